import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type TimelineUse, timelineUses } from "../history/corroborate.js";
import { diag } from "../records/read.js";
import { positionOf, type SmsRecord } from "../records/record.js";
import { checkRecord, type RecordContext, type ReviewDue, reviewDue } from "./record.js";
import { refSpecs, valuesAt } from "./references.js";
import { checkTeams } from "./teams.js";

/** A line and column (1-based). */
export type Position = readonly [line: number, column: number];

/** One reference a record makes: the id it names and the kinds the field accepts. */
export interface ReferenceUse {
  value: string;
  kinds: readonly string[];
  at: Position;
}

/**
 * What validation keeps of one record file: the findings of every rule that looks at the file alone,
 * and the few facts the rules across records need (its id, kind, references, timeline). Plain data,
 * so `sms validate` can cache it by blob id and re-check only the files that changed.
 */
export interface RecordSummary {
  path: string;
  oid: string;
  /** The record's id, when it has a string one. */
  id?: string;
  /** The kind as written (for messages about references to it). */
  kind?: string;
  idAt?: Position;
  refs: ReferenceUse[];
  /** The next review date of a controlled document (overdue or not depends on the day of the run). */
  review?: ReviewDue;
  /** Findings about this file alone: reading, schema, statuses, timeline order, sections, teams. */
  diagnostics: Diagnostic[];
}

/** A record's summary and its timeline entries (for corroboration with history). */
export interface Summarized {
  summary: RecordSummary;
  timeline: TimelineUse[];
}

/** Runs every single-file rule over a record and keeps what the cross-record rules need. Pure. */
export function summarizeRecord(
  record: SmsRecord,
  ctx: RecordContext,
  readDiagnostics: readonly Diagnostic[] = [],
): Summarized {
  const checked = checkRecord(record, ctx);
  const diagnostics = [...readDiagnostics, ...checked.diagnostics, ...checkTeams(record, ctx.config)];
  const { id, kind } = record.data;
  const refs: ReferenceUse[] = [];
  if (checked.kind) {
    for (const spec of refSpecs(checked.kind)) {
      for (const { pointer, value } of valuesAt(record.data, spec.path)) {
        if (typeof value !== "string") continue;
        const p = positionOf(record, pointer);
        refs.push({ value, kinds: spec.kinds, at: [p.line, p.column] });
      }
    }
  }
  const summary: RecordSummary = { path: record.path, oid: record.oid, refs, diagnostics };
  if (typeof id === "string") {
    const p = positionOf(record, "/id");
    summary.id = id;
    summary.idAt = [p.line, p.column];
  }
  if (kind !== undefined) summary.kind = String(kind);
  const review = checked.kind ? reviewDue(record, checked.kind) : undefined;
  if (review) summary.review = review;
  return { summary, timeline: timelineUses(record, ctx.config.timezone) };
}

/** A file that was read but holds no record (its frontmatter could not be parsed): only its findings. */
export function summarizeUnreadable(path: string, oid: string, diagnostics: Diagnostic[]): Summarized {
  return { summary: { path, oid, refs: [], diagnostics }, timeline: [] };
}

/**
 * The rules that look across records: ids are unique, references name an existing record of an
 * accepted kind. Summaries are taken in path order; the first of two files sharing an id keeps it.
 */
export function checkAcrossRecords(summaries: readonly RecordSummary[]): {
  diagnostics: Diagnostic[];
  byId: Map<string, RecordSummary>;
} {
  const out: Diagnostic[] = [];
  const byId = new Map<string, RecordSummary>();
  for (const s of summaries) {
    if (s.id === undefined) continue;
    const first = byId.get(s.id);
    if (!first) {
      byId.set(s.id, s);
      continue;
    }
    const p = s.idAt ?? [1, 1];
    const q = first.idAt ?? [1, 1];
    out.push(
      diag(
        s.path,
        p[0],
        p[1],
        "id-duplicate",
        `id ${s.id} is also used by ${first.path}; give one of them a new id`,
      ),
      diag(
        first.path,
        q[0],
        q[1],
        "id-duplicate",
        `id ${s.id} is also used by ${s.path}; give one of them a new id`,
      ),
    );
  }
  for (const s of summaries) {
    for (const ref of s.refs) {
      const target = byId.get(ref.value);
      if (!target) {
        out.push(
          diag(
            s.path,
            ref.at[0],
            ref.at[1],
            "reference-missing",
            `'${ref.value}' does not exist; reference an existing ${ref.kinds.join(" or ")} id, or add the record`,
          ),
        );
      } else if (!ref.kinds.includes(String(target.kind))) {
        out.push(
          diag(
            s.path,
            ref.at[0],
            ref.at[1],
            "reference-wrong-kind",
            `'${ref.value}' is a ${String(target.kind)} (${target.path}), but this field needs a ${ref.kinds.join(" or ")}`,
          ),
        );
      }
    }
  }
  return { diagnostics: out, byId };
}
