import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  GitError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/git/open.ts
init_define_SMS_SITE_ASSETS();
import fs3 from "node:fs";
import path6 from "node:path";

// src/git/isomorphic.ts
init_define_SMS_SITE_ASSETS();
import fs2 from "node:fs";
import path3 from "node:path";

// src/git/changes.ts
init_define_SMS_SITE_ASSETS();

// src/git/lru.ts
init_define_SMS_SITE_ASSETS();

// src/git/objects.ts
init_define_SMS_SITE_ASSETS();
import { createHash } from "node:crypto";
var decoder = new TextDecoder("utf-8");
var OID_RE = /^[0-9a-f]{4,64}$/;
function assertOidLike(oid) {
  if (!OID_RE.test(oid)) throw new GitError(`invalid git object id ${JSON.stringify(oid)}`);
}
function isFullOid(oid) {
  return (oid.length === 40 || oid.length === 64) && OID_RE.test(oid);
}
function missingObject(oid) {
  return new GitError(`git object ${oid} not found`);
}
function wrongType(oid, actual, expected) {
  return new GitError(`git object ${oid} is a ${actual}, not a ${expected}`);
}
function unknownRevision(rev) {
  return new GitError(`unknown git revision ${JSON.stringify(rev)}`);
}
function hashBlob(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function typeOfMode(mode) {
  if (mode === "040000") return "tree";
  if (mode === "160000") return "commit";
  return "blob";
}
function parseTree(bytes, oidBytes = 20) {
  const entries = [];
  let i = 0;
  while (i < bytes.length) {
    const space = bytes.indexOf(32, i);
    const nul = space < 0 ? -1 : bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + oidBytes > bytes.length)
      throw new GitError("corrupt git tree object");
    let mode = decoder.decode(bytes.subarray(i, space));
    if (mode.length === 5) mode = `0${mode}`;
    const name = decoder.decode(bytes.subarray(space + 1, nul));
    const oid = Buffer.from(bytes.buffer, bytes.byteOffset + nul + 1, oidBytes).toString("hex");
    entries.push({ name, mode, type: typeOfMode(mode), oid });
    i = nul + 1 + oidBytes;
  }
  return entries;
}
var SIG_RE = /^(.*?) ?<([^>]*)> (-?\d+) ([+-])(\d\d)(\d\d)$/;
function parseSignature(value, oid) {
  const m = SIG_RE.exec(value);
  if (!m) throw new GitError(`git commit ${oid} has a malformed signature line`);
  const minutes = Number(m[5]) * 60 + Number(m[6]);
  return {
    name: m[1] ?? "",
    email: m[2] ?? "",
    timestamp: Number(m[3]),
    tzOffsetMinutes: m[4] === "-" ? -minutes : minutes
  };
}
function parseHeaders(bytes) {
  const text = decoder.decode(bytes);
  const end = text.indexOf("\n\n");
  const head = end < 0 ? text : text.slice(0, end);
  const message = end < 0 ? "" : text.slice(end + 2);
  const headers = [];
  for (const line of head.split("\n")) {
    const last = headers[headers.length - 1];
    if (line.startsWith(" ") && last) {
      last[1] += `
${line.slice(1)}`;
      continue;
    }
    const sp = line.indexOf(" ");
    headers.push(sp < 0 ? [line, ""] : [line.slice(0, sp), line.slice(sp + 1)]);
  }
  return { headers, message };
}
function parseCommit(oid, bytes) {
  const { headers, message } = parseHeaders(bytes);
  let tree;
  let author;
  let committer;
  const parents = [];
  for (const [key, value] of headers) {
    if (key === "tree") tree = value;
    else if (key === "parent") parents.push(value);
    else if (key === "author") author = parseSignature(value, oid);
    else if (key === "committer") committer = parseSignature(value, oid);
  }
  if (!tree || !author || !committer) throw new GitError(`git commit ${oid} is missing a header`);
  return { oid, tree, parents, author, committer, message };
}
function parseTagTarget(oid, bytes) {
  const target = parseHeaders(bytes).headers.find(([k]) => k === "object")?.[1];
  if (!target) throw new GitError(`git tag ${oid} has no object header`);
  return target;
}

