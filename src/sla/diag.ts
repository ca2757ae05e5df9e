import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { type PositionMap, positionOf, type RecordData } from "../records/record.js";

/** Finds the position of a JSON pointer in a file; undefined when unknown. */
export type Locate = (file: string, pointer: string) => { line: number; column: number } | undefined;

/** A record plus where it came from, so diagnostics can point into its file. */
export interface SourcedRecord {
  data: RecordData;
  /** Repository-relative path; the record id stands in when absent. */
  path?: string;
  positions?: PositionMap;
}

/** Builds diagnostics against one file, using positions when known and line 1 otherwise. */
export function diagnoser(
  out: Diagnostic[],
  file: string,
  positions: PositionMap | undefined,
  locate: Locate | undefined,
): (pointer: string, code: string, message: string, severity?: Severity) => void {
  return (pointer, code, message, severity = "error") => {
    const pos = positions
      ? positionOf({ positions }, pointer)
      : (locate?.(file, pointer) ?? { line: 1, column: 1 });
    out.push({ file, line: pos.line, column: pos.column, severity, code, message });
  };
}

/** The file a sourced record is reported against. */
export function fileOf(source: SourcedRecord): string {
  return source.path ?? source.data.id;
}
