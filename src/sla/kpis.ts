import { IANAZone } from "luxon";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { UsageError } from "../errors.js";
import { CLOCK_STOP_STATUSES } from "../records/kinds.js";
import type { Transition } from "./clock.js";
import type { Locate } from "./diag.js";
import {
  lastCompletePeriod,
  type PeriodKind,
  parseInstant,
  periodIndexOf,
  periodsBetween,
} from "./periods.js";
import { percent2 } from "./sla.js";
import { effectivePriority } from "./targets.js";
import { type ClockMemo, type RecordClock, type RecordInput, recordClock } from "./timeline.js";

/** Input of computeKpis: the same records as computeSlaMetrics. */
export interface KpiInput {
  records: RecordInput[];
  config: SmsConfig;
  from?: string;
  to?: string;
  now: string;
  /** Reporting period (default month). */
  period?: PeriodKind;
  locate?: Locate;
  /** Clocks shared with computeSlaMetrics over the same records. */
  clocks?: ClockMemo;
}

/** Operational KPIs of one period. Times are wall-clock seconds. */
export interface KpiPeriod {
  from: string;
  to: string;
  incidents: {
    opened: number;
    by_priority: Record<string, number>;
    resolved: number;
    mean_time_to_resolve_seconds: number | null;
    p90_time_to_resolve_seconds: number | null;
    reopened: number;
    /** Incidents opened in the period that a change caused (incident `change`, or listed in a change's `incidents`). */
    caused_by_changes: number;
  };
  changes: {
    /** Changes implemented (or failed) in the period. */
    total: number;
    by_type: Record<string, number>;
    by_outcome: Record<string, number>;
    /** successful / (successful + failed + rolled-back) x 100, two decimals; null when none has an outcome. */
    success_rate: number | null;
    /** emergency / total x 100, two decimals; null when there are no changes. */
    emergency_ratio: number | null;
    /** Changes with outcome failed or rolled-back, or status failed. */
    failed: number;
  };
  problems: { opened: number; resolved: number };
}

/** KPIs per period plus what was found wrong on the way. */
export interface Kpis {
  periods: KpiPeriod[];
  diagnostics: Diagnostic[];
}

const DONE = new Set(["resolved", "closed"]);
const STOP = new Set(CLOCK_STOP_STATUSES);

/** When the record was last resolved (entered resolved/closed after last running), or null if it is not resolved by `end`. */
export function resolvedAt(clock: RecordClock, end: number): number | null {
  let status = clock.initialStatus;
  let at: number | null = null;
  for (const t of clock.transitions) {
    if (t.at > end) break;
    if (DONE.has(t.status) && !DONE.has(status)) at = t.at;
    status = t.status;
  }
  return DONE.has(status) ? (at ?? clock.start) : null;
}

