import {
  applyStrict,
  countBySeverity,
  type Diagnostic,
  dedupeDiagnostics,
  sortDiagnostics,
} from "../diagnostics/diagnostic.js";
import type { BackendChoice } from "../git/open.js";
import { openGit } from "../git/open.js";
import { historyFindings } from "../history/findings.js";
import { retrospectiveFindingsIn } from "../ledger/retrospective.js";
import { RecordCache } from "../loader/cache.js";
import { loadCommit } from "../loader/commit.js";
import { SummaryCache } from "../loader/summaries.js";
import type { LoadedRepository } from "../loader/types.js";
import { loadWorktree, readWorktreeConfig } from "../loader/worktree.js";
import { checkClosedRecords } from "../validate/immutability.js";
import { localDate } from "../validate/record.js";
import { validateSummaries } from "../validate/repository.js";
import { type RecordSummary, summarizeRecord, summarizeUnreadable } from "../validate/summary.js";
import { engineId } from "./paths.js";

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
  repository: LoadedRepository;
}

/** Reads the working tree (and the base revision when given) and runs every validation rule. */
export async function runValidate(opts: ValidateOptions): Promise<ValidateReport> {
  const useCache = opts.cache !== false;
  const scanStarted = Date.now();
  const config = await readWorktreeConfig(opts.repo);
  // Summaries of unchanged files are reused; with --base every file is read, since closed-record
  // immutability compares whole records.
  const summaries = await SummaryCache.open(
    useCache && !opts.base ? opts.repo : undefined,
    SummaryCache.keyOf({ engine: engineId(), config, today: localDate(opts.now, config.timezone) }),
    scanStarted,
  );
  let records: RecordCache | undefined;
  // The parse cache is opened only when many files must be parsed: after a small edit, loading it
  // would cost more than parsing the few changed files.
  const openRecords = async () => (records = useCache ? await RecordCache.open(opts.repo) : undefined);
  const worktree = loadWorktree(opts.repo, {
    cache: opts.base ? await openRecords() : openRecords,
    reuse: opts.base ? undefined : (rel, stat) => summaries.reuse(rel, stat),
  });
  const summarized = worktree.then((repository) => summarize(repository, summaries, opts.now));
  // History replay waits on git most of the time; it runs while the working tree parses, so
  // git's work takes the other core instead of adding to the wall time.
  const timelines = summarized.then((s) => s.all);
  // A failed load is reported below, from `worktree`; this copy of it must not count as unhandled.
  timelines.catch(() => undefined);
  const replayed = historyFindings({ ...opts, records: timelines, config }).then(
    (found) => ({ found }),
    (error: unknown) => ({ error }),
  );
  const repository = await worktree.catch(async (error: unknown) => {
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
  await Promise.all([records?.save(), summaries.save()].map((p) => p?.catch(() => undefined)));
  // Emergency changes whose retrospective approval is overdue, from the ledger branch if it exists.
  const owed = await retrospectiveFindingsIn(
    opts.repo,
    repository.config.evidenceBranch,
    opts.now,
    opts.backend,
  );
  // Timeline entries against the commits that first recorded them (SPEC 4), when there is history.
  const history = await replayed;
  if ("error" in history) throw history.error;
  const diagnostics = applyStrict(
    sortDiagnostics(dedupeDiagnostics([...found, ...owed, ...history.found])),
    opts.strict ?? false,
  );
  return { diagnostics, ...countBySeverity(diagnostics), repository };
}

/** Summaries of every record file, in path order: fresh for the files read, cached for the rest. */
function summarize(
  repository: LoadedRepository,
  cache: SummaryCache,
  now: string,
): { all: RecordSummary[]; fileDiagnostics: Set<Diagnostic> } {
  const ctx = { config: repository.config, today: localDate(now, repository.config.timezone) };
  const all: RecordSummary[] = [];
  const fileDiagnostics = new Set<Diagnostic>();
  for (const f of repository.files ?? []) {
    for (const d of f.diagnostics) fileDiagnostics.add(d);
    const summary = f.record
      ? summarizeRecord(f.record, ctx, f.diagnostics)
      : summarizeUnreadable(f.path, f.oid, f.diagnostics);
    cache.put(f.path, f.stat, summary);
    all.push(summary);
  }
  for (const rel of repository.reused ?? []) {
    const summary = cache.get(rel);
    if (summary) all.push(summary);
  }
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { all, fileDiagnostics };
}
