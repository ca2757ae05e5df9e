import { readFile } from "node:fs/promises";
import { evaluatePullRequest, joinList, renderSummaryMarkdown } from "../approval/index.js";
import type { ChangedPath, PullRequestFacts, Review, TeamMembers, Verdict } from "../approval/types.js";
import { CONFIG_FILE, parseConfig } from "../config/parse.js";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { GitError, UsageError } from "../errors.js";
import { type BackendChoice, openGit } from "../git/open.js";
import { firstLine, runGit } from "../git/process.js";
import { diffTrees } from "../git/tree.js";
import type { GitBackend } from "../git/types.js";
import { factsFromGitHub } from "../github/facts.js";
import { publishVerdict, writeJobSummary } from "../github/publish.js";
import type { GitHubClient } from "../github/types.js";
import { RecordCache } from "../loader/cache.js";
import { loadCommit } from "../loader/commit.js";
import { isRecordFileName, recordFolders } from "../loader/folders.js";
import type { LoadedRepository } from "../loader/types.js";
import type { SmsRecord } from "../records/record.js";
import { validateRepository } from "../validate/repository.js";

/** Id and kind of the pseudo-record that stands for `sms.config.yml` in a pull request. */
export const CONFIG_RECORD_KIND = "config";

/** Base and head of a pull request, read from git objects only (never the working tree). */
export interface PullRequestState {
  /** Commit whose policy, configuration and teams judge the pull request. */
  baseCommit: string;
  headCommit: string;
  /** Where head forked from base: the diff is taken from here, like GitHub's "files changed". */
  mergeBase: string;
  base: LoadedRepository;
  head: LoadedRepository;
  changed: ChangedPath[];
  /** Records passed to the evaluator (the loaded records plus the configuration pseudo-record). */
  baseRecords: SmsRecord[];
  headRecords: SmsRecord[];
}

/** The common ancestor of two commits; native git when it can, else a walk over the backend. */
export async function findMergeBase(git: GitBackend, a: string, b: string): Promise<string> {
  if (a === b) return a;
  if (git.name === "native") {
    const out = await runGit(git.dir, ["merge-base", a, b]);
    if (out.code === 0 && out.stdout.trim()) return out.stdout.trim();
    if (out.code !== 1) throw new GitError(`git merge-base ${a} ${b} failed: ${firstLine(out.stderr)}`);
    throw noCommonAncestor(a, b, await git.isShallow().catch(() => false));
  }
  const seen = new Set<string>([a]);
  let frontier = [a];
  while (frontier.length) {
    const next: string[] = [];
    for (const oid of frontier) {
      for (const p of (await git.readCommit(oid)).parents) {
        if (!seen.has(p)) {
          seen.add(p);
          next.push(p);
        }
      }
    }
    frontier = next;
  }
  const queue = [b];
  const visited = new Set<string>([b]);
  while (queue.length) {
    const oid = queue.shift()!;
    if (seen.has(oid)) return oid;
    for (const p of (await git.readCommit(oid)).parents) {
      if (!visited.has(p)) {
        visited.add(p);
        queue.push(p);
      }
    }
  }
  throw noCommonAncestor(a, b, await git.isShallow().catch(() => false));
}

function noCommonAncestor(a: string, b: string, shallow: boolean): GitError {
  return new GitError(
    shallow
      ? `cannot find where ${b.slice(0, 12)} forked from ${a.slice(0, 12)}: the clone is shallow; check out with fetch-depth: 0`
      : `commits ${a.slice(0, 12)} and ${b.slice(0, 12)} have no common ancestor`,
  );
}

async function configBlob(git: GitBackend, commit: string): Promise<string | null> {
  const info = await git.readCommit(commit);
  const entry = (await git.readTree(info.tree)).find((e) => e.name === CONFIG_FILE);
  return entry && entry.type === "blob" ? entry.oid : null;
}

/** The configuration committed at a revision, without reading any record; defaults when absent. */
export async function configAt(git: GitBackend, rev: string): Promise<SmsConfig> {
  const oid = await configBlob(git, await git.resolveCommit(rev));
  const text = oid ? new TextDecoder().decode(await git.readBlob(oid)) : undefined;
  return parseConfig(text).config;
}

