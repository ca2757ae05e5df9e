import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/diagnostics/diagnostic.ts
init_define_SMS_SITE_ASSETS();
function sortDiagnostics(list) {
  return [...list].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
function countBySeverity(list) {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
function applyStrict(list, strict) {
  return strict ? list.map((d) => d.severity === "warning" ? { ...d, severity: "error" } : d) : list;
}
function dedupeDiagnostics(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  sortDiagnostics,
  countBySeverity,
  applyStrict,
  dedupeDiagnostics
};
