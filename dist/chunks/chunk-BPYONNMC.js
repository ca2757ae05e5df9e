import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  entryKey
} from "./chunk-QIJSURDE.js";
import {
  diag,
  positionOf
} from "./chunk-V7YJQQZP.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/history/corroborate.ts
init_define_SMS_SITE_ASSETS();
function humanDuration(seconds) {
  const units = [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ];
  const parts = [];
  let rest = Math.round(Math.abs(seconds));
  for (const [name, size] of units) {
    if (rest >= size || parts.length === 0 && size === 1) {
      parts.push(`${Math.floor(rest / size)}${name}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(" ");
}
function describe(commit, history) {
  const who = history.authors[commit.author];
  const name = who ? who.login ?? who.name : "unknown";
  const when = new Date(commit.time * 1e3).toISOString().replace(".000Z", "Z");
  return `commit ${commit.oid.slice(0, 7)} by ${name} at ${when}`;
}
function timelineUses(record, zone) {
  const uses = [];
  const { timeline } = record.data;
  if (!Array.isArray(timeline)) return uses;
  timeline.forEach((entry, index) => {
    const key = entryKey(entry, zone);
    if (key === null) return;
    const { at, status } = entry;
    const p = positionOf(record, `/timeline/${index}/at`);
    uses.push({ key, index, at: String(at), status, pos: [p.line, p.column] });
  });
  return uses;
}
function corroborateUses(input) {
  const { history, toleranceSeconds } = input;
  const out = [];
  for (const record of input.records) {
    const { id, timeline } = record;
    if (id === void 0 || timeline.length === 0) continue;
    const rec = history.records.get(id);
    if (!rec) continue;
    for (const { key, index, at, status, pos } of timeline) {
      const seen = rec.firstSeen[key];
      const commit = seen === void 0 ? void 0 : history.commits[seen];
      if (seen === void 0 || !commit) continue;
      const entryMs = Number(key.slice(0, key.indexOf("|")));
      const lead = entryMs / 1e3 - commit.time;
      const what = `${id}: timeline entry ${index + 1} (${status} at ${at})`;
      if (lead > 0) {
        out.push(
          diag(
            record.path,
            pos[0],
            pos[1],
            "timeline-future",
            `${what} is dated ${humanDuration(lead)} after ${describe(commit, history)}, which first recorded it: an entry cannot be recorded before it happens; correct its time`
          )
        );
      } else if (-lead > toleranceSeconds && seen !== 0) {
        out.push(
          diag(
            record.path,
            pos[0],
            pos[1],
            "timeline-late",
            `${what} was recorded ${humanDuration(-lead)} after it happened (${describe(commit, history)}), more than backdate_tolerance (${humanDuration(toleranceSeconds)}); record status changes as they happen, or raise backdate_tolerance in sms.config.yml`
          )
        );
      }
    }
  }
  return out;
}

export {
  humanDuration,
  timelineUses,
  corroborateUses
};
