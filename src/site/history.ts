import { DateTime } from "luxon";
import type { HistoryState } from "../history/types.js";
import type { HistoryIndex, LedgerEntry } from "./types.js";

/** Pull request numbers by merge commit, from the ledger. */
export function pullRequestsByCommit(ledger: readonly LedgerEntry[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of ledger ?? []) if (e.type === "merge" && e.merge) out.set(e.merge, e.pr);
  return out;
}

/**
 * Converts replayed history into per-record versions: commit, author (GitHub login when the email
 * names one), author time in the configured zone, status, and the pull request that merged it.
 */
export function historyIndexFromState(
  state: HistoryState,
  zone: string,
  prs: ReadonlyMap<string, number>,
): HistoryIndex {
  const out: HistoryIndex = {};
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
  for (const [id, rec] of state.records) {
    out[id] = {
      versions: rec.versions.flatMap((v) => {
        const c = state.commits[v.commit];
        if (!c) return [];
        const a = state.authors[c.author];
        const date = dateOf(v.commit, c.time);
        return [
          {
            commit: c.oid,
            author: a ? (a.login ?? a.name) : "unknown",
            date,
            status: v.blob === null ? "deleted" : (v.status ?? undefined),
            pr: prs.get(c.oid),
          },
        ];
      }),
    };
  }
  return out;
}
