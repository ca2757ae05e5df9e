import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diag } from "../records/read.js";
import { positionOf, type SmsRecord } from "../records/record.js";
import { entryKey } from "./state.js";
import type { HistoryCommit, HistoryState } from "./types.js";

/** What corroborateTimelines compares: records as they stand and the history that recorded them. */
export interface CorroborationInput {
  /** Records with positions (the working tree, as `sms validate` reads it). */
  records: readonly SmsRecord[];
  history: HistoryState;
  /** How long after the moment it records an entry may be committed (sms.config.yml backdate_tolerance). */
  toleranceSeconds: number;
}

/** "2h 5m", "3d 4h", "45s": a duration in the two largest units. */
export function humanDuration(seconds: number): string {
  const units: [string, number][] = [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1],
  ];
  const parts: string[] = [];
  let rest = Math.round(Math.abs(seconds));
  for (const [name, size] of units) {
    if (rest >= size || (parts.length === 0 && size === 1)) {
      parts.push(`${Math.floor(rest / size)}${name}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(" ");
}

function describe(commit: HistoryCommit, history: HistoryState): string {
  const who = history.authors[commit.author];
  const name = who ? (who.login ?? who.name) : "unknown";
  const when = new Date(commit.time * 1000).toISOString().replace(".000Z", "Z");
  return `commit ${commit.oid.slice(0, 7)} by ${name} at ${when}`;
}

/**
 * Checks each timeline entry against the first commit that contains it (SPEC 4): dated after that
 * commit is an error (recorded before it happened); dated more than the tolerance before it is a
 * warning (recorded late). Entries first seen in the root commit are an import of existing records
 * (`sms init`, a migration) and are not late. Entries not committed yet are not judged. Pure.
 */
export function corroborateTimelines(input: CorroborationInput): Diagnostic[] {
  const { history, toleranceSeconds } = input;
  const out: Diagnostic[] = [];
  for (const record of input.records) {
    const { id, timeline } = record.data;
    if (typeof id !== "string" || !Array.isArray(timeline)) continue;
    const rec = history.records.get(id);
    if (!rec) continue;
    timeline.forEach((entry, i) => {
      const key = entryKey(entry, history.zone);
      const seen = key === null ? undefined : rec.firstSeen[key];
      const commit = seen === undefined ? undefined : history.commits[seen];
      if (!key || seen === undefined || !commit) return;
      const entryMs = Number(key.slice(0, key.indexOf("|")));
      const lead = entryMs / 1000 - commit.time;
      const { at, status } = entry as { at: unknown; status: string };
      const what = `${id}: timeline entry ${i + 1} (${status} at ${String(at)})`;
      const p = positionOf(record, `/timeline/${i}/at`);
      if (lead > 0) {
        out.push(
          diag(
            record.path,
            p.line,
            p.column,
            "timeline-future",
            `${what} is dated ${humanDuration(lead)} after ${describe(commit, history)}, which first recorded it: an entry cannot be recorded before it happens; correct its time`,
          ),
        );
      } else if (-lead > toleranceSeconds && seen !== 0) {
        out.push(
          diag(
            record.path,
            p.line,
            p.column,
            "timeline-late",
            `${what} was recorded ${humanDuration(-lead)} after it happened (${describe(commit, history)}), more than backdate_tolerance (${humanDuration(toleranceSeconds)}); record status changes as they happen, or raise backdate_tolerance in sms.config.yml`,
          ),
        );
      }
    });
  }
  return out;
}