// src/git/lru.ts
var Lru = class {
  constructor(max, maxWeight = Number.POSITIVE_INFINITY, weigh = () => 0) {
    this.max = max;
    this.maxWeight = maxWeight;
    this.weigh = weigh;
  }
  max;
  maxWeight;
  weigh;
  map = /* @__PURE__ */ new Map();
  weight = 0;
  /** The cached value, marked as most recently used. */
  get(key) {
    const value = this.map.get(key);
    if (value === void 0) return void 0;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  /** Forgets a key. */
  delete(key) {
    const value = this.map.get(key);
    if (value === void 0) return;
    this.map.delete(key);
    this.weight -= this.weigh(value);
  }
  /** Stores a value, evicting the least recently used ones beyond the limits. */
  set(key, value) {
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh(value);
    while (this.map.size > this.max || this.weight > this.maxWeight && this.map.size > 1) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }
};
var ParsedObjectCache = class {
  trees;
  commits;
  closed = false;
  constructor(trees = 4096, commits = 1024) {
    this.trees = new Lru(trees);
    this.commits = new Lru(commits);
  }
  /** A tree's entries, loaded once per oid while cached. */
  async tree(oid, load) {
    const entries = await this.through(this.trees, oid, load);
    return entries.map((e) => ({ ...e }));
  }
  /** A commit, loaded once per oid while cached. */
  async commit(oid, load) {
    const c = await this.through(this.commits, oid, load);
    return { ...c, parents: [...c.parents], author: { ...c.author }, committer: { ...c.committer } };
  }
  /** Drops everything; later reads fail as they would on a closed backend. */
  close() {
    this.closed = true;
    this.trees = new Lru(0);
    this.commits = new Lru(0);
  }
  through(lru, oid, load) {
    if (this.closed) return Promise.reject(new GitError("git backend is closed"));
    if (!isFullOid(oid)) return load();
    let pending = lru.get(oid);
    if (!pending) {
      pending = load();
      lru.set(oid, pending);
      pending.catch(() => lru.delete(oid));
    }
    return pending;
  }
};

// src/git/tree.ts
init_define_SMS_SITE_ASSETS();
function folderTrie(folders) {
  const root = { whole: false, children: /* @__PURE__ */ new Map() };
  for (const folder of folders) {
    const parts = folder.split("/").filter((p) => p !== "" && p !== ".");
    let node = root;
    for (const part of parts) {
      let child = node.children.get(part);
      if (!child) {
        child = { whole: false, children: /* @__PURE__ */ new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.whole = true;
  }
  return root;
}
function join(prefix, name) {
  return prefix === "" ? name : `${prefix}/${name}`;
}
function isRegular(entry) {
  return entry.type === "blob" && entry.mode.startsWith("100");
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function matcher(opts) {
  const exts = opts.extensions ?? [".md"];
  const exclude = opts.exclude ?? (() => false);
  return {
    exclude,
    isRecord: (entry, path7) => isRegular(entry) && exts.some((e) => path7.endsWith(e))
  };
}
async function listFilesUnder(git, treeOid, folders, opts = {}) {
  const out = { files: [], symlinks: [], submodules: [], missing: [] };
  const { exclude, isRecord } = matcher(opts);
  const walk = async (oid, node, prefix) => {
    const entries = await git.readTree(oid);
    const seen = /* @__PURE__ */ new Set();
    const subwalks = [];
    for (const entry of entries) {
      const child = node.whole ? node : node.children.get(entry.name);
      if (!child) continue;
      seen.add(entry.name);
      const path7 = join(prefix, entry.name);
      if (exclude(path7)) continue;
      const item = { path: path7, oid: entry.oid, mode: entry.mode };
      if (entry.type === "tree") subwalks.push(walk(entry.oid, child, path7));
      else if (entry.mode === "120000") out.symlinks.push(item);
      else if (entry.type === "commit") out.submodules.push(item);
      else if (child !== node) collectMissing(child, path7, out.missing);
      else if (isRecord(entry, path7)) out.files.push(item);
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
function collectMissing(node, path7, into) {
  if (node.whole) into.push(path7);
  for (const [name, child] of node.children) collectMissing(child, `${path7}/${name}`, into);
}
async function diffTrees(git, oldTree, newTree, folders, opts = {}) {
  const changes = [];
  const { exclude, isRecord } = matcher(opts);
  const diff = async (oldOid, newOid, node, prefix) => {
    if (oldOid === newOid) return;
    const [oldEntries, newEntries] = await Promise.all([
      oldOid ? git.readTree(oldOid) : [],
      newOid ? git.readTree(newOid) : []
    ]);
    const olds = new Map(oldEntries.map((e) => [e.name, e]));
    const news = new Map(newEntries.map((e) => [e.name, e]));
    const names = node.whole ? /* @__PURE__ */ new Set([...olds.keys(), ...news.keys()]) : node.children.keys();
    const subdiffs = [];
    for (const name of names) {
      const child = node.whole ? node : node.children.get(name);
      const o = olds.get(name);
      const n = news.get(name);
      const path7 = join(prefix, name);
      if (!child || !o && !n || exclude(path7)) continue;
      const oTree = o?.type === "tree" ? o.oid : void 0;
      const nTree = n?.type === "tree" ? n.oid : void 0;
      if (oTree !== nTree) subdiffs.push(diff(oTree, nTree, child, path7));
      if (!child.whole) continue;
      const oFile = o && isRecord(o, path7) ? o.oid : null;
      const nFile = n && isRecord(n, path7) ? n.oid : null;
      if (oFile && nFile) {
        if (oFile !== nFile) changes.push({ status: "modified", path: path7, oldOid: oFile, newOid: nFile });
      } else if (oFile) changes.push({ status: "deleted", path: path7, oldOid: oFile, newOid: null });
      else if (nFile) changes.push({ status: "added", path: path7, oldOid: null, newOid: nFile });
    }
    await Promise.all(subdiffs);
  };
  await diff(oldTree ?? void 0, newTree ?? void 0, folderTrie(folders), "");
  return changes.sort(byPath);
}

// src/git/tree-raw.ts
init_define_SMS_SITE_ASSETS();
var decoder2 = new TextDecoder("utf-8");
function folderTrie2(folders) {
  const root = { whole: false, children: /* @__PURE__ */ new Map() };
  for (const folder of folders) {
    let node = root;
    for (const part of folder.split("/").filter((p) => p !== "" && p !== ".")) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, child = { whole: false, children: /* @__PURE__ */ new Map() });
      node = child;
    }
    node.whole = true;
  }
  return root;
}
function entryAt(buf, p, oidBytes) {
  const space = buf.indexOf(32, p);
  const nul = buf.indexOf(0, space + 1);
  if (space < 0 || nul < 0 || nul + 1 + oidBytes > buf.length) throw new Error("corrupt git tree object");
  const tree = space - p === 5 && buf[p] === 52;
  const regular = space - p === 6 && buf[p] === 49 && buf[p + 1] === 48 && buf[p + 2] === 48;
  return { tree, regular, nameStart: space + 1, nameEnd: nul, oid: nul + 1, end: nul + 1 + oidBytes };
}
function compare(a, x, b, y) {
  const la = x.nameEnd - x.nameStart;
  const lb = y.nameEnd - y.nameStart;
  const n = Math.min(la, lb);
  const c = a.compare(b, y.nameStart, y.nameStart + n, x.nameStart, x.nameStart + n);
  if (c !== 0) return c;
  const ca = la > n ? a[x.nameStart + n] : x.tree ? 47 : 0;
  const cb = lb > n ? b[y.nameStart + n] : y.tree ? 47 : 0;
  return ca - cb;
}
function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k + 4096 <= n && a.compare(b, k, k + 4096, k, k + 4096) === 0) k += 4096;
  while (k + 64 <= n && a.compare(b, k, k + 64, k, k + 64) === 0) k += 64;
  while (k < n && a[k] === b[k]) k++;
  return k;
}
async function diffTreesRaw(read, oldTree, newTree, folders, opts = {}) {
  const exts = opts.extensions ?? [".md"];
  const exclude = opts.exclude ?? (() => false);
  const oidBytes = opts.oidBytes ?? 20;
  const changes = [];
  const empty = Buffer.alloc(0);
  const bytes = async (oid) => {
    if (!oid) return empty;
    const raw = await read(oid);
    return Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  };
  const hex = (buf, e) => buf.toString("hex", e.oid, e.end);
  const diff = async (oldOid, newOid, node, prefix) => {
    if (oldOid === newOid) return;
    const [a, b] = await Promise.all([bytes(oldOid), bytes(newOid)]);
    const subdiffs = [];
    const visit = (x, y) => {
      const name = decoder2.decode((x ? a : b).subarray((x ?? y).nameStart, (x ?? y).nameEnd));
      const child = node.whole ? node : node.children.get(name);
      const path7 = prefix === "" ? name : `${prefix}/${name}`;
      if (!child || exclude(path7)) return;
      const oTree = x?.tree ? hex(a, x) : void 0;
      const nTree = y?.tree ? hex(b, y) : void 0;
      if (oTree !== nTree) subdiffs.push(diff(oTree, nTree, child, path7));
      if (!child.whole) return;
      const record = (e) => e?.regular === true && exts.some((ext) => path7.endsWith(ext));
      const oFile = record(x) ? hex(a, x) : null;
      const nFile = record(y) ? hex(b, y) : null;
      if (oFile && nFile) {
        if (oFile !== nFile) changes.push({ status: "modified", path: path7, oldOid: oFile, newOid: nFile });
      } else if (oFile) changes.push({ status: "deleted", path: path7, oldOid: oFile, newOid: null });
      else if (nFile) changes.push({ status: "added", path: path7, oldOid: null, newOid: nFile });
    };
    let i = 0;
    let j = 0;
    if (node.whole) {
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
      const x = i < a.length ? entryAt(a, i, oidBytes) : void 0;
      const y = j < b.length ? entryAt(b, j, oidBytes) : void 0;
      const c = !x ? 1 : !y ? -1 : compare(a, x, b, y);
      if (c < 0) {
        visit(x, void 0);
        i = x.end;
      } else if (c > 0) {
        visit(void 0, y);
        j = y.end;
      } else {
        const same = x.end - i === y.end - j && a.compare(b, j, y.end, i, x.end) === 0;
        if (!same) visit(x, y);
        i = x.end;
        j = y.end;
      }
    }
    await Promise.all(subdiffs);
  };
  await diff(oldTree ?? void 0, newTree ?? void 0, folderTrie2(folders), "");
  return changes.sort((p, q) => p.path < q.path ? -1 : p.path > q.path ? 1 : 0);
}

// src/git/changes.ts
var WINDOW = 32;
function rawTreeReader(git) {
  const source = git;
  if (typeof source.readRawTree !== "function") return void 0;
  const read = source.readRawTree.bind(git);
  const reading = /* @__PURE__ */ new Map();
  const recent = new Lru(512, 32 * 1024 * 1024, (b) => b.byteLength);
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
        () => reading.delete(oid)
      );
    }
    return pending;
  };
}
function byPath2(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function recordPathFilter(folders, opts = {}) {
  const prefixes = folders.map((f) => f.split("/").filter((p) => p !== "" && p !== "."));
  const exts = opts.extensions ?? [".md"];
  const exclude = opts.exclude;
  return (path7, mode) => {
    if (!mode.startsWith("100") || !exts.some((e) => path7.endsWith(e))) return false;
    const parts = path7.split("/");
    const under = prefixes.some(
      (pre) => pre.length < parts.length && pre.every((name, i) => parts[i] === name)
    );
    if (!under) return false;
    if (exclude) {
      for (let i = 1; i <= parts.length; i++) if (exclude(parts.slice(0, i).join("/"))) return false;
    }
    return true;
  };
}
function changesFromRaw(raw, isRecord) {
  const out = [];
  for (const r of raw) {
    const oFile = isRecord(r.path, r.oldMode) ? r.oldOid : null;
    const nFile = isRecord(r.path, r.newMode) ? r.newOid : null;
    if (oFile && nFile) {
      if (oFile !== nFile) out.push({ status: "modified", path: r.path, oldOid: oFile, newOid: nFile });
    } else if (oFile) out.push({ status: "deleted", path: r.path, oldOid: oFile, newOid: null });
    else if (nFile) out.push({ status: "added", path: r.path, oldOid: null, newOid: nFile });
  }
  return out.sort(byPath2);
}
async function* changesByTreeDiff(git, head, folders, opts = {}) {
  let previousTree;
  let batch = [];
  const raw = rawTreeReader(git);
  const flush = async function* () {
    const first = batch[0];
    if (!first) return;
    if (previousTree === void 0) {
      const parent = first.parents[0];
      previousTree = parent ? (await git.readCommit(parent)).tree : null;
    }
    const olds = batch.map((_c, i) => i === 0 ? previousTree : batch[i - 1].tree);
    const diffs = await Promise.all(
      batch.map(
        (c, i) => raw ? diffTreesRaw(raw, olds[i], c.tree, folders, { ...opts, oidBytes: c.tree.length / 2 }) : diffTrees(git, olds[i], c.tree, folders, opts)
      )
    );
    for (let i = 0; i < batch.length; i++) yield { commit: batch[i], changes: diffs[i] };
    previousTree = batch[batch.length - 1].tree;
    batch = [];
  };
  for await (const commit of git.listCommits(head, { after: opts.after })) {
    batch.push(commit);
    if (batch.length >= WINDOW) yield* flush();
  }
  yield* flush();
}

// src/git/gitdir.ts
init_define_SMS_SITE_ASSETS();
import fs from "node:fs";
import path from "node:path";
function gitDirOf(dir) {
  const dotGit = path.join(dir, ".git");
  try {
    if (fs.statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, "utf8"));
      if (m?.[1]) return path.resolve(dir, m[1]);
    }
  } catch {
  }
  return dotGit;
}

