import { IANAZone } from "luxon";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { UsageError } from "../errors.js";
import type { RecordData } from "../records/record.js";
import {
  type AvailabilityResult,
  collectOutages,
  collectPlannedWindows,
  computeAvailability,
  type Outage,
  type PlannedWindow,
} from "./availability.js";
import { ALWAYS, alwaysCalendar, type Calendar, compileCalendar } from "./calendar.js";
import { diagnoser, fileOf, type Locate, type SourcedRecord } from "./diag.js";
import {
  lastCompletePeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  parseInstant,
  periodsBetween,
} from "./periods.js";
import { measureTarget, type PreparedRecord, type TargetMetrics } from "./sla.js";
import { appliesToRecord, parseTarget, type TargetSpec } from "./targets.js";
import { type ClockMemo, type RecordInput, recordClock } from "./timeline.js";

/** Input of computeSlaMetrics. Instants are ISO strings; dates (YYYY-MM-DD) are midnight in config.timezone. */
export interface SlaMetricsInput {
  /** SLA records, bare or with their path and positions. */
  slas: Array<RecordData | SourcedRecord>;
  /** Every operational record (incidents, requests, problems, changes); service records are used to check names. */
  records: RecordInput[];
  config: SmsConfig;
  /** Range start (inclusive). Absent: the start of each SLA's last complete period before `to` (or now). */
  from?: string;
  /** Range end (exclusive). Absent: now. */
  to?: string;
  now: string;
  /** Known service ids; by default the ids of `service` records among `records`. */
  services?: string[];
  /** Positions for files whose positions are not passed in (sms.config.yml, history-only records). */
  locate?: Locate;
  /** Clocks shared with computeKpis over the same records. */
  clocks?: ClockMemo;
}

/** One SLA in one period. */
export interface SlaPeriodMetrics {
  id: string;
  targets: TargetMetrics[];
  availability: AvailabilityResult[];
}

/** One reporting period. */
export interface PeriodMetrics {
  from: string;
  to: string;
  slas: SlaPeriodMetrics[];
}

/** SPEC section 7's `sms metrics` document plus what was found wrong on the way. */
export interface SlaMetrics {
  periods: PeriodMetrics[];
  /** Record id -> target name -> elapsed seconds, for every record measured in the range. */
  records: Record<string, Record<string, number>>;
  diagnostics: Diagnostic[];
}

const CONFIG_FILE = "sms.config.yml";

function sourced(x: RecordData | SourcedRecord): SourcedRecord {
  return typeof (x as SourcedRecord).data === "object" && typeof (x as RecordData).kind !== "string"
    ? (x as SourcedRecord)
    : { data: x as RecordData };
}

