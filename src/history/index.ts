// Public surface of history replay: versions of every record from git, corroboration, the cache.
export { HISTORY_CACHE_FORMAT, historyCacheFile, loadHistoryCache, saveHistoryCache } from "./cache.js";
export { type CachedReplayOptions, replayWithCache } from "./cached.js";
export { type CorroborationInput, corroborateTimelines, humanDuration } from "./corroborate.js";
export {
  type HistoryHead,
  type HistoryOptions,
  historyAt,
  historyHead,
} from "./findings.js";
export { readVersionData, readVersionDigest } from "./read.js";
export {
  type Replay,
  type ReplayOptions,
  type ReplayStats,
  replayHistory,
  shallowCloneError,
} from "./replay.js";
export { emptyState, entryKey, instantMs, loginFromEmail } from "./state.js";
export { firstCommitOf, type HistoryClock, historyClock } from "./transitions.js";
export type {
  HistoryAuthor,
  HistoryCommit,
  HistoryState,
  RecordHistory,
  RecordVersion,
} from "./types.js";