// src/git/object-backend.ts
init_define_SMS_SITE_ASSETS();
var ObjectBackend = class {
  parsed = new ParsedObjectCache();
  /** Reads a commit. */
  async readCommit(oid) {
    return this.parsed.commit(oid, async () => {
      const obj = await this.readTyped(oid, "commit");
      return parseCommit(obj.oid, obj.bytes);
    });
  }
  /** Reads a tree's entries from its binary form. */
  async readTree(oid) {
    return this.parsed.tree(oid, async () => {
      const obj = await this.readTyped(oid, "tree");
      return parseTree(obj.bytes, obj.oid.length / 2);
    });
  }
  /** A tree object's bytes, unparsed (tree-raw.ts diffs them without parsing the parts that agree). */
  async readRawTree(oid) {
    return (await this.readTyped(oid, "tree")).bytes;
  }
  /** Reads one blob's bytes. */
  async readBlob(oid) {
    return (await this.readTyped(oid, "blob")).bytes;
  }
  /** Reads an object and checks that it has the expected type. */
  async readTyped(oid, type) {
    const obj = await this.readObject(oid);
    if (obj.type !== type) throw wrongType(oid, obj.type, type);
    return obj;
  }
};

// src/git/packs.ts
init_define_SMS_SITE_ASSETS();
import { closeSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import path2 from "node:path";
import { inflateSync } from "node:zlib";
var TYPES = ["", "commit", "tree", "blob", "tag"];
var OFS_DELTA = 6;
var REF_DELTA = 7;
var HEADER_BYTES = 40;
var WINDOW2 = 4 * 1024 * 1024;
var PackReader = class {
  constructor(gitdir) {
    this.gitdir = gitdir;
  }
  gitdir;
  packs;
  // Delta chains share their bases; keeping recent results avoids inflating a base again and again.
  byOffset = new Lru(
    1024,
    32 * 1024 * 1024,
    (o) => o.bytes.length
  );
  windows = new Lru(16);
  /** The object, or undefined when it is not in a pack or loose file this reader can read. */
  read(oid) {
    if (!/^[0-9a-f]{40}$/.test(oid)) return void 0;
    try {
      const key = Buffer.from(oid, "hex");
      for (const pack of this.loadPacks()) {
        const offset = this.find(pack, key);
        if (offset !== void 0) {
          const obj = this.at(pack, offset, 0);
          return obj && TYPES[obj.type] ? { oid, type: TYPES[obj.type], bytes: obj.bytes } : void 0;
        }
      }
      return this.loose(oid);
    } catch {
      return void 0;
    }
  }
  loadPacks() {
    if (this.packs) return this.packs;
    const dir = path2.join(this.gitdir, "objects", "pack");
    const packs = [];
    let names = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".idx"));
    } catch {
    }
    for (const name of names.sort()) {
      const idx = readFileSync(path2.join(dir, name));
      if (idx.readUInt32BE(0) !== 4285812579 || idx.readUInt32BE(4) !== 2) continue;
      const fanout = new Uint32Array(256);
      for (let i = 0; i < 256; i++) fanout[i] = idx.readUInt32BE(8 + i * 4);
      packs.push({
        fanout,
        idx,
        count: fanout[255],
        packFile: path2.join(dir, name.replace(/\.idx$/, ".pack"))
      });
    }
    this.packs = packs;
    return packs;
  }
  find(pack, key) {
    const first = key[0];
    let lo = first === 0 ? 0 : pack.fanout[first - 1];
    let hi = pack.fanout[first] - 1;
    const table = 8 + 256 * 4;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const c = pack.idx.compare(key, 0, 20, table + mid * 20, table + mid * 20 + 20);
      if (c === 0) {
        const offsets = table + pack.count * 24;
        const small = pack.idx.readUInt32BE(offsets + mid * 4);
        if ((small & 2147483648) === 0) return small;
        const large = offsets + pack.count * 4 + (small & 2147483647) * 8;
        return Number(pack.idx.readBigUInt64BE(large));
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return void 0;
  }
  /** The object at an offset of a pack, deltas applied; undefined for what it cannot read. */
  at(pack, offset, depth) {
    const cacheKey = `${pack.packFile}:${offset}`;
    const cached = this.byOffset.get(cacheKey);
    if (cached) return cached;
    if (depth > 64) return void 0;
    const data = this.bytes(pack, offset, HEADER_BYTES);
    let pos = 0;
    let c = data[pos++];
    const type = c >> 4 & 7;
    let size = c & 15;
    let shift = 4;
    while (c & 128) {
      c = data[pos++];
      size += (c & 127) * 2 ** shift;
      shift += 7;
    }
    let result;
    if (type === OFS_DELTA || type === REF_DELTA) {
      let base;
      if (type === OFS_DELTA) {
        c = data[pos++];
        let back = c & 127;
        while (c & 128) {
          c = data[pos++];
          back = (back + 1) * 128 + (c & 127);
        }
        base = this.at(pack, offset - back, depth + 1);
      } else {
        const baseKey = data.subarray(pos, pos + 20);
        pos += 20;
        const baseOffset = this.find(pack, baseKey);
        base = baseOffset === void 0 ? void 0 : this.at(pack, baseOffset, depth + 1);
      }
      if (!base) return void 0;
      result = {
        type: base.type,
        bytes: applyDelta(base.bytes, inflateSync(this.body(pack, offset + pos, size)))
      };
    } else {
      const bytes = inflateSync(this.body(pack, offset + pos, size));
      if (bytes.length !== size) return void 0;
      result = { type, bytes };
    }
    this.byOffset.set(cacheKey, result);
    return result;
  }
  /**
   * The compressed bytes of an object whose data starts at `at` and inflates to `size` bytes. Deflate
   * never grows data by more than a few bytes per 16 KiB block, so this bound always holds the stream;
   * zlib stops at the stream's end and ignores what follows.
   */
  body(pack, at, size) {
    return this.bytes(pack, at, size + Math.ceil(size / 1024) + 64);
  }
  /**
   * Up to `length` bytes of a pack from `at` (fewer at its end). Packs are read in windows of 4 MiB,
   * a few kept at a time: replay reads objects close to each other, and one read per object would
   * cost a system call each, while reading the whole pack would hold all of it in memory.
   */
  bytes(pack, at, length) {
    pack.fd ??= openSync(pack.packFile, "r");
    const start = at - at % WINDOW2;
    if (at + length > start + WINDOW2) {
      const direct = Buffer.allocUnsafe(length);
      return direct.subarray(0, readSync(pack.fd, direct, 0, length, at));
    }
    const key = `${pack.packFile}:${start}`;
    let win = this.windows.get(key);
    if (!win) {
      const buf = Buffer.allocUnsafe(WINDOW2);
      win = buf.subarray(0, readSync(pack.fd, buf, 0, WINDOW2, start));
      this.windows.set(key, win);
    }
    return win.subarray(at - start, Math.min(at - start + length, win.length));
  }
  /** Closes the pack files. */
  close() {
    for (const pack of this.packs ?? []) {
      if (pack.fd !== void 0) closeSync(pack.fd);
      pack.fd = void 0;
    }
    this.packs = void 0;
  }
  loose(oid) {
    let raw;
    try {
      raw = inflateSync(readFileSync(path2.join(this.gitdir, "objects", oid.slice(0, 2), oid.slice(2))));
    } catch {
      return void 0;
    }
    const nul = raw.indexOf(0);
    const [type, size] = raw.toString("latin1", 0, nul).split(" ");
    const bytes = raw.subarray(nul + 1);
    if (!type || !TYPES.includes(type) || Number(size) !== bytes.length) return void 0;
    return { oid, type, bytes };
  }
};
function varint(d, at) {
  let n = 0;
  let shift = 0;
  let c;
  do {
    c = d[at.i++];
    n += (c & 127) * 2 ** shift;
    shift += 7;
  } while (c & 128);
  return n;
}
function applyDelta(base, delta) {
  const at = { i: 0 };
  if (varint(delta, at) !== base.length) throw new Error("delta base size mismatch");
  const out = Buffer.allocUnsafe(varint(delta, at));
  let o = 0;
  while (at.i < delta.length) {
    const op = delta[at.i++];
    if (op & 128) {
      let off = 0;
      let len = 0;
      for (let b = 0; b < 4; b++) if (op & 1 << b) off += delta[at.i++] * 2 ** (8 * b);
      for (let b = 0; b < 3; b++) if (op & 16 << b) len += delta[at.i++] * 2 ** (8 * b);
      if (len === 0) len = 65536;
      if (off + len > base.length) throw new Error("delta copies beyond its base");
      o += base.copy(out, o, off, off + len);
    } else if (op) {
      if (at.i + op > delta.length) throw new Error("delta insert runs past its end");
      o += delta.copy(out, o, at.i, at.i + op);
      at.i += op;
    } else throw new Error("delta has a reserved instruction");
  }
  if (o !== out.length) throw new Error("delta result size mismatch");
  return out;
}

