import { DateTime } from "luxon";
import type { Calendar } from "./calendar.js";
import type { Interval } from "./intervals.js";

/** One local day of a calendar, resolved to absolute instants once and then reused. */
export interface Day {
  /** Local midnight (epoch ms). */
  start: number;
  /** Next local midnight: 23, 24 or 25 hours later. */
  next: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Working intervals of the day in absolute time; empty on holidays. */
  intervals: Interval[];
  /** For Mondays, once asked: the following Monday and whether the week holds exactly `weekMs`. */
  week?: { next: number; clean: boolean };
}

const DAY_MS = 86_400_000;

// Luxon is the slow part of calendar arithmetic; the same days recur across thousands of records,
// so each calendar memoises its days (bounded, so a pathological range cannot exhaust memory).
const cache = new WeakMap<Calendar, Map<number, Day>>();

function build(cal: Calendar, dt: DateTime): Day {
  const date = dt.toISODate() ?? "";
  const start = dt.toMillis();
  const plainNext = plainNextMidnight(cal, dt);
  const next = plainNext ?? dt.plus({ days: 1 }).startOf("day").toMillis();
  const intervals: Interval[] = [];
  if (!cal.holidays.includes(date)) {
    for (const [s, e] of cal.days[dt.weekday - 1] ?? []) {
      // On a plain day wall times are arithmetic; otherwise each end point goes through luxon so it
      // gets the offset valid at that moment (DST days).
      const a = plainNext !== undefined ? start + s * 60_000 : wallTime(dt, s);
      const b = plainNext !== undefined ? start + e * 60_000 : wallTime(dt, e);
      if (b > a) intervals.push([a, b]);
    }
  }
  return { start, next, weekday: dt.weekday, intervals };
}

/**
 * The next local midnight when the day is plain: 24 hours later the clock reads midnight again at the
 * same offset, so nothing changed the offset in between. Undefined otherwise (DST days and the like),
 * which luxon then works out. Most days are plain, and this costs one zone lookup instead of several.
 */
function plainNextMidnight(cal: Calendar, dt: DateTime): number | undefined {
  const guess = DateTime.fromMillis(dt.toMillis() + DAY_MS, { zone: cal.zone });
  const midnight = guess.hour === 0 && guess.minute === 0 && guess.second === 0 && guess.millisecond === 0;
  return midnight && guess.offset === dt.offset ? guess.toMillis() : undefined;
}

function wallTime(day: DateTime, minute: number): number {
  if (minute >= 1440) return day.plus({ days: 1 }).startOf("day").toMillis();
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
}

function memo(cal: Calendar): Map<number, Day> {
  let days = cache.get(cal);
  if (!days) {
    days = new Map();
    cache.set(cal, days);
  }
  if (days.size > 200_000) {
    days.clear();
    byUtcDay.delete(cal);
  }
  return days;
}

/** The local day that starts at `startMs` (which must be a local midnight of the calendar's zone). */
export function dayStartingAt(cal: Calendar, startMs: number): Day {
  const days = memo(cal);
  let day = days.get(startMs);
  if (!day) {
    day = build(cal, DateTime.fromMillis(startMs, { zone: cal.zone }).startOf("day"));
    days.set(startMs, day);
    index(cal, day);
  }
  return day;
}

// Index of days by the UTC days they overlap, so finding the local day of an arbitrary instant is a
// lookup once the day has been built, instead of a luxon zone conversion per call.
const byUtcDay = new WeakMap<Calendar, Map<number, Day[]>>();

function index(cal: Calendar, day: Day): void {
  let map = byUtcDay.get(cal);
  if (!map) {
    map = new Map();
    byUtcDay.set(cal, map);
  }
  if (map.size > 200_000) map.clear();
  for (let u = Math.floor(day.start / DAY_MS); u <= Math.floor((day.next - 1) / DAY_MS); u++) {
    const list = map.get(u);
    if (!list) map.set(u, [day]);
    else if (!list.includes(day)) list.push(day);
  }
}

/** The local day containing the instant `ms`. */
export function dayContaining(cal: Calendar, ms: number): Day {
  const hit = byUtcDay
    .get(cal)
    ?.get(Math.floor(ms / DAY_MS))
    ?.find((d) => d.start <= ms && ms < d.next);
  if (hit) return hit;
  return dayStartingAt(cal, DateTime.fromMillis(ms, { zone: cal.zone }).startOf("day").toMillis());
}

/** For a Monday: the next Monday, and whether the week in between has no holiday and no offset change. */
export function weekOf(cal: Calendar, monday: Day): { next: number; clean: boolean } {
  if (!monday.week) {
    const start = DateTime.fromMillis(monday.start, { zone: cal.zone });
    const next = start.plus({ weeks: 1 });
    const from = start.toISODate() ?? "";
    const to = next.toISODate() ?? "";
    // Equal offsets at both ends mean no DST change inside (zones never change twice within a week).
    const clean = start.offset === next.offset && !cal.holidays.some((h) => h >= from && h < to);
    monday.week = { next: next.toMillis(), clean };
  }
  return monday.week;
}
