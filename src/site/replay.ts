import { ShallowCloneError } from "../errors.js";
import { type BackendChoice, openGit } from "../git/open.js";
import { replayWithCache } from "../history/cached.js";
import { type HistoryClock, historyClock } from "../history/transitions.js";
import type { HistoryAuthor, HistoryCommit, HistoryState } from "../history/types.js";

/** What to replay: the repository, the commit, and the options of replayWithCache. */
export interface ReplayRequest {
  repo: string;
  backend?: BackendChoice;
  head: string;
  folders: string[];
  zone: string;
  maxFileSize?: number;
  cache?: boolean;
}

/** One version of a record as the site shows it: its commit (index), status, and whether it deleted the file. */
export interface SiteVersion {
  commit: number;
  status: string | null;
  deleted: boolean;
}

/**
 * What the site keeps of replayed history: each record's versions and SLA clock, with the commits and
 * authors they point to. The rest of the replayed state (every record's frontmatter, timeline stamps)
 * is what validation needs, not the site, and at 50,000 records it is hundreds of megabytes.
 */
export interface SiteHistory {
  commits: HistoryCommit[];
  authors: HistoryAuthor[];
  versions: Map<string, SiteVersion[]>;
  clocks: Map<string, HistoryClock>;
}

/** Reduces a replayed state to what the site shows. Pure. */
export function siteHistoryOf(state: HistoryState): SiteHistory {
  const versions = new Map<string, SiteVersion[]>();
  const clocks = new Map<string, HistoryClock>();
  for (const [id, rec] of state.records) {
    versions.set(
      id,
      rec.versions.map((v) => ({ commit: v.commit, status: v.status, deleted: v.blob === null })),
    );
    const clock = historyClock(rec, state.commits);
    if (clock) clocks.set(id, clock);
  }
  return { commits: state.commits, authors: state.authors, versions, clocks };
}

/** Replays history (through the cache) and keeps what the site shows; "shallow" for a shallow clone. */
export async function replayForSite(req: ReplayRequest): Promise<SiteHistory | "shallow"> {
  const git = openGit(req.repo, { backend: req.backend });
  try {
    const { state } = await replayWithCache(git, {
      head: req.head,
      folders: req.folders,
      zone: req.zone,
      maxFileSize: req.maxFileSize,
      cache: req.cache,
    });
    return siteHistoryOf(state);
  } catch (error) {
    if (error instanceof ShallowCloneError) return "shallow";
    throw error;
  } finally {
    await git.close();
  }
}