// src/git/revision.ts
init_define_SMS_SITE_ASSETS();
var BAD_BASE = /(^[-/.])|\.\.|[\s\0-\x1f\x7f~^:?*[\\]|@\{|\/$|\.lock$|\.$/;
function parseRevision(rev) {
  const cut = rev.search(/[~^]/);
  let base = cut < 0 ? rev : rev.slice(0, cut);
  let rest = cut < 0 ? "" : rev.slice(cut);
  if (base === "@") base = "HEAD";
  if (base.length === 0 || BAD_BASE.test(base)) return void 0;
  const steps = [];
  while (rest.length > 0) {
    const m = /^(?:~(\d*)|\^\{(?:commit)?\}|\^(\d*))/.exec(rest);
    if (!m) return void 0;
    if (m[1] !== void 0) steps.push({ kind: "ancestor", n: m[1] === "" ? 1 : Number(m[1]) });
    else if (m[2] !== void 0) steps.push({ kind: "parent", n: m[2] === "" ? 1 : Number(m[2]) });
    else steps.push({ kind: "peel" });
    rest = rest.slice(m[0].length);
  }
  return { base, steps };
}

// src/git/isomorphic.ts
var BLOB_CONCURRENCY = 16;
function errorCode(err) {
  return err?.code;
}
var lib;
function isoGit() {
  lib ??= import("./isomorphic-git-YOFBK6RN.js").then((m) => m.default);
  return lib;
}
var IsomorphicGit = class extends ObjectBackend {
  name = "isomorphic";
  dir;
  gitdir;
  // isomorphic-git stores parsed pack indexes here; without sharing it every read re-reads them.
  cache = {};
  packs;
  closed = false;
  constructor(dir, gitdir) {
    super();
    this.dir = path3.resolve(dir);
    this.gitdir = gitdir ? path3.resolve(gitdir) : gitDirOf(this.dir);
    this.packs = new PackReader(this.gitdir);
  }
  /** Resolves HEAD, branches, tags, full or short oids, with `~N`, `^N` and `^{commit}` suffixes. */
  async resolveCommit(rev) {
    const parsed = parseRevision(rev);
    if (!parsed) throw unknownRevision(rev);
    let oid = await this.peelToCommit(await this.resolveBase(parsed.base, rev), rev);
    if (parsed.steps.length === 0) return oid;
    const boundary = await this.shallowBoundary();
    for (const step of parsed.steps) {
      if (step.kind === "peel") continue;
      if (step.kind === "parent" && step.n === 0) continue;
      const hops = step.kind === "ancestor" ? step.n : 1;
      const index = step.kind === "parent" ? step.n - 1 : 0;
      for (let i = 0; i < hops; i++) {
        const parents = boundary.has(oid) ? [] : (await this.readCommit(oid)).parents;
        const next = parents[i === hops - 1 ? index : 0];
        if (!next) throw unknownRevision(rev);
        oid = next;
      }
    }
    return this.peelToCommit(oid, rev);
  }
  /** Reads many blobs with bounded concurrency, so loose objects do not exhaust file handles. */
  async readBlobs(oids) {
    const unique = [...new Set(oids)];
    const out = /* @__PURE__ */ new Map();
    let next = 0;
    const worker = async () => {
      while (next < unique.length) {
        const oid = unique[next++];
        out.set(oid, await this.readBlob(oid));
      }
    };
    await Promise.all(Array.from({ length: Math.min(BLOB_CONCURRENCY, unique.length) }, worker));
    return new Map(unique.map((oid) => [oid, out.get(oid)]));
  }
  /** Walks head's first parents back to the root (or `after`), then yields them oldest first. */
  async *listCommits(head, opts = {}) {
    if (opts.after !== void 0) assertOidLike(opts.after);
    const boundary = await this.shallowBoundary();
    const chain = [];
    let oid = await this.resolveCommit(head);
    const seen = /* @__PURE__ */ new Set();
    while (oid !== void 0 && oid !== opts.after) {
      if (seen.has(oid)) throw new GitError(`git history loops at commit ${oid}`);
      seen.add(oid);
      const commit = await this.readCommit(oid);
      chain.push(commit);
      oid = boundary.has(oid) ? void 0 : commit.parents[0];
    }
    for (let i = chain.length - 1; i >= 0; i--) yield chain[i];
  }
  /** The chain with record changes, by diffing only the sub-trees whose ids changed. */
  listChanges(head, folders, opts = {}) {
    return changesByTreeDiff(this, head, folders, opts);
  }
  /** True when `.git/shallow` lists at least one boundary commit. */
  async isShallow() {
    return (await this.shallowBoundary()).size > 0;
  }
  /** Releases the caches and open pack files; later calls fail like the native backend's. */
  async close() {
    this.parsed.close();
    this.packs.close();
    this.closed = true;
  }
  /** Commits listed in `.git/shallow`, read afresh because a fetch may deepen the clone. */
  async shallowBoundary() {
    try {
      const text = await fs2.promises.readFile(path3.join(this.gitdir, "shallow"), "utf8");
      return new Set(
        text.split("\n").filter((l) => isFullOid(l.trim())).map((l) => l.trim())
      );
    } catch (err) {
      if (errorCode(err) === "ENOENT") return /* @__PURE__ */ new Set();
      throw new GitError(`cannot read ${this.gitdir}/shallow: ${err.message}`, { cause: err });
    }
  }
  async resolveBase(base, rev) {
    if (isFullOid(base)) return base;
    try {
      return await (await isoGit()).resolveRef({ fs: fs2, dir: this.dir, gitdir: this.gitdir, ref: base });
    } catch (err) {
      if (errorCode(err) !== "NotFoundError") throw this.wrap(err, rev);
    }
    if (/^[0-9a-f]{4,63}$/.test(base)) return this.expand(base, () => unknownRevision(rev));
    throw unknownRevision(rev);
  }
  async peelToCommit(oid, rev) {
    let current = oid;
    for (let depth = 0; depth < 16; depth++) {
      let obj;
      try {
        obj = await this.readRaw(current);
      } catch {
        throw unknownRevision(rev);
      }
      if (obj.type === "commit") return obj.oid;
      if (obj.type !== "tag") throw unknownRevision(rev);
      current = parseTagTarget(obj.oid, obj.bytes);
    }
    throw unknownRevision(rev);
  }
  async expand(short, notFound) {
    try {
      return await (await isoGit()).expandOid({
        fs: fs2,
        dir: this.dir,
        gitdir: this.gitdir,
        oid: short,
        cache: this.cache
      });
    } catch (err) {
      if (errorCode(err) === "AmbiguousError") throw new GitError(`git object id ${short} is ambiguous`);
      if (errorCode(err) === "NotFoundError") throw notFound();
      throw this.wrap(err, short);
    }
  }
  async readRaw(oid) {
    if (this.closed) throw new GitError("git backend is closed");
    assertOidLike(oid);
    const full = isFullOid(oid) ? oid : await this.expand(oid, () => missingObject(oid));
    const direct = this.packs.read(full);
    if (direct) return { oid: direct.oid, type: direct.type, bytes: new Uint8Array(direct.bytes) };
    try {
      const res = await (await isoGit()).readObject({
        fs: fs2,
        dir: this.dir,
        gitdir: this.gitdir,
        oid: full,
        format: "content",
        cache: this.cache
      });
      if (res.format !== "content") throw new GitError(`git object ${oid} could not be inflated`);
      return { oid: res.oid, type: res.type, bytes: new Uint8Array(res.object) };
    } catch (err) {
      if (errorCode(err) === "NotFoundError") throw missingObject(oid);
      throw this.wrap(err, oid);
    }
  }
  readObject(oid) {
    return this.readRaw(oid);
  }
  wrap(err, what) {
    if (err instanceof GitError) return err;
    const msg = (err?.message ?? String(err)).split("\n")[0];
    return new GitError(`git read of ${what} failed in ${this.dir}: ${msg}`, { cause: err });
  }
};

// src/git/native.ts
init_define_SMS_SITE_ASSETS();
import path5 from "node:path";

// src/git/cat-file.ts
init_define_SMS_SITE_ASSETS();
import { spawn as spawn2 } from "node:child_process";

// src/git/process.ts
init_define_SMS_SITE_ASSETS();
import { spawn } from "node:child_process";
var GIT_GLOBAL_ARGS = ["--no-pager", "-c", "core.quotepath=off"];
function gitEnv() {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", PAGER: "cat" };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return env;
}
function spawnFailure(err) {
  const code = err?.code;
  if (code === "ENOENT") return new GitError("the `git` program was not found on PATH", { cause: err });
  return new GitError(`could not run git: ${err?.message ?? String(err)}`, {
    cause: err
  });
}
function runGit(cwd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...GIT_GLOBAL_ARGS, ...args], {
      cwd,
      env: { ...gitEnv(), ...opts.env },
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout?.on("data", (c) => out.push(c));
    child.stderr?.on("data", (c) => err.push(c));
    child.on("error", (e) => reject(spawnFailure(e)));
    child.on(
      "close",
      (code) => resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8")
      })
    );
    if (child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(opts.input);
    }
  });
}
function firstLine(text) {
  return text.split("\n").map((l) => l.trim()).find((l) => l.length > 0) ?? "git failed";
}

