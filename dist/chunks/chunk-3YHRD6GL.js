import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  countBySeverity
} from "./chunk-Q6J2Z4O2.js";
import {
  CODES
} from "./chunk-MED7XWK6.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/diagnostics/format.ts
init_define_SMS_SITE_ASSETS();
import { styleText } from "node:util";
function printable(s) {
  return s.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g,
    (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function formatText(list, opts = {}) {
  const paint = (style, s) => opts.color ? styleText(style, s) : s;
  const lines = [];
  let current;
  for (const d of list) {
    const file = printable(d.file);
    if (d.file !== current) {
      if (current !== void 0) lines.push("");
      lines.push(paint("underline", file));
      current = d.file;
    }
    const sev = d.severity === "error" ? paint("red", "error") : paint("yellow", "warning");
    lines.push(`${file}:${d.line}:${d.column} ${sev} ${paint("dim", d.code)} ${printable(d.message)}`);
  }
  const { errors, warnings } = countBySeverity(list);
  if (lines.length > 0) lines.push("");
  lines.push(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  return `${lines.join("\n")}
`;
}
function formatJson(list) {
  const { errors, warnings } = countBySeverity(list);
  return `${JSON.stringify({ errors, warnings, diagnostics: list }, null, 2)}
`;
}
function formatGithub(list) {
  const esc = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s) => esc(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return list.map(
    (d) => `::${d.severity} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.code)}::${esc(d.message)}
`
  ).join("");
}
function formatSarif(list, opts = {}) {
  const codes = [...new Set(list.map((d) => d.code))].sort();
  const rules = codes.map((code) => {
    const info = CODES[code];
    return {
      id: code,
      name: code.replace(/(^|-)(\w)/g, (_, _d, c) => c.toUpperCase()),
      shortDescription: { text: info?.summary ?? code },
      defaultConfiguration: { level: info?.severity === "warning" ? "warning" : "error" },
      helpUri: `https://github.com/sms-as-code/sms-as-code/blob/main/docs/reference/diagnostics.md#${code}`
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "sms-as-code",
            informationUri: "https://github.com/sms-as-code/sms-as-code",
            version: opts.version ?? "0.0.0",
            rules
          }
        },
        originalUriBaseIds: opts.srcRoot ? { SRCROOT: { uri: opts.srcRoot.endsWith("/") ? opts.srcRoot : `${opts.srcRoot}/` } } : void 0,
        results: list.map((d) => ({
          ruleId: d.code,
          ruleIndex: codes.indexOf(d.code),
          level: d.severity === "error" ? "error" : "warning",
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                // Each segment encoded on its own: encodeURI would leave '#' and '?' in a file name,
                // which then read as a fragment or a query, and code scanning points at another file.
                artifactLocation: {
                  uri: d.file.split("/").map(encodeURIComponent).join("/"),
                  uriBaseId: opts.srcRoot ? "SRCROOT" : void 0
                },
                region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) }
              }
            }
          ],
          partialFingerprints: { primaryLocationLineHash: fingerprint(`${d.file}:${d.code}:${d.message}`) }
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function fingerprint(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return `${(h >>> 0).toString(16).padStart(8, "0")}:1`;
}
function formatDiagnostics(list, format, opts = {}) {
  switch (format) {
    case "json":
      return formatJson(list);
    case "sarif":
      return formatSarif(list, opts);
    case "github":
      return formatGithub(list);
    default:
      return formatText(list, opts);
  }
}

export {
  formatText,
  formatJson,
  formatGithub,
  formatSarif,
  formatDiagnostics
};
