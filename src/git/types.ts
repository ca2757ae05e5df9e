import type { CommitChanges } from "./changes.js";
import type { TreeWalkOptions } from "./tree.js";

/** One entry of a git tree. */
export interface TreeEntry {
  /** Name within its tree (no slashes). */
  name: string;
  /** Octal mode as git prints it: 100644, 100755, 120000 (symlink), 040000 (tree), 160000 (submodule). */
  mode: string;
  type: "blob" | "tree" | "commit";
  oid: string;
}

/** A person and moment as recorded in a commit. */
export interface Signature {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  timestamp: number;
  /** Offset from UTC in minutes, east positive (git's +0100 is 60). */
  tzOffsetMinutes: number;
}

/** A commit's metadata. */
export interface CommitInfo {
  oid: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

/**
 * Read access to a git repository. Native git and isomorphic-git implement it and share one
 * contract test suite, so the rest of the engine never knows which one it talks to.
 */
export interface GitBackend {
  readonly name: "native" | "isomorphic";
  /** Absolute path of the work tree. */
  readonly dir: string;
  /** Resolves a revision (branch, tag, full or short oid, HEAD) to a commit oid; throws GitError if unknown. */
  resolveCommit(rev: string): Promise<string>;
  /** Reads a commit's metadata. */
  readCommit(oid: string): Promise<CommitInfo>;
  /** Reads the entries of one tree (not recursive). */
  readTree(oid: string): Promise<TreeEntry[]>;
  /** Reads one blob's bytes. */
  readBlob(oid: string): Promise<Uint8Array>;
  /** Reads many blobs; implementations batch where they can. */
  readBlobs(oids: readonly string[]): Promise<Map<string, Uint8Array>>;
  /**
   * Streams the first-parent chain that ends at `head`, oldest first (root first). With `after`, only
   * the commits that follow it on that chain. Native git uses one `git log` process for the lot.
   */
  listCommits(head: string, opts?: { after?: string }): AsyncIterable<CommitInfo>;
  /**
   * Like listCommits, with each commit's record-file changes against its first parent under `folders`
   * (what diffTrees reports). Native git gets both from one `git log --raw` process.
   */
  listChanges(
    head: string,
    folders: readonly string[],
    opts?: { after?: string } & TreeWalkOptions,
  ): AsyncIterable<CommitChanges>;
  /** True when the repository is a shallow clone. */
  isShallow(): Promise<boolean>;
  /** Releases processes or handles. Safe to call twice. */
  close(): Promise<void>;
}