// src/git/cat-file.ts
var CatFileBatch = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  child;
  queue = [];
  chunks = [];
  buffered = 0;
  body;
  failure;
  closed = false;
  /** Number of child processes started, for diagnostics and tests. */
  spawned = 0;
  /** Pid of the running child, if any. */
  get pid() {
    return this.child?.pid;
  }
  /** Reads one object by name (an oid); rejects with GitError when it is missing. */
  read(name) {
    if (this.closed) return Promise.reject(new GitError("git backend is closed"));
    if (this.failure) return Promise.reject(this.failure);
    const child = this.ensureChild();
    return new Promise((resolve, reject) => {
      this.queue.push({ name, resolve, reject });
      if (this.queue.length === 1) this.setRef(true);
      child.stdin.write(`${name}
`);
    });
  }
  /** Stops the child; pending reads fail. Safe to call twice. */
  async close() {
    this.closed = true;
    const child = this.child;
    this.failAll(new GitError("git backend is closed"));
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      this.child = void 0;
      return;
    }
    this.setRef(true);
    this.child = void 0;
    const exited = new Promise((resolve) => child.once("exit", () => resolve()));
    child.stdin.end();
    child.kill();
    await exited;
  }
  ensureChild() {
    if (this.child) return this.child;
    const child = spawn2("git", [...GIT_GLOBAL_ARGS, "cat-file", "--batch"], {
      cwd: this.cwd,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"]
    });
    this.spawned++;
    this.child = child;
    const stderr = [];
    child.stdout.on("data", (chunk) => this.onData(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.stdin.on("error", () => {
    });
    child.on("error", (err) => this.fail(spawnFailure(err)));
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = void 0;
      if (this.closed) return;
      const why = Buffer.concat(stderr).toString("utf8").trim().split("\n")[0] || `code ${code ?? signal}`;
      this.fail(new GitError(`git cat-file exited unexpectedly: ${why}`));
    });
    this.setRef(false);
    return child;
  }
  // An idle child must not keep the event loop (and the CLI) alive if nobody calls close().
  setRef(on) {
    const child = this.child;
    if (!child) return;
    for (const h of [child, child.stdin, child.stdout, child.stderr]) {
      if (on) h.ref?.();
      else h.unref?.();
    }
  }
  fail(err) {
    this.failure = err;
    this.failAll(err);
  }
  failAll(err) {
    for (const p of this.queue.splice(0)) p.reject(err);
    this.chunks = [];
    this.buffered = 0;
    this.body = void 0;
  }
  onData(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.step()) {
    }
    if (this.queue.length === 0) this.setRef(false);
  }
  joined() {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0];
  }
  consume(n) {
    const rest = this.joined().subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
  }
  /** Parses one header or one body if enough bytes have arrived; false when it must wait. */
  step() {
    if (this.buffered === 0) return false;
    if (this.body) {
      const { oid, type, size } = this.body;
      if (this.buffered < size + 1) return false;
      const bytes = new Uint8Array(this.joined().subarray(0, size));
      this.consume(size + 1);
      this.body = void 0;
      this.queue.shift()?.resolve({ oid, type, bytes });
      return true;
    }
    const buf = this.joined();
    const nl = buf.indexOf(10);
    if (nl < 0) return false;
    const header = buf.toString("utf8", 0, nl);
    this.consume(nl + 1);
    const parts = header.split(" ");
    const pending = this.queue[0];
    if (parts.length === 3 && /^\d+$/.test(parts[2])) {
      this.body = { oid: parts[0], type: parts[1], size: Number(parts[2]) };
      return true;
    }
    this.queue.shift();
    const name = pending?.name ?? parts[0] ?? "";
    if (header.endsWith(" ambiguous")) pending?.reject(new GitError(`git object id ${name} is ambiguous`));
    else pending?.reject(missingObject(name));
    return true;
  }
};

