/** Severity of a finding; `--strict` promotes warnings to errors. */
export type Severity = "error" | "warning";

/** A positioned problem found in an SMS repository. Plain data, safe to serialise. */
export interface Diagnostic {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** Stable code, see `codes.ts`. */
  code: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Result of a step that may find problems: a value plus what was found on the way. */
export interface Checked<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** Sorts diagnostics by file, line, column, then code, so output is stable. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Counts errors and warnings. */
export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Applies `--strict`: every warning becomes an error. */
export function applyStrict(list: Diagnostic[], strict: boolean): Diagnostic[] {
  return strict ? list.map((d) => (d.severity === "warning" ? { ...d, severity: "error" } : d)) : list;
}

/** Drops diagnostics that repeat another's file, position, code and message. */
export function dedupeDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
