import { applyStrict, countBySeverity, type Diagnostic, sortDiagnostics } from "../diagnostics/diagnostic.js";
import type { BackendChoice } from "../git/open.js";
import { openGit } from "../git/open.js";
import { historyFindings } from "../history/findings.js";
import { retrospectiveFindingsIn } from "../ledger/retrospective.js";
import { RecordCache } from "../loader/cache.js";
import { loadCommit } from "../loader/commit.js";
import type { LoadedRepository } from "../loader/types.js";
import { loadWorktree } from "../loader/worktree.js";
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
  const repository = await loadWorktree(opts.repo, { cache });
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
  const corroboration = await historyFindings({
    ...opts,
    records: repository.records,
    config: repository.config,
  });
  const diagnostics = applyStrict(
    sortDiagnostics([...result.diagnostics, ...owed, ...corroboration]),
    opts.strict ?? false,
  );
  return { diagnostics, ...countBySeverity(diagnostics), repository };
}