// src/git/log.ts
init_define_SMS_SITE_ASSETS();
import { spawn as spawn3 } from "node:child_process";
var FORMAT = "%H%x00%T%x00%P%x00%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd%x00%B";
var FIELDS = 10;
var decoder3 = new TextDecoder("utf-8");
function logArgs(head, after, raw) {
  return [
    "log",
    "--first-parent",
    "--reverse",
    "--no-color",
    "--no-show-signature",
    "--no-notes",
    "--no-mailmap",
    "--encoding=UTF-8",
    "--date=raw",
    "-z",
    `--format=${FORMAT}`,
    // -m with --first-parent diffs a merge against its first parent only, as history replay wants.
    ...raw ? ["--raw", "--root", "-m", "--no-renames", "--no-abbrev", "--no-ext-diff", "--no-textconv"] : [],
    head,
    ...after ? [`^${after}`] : [],
    "--"
  ];
}
function rawSignature(name, email, raw, oid) {
  const m = /^(-?\d+) ([+-])(\d\d)(\d\d)$/.exec(raw);
  if (!m) throw new GitError(`git log printed a malformed date for commit ${oid}`);
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  return { name, email, timestamp: Number(m[1]), tzOffsetMinutes: m[2] === "-" ? -minutes : minutes };
}
function commitFromFields(fields) {
  const [oid = "", tree = "", parents = "", an = "", ae = "", ad = "", cn = "", ce = "", cd = "", msg = ""] = fields;
  if (!isFullOid(oid) || !isFullOid(tree)) throw new GitError("git log printed output that is not a commit");
  const parentList = parents === "" ? [] : parents.split(" ");
  if (!parentList.every(isFullOid)) throw new GitError(`git log printed bad parents for commit ${oid}`);
  return {
    oid,
    tree,
    parents: parentList,
    author: rawSignature(an, ae, ad, oid),
    committer: rawSignature(cn, ce, cd, oid),
    message: msg
  };
}
var RAW = /^\n?:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;
var LogParser = class {
  fields = [];
  current;
  pendingRaw;
  /** Feeds one token; returns a commit when the token shows the previous one is complete. */
  token(text) {
    if (this.fields.length > 0 || !this.current) return this.field(text);
    if (this.pendingRaw) {
      const m2 = this.pendingRaw;
      this.pendingRaw = void 0;
      this.current.raw.push({ oldMode: m2[1], newMode: m2[2], oldOid: m2[3], newOid: m2[4], path: text });
      return void 0;
    }
    if (text === "") return void 0;
    const m = RAW.exec(text);
    if (m) {
      this.pendingRaw = m;
      return void 0;
    }
    const done = this.current;
    this.current = void 0;
    this.field(text);
    return done;
  }
  /** The last commit, once the output has ended. */
  end() {
    if (this.fields.length > 0 || this.pendingRaw)
      throw new GitError("git log output ended in the middle of a commit");
    const done = this.current;
    this.current = void 0;
    return done;
  }
  field(text) {
    this.fields.push(text);
    if (this.fields.length === FIELDS) {
      this.current = { commit: commitFromFields(this.fields), raw: [] };
      this.fields = [];
    }
    return void 0;
  }
};
async function* streamLog(cwd, args) {
  const child = spawn3("git", [...GIT_GLOBAL_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: ["ignore", "pipe", "pipe"]
  });
  const stderr = [];
  child.stderr.on("data", (c) => stderr.push(c));
  let spawnError;
  child.on("error", (e) => spawnError = spawnFailure(e));
  const closed = new Promise((resolve) => child.on("close", (code) => resolve(code ?? -1)));
  const parser = new LogParser();
  let rest = Buffer.alloc(0);
  let finished = false;
  try {
    for await (const chunk of child.stdout) {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      const last2 = buf.lastIndexOf(0);
      if (last2 < 0) {
        rest = Buffer.from(buf);
        continue;
      }
      const tokens = decoder3.decode(buf.subarray(0, last2)).split("\0");
      for (const token of tokens) {
        const done = parser.token(token);
        if (done) yield done;
      }
      rest = Buffer.from(buf.subarray(last2 + 1));
    }
    const code = await closed;
    if (spawnError) throw spawnError;
    if (code !== 0)
      throw new GitError(`git log failed: ${firstLine(Buffer.concat(stderr).toString("utf8"))}`);
    if (rest.length > 0) {
      const done = parser.token(decoder3.decode(rest));
      if (done) yield done;
    }
    const last = parser.end();
    finished = true;
    if (last) yield last;
  } finally {
    if (!finished && child.exitCode === null && child.signalCode === null) {
      child.kill();
      await closed;
    }
  }
}

