import type { RecordData } from "../records/record.js";
import { evaluateClock, type StatusSpan, statusSpans } from "./clock.js";
import { type Period, periodIndexOf } from "./periods.js";
import { appliesToRecord, type TargetSpec } from "./targets.js";
import type { RecordClock } from "./timeline.js";

/** A record with its clock already derived (null when it cannot be measured). */
export interface PreparedRecord {
  data: RecordData;
  clock: RecordClock | null;
  /** The clock's status spans up to `end`, kept for the next target evaluated to the same end. */
  spans?: { end: number; spans: StatusSpan[] };
}

/** One target in one period, as SPEC section 7 prints it. */
export interface TargetMetrics {
  name: string;
  metric: "response" | "resolution";
  within_seconds: number;
  goal: number;
  measured: number;
  met: number;
  achieved: number | null;
  ok: boolean;
  breaches: { record: string; elapsed_seconds: number }[];
}

/** met / measured x 100 rounded to two decimals, computed in integers to avoid 0.1+0.2 drift. */
export function percent2(met: number, measured: number): number | null {
  return measured === 0 ? null : Math.round((met * 10_000) / measured) / 100;
}

/**
 * Measures one target over consecutive periods. Each record counts in the one period holding the
 * earlier of its breach moment and its last clock stop; clocks are evaluated up to `evalEnd`.
 * Also returns elapsed seconds of every record measured in any of the periods.
 */
export function measureTarget(
  target: TargetSpec,
  slaServices: readonly string[],
  records: readonly PreparedRecord[],
  periods: readonly Period[],
  evalEnd: number,
  priorities?: Record<string, Record<string, string>>,
): { periods: TargetMetrics[]; elapsed: Map<string, number> } {
  const out: TargetMetrics[] = periods.map(() => ({
    name: target.name,
    metric: target.metric,
    within_seconds: target.withinSeconds,
    goal: target.goal,
    measured: 0,
    met: 0,
    achieved: null,
    ok: true,
    breaches: [],
  }));
  const elapsed = new Map<string, number>();
  for (const rec of records) {
    if (!rec.clock || !appliesToRecord(rec.data, target, slaServices, priorities)) continue;
    const input = { ...rec.clock, end: evalEnd };
    if (rec.spans?.end !== evalEnd) rec.spans = { end: evalEnd, spans: statusSpans(input) };
    const result = evaluateClock(
      input,
      {
        metric: target.metric,
        withinSeconds: target.withinSeconds,
        calendar: target.calendar,
        pauseOn: target.pauseOn,
        responseStatus: rec.clock.responseStatus,
      },
      rec.spans.spans,
    );
    if (!result.measured || result.attributedAt === null) continue;
    const index = periodIndexOf(periods, result.attributedAt);
    const bucket = out[index];
    if (!bucket) continue;
    const seconds = Math.round(result.elapsedSeconds);
    bucket.measured++;
    if (result.breachAt === null) bucket.met++;
    else bucket.breaches.push({ record: rec.data.id, elapsed_seconds: seconds });
    elapsed.set(rec.data.id, seconds);
  }
  for (const bucket of out) {
    bucket.achieved = percent2(bucket.met, bucket.measured);
    bucket.ok = bucket.achieved === null || bucket.achieved >= bucket.goal;
    bucket.breaches.sort((a, b) => (a.record < b.record ? -1 : a.record > b.record ? 1 : 0));
  }
  return { periods: out, elapsed };
}
