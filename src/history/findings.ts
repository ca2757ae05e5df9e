import path from "node:path";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type BackendChoice, findRepoRoot, openGit } from "../git/open.js";
import { recordFolders } from "../loader/folders.js";
import { diag } from "../records/read.js";
import { replayWithCache } from "./cached.js";
import type { Replay } from "./replay.js";

/** Where a repository's history stands for corroboration. */
export type HistoryHead =
  /** Not the root of a git repository, or no commits yet: timelines are not checked. */
  | { kind: "none" }
  /** A shallow clone: partial history would misjudge every entry, so one warning instead. */
  | { kind: "shallow"; warning: Diagnostic }
  | { kind: "head"; head: string };

/** Options of the history readers. */
export interface HistoryOptions {
  repo: string;
  config: SmsConfig;
  backend?: BackendChoice;
  cache?: boolean;
}

/** The commit timelines are checked against, or why they are not. */
export async function historyHead(repo: string, backend?: BackendChoice): Promise<HistoryHead> {
  const dir = path.resolve(repo);
  // Record paths are relative to the SMS folder; history's are relative to the git root.
  if (findRepoRoot(dir) !== dir) return { kind: "none" };
  const git = openGit(dir, { backend, searchParents: false });
  try {
    const head = await git.resolveCommit("HEAD").catch(() => undefined);
    if (!head) return { kind: "none" };
    if (await git.isShallow()) {
      return {
        kind: "shallow",
        warning: diag(
          "sms.config.yml",
          1,
          1,
          "history-shallow",
          "this clone is shallow, so timelines were not checked against the commits that recorded them; fetch the full history (in GitHub Actions: `fetch-depth: 0` on actions/checkout)",
        ),
      };
    }
    return { kind: "head", head };
  } finally {
    await git.close();
  }
}

/** History replayed up to `head` (continuing from the cache in .sms/cache unless `cache` is false). */
export async function historyAt(opts: HistoryOptions, head: string): Promise<Replay> {
  const git = openGit(path.resolve(opts.repo), { backend: opts.backend, searchParents: false });
  try {
    return await replayWithCache(git, {
      head,
      folders: recordFolders(opts.config),
      zone: opts.config.timezone,
      maxFileSize: opts.config.maxFileSize,
      cache: opts.cache,
    });
  } finally {
    await git.close();
  }
}
