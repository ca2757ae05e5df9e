import { applyStrict, countBySeverity, type Diagnostic, sortDiagnostics } from "../diagnostics/diagnostic.js";
import type { BackendChoice } from "../git/open.js";
import { openGit } from "../git/open.js";
import { historyFindings } from "../history/findings.js";
import { retrospectiveFindingsIn } from "../ledger/retrospective.js";
import { RecordCache } from "../loader/cache.js";
import { loadCommit } from "../loader/commit.js";
import type { LoadedRepository } from "../loader/types.js";
import { loadWorktree, readWorktreeConfig } from "../loader/worktree.js";
import type { SmsRecord } from "../records/record.js";
import { validateRepository } from "../validate/repository.js";

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
  const cache = opts.cache === false ? undefined : await RecordCache.open(opts.repo);
  // History replay waits on git most of the time; it runs while the working tree parses, so
  // git's work takes the other core instead of adding to the wall time. The configuration is read
  // once more for it (a small file), since the records' load is what it overlaps with.
  const worktree = loadWorktree(opts.repo, { cache });
  const records = worktree.then((r) => r.records);
  // A failed load is reported below, from `worktree`; this copy of it must not count as unhandled.
  records.catch(() => undefined);
  const replayed = historyFindings({
    ...opts,
    records,
    config: await readWorktreeConfig(opts.repo),
  }).then(
    (found) => ({ found }),
    (error: unknown) => ({ error }),
  );
  const repository = await worktree.catch(async (error: unknown) => {
    await replayed;
    throw error;
  });
  let base: SmsRecord[] | undefined;
  if (opts.base) {
    const git = openGit(opts.repo, { backend: opts.backend });
    try {
      base = (await loadCommit(git, opts.base, { cache })).records;
    } finally {
      await git.close();
    }
  }
  const result = validateRepository({
    records: repository.records,
    readDiagnostics: repository.diagnostics,
    config: repository.config,
    now: opts.now,
    base,
  });
  await cache?.save().catch(() => undefined);
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
  const corroboration = history.found;
  const diagnostics = applyStrict(
    sortDiagnostics([...result.diagnostics, ...owed, ...corroboration]),
    opts.strict ?? false,
  );
  return { diagnostics, ...countBySeverity(diagnostics), repository };
}
