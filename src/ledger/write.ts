import { GitError } from "../errors.js";
import { runGit } from "../git/process.js";
import { LEDGER_DIR } from "./entry.js";

/** Who commits to the evidence branch. */
export interface LedgerIdentity {
  name: string;
  email: string;
}

/** The identity the Action commits ledger entries as. */
export const ACTIONS_BOT: LedgerIdentity = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

/** Runs git with optional stdin; resolves with its output, rejects only when git cannot start. */
export function git(
  cwd: string,
  args: readonly string[],
  opts: { input?: Uint8Array | string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  // Ledger commands always get a stdin (empty when none is given), as plumbing like mktree expects.
  return runGit(cwd, args, { ...opts, input: opts.input ?? "" });
}

async function must(cwd: string, args: string[], input?: Uint8Array | string, env?: NodeJS.ProcessEnv) {
  const r = await git(cwd, args, { input, env });
  if (r.code !== 0) throw new GitError(`git ${args[0]} failed: ${r.stderr.trim().split("\n")[0] ?? ""}`);
  return r.stdout.trim();
}

const README = `# SMS approval ledger

This branch is written by sms-as-code. Each file in approvals/ records the approvals of one
merged pull request (or retrospective approvals given later). Each entry carries the sha256 of
the previous one, so the files form a hash chain: run \`sms verify\` to check it. Do not edit.
`;

/**
 * Commits one new file to the evidence branch with git plumbing (hash-object, mktree,
 * commit-tree, update-ref): the working tree, the index and the checked-out branch are untouched.
 * `parent` is the branch tip the entry was built on; the ref moves only if it still points there.
 */
export async function commitLedgerFile(opts: {
  dir: string;
  branch: string;
  parent: string | undefined;
  /** Existing ledger files at `parent` (name -> blob oid). */
  files: Map<string, string>;
  name: string;
  bytes: Uint8Array;
  message: string;
  identity: LedgerIdentity;
  /** ISO instant used as author and committer date. */
  date: string;
}): Promise<string> {
  const { dir } = opts;
  const blob = await must(dir, ["hash-object", "-w", "--stdin"], opts.bytes);
  const entries = new Map(opts.files);
  entries.set(opts.name, blob);
  const lines = [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, oid]) => `100644 blob ${oid}\t${name}`);
  const ledgerTree = await must(dir, ["mktree"], `${lines.join("\n")}\n`);
  let rootLines = [`040000 tree ${ledgerTree}\t${LEDGER_DIR}`];
  if (opts.parent) {
    // Keep whatever else the branch's root holds (its README).
    const ls = await must(dir, ["ls-tree", opts.parent]);
    rootLines = [...ls.split("\n").filter((l) => l && !l.endsWith(`\t${LEDGER_DIR}`)), ...rootLines];
  } else {
    const readme = await must(dir, ["hash-object", "-w", "--stdin"], README);
    rootLines.push(`100644 blob ${readme}\tREADME.md`);
  }
  const root = await must(dir, ["mktree"], `${rootLines.join("\n")}\n`);
  const when = `${Math.floor(Date.parse(opts.date) / 1000)} +0000`;
  const env = {
    GIT_AUTHOR_NAME: opts.identity.name,
    GIT_AUTHOR_EMAIL: opts.identity.email,
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_NAME: opts.identity.name,
    GIT_COMMITTER_EMAIL: opts.identity.email,
    GIT_COMMITTER_DATE: when,
  };
  const commit = await must(
    dir,
    ["commit-tree", root, ...(opts.parent ? ["-p", opts.parent] : []), "-F", "-"],
    `${opts.message}\n`,
    env,
  );
  const zero = "0".repeat(commit.length);
  await must(dir, [
    "update-ref",
    "-m",
    "sms record-approvals",
    `refs/heads/${opts.branch}`,
    commit,
    opts.parent ?? zero,
  ]);
  return commit;
}

/** True when the repository has a remote called origin. */
export async function hasOrigin(dir: string): Promise<boolean> {
  const r = await git(dir, ["remote"]);
  return r.code === 0 && r.stdout.split("\n").some((l) => l.trim() === "origin");
}

/** Fetches the remote evidence branch into refs/remotes/origin/<branch>; false when it does not exist. */
export async function fetchLedger(dir: string, branch: string): Promise<boolean> {
  const r = await git(dir, [
    "fetch",
    "--no-tags",
    "--quiet",
    "origin",
    `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
  ]);
  return r.code === 0;
}

/** Pushes the evidence branch; false when the remote moved on (rejected, not fast-forward). */
export async function pushLedger(dir: string, branch: string): Promise<{ ok: boolean; reason: string }> {
  const r = await git(dir, ["push", "--quiet", "origin", `refs/heads/${branch}:refs/heads/${branch}`]);
  return { ok: r.code === 0, reason: r.stderr.trim().split("\n").slice(-1)[0] ?? "" };
}

/** Moves the local branch to `to` (after fetching a remote that is ahead). */
export async function setBranch(dir: string, branch: string, to: string): Promise<void> {
  await must(dir, ["update-ref", `refs/heads/${branch}`, to]);
}

/** True when `a` is an ancestor of `b`. */
export async function isAncestor(dir: string, a: string, b: string): Promise<boolean> {
  return (await git(dir, ["merge-base", "--is-ancestor", a, b])).code === 0;
}
