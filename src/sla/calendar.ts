import { DateTime, IANAZone } from "luxon";
import type { CalendarConfig } from "../config/types.js";
import { dayContaining, dayStartingAt, weekOf } from "./days.js";
import type { Interval } from "./intervals.js";

/** Name of the built-in calendar that counts every instant. */
export const ALWAYS = "24x7";

/** Weekday keys of `hours`, Monday first (luxon weekday 1..7 maps to index 0..6). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A calendar ready for arithmetic. Plain data. */
export interface Calendar {
  readonly name: string;
  /** IANA zone in which hours and holidays are read. */
  readonly zone: string;
  /** True for 24x7: every instant is working time. */
  readonly always: boolean;
  /** Index 0 = Monday: working ranges as [startMinute, endMinute) of local wall time, sorted, disjoint. */
  readonly days: readonly (readonly Interval[])[];
  /** Local dates YYYY-MM-DD that count nothing, sorted. */
  readonly holidays: readonly string[];
  /** Working milliseconds of a week without holidays or offset change. */
  readonly weekMs: number;
}

/** A problem with a calendar definition; `pointer` is relative to the calendar's config entry. */
export interface CalendarProblem {
  pointer: string;
  message: string;
}

const RANGE = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;

function minuteOf(h: string, m: string): number | null {
  const hh = Number(h);
  const mm = Number(m);
  if (mm > 59 || hh > 24 || (hh === 24 && mm !== 0)) return null;
  return hh * 60 + mm;
}

function holidayText(value: unknown): string | null {
  // YAML parsers may hand dates over as Date objects; the calendar only needs the local date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return DateTime.fromISO(value).isValid ? value : null;
}

/** Parses "09:00-12:00, 13:00-17:00" into sorted minute ranges, collecting problems. */
export function parseHours(text: unknown, pointer: string, problems: CalendarProblem[]): Interval[] {
  if (text === undefined || text === null || text === "") return [];
  if (typeof text !== "string") {
    problems.push({
      pointer,
      message: `hours must be a string like "09:00-17:00", got ${JSON.stringify(text)}`,
    });
    return [];
  }
  const ranges: [number, number][] = [];
  for (const part of text.split(",")) {
    const m = RANGE.exec(part.trim());
    if (!m) {
      problems.push({ pointer, message: `"${part.trim()}" is not a time range like 09:00-17:00` });
      continue;
    }
    const s = minuteOf(m[1]!, m[2]!);
    const e = minuteOf(m[3]!, m[4]!);
    if (s === null || e === null) {
      problems.push({
        pointer,
        message: `"${part.trim()}" names an impossible time (hours 00-24, minutes 00-59)`,
      });
      continue;
    }
    if (e <= s) {
      problems.push({
        pointer,
        message: `"${part.trim()}" ends before it starts (use 00:00-24:00 for a whole day)`,
      });
      continue;
    }
    ranges.push([s, e]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![1]) {
      problems.push({ pointer, message: `time ranges in "${text}" overlap` });
      return [];
    }
  }
  return ranges;
}

/** Checks a calendar definition: time zone, hours and holidays. Returns nothing when it is sound. */
export function validateCalendar(cfg: CalendarConfig, defaultZone: string): CalendarProblem[] {
  return compileCalendar("calendar", cfg, defaultZone).problems;
}

/** Compiles a calendar from config; `calendar` is null when it has problems that make it unusable. */
export function compileCalendar(
  name: string,
  cfg: CalendarConfig,
  defaultZone: string,
): { calendar: Calendar | null; problems: CalendarProblem[] } {
  const problems: CalendarProblem[] = [];
  const zone = cfg.timezone ?? defaultZone;
  if (!IANAZone.isValidZone(zone)) {
    problems.push({ pointer: cfg.timezone ? "/timezone" : "", message: `unknown time zone "${zone}"` });
  }
  const hours = (cfg.hours ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      problems.push({ pointer: `/hours/${key}`, message: `"${key}" is not a weekday (mon, tue, … sun)` });
    }
  }
  const days = WEEKDAYS.map((d) => parseHours(hours[d], `/hours/${d}`, problems));
  const holidays: string[] = [];
  (Array.isArray(cfg.holidays) ? cfg.holidays : []).forEach((h: unknown, i) => {
    const text = holidayText(h);
    if (text) holidays.push(text);
    else
      problems.push({
        pointer: `/holidays/${i}`,
        message: `holiday ${JSON.stringify(h)} is not a date YYYY-MM-DD`,
      });
  });
  holidays.sort();
  const weekMs = days.reduce((sum, ranges) => sum + ranges.reduce((s, [a, b]) => s + (b - a) * 60_000, 0), 0);
  if (weekMs === 0) problems.push({ pointer: "/hours", message: "the calendar has no working hours at all" });
  if (problems.length > 0) return { calendar: null, problems };
  return { calendar: { name, zone, always: false, days, holidays, weekMs }, problems };
}

