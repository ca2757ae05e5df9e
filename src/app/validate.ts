import type { SmsConfig } from "../config/types.js";
import {
  applyStrict,
  countBySeverity,
  type Diagnostic,
  dedupeDiagnostics,
  sortDiagnostics,
} from "../diagnostics/diagnostic.js";
import type { BackendChoice } from "../git/open.js";
import { openGit } from "../git/open.js";
import { historyHead } from "../history/findings.js";
import { retrospectiveFindingsIn } from "../ledger/retrospective.js";
import { RecordCache } from "../loader/cache.js";
import { loadCommit } from "../loader/commit.js";
import { SummaryCache } from "../loader/summaries.js";
import type { LoadedFile } from "../loader/types.js";
import { loadWorktree, readWorktreeConfigChecked } from "../loader/worktree.js";
import { localDate } from "../sla/periods.js";
import { checkClosedRecords } from "../validate/immutability.js";
import { validateSummaries } from "../validate/repository.js";
import { type RecordSummary, summarizeRecord, summarizeUnreadable } from "../validate/summary.js";
import { engineId } from "./paths.js";
import { corroborate, LazyHistory } from "./validate-history.js";

/** Options of `sms validate`. */
export interface ValidateOptions {
  repo: string;
  /** Base revision for closed-record immutability. */
  base?: string;
  strict?: boolean;
  now: string;
  backend?: BackendChoice;
  /** Use the parse cache in .sms/cache (default true). */
  cache?: boolean;
}

/** What `sms validate` found. */
export interface ValidateReport {
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  config: SmsConfig;
  /** One per record file, in path order. */
  summaries: RecordSummary[];
  /** Files read and checked in this run, and files whose cached summary was still good. */
  filesRead: number;
  filesReused: number;
}

/** Reads the working tree (and the base revision when given) and runs every validation rule. */
export async function runValidate(opts: ValidateOptions): Promise<ValidateReport> {
  const useCache = opts.cache !== false;
  const scanStarted = Date.now();
  // git is asked where HEAD is while the configuration and the files are read.
  const where = historyHead(opts.repo, opts.backend);
  where.catch(() => undefined);
  const checkedConfig = await readWorktreeConfigChecked(opts.repo);
  const { config } = checkedConfig;
  // Summaries of unchanged files are reused; with --base every file is read, since closed-record
  // immutability compares whole records.
  const summaries = await SummaryCache.open(
    useCache && !opts.base ? opts.repo : undefined,
    SummaryCache.keyOf({ engine: engineId(), config }),
    scanStarted,
  );
  // Emergency changes whose retrospective approval is overdue, from the ledger branch if it exists;
  // asked now, so git answers while the working tree is read.
  const owed = retrospectiveFindingsIn(opts.repo, config.evidenceBranch, opts.now, opts.backend);
  owed.catch(() => undefined);
  // Replaying history waits on git most of the time; when the cache cannot answer for HEAD it starts
  // as soon as HEAD is known, so git's work takes the other core while the working tree is read.
  const pendingHistory = where.then((w) => {
    const h = new LazyHistory({ ...opts, config }, w);
    if (h.head !== undefined && h.head !== summaries.head) h.start();
    return h;
  });
  pendingHistory.catch(() => undefined);
  let records: RecordCache | undefined;
  // The parse cache is opened only when many files must be parsed: after a small edit, loading it
  // would cost more than parsing the few changed files.
  const openRecords = async () => (records = useCache ? await RecordCache.open(opts.repo) : undefined);
  // Each file is summarised as soon as it is read and then dropped, so memory holds summaries, not
  // records (with --base the records are kept: immutability compares them with the base's).
  const fresh: RecordSummary[] = [];
  const fileDiagnostics = new Set<Diagnostic>();
  const onFile = (f: LoadedFile) => {
    for (const d of f.diagnostics) fileDiagnostics.add(d);
    const { summary, timeline } = f.record
      ? summarizeRecord(f.record, { config }, f.diagnostics)
      : summarizeUnreadable(f.path, f.oid, f.diagnostics);
    summaries.put(f.path, f.stat, summary, timeline);
    fresh.push(summary);
  };
  const repository = await loadWorktree(opts.repo, {
    config: checkedConfig,
    cache: opts.base ? await openRecords() : openRecords,
    reuse: opts.base ? undefined : (rel, stat) => summaries.reuse(rel, stat),
    onFile: opts.base ? undefined : onFile,
  }).catch(async (error: unknown) => {
    await pendingHistory.then((h) => h.settle()).catch(() => undefined);
    throw error;
  });
  for (const f of repository.files ?? []) onFile(f);
  const all = [...fresh];
  for (const rel of repository.reused ?? []) {
    const summary = summaries.get(rel);
    if (summary) all.push(summary);
  }
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
  // Timeline entries against the commits that first recorded them (SPEC 4), when there is history.
  const history = await pendingHistory;
  found.push(...(await corroborate(all, summaries, history, config.backdateToleranceSeconds)));
  if (records) for (const s of all) records.keep(s.oid);
  await Promise.all([records?.save(), summaries.save(history.head)].map((p) => p?.catch(() => undefined)));
  found.push(...(await owed));
  const diagnostics = applyStrict(sortDiagnostics(dedupeDiagnostics(found)), opts.strict ?? false);
  return {
    diagnostics,
    ...countBySeverity(diagnostics),
    config: repository.config,
    summaries: all,
    filesRead: fresh.length,
    filesReused: repository.reused?.length ?? 0,
  };
}
