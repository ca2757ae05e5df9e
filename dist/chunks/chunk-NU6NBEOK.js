import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/sla/duration.ts
init_define_SMS_SITE_ASSETS();
var COMPACT = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
var ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
function parseDuration(text) {
  if (typeof text !== "string") return null;
  const s = text.trim();
  if (s === "" || s === "P" || s === "PT") return null;
  const m = COMPACT.exec(s) ?? ISO.exec(s);
  if (!m) return null;
  const [w, d, h, min, sec] = m.slice(1).map((g) => g === void 0 ? 0 : Number(g));
  const total = (w ?? 0) * 604800 + (d ?? 0) * 86400 + (h ?? 0) * 3600 + (min ?? 0) * 60 + (sec ?? 0);
  return Number.isSafeInteger(total) ? total : null;
}

export {
  parseDuration
};
