import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  CLOCK_STOP_STATUSES,
  STATUSES,
  aKind,
  isKind
} from "./chunk-EJPDLTRP.js";
import {
  PERIOD_KINDS,
  lastCompletePeriod,
  parseInstant,
  periodIndexOf,
  periodsBetween
} from "./chunk-U5PZHFZ2.js";
import {
  parseDuration
} from "./chunk-NU6NBEOK.js";
import {
  DateTime,
  IANAZone,
  positionOf
} from "./chunk-5SNFJVHI.js";
import {
  UsageError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/history/transitions.ts
init_define_SMS_SITE_ASSETS();
function iso(commit) {
  return new Date(commit.time * 1e3).toISOString().replace(".000Z", "Z");
}
function historyClock(rec, commits) {
  const first = rec.versions[0];
  const opened = first ? commits[first.commit] : void 0;
  if (!opened) return void 0;
  const transitions = [];
  let last = null;
  let floor = opened.time;
  for (const v of rec.versions) {
    if (v.status === null || v.status === last) continue;
    const commit = commits[v.commit];
    if (!commit) continue;
    const time = Math.max(commit.time, floor);
    floor = time;
    transitions.push({ at: iso({ ...commit, time }), status: v.status });
    last = v.status;
  }
  return { openedAt: iso(opened), transitions };
}

// src/sla/kpis.ts
init_define_SMS_SITE_ASSETS();

// src/sla/sla.ts
init_define_SMS_SITE_ASSETS();

// src/sla/clock.ts
init_define_SMS_SITE_ASSETS();

// src/sla/calendar.ts
init_define_SMS_SITE_ASSETS();

// src/sla/days.ts
init_define_SMS_SITE_ASSETS();
var DAY_MS = 864e5;
var cache = /* @__PURE__ */ new WeakMap();
function build(cal, dt) {
  const date = dt.toISODate() ?? "";
  const start = dt.toMillis();
  const plainNext = plainNextMidnight(cal, dt);
  const next = plainNext ?? dt.plus({ days: 1 }).startOf("day").toMillis();
  const intervals = [];
  if (!cal.holidays.includes(date)) {
    for (const [s, e] of cal.days[dt.weekday - 1] ?? []) {
      const a = plainNext !== void 0 ? start + s * 6e4 : wallTime(dt, s);
      const b = plainNext !== void 0 ? start + e * 6e4 : wallTime(dt, e);
      if (b > a) intervals.push([a, b]);
    }
  }
  return { start, next, weekday: dt.weekday, intervals };
}
function plainNextMidnight(cal, dt) {
  const guess = DateTime.fromMillis(dt.toMillis() + DAY_MS, { zone: cal.zone });
  const midnight = guess.hour === 0 && guess.minute === 0 && guess.second === 0 && guess.millisecond === 0;
  return midnight && guess.offset === dt.offset ? guess.toMillis() : void 0;
}
function wallTime(day, minute) {
  if (minute >= 1440) return day.plus({ days: 1 }).startOf("day").toMillis();
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
}
function memo(cal) {
  let days = cache.get(cal);
  if (!days) {
    days = /* @__PURE__ */ new Map();
    cache.set(cal, days);
  }
  if (days.size > 2e5) {
    days.clear();
    byUtcDay.delete(cal);
  }
  return days;
}
function dayStartingAt(cal, startMs) {
  const days = memo(cal);
  let day = days.get(startMs);
  if (!day) {
    day = build(cal, DateTime.fromMillis(startMs, { zone: cal.zone }).startOf("day"));
    days.set(startMs, day);
    index(cal, day);
  }
  return day;
}
var byUtcDay = /* @__PURE__ */ new WeakMap();
function index(cal, day) {
  let map = byUtcDay.get(cal);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    byUtcDay.set(cal, map);
  }
  if (map.size > 2e5) map.clear();
  for (let u = Math.floor(day.start / DAY_MS); u <= Math.floor((day.next - 1) / DAY_MS); u++) {
    const list = map.get(u);
    if (!list) map.set(u, [day]);
    else if (!list.includes(day)) list.push(day);
  }
}
function dayContaining(cal, ms) {
  const hit = byUtcDay.get(cal)?.get(Math.floor(ms / DAY_MS))?.find((d) => d.start <= ms && ms < d.next);
  if (hit) return hit;
  return dayStartingAt(cal, DateTime.fromMillis(ms, { zone: cal.zone }).startOf("day").toMillis());
}
function weekOf(cal, monday) {
  if (!monday.week) {
    const start = DateTime.fromMillis(monday.start, { zone: cal.zone });
    const next = start.plus({ weeks: 1 });
    const from = start.toISODate() ?? "";
    const to = next.toISODate() ?? "";
    const clean = start.offset === next.offset && !cal.holidays.some((h) => h >= from && h < to);
    monday.week = { next: next.toMillis(), clean };
  }
  return monday.week;
}

