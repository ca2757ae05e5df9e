const COMPACT = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Parses an SLA duration ("30m", "4h", "2d", "1h30m", "1w", "PT4H", "P2D") into seconds of counted time;
 * null when it does not parse.
 */
export function parseDuration(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const s = text.trim();
  // "P" alone and "" match both patterns with every group empty: not a duration.
  if (s === "" || s === "P" || s === "PT") return null;
  const m = COMPACT.exec(s) ?? ISO.exec(s);
  if (!m) return null;
  // Days and weeks are fixed multiples of hours: "2d" means 48 hours of counted (calendar) time,
  // not two calendar days, so business-hours calendars count 48 working hours.
  const [w, d, h, min, sec] = m.slice(1).map((g) => (g === undefined ? 0 : Number(g)));
  const total = (w ?? 0) * 604800 + (d ?? 0) * 86400 + (h ?? 0) * 3600 + (min ?? 0) * 60 + (sec ?? 0);
  return Number.isSafeInteger(total) ? total : null;
}
