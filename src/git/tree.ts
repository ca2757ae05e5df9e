import type { GitBackend, TreeEntry } from "./types.js";

export { hashBlob } from "./objects.js";

/** A file found in a tree, by its path from the repository root. */
export interface FileEntry {
  path: string;
  oid: string;
  mode: string;
}

/** Options shared by listFilesUnder and diffTrees. */
export interface TreeWalkOptions {
  /** File name endings that count as records (default [".md"], compared exactly). */
  extensions?: readonly string[];
  /** Paths (files or folders, no trailing slash) to leave out entirely. */
  exclude?: (path: string) => boolean;
}

/** What listFilesUnder found. */
export interface FileListing {
  /** Regular files (mode 100644/100755) with a record extension, sorted by path. */
  files: FileEntry[];
  /** Every symlink under the folders, whatever its name, so callers can report it. */
  symlinks: FileEntry[];
  /** Every submodule (gitlink) under the folders. */
  submodules: FileEntry[];
  /** Requested folders that do not exist as folders in the tree. */
  missing: string[];
}

/** One changed record file between two trees; renames appear as a delete plus an add. */
export interface FileChange {
  status: "added" | "modified" | "deleted";
  path: string;
  oldOid: string | null;
  newOid: string | null;
}

interface FolderNode {
  /** Everything below this node is included. */
  whole: boolean;
  children: Map<string, FolderNode>;
}

/** Builds a trie from folder paths like "incidents" or "incidents/2026"; "" or "." means the root. */
function folderTrie(folders: readonly string[]): FolderNode {
  const root: FolderNode = { whole: false, children: new Map() };
  for (const folder of folders) {
    const parts = folder.split("/").filter((p) => p !== "" && p !== ".");
    let node = root;
    for (const part of parts) {
      let child = node.children.get(part);
      if (!child) {
        child = { whole: false, children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.whole = true;
  }
  return root;
}

function join(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}/${name}`;
}

function isRegular(entry: TreeEntry): boolean {
  return entry.type === "blob" && entry.mode.startsWith("100");
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function matcher(opts: TreeWalkOptions) {
  const exts = opts.extensions ?? [".md"];
  const exclude = opts.exclude ?? (() => false);
  return {
    exclude,
    isRecord: (entry: TreeEntry, path: string) => isRegular(entry) && exts.some((e) => path.endsWith(e)),
  };
}

/** Lists record files, symlinks and submodules under the given folders of a tree, reading only those sub-trees. */
export async function listFilesUnder(
  git: GitBackend,
  treeOid: string,
  folders: readonly string[],
  opts: TreeWalkOptions = {},
): Promise<FileListing> {
  const out: FileListing = { files: [], symlinks: [], submodules: [], missing: [] };
  const { exclude, isRecord } = matcher(opts);

  const walk = async (oid: string, node: FolderNode, prefix: string): Promise<void> => {
    const entries = await git.readTree(oid);
    const seen = new Set<string>();
    const subwalks: Promise<void>[] = [];
    for (const entry of entries) {
      const child = node.whole ? node : node.children.get(entry.name);
      if (!child) continue;
      seen.add(entry.name);
      const path = join(prefix, entry.name);
      if (exclude(path)) continue;
      const item = { path, oid: entry.oid, mode: entry.mode };
      if (entry.type === "tree") subwalks.push(walk(entry.oid, child, path));
      else if (entry.mode === "120000") out.symlinks.push(item);
      else if (entry.type === "commit") out.submodules.push(item);
      // A file where a requested folder (or a folder on the way to one) should be.
      else if (child !== node) collectMissing(child, path, out.missing);
      else if (isRecord(entry, path)) out.files.push(item);
    }
    if (!node.whole) {
      for (const [name, child] of node.children) {
        if (!seen.has(name)) collectMissing(child, join(prefix, name), out.missing);
      }
    }
    await Promise.all(subwalks);
  };

  await walk(treeOid, folderTrie(folders), "");
  out.files.sort(byPath);
  out.symlinks.sort(byPath);
  out.submodules.sort(byPath);
  out.missing.sort();
  return out;
}

function collectMissing(node: FolderNode, path: string, into: string[]): void {
  if (node.whole) into.push(path);
  for (const [name, child] of node.children) collectMissing(child, `${path}/${name}`, into);
}

/**
 * Record files added, modified or deleted between two trees under the given folders. Sub-trees
 * with equal oids are skipped without being read, so a commit costs only the folders it touched.
 */
export async function diffTrees(
  git: GitBackend,
  oldTree: string | null | undefined,
  newTree: string | null | undefined,
  folders: readonly string[],
  opts: TreeWalkOptions = {},
): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  const { exclude, isRecord } = matcher(opts);

  const diff = async (
    oldOid: string | undefined,
    newOid: string | undefined,
    node: FolderNode,
    prefix: string,
  ) => {
    if (oldOid === newOid) return;
    const [oldEntries, newEntries] = await Promise.all([
      oldOid ? git.readTree(oldOid) : [],
      newOid ? git.readTree(newOid) : [],
    ]);
    const olds = new Map(oldEntries.map((e) => [e.name, e]));
    const news = new Map(newEntries.map((e) => [e.name, e]));
    const names = node.whole ? new Set([...olds.keys(), ...news.keys()]) : node.children.keys();
    const subdiffs: Promise<void>[] = [];
    for (const name of names) {
      const child = node.whole ? node : node.children.get(name);
      const o = olds.get(name);
      const n = news.get(name);
      const path = join(prefix, name);
      if (!child || (!o && !n) || exclude(path)) continue;
      const oTree = o?.type === "tree" ? o.oid : undefined;
      const nTree = n?.type === "tree" ? n.oid : undefined;
      if (oTree !== nTree) subdiffs.push(diff(oTree, nTree, child, path));
      if (!child.whole) continue;
      const oFile = o && isRecord(o, path) ? o.oid : null;
      const nFile = n && isRecord(n, path) ? n.oid : null;
      if (oFile && nFile) {
        if (oFile !== nFile) changes.push({ status: "modified", path, oldOid: oFile, newOid: nFile });
      } else if (oFile) changes.push({ status: "deleted", path, oldOid: oFile, newOid: null });
      else if (nFile) changes.push({ status: "added", path, oldOid: null, newOid: nFile });
    }
    await Promise.all(subdiffs);
  };

  await diff(oldTree ?? undefined, newTree ?? undefined, folderTrie(folders), "");
  return changes.sort(byPath);
}