// src/sla/calendar.ts
var ALWAYS = "24x7";
var WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
var RANGE = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;
function minuteOf(h, m) {
  const hh = Number(h);
  const mm = Number(m);
  if (mm > 59 || hh > 24 || hh === 24 && mm !== 0) return null;
  return hh * 60 + mm;
}
function holidayText(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return DateTime.fromISO(value).isValid ? value : null;
}
function parseHours(text, pointer, problems) {
  if (text === void 0 || text === null || text === "") return [];
  if (typeof text !== "string") {
    problems.push({
      pointer,
      message: `hours must be a string like "09:00-17:00", got ${JSON.stringify(text)}`
    });
    return [];
  }
  const ranges = [];
  for (const part of text.split(",")) {
    const m = RANGE.exec(part.trim());
    if (!m) {
      problems.push({ pointer, message: `"${part.trim()}" is not a time range like 09:00-17:00` });
      continue;
    }
    const s = minuteOf(m[1], m[2]);
    const e = minuteOf(m[3], m[4]);
    if (s === null || e === null) {
      problems.push({
        pointer,
        message: `"${part.trim()}" names an impossible time (hours 00-24, minutes 00-59)`
      });
      continue;
    }
    if (e <= s) {
      problems.push({
        pointer,
        message: `"${part.trim()}" ends before it starts (use 00:00-24:00 for a whole day)`
      });
      continue;
    }
    ranges.push([s, e]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] < ranges[i - 1][1]) {
      problems.push({ pointer, message: `time ranges in "${text}" overlap` });
      return [];
    }
  }
  return ranges;
}
function compileCalendar(name, cfg, defaultZone) {
  const problems = [];
  const zone = cfg.timezone ?? defaultZone;
  if (!IANAZone.isValidZone(zone)) {
    problems.push({ pointer: cfg.timezone ? "/timezone" : "", message: `unknown time zone "${zone}"` });
  }
  const hours = cfg.hours ?? {};
  for (const key of Object.keys(hours)) {
    if (!WEEKDAYS.includes(key)) {
      problems.push({ pointer: `/hours/${key}`, message: `"${key}" is not a weekday (mon, tue, \u2026 sun)` });
    }
  }
  const days = WEEKDAYS.map((d) => parseHours(hours[d], `/hours/${d}`, problems));
  const holidays = [];
  (Array.isArray(cfg.holidays) ? cfg.holidays : []).forEach((h, i) => {
    const text = holidayText(h);
    if (text) holidays.push(text);
    else
      problems.push({
        pointer: `/holidays/${i}`,
        message: `holiday ${JSON.stringify(h)} is not a date YYYY-MM-DD`
      });
  });
  holidays.sort();
  const weekMs = days.reduce((sum, ranges) => sum + ranges.reduce((s, [a, b]) => s + (b - a) * 6e4, 0), 0);
  if (weekMs === 0) problems.push({ pointer: "/hours", message: "the calendar has no working hours at all" });
  if (problems.length > 0) return { calendar: null, problems };
  return { calendar: { name, zone, always: false, days, holidays, weekMs }, problems };
}
function alwaysCalendar(zone = "UTC") {
  const full = [[0, 1440]];
  return {
    name: ALWAYS,
    zone,
    always: true,
    days: WEEKDAYS.map(() => full),
    holidays: [],
    weekMs: 7 * 864e5
  };
}
function workingIntervals(cal, startMs, endMs) {
  if (endMs <= startMs) return [];
  if (cal.always) return [[startMs, endMs]];
  const out = [];
  for (let day = dayContaining(cal, startMs); day.start < endMs; day = dayStartingAt(cal, day.next)) {
    for (const [a, b] of day.intervals) {
      const s = Math.max(a, startMs);
      const e = Math.min(b, endMs);
      if (e > s) out.push([s, e]);
    }
  }
  return out;
}
function workingMsBetween(cal, startMs, endMs) {
  if (endMs <= startMs) return 0;
  if (cal.always) return endMs - startMs;
  let total = 0;
  let day = dayContaining(cal, startMs);
  while (day.start < endMs) {
    if (day.weekday === 1 && day.start >= startMs) {
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
function addWorkingMs(cal, startMs, ms, strict = false) {
  if (!strict && ms <= 0) return startMs;
  if (cal.always) return startMs + Math.max(ms, 0);
  if (cal.weekMs <= 0) return Number.POSITIVE_INFINITY;
  let rem = Math.max(ms, 0);
  let day = dayContaining(cal, startMs);
  for (let guard = 0; guard < 366e3; guard++) {
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
      if (rem < len || !strict && rem === len) return s + rem;
      rem -= len;
    }
    day = dayStartingAt(cal, day.next);
  }
  return Number.POSITIVE_INFINITY;
}

// src/sla/clock.ts
function statusSpans(input) {
  const spans = [];
  let status = input.initialStatus;
  let from = input.start;
  for (const t of input.transitions) {
    if (t.at > input.end) break;
    const at = Math.max(t.at, input.start);
    if (at > from) spans.push({ start: from, end: at, status });
    from = Math.max(from, at);
    status = t.status;
  }
  spans.push({ start: from, end: Math.max(from, input.end), status });
  return spans;
}
var STOPPED = new Set(CLOCK_STOP_STATUSES);
function runningIntervals(spans, metric, pauseOn = [], responseStatus = "new") {
  const running = [];
  const first = spans[0];
  if (!first) return { running, done: false, stoppedAt: null };
  if (metric === "response") {
    for (const s of spans) {
      if (s.status !== responseStatus) return { running, done: true, stoppedAt: s.start };
      if (s.end > s.start) running.push([s.start, s.end]);
    }
    return { running: merge(running), done: false, stoppedAt: null };
  }
  const paused = new Set(pauseOn);
  for (const s of spans) {
    if (!STOPPED.has(s.status) && !paused.has(s.status) && s.end > s.start) running.push([s.start, s.end]);
  }
  const last = spans[spans.length - 1];
  if (!STOPPED.has(last.status)) return { running: merge(running), done: false, stoppedAt: null };
  const merged = merge(running);
  const tail = merged[merged.length - 1];
  return { running: merged, done: true, stoppedAt: tail ? tail[1] : first.start };
}
function merge(list) {
  const out = [];
  for (const [s, e] of list) {
    const prev = out[out.length - 1];
    if (prev && prev[1] >= s) prev[1] = Math.max(prev[1], e);
    else out.push([s, e]);
  }
  return out;
}
function evaluateClock(input, spec, spans = statusSpans(input)) {
  const finalStatus = spans[spans.length - 1]?.status ?? input.initialStatus;
  const { running, done, stoppedAt } = runningIntervals(
    spans,
    spec.metric,
    spec.pauseOn,
    spec.responseStatus
  );
  const withinMs = spec.withinSeconds * 1e3;
  let elapsed = 0;
  let breachAt = null;
  for (const [s, e] of running) {
    const w = workingMsBetween(spec.calendar, s, e);
    if (breachAt === null && elapsed + w > withinMs) {
      breachAt = addWorkingMs(spec.calendar, s, withinMs - elapsed, true);
    }
    elapsed += w;
  }
  const base = { elapsedSeconds: elapsed / 1e3, met: elapsed <= withinMs, breachAt, stoppedAt, running };
  if (finalStatus === "cancelled" || finalStatus === "rejected") {
    return { ...base, measured: false, reason: finalStatus, attributedAt: null };
  }
  if (breachAt !== null) return { ...base, measured: true, attributedAt: breachAt };
  if (done) return { ...base, measured: true, attributedAt: stoppedAt };
  return { ...base, measured: false, reason: "open", attributedAt: null };
}

// src/sla/targets.ts
init_define_SMS_SITE_ASSETS();
function recordServices(data) {
  const out = [];
  if (typeof data.service === "string") out.push(data.service);
  if (Array.isArray(data.services)) {
    for (const s of data.services) if (typeof s === "string") out.push(s);
  }
  return out;
}
function effectivePriority(data, priorities) {
  if (typeof data.priority === "string") return data.priority;
  if (typeof data.impact === "string" && typeof data.urgency === "string") {
    return priorities?.[data.impact]?.[data.urgency];
  }
  return void 0;
}
function same(a, b) {
  return a === b || a !== null && b !== null && typeof a !== "object" && typeof b !== "object" && String(a) === String(b);
}
function matchesAppliesTo(data, appliesTo, priorities) {
  for (const key in appliesTo) {
    if (!Object.hasOwn(appliesTo, key)) continue;
    const want = appliesTo[key];
    const have = key === "priority" ? effectivePriority(data, priorities) : data[key];
    if (have === void 0) return false;
    if (!(Array.isArray(have) ? have.some((h) => anyOf(h, want)) : anyOf(have, want))) return false;
  }
  return true;
}
function anyOf(have, want) {
  if (!Array.isArray(want)) return same(have, want);
  for (const w of want) if (same(have, w)) return true;
  return false;
}
function appliesToRecord(data, target, slaServices, priorities) {
  if (!matchesAppliesTo(data, target.appliesTo, priorities)) return false;
  if ("service" in target.appliesTo || "services" in target.appliesTo) return true;
  return recordServices(data).some((s) => slaServices.includes(s));
}
function parseTarget(raw, index2, report, resolveCalendar) {
  const at = `/targets/${index2}`;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    report(
      at,
      "sla-target-invalid",
      `target ${index2 + 1} must be a mapping with name, metric, applies_to, within, goal`
    );
    return null;
  }
  const t = raw;
  let ok = true;
  const name = typeof t.name === "string" && t.name.trim() !== "" ? t.name : `target ${index2 + 1}`;
  if (name !== t.name) {
    report(`${at}/name`, "sla-target-invalid", `target ${index2 + 1} has no name`);
    ok = false;
  }
  if (t.metric !== "response" && t.metric !== "resolution") {
    report(
      `${at}/metric`,
      "sla-metric-invalid",
      `${name}: metric ${JSON.stringify(t.metric)} must be response or resolution`
    );
    ok = false;
  }
  const within = parseDuration(t.within);
  if (within === null) {
    report(
      `${at}/within`,
      "sla-duration-invalid",
      `${name}: within ${JSON.stringify(t.within)} is not a duration (30m, 4h, 2d, 1h30m, 1w, PT4H, P2D)`
    );
    ok = false;
  }
  const goal = t.goal;
  if (typeof goal !== "number" || !Number.isFinite(goal) || goal < 0 || goal > 100) {
    report(
      `${at}/goal`,
      "sla-goal-invalid",
      `${name}: goal ${JSON.stringify(goal)} must be a percentage 0-100`
    );
    ok = false;
  }
  const appliesTo = t.applies_to;
  if (typeof appliesTo !== "object" || appliesTo === null || Array.isArray(appliesTo) || !("kind" in appliesTo)) {
    report(
      `${at}/applies_to`,
      "sla-applies-to-invalid",
      `${name}: applies_to must be a mapping that names at least kind`
    );
    ok = false;
  }
  const pauseOn = t.pause_on === void 0 ? [] : t.pause_on;
  if (!Array.isArray(pauseOn) || pauseOn.some((p) => typeof p !== "string")) {
    report(`${at}/pause_on`, "sla-target-invalid", `${name}: pause_on must be a list of statuses`);
    ok = false;
  }
  const kinds = appliesTo && typeof appliesTo === "object" ? appliesTo.kind : void 0;
  const statuses = (Array.isArray(kinds) ? kinds : [kinds]).flatMap(
    (k) => isKind(k) ? STATUSES[k] ?? [] : []
  );
  if (Array.isArray(pauseOn) && statuses.length > 0) {
    pauseOn.forEach((status, j) => {
      if (typeof status === "string" && !statuses.includes(status)) {
        report(
          `${at}/pause_on/${j}`,
          "sla-pause-status-unknown",
          `${name}: pause_on names "${status}", which no ${String(kinds)} ever has; it never pauses the clock`,
          "warning"
        );
      }
    });
  }
  const calendarName = t.calendar === void 0 ? "24x7" : t.calendar;
  const calendar = typeof calendarName === "string" ? resolveCalendar(calendarName, `${at}/calendar`) : null;
  if (typeof calendarName !== "string") {
    report(`${at}/calendar`, "sla-unknown-calendar", `${name}: calendar must be a calendar name`);
  }
  if (!ok || !calendar) return null;
  return {
    name,
    metric: t.metric,
    withinSeconds: within,
    goal,
    calendar,
    pauseOn,
    appliesTo
  };
}

// src/sla/sla.ts
function percent2(met, measured) {
  return measured === 0 ? null : Math.round(met * 1e4 / measured) / 100;
}
function measureTarget(target, slaServices, records, periods, evalEnd, priorities) {
  const out = periods.map(() => ({
    name: target.name,
    metric: target.metric,
    within_seconds: target.withinSeconds,
    goal: target.goal,
    measured: 0,
    met: 0,
    achieved: null,
    ok: true,
    breaches: []
  }));
  const elapsed = /* @__PURE__ */ new Map();
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
        responseStatus: rec.clock.responseStatus
      },
      rec.spans.spans
    );
    if (!result.measured || result.attributedAt === null) continue;
    const index2 = periodIndexOf(periods, result.attributedAt);
    const bucket = out[index2];
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
    bucket.breaches.sort((a, b) => a.record < b.record ? -1 : a.record > b.record ? 1 : 0);
  }
  return { periods: out, elapsed };
}

