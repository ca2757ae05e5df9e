import type { GitBackend } from "../git/types.js";
import { historyCacheFile, loadHistoryCache, saveHistoryCache } from "./cache.js";
import { type Replay, type ReplayOptions, replayHistory } from "./replay.js";

/** Options of replayWithCache. */
export interface CachedReplayOptions extends Omit<ReplayOptions, "state"> {
  /** Read and write `.sms/cache/history-*.json` (default true). */
  cache?: boolean;
}

/**
 * Replays history, continuing from the cache in the work tree's `.sms/cache` and writing it back. The
 * cache only saves time: a missing, stale or unwritable one never changes the result.
 */
export async function replayWithCache(git: GitBackend, opts: CachedReplayOptions): Promise<Replay> {
  const useCache = opts.cache !== false;
  const file = historyCacheFile(git.dir, opts.zone, opts.folders);
  const state = useCache ? await loadHistoryCache(file) : undefined;
  const replay = await replayHistory(git, { ...opts, state });
  const changed = !state || replay.stats.commitsRead > 0 || replay.stats.rewritten;
  if (useCache && changed) {
    // A read-only checkout cannot keep a cache; the next run just replays again.
    await saveHistoryCache(file, replay.state).catch(() => undefined);
  }
  return replay;
}
