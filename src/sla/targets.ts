import { isKind, STATUSES } from "../records/kinds.js";
import type { RecordData } from "../records/record.js";
import type { Calendar } from "./calendar.js";
import { parseDuration } from "./duration.js";

/** A validated SLA target. */
export interface TargetSpec {
  name: string;
  metric: "response" | "resolution";
  withinSeconds: number;
  goal: number;
  calendar: Calendar;
  pauseOn: string[];
  appliesTo: Record<string, unknown>;
}

type Report = (pointer: string, code: string, message: string, severity?: "error" | "warning") => void;

/** Services a record names through `service` and `services`. */
export function recordServices(data: RecordData): string[] {
  const out: string[] = [];
  if (typeof data.service === "string") out.push(data.service);
  if (Array.isArray(data.services)) for (const s of data.services) if (typeof s === "string") out.push(s);
  return out;
}

/** The record's priority: `priority`, else looked up from impact x urgency in the config's matrix. */
export function effectivePriority(
  data: RecordData,
  priorities?: Record<string, Record<string, string>>,
): string | undefined {
  if (typeof data.priority === "string") return data.priority;
  if (typeof data.impact === "string" && typeof data.urgency === "string") {
    return priorities?.[data.impact]?.[data.urgency];
  }
  return undefined;
}

function same(a: unknown, b: unknown): boolean {
  // YAML may give 1 where the SLA says "1"; compare primitives by their text.
  return (
    a === b ||
    (a !== null && b !== null && typeof a !== "object" && typeof b !== "object" && String(a) === String(b))
  );
}

/**
 * True when a record matches `applies_to`: every key equals the record's field; a list in applies_to means
 * any of; a list-valued record field matches when any element does. `priority` falls back to impact x urgency.
 */
export function matchesAppliesTo(
  data: RecordData,
  appliesTo: Record<string, unknown>,
  priorities?: Record<string, Record<string, string>>,
): boolean {
  // Runs for every record and target: no lists are built just to compare.
  for (const key in appliesTo) {
    if (!Object.hasOwn(appliesTo, key)) continue;
    const want = appliesTo[key];
    const have = key === "priority" ? effectivePriority(data, priorities) : data[key];
    if (have === undefined) return false;
    if (!(Array.isArray(have) ? have.some((h) => anyOf(h, want)) : anyOf(have, want))) return false;
  }
  return true;
}

/** Whether `have` equals `want`, or one of `want` when it is a list. */
function anyOf(have: unknown, want: unknown): boolean {
  if (!Array.isArray(want)) return same(have, want);
  for (const w of want) if (same(have, w)) return true;
  return false;
}

/**
 * True when a record falls under an SLA: it matches `applies_to` and names one of the SLA's services,
 * unless applies_to itself constrains `service`/`services` (then that decides).
 */
export function appliesToRecord(
  data: RecordData,
  target: Pick<TargetSpec, "appliesTo">,
  slaServices: readonly string[],
  priorities?: Record<string, Record<string, string>>,
): boolean {
  if (!matchesAppliesTo(data, target.appliesTo, priorities)) return false;
  if ("service" in target.appliesTo || "services" in target.appliesTo) return true;
  return recordServices(data).some((s) => slaServices.includes(s));
}

/** Validates one raw target of an SLA, reporting each problem; null when it cannot be computed. */
export function parseTarget(
  raw: unknown,
  index: number,
  report: Report,
  resolveCalendar: (name: string, pointer: string) => Calendar | null,
): TargetSpec | null {
  const at = `/targets/${index}`;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    report(
      at,
      "sla-target-invalid",
      `target ${index + 1} must be a mapping with name, metric, applies_to, within, goal`,
    );
    return null;
  }
  const t = raw as Record<string, unknown>;
  let ok = true;
  const name = typeof t.name === "string" && t.name.trim() !== "" ? t.name : `target ${index + 1}`;
  if (name !== t.name) {
    report(`${at}/name`, "sla-target-invalid", `target ${index + 1} has no name`);
    ok = false;
  }
  if (t.metric !== "response" && t.metric !== "resolution") {
    report(
      `${at}/metric`,
      "sla-metric-invalid",
      `${name}: metric ${JSON.stringify(t.metric)} must be response or resolution`,
    );
    ok = false;
  }
  const within = parseDuration(t.within);
  if (within === null) {
    report(
      `${at}/within`,
      "sla-duration-invalid",
      `${name}: within ${JSON.stringify(t.within)} is not a duration (30m, 4h, 2d, 1h30m, 1w, PT4H, P2D)`,
    );
    ok = false;
  }
  const goal = t.goal;
  if (typeof goal !== "number" || !Number.isFinite(goal) || goal < 0 || goal > 100) {
    report(
      `${at}/goal`,
      "sla-goal-invalid",
      `${name}: goal ${JSON.stringify(goal)} must be a percentage 0-100`,
    );
    ok = false;
  }
  const appliesTo = t.applies_to;
  if (
    typeof appliesTo !== "object" ||
    appliesTo === null ||
    Array.isArray(appliesTo) ||
    !("kind" in appliesTo)
  ) {
    report(
      `${at}/applies_to`,
      "sla-applies-to-invalid",
      `${name}: applies_to must be a mapping that names at least kind`,
    );
    ok = false;
  }
  const pauseOn = t.pause_on === undefined ? [] : t.pause_on;
  if (!Array.isArray(pauseOn) || pauseOn.some((p) => typeof p !== "string")) {
    report(`${at}/pause_on`, "sla-target-invalid", `${name}: pause_on must be a list of statuses`);
    ok = false;
  }
  const kinds =
    appliesTo && typeof appliesTo === "object" ? (appliesTo as Record<string, unknown>).kind : undefined;
  const statuses = (Array.isArray(kinds) ? kinds : [kinds]).flatMap((k) =>
    isKind(k) ? (STATUSES[k] ?? []) : [],
  );
  if (Array.isArray(pauseOn) && statuses.length > 0) {
    pauseOn.forEach((status, j) => {
      if (typeof status === "string" && !statuses.includes(status)) {
        report(
          `${at}/pause_on/${j}`,
          "sla-pause-status-unknown",
          `${name}: pause_on names "${status}", which no ${String(kinds)} ever has; it never pauses the clock`,
          "warning",
        );
      }
    });
  }
  const calendarName = t.calendar === undefined ? "24x7" : t.calendar;
  const calendar = typeof calendarName === "string" ? resolveCalendar(calendarName, `${at}/calendar`) : null;
  if (typeof calendarName !== "string") {
    report(`${at}/calendar`, "sla-unknown-calendar", `${name}: calendar must be a calendar name`);
  }
  if (!ok || !calendar) return null;
  return {
    name,
    metric: t.metric as TargetSpec["metric"],
    withinSeconds: within as number,
    goal: goal as number,
    calendar,
    pauseOn: pauseOn as string[],
    appliesTo: appliesTo as Record<string, unknown>,
  };
}