// src/sla/timeline.ts
init_define_SMS_SITE_ASSETS();

// src/sla/diag.ts
init_define_SMS_SITE_ASSETS();
function diagnoser(out, file, positions, locate) {
  return (pointer, code, message, severity = "error") => {
    const pos = positions ? positionOf({ positions }, pointer) : locate?.(file, pointer) ?? { line: 1, column: 1 };
    out.push({ file, line: pos.line, column: pos.column, severity, code, message });
  };
}
function fileOf(source) {
  return source.path ?? source.data.id;
}

// src/sla/timeline.ts
function recordClock(rec, zone, out, locate, memo2) {
  if (!memo2) return deriveClock(rec, zone, out, locate);
  const known = memo2.get(rec);
  if (known && known.zone === zone && known.locate === locate) {
    for (const d of known.found) out.push(d);
    return known.clock;
  }
  const found = [];
  const clock = deriveClock(rec, zone, found, locate);
  memo2.set(rec, { zone, locate, clock, found });
  for (const d of found) out.push(d);
  return clock;
}
function deriveClock(rec, zone, out, locate) {
  const report = diagnoser(out, fileOf(rec), rec.positions, locate);
  const data = rec.data;
  const statuses = isKind(data.kind) ? STATUSES[data.kind] : void 0;
  if (!statuses) return null;
  const responseStatus = statuses.includes("new") ? "new" : statuses[0] ?? "new";
  const known = (s) => typeof s === "string" && statuses.includes(s);
  let ok = true;
  const fromTimeline = Array.isArray(data.timeline) && data.timeline.length > 0;
  const raw = fromTimeline ? data.timeline : rec.transitions ?? [];
  const transitions = [];
  raw.forEach((entry, i) => {
    const e = entry ?? {};
    const at = parseInstant(e.at, zone);
    const ordered = at !== null && !(transitions.length > 0 && at < transitions[transitions.length - 1].at);
    if (ordered && known(e.status)) {
      transitions.push({ at, status: e.status });
      return;
    }
    const where = fromTimeline ? `/timeline/${i}` : "/status";
    const what = fromTimeline ? `timeline entry ${i + 1}` : `history transition ${i + 1}`;
    if (at === null) {
      report(
        fromTimeline ? `${where}/at` : where,
        "sla-timestamp-invalid",
        `${data.id}: ${what} has no valid timestamp (${JSON.stringify(e.at)}); expected 2026-03-06T15:20:00+01:00`
      );
      ok = false;
      return;
    }
    if (!known(e.status)) {
      report(
        fromTimeline ? `${where}/status` : where,
        "status-unknown",
        `${data.id}: ${what} has status ${JSON.stringify(e.status)}, which is not ${aKind(data.kind)} status (${statuses.join(", ")})`,
        fromTimeline ? "error" : "warning"
      );
      ok = false;
      return;
    }
    report(
      fromTimeline ? `${where}/at` : where,
      "timeline-order",
      `${data.id}: ${what} (${String(e.at)}) is earlier than the entry before it; timelines must be oldest first`
    );
    ok = false;
  });
  if (data.status !== void 0 && !known(data.status)) {
    report(
      "/status",
      "status-unknown",
      `${data.id}: status ${JSON.stringify(data.status)} is not ${aKind(data.kind)} status`
    );
    ok = false;
  }
  let start = null;
  if (data.opened_at !== void 0) {
    start = parseInstant(data.opened_at, zone);
    if (start === null) {
      report(
        "/opened_at",
        "sla-timestamp-invalid",
        `${data.id}: opened_at ${JSON.stringify(data.opened_at)} is not a date-time`
      );
      return null;
    }
  }
  if (start === null && fromTimeline) start = transitions[0]?.at ?? null;
  if (start === null && rec.openedAt !== void 0) start = parseInstant(rec.openedAt, zone);
  if (start === null) start = transitions[0]?.at ?? null;
  if (!ok) return null;
  if (start === null) {
    report(
      "",
      "sla-no-start",
      `${data.id}: cannot start an SLA clock: no opened_at, timeline or history`,
      "warning"
    );
    return null;
  }
  const first = transitions[0];
  if (first && first.at < start) {
    report(
      fromTimeline ? "/timeline/0/at" : "/opened_at",
      "timeline-before-open",
      `${data.id}: the first transition is earlier than opened_at; a record cannot change status before it opens`
    );
    return null;
  }
  if (transitions.length === 0 && data.status !== void 0 && data.status !== responseStatus) {
    report(
      "/status",
      "sla-no-transitions",
      `${data.id}: status is ${String(data.status)} but there is no timeline or history saying when it changed; not measured`,
      "warning"
    );
    return null;
  }
  return { start, initialStatus: responseStatus, transitions, responseStatus };
}

