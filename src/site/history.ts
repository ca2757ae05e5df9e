import { DateTime } from "luxon";
import type { HistoryState, RecordVersion as ReplayedVersion } from "../history/types.js";
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
 * is made when a page asks for it, so the site never holds every record's history as page data at
 * once; the index keeps only the replay's version lists, commits and authors, so the rest of the
 * replayed state (every record's frontmatter, timeline stamps) can be freed once metrics are done.
 */
export function historyIndexFromState(
  state: HistoryState,
  zone: string,
  prs: ReadonlyMap<string, number>,
): HistoryIndex {
  const { commits, authors } = state;
  const versionsOf = new Map<string, readonly ReplayedVersion[]>();
  for (const [id, rec] of state.records) versionsOf.set(id, rec.versions);
  // Many versions share a commit; format each commit's time once (luxon is not cheap).
  const dates = new Map<number, string>();
  const dateOf = (index: number, seconds: number) => {
    let d = dates.get(index);
    if (d === undefined) {
      d = DateTime.fromSeconds(seconds, { zone }).toISO({ suppressMilliseconds: true }) ?? "";
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
              status: v.blob === null ? "deleted" : (v.status ?? undefined),
              pr: prs.get(c.oid),
            },
          ];
        }),
      };
    },
  };
}
