import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type Calendar, workingIntervals } from "./calendar.js";
import { diagnoser, fileOf, type Locate, type SourcedRecord } from "./diag.js";
import { clip, type Interval, intersect, subtract, totalLength, union } from "./intervals.js";
import { parseInstant } from "./periods.js";
import { recordServices } from "./targets.js";

/** An outage entry of an incident, resolved to instants and the services it affects. */
export interface Outage {
  record: string;
  services: string[];
  start: number;
  end: number;
  effect: "down" | "degraded";
}

/** A planned outage window of a change. */
export interface PlannedWindow {
  record: string;
  services: string[];
  start: number;
  end: number;
}

/** Change statuses from which a planned window counts ("approved or later", excluding rejected/failed/cancelled). */
export const PLANNED_STATUSES: readonly string[] = [
  "approved",
  "scheduled",
  "implemented",
  "reviewed",
  "closed",
];

/** Reads the `outage` entries of incidents; an entry's own `services` narrows the incident's services. */
export function collectOutages(
  records: readonly SourcedRecord[],
  zone: string,
  out: Diagnostic[],
  locate?: Locate,
): Outage[] {
  const outages: Outage[] = [];
  for (const rec of records) {
    const data = rec.data;
    if (data.kind !== "incident" || data.outage === undefined) continue;
    const report = diagnoser(out, fileOf(rec), rec.positions, locate);
    if (!Array.isArray(data.outage)) {
      report("/outage", "sla-outage-invalid", `${data.id}: outage must be a list of {start, end, effect}`);
      continue;
    }
    const named = recordServices(data);
    data.outage.forEach((raw: unknown, i) => {
      const e = (raw ?? {}) as Record<string, unknown>;
      const start = parseInstant(e.start, zone);
      const end = parseInstant(e.end, zone);
      if (start === null || end === null || end < start) {
        report(
          `/outage/${i}`,
          "sla-outage-invalid",
          `${data.id}: outage ${i + 1} needs a start and an end (date-times, end not before start)`,
        );
        return;
      }
      if (e.effect !== "down" && e.effect !== "degraded") {
        report(
          `/outage/${i}/effect`,
          "sla-outage-invalid",
          `${data.id}: outage ${i + 1} effect must be down or degraded`,
        );
        return;
      }
      const own = Array.isArray(e.services)
        ? e.services.filter((s): s is string => typeof s === "string")
        : null;
      const services = own ? own.filter((s) => named.includes(s)) : named;
      if (own && services.length < own.length) {
        report(
          `/outage/${i}/services`,
          "sla-outage-service",
          `${data.id}: outage ${i + 1} names services the incident does not name; they are ignored`,
          "warning",
        );
      }
      outages.push({ record: data.id, services, start, end, effect: e.effect });
    });
  }
  return outages;
}

/** Reads the windows of changes with `planned_outage: true` whose status is approved or later. */
export function collectPlannedWindows(
  records: readonly SourcedRecord[],
  zone: string,
  out: Diagnostic[],
  locate?: Locate,
): PlannedWindow[] {
  const windows: PlannedWindow[] = [];
  for (const rec of records) {
    const data = rec.data;
    if (data.kind !== "change" || data.planned_outage !== true) continue;
    if (typeof data.status !== "string" || !PLANNED_STATUSES.includes(data.status)) continue;
    const w = (data.window ?? {}) as Record<string, unknown>;
    const start = parseInstant(w.start, zone);
    const end = parseInstant(w.end, zone);
    if (start === null || end === null || end < start) {
      diagnoser(
        out,
        fileOf(rec),
        rec.positions,
        locate,
      )(
        "/window",
        "sla-window-invalid",
        `${data.id}: a planned outage needs a window with a start and an end (end not before start)`,
      );
      continue;
    }
    windows.push({ record: data.id, services: recordServices(data), start, end });
  }
  return windows;
}

/** Availability of one service in one period. Seconds are whole seconds. */
export interface AvailabilityResult {
  service: string;
  target: number;
  agreed_seconds: number;
  downtime_seconds: number;
  degraded_seconds: number;
  achieved: number | null;
  ok: boolean;
}

/** Computes availability of a service over [startMs, endMs) in the agreed calendar. */
export function computeAvailability(args: {
  service: string;
  target: number;
  calendar: Calendar;
  excludePlanned: boolean;
  startMs: number;
  endMs: number;
  outages: readonly Outage[];
  planned: readonly PlannedWindow[];
}): AvailabilityResult {
  const { service, startMs, endMs } = args;
  const working = workingIntervals(args.calendar, startMs, endMs);
  const planned: Interval[] = args.excludePlanned
    ? args.planned.filter((p) => p.services.includes(service)).map((p) => [p.start, p.end] as const)
    : [];
  const agreed = subtract(working, planned);
  const mine = args.outages.filter((o) => o.services.includes(service));
  const spans = (effect: Outage["effect"]): Interval[] =>
    intersect(
      clip(
        mine.filter((o) => o.effect === effect).map((o) => [o.start, o.end] as const),
        startMs,
        endMs,
      ),
      agreed,
    );
  const down = union(spans("down"));
  // A moment that is down is not also degraded.
  const degraded = subtract(spans("degraded"), down);
  const agreedMs = totalLength(agreed);
  const downMs = totalLength(down);
  const achieved = agreedMs > 0 ? Math.round(((agreedMs - downMs) * 100_000) / agreedMs) / 1000 : null;
  return {
    service,
    target: args.target,
    agreed_seconds: Math.round(agreedMs / 1000),
    downtime_seconds: Math.round(downMs / 1000),
    degraded_seconds: Math.round(totalLength(degraded) / 1000),
    achieved,
    ok: achieved === null || achieved >= args.target,
  };
}
