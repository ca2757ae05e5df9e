import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  entryKey
} from "./chunk-OLQXB76A.js";
import {
  diag
} from "./chunk-KN4KNFH2.js";
import {
  positionOf
} from "./chunk-5SNFJVHI.js";
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
function describe([time, , oid, who]) {
  const when = new Date(time * 1e3).toISOString().replace(".000Z", "Z");
  return `commit ${oid} by ${who} at ${when}`;
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
function seenFacts(history, id) {
  const rec = history.records.get(id);
  if (!rec) return void 0;
  const facts = {};
  for (const [key, seen] of Object.entries(rec.firstSeen)) {
    const commit = history.commits[seen];
    if (!commit) continue;
    const who = history.authors[commit.author];
    facts[key] = [
      commit.time,
      seen === 0 ? 1 : 0,
      commit.oid.slice(0, 7),
      who ? who.login ?? who.name : "unknown"
    ];
  }
  return facts;
}
function corroborateWith(record, facts, toleranceSeconds) {
  const out = [];
  if (!facts || record.id === void 0) return out;
  for (const { key, index, at, status, pos } of record.timeline) {
    const fact = Object.hasOwn(facts, key) ? facts[key] : void 0;
    if (!fact) continue;
    const [time, root] = fact;
    const commit = describe(fact);
    const entryMs = Number(key.slice(0, key.indexOf("|")));
    const lead = entryMs / 1e3 - time;
    const what = `${record.id}: timeline entry ${index + 1} (${status} at ${at})`;
    if (lead > 0) {
      out.push(
        diag(
          record.path,
          pos[0],
          pos[1],
          "timeline-future",
          `${what} is dated ${humanDuration(lead)} after ${commit}, which first recorded it: an entry cannot be recorded before it happens; correct its time`
        )
      );
    } else if (-lead > toleranceSeconds && root === 0) {
      out.push(
        diag(
          record.path,
          pos[0],
          pos[1],
          "timeline-late",
          `${what} was recorded ${humanDuration(-lead)} after it happened (${commit}), more than backdate_tolerance (${humanDuration(toleranceSeconds)}); record status changes as they happen, or raise backdate_tolerance in sms.config.yml`
        )
      );
    }
  }
  return out;
}

export {
  humanDuration,
  timelineUses,
  seenFacts,
  corroborateWith
};
