import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { clausesOf } from "../records/clauses.js";
import { aKind, CONTROLLED_KINDS, isKind, KINDS, type Kind, STATUSES } from "../records/kinds.js";
import { diag } from "../records/read.js";
import { positionOf, type SmsRecord } from "../records/record.js";
import { closest, explainSchemaErrors } from "./schema-errors.js";
import { KIND_SCHEMAS, validateKind } from "./schemas.js";
import { headingsOf, normalizeHeading, requiredSections } from "./sections.js";

/** What per-record rules need to know about the world. Not the date: see reviewDue. */
export interface RecordContext {
  config: SmsConfig;
}

/** Checks one record on its own: kind, schema, statuses, timeline, sections, document control, clauses. */
export function checkRecord(
  record: SmsRecord,
  ctx: RecordContext,
): { kind?: Kind; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const at = (
    pointer: string,
    code: Parameters<typeof diag>[3],
    message: string,
    which: "key" | "value" = "value",
  ) => {
    const p = positionOf(record, pointer, which);
    out.push(diag(record.path, p.line, p.column, code, message));
  };
  const kind = record.data.kind;
  if (kind === undefined) {
    at("", "kind-missing", `no 'kind' field; add one of: ${KINDS.join(", ")}`);
    return { diagnostics: out };
  }
  if (!isKind(kind)) {
    const guess = closest(String(kind), KINDS);
    at(
      "/kind",
      "kind-unknown",
      `unknown kind '${String(kind)}'; ${guess ? `did you mean '${guess}'? ` : ""}use one of: ${KINDS.join(", ")}`,
    );
    return { diagnostics: out };
  }
  const known = Object.keys((KIND_SCHEMAS[kind].properties as object) ?? {});
  for (const p of explainSchemaErrors(validateKind(kind, record.data), aKind(kind), known, record.data)) {
    at(p.pointer, p.code, p.message, p.atKey ? "key" : "value");
  }
  checkTimeline(record, kind, at);
  checkIntervals(record, at);
  checkSections(record, at);
  checkDocumentControl(record, kind, at);
  checkClauses(record, ctx, at);
  if (
    kind === "incident" &&
    record.data.priority === undefined &&
    record.data.impact !== undefined &&
    !ctx.config.priorities
  ) {
    at(
      "/impact",
      "priority-unresolved",
      "no 'priority', and sms.config.yml has no 'priorities' matrix to derive it from impact and urgency; add either",
    );
  }
  return { kind, diagnostics: out };
}

type At = (
  pointer: string,
  code: Parameters<typeof diag>[3],
  message: string,
  which?: "key" | "value",
) => void;

function checkTimeline(record: SmsRecord, kind: Kind, at: At): void {
  const timeline = record.data.timeline;
  if (!Array.isArray(timeline) || timeline.length === 0) return;
  const statuses = STATUSES[kind];
  const opened = typeof record.data.opened_at === "string" ? Date.parse(record.data.opened_at) : Number.NaN;
  let previous = Number.NEGATIVE_INFINITY;
  timeline.forEach((entry, i) => {
    if (!entry || typeof entry !== "object") return;
    const e = entry as { at?: unknown; status?: unknown };
    if (statuses && typeof e.status === "string" && !statuses.includes(e.status)) {
      at(
        `/timeline/${i}/status`,
        "status-unknown",
        `'${e.status}' is not ${aKind(kind)} status; use one of: ${statuses.join(", ")}`,
      );
    }
    const t = typeof e.at === "string" ? Date.parse(e.at) : Number.NaN;
    if (Number.isNaN(t)) return;
    if (t < previous) {
      at(
        `/timeline/${i}/at`,
        "timeline-order",
        `timeline entry ${i + 1} (${String(e.at)}) is earlier than the entry before it; keep entries in time order`,
      );
    }
    if (!Number.isNaN(opened) && t < opened) {
      at(
        `/timeline/${i}/at`,
        "timeline-before-open",
        `timeline entry ${i + 1} (${String(e.at)}) is earlier than opened_at (${String(record.data.opened_at)})`,
      );
    }
    previous = Math.max(previous, t);
  });
  const last = timeline[timeline.length - 1] as { status?: unknown } | undefined;
  if (
    last &&
    typeof last.status === "string" &&
    typeof record.data.status === "string" &&
    last.status !== record.data.status
  ) {
    at(
      "/status",
      "timeline-final-status",
      `status is '${record.data.status}' but the last timeline entry says '${last.status}'; add a timeline entry for the change of status or correct 'status'`,
    );
  }
}

