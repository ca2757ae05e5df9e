import type { SmsConfig } from "../config/types.js";
import { type Diagnostic, dedupeDiagnostics, sortDiagnostics } from "../diagnostics/diagnostic.js";
import type { SmsRecord } from "../records/record.js";
import { localDate } from "../sla/periods.js";
import { checkClosedRecords } from "./immutability.js";
import { reviewFinding } from "./record.js";
import { checkAcrossRecords, type RecordSummary, summarizeRecord } from "./summary.js";

/** Everything `sms validate` needs, as plain data. */
export interface ValidationInput {
  records: SmsRecord[];
  /** Problems already found while reading files and the configuration. */
  readDiagnostics: Diagnostic[];
  config: SmsConfig;
  /** The current instant (ISO 8601); the core never reads the clock. */
  now: string;
  /** Records at the base revision, for closed-record immutability (`--base`). */
  base?: SmsRecord[];
}

/** The outcome of validation: sorted diagnostics and the records indexed by id. */
export interface ValidationResult {
  diagnostics: Diagnostic[];
  byId: Map<string, SmsRecord>;
}

/** Runs every rule of SPEC sections 2-5 over a repository's records. Pure. */
export function validateRepository(input: ValidationInput): ValidationResult {
  const summaries = input.records.map((record) => summarizeRecord(record, input).summary);
  const result = validateSummaries(
    summaries,
    input.readDiagnostics,
    localDate(input.now, input.config.timezone),
  );
  if (input.base) result.diagnostics.push(...checkClosedRecords(input.base, input.records));
  const byId = new Map<string, SmsRecord>();
  // Records are in path order, as the summaries: the first of two files sharing an id keeps it.
  for (const record of input.records) {
    const id = record.data.id;
    if (typeof id === "string" && !byId.has(id)) byId.set(id, record);
  }
  return { diagnostics: sortDiagnostics(dedupeDiagnostics(result.diagnostics)), byId };
}

/**
 * The findings of a repository from its records' summaries (fresh or cached) and the findings met
 * while reading it: each summary's own, overdue reviews as of `today` (YYYY-MM-DD), then the rules
 * across records. Unsorted. Pure.
 */
export function validateSummaries(
  summaries: readonly RecordSummary[],
  readDiagnostics: readonly Diagnostic[],
  today: string,
): { diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [...readDiagnostics];
  for (const s of summaries) {
    out.push(...s.diagnostics);
    const overdue = s.review ? reviewFinding(s.path, s.review, today) : undefined;
    if (overdue) out.push(overdue);
  }
  out.push(...checkAcrossRecords(summaries).diagnostics);
  return { diagnostics: out };
}
