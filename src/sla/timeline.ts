import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { aKind, isKind, STATUSES } from "../records/kinds.js";
import type { Transition } from "./clock.js";
import { diagnoser, fileOf, type Locate, type SourcedRecord } from "./diag.js";
import { parseInstant } from "./periods.js";

/** An operational record as the SLA engine receives it. */
export interface RecordInput extends SourcedRecord {
  /** Transitions derived from git history, used only when the record has no `timeline`. Include the opening status. */
  transitions?: { at: string; status: string }[];
  /** History-derived opening (author time of the commit that added the record). */
  openedAt?: string;
}

/** What every clock of one record starts from. */
export interface RecordClock {
  start: number;
  initialStatus: string;
  transitions: Transition[];
  /** The status the response clock waits to leave. */
  responseStatus: string;
}

/**
 * Clocks derived in one run, with the findings made on the way. SLA targets and KPIs both need the
 * clocks of the same records; with a memo passed to both, each is derived once. A run makes its own
 * memo: records must not change while it is in use.
 */
export type ClockMemo = WeakMap<
  RecordInput,
  { zone: string; locate?: Locate; clock: RecordClock | null; found: Diagnostic[] }
>;

/**
 * Derives a record's clock start and transitions (timeline first, then history), reporting bad input.
 * Returns null when the record cannot be measured. With a memo, a clock derived before (for the same
 * zone and locator) is returned again and its findings are reported again.
 */
export function recordClock(
  rec: RecordInput,
  zone: string,
  out: Diagnostic[],
  locate?: Locate,
  memo?: ClockMemo,
): RecordClock | null {
  if (!memo) return deriveClock(rec, zone, out, locate);
  const known = memo.get(rec);
  if (known && known.zone === zone && known.locate === locate) {
    for (const d of known.found) out.push(d);
    return known.clock;
  }
  const found: Diagnostic[] = [];
  const clock = deriveClock(rec, zone, found, locate);
  memo.set(rec, { zone, locate, clock, found });
  for (const d of found) out.push(d);
  return clock;
}

function deriveClock(rec: RecordInput, zone: string, out: Diagnostic[], locate?: Locate): RecordClock | null {
  const report = diagnoser(out, fileOf(rec), rec.positions, locate);
  const data = rec.data;
  const statuses = isKind(data.kind) ? STATUSES[data.kind] : undefined;
  if (!statuses) return null;
  const responseStatus = statuses.includes("new") ? "new" : (statuses[0] ?? "new");
  const known = (s: unknown): s is string => typeof s === "string" && statuses.includes(s);
  let ok = true;

  const fromTimeline = Array.isArray(data.timeline) && data.timeline.length > 0;
  const raw: unknown[] = fromTimeline ? (data.timeline as unknown[]) : (rec.transitions ?? []);
  const transitions: Transition[] = [];
  raw.forEach((entry, i) => {
    const e = (entry ?? {}) as { at?: unknown; status?: unknown };
    const at = parseInstant(e.at, zone);
    const ordered = at !== null && !(transitions.length > 0 && at < transitions[transitions.length - 1]!.at);
    // The usual entry is sound: it is kept without building the texts a finding would need.
    if (ordered && known(e.status)) {
      transitions.push({ at, status: e.status });
      return;
    }
    const where = fromTimeline ? `/timeline/${i}` : "/status";
    const what = fromTimeline ? `timeline entry ${i + 1}` : `history transition ${i + 1}`;
    if (at === null) {
      report(
        fromTimeline ? `${where}/at` : where,
        "sla-timestamp-invalid",
        `${data.id}: ${what} has no valid timestamp (${JSON.stringify(e.at)}); expected 2026-03-06T15:20:00+01:00`,
      );
      ok = false;
      return;
    }
    if (!known(e.status)) {
      report(
        fromTimeline ? `${where}/status` : where,
        "status-unknown",
        `${data.id}: ${what} has status ${JSON.stringify(e.status)}, which is not ${aKind(data.kind)} status (${statuses.join(", ")})`,
        fromTimeline ? "error" : "warning",
      );
      ok = false;
      return;
    }
    // Left: earlier than the entry before it.
    report(
      fromTimeline ? `${where}/at` : where,
      "timeline-order",
      `${data.id}: ${what} (${String(e.at)}) is earlier than the entry before it; timelines must be oldest first`,
    );
    ok = false;
  });
  if (data.status !== undefined && !known(data.status)) {
    report(
      "/status",
      "status-unknown",
      `${data.id}: status ${JSON.stringify(data.status)} is not ${aKind(data.kind)} status`,
    );
    ok = false;
  }

  let start: number | null = null;
  if (data.opened_at !== undefined) {
    start = parseInstant(data.opened_at, zone);
    if (start === null) {
      report(
        "/opened_at",
        "sla-timestamp-invalid",
        `${data.id}: opened_at ${JSON.stringify(data.opened_at)} is not a date-time`,
      );
      return null;
    }
  }
  // Precedence per SPEC 4/5: opened_at, then the first timeline entry, then the history-derived opening.
  if (start === null && fromTimeline) start = transitions[0]?.at ?? null;
  if (start === null && rec.openedAt !== undefined) start = parseInstant(rec.openedAt, zone);
  if (start === null) start = transitions[0]?.at ?? null;
  if (!ok) return null;
  if (start === null) {
    report(
      "",
      "sla-no-start",
      `${data.id}: cannot start an SLA clock: no opened_at, timeline or history`,
      "warning",
    );
    return null;
  }
  const first = transitions[0];
  if (first && first.at < start) {
    report(
      fromTimeline ? "/timeline/0/at" : "/opened_at",
      "timeline-before-open",
      `${data.id}: the first transition is earlier than opened_at; a record cannot change status before it opens`,
    );
    return null;
  }
  if (transitions.length === 0 && data.status !== undefined && data.status !== responseStatus) {
    report(
      "/status",
      "sla-no-transitions",
      `${data.id}: status is ${String(data.status)} but there is no timeline or history saying when it changed; not measured`,
      "warning",
    );
    return null;
  }
  return { start, initialStatus: responseStatus, transitions, responseStatus };
}
