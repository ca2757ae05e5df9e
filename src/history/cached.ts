import { rm, stat } from "node:fs/promises";
import type { GitBackend } from "../git/types.js";
import { historyCacheFile, loadHistoryCache, saveHistoryCache } from "./cache.js";
import {
  appendJournal,
  encodeJournalEntry,
  type JournalStatus,
  journalFile,
  loadJournal,
} from "./journal.js";
import { type Replay, type ReplayOptions, replayHistory } from "./replay.js";

/** Options of replayWithCache. */
export interface CachedReplayOptions extends Omit<ReplayOptions, "state"> {
  /** Read and write `.sms/cache/history-*.json` (default true). */
  cache?: boolean;
  /** The largest journal kept before it is compacted into a new snapshot (default: see journalLimit). */
  journalLimit?: number;
}

/**
 * The journal is compacted into a new snapshot once it outgrows a sixteenth of the snapshot: reading it
 * then starts to cost what rewriting the snapshot saves. Below 64 KB either is cheap.
 */
const journalLimit = (snapshotBytes: number) => Math.max(64 * 1024, snapshotBytes / 16);

/**
 * Replays history, continuing from the cache in the work tree's `.sms/cache` and writing it back. The
 * cache only saves time: a missing, stale or unwritable one never changes the result.
 */
export async function replayWithCache(git: GitBackend, opts: CachedReplayOptions): Promise<Replay> {
  const useCache = opts.cache !== false;
  const file = historyCacheFile(git.dir, opts.zone, opts.folders);
  const journal = journalFile(file);
  const state = useCache ? await loadHistoryCache(file) : undefined;
  // A journal that is damaged or continues another snapshot is left out, and replaced below.
  const status: JournalStatus = state ? await loadJournal(journal, state) : { ok: false, bytes: 0 };
  const replay = await replayHistory(git, { ...opts, state });
  const changed = !state || replay.stats.commitsRead > 0 || replay.stats.rewritten || !status.ok;
  if (!useCache || !changed) return replay;
  // A read-only checkout cannot keep a cache; the next run just replays again.
  await save(file, journal, replay, status, opts.journalLimit).catch(() => undefined);
  return replay;
}

async function save(
  file: string,
  journal: string,
  replay: Replay,
  status: JournalStatus,
  limit?: number,
): Promise<void> {
  if (status.ok && replay.delta && !replay.stats.rewritten) {
    const entry = encodeJournalEntry(replay.state, replay.delta);
    const max = limit ?? journalLimit(await stat(file).then((s) => s.size));
    if (status.bytes + Buffer.byteLength(entry) <= max) return appendJournal(journal, entry);
  }
  // The journal goes first, so that a crash never leaves it beside a snapshot it was not written for
  // (its entries would mostly fail the chain check, but one naming the same commit would be applied).
  await rm(journal, { force: true });
  await saveHistoryCache(file, replay.state);
}