/** `sms.config.yml` as a record of kind `config`, so a pull request that edits teams needs approval too. */
function configRecord(oid: string, config: SmsConfig): SmsRecord {
  return {
    path: CONFIG_FILE,
    oid,
    data: {
      id: CONFIG_FILE,
      kind: CONFIG_RECORD_KIND,
      title: `SMS configuration of ${config.organization || "the organization"}`,
      owner: "",
    },
    body: "",
    bodyLine: 1,
    positions: {},
  };
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

/**
 * Reads base and head from git objects and finds the records the pull request adds, changes,
 * deletes or renames. Rules come from `base`; the diff runs from the merge base to `head`.
 */
export async function loadPullRequest(
  git: GitBackend,
  baseRev: string,
  headRev: string,
  opts: { cache?: RecordCache; mergeBase?: string; progress?: (message: string) => void } = {},
): Promise<PullRequestState> {
  const progress = opts.progress ?? (() => undefined);
  const [baseCommit, headCommit] = await Promise.all([
    git.resolveCommit(baseRev),
    git.resolveCommit(headRev),
  ]);
  const mergeBase = opts.mergeBase ?? (await findMergeBase(git, baseCommit, headCommit));
  // One after the other: the head shares almost every blob with the base, and reads them from the
  // parse cache the base filled.
  const cache = opts.cache ?? RecordCache.memory();
  progress(`reading the base ${baseCommit.slice(0, 12)}`);
  const base = await loadCommit(git, baseCommit, { cache });
  progress(`reading the head ${headCommit.slice(0, 12)}`);
  const head = await loadCommit(git, headCommit, { cache });
  // Records as they stood at the merge base decide what the pull request itself changed.
  const fork = mergeBase === baseCommit ? base : await loadCommit(git, mergeBase, { cache });
  const [forkInfo, headInfo] = await Promise.all([git.readCommit(mergeBase), git.readCommit(headCommit)]);
  const folders = [...new Set([...recordFolders(base.config), ...recordFolders(head.config)])];
  const raw = (await diffTrees(git, forkInfo.tree, headInfo.tree, folders)).filter((c) =>
    isRecordFileName(basename(c.path)),
  );

  // A record that moved keeps its id: a deletion and an addition of the same id is a rename.
  const forkIdByPath = new Map(fork.records.map((r) => [r.path, r.data.id]));
  const headIdByPath = new Map(head.records.map((r) => [r.path, r.data.id]));
  const deletedById = new Map<string, string>();
  for (const c of raw) {
    const id = forkIdByPath.get(c.path);
    if (c.status === "deleted" && typeof id === "string" && !deletedById.has(id)) deletedById.set(id, c.path);
  }
  const renamedFrom = new Set<string>();
  const changed: ChangedPath[] = [];
  for (const c of raw) {
    if (c.status !== "added") continue;
    const id = headIdByPath.get(c.path);
    const from = typeof id === "string" ? deletedById.get(id) : undefined;
    if (from && !renamedFrom.has(from)) {
      renamedFrom.add(from);
      changed.push({ path: c.path, status: "renamed", oldPath: from });
    } else changed.push({ path: c.path, status: "added" });
  }
  for (const c of raw) {
    if (c.status === "modified") changed.push({ path: c.path, status: "modified" });
    else if (c.status === "deleted" && !renamedFrom.has(c.path))
      changed.push({ path: c.path, status: "deleted" });
  }

  const baseRecords = [...base.records];
  const headRecords = [...head.records];
  const [forkCfg, baseCfg, headCfg] = await Promise.all([
    configBlob(git, mergeBase),
    mergeBase === baseCommit ? null : configBlob(git, baseCommit),
    configBlob(git, headCommit),
  ]);
  const baseCfgOid = mergeBase === baseCommit ? forkCfg : baseCfg;
  if (forkCfg !== headCfg) {
    changed.push({
      path: CONFIG_FILE,
      status: forkCfg === null ? "added" : headCfg === null ? "deleted" : "modified",
    });
    if (baseCfgOid) baseRecords.push(configRecord(baseCfgOid, base.config));
    if (headCfg) headRecords.push(configRecord(headCfg, head.config));
  }
  changed.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { baseCommit, headCommit, mergeBase, base, head, changed, baseRecords, headRecords };
}

/** Validates the head: sections 2-5 and immutability of records closed at the merge base. */
export async function validateHead(
  git: GitBackend,
  state: PullRequestState,
  now: string,
  cache?: RecordCache,
): Promise<Diagnostic[]> {
  const fork =
    state.mergeBase === state.baseCommit ? state.base : await loadCommit(git, state.mergeBase, { cache });
  return validateRepository({
    records: state.head.records,
    readDiagnostics: state.head.diagnostics,
    config: state.head.config,
    now,
    base: fork.records,
  }).diagnostics;
}

/** Resolves `teams` of the BASE configuration: lists as written, `github: org/slug` through `resolve`. */
export async function resolveTeams(
  config: SmsConfig,
  resolve?: (org: string, slug: string) => Promise<string[]>,
  given: TeamMembers = {},
): Promise<TeamMembers> {
  const out: Record<string, readonly string[]> = {};
  const pending: Promise<void>[] = [];
  for (const [name, value] of Object.entries(config.teams)) {
    if (Array.isArray(value)) out[name] = value;
    else if (Object.hasOwn(given, name)) out[name] = given[name]!;
    else if (value && typeof value === "object" && typeof value.github === "string" && resolve) {
      const [org, slug] = value.github.split("/") as [string, string];
      pending.push(
        resolve(org, slug).then((members) => {
          out[name] = members;
        }),
      );
    }
    // Unresolved GitHub teams stay unknown: the evaluator reports them and nobody from them counts.
  }
  await Promise.all(pending);
  return out;
}

/** The `--facts` file: what GitHub would tell, plus optional team membership for offline runs. */
export interface FactsFile extends Partial<PullRequestFacts> {
  /** Members of `github: org/slug` teams, by team name, for offline simulation. */
  teams?: Record<string, string[]>;
}

/** Reads and checks a facts file; problems are usage errors (exit 2). */
export async function readFactsFile(file: string): Promise<FactsFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the facts file ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the facts file ${file} is not JSON: ${(error as Error).message}`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new UsageError(`the facts file ${file} must hold a JSON object`);
  const f = data as FactsFile;
  if (f.teams !== undefined) {
    const ok =
      f.teams &&
      typeof f.teams === "object" &&
      Object.values(f.teams).every((v) => Array.isArray(v) && v.every((x) => typeof x === "string"));
    if (!ok) throw new UsageError(`the facts file ${file}: teams must map team names to lists of logins`);
  }
  return f;
}

/** Completes facts for a head commit: head_sha and now default, a different head_sha is refused. */
export async function completeFacts(
  git: GitBackend,
  given: FactsFile,
  headCommit: string,
  now: string,
): Promise<PullRequestFacts> {
  let head = headCommit;
  if (typeof given.head_sha === "string" && given.head_sha !== "") {
    const named = given.head_sha.toLowerCase();
    if (!headCommit.startsWith(named)) {
      let resolved: string | undefined;
      try {
        resolved = await git.resolveCommit(given.head_sha);
      } catch {
        resolved = undefined;
      }
      if (resolved !== headCommit)
        throw new UsageError(
          `the facts' head_sha ${given.head_sha} is not the --head commit ${headCommit.slice(0, 12)}; approvals are judged on the head commit`,
        );
    }
    head = headCommit;
  }
  const reviews = Array.isArray(given.reviews)
    ? given.reviews.map((r) => ({ ...r, commit_id: expandSha(r?.commit_id, headCommit) }) as Review)
    : (given.reviews as unknown as Review[]);
  return {
    number: Number(given.number ?? 0),
    author: given.author as string,
    head_sha: head,
    labels: Array.isArray(given.labels) ? given.labels.map(String) : [],
    reviews,
    commit_authors: (given.commit_authors as string[]) ?? [],
    now: given.now ?? now,
  };
}

