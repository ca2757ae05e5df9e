import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  loadWorktree,
  readWorktreeConfigChecked
} from "./chunk-WUEREMFW.js";
import {
  retrospectiveFindingsIn
} from "./chunk-EB4RF5Q5.js";
import {
  replayWithCache
} from "./chunk-7Z76JCEG.js";
import {
  engineId
} from "./chunk-MEKIWOFY.js";
import {
  RecordCache,
  checkClosedRecords,
  loadCommit,
  summarizeRecord,
  summarizeUnreadable,
  validateSummaries
} from "./chunk-YIFSFFMI.js";
import {
  corroborateWith,
  seenFacts
} from "./chunk-XZCHGBP2.js";
import {
  cacheDir,
  recordFolders
} from "./chunk-IUYJB6F7.js";
import {
  localDate
} from "./chunk-U5PZHFZ2.js";
import {
  diag
} from "./chunk-KN4KNFH2.js";
import {
  findRepoRoot,
  openGit
} from "./chunk-GZQFH5ZC.js";
import {
  SmsError
} from "./chunk-NUII5PFN.js";
import {
  applyStrict,
  countBySeverity,
  dedupeDiagnostics,
  sortDiagnostics
} from "./chunk-Q6J2Z4O2.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/validate.ts
init_define_SMS_SITE_ASSETS();

// src/history/findings.ts
init_define_SMS_SITE_ASSETS();
import path from "node:path";
async function historyHead(repo, backend) {
  const dir = path.resolve(repo);
  if (findRepoRoot(dir) !== dir) return { kind: "none" };
  const git = openGit(dir, { backend, searchParents: false });
  try {
    const head = await git.resolveCommit("HEAD").catch(() => void 0);
    if (!head) return { kind: "none" };
    if (await git.isShallow()) {
      return {
        kind: "shallow",
        warning: diag(
          "sms.config.yml",
          1,
          1,
          "history-shallow",
          "this clone is shallow, so timelines were not checked against the commits that recorded them; fetch the full history (in GitHub Actions: `fetch-depth: 0` on actions/checkout)"
        )
      };
    }
    return { kind: "head", head };
  } finally {
    await git.close();
  }
}
async function historyAt(opts, head) {
  const git = openGit(path.resolve(opts.repo), { backend: opts.backend, searchParents: false });
  try {
    return await replayWithCache(git, {
      head,
      folders: recordFolders(opts.config),
      zone: opts.config.timezone,
      maxFileSize: opts.config.maxFileSize,
      cache: opts.cache
    });
  } finally {
    await git.close();
  }
}

