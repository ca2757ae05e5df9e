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
  for (const [id, rec] of state.records) {
    out[id] = {
      versions: rec.versions.flatMap((v) => {
        const c = state.commits[v.commit];
        if (!c) return [];
        const a = state.authors[c.author];
        const date = DateTime.fromSeconds(c.time, { zone }).toISO({ suppressMilliseconds: true }) ?? "";
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