// A facts file written by hand may abbreviate the head commit in a review.
function expandSha(commit: unknown, head: string): string {
  if (typeof commit !== "string") return commit as string;
  const c = commit.toLowerCase();
  return c.length >= 7 && head.startsWith(c) ? head : commit;
}

/** What a check of a pull request found. */
export interface CheckResult {
  verdict: Verdict;
  state: PullRequestState;
  headValidation: Diagnostic[];
  teams: TeamMembers;
}

/** Options of `evaluateCheck`. */
export interface EvaluateCheckOptions {
  git: GitBackend;
  base: string;
  head: string;
  /** Facts as given (file or API); head_sha and now are completed. */
  facts: FactsFile;
  now: string;
  /** Resolves `github: org/slug` teams of the base configuration (the API); facts.teams wins. */
  resolveTeam?: (org: string, slug: string) => Promise<string[]>;
  cache?: RecordCache;
  mergeBase?: string;
  /** Progress lines (the CLI shows them on stderr when it is a terminal). */
  progress?: (message: string) => void;
}

/** Loads base and head, validates the head, resolves teams from the base and evaluates. */
export async function evaluateCheck(opts: EvaluateCheckOptions): Promise<CheckResult> {
  const state = await loadPullRequest(opts.git, opts.base, opts.head, {
    cache: opts.cache,
    mergeBase: opts.mergeBase,
    progress: opts.progress,
  });
  opts.progress?.(
    `validating ${state.head.records.length} records and judging ${state.changed.length} changed`,
  );
  const facts = await completeFacts(opts.git, opts.facts, state.headCommit, opts.now);
  const [headValidation, teams] = await Promise.all([
    validateHead(opts.git, state, facts.now, opts.cache),
    resolveTeams(state.base.config, opts.resolveTeam, opts.facts.teams ?? {}),
  ]);
  const verdict = evaluatePullRequest({
    base: state.baseRecords,
    head: state.headRecords,
    changed: state.changed,
    config: state.base.config,
    teams,
    facts,
    headValidation,
  });
  return { verdict, state, headValidation, teams };
}

