import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/sla/label.ts
init_define_SMS_SITE_ASSETS();
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function ymd(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : void 0;
}
function dayBefore(iso) {
  const p = ymd(iso);
  if (!p) return iso;
  return new Date(Date.UTC(p[0], p[1] - 1, p[2] - 1)).toISOString().slice(0, 10);
}
function periodLabel(from, to) {
  const a = ymd(from);
  const b = ymd(to);
  if (!a || !b) return `${from} to ${to}`;
  const months = (b[0] - a[0]) * 12 + (b[1] - a[1]);
  if (a[2] === 1 && b[2] === 1 && months === 1) return `${MONTHS[a[1] - 1]} ${a[0]}`;
  if (a[2] === 1 && b[2] === 1 && months === 3 && (a[1] - 1) % 3 === 0) return `Q${(a[1] + 2) / 3} ${a[0]}`;
  const days = (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 864e5;
  if (days === 7 && new Date(Date.UTC(a[0], a[1] - 1, a[2])).getUTCDay() === 1)
    return `week of ${from.slice(0, 10)}`;
  return `${from.slice(0, 10)} to ${dayBefore(to)}`;
}

export {
  periodLabel
};