/** Instants at which a record left resolved/closed for a working status again. */
function reopenings(clock: RecordClock, raw: unknown): number[] {
  const out: number[] = [];
  let status = clock.initialStatus;
  clock.transitions.forEach((t: Transition, i) => {
    const entry = Array.isArray(raw) ? (raw[i] as { reopened?: unknown } | undefined) : undefined;
    if ((DONE.has(status) && !STOP.has(t.status)) || entry?.reopened === true) out.push(t.at);
    status = t.status;
  });
  return out;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function changeMoment(rec: RecordInput, clock: RecordClock | null, zone: string): number | null {
  const implemented = parseInstant(rec.data.implemented_on, zone);
  if (implemented !== null) return implemented;
  const t = clock?.transitions.find((x) =>
    ["implemented", "reviewed", "closed", "failed"].includes(x.status),
  );
  if (t) return t.at;
  const status = String(rec.data.status);
  if (!["implemented", "reviewed", "closed", "failed"].includes(status)) return null;
  return parseInstant((rec.data.window as { end?: unknown } | undefined)?.end, zone);
}

/** Computes incident, change and problem KPIs per period (pure: `now` is an input). */
export function computeKpis(input: KpiInput): Kpis {
  const diagnostics: Diagnostic[] = [];
  const zone = IANAZone.isValidZone(input.config.timezone) ? input.config.timezone : "UTC";
  const now = parseInstant(input.now, zone);
  if (now === null) throw new UsageError(`"now" is not a date-time: ${input.now}`);
  const kind = input.period ?? "month";
  const toMs = input.to === undefined ? now : parseInstant(input.to, zone);
  if (toMs === null) throw new UsageError(`--to ${input.to} is not a date`);
  const fromMs = input.from === undefined ? null : parseInstant(input.from, zone);
  if (input.from !== undefined && (fromMs === null || fromMs >= toMs)) {
    throw new UsageError(`--from ${input.from} is not a date before --to`);
  }
  const range = fromMs === null ? lastCompletePeriod(kind, zone, toMs) : { fromMs, toMs };
  const periods = periodsBetween(kind, zone, range.fromMs, range.toMs);
  const end = Math.min(range.toMs, now);

  const out: KpiPeriod[] = periods.map((p) => ({
    from: p.from,
    to: p.to,
    incidents: {
      opened: 0,
      by_priority: {},
      resolved: 0,
      mean_time_to_resolve_seconds: null,
      p90_time_to_resolve_seconds: null,
      reopened: 0,
      caused_by_changes: 0,
    },
    changes: { total: 0, by_type: {}, by_outcome: {}, success_rate: null, emergency_ratio: null, failed: 0 },
    problems: { opened: 0, resolved: 0 },
  }));
  const at = (ms: number | null) => (ms === null ? undefined : out[periodIndexOf(periods, ms)]);
  const resolveTimes: number[][] = periods.map(() => []);
  const changeIncidents = new Set<string>();
  for (const rec of input.records) {
    if (rec.data.kind === "change" && Array.isArray(rec.data.incidents)) {
      for (const id of rec.data.incidents) if (typeof id === "string") changeIncidents.add(id);
    }
  }

  for (const rec of input.records) {
    const { data } = rec;
    if (!["incident", "problem", "change"].includes(data.kind)) continue;
    // Changes rarely carry timelines; their KPIs rest on implemented_on, so missing history is not a finding.
    const sink: Diagnostic[] = data.kind === "change" ? [] : diagnostics;
    const clock = recordClock(rec, zone, sink, input.locate, input.clocks);
    if (data.kind === "change") {
      const bucket = at(changeMoment(rec, clock, zone));
      if (!bucket || data.status === "cancelled" || data.status === "rejected") continue;
      const c = bucket.changes;
      c.total++;
      bump(c.by_type, typeof data.type === "string" ? data.type : "unknown");
      const outcome =
        typeof data.outcome === "string" ? data.outcome : data.status === "failed" ? "failed" : "unrecorded";
      bump(c.by_outcome, outcome);
      if (outcome === "failed" || outcome === "rolled-back") c.failed++;
      continue;
    }
    if (!clock || clock.start > end) continue;
    const done = resolvedAt(clock, end);
    if (data.kind === "problem") {
      const opened = at(clock.start);
      if (opened) opened.problems.opened++;
      const solved = at(done);
      if (solved) solved.problems.resolved++;
      continue;
    }
    const opened = at(clock.start);
    if (opened) {
      opened.incidents.opened++;
      bump(opened.incidents.by_priority, effectivePriority(data, input.config.priorities) ?? "unknown");
      if (typeof data.change === "string" || changeIncidents.has(data.id))
        opened.incidents.caused_by_changes++;
    }
    const index = done === null ? -1 : periodIndexOf(periods, done);
    if (done !== null && index >= 0) {
      out[index]!.incidents.resolved++;
      resolveTimes[index]!.push((done - clock.start) / 1000);
    }
    const reopenedIn = new Set(
      reopenings(clock, data.timeline)
        .filter((t) => t <= end)
        .map((t) => periodIndexOf(periods, t)),
    );
    for (const i of reopenedIn) if (out[i]) out[i].incidents.reopened++;
  }

  out.forEach((p, i) => {
    const times = (resolveTimes[i] ?? []).sort((a, b) => a - b);
    if (times.length > 0) {
      p.incidents.mean_time_to_resolve_seconds = Math.round(times.reduce((s, t) => s + t, 0) / times.length);
      // Nearest-rank percentile: the smallest time that at least 90% of incidents did not exceed.
      p.incidents.p90_time_to_resolve_seconds = Math.round(times[Math.ceil(times.length * 0.9) - 1] ?? 0);
    }
    const c = p.changes;
    const judged =
      (c.by_outcome.successful ?? 0) + (c.by_outcome.failed ?? 0) + (c.by_outcome["rolled-back"] ?? 0);
    c.success_rate = percent2(c.by_outcome.successful ?? 0, judged);
    c.emergency_ratio = percent2(c.by_type.emergency ?? 0, c.total);
  });
  return { periods: out, diagnostics };
}