/** Computes SLA target and availability results per period (SPEC 5 and 7). Pure: `now` is an input. */
export function computeSlaMetrics(input: SlaMetricsInput): SlaMetrics {
  const diagnostics: Diagnostic[] = [];
  const config = input.config;
  const configReport = diagnoser(diagnostics, CONFIG_FILE, undefined, input.locate);
  let zone = config.timezone;
  if (!IANAZone.isValidZone(zone)) {
    configReport("/timezone", "config-timezone", `timezone "${zone}" is not a known IANA zone; using UTC`);
    zone = "UTC";
  }
  const now = parseInstant(input.now, zone);
  if (now === null) throw new UsageError(`"now" is not a date-time: ${input.now}`);
  const bound = (text: string | undefined, what: string): number | null => {
    if (text === undefined) return null;
    const ms = parseInstant(text, zone);
    if (ms === null) throw new UsageError(`--${what} ${text} is not a date (YYYY-MM-DD) or date-time`);
    return ms;
  };
  const toMs = bound(input.to, "to") ?? now;
  const fromMs = bound(input.from, "from");
  if (fromMs !== null && fromMs >= toMs)
    throw new UsageError(`--from ${input.from} is not before --to ${input.to ?? input.now}`);

  // Calendars compile once; each bad or unknown calendar is reported once, where the SLA names it.
  const calendars = new Map<string, Calendar | null>();
  const calendar = (name: string, report: (p: string, c: string, m: string) => void, pointer: string) => {
    if (name === ALWAYS) return alwaysCalendar(zone);
    const cfg = config.calendars?.[name];
    if (!cfg) {
      const known = [ALWAYS, ...Object.keys(config.calendars ?? {})].join(", ");
      report(
        pointer,
        "sla-unknown-calendar",
        `calendar "${name}" is not defined in sms.config.yml (known: ${known})`,
      );
      return null;
    }
    if (!calendars.has(name)) {
      const { calendar: cal, problems } = compileCalendar(name, cfg, zone);
      for (const p of problems)
        configReport(`/calendars/${name}${p.pointer}`, "calendar-invalid", `calendar ${name}: ${p.message}`);
      calendars.set(name, cal);
    }
    const cal = calendars.get(name) ?? null;
    if (!cal)
      report(
        pointer,
        "sla-unknown-calendar",
        `calendar "${name}" is invalid (see sms.config.yml); not computed`,
      );
    return cal;
  };

  const knownServices = new Set(
    input.services ?? input.records.filter((r) => r.data.kind === "service").map((r) => r.data.id),
  );
  const prepared = new Map<RecordInput, PreparedRecord>();
  const prepare = (r: RecordInput): PreparedRecord => {
    let p = prepared.get(r);
    if (!p) {
      p = { data: r.data, clock: recordClock(r, zone, diagnostics, input.locate, input.clocks) };
      prepared.set(r, p);
    }
    return p;
  };
  const clocked = input.records.filter((r) =>
    ["incident", "request", "problem", "change"].includes(r.data.kind),
  );
  let availabilityData: { outages: Outage[]; planned: PlannedWindow[] } | null = null;
  const availabilityInputs = () => {
    availabilityData ??= {
      outages: collectOutages(input.records, zone, diagnostics, input.locate),
      planned: collectPlannedWindows(input.records, zone, diagnostics, input.locate),
    };
    return availabilityData;
  };

  const byPeriod = new Map<string, PeriodMetrics & { startMs: number; endMs: number }>();
  const recordsOut: Record<string, Record<string, number>> = {};
  for (const raw of input.slas) {
    const sla = sourced(raw);
    const data = sla.data;
    const report = diagnoser(diagnostics, fileOf(sla), sla.positions, input.locate);
    let kind: PeriodKind = "month";
    if (data.period !== undefined) {
      if (PERIOD_KINDS.includes(data.period as PeriodKind)) kind = data.period as PeriodKind;
      else
        report(
          "/period",
          "sla-period-invalid",
          `${data.id}: period ${JSON.stringify(data.period)} must be month, quarter or week; using month`,
        );
    }
    const range = fromMs === null ? lastCompletePeriod(kind, zone, toMs) : { fromMs, toMs };
    const periods = periodsBetween(kind, zone, range.fromMs, range.toMs);
    const evalEnd = Math.min(range.toMs, now);
    const services = Array.isArray(data.services)
      ? data.services.filter((s): s is string => typeof s === "string")
      : [];
    services.forEach((s, i) => {
      if (knownServices.size > 0 && !knownServices.has(s)) {
        report(`/services/${i}`, "sla-unknown-service", `${data.id}: service ${s} does not exist`);
      }
    });

    const targetResults: TargetMetrics[][] = periods.map(() => []);
    const seen = new Set<string>();
    const targets = Array.isArray(data.targets) ? data.targets : [];
    targets.forEach((rawTarget: unknown, i) => {
      const spec: TargetSpec | null = parseTarget(rawTarget, i, report, (name, pointer) =>
        calendar(name, report, pointer),
      );
      if (!spec) return;
      if (seen.has(spec.name)) {
        report(
          `/targets/${i}/name`,
          "sla-target-duplicate",
          `${data.id}: two targets are named "${spec.name}"`,
        );
        return;
      }
      seen.add(spec.name);
      // Only records the target applies to are prepared, so unrelated records raise no clock findings.
      const relevant = clocked
        .filter((r) => appliesToRecord(r.data, spec, services, config.priorities))
        .map(prepare);
      const result = measureTarget(spec, services, relevant, periods, evalEnd, config.priorities);
      result.periods.forEach((m, p) => {
        targetResults[p]?.push(m);
      });
      for (const [id, seconds] of result.elapsed) {
        recordsOut[id] = { ...recordsOut[id], [spec.name]: seconds };
      }
    });

    const availability: AvailabilityResult[][] = periods.map(() => []);
    const av = data.availability as Record<string, unknown> | undefined;
    if (av !== undefined) {
      const target = av?.target;
      const cal = calendar(
        typeof av?.calendar === "string" ? av.calendar : ALWAYS,
        report,
        "/availability/calendar",
      );
      if (typeof target !== "number" || target < 0 || target > 100) {
        report(
          "/availability/target",
          "sla-availability-invalid",
          `${data.id}: availability target must be a percentage 0-100`,
        );
      } else if (cal) {
        const { outages, planned } = availabilityInputs();
        for (const service of services) {
          if (knownServices.size > 0 && !knownServices.has(service)) continue;
          periods.forEach((p, i) => {
            availability[i]?.push(
              computeAvailability({
                service,
                target,
                calendar: cal,
                excludePlanned: av.exclude_planned === true,
                startMs: p.startMs,
                // The part of a period after now has not happened yet: it is neither agreed nor down.
                endMs: Math.max(p.startMs, Math.min(p.endMs, now)),
                outages,
                planned,
              }),
            );
          });
        }
      }
    }

    periods.forEach((p: Period, i) => {
      const key = `${p.startMs}/${p.endMs}`;
      let entry = byPeriod.get(key);
      if (!entry) {
        entry = { from: p.from, to: p.to, slas: [], startMs: p.startMs, endMs: p.endMs };
        byPeriod.set(key, entry);
      }
      entry.slas.push({ id: data.id, targets: targetResults[i] ?? [], availability: availability[i] ?? [] });
    });
  }

  const periods = [...byPeriod.values()]
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs)
    .map(({ from, to, slas }) => ({ from, to, slas }));
  return { periods, records: recordsOut, diagnostics };
}