function checkIntervals(record: SmsRecord, at: At): void {
  const check = (pointer: string, value: unknown) => {
    if (!value || typeof value !== "object") return;
    const v = value as { start?: unknown; end?: unknown };
    if (typeof v.start !== "string" || typeof v.end !== "string") return;
    const s = Date.parse(v.start);
    const e = Date.parse(v.end);
    if (!Number.isNaN(s) && !Number.isNaN(e) && e <= s) {
      at(`${pointer}/end`, "interval-order", `'end' (${v.end}) must be after 'start' (${v.start})`);
    }
  };
  check("/window", record.data.window);
  if (Array.isArray(record.data.outage)) record.data.outage.forEach((o, i) => check(`/outage/${i}`, o));
}

function checkSections(record: SmsRecord, at: At): void {
  const needed = requiredSections(record.data);
  if (needed.length === 0) return;
  const have = new Set(headingsOf(record.oid, record.body));
  for (const section of needed) {
    if (!have.has(normalizeHeading(section))) {
      const status = typeof record.data.status === "string" ? ` (status '${record.data.status}')` : "";
      at(
        "/kind",
        "section-missing",
        `${aKind(record.data.kind)}${status} needs a '## ${section}' section in its body; add the heading and its text`,
      );
    }
  }
}

function checkDocumentControl(record: SmsRecord, kind: Kind, at: At): void {
  const d = record.data;
  const controlled = isControlled(d, kind);
  if (!controlled) return;
  if (CONTROLLED_KINDS.includes(kind) && d.status === "approved") {
    if (!Array.isArray(d.approved_by) || d.approved_by.length === 0) {
      at(
        "/status",
        "approver-missing",
        "an approved document must name who approved it: add 'approved_by: [login]' and 'approved_on'",
      );
    }
  }
}

function isControlled(d: SmsRecord["data"], kind: Kind): boolean {
  return CONTROLLED_KINDS.includes(kind) || d.controlled === true || kind === "supplier";
}

/** A document's next review date and where it is written, when the document is under review control. */
export interface ReviewDue {
  due: string;
  at: readonly [line: number, column: number];
}

/**
 * The review date of a controlled document that is not retired. Whether it is overdue depends on
 * today, so it is judged apart from the other rules (reviewFinding), which depend on the file alone.
 */
export function reviewDue(record: SmsRecord, kind: Kind): ReviewDue | undefined {
  const d = record.data;
  if (!isControlled(d, kind) || typeof d.next_review !== "string" || d.status === "retired") return undefined;
  const p = positionOf(record, "/next_review");
  return { due: d.next_review, at: [p.line, p.column] };
}

/** The finding for a review date before today (YYYY-MM-DD in the configured zone), if it is. */
export function reviewFinding(file: string, review: ReviewDue, today: string): Diagnostic | undefined {
  if (!(review.due < today)) return undefined;
  return diag(
    file,
    review.at[0],
    review.at[1],
    "review-overdue",
    `review was due on ${review.due}; review the document, then update 'next_review' (and 'version' if it changed)`,
  );
}

function checkClauses(record: SmsRecord, ctx: RecordContext, at: At): void {
  const valid = validClauses(ctx.config.edition);
  const check = (pointer: string, value: unknown) => {
    if (typeof value === "string" && /^\d+(?:\.\d+)*$/.test(value) && !valid.has(value)) {
      at(
        pointer,
        "clause-unknown",
        `clause ${value} does not exist in ISO/IEC 20000-1:${ctx.config.edition}; check the number against the clause list`,
      );
    }
  };
  const lists: [string, unknown][] = [
    ["/clauses", record.data.clauses],
    ["/scope", record.data.kind === "audit" ? record.data.scope : undefined],
  ];
  for (const [pointer, list] of lists)
    if (Array.isArray(list)) list.forEach((v, i) => check(`${pointer}/${i}`, v));
  if (record.data.kind === "audit" && Array.isArray(record.data.findings)) {
    record.data.findings.forEach((f, i) =>
      check(`/findings/${i}/clause`, (f as { clause?: unknown } | null)?.clause),
    );
  }
}

const CLAUSE_SETS = new Map<string, Set<string>>();
function validClauses(edition: "2018" | "2011"): Set<string> {
  let set = CLAUSE_SETS.get(edition);
  if (!set) {
    set = new Set(clausesOf(edition).map((c) => c.id));
    CLAUSE_SETS.set(edition, set);
  }
  return set;
}