/** Options of `sms check-pr`. */
export interface CheckPrOptions {
  repo: string;
  base: string;
  head: string;
  /** Facts file path; without it `fetchFacts` must be given. */
  factsFile?: string;
  /** Fetches facts (and team membership) from GitHub when there is no facts file. */
  github?: GitHubFactsSource;
  now: string;
  backend?: BackendChoice;
  progress?: (message: string) => void;
}

/** Where facts come from when there is no facts file (the GitHub adapter implements it). */
export interface GitHubFactsSource {
  facts(now: string): Promise<FactsFile>;
  teamMembers(org: string, slug: string): Promise<string[]>;
}

/** `sms check-pr`: loads base and head from git, gets the facts, evaluates. */
export async function runCheckPr(opts: CheckPrOptions): Promise<CheckResult> {
  if (!opts.factsFile && !opts.github)
    throw new UsageError(
      "check-pr needs --facts FILE, or GitHub access (GITHUB_TOKEN, GITHUB_REPOSITORY, --pr)",
    );
  const facts = opts.factsFile ? await readFactsFile(opts.factsFile) : await opts.github!.facts(opts.now);
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    const cache = await RecordCache.open(opts.repo).catch(() => RecordCache.memory());
    const result = await evaluateCheck({
      git,
      base: opts.base,
      head: opts.head,
      facts,
      now: opts.now,
      resolveTeam: opts.github ? (org, slug) => opts.github!.teamMembers(org, slug) : undefined,
      cache,
      progress: opts.progress,
    });
    await cache.save().catch(() => undefined);
    return result;
  } finally {
    await git.close();
  }
}

/** The verdict as `sms check-pr --json` prints it (SPEC section 7). */
export function verdictJson(v: Verdict): object {
  return {
    verdict: v.verdict,
    pull_request: v.pull_request,
    head_sha: v.head_sha,
    policy: v.policy,
    records: v.records.map((r) => ({
      id: r.id,
      path: r.path,
      ...(r.old_path ? { old_path: r.old_path } : {}),
      change: r.change,
      rule: r.rule,
      status: r.status,
      required: r.required,
      from: r.from,
      approvers: r.approvers,
      missing: r.missing,
      // Who could still approve; any_reviewer means the rule accepts anyone but the excluded.
      could_approve: r.allowed,
      any_reviewer: r.anyone,
      changes_requested: r.changes_requested,
      ignored: r.ignored.map((i) => ({ user: i.user, reason: i.reason })),
      blocks: r.blocks,
      ...(r.retrospective ? { retrospective: r.retrospective } : {}),
      message: r.message,
    })),
    violations: v.violations.map((x) => ({
      file: x.file,
      line: x.line,
      column: x.column,
      code: x.code,
      message: x.message,
    })),
  };
}

const HEADLINE: Record<Verdict["verdict"], string> = {
  approved: "APPROVED: every changed record has the approvals its rule needs",
  pending: "PENDING: approvals are missing",
  blocked: "BLOCKED: something must change before this pull request can merge",
};

