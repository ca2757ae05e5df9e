import { DateTime } from "luxon";

const SHORT = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a policy duration (30m, 4h, 2d, 1h30m, 1w, PT4H, P5D) into seconds; null when malformed. */
export function parseDurationSeconds(text: unknown): number | null {
  if (typeof text !== "string" || text.length < 2 || text === "P") return null;
  const m = SHORT.exec(text) ?? ISO.exec(text);
  if (!m) return null;
  // Days are fixed 24-hour days: retrospective deadlines count elapsed time, not calendar days.
  const [w, d, h, min, s] = [m[1], m[2], m[3], m[4], m[5]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60 + s;
}

/** True when the text is a calendar date without a time. */
export function isDateOnly(text: string): boolean {
  return DATE_ONLY.test(text);
}

/**
 * Epoch milliseconds of a date or datetime. A date is a whole local day in `zone`: `edge` picks its
 * first instant ("start") or the first instant of the next day ("end"), so an end date is inclusive.
 */
export function instantOf(text: unknown, zone: string, edge: "start" | "end"): number | null {
  if (typeof text !== "string") return null;
  if (isDateOnly(text)) {
    const day = DateTime.fromISO(text, { zone }).startOf("day");
    if (!day.isValid) return null;
    return (edge === "end" ? day.plus({ days: 1 }) : day).toMillis();
  }
  // A datetime without an offset is read in the configured zone rather than the machine's.
  const t = DateTime.fromISO(text, { zone });
  return t.isValid ? t.toMillis() : null;
}

/** Adds seconds to an ISO instant, keeping its UTC offset; null when the instant is malformed. */
export function addSeconds(iso: string, seconds: number): string | null {
  const t = DateTime.fromISO(iso, { setZone: true });
  if (!t.isValid) return null;
  return t.plus({ seconds }).toISO({ suppressMilliseconds: true });
}

/** Epoch milliseconds of an ISO instant, or null. */
export function epochOf(iso: unknown): number | null {
  if (typeof iso !== "string") return null;
  const t = DateTime.fromISO(iso, { setZone: true });
  return t.isValid ? t.toMillis() : null;
}
