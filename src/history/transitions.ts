import type { HistoryCommit, HistoryState, RecordHistory } from "./types.js";

/** A record's clock facts derived from git history, in the shape the SLA engine takes. */
export interface HistoryClock {
  /** Author time of the commit that added the record (ISO 8601, UTC). */
  openedAt: string;
  /** The opening status, then each status change, at its commit's author time. */
  transitions: { at: string; status: string }[];
}

function iso(commit: HistoryCommit): string {
  return new Date(commit.time * 1000).toISOString().replace(".000Z", "Z");
}

/**
 * Opening and transitions of a record from its versions (SPEC 4): it opens at the author time of the
 * commit that added it, and each commit whose version changes `status` is a transition at that
 * commit's author time. Author times can run backwards (rebased commits keep theirs), but commit
 * order is the order things were recorded in, so a transition never moves before the one it follows.
 */
export function historyClock(
  rec: RecordHistory,
  commits: readonly HistoryCommit[],
): HistoryClock | undefined {
  const first = rec.versions[0];
  const opened = first ? commits[first.commit] : undefined;
  if (!opened) return undefined;
  const transitions: { at: string; status: string }[] = [];
  let last: string | null = null;
  let floor = opened.time;
  for (const v of rec.versions) {
    if (v.status === null || v.status === last) continue;
    const commit = commits[v.commit];
    if (!commit) continue;
    const time = Math.max(commit.time, floor);
    floor = time;
    transitions.push({ at: iso({ ...commit, time }), status: v.status });
    last = v.status;
  }
  return { openedAt: iso(opened), transitions };
}

/** The commit that first added a record, with its author; undefined for an unknown id. */
export function firstCommitOf(state: HistoryState, id: string): HistoryCommit | undefined {
  const first = state.records.get(id)?.versions[0];
  return first ? state.commits[first.commit] : undefined;
}