// src/loader/summaries.ts
init_define_SMS_SITE_ASSETS();
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path2 from "node:path";
var FORMAT = 5;
var RACY_MS = 2e3;
function encodeTail(t) {
  const rows = t.timeline.map((u) => [u.key, u.index, u.at, u.pos[0], u.pos[1]]);
  return JSON.stringify(t.facts === void 0 ? [rows] : [rows, t.facts]);
}
function decodeTail(text) {
  const [rows, facts] = JSON.parse(text);
  const timeline = rows.map(([key, index, at, line, column]) => ({
    key,
    index,
    at,
    status: key.slice(key.indexOf("|") + 1),
    pos: [line, column]
  }));
  return facts === void 0 ? { timeline } : { timeline, facts };
}
function decodeLine(line) {
  const tab = line.indexOf("	");
  if (tab < 0) throw new Error("no tab");
  const [rel, size, mtimeMs, ctimeMs, ino, scan, oid, id, kind, idAt, refs, diagnostics, findings, review] = JSON.parse(line.slice(0, tab));
  const summary = {
    path: rel,
    oid,
    refs: refs.map(([value, kinds, l, c]) => ({ value, kinds: kinds.split("|"), at: [l, c] })),
    diagnostics
  };
  if (id !== null) summary.id = id;
  if (kind !== null) summary.kind = kind;
  if (idAt !== null) summary.idAt = idAt;
  if (review) summary.review = { due: review[0], at: [review[1], review[2]] };
  const entry = { size, mtimeMs, ctimeMs, ino, scan, summary, tail: line.slice(tab + 1), raw: line };
  if (findings) entry.findings = findings;
  return [rel, entry];
}
function encodeLine(rel, e) {
  if (e.raw !== void 0) return e.raw;
  const s = e.summary;
  const line = [
    rel,
    e.size,
    e.mtimeMs,
    e.ctimeMs,
    e.ino,
    e.scan,
    s.oid,
    s.id ?? null,
    s.kind ?? null,
    s.idAt ?? null,
    s.refs.map((r) => [r.value, r.kinds.join("|"), r.at[0], r.at[1]]),
    s.diagnostics,
    e.findings ?? null,
    s.review ? [s.review.due, s.review.at[0], s.review.at[1]] : null
  ];
  return `${JSON.stringify(line)}	${typeof e.tail === "string" ? e.tail : encodeTail(e.tail)}`;
}
var SummaryCache = class _SummaryCache {
  constructor(file, key, scan) {
    this.file = file;
    this.key = key;
    this.scan = scan;
  }
  file;
  key;
  scan;
  entries = /* @__PURE__ */ new Map();
  next = /* @__PURE__ */ new Map();
  dirty = false;
  /** The commit corroborations in this cache were made against. */
  head;
  /**
   * Opens `.sms/cache/summaries.jsonl` of a repository (or an empty cache without a folder). `key`
   * names everything summaries depend on besides the file (the engine and the configuration); a
   * cache made under another key starts empty. `scanStartedMs` is when the caller starts reading files.
   */
  static async open(repoDir, key, scanStartedMs) {
    const file = repoDir ? path2.join(cacheDir(repoDir), "summaries.jsonl") : void 0;
    const cache = new _SummaryCache(file, key, scanStartedMs);
    if (!file) return cache;
    try {
      const lines = (await readFile(file, "utf8")).split("\n");
      const header = JSON.parse(lines[0] ?? "");
      if (header.format !== FORMAT || header.key !== key || lines[lines.length - 1] !== "") return cache;
      const entries = /* @__PURE__ */ new Map();
      for (let i = 1; i < lines.length - 1; i++) {
        const [rel, entry] = decodeLine(lines[i]);
        entries.set(rel, entry);
      }
      cache.entries = entries;
      cache.head = typeof header.head === "string" ? header.head : void 0;
    } catch {
    }
    return cache;
  }
  /** The digest of what summaries depend on besides the file itself. */
  static keyOf(parts) {
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
  }
  /** True when the file at `rel` is unchanged since its summary was made (and keeps that summary). */
  reuse(rel, stat) {
    const e = this.entries.get(rel);
    if (!e || e.size !== stat.size || e.mtimeMs !== stat.mtimeMs || e.ctimeMs !== stat.ctimeMs || e.ino !== stat.ino || Math.max(e.mtimeMs, e.ctimeMs) >= e.scan - RACY_MS)
      return false;
    this.next.set(rel, e);
    return true;
  }
  /** The summary kept for a reused file. */
  get(rel) {
    return this.next.get(rel)?.summary;
  }
  /** The timeline kept for a reused file. */
  timeline(rel) {
    const e = this.next.get(rel);
    return e ? tail(e).timeline : [];
  }
  /**
   * What the cache knew of a file's corroboration at its HEAD, from the entry the file had when the
   * cache was opened (for an edited file, its previous version; its first commits are then read from
   * the entry's tail). The caller checks the id still matches.
   */
  corroboration(rel, withFacts) {
    const e = this.entries.get(rel);
    if (!e?.findings) return {};
    if (!withFacts) return { id: e.summary.id, corroboration: { findings: e.findings, facts: null } };
    const facts = tail(e).facts;
    return facts === void 0 ? {} : { id: e.summary.id, corroboration: { findings: e.findings, facts } };
  }
  /** True when the file was read in this run (new or changed), false when its summary was reused. */
  isFresh(rel) {
    const e = this.next.get(rel);
    return e !== void 0 && e !== this.entries.get(rel);
  }
  /** Records the summary of a file read in this run. */
  put(rel, stat, summary, timeline) {
    this.next.set(rel, { ...stat, scan: this.scan, summary, tail: { timeline } });
    this.dirty = true;
  }
  /** Records a file's corroboration against the HEAD the cache will be saved with. */
  corroborated(rel, corroboration) {
    const e = this.next.get(rel);
    if (!e) return;
    const t = tail(e);
    e.tail = { timeline: t.timeline, facts: corroboration.facts };
    e.findings = corroboration.findings;
    e.raw = void 0;
    this.dirty = true;
  }
  /** Writes the files seen in this run (atomically); files no longer there are dropped. */
  async save(head) {
    if (!this.file) return;
    if (!this.dirty && this.next.size === this.entries.size && head === this.head) return;
    await mkdir(path2.dirname(this.file), { recursive: true });
    const out = [JSON.stringify({ format: FORMAT, key: this.key, head: head ?? null })];
    for (const [rel, e] of this.next) out.push(encodeLine(rel, e));
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, `${out.join("\n")}
`);
    await rename(tmp, this.file);
  }
};
function tail(e) {
  if (typeof e.tail === "string") {
    try {
      e.tail = decodeTail(e.tail);
    } catch (error) {
      throw new SmsError("the validation cache in .sms/cache is damaged; delete the folder and run again", {
        cause: error
      });
    }
  }
  return e.tail;
}

