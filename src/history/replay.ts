import { ShallowCloneError } from "../errors.js";
import type { CommitChanges } from "../git/changes.js";
import { isFullOid } from "../git/objects.js";
import type { GitBackend } from "../git/types.js";
import { isRecordFileName } from "../loader/folders.js";
import { DEFAULT_MAX_FILE_SIZE } from "../records/read.js";
import type { RecordData } from "../records/record.js";
import type { VersionDigest } from "./digest.js";
import { readVersionData, readVersionDigest } from "./read.js";
import { applyCommit, emptyState, type PathLog, setCurrent, truncateState } from "./state.js";
import type { HistoryState, VersionChange } from "./types.js";

/** Options of replayHistory. */
export interface ReplayOptions {
  /** Revision to replay up to (default HEAD). */
  head?: string;
  /** Record folders (from sms.config.yml). */
  folders: readonly string[];
  /** Time zone for timeline stamps without an offset (sms.config.yml `timezone`). */
  zone: string;
  maxFileSize?: number;
  /** A earlier replay (from the cache) to continue; ignored when zone or folders differ. */
  state?: HistoryState;
  /** Called after each batch with the number of commits read so far. */
  onProgress?: (commitsRead: number) => void;
}

/** What a replay cost: the incremental cache is only worth something if these stay small. */
export interface ReplayStats {
  /** Commits whose changes were read and applied in this run. */
  commitsRead: number;
  /** Commits taken from the earlier state without reading them. */
  commitsReused: number;
  /** Record blobs read and parsed in this run. */
  blobsParsed: number;
  /** True when the earlier state had commits that are no longer on HEAD's first-parent chain. */
  rewritten: boolean;
}

/** What a replay that continued the earlier state added to it: enough to journal the change. */
export interface ReplayDelta {
  /** Commits the earlier state had; the new ones follow. */
  since: number;
  /** Authors the earlier state had. */
  authorsSince: number;
  /** Records that may have changed (versions, status, frontmatter, span). */
  records: Set<string>;
  /** Every change to `paths`, in order. */
  paths: PathLog;
}

/** The outcome of replayHistory. */
export interface Replay {
  head: string;
  state: HistoryState;
  stats: ReplayStats;
  /** Set when the earlier state was continued without a rewrite. */
  delta?: ReplayDelta;
}

/** The error for a shallow clone: metrics from part of the history would be silently wrong. */
export function shallowCloneError(): ShallowCloneError {
  return new ShallowCloneError(
    "this repository is a shallow clone, so its history is incomplete and SLA clocks would be wrong; fetch the full history (`git fetch --unshallow`), or in GitHub Actions set `fetch-depth: 0` on actions/checkout",
  );
}

const BATCH = 256;
const FINAL = new Set(["closed", "cancelled", "rejected"]);
const IN_FLIGHT = 4;

/**
 * Applies commits in order while their blobs are read ahead: a batch's blobs are requested as soon as
 * the batch is listed, so git keeps listing while earlier batches are parsed.
 */
class Pipeline {
  private batch: CommitChanges[] = [];
  private readonly inFlight: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  private failure: unknown;
  /** The latest bytes seen at each path: the current version's frontmatter is parsed in full at the end. */
  private readonly latest = new Map<string, Uint8Array>();
  /** Records that got versions in this run. */
  readonly touched = new Set<string>();
  /** Changes to the state's paths in this run. */
  readonly pathLog: PathLog = [];
  /**
   * Frontmatter parsed as soon as a record closes: closed records rarely change again, and parsing
   * them while git is still listing uses time that would otherwise be spent waiting.
   */
  private readonly early = new Map<string, { blob: string; data: RecordData | null }>();

  constructor(
    private readonly git: GitBackend,
    private readonly state: HistoryState,
    private readonly stats: ReplayStats,
    private readonly maxSize: number,
    private readonly onProgress?: (n: number) => void,
  ) {}

  async push(item: CommitChanges): Promise<void> {
    if (this.failure) throw this.failure;
    this.batch.push(item);
    if (this.batch.length >= BATCH) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.tail;
    if (this.failure) throw this.failure;
    // Only now is each record's current version known: parse just that one in full.
    for (const id of this.touched) {
      const last = this.state.records.get(id)?.versions.at(-1);
      const early = this.early.get(id);
      if (last?.blob && early?.blob === last.blob) {
        setCurrent(this.state, id, early.data);
        continue;
      }
      const bytes = last?.blob && !last.broken ? this.latest.get(last.path) : undefined;
      const data = bytes && last?.blob ? readVersionData(last.path, last.blob, bytes, this.maxSize) : null;
      setCurrent(this.state, id, data);
    }
  }

  private async flush(): Promise<void> {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    const wanted = new Set<string>();
    for (const { changes } of batch) {
      for (const c of changes) if (c.newOid && isRecordFile(c.path)) wanted.add(c.newOid);
    }
    const blobs = wanted.size > 0 ? this.git.readBlobs([...wanted]) : Promise.resolve(new Map());
    // Keep the rejection observed now; it is rethrown in order by the apply step.
    blobs.catch(() => undefined);
    this.tail = this.tail.then(async () => {
      if (this.failure) return;
      try {
        this.apply(batch, await blobs);
      } catch (error) {
        this.failure = error;
      }
    });
    this.inFlight.push(this.tail);
    if (this.inFlight.length >= IN_FLIGHT) await this.inFlight.shift();
  }

