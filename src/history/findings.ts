import path from "node:path";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type BackendChoice, findRepoRoot, openGit } from "../git/open.js";
import { recordFolders } from "../loader/folders.js";
import { diag } from "../records/read.js";
import { replayWithCache } from "./cached.js";
import { corroborateUses, type TimelineOf } from "./corroborate.js";

/** Options of historyFindings. */
export interface HistoryFindingsOptions {
  repo: string;
  /** Each record's timeline; a promise lets the caller parse the working tree while history replays. */
  records: readonly TimelineOf[] | Promise<readonly TimelineOf[]>;
  config: SmsConfig;
  backend?: BackendChoice;
  cache?: boolean;
}

/**
 * Corroboration findings for `sms validate`: each timeline entry checked against the commit that first
 * recorded it. Nothing when the folder is not the root of a git repository with commits; one warning
 * when the clone is shallow, since partial history would misjudge every entry.
 */
export async function historyFindings(opts: HistoryFindingsOptions): Promise<Diagnostic[]> {
  const dir = path.resolve(opts.repo);
  // Record paths are relative to the SMS folder; history's are relative to the git root.
  if (findRepoRoot(dir) !== dir) return [];
  const git = openGit(dir, { backend: opts.backend, searchParents: false });
  try {
    const head = await git.resolveCommit("HEAD").catch(() => undefined);
    if (!head) return [];
    if (await git.isShallow()) {
      return [
        diag(
          "sms.config.yml",
          1,
          1,
          "history-shallow",
          "this clone is shallow, so timelines were not checked against the commits that recorded them; fetch the full history (in GitHub Actions: `fetch-depth: 0` on actions/checkout)",
        ),
      ];
    }
    const { state } = await replayWithCache(git, {
      head,
      folders: recordFolders(opts.config),
      zone: opts.config.timezone,
      maxFileSize: opts.config.maxFileSize,
      cache: opts.cache,
    });
    return corroborateUses({
      records: await opts.records,
      history: state,
      toleranceSeconds: opts.config.backdateToleranceSeconds,
    });
  } finally {
    await git.close();
  }
}