// src/app/validate-history.ts
init_define_SMS_SITE_ASSETS();
var LazyHistory = class {
  constructor(opts, where) {
    this.opts = opts;
    this.where = where;
    this.head = where.kind === "head" ? where.head : void 0;
  }
  opts;
  where;
  replay;
  head;
  /** Starts the replay (if there is a HEAD to replay to) and returns it. */
  start() {
    if (this.head === void 0) return void 0;
    if (!this.replay) {
      this.replay = historyAt(this.opts, this.head);
      this.replay.catch(() => void 0);
    }
    return this.replay;
  }
  /** Waits for a started replay to finish either way (before reporting another failure). */
  async settle() {
    await this.replay?.catch(() => void 0);
  }
};
function changedSince(cacheHead, replay) {
  const { delta, state } = replay;
  if (!delta || cacheHead === void 0 || state.commits[delta.since - 1]?.oid !== cacheHead)
    return () => true;
  return (id) => id === void 0 || delta.records.has(id);
}
async function corroborate(all, cache, history, toleranceSeconds) {
  if (history.where.kind === "shallow") return [history.where.warning];
  if (history.head === void 0) return [];
  const replay = cache.head === history.head ? void 0 : await history.start();
  const changed = replay ? changedSince(cache.head, replay) : () => false;
  const out = [];
  const pending = [];
  for (const s of all) {
    const fresh = cache.isFresh(s.path);
    const known = changed(s.id) ? {} : cache.corroboration(s.path, fresh);
    if (known.corroboration && known.id === s.id) {
      if (fresh) {
        const { facts } = known.corroboration;
        const timeline = { path: s.path, id: s.id, timeline: cache.timeline(s.path) };
        const findings = corroborateWith(timeline, facts ?? void 0, toleranceSeconds);
        cache.corroborated(s.path, { findings, facts });
        out.push(...findings);
      } else out.push(...known.corroboration.findings);
    } else pending.push(s);
  }
  if (pending.length === 0) return out;
  const state = (await history.start())?.state;
  if (!state) return out;
  for (const s of pending) {
    const facts = s.id === void 0 ? void 0 : seenFacts(state, s.id);
    const findings = corroborateWith(
      { path: s.path, id: s.id, timeline: cache.timeline(s.path) },
      facts,
      toleranceSeconds
    );
    const c = { findings, facts: facts ?? null };
    cache.corroborated(s.path, c);
    out.push(...findings);
  }
  return out;
}

// src/app/validate.ts
async function runValidate(opts) {
  const useCache = opts.cache !== false;
  const scanStarted = Date.now();
  const where = historyHead(opts.repo, opts.backend);
  where.catch(() => void 0);
  const checkedConfig = await readWorktreeConfigChecked(opts.repo);
  const { config } = checkedConfig;
  const summaries = await SummaryCache.open(
    useCache && !opts.base ? opts.repo : void 0,
    SummaryCache.keyOf({ engine: engineId(), config }),
    scanStarted
  );
  const owed = retrospectiveFindingsIn(opts.repo, config.evidenceBranch, opts.now, opts.backend);
  owed.catch(() => void 0);
  const pendingHistory = where.then((w) => {
    const h = new LazyHistory({ ...opts, config }, w);
    if (h.head !== void 0 && h.head !== summaries.head) h.start();
    return h;
  });
  pendingHistory.catch(() => void 0);
  let records;
  const openRecords = async () => records = useCache ? await RecordCache.open(opts.repo) : void 0;
  const fresh = [];
  const fileDiagnostics = /* @__PURE__ */ new Set();
  const onFile = (f) => {
    for (const d of f.diagnostics) fileDiagnostics.add(d);
    const { summary, timeline } = f.record ? summarizeRecord(f.record, { config }, f.diagnostics) : summarizeUnreadable(f.path, f.oid, f.diagnostics);
    summaries.put(f.path, f.stat, summary, timeline);
    fresh.push(summary);
  };
  const repository = await loadWorktree(opts.repo, {
    config: checkedConfig,
    cache: opts.base ? await openRecords() : openRecords,
    reuse: opts.base ? void 0 : (rel, stat) => summaries.reuse(rel, stat),
    onFile: opts.base ? void 0 : onFile
  }).catch(async (error) => {
    await pendingHistory.then((h) => h.settle()).catch(() => void 0);
    throw error;
  });
  for (const f of repository.files ?? []) onFile(f);
  const all = [...fresh];
  for (const rel of repository.reused ?? []) {
    const summary = summaries.get(rel);
    if (summary) all.push(summary);
  }
  all.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const others = repository.diagnostics.filter((d) => !fileDiagnostics.has(d));
  const found = validateSummaries(all, others, localDate(opts.now, config.timezone)).diagnostics;
  if (opts.base) {
    const git = openGit(opts.repo, { backend: opts.backend });
    try {
      const base = (await loadCommit(git, opts.base, { cache: records })).records;
      found.push(...checkClosedRecords(base, repository.records));
    } finally {
      await git.close();
    }
  }
  const history = await pendingHistory;
  found.push(...await corroborate(all, summaries, history, config.backdateToleranceSeconds));
  if (records) for (const s of all) records.keep(s.oid);
  await Promise.all([records?.save(), summaries.save(history.head)].map((p) => p?.catch(() => void 0)));
  found.push(...await owed);
  const diagnostics = applyStrict(sortDiagnostics(dedupeDiagnostics(found)), opts.strict ?? false);
  return {
    diagnostics,
    ...countBySeverity(diagnostics),
    config: repository.config,
    summaries: all,
    filesRead: fresh.length,
    filesReused: repository.reused?.length ?? 0
  };
}

export {
  runValidate
};
