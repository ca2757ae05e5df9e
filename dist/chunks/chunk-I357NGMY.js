import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  loadWorktree,
  readWorktreeConfig
} from "./chunk-GX2F45EK.js";
import {
  replayWithCache
} from "./chunk-2Z572IB4.js";
import {
  retrospectiveFindingsIn
} from "./chunk-7IX44ROT.js";
import {
  RecordCache,
  checkClosedRecords,
  loadCommit,
  summarizeRecord,
  summarizeUnreadable,
  validateSummaries
} from "./chunk-24OGOJRB.js";
import {
  corroborateUses
} from "./chunk-BPYONNMC.js";
import {
  recordFolders
} from "./chunk-JVHHDIMA.js";
import {
  findRepoRoot,
  openGit
} from "./chunk-6NIB3Z66.js";
import {
  applyStrict,
  countBySeverity,
  dedupeDiagnostics,
  sortDiagnostics
} from "./chunk-Q6J2Z4O2.js";
import {
  engineId
} from "./chunk-JWIW4HGN.js";
import {
  localDate
} from "./chunk-2IUYJEZW.js";
import {
  diag
} from "./chunk-V7YJQQZP.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/validate.ts
init_define_SMS_SITE_ASSETS();

// src/history/findings.ts
init_define_SMS_SITE_ASSETS();
import path from "node:path";
async function historyFindings(opts) {
  const dir = path.resolve(opts.repo);
  if (findRepoRoot(dir) !== dir) return [];
  const git = openGit(dir, { backend: opts.backend, searchParents: false });
  try {
    const head = await git.resolveCommit("HEAD").catch(() => void 0);
    if (!head) return [];
    if (await git.isShallow()) {
      return [
        diag(
          "sms.config.yml",
          1,
          1,
          "history-shallow",
          "this clone is shallow, so timelines were not checked against the commits that recorded them; fetch the full history (in GitHub Actions: `fetch-depth: 0` on actions/checkout)"
        )
      ];
    }
    const { state } = await replayWithCache(git, {
      head,
      folders: recordFolders(opts.config),
      zone: opts.config.timezone,
      maxFileSize: opts.config.maxFileSize,
      cache: opts.cache
    });
    return corroborateUses({
      records: await opts.records,
      history: state,
      toleranceSeconds: opts.config.backdateToleranceSeconds
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
var FORMAT = 1;
var RACY_MS = 2e3;
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
  /**
   * Opens `.sms/cache/summaries.json` of a repository. `key` names everything the summaries depend on
   * besides the file (engine, configuration, today's date); a cache made under another key starts empty.
   * `scanStartedMs` is the time the caller starts looking at files.
   */
  static async open(repoDir, key, scanStartedMs) {
    const file = repoDir ? path2.join(repoDir, ".sms", "cache", "summaries.json") : void 0;
    const cache = new _SummaryCache(file, key, scanStartedMs);
    if (!file) return cache;
    try {
      const raw = JSON.parse(await readFile(file, "utf8"));
      if (raw.format === FORMAT && raw.key === key && Array.isArray(raw.entries))
        cache.entries = new Map(raw.entries);
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
  /** Records the summary of a file read in this run. */
  put(rel, stat, summary) {
    this.next.set(rel, { ...stat, scan: this.scan, summary });
    this.dirty = true;
  }
  /** Writes the files seen in this run (atomically); files no longer there are dropped. */
  async save() {
    if (!this.file || !this.dirty && this.next.size === this.entries.size) return;
    await mkdir(path2.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ format: FORMAT, key: this.key, entries: [...this.next] }));
    await rename(tmp, this.file);
  }
};

// src/app/validate.ts
async function runValidate(opts) {
  const useCache = opts.cache !== false;
  const scanStarted = Date.now();
  const config = await readWorktreeConfig(opts.repo);
  const summaries = await SummaryCache.open(
    useCache && !opts.base ? opts.repo : void 0,
    SummaryCache.keyOf({ engine: engineId(), config, today: localDate(opts.now, config.timezone) }),
    scanStarted
  );
  let records;
  const openRecords = async () => records = useCache ? await RecordCache.open(opts.repo) : void 0;
  const worktree = loadWorktree(opts.repo, {
    cache: opts.base ? await openRecords() : openRecords,
    reuse: opts.base ? void 0 : (rel, stat) => summaries.reuse(rel, stat)
  });
  const summarized = worktree.then((repository2) => summarize(repository2, summaries, opts.now));
  const timelines = summarized.then((s) => s.all);
  timelines.catch(() => void 0);
  const replayed = historyFindings({ ...opts, records: timelines, config }).then(
    (found2) => ({ found: found2 }),
    (error) => ({ error })
  );
  const repository = await worktree.catch(async (error) => {
    await replayed;
    throw error;
  });
  const { all, fileDiagnostics } = await summarized;
  const others = repository.diagnostics.filter((d) => !fileDiagnostics.has(d));
  const found = validateSummaries(all, others).diagnostics;
  if (opts.base) {
    const git = openGit(opts.repo, { backend: opts.backend });
    try {
      const base = (await loadCommit(git, opts.base, { cache: records })).records;
      found.push(...checkClosedRecords(base, repository.records));
    } finally {
      await git.close();
    }
  }
  if (records) for (const s of all) records.keep(s.oid);
  await Promise.all([records?.save(), summaries.save()].map((p) => p?.catch(() => void 0)));
  const owed = await retrospectiveFindingsIn(
    opts.repo,
    repository.config.evidenceBranch,
    opts.now,
    opts.backend
  );
  const history = await replayed;
  if ("error" in history) throw history.error;
  const diagnostics = applyStrict(
    sortDiagnostics(dedupeDiagnostics([...found, ...owed, ...history.found])),
    opts.strict ?? false
  );
  return { diagnostics, ...countBySeverity(diagnostics), repository };
}
function summarize(repository, cache, now) {
  const ctx = { config: repository.config, today: localDate(now, repository.config.timezone) };
  const all = [];
  const fileDiagnostics = /* @__PURE__ */ new Set();
  for (const f of repository.files ?? []) {
    for (const d of f.diagnostics) fileDiagnostics.add(d);
    const summary = f.record ? summarizeRecord(f.record, ctx, f.diagnostics) : summarizeUnreadable(f.path, f.oid, f.diagnostics);
    cache.put(f.path, f.stat, summary);
    all.push(summary);
  }
  for (const rel of repository.reused ?? []) {
    const summary = cache.get(rel);
    if (summary) all.push(summary);
  }
  all.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { all, fileDiagnostics };
}

export {
  runValidate
};