// src/sla/kpis.ts
var DONE = /* @__PURE__ */ new Set(["resolved", "closed"]);
var STOP = new Set(CLOCK_STOP_STATUSES);
function resolvedAt(clock, end) {
  let status = clock.initialStatus;
  let at = null;
  for (const t of clock.transitions) {
    if (t.at > end) break;
    if (DONE.has(t.status) && !DONE.has(status)) at = t.at;
    status = t.status;
  }
  return DONE.has(status) ? at ?? clock.start : null;
}
function reopenings(clock, raw) {
  const out = [];
  let status = clock.initialStatus;
  clock.transitions.forEach((t, i) => {
    const entry = Array.isArray(raw) ? raw[i] : void 0;
    if (DONE.has(status) && !STOP.has(t.status) || entry?.reopened === true) out.push(t.at);
    status = t.status;
  });
  return out;
}
function bump(map, key) {
  map[key] = (map[key] ?? 0) + 1;
}
function changeMoment(rec, clock, zone) {
  const implemented = parseInstant(rec.data.implemented_on, zone);
  if (implemented !== null) return implemented;
  const t = clock?.transitions.find(
    (x) => ["implemented", "reviewed", "closed", "failed"].includes(x.status)
  );
  if (t) return t.at;
  const status = String(rec.data.status);
  if (!["implemented", "reviewed", "closed", "failed"].includes(status)) return null;
  return parseInstant(rec.data.window?.end, zone);
}
function computeKpis(input) {
  const diagnostics = [];
  const zone = IANAZone.isValidZone(input.config.timezone) ? input.config.timezone : "UTC";
  const now = parseInstant(input.now, zone);
  if (now === null) throw new UsageError(`"now" is not a date-time: ${input.now}`);
  const kind = input.period ?? "month";
  const toMs = input.to === void 0 ? now : parseInstant(input.to, zone);
  if (toMs === null) throw new UsageError(`--to ${input.to} is not a date`);
  const fromMs = input.from === void 0 ? null : parseInstant(input.from, zone);
  if (input.from !== void 0 && (fromMs === null || fromMs >= toMs)) {
    throw new UsageError(`--from ${input.from} is not a date before --to`);
  }
  const range = fromMs === null ? lastCompletePeriod(kind, zone, toMs) : { fromMs, toMs };
  const periods = periodsBetween(kind, zone, range.fromMs, range.toMs);
  const end = Math.min(range.toMs, now);
  const out = periods.map((p) => ({
    from: p.from,
    to: p.to,
    incidents: {
      opened: 0,
      by_priority: {},
      resolved: 0,
      mean_time_to_resolve_seconds: null,
      p90_time_to_resolve_seconds: null,
      reopened: 0,
      caused_by_changes: 0
    },
    changes: { total: 0, by_type: {}, by_outcome: {}, success_rate: null, emergency_ratio: null, failed: 0 },
    problems: { opened: 0, resolved: 0 }
  }));
  const at = (ms) => ms === null ? void 0 : out[periodIndexOf(periods, ms)];
  const resolveTimes = periods.map(() => []);
  const changeIncidents = /* @__PURE__ */ new Set();
  for (const rec of input.records) {
    if (rec.data.kind === "change" && Array.isArray(rec.data.incidents)) {
      for (const id of rec.data.incidents) if (typeof id === "string") changeIncidents.add(id);
    }
  }
  for (const rec of input.records) {
    const { data } = rec;
    if (!["incident", "problem", "change"].includes(data.kind)) continue;
    const sink = data.kind === "change" ? [] : diagnostics;
    const clock = recordClock(rec, zone, sink, input.locate, input.clocks);
    if (data.kind === "change") {
      const bucket = at(changeMoment(rec, clock, zone));
      if (!bucket || data.status === "cancelled" || data.status === "rejected") continue;
      const c = bucket.changes;
      c.total++;
      bump(c.by_type, typeof data.type === "string" ? data.type : "unknown");
      const outcome = typeof data.outcome === "string" ? data.outcome : data.status === "failed" ? "failed" : "unrecorded";
      bump(c.by_outcome, outcome);
      if (outcome === "failed" || outcome === "rolled-back") c.failed++;
      continue;
    }
    if (!clock || clock.start > end) continue;
    const done = resolvedAt(clock, end);
    if (data.kind === "problem") {
      const opened2 = at(clock.start);
      if (opened2) opened2.problems.opened++;
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
    const index2 = done === null ? -1 : periodIndexOf(periods, done);
    if (done !== null && index2 >= 0) {
      out[index2].incidents.resolved++;
      resolveTimes[index2].push((done - clock.start) / 1e3);
    }
    const reopenedIn = new Set(
      reopenings(clock, data.timeline).filter((t) => t <= end).map((t) => periodIndexOf(periods, t))
    );
    for (const i of reopenedIn) if (out[i]) out[i].incidents.reopened++;
  }
  out.forEach((p, i) => {
    const times = (resolveTimes[i] ?? []).sort((a, b) => a - b);
    if (times.length > 0) {
      p.incidents.mean_time_to_resolve_seconds = Math.round(times.reduce((s, t) => s + t, 0) / times.length);
      p.incidents.p90_time_to_resolve_seconds = Math.round(times[Math.ceil(times.length * 0.9) - 1] ?? 0);
    }
    const c = p.changes;
    const judged = (c.by_outcome.successful ?? 0) + (c.by_outcome.failed ?? 0) + (c.by_outcome["rolled-back"] ?? 0);
    c.success_rate = percent2(c.by_outcome.successful ?? 0, judged);
    c.emergency_ratio = percent2(c.by_type.emergency ?? 0, c.total);
  });
  return { periods: out, diagnostics };
}

// src/sla/metrics.ts
init_define_SMS_SITE_ASSETS();

// src/sla/availability.ts
init_define_SMS_SITE_ASSETS();

// src/sla/intervals.ts
init_define_SMS_SITE_ASSETS();
function union(list) {
  const sorted = list.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
function clip(list, from, to) {
  const out = [];
  for (const [s, e] of list) {
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (b > a) out.push([a, b]);
  }
  return out;
}
function intersect(a, b) {
  const x = union(a);
  const y = union(b);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const [s1, e1] = x[i];
    const [s2, e2] = y[j];
    const s = Math.max(s1, s2);
    const e = Math.min(e1, e2);
    if (e > s) out.push([s, e]);
    if (e1 < e2) i++;
    else j++;
  }
  return out;
}
function subtract(a, b) {
  const cut = union(b);
  const out = [];
  for (const [s0, e0] of union(a)) {
    let s = s0;
    for (const [cs, ce] of cut) {
      if (ce <= s) continue;
      if (cs >= e0) break;
      if (cs > s) out.push([s, cs]);
      s = Math.max(s, ce);
      if (s >= e0) break;
    }
    if (s < e0) out.push([s, e0]);
  }
  return out;
}
function totalLength(list) {
  let sum = 0;
  for (const [s, e] of union(list)) sum += e - s;
  return sum;
}

// src/sla/availability.ts
var PLANNED_STATUSES = [
  "approved",
  "scheduled",
  "implemented",
  "reviewed",
  "closed"
];
function collectOutages(records, zone, out, locate) {
  const outages = [];
  for (const rec of records) {
    const data = rec.data;
    if (data.kind !== "incident" || data.outage === void 0) continue;
    const report = diagnoser(out, fileOf(rec), rec.positions, locate);
    if (!Array.isArray(data.outage)) {
      report("/outage", "sla-outage-invalid", `${data.id}: outage must be a list of {start, end, effect}`);
      continue;
    }
    const named = recordServices(data);
    data.outage.forEach((raw, i) => {
      const e = raw ?? {};
      const start = parseInstant(e.start, zone);
      const end = parseInstant(e.end, zone);
      if (start === null || end === null || end < start) {
        report(
          `/outage/${i}`,
          "sla-outage-invalid",
          `${data.id}: outage ${i + 1} needs a start and an end (date-times, end not before start)`
        );
        return;
      }
      if (e.effect !== "down" && e.effect !== "degraded") {
        report(
          `/outage/${i}/effect`,
          "sla-outage-invalid",
          `${data.id}: outage ${i + 1} effect must be down or degraded`
        );
        return;
      }
      const own = Array.isArray(e.services) ? e.services.filter((s) => typeof s === "string") : null;
      const services = own ? own.filter((s) => named.includes(s)) : named;
      if (own && services.length < own.length) {
        report(
          `/outage/${i}/services`,
          "sla-outage-service",
          `${data.id}: outage ${i + 1} names services the incident does not name; they are ignored`,
          "warning"
        );
      }
      outages.push({ record: data.id, services, start, end, effect: e.effect });
    });
  }
  return outages;
}
function collectPlannedWindows(records, zone, out, locate) {
  const windows = [];
  for (const rec of records) {
    const data = rec.data;
    if (data.kind !== "change" || data.planned_outage !== true) continue;
    if (typeof data.status !== "string" || !PLANNED_STATUSES.includes(data.status)) continue;
    const w = data.window ?? {};
    const start = parseInstant(w.start, zone);
    const end = parseInstant(w.end, zone);
    if (start === null || end === null || end < start) {
      diagnoser(
        out,
        fileOf(rec),
        rec.positions,
        locate
      )(
        "/window",
        "sla-window-invalid",
        `${data.id}: a planned outage needs a window with a start and an end (end not before start)`
      );
      continue;
    }
    windows.push({ record: data.id, services: recordServices(data), start, end });
  }
  return windows;
}
function computeAvailability(args) {
  const { service, startMs, endMs } = args;
  const working = workingIntervals(args.calendar, startMs, endMs);
  const planned = args.excludePlanned ? args.planned.filter((p) => p.services.includes(service)).map((p) => [p.start, p.end]) : [];
  const agreed = subtract(working, planned);
  const mine = args.outages.filter((o) => o.services.includes(service));
  const spans = (effect) => intersect(
    clip(
      mine.filter((o) => o.effect === effect).map((o) => [o.start, o.end]),
      startMs,
      endMs
    ),
    agreed
  );
  const down = union(spans("down"));
  const degraded = subtract(spans("degraded"), down);
  const agreedMs = totalLength(agreed);
  const downMs = totalLength(down);
  const achieved = agreedMs > 0 ? Math.round((agreedMs - downMs) * 1e5 / agreedMs) / 1e3 : null;
  return {
    service,
    target: args.target,
    agreed_seconds: Math.round(agreedMs / 1e3),
    downtime_seconds: Math.round(downMs / 1e3),
    degraded_seconds: Math.round(totalLength(degraded) / 1e3),
    achieved,
    ok: achieved === null || achieved >= args.target
  };
}

// src/sla/metrics.ts
var CONFIG_FILE = "sms.config.yml";
function sourced(x) {
  return typeof x.data === "object" && typeof x.kind !== "string" ? x : { data: x };
}
function computeSlaMetrics(input) {
  const diagnostics = [];
  const config = input.config;
  const configReport = diagnoser(diagnostics, CONFIG_FILE, void 0, input.locate);
  let zone = config.timezone;
  if (!IANAZone.isValidZone(zone)) {
    configReport("/timezone", "config-timezone", `timezone "${zone}" is not a known IANA zone; using UTC`);
    zone = "UTC";
  }
  const now = parseInstant(input.now, zone);
  if (now === null) throw new UsageError(`"now" is not a date-time: ${input.now}`);
  const bound = (text, what) => {
    if (text === void 0) return null;
    const ms = parseInstant(text, zone);
    if (ms === null) throw new UsageError(`--${what} ${text} is not a date (YYYY-MM-DD) or date-time`);
    return ms;
  };
  const toMs = bound(input.to, "to") ?? now;
  const fromMs = bound(input.from, "from");
  if (fromMs !== null && fromMs >= toMs)
    throw new UsageError(`--from ${input.from} is not before --to ${input.to ?? input.now}`);
  const calendars = /* @__PURE__ */ new Map();
  const calendar = (name, report, pointer) => {
    if (name === ALWAYS) return alwaysCalendar(zone);
    const cfg = config.calendars?.[name];
    if (!cfg) {
      const known = [ALWAYS, ...Object.keys(config.calendars ?? {})].join(", ");
      report(
        pointer,
        "sla-unknown-calendar",
        `calendar "${name}" is not defined in sms.config.yml (known: ${known})`
      );
      return null;
    }
    if (!calendars.has(name)) {
      const { calendar: cal2, problems } = compileCalendar(name, cfg, zone);
      for (const p of problems)
        configReport(`/calendars/${name}${p.pointer}`, "calendar-invalid", `calendar ${name}: ${p.message}`);
      calendars.set(name, cal2);
    }
    const cal = calendars.get(name) ?? null;
    if (!cal)
      report(
        pointer,
        "sla-unknown-calendar",
        `calendar "${name}" is invalid (see sms.config.yml); not computed`
      );
    return cal;
  };
  const knownServices = new Set(
    input.services ?? input.records.filter((r) => r.data.kind === "service").map((r) => r.data.id)
  );
  const prepared = /* @__PURE__ */ new Map();
  const prepare = (r) => {
    let p = prepared.get(r);
    if (!p) {
      p = { data: r.data, clock: recordClock(r, zone, diagnostics, input.locate, input.clocks) };
      prepared.set(r, p);
    }
    return p;
  };
  const clocked = input.records.filter(
    (r) => ["incident", "request", "problem", "change"].includes(r.data.kind)
  );
  let availabilityData = null;
  const availabilityInputs = () => {
    availabilityData ??= {
      outages: collectOutages(input.records, zone, diagnostics, input.locate),
      planned: collectPlannedWindows(input.records, zone, diagnostics, input.locate)
    };
    return availabilityData;
  };
  const byPeriod = /* @__PURE__ */ new Map();
  const recordsOut = {};
  for (const raw of input.slas) {
    const sla = sourced(raw);
    const data = sla.data;
    const report = diagnoser(diagnostics, fileOf(sla), sla.positions, input.locate);
    let kind = "month";
    if (data.period !== void 0) {
      if (PERIOD_KINDS.includes(data.period)) kind = data.period;
      else
        report(
          "/period",
          "sla-period-invalid",
          `${data.id}: period ${JSON.stringify(data.period)} must be month, quarter or week; using month`
        );
    }
    const range = fromMs === null ? lastCompletePeriod(kind, zone, toMs) : { fromMs, toMs };
    const periods2 = periodsBetween(kind, zone, range.fromMs, range.toMs);
    const evalEnd = Math.min(range.toMs, now);
    const services = Array.isArray(data.services) ? data.services.filter((s) => typeof s === "string") : [];
    services.forEach((s, i) => {
      if (knownServices.size > 0 && !knownServices.has(s)) {
        report(`/services/${i}`, "sla-unknown-service", `${data.id}: service ${s} does not exist`);
      }
    });
    const targetResults = periods2.map(() => []);
    const seen = /* @__PURE__ */ new Set();
    const targets = Array.isArray(data.targets) ? data.targets : [];
    targets.forEach((rawTarget, i) => {
      const spec = parseTarget(
        rawTarget,
        i,
        report,
        (name, pointer) => calendar(name, report, pointer)
      );
      if (!spec) return;
      if (seen.has(spec.name)) {
        report(
          `/targets/${i}/name`,
          "sla-target-duplicate",
          `${data.id}: two targets are named "${spec.name}"`
        );
        return;
      }
      seen.add(spec.name);
      const relevant = clocked.filter((r) => appliesToRecord(r.data, spec, services, config.priorities)).map(prepare);
      const result = measureTarget(spec, services, relevant, periods2, evalEnd, config.priorities);
      result.periods.forEach((m, p) => {
        targetResults[p]?.push(m);
      });
      for (const [id, seconds] of result.elapsed) {
        recordsOut[id] = { ...recordsOut[id], [spec.name]: seconds };
      }
    });
    const availability = periods2.map(() => []);
    const av = data.availability;
    if (av !== void 0) {
      const target = av?.target;
      const cal = calendar(
        typeof av?.calendar === "string" ? av.calendar : ALWAYS,
        report,
        "/availability/calendar"
      );
      if (typeof target !== "number" || target < 0 || target > 100) {
        report(
          "/availability/target",
          "sla-availability-invalid",
          `${data.id}: availability target must be a percentage 0-100`
        );
      } else if (cal) {
        const { outages, planned } = availabilityInputs();
        for (const service of services) {
          if (knownServices.size > 0 && !knownServices.has(service)) continue;
          periods2.forEach((p, i) => {
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
                planned
              })
            );
          });
        }
      }
    }
    periods2.forEach((p, i) => {
      const key = `${p.startMs}/${p.endMs}`;
      let entry = byPeriod.get(key);
      if (!entry) {
        entry = { from: p.from, to: p.to, slas: [], startMs: p.startMs, endMs: p.endMs };
        byPeriod.set(key, entry);
      }
      entry.slas.push({ id: data.id, targets: targetResults[i] ?? [], availability: availability[i] ?? [] });
    });
  }
  const periods = [...byPeriod.values()].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs).map(({ from, to, slas }) => ({ from, to, slas }));
  return { periods, records: recordsOut, diagnostics };
}

// src/sla/index.ts
init_define_SMS_SITE_ASSETS();

export {
  historyClock,
  computeKpis,
  computeSlaMetrics
};
