import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { corroborateWith, seenFacts } from "../history/corroborate.js";
import { type HistoryHead, type HistoryOptions, historyAt } from "../history/findings.js";
import type { Replay } from "../history/replay.js";
import type { Corroboration, SummaryCache } from "../loader/summaries.js";
import type { RecordSummary } from "../validate/summary.js";

/** History replayed at most once per run, and only when something needs it. */
export class LazyHistory {
  private replay: Promise<Replay> | undefined;
  readonly head: string | undefined;

  constructor(
    private readonly opts: HistoryOptions,
    readonly where: HistoryHead,
  ) {
    this.head = where.kind === "head" ? where.head : undefined;
  }

  /** Starts the replay (if there is a HEAD to replay to) and returns it. */
  start(): Promise<Replay> | undefined {
    if (this.head === undefined) return undefined;
    if (!this.replay) {
      this.replay = historyAt(this.opts, this.head);
      // Awaited by whoever needs it; a failure started early must not count as unhandled meanwhile.
      this.replay.catch(() => undefined);
    }
    return this.replay;
  }

  /** Waits for a started replay to finish either way (before reporting another failure). */
  async settle(): Promise<void> {
    await this.replay?.catch(() => undefined);
  }
}

/**
 * Which ids' first commits may differ from what the cache holds: every id, unless the replay only
 * added commits to the one the cache was saved at (then only the records those commits touched).
 */
function changedSince(cacheHead: string | undefined, replay: Replay): (id: string | undefined) => boolean {
  const { delta, state } = replay;
  if (!delta || cacheHead === undefined || state.commits[delta.since - 1]?.oid !== cacheHead)
    return () => true;
  return (id) => id === undefined || delta.records.has(id);
}

/**
 * Corroboration findings of every record (SPEC 4). A file keeps its findings, and an edited file is
 * checked against the first commits its id had, while HEAD is where the cache was saved, or when
 * the new commits did not touch that record; history is replayed only when HEAD moved or for a new id.
 */
export async function corroborate(
  all: readonly RecordSummary[],
  cache: SummaryCache,
  history: LazyHistory,
  toleranceSeconds: number,
): Promise<Diagnostic[]> {
  if (history.where.kind === "shallow") return [history.where.warning];
  if (history.head === undefined) return [];
  const replay = cache.head === history.head ? undefined : await history.start();
  const changed = replay ? changedSince(cache.head, replay) : () => false;
  const out: Diagnostic[] = [];
  const pending: RecordSummary[] = [];
  for (const s of all) {
    // A reused file keeps its findings; an edited one is checked against its id's first commits.
    const fresh = cache.isFresh(s.path);
    const known = changed(s.id) ? {} : cache.corroboration(s.path, fresh);
    if (known.corroboration && known.id === s.id) {
      if (fresh) {
        const { facts } = known.corroboration;
        const timeline = { path: s.path, id: s.id, timeline: cache.timeline(s.path) };
        const findings = corroborateWith(timeline, facts ?? undefined, toleranceSeconds);
        cache.corroborated(s.path, { findings, facts });
        out.push(...findings);
      } else out.push(...known.corroboration.findings);
    } else pending.push(s);
  }
  if (pending.length === 0) return out;
  const state = (await history.start())?.state;
  if (!state) return out;
  for (const s of pending) {
    const facts = s.id === undefined ? undefined : seenFacts(state, s.id);
    const findings = corroborateWith(
      { path: s.path, id: s.id, timeline: cache.timeline(s.path) },
      facts,
      toleranceSeconds,
    );
    const c: Corroboration = { findings, facts: facts ?? null };
    cache.corroborated(s.path, c);
    out.push(...findings);
  }
  return out;
}
