import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  DateTime
} from "./chunk-5SNFJVHI.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/sla/periods.ts
init_define_SMS_SITE_ASSETS();
var RFC3339 = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;
var PERIOD_KINDS = ["month", "quarter", "week"];
function isoInZone(ms, zone) {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString();
}
var digits = (text, at, n) => {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + text.charCodeAt(i) - 48;
  return v;
};
function validDay(text) {
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (month > 12) return false;
  return day <= 28 || day <= new Date(Date.UTC(digits(text, 0, 4), month, 0)).getUTCDate();
}
function parseInstant(value, zone) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  if (RFC3339.test(text) && validDay(text)) {
    const fast = Date.parse(text);
    if (!Number.isNaN(fast)) return fast;
  }
  const dt = DateTime.fromISO(text, { zone });
  return dt.isValid ? dt.toMillis() : null;
}
function periodsBetween(kind, zone, fromMs, toMs) {
  const out = [];
  if (toMs <= fromMs) return out;
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
function lastCompletePeriod(kind, zone, nowMs) {
  const current = DateTime.fromMillis(nowMs, { zone }).startOf(kind);
  const previous = current.minus({ [`${kind}s`]: 1 });
  return { fromMs: previous.toMillis(), toMs: current.toMillis() };
}
function periodIndexOf(periods, ms) {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const p = periods[mid];
    if (ms < p.startMs) hi = mid - 1;
    else if (ms >= p.endMs) lo = mid + 1;
    else return mid;
  }
  return -1;
}
function localDate(nowIso, zone) {
  return DateTime.fromISO(nowIso, { zone }).toISODate() ?? nowIso.slice(0, 10);
}

export {
  PERIOD_KINDS,
  parseInstant,
  periodsBetween,
  lastCompletePeriod,
  periodIndexOf,
  localDate
};
