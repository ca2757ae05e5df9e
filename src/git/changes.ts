import type { ListCommitsOptions, RawChange } from "./log.js";
import { Lru } from "./lru.js";
import { diffTrees, type FileChange, type TreeWalkOptions } from "./tree.js";
import { diffTreesRaw } from "./tree-raw.js";
import type { CommitInfo, GitBackend } from "./types.js";

/** A commit of a first-parent chain and the record files it changed against its first parent. */
export interface CommitChanges {
  commit: CommitInfo;
  changes: FileChange[];
}

/** How many commits the tree-diff listing diffs at once; diffs are independent, so reads overlap. */
const WINDOW = 32;

/** A backend that can hand out a tree object's bytes unparsed (both built-in backends can). */
export interface RawTreeSource {
  readRawTree(oid: string): Promise<Uint8Array>;
}

/**
 * A raw-tree reader that remembers recent trees: each commit's tree is the next commit's old tree,
 * and neighbouring commits share most sub-trees.
 */
function rawTreeReader(git: GitBackend): ((oid: string) => Promise<Uint8Array>) | undefined {
  const source = git as Partial<RawTreeSource>;
  if (typeof source.readRawTree !== "function") return undefined;
  const read = source.readRawTree.bind(git);
  // Trees being read, and trees read (bounded in bytes: a wide folder's tree alone can be 150 KiB).
  const reading = new Map<string, Promise<Uint8Array>>();
  const recent = new Lru<Uint8Array>(512, 32 * 1024 * 1024, (b) => b.byteLength);
  return (oid) => {
    const done = recent.get(oid);
    if (done) return Promise.resolve(done);
    let pending = reading.get(oid);
    if (!pending) {
      pending = read(oid);
      reading.set(oid, pending);
      pending.then(
        (bytes) => {
          reading.delete(oid);
          recent.set(oid, bytes);
        },
        () => reading.delete(oid),
      );
    }
    return pending;
  };
}

function byPath(a: FileChange, b: FileChange): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A predicate for "this path is a record file under one of the folders", as diffTrees decides it. */
export function recordPathFilter(
  folders: readonly string[],
  opts: TreeWalkOptions = {},
): (path: string, mode: string) => boolean {
  const prefixes = folders.map((f) => f.split("/").filter((p) => p !== "" && p !== "."));
  const exts = opts.extensions ?? [".md"];
  const exclude = opts.exclude;
  return (path, mode) => {
    if (!mode.startsWith("100") || !exts.some((e) => path.endsWith(e))) return false;
    const parts = path.split("/");
    const under = prefixes.some(
      (pre) => pre.length < parts.length && pre.every((name, i) => parts[i] === name),
    );
    if (!under) return false;
    if (exclude) {
      // diffTrees asks about every folder on the way down, so a path is out if any prefix is.
      for (let i = 1; i <= parts.length; i++) if (exclude(parts.slice(0, i).join("/"))) return false;
    }
    return true;
  };
}

/** Turns `git log --raw` lines into the record changes diffTrees would report for the same trees. */
export function changesFromRaw(
  raw: readonly RawChange[],
  isRecord: (path: string, mode: string) => boolean,
): FileChange[] {
  const out: FileChange[] = [];
  for (const r of raw) {
    const oFile = isRecord(r.path, r.oldMode) ? r.oldOid : null;
    const nFile = isRecord(r.path, r.newMode) ? r.newOid : null;
    if (oFile && nFile) {
      if (oFile !== nFile) out.push({ status: "modified", path: r.path, oldOid: oFile, newOid: nFile });
    } else if (oFile) out.push({ status: "deleted", path: r.path, oldOid: oFile, newOid: null });
    else if (nFile) out.push({ status: "added", path: r.path, oldOid: null, newOid: nFile });
  }
  return out.sort(byPath);
}

/**
 * Commits of head's first-parent chain, oldest first, each with its record changes, by diffing trees
 * (only changed sub-trees are read). Backends without a faster way use this.
 */
export async function* changesByTreeDiff(
  git: GitBackend,
  head: string,
  folders: readonly string[],
  opts: ListCommitsOptions & TreeWalkOptions = {},
): AsyncGenerator<CommitChanges> {
  let previousTree: string | null | undefined;
  let batch: CommitInfo[] = [];
  const raw = rawTreeReader(git);
  const flush = async function* (): AsyncGenerator<CommitChanges> {
    const first = batch[0];
    if (!first) return;
    if (previousTree === undefined) {
      const parent = first.parents[0];
      previousTree = parent ? (await git.readCommit(parent)).tree : null;
    }
    const olds = batch.map((_c, i) => (i === 0 ? previousTree : batch[i - 1]!.tree));
    const diffs = await Promise.all(
      batch.map((c, i) =>
        raw
          ? diffTreesRaw(raw, olds[i], c.tree, folders, { ...opts, oidBytes: c.tree.length / 2 })
          : diffTrees(git, olds[i], c.tree, folders, opts),
      ),
    );
    for (let i = 0; i < batch.length; i++) yield { commit: batch[i]!, changes: diffs[i]! };
    previousTree = batch[batch.length - 1]!.tree;
    batch = [];
  };
  for await (const commit of git.listCommits(head, { after: opts.after })) {
    batch.push(commit);
    if (batch.length >= WINDOW) yield* flush();
  }
  yield* flush();
}
