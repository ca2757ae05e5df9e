import { DateTime } from "luxon";
import type { SiteHistory } from "./replay.js";
import type { HistoryIndex, LedgerEntry, RecordHistory } from "./types.js";

/** Pull request numbers by merge commit, from the ledger. */
export function pullRequestsByCommit(ledger: readonly LedgerEntry[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of ledger ?? []) if (e.type === "merge" && e.merge) out.set(e.merge, e.pr);
  return out;
}

/**
 * Per-record versions from replayed history: commit, author (GitHub login when the email names one),
 * author time in the configured zone, status, and the pull request that merged it. Each record's list
 * is made when a page asks for it, so the site never holds every record's history as page data.
 */
export function historyIndex(
  history: SiteHistory,
  zone: string,
  prs: ReadonlyMap<string, number>,
): HistoryIndex {
  const { commits, authors, versions: versionsOf } = history;
  // Many versions share a commit; format each commit's time once.
  const format = isoInZone(zone);
  const dates = new Map<number, string>();
  const dateOf = (index: number, seconds: number) => {
    let d = dates.get(index);
    if (d === undefined) {
      d = format(seconds);
      dates.set(index, d);
    }
    return d;
  };
  return {
    get(id: string): RecordHistory | undefined {
      const versions = versionsOf.get(id);
      if (!versions) return undefined;
      return {
        versions: versions.flatMap((v) => {
          const c = commits[v.commit];
          if (!c) return [];
          const a = authors[c.author];
          return [
            {
              commit: c.oid,
              author: a ? (a.login ?? a.name) : "unknown",
              date: dateOf(v.commit, c.time),
              status: v.deleted ? "deleted" : (v.status ?? undefined),
              pr: prs.get(c.oid),
            },
          ];
        }),
      };
    },
  };
}

const HOUR = 60 * 60 * 1000;
const two = (n: number) => String(n).padStart(2, "0");

/** What luxon writes for an instant: its ISO 8601 local time in the zone, without milliseconds. */
function viaLuxon(zone: string): (seconds: number) => string {
  return (seconds) => DateTime.fromSeconds(seconds, { zone }).toISO({ suppressMilliseconds: true }) ?? "";
}

/**
 * Formats instants (whole seconds) in a zone exactly as luxon's `toISO({ suppressMilliseconds: true })`
 * does. Luxon asks Intl for the zone's offset at every instant, which cost most of a second per 50,000
 * commits. Offsets change only at zone transitions, months apart (never twice within an hour), so
 * the offset is asked at the first and last second of each hour and reused for the hour when they
 * agree. Anything unusual (an hour with a transition, odd offsets, years outside 1000-9999) goes to
 * luxon itself.
 */
export function isoInZone(zone: string): (seconds: number) => string {
  const slow = viaLuxon(zone);
  const probe = DateTime.fromSeconds(0, { zone });
  if (!probe.isValid) return slow;
  const z = probe.zone;
  const offsets = new Map<number, number>();
  return (seconds) => {
    if (!Number.isInteger(seconds)) return slow(seconds);
    const ms = seconds * 1000;
    const hour = Math.floor(ms / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const first = z.offset(hour * HOUR);
      offset = first === z.offset((hour + 1) * HOUR - 1000) ? first : Number.NaN;
      offsets.set(hour, offset);
    }
    if (!Number.isInteger(offset)) return slow(seconds);
    const t = new Date(ms + offset * 60_000);
    const year = t.getUTCFullYear();
    if (year < 1000 || year > 9999) return slow(seconds);
    const abs = Math.abs(offset);
    const suffix =
      z.isUniversal && offset === 0
        ? "Z"
        : `${offset < 0 ? "-" : "+"}${two(Math.trunc(abs / 60))}:${two(abs % 60)}`;
    return `${year}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}T${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}${suffix}`;
  };
}