/** A readable verdict for a terminal: per record its rule, approvers and what is missing. */
export function formatVerdictText(v: Verdict): string {
  const lines: string[] = [
    `Pull request #${v.pull_request} at ${v.head_sha.slice(0, 12)}: ${HEADLINE[v.verdict]}`,
  ];
  lines.push(
    v.policy
      ? `Rules: ${v.policy.id} (${v.policy.path}) as it stands on the base branch.`
      : "Rules: the base branch has no approval policy; every record needs one approval (safe default).",
  );
  lines.push("");
  if (v.records.length === 0) lines.push("This pull request changes no SMS records.");
  for (const r of v.records) {
    const mark = r.status === "met" ? "ok     " : r.status === "missing" ? "missing" : "blocked";
    const moved = r.old_path ? ` (renamed from ${r.old_path})` : "";
    lines.push(`[${mark}] ${r.id}  ${r.path}${moved}  ${r.change}`);
    lines.push(
      `          rule: ${r.rule}; requires ${r.required === 0 ? "no approval" : `${r.required} from ${r.from}`}`,
    );
    lines.push(`          approvers: ${r.approvers.length ? joinList(r.approvers, "and") : "none yet"}`);
    lines.push(`          ${r.message}`);
    if (r.retrospective) {
      const t = r.retrospective;
      const who = [...t.teams, ...t.users].join(" or ") || "any reviewer";
      lines.push(`          after merge: ${t.count} retrospective approval(s) from ${who} due by ${t.due}`);
    }
  }
  if (v.violations.length) {
    lines.push("", `Violations (${v.violations.length}):`);
    for (const x of v.violations) lines.push(`  ${x.file}:${x.line}:${x.column}  ${x.code}  ${x.message}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Makes sure the commits are in the local object database, fetching them (never checking out). */
export async function ensureCommits(
  git: GitBackend,
  shas: readonly string[],
  prNumber?: number,
): Promise<void> {
  const missing = async () => {
    const out: string[] = [];
    for (const sha of shas) {
      try {
        await git.resolveCommit(sha);
      } catch {
        out.push(sha);
      }
    }
    return out;
  };
  let absent = await missing();
  if (absent.length === 0) return;
  const refspecs = [...absent];
  if (prNumber) refspecs.push(`+refs/pull/${prNumber}/head:refs/remotes/origin/sms-pr/${prNumber}`);
  // Objects only: a fetch never touches the working tree or the checked-out branch.
  for (const spec of refspecs) {
    await runGit(git.dir, ["fetch", "--no-tags", "--quiet", "origin", spec]);
    absent = await missing();
    if (absent.length === 0) return;
  }
  throw new GitError(
    `commit ${absent[0]!.slice(0, 12)} is not in the repository and could not be fetched; check out with fetch-depth: 0`,
  );
}

/** Options of the Action's pull request check. */
export interface PullRequestCheckOptions {
  repo: string;
  client: GitHubClient;
  number: number;
  now: string;
  env: NodeJS.ProcessEnv;
  backend?: BackendChoice;
  /** Post the check run and the summary comment (default true). */
  publish?: boolean;
}

/** What the Action's pull request check did. */
export interface PullRequestCheckResult extends CheckResult {
  markdown: string;
  checkRunId?: number;
  commentId?: number;
}

/**
 * The Action's `check-pr`: facts and teams from the API, base and head from git objects (fetched
 * when missing, never checked out), then the check run, the one summary comment and the job
 * summary. Any API error propagates: the caller fails the job and nothing green is posted.
 */
export async function runPullRequestCheck(opts: PullRequestCheckOptions): Promise<PullRequestCheckResult> {
  const { facts, pr } = await factsFromGitHub(opts.client, opts.number, opts.now);
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    await ensureCommits(git, [pr.base_sha, pr.head_sha], pr.number);
    const result = await evaluateCheck({
      git,
      base: pr.base_sha,
      head: pr.head_sha,
      facts,
      now: opts.now,
      resolveTeam: (org, slug) => opts.client.listTeamMembers(org, slug),
    });
    const markdown = renderSummaryMarkdown(result.verdict);
    await writeJobSummary(opts.env, markdown);
    if (opts.publish === false) return { ...result, markdown };
    const published = await publishVerdict(opts.client, result.verdict, {
      headSha: pr.head_sha,
      detailsUrl: pr.html_url,
    });
    return { ...result, markdown, checkRunId: published.checkRunId, commentId: published.commentId };
  } finally {
    await git.close();
  }
}