// src/git/refs-files.ts
init_define_SMS_SITE_ASSETS();
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import path4 from "node:path";
function refFromFiles(repoDir, ref, env = process.env) {
  if (env.GIT_DIR || env.GIT_COMMON_DIR || env.GIT_REF_STORAGE) return void 0;
  const gitdir = path4.join(repoDir, ".git");
  try {
    if (!statSync(gitdir).isDirectory()) return void 0;
    if (existsSync(path4.join(gitdir, "reftable")) || existsSync(path4.join(gitdir, "commondir")))
      return void 0;
    let name = ref;
    if (ref === "HEAD") {
      const head = readFileSync2(path4.join(gitdir, "HEAD"), "utf8").trim();
      if (/^[0-9a-f]{40}$/.test(head)) return head;
      const m = /^ref: (refs\/heads\/[^\s]+)$/.exec(head);
      if (!m?.[1]) return void 0;
      name = m[1];
    }
    if (name.split("/").some((part) => part === ".." || part === "")) return void 0;
    const loose = path4.join(gitdir, ...name.split("/"));
    if (existsSync(loose)) {
      const value = readFileSync2(loose, "utf8").trim();
      return /^[0-9a-f]{40}$/.test(value) ? value : void 0;
    }
    const packedFile = path4.join(gitdir, "packed-refs");
    if (!existsSync(packedFile)) return "missing";
    for (const line of readFileSync2(packedFile, "utf8").split("\n")) {
      if (line.endsWith(` ${name}`)) {
        const oid = line.slice(0, line.indexOf(" "));
        return /^[0-9a-f]{40}$/.test(oid) ? oid : void 0;
      }
    }
    return "missing";
  } catch {
    return void 0;
  }
}
function shallowFromFiles(repoDir, env = process.env) {
  if (env.GIT_DIR || env.GIT_COMMON_DIR || env.GIT_SHALLOW_FILE) return void 0;
  const gitdir = path4.join(repoDir, ".git");
  try {
    if (!statSync(gitdir).isDirectory() || existsSync(path4.join(gitdir, "commondir"))) return void 0;
    const file = path4.join(gitdir, "shallow");
    return existsSync(file) && readFileSync2(file, "utf8").trim() !== "";
  } catch {
    return void 0;
  }
}

