import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diag } from "../records/read.js";
import { positionOf, type SmsRecord } from "../records/record.js";
import { entryKey } from "./state.js";
import type { HistoryState } from "./types.js";

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

/** "commit 1a2b3c4 by carol at 2026-03-02T09:20:00Z": how messages name the commit of a fact. */
function describe([time, , oid, who]: SeenFact): string {
  const when = new Date(time * 1000).toISOString().replace(".000Z", "Z");
  return `commit ${oid} by ${who} at ${when}`;
}

/** One timeline entry as corroboration needs it (entries without an instant are left out). */
export interface TimelineUse {
  /** `entryKey` of the entry: epoch milliseconds and status. */
  key: string;
  /** 0-based index in the timeline. */
  index: number;
  at: string;
  status: string;
  /** Line and column of the entry's `at`. */
  pos: readonly [line: number, column: number];
}

/** A record's timeline entries with their keys in `zone` and their positions. */
export function timelineUses(record: Pick<SmsRecord, "data" | "positions">, zone: string): TimelineUse[] {
  const uses: TimelineUse[] = [];
  const { timeline } = record.data;
  if (!Array.isArray(timeline)) return uses;
  timeline.forEach((entry, index) => {
    const key = entryKey(entry, zone);
    if (key === null) return;
    const { at, status } = entry as { at: unknown; status: string };
    const p = positionOf(record, `/timeline/${index}/at`);
    uses.push({ key, index, at: String(at), status, pos: [p.line, p.column] });
  });
  return uses;
}

/** What a record brings to corroboration: where it is, its id and its timeline. */
export interface TimelineOf {
  path: string;
  id?: string;
  timeline: readonly TimelineUse[];
}

/** Corroborates records as they stand (with positions); see corroborateUses. Pure. */
export function corroborateTimelines(input: CorroborationInput): Diagnostic[] {
  return corroborateUses({
    ...input,
    records: input.records.map((r) => ({
      path: r.path,
      id: typeof r.data.id === "string" ? r.data.id : undefined,
      timeline: timelineUses(r, input.history.zone),
    })),
  });
}

/** When an entry was first committed: the commit's time (epoch s), 1 for the root commit, its short id and author. */
export type SeenFact = readonly [time: number, root: 0 | 1, oid: string, author: string];

/** The first commit of each timeline entry (by `entryKey`) a record's history holds. */
export type SeenFacts = Record<string, SeenFact>;

/** What history knows of a record's entries, or undefined when the id was never committed. Pure. */
export function seenFacts(history: HistoryState, id: string): SeenFacts | undefined {
  const rec = history.records.get(id);
  if (!rec) return undefined;
  const facts: SeenFacts = {};
  for (const [key, seen] of Object.entries(rec.firstSeen)) {
    const commit = history.commits[seen];
    if (!commit) continue;
    const who = history.authors[commit.author];
    facts[key] = [
      commit.time,
      seen === 0 ? 1 : 0,
      commit.oid.slice(0, 7),
      who ? (who.login ?? who.name) : "unknown",
    ];
  }
  return facts;
}

/** Corroborates records against the history that recorded them; see corroborateWith. Pure. */
export function corroborateUses(
  input: Omit<CorroborationInput, "records"> & { records: readonly TimelineOf[] },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const record of input.records) {
    if (record.id === undefined || record.timeline.length === 0) continue;
    out.push(...corroborateWith(record, seenFacts(input.history, record.id), input.toleranceSeconds));
  }
  return out;
}

/**
 * Checks each timeline entry against the first commit that contains it (SPEC 4): dated after that
 * commit is an error (recorded before it happened); dated more than the tolerance before it is a
 * warning (recorded late). Entries first seen in the root commit are an import of existing records
 * (`sms init`, a migration) and are not late. Entries not committed yet are not judged. Pure.
 */
export function corroborateWith(
  record: TimelineOf,
  facts: SeenFacts | undefined,
  toleranceSeconds: number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!facts || record.id === undefined) return out;
  for (const { key, index, at, status, pos } of record.timeline) {
    const fact = Object.hasOwn(facts, key) ? facts[key] : undefined;
    if (!fact) continue;
    const [time, root] = fact;
    const commit = describe(fact);
    const entryMs = Number(key.slice(0, key.indexOf("|")));
    const lead = entryMs / 1000 - time;
    const what = `${record.id}: timeline entry ${index + 1} (${status} at ${at})`;
    if (lead > 0) {
      out.push(
        diag(
          record.path,
          pos[0],
          pos[1],
          "timeline-future",
          `${what} is dated ${humanDuration(lead)} after ${commit}, which first recorded it: an entry cannot be recorded before it happens; correct its time`,
        ),
      );
    } else if (-lead > toleranceSeconds && root === 0) {
      out.push(
        diag(
          record.path,
          pos[0],
          pos[1],
          "timeline-late",
          `${what} was recorded ${humanDuration(-lead)} after it happened (${commit}), more than backdate_tolerance (${humanDuration(toleranceSeconds)}); record status changes as they happen, or raise backdate_tolerance in sms.config.yml`,
        ),
      );
    }
  }
  return out;
}
