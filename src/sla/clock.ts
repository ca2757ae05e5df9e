import { CLOCK_STOP_STATUSES } from "../records/kinds.js";
import { addWorkingMs, type Calendar, workingMsBetween } from "./calendar.js";
import type { Interval } from "./intervals.js";

/** A status change at an instant (epoch ms). */
export interface Transition {
  at: number;
  status: string;
}

/** A stretch of time during which a record held one status. */
export interface StatusSpan {
  start: number;
  end: number;
  status: string;
}

/** What a clock needs to know about one record; all instants are epoch ms. */
export interface ClockInput {
  /** When the clock starts (opened_at, first timeline entry, or history-derived opening). */
  start: number;
  /** Status held from `start` until the first transition. */
  initialStatus: string;
  /** Status changes in time order, none before `start`. */
  transitions: readonly Transition[];
  /** End of evaluation: the end of the requested range, or now if earlier. Later transitions are ignored. */
  end: number;
}

/** One SLA target as the clock sees it. */
export interface ClockSpec {
  metric: "response" | "resolution";
  withinSeconds: number;
  calendar: Calendar;
  pauseOn?: readonly string[];
  /** Status the response clock waits to leave: "new", or the kind's first status when it has no "new". */
  responseStatus?: string;
}

/** Outcome of one clock for one record. */
export interface ClockResult {
  /** False when the record does not count (cancelled/rejected, or still open without a breach). */
  measured: boolean;
  /** Why a record is not measured. */
  reason?: "cancelled" | "rejected" | "open";
  /** Working seconds counted up to the last stop, or up to `end` while the clock runs. */
  elapsedSeconds: number;
  /** elapsed <= within. */
  met: boolean;
  /** Instant at which elapsed first exceeded `within`, or null. */
  breachAt: number | null;
  /** Instant the clock stopped for the last time, or null while it runs or is paused. */
  stoppedAt: number | null;
  /** Instant that decides the record's period: the earlier of breachAt and stoppedAt; null when not measured. */
  attributedAt: number | null;
  /** Wall-clock intervals during which the clock ran. */
  running: Interval[];
}

/** Turns a start, an initial status and transitions into contiguous status spans ending at `end`. */
export function statusSpans(input: ClockInput): StatusSpan[] {
  const spans: StatusSpan[] = [];
  let status = input.initialStatus;
  let from = input.start;
  for (const t of input.transitions) {
    if (t.at > input.end) break;
    const at = Math.max(t.at, input.start);
    if (at > from) spans.push({ start: from, end: at, status });
    from = Math.max(from, at);
    status = t.status;
  }
  spans.push({ start: from, end: Math.max(from, input.end), status });
  return spans;
}

/** Statuses in which the resolution clock does not run, besides the pause list. */
const STOPPED = new Set(CLOCK_STOP_STATUSES);

/** Wall-clock intervals during which a target's clock runs, and whether it has stopped for good by `end`. */
export function runningIntervals(
  spans: readonly StatusSpan[],
  metric: ClockSpec["metric"],
  pauseOn: readonly string[] = [],
  responseStatus = "new",
): { running: Interval[]; done: boolean; stoppedAt: number | null } {
  const running: Interval[] = [];
  const first = spans[0];
  if (!first) return { running, done: false, stoppedAt: null };
  if (metric === "response") {
    // Runs from start until the record first holds a status other than "new".
    for (const s of spans) {
      if (s.status !== responseStatus) return { running, done: true, stoppedAt: s.start };
      if (s.end > s.start) running.push([s.start, s.end]);
    }
    return { running: merge(running), done: false, stoppedAt: null };
  }
  const paused = new Set(pauseOn);
  for (const s of spans) {
    if (!STOPPED.has(s.status) && !paused.has(s.status) && s.end > s.start) running.push([s.start, s.end]);
  }
  const last = spans[spans.length - 1]!;
  if (!STOPPED.has(last.status)) return { running: merge(running), done: false, stoppedAt: null };
  // The last stop is where the last running stretch ended (a pause just before resolving stops it earlier).
  const merged = merge(running);
  const tail = merged[merged.length - 1];
  return { running: merged, done: true, stoppedAt: tail ? tail[1] : first.start };
}

function merge(list: Interval[]): Interval[] {
  const out: [number, number][] = [];
  for (const [s, e] of list) {
    const prev = out[out.length - 1];
    if (prev && prev[1] >= s) prev[1] = Math.max(prev[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Evaluates one target's clock for one record. `spans` may pass statusSpans(input) when it is known
 * already: every target of an SLA sees the same spans of a record.
 */
export function evaluateClock(
  input: ClockInput,
  spec: ClockSpec,
  spans: readonly StatusSpan[] = statusSpans(input),
): ClockResult {
  const finalStatus = spans[spans.length - 1]?.status ?? input.initialStatus;
  const { running, done, stoppedAt } = runningIntervals(
    spans,
    spec.metric,
    spec.pauseOn,
    spec.responseStatus,
  );
  const withinMs = spec.withinSeconds * 1000;
  let elapsed = 0;
  let breachAt: number | null = null;
  for (const [s, e] of running) {
    const w = workingMsBetween(spec.calendar, s, e);
    if (breachAt === null && elapsed + w > withinMs) {
      // Strict: the infimum of instants with elapsed > within, so a budget that runs out exactly at
      // closing time breaches when work resumes, not at closing time.
      breachAt = addWorkingMs(spec.calendar, s, withinMs - elapsed, true);
    }
    elapsed += w;
  }
  const base = { elapsedSeconds: elapsed / 1000, met: elapsed <= withinMs, breachAt, stoppedAt, running };
  if (finalStatus === "cancelled" || finalStatus === "rejected") {
    return { ...base, measured: false, reason: finalStatus, attributedAt: null };
  }
  if (breachAt !== null) return { ...base, measured: true, attributedAt: breachAt };
  if (done) return { ...base, measured: true, attributedAt: stoppedAt };
  return { ...base, measured: false, reason: "open", attributedAt: null };
}