// src/git/native.ts
var NativeGit = class extends ObjectBackend {
  name = "native";
  dir;
  batch;
  commands = 0;
  constructor(dir) {
    super();
    this.dir = path5.resolve(dir);
    this.batch = new CatFileBatch(this.dir);
  }
  /** Processes started so far (cat-file children plus one-shot commands), for diagnostics. */
  get spawnCount() {
    return this.batch.spawned + this.commands;
  }
  /** Pid of the long-lived cat-file child, if it is running. */
  get catFilePid() {
    return this.batch.pid;
  }
  /** Resolves a revision to a commit oid with `git rev-parse --verify --quiet REV^{commit}`. */
  async resolveCommit(rev) {
    if (rev.length === 0 || rev.startsWith("-") || /[\s\0]/.test(rev)) throw unknownRevision(rev);
    if (rev === "HEAD" || rev.startsWith("refs/heads/") || rev.startsWith("refs/remotes/")) {
      const known = refFromFiles(this.dir, rev);
      if (known === "missing") throw unknownRevision(rev);
      if (known !== void 0) return known;
    }
    const out = await this.git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
    if (out.code === 0) return out.stdout.trim();
    const ambiguous = /short (?:SHA1|object ID) ([0-9a-f]+) is ambiguous/.exec(out.stderr);
    if (ambiguous) throw new GitError(`git object id ${ambiguous[1]} is ambiguous`);
    if (!/^fatal:/m.test(out.stderr)) throw unknownRevision(rev);
    throw new GitError(`cannot resolve ${JSON.stringify(rev)}: ${firstLine(out.stderr)}`);
  }
  /** Reads many blobs; all requests are pipelined into the one child. */
  async readBlobs(oids) {
    const unique = [...new Set(oids)];
    const blobs = await Promise.all(unique.map((oid) => this.readBlob(oid)));
    return new Map(unique.map((oid, i) => [oid, blobs[i]]));
  }
  /** Streams head's first-parent chain, oldest first, from one `git log` process. */
  async *listCommits(head, opts = {}) {
    const oid = await this.resolveCommit(head);
    if (opts.after !== void 0) assertOidLike(opts.after);
    this.commands++;
    for await (const logged of streamLog(this.dir, logArgs(oid, opts.after, false))) yield logged.commit;
  }
  /** Streams the chain with record changes; git computes the diffs in the same `git log` process. */
  async *listChanges(head, folders, opts = {}) {
    const oid = await this.resolveCommit(head);
    if (opts.after !== void 0) assertOidLike(opts.after);
    const isRecord = recordPathFilter(folders, opts);
    this.commands++;
    for await (const logged of streamLog(this.dir, logArgs(oid, opts.after, true))) {
      yield { commit: logged.commit, changes: changesFromRaw(logged.raw, isRecord) };
    }
  }
  /** True for a shallow clone: from .git/shallow, or `git rev-parse --is-shallow-repository`. */
  async isShallow() {
    const known = shallowFromFiles(this.dir);
    if (known !== void 0) return known;
    const out = await this.git(["rev-parse", "--is-shallow-repository"]);
    if (out.code !== 0) throw new GitError(`cannot inspect ${this.dir}: ${firstLine(out.stderr)}`);
    return out.stdout.trim() === "true";
  }
  /** Ends the cat-file child. */
  async close() {
    this.parsed.close();
    await this.batch.close();
  }
  readObject(oid) {
    assertOidLike(oid);
    return this.batch.read(oid);
  }
  git(args) {
    this.commands++;
    return runGit(this.dir, args);
  }
};

// src/git/open.ts
var CHOICES = ["native", "isomorphic", "auto"];
function findRepoRoot(dir) {
  let current = path6.resolve(dir);
  for (; ; ) {
    if (fs3.existsSync(path6.join(current, ".git"))) return current;
    const parent = path6.dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function hasGitBinary(env = process.env) {
  const names = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").map((ext) => `git${ext.toLowerCase()}`) : ["git"];
  for (const folder of (env.PATH ?? "").split(path6.delimiter)) {
    if (!folder) continue;
    for (const name of names) {
      try {
        fs3.accessSync(path6.join(folder, name), fs3.constants.X_OK);
        if (fs3.statSync(path6.join(folder, name)).isFile()) return true;
      } catch {
      }
    }
  }
  return false;
}
function chooseBackend(requested, env) {
  const fromEnv = env.SMS_GIT_BACKEND?.trim();
  if (fromEnv && !CHOICES.includes(fromEnv)) {
    throw new GitError(`SMS_GIT_BACKEND must be native, isomorphic or auto, not ${JSON.stringify(fromEnv)}`);
  }
  const choice = fromEnv || requested || "auto";
  if (choice === "auto") return hasGitBinary(env) ? "native" : "isomorphic";
  if (choice === "native" && !hasGitBinary(env)) {
    throw new GitError(
      "the native git backend needs the `git` program on PATH; set SMS_GIT_BACKEND=isomorphic"
    );
  }
  return choice;
}
function openGit(dir, opts = {}) {
  const env = opts.env ?? process.env;
  const wanted = path6.resolve(dir);
  const root = opts.searchParents === false ? fs3.existsSync(path6.join(wanted, ".git")) ? wanted : void 0 : findRepoRoot(wanted);
  if (!root) throw new GitError(`${wanted} is not a git repository; run \`sms init\` or \`git init\` first`);
  return chooseBackend(opts.backend, env) === "native" ? new NativeGit(root) : new IsomorphicGit(root);
}

export {
  isFullOid,
  hashBlob,
  listFilesUnder,
  diffTrees,
  gitDirOf,
  GIT_GLOBAL_ARGS,
  gitEnv,
  runGit,
  firstLine,
  findRepoRoot,
  hasGitBinary,
  chooseBackend,
  openGit
};