/** The built-in 24x7 calendar; the zone only matters for reporting. */
export function alwaysCalendar(zone = "UTC"): Calendar {
  const full: Interval[] = [[0, 1440]];
  return {
    name: ALWAYS,
    zone,
    always: true,
    days: WEEKDAYS.map(() => full),
    holidays: [],
    weekMs: 7 * 86_400_000,
  };
}

/** Working intervals of a calendar that fall within [startMs, endMs). */
export function workingIntervals(cal: Calendar, startMs: number, endMs: number): Interval[] {
  if (endMs <= startMs) return [];
  if (cal.always) return [[startMs, endMs]];
  const out: Interval[] = [];
  for (let day = dayContaining(cal, startMs); day.start < endMs; day = dayStartingAt(cal, day.next)) {
    for (const [a, b] of day.intervals) {
      const s = Math.max(a, startMs);
      const e = Math.min(b, endMs);
      if (e > s) out.push([s, e]);
    }
  }
  return out;
}

/** Milliseconds of working time in [startMs, endMs). */
export function workingMsBetween(cal: Calendar, startMs: number, endMs: number): number {
  if (endMs <= startMs) return 0;
  if (cal.always) return endMs - startMs;
  let total = 0;
  let day = dayContaining(cal, startMs);
  while (day.start < endMs) {
    if (day.weekday === 1 && day.start >= startMs) {
      // Whole weeks inside the range are counted in one step so long ranges cost O(weeks), not O(days).
      const week = weekOf(cal, day);
      if (week.next <= endMs && week.clean) {
        total += cal.weekMs;
        day = dayStartingAt(cal, week.next);
        continue;
      }
    }
    for (const [a, b] of day.intervals) {
      const s = Math.max(a, startMs);
      const e = Math.min(b, endMs);
      if (e > s) total += e - s;
    }
    day = dayStartingAt(cal, day.next);
  }
  return total;
}

/** Seconds of working time between two instants (0 when end is not after start). */
export function workingSecondsBetween(cal: Calendar, startMs: number, endMs: number): number {
  return workingMsBetween(cal, startMs, endMs) / 1000;
}

/**
 * The instant at which `ms` of working time has elapsed since `startMs`. With `strict`, the first instant
 * after which MORE than `ms` has elapsed (a breach moment: it skips to the next working time when the
 * budget runs out exactly at closing time). Infinity when the calendar never accumulates that much.
 */
export function addWorkingMs(cal: Calendar, startMs: number, ms: number, strict = false): number {
  if (!strict && ms <= 0) return startMs;
  if (cal.always) return startMs + Math.max(ms, 0);
  if (cal.weekMs <= 0) return Number.POSITIVE_INFINITY;
  let rem = Math.max(ms, 0);
  let day = dayContaining(cal, startMs);
  // Guard against pathological input (e.g. a budget of centuries): give up after ~1000 years of days.
  for (let guard = 0; guard < 366_000; guard++) {
    if (day.weekday === 1 && day.start >= startMs && (strict ? rem >= cal.weekMs : rem > cal.weekMs)) {
      const week = weekOf(cal, day);
      if (week.clean) {
        rem -= cal.weekMs;
        day = dayStartingAt(cal, week.next);
        continue;
      }
    }
    for (const [a, b] of day.intervals) {
      const s = Math.max(a, startMs);
      if (b <= s) continue;
      const len = b - s;
      if (rem < len || (!strict && rem === len)) return s + rem;
      rem -= len;
    }
    day = dayStartingAt(cal, day.next);
  }
  return Number.POSITIVE_INFINITY;
}

/** The instant when `seconds` of working time has elapsed since `startMs` (see addWorkingMs for `strict`). */
export function addWorkingSeconds(cal: Calendar, startMs: number, seconds: number, strict = false): number {
  return addWorkingMs(cal, startMs, Math.round(seconds * 1000), strict);
}