  private apply(batch: CommitChanges[], blobs: Map<string, Uint8Array>): void {
    const parsed = new Map<string, VersionDigest | null>();
    for (const { commit, changes } of batch) {
      const out: VersionChange[] = [];
      for (const c of changes) {
        if (!isRecordFile(c.path)) continue;
        const before = this.state.paths.get(c.path);
        if (before) this.touched.add(before);
        if (c.status === "deleted" || !c.newOid) {
          out.push({ status: "deleted", path: c.path, blob: null });
          this.latest.delete(c.path);
          continue;
        }
        const bytes = blobs.get(c.newOid) ?? new Uint8Array();
        let digest = parsed.get(c.newOid);
        if (digest === undefined) {
          digest = readVersionDigest(c.path, c.newOid, bytes, this.maxSize);
          parsed.set(c.newOid, digest);
          this.stats.blobsParsed++;
        }
        if (digest?.id) this.touched.add(digest.id);
        this.latest.set(c.path, bytes);
        if (digest?.id && FINAL.has(digest.status ?? "")) {
          const data = readVersionData(c.path, c.newOid, bytes, this.maxSize);
          this.early.set(digest.id, { blob: c.newOid, data });
        }
        out.push({ status: c.status, path: c.path, blob: c.newOid, digest });
      }
      applyCommit(
        this.state,
        {
          oid: commit.oid,
          time: commit.author.timestamp,
          tz: commit.author.tzOffsetMinutes,
          authorName: commit.author.name,
          authorEmail: commit.author.email,
          changes: out,
        },
        this.pathLog,
      );
      this.stats.commitsRead++;
    }
    this.onProgress?.(this.stats.commitsRead);
  }
}

function isRecordFile(path: string): boolean {
  return isRecordFileName(path.slice(path.lastIndexOf("/") + 1));
}

function sameSetup(state: HistoryState, zone: string, folders: readonly string[]): boolean {
  return state.zone === zone && state.folders.join("\n") === [...folders].join("\n");
}

/**
 * Replays the first-parent history of HEAD, oldest first, into per-record versions. Continues from
 * `opts.state` when its last commit is still on the chain; when history was rewritten, keeps what
 * precedes the first commit that changed. Refuses shallow clones.
 */
export async function replayHistory(git: GitBackend, opts: ReplayOptions): Promise<Replay> {
  // A full oid (the caller resolved HEAD already) is checked through the object reader, not a new process.
  const wanted = opts.head ?? "HEAD";
  const [shallow, head] = await Promise.all([
    git.isShallow(),
    isFullOid(wanted) ? git.readCommit(wanted).then((c) => c.oid) : git.resolveCommit(wanted),
  ]);
  if (shallow) throw shallowCloneError();
  const maxSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const state =
    opts.state && sameSetup(opts.state, opts.zone, opts.folders)
      ? opts.state
      : emptyState(opts.zone, opts.folders);
  const stats: ReplayStats = { commitsRead: 0, commitsReused: 0, blobsParsed: 0, rewritten: false };
  const pipeline = new Pipeline(git, state, stats, maxSize, opts.onProgress);
  const tip = state.commits[state.commits.length - 1]?.oid;
  if (tip === head) {
    stats.commitsReused = state.commits.length;
    return { head, state, stats };
  }
  if (tip !== undefined) {
    const it = git.listChanges(head, opts.folders, { after: tip })[Symbol.asyncIterator]();
    try {
      const first = await it.next();
      if (!first.done && first.value.commit.parents[0] === tip) {
        stats.commitsReused = state.commits.length;
        const since = { since: state.commits.length, authorsSince: state.authors.length };
        await pipeline.push(first.value);
        for (let r = await it.next(); !r.done; r = await it.next()) await pipeline.push(r.value);
        await pipeline.finish();
        const delta = { ...since, records: pipeline.touched, paths: pipeline.pathLog };
        return { head, state, stats, delta };
      }
    } finally {
      // Ends the listing process when the state turned out to be stale, or on an error.
      await it.return?.();
    }
    stats.rewritten = true;
  }
  // From the root: commits that match the earlier state are skipped, the rest replayed.
  let index = 0;
  let diverged = tip === undefined;
  for await (const item of git.listChanges(head, opts.folders)) {
    if (!diverged && state.commits[index]?.oid === item.commit.oid) {
      index++;
      continue;
    }
    if (!diverged) {
      diverged = true;
      await rereadAfterTruncation(git, state, index, maxSize);
    }
    await pipeline.push(item);
  }
  if (!diverged) await rereadAfterTruncation(git, state, index, maxSize);
  stats.commitsReused = index;
  await pipeline.finish();
  return { head, state, stats };
}

async function rereadAfterTruncation(
  git: GitBackend,
  state: HistoryState,
  keep: number,
  maxSize: number,
): Promise<void> {
  const reread = truncateState(state, keep);
  if (reread.length === 0) return;
  const blobs = await git.readBlobs(reread.flatMap((r) => (r.blob ? [r.blob] : [])));
  for (const r of reread) {
    const bytes = r.blob ? blobs.get(r.blob) : undefined;
    setCurrent(state, r.id, bytes && r.blob ? readVersionData(r.path, r.blob, bytes, maxSize) : null);
  }
}
