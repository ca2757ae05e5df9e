import { styleText } from "node:util";
import { CODES } from "./codes.js";
import { countBySeverity, type Diagnostic } from "./diagnostic.js";

/** Output formats of `sms validate`. */
export type Format = "text" | "json" | "sarif" | "github";

/**
 * Control characters from record content (a newline in a YAML string, an escape sequence in a file
 * name) would break the one-line-per-finding layout or drive the terminal; they are shown escaped.
 */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Human-readable output grouped by file: `file:line:col severity code message`, coloured when asked. */
export function formatText(list: readonly Diagnostic[], opts: { color?: boolean } = {}): string {
  const paint = (style: Parameters<typeof styleText>[0], s: string) => (opts.color ? styleText(style, s) : s);
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of list) {
    const file = printable(d.file);
    if (d.file !== current) {
      if (current !== undefined) lines.push("");
      lines.push(paint("underline", file));
      current = d.file;
    }
    const sev = d.severity === "error" ? paint("red", "error") : paint("yellow", "warning");
    lines.push(`${file}:${d.line}:${d.column} ${sev} ${paint("dim", d.code)} ${printable(d.message)}`);
  }
  const { errors, warnings } = countBySeverity(list);
  if (lines.length > 0) lines.push("");
  lines.push(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  return `${lines.join("\n")}\n`;
}

/** The JSON document of SPEC section 7. */
export function formatJson(list: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(list);
  return `${JSON.stringify({ errors, warnings, diagnostics: list }, null, 2)}\n`;
}

/** GitHub workflow commands, one annotation per diagnostic. */
export function formatGithub(list: readonly Diagnostic[]): string {
  const esc = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => esc(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return list
    .map(
      (d) =>
        `::${d.severity} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.code)}::${esc(d.message)}\n`,
    )
    .join("");
}

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function formatSarif(
  list: readonly Diagnostic[],
  opts: { version?: string; srcRoot?: string } = {},
): string {
  const codes = [...new Set(list.map((d) => d.code))].sort();
  const rules = codes.map((code) => {
    const info = CODES[code as keyof typeof CODES];
    return {
      id: code,
      name: code.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: info?.summary ?? code },
      defaultConfiguration: { level: info?.severity === "warning" ? "warning" : "error" },
      helpUri: `https://github.com/sms-as-code/sms-as-code/blob/main/docs/reference/diagnostics.md#${code}`,
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
            rules,
          },
        },
        originalUriBaseIds: opts.srcRoot
          ? { SRCROOT: { uri: opts.srcRoot.endsWith("/") ? opts.srcRoot : `${opts.srcRoot}/` } }
          : undefined,
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
                  uriBaseId: opts.srcRoot ? "SRCROOT" : undefined,
                },
                region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) },
              },
            },
          ],
          partialFingerprints: { primaryLocationLineHash: fingerprint(`${d.file}:${d.code}:${d.message}`) },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A short stable hash so code scanning can follow a finding across commits. */
function fingerprint(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return `${(h >>> 0).toString(16).padStart(8, "0")}:1`;
}

/** Formats diagnostics in the chosen format. */
export function formatDiagnostics(
  list: readonly Diagnostic[],
  format: Format,
  opts: { color?: boolean; version?: string } = {},
): string {
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
