import { DateTime } from "luxon";

// No capture groups: the date's digits are read by position, which builds no strings.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Reporting period of an SLA. */
export type PeriodKind = "month" | "quarter" | "week";

/** Every reporting period an SLA may name. */
export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "quarter", "week"];

/** One reporting period: [startMs, endMs) plus its bounds as ISO strings with offsets. */
export interface Period {
  from: string;
  to: string;
  startMs: number;
  endMs: number;
}

/** Formats an instant as ISO 8601 with the zone's offset and no milliseconds: 2026-03-01T00:00:00+01:00. */
export function isoInZone(ms: number, zone: string): string {
  return (
    DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString()
  );
}

const digits = (text: string, at: number, n: number): number => {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + text.charCodeAt(i) - 48;
  return v;
};

/** Whether the date of an RFC 3339 text exists (days up to 28 always do: no Date is built for them). */
function validDay(text: string): boolean {
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (month > 12) return false;
  return day <= 28 || day <= new Date(Date.UTC(digits(text, 0, 4), month, 0)).getUTCDate();
}

/**
 * Parses a range bound or timestamp: a date (YYYY-MM-DD, midnight in `zone`) or a date-time (its own
 * offset, else `zone`). Accepts Date objects as YAML parsers produce them. Null when unparseable.
 */
export function parseInstant(value: unknown, zone: string): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  // RFC 3339 with a stated offset names one instant whatever the zone; the native parser reads exactly this
  // form and is far cheaper than luxon, which matters over thousands of timeline entries.
  // Date.parse rolls 30 February over into March; only trust it for fields that exist.
  if (RFC3339.test(text) && validDay(text)) {
    const fast = Date.parse(text);
    if (!Number.isNaN(fast)) return fast;
  }
  const dt = DateTime.fromISO(text, { zone });
  return dt.isValid ? dt.toMillis() : null;
}

/** Periods of `kind` in `zone` covering [fromMs, toMs); the first and last are clipped to the range. */
export function periodsBetween(kind: PeriodKind, zone: string, fromMs: number, toMs: number): Period[] {
  const out: Period[] = [];
  if (toMs <= fromMs) return out;
  // Weeks start on Monday: luxon's startOf("week") is the ISO week unless locale weeks are requested.
  let start = DateTime.fromMillis(fromMs, { zone }).startOf(kind);
  while (start.toMillis() < toMs) {
    const next = start.plus({ [`${kind}s`]: 1 });
    const s = Math.max(start.toMillis(), fromMs);
    const e = Math.min(next.toMillis(), toMs);
    if (e > s) out.push({ from: isoInZone(s, zone), to: isoInZone(e, zone), startMs: s, endMs: e });
    start = next;
  }
  return out;
}

/** The last complete period of `kind` before `nowMs`, as [fromMs, toMs). */
export function lastCompletePeriod(
  kind: PeriodKind,
  zone: string,
  nowMs: number,
): { fromMs: number; toMs: number } {
  const current = DateTime.fromMillis(nowMs, { zone }).startOf(kind);
  const previous = current.minus({ [`${kind}s`]: 1 });
  return { fromMs: previous.toMillis(), toMs: current.toMillis() };
}

/** Index of the period that contains `ms`, or -1. */
export function periodIndexOf(periods: readonly Period[], ms: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = periods[mid]!;
    if (ms < p.startMs) hi = mid - 1;
    else if (ms >= p.endMs) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Today's date in a time zone, from an instant the caller passes in. */
export function localDate(nowIso: string, zone: string): string {
  return DateTime.fromISO(nowIso, { zone }).toISODate() ?? nowIso.slice(0, 10);
}
