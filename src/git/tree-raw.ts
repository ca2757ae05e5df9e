import type { FileChange, TreeWalkOptions } from "./tree.js";

/**
 * diffTrees over raw tree objects. A record folder may hold thousands of files, and a commit usually
 * changes one: instead of parsing both versions of such a tree, the identical leading bytes are
 * skipped with one comparison, entries are merged only where the trees differ, and the identical
 * rest is recognised by comparing what remains. Same results as diffTrees.
 */

interface RawEntry {
  tree: boolean;
  regular: boolean;
  nameStart: number;
  nameEnd: number;
  /** Start of the binary oid. */
  oid: number;
  end: number;
}

interface FolderNode {
  whole: boolean;
  children: Map<string, FolderNode>;
}

const decoder = new TextDecoder("utf-8");

function folderTrie(folders: readonly string[]): FolderNode {
  const root: FolderNode = { whole: false, children: new Map() };
  for (const folder of folders) {
    let node = root;
    for (const part of folder.split("/").filter((p) => p !== "" && p !== ".")) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = { whole: false, children: new Map() }));
      node = child;
    }
    node.whole = true;
  }
  return root;
}

function entryAt(buf: Buffer, p: number, oidBytes: number): RawEntry {
  const space = buf.indexOf(0x20, p);
  const nul = buf.indexOf(0, space + 1);
  if (space < 0 || nul < 0 || nul + 1 + oidBytes > buf.length) throw new Error("corrupt git tree object");
  // Modes are "40000" for trees and "100644"/"100755" for regular files.
  const tree = space - p === 5 && buf[p] === 0x34;
  const regular = space - p === 6 && buf[p] === 0x31 && buf[p + 1] === 0x30 && buf[p + 2] === 0x30;
  return { tree, regular, nameStart: space + 1, nameEnd: nul, oid: nul + 1, end: nul + 1 + oidBytes };
}

/** Git's tree order: names byte by byte, a tree's name as if it ended in "/". */
function compare(a: Buffer, x: RawEntry, b: Buffer, y: RawEntry): number {
  const la = x.nameEnd - x.nameStart;
  const lb = y.nameEnd - y.nameStart;
  const n = Math.min(la, lb);
  const c = a.compare(b, y.nameStart, y.nameStart + n, x.nameStart, x.nameStart + n);
  if (c !== 0) return c;
  const ca = la > n ? a[x.nameStart + n]! : x.tree ? 0x2f : 0;
  const cb = lb > n ? b[y.nameStart + n]! : y.tree ? 0x2f : 0;
  return ca - cb;
}

/** Index of the first byte where the buffers differ (or the shorter length). */
function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k + 4096 <= n && a.compare(b, k, k + 4096, k, k + 4096) === 0) k += 4096;
  while (k + 64 <= n && a.compare(b, k, k + 64, k, k + 64) === 0) k += 64;
  while (k < n && a[k] === b[k]) k++;
  return k;
}

/** Record changes between two trees; `read` gives a tree object's raw bytes. */
export async function diffTreesRaw(
  read: (oid: string) => Promise<Uint8Array>,
  oldTree: string | null | undefined,
  newTree: string | null | undefined,
  folders: readonly string[],
  opts: TreeWalkOptions & { oidBytes?: number } = {},
): Promise<FileChange[]> {
  const exts = opts.extensions ?? [".md"];
  const exclude = opts.exclude ?? (() => false);
  const oidBytes = opts.oidBytes ?? 20;
  const changes: FileChange[] = [];
  const empty = Buffer.alloc(0);
  const bytes = async (oid: string | undefined) => {
    if (!oid) return empty;
    const raw = await read(oid);
    return Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  };
  const hex = (buf: Buffer, e: RawEntry) => buf.toString("hex", e.oid, e.end);

  const diff = async (
    oldOid: string | undefined,
    newOid: string | undefined,
    node: FolderNode,
    prefix: string,
  ) => {
    if (oldOid === newOid) return;
    const [a, b] = await Promise.all([bytes(oldOid), bytes(newOid)]);
    const subdiffs: Promise<void>[] = [];
    const visit = (x: RawEntry | undefined, y: RawEntry | undefined) => {
      const name = decoder.decode((x ? a : b).subarray((x ?? y)!.nameStart, (x ?? y)!.nameEnd));
      const child = node.whole ? node : node.children.get(name);
      const path = prefix === "" ? name : `${prefix}/${name}`;
      if (!child || exclude(path)) return;
      const oTree = x?.tree ? hex(a, x) : undefined;
      const nTree = y?.tree ? hex(b, y) : undefined;
      if (oTree !== nTree) subdiffs.push(diff(oTree, nTree, child, path));
      if (!child.whole) return;
      const record = (e: RawEntry | undefined) =>
        e?.regular === true && exts.some((ext) => path.endsWith(ext));
      const oFile = record(x) ? hex(a, x!) : null;
      const nFile = record(y) ? hex(b, y!) : null;
      if (oFile && nFile) {
        if (oFile !== nFile) changes.push({ status: "modified", path, oldOid: oFile, newOid: nFile });
      } else if (oFile) changes.push({ status: "deleted", path, oldOid: oFile, newOid: null });
      else if (nFile) changes.push({ status: "added", path, oldOid: null, newOid: nFile });
    };
    let i = 0;
    let j = 0;
    if (node.whole) {
      // The leading entries both trees share byte for byte cannot hold a change.
      const d = firstDifference(a, b);
      while (i < a.length) {
        const end = entryAt(a, i, oidBytes).end;
        if (end > d) break;
        i = end;
      }
      j = i;
    }
    while (i < a.length || j < b.length) {
      if (node.whole && a.length - i === b.length - j && a.compare(b, j, b.length, i, a.length) === 0) break;
      const x = i < a.length ? entryAt(a, i, oidBytes) : undefined;
      const y = j < b.length ? entryAt(b, j, oidBytes) : undefined;
      const c = !x ? 1 : !y ? -1 : compare(a, x, b, y);
      if (c < 0) {
        visit(x, undefined);
        i = x!.end;
      } else if (c > 0) {
        visit(undefined, y);
        j = y!.end;
      } else {
        const same = x!.end - i === y!.end - j && a.compare(b, j, y!.end, i, x!.end) === 0;
        if (!same) visit(x, y);
        i = x!.end;
        j = y!.end;
      }
    }
    await Promise.all(subdiffs);
  };

  await diff(oldTree ?? undefined, newTree ?? undefined, folderTrie(folders), "");
  return changes.sort((p, q) => (p.path < q.path ? -1 : p.path > q.path ? 1 : 0));
}
