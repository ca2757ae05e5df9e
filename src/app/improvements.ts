import { readFile } from "node:fs/promises";
import path from "node:path";
import type { RetrospectiveState } from "../approval/retrospective.js";
import { CONFIG_FILE } from "../config/parse.js";
import { GitError, GitHubError } from "../errors.js";
import { type BackendChoice, findRepoRoot, openGit } from "../git/open.js";
import type { GitHubClient } from "../github/types.js";
import {
  type ActFinding,
  type ActOutcome,
  actFindings,
  buildRegister,
  labelSet,
  type Register,
} from "../improvements/index.js";
import { readLedger, resolveLedgerTip } from "../ledger/read.js";
import { retrospectiveStates } from "../ledger/retrospective.js";
import type { LoadedRepository } from "../loader/types.js";
import { loadWorktree } from "../loader/worktree.js";
import { parseYaml } from "../records/frontmatter.js";
import type { PositionMap } from "../records/record.js";
import { computeSlaMetrics, type PeriodMetrics } from "../sla/index.js";
import { executeAct } from "./improvements-act.js";
import { readRegisterIssues } from "./improvements-github.js";
import { runMetrics } from "./metrics.js";

export { improvementMetrics, readRegisterIssues } from "./improvements-github.js";

/** Options of `sms improvements`. */
export interface ImprovementsOptions {
  repo: string;
  client: GitHubClient;
  now: string;
  /** Progress lines (stderr on a terminal). */
  progress?: (message: string) => void;
}

/** The register and the repository it was joined with. */
export interface ImprovementsResult extends Register {
  repository: LoadedRepository;
}

async function configPositions(repo: string): Promise<PositionMap> {
  const text = await readFile(path.join(repo, CONFIG_FILE), "utf8").catch(() => undefined);
  return text === undefined ? {} : parseYaml(text).positions;
}

/** `sms improvements`: the PDCA register from GitHub issues joined with the records. */
export async function runImprovements(opts: ImprovementsOptions): Promise<ImprovementsResult> {
  const repository = await loadWorktree(opts.repo);
  const { issues, events } = await readRegisterIssues(opts.client, repository, opts.progress);
  const register = buildRegister({
    issues,
    events,
    records: repository.records,
    config: repository.config,
    now: opts.now,
    configPositions: await configPositions(opts.repo),
  });
  return { ...register, repository };
}

/** Options of `sms improvements --act`. */
export interface ActOptions {
  repo: string;
  /** Required unless `dryRun`; a dry run without a client lists the findings without looking at GitHub. */
  client?: GitHubClient;
  now: string;
  from?: string;
  to?: string;
  dryRun?: boolean;
  backend?: BackendChoice;
  progress?: (message: string) => void;
}

/** What the Act loop found and did. */
export interface ActResult {
  dry_run: boolean;
  /** False when a dry run had no token and could not tell new issues from existing ones. */
  checked_github: boolean;
  periods: { from: string; to: string }[];
  findings: ActFinding[];
  outcomes: ActOutcome[];
  /** Inputs that were not available, in words. */
  notes: string[];
}

/** Retrospective approvals owed by emergency changes, from the ledger on the evidence branch. */
export async function readRetrospectives(
  repo: string,
  branch: string,
  now: string,
  backend?: BackendChoice,
): Promise<{ states: RetrospectiveState[]; note?: string }> {
  if (!findRepoRoot(repo))
    return { states: [], note: `${repo} is not a git repository, so no approval ledger was read.` };
  const git = openGit(repo, { backend });
  try {
    const tip = await resolveLedgerTip(git, branch);
    if (!tip) return { states: [], note: `no approval ledger yet (branch ${branch} does not exist).` };
    return { states: retrospectiveStates(await readLedger(git, tip), now) };
  } catch (error) {
    // Fail closed: a ledger that cannot be read must not look like one with nothing overdue.
    if (error instanceof GitError)
      throw new GitError(`cannot read the approval ledger on ${branch}: ${error.message}`);
    throw error;
  } finally {
    await git.close();
  }
}

/**
 * SLA results of the range (default: each SLA's last complete period), complete periods only: from
 * `sms metrics` (committed history, history-derived clocks) in a git repository, else from the
 * records' own timelines.
 */
export async function slaPeriods(
  repo: string,
  repository: LoadedRepository,
  range: { from?: string; to?: string; now: string; backend?: BackendChoice },
): Promise<{ periods: PeriodMetrics[]; skipped: number }> {
  let all: PeriodMetrics[];
  // `sms metrics` reads the repository at its git root; an SMS kept in a sub-folder uses the records.
  if (findRepoRoot(repo) === path.resolve(repo)) {
    all = (await runMetrics({ repo, from: range.from, to: range.to, now: range.now, backend: range.backend }))
      .report.periods;
  } else {
    const sourced = (kinds: string[]) =>
      repository.records
        .filter((r) => kinds.includes(String(r.data.kind)))
        .map((r) => ({ data: r.data, path: r.path, positions: r.positions }));
    all = computeSlaMetrics({
      slas: sourced(["sla"]),
      records: sourced(["incident", "request", "problem", "change", "service"]),
      config: repository.config,
      from: range.from,
      to: range.to,
      now: range.now,
    }).periods;
  }
  // A period still running has not been missed yet; acting on it would open an issue per day.
  const now = Date.parse(range.now);
  const periods = all.filter((p) => Date.parse(p.to) <= now);
  return { periods, skipped: all.length - periods.length };
}

/**
 * `sms improvements --act`: opens or updates one improvement issue per missed SLA or availability
 * target, overdue document review, overdue retrospective approval and unrecorded audit nonconformity.
 */
export async function runAct(opts: ActOptions): Promise<ActResult> {
  const progress = opts.progress ?? (() => undefined);
  if (!opts.client && !opts.dryRun)
    throw new GitHubError("the Act loop needs a GitHub token unless --dry-run");
  const repository = await loadWorktree(opts.repo);
  const notes: string[] = [];
  progress("computing SLA results");
  const { periods, skipped } = await slaPeriods(opts.repo, repository, {
    from: opts.from,
    to: opts.to,
    now: opts.now,
    backend: opts.backend,
  });
  if (skipped) notes.push(`${skipped} period(s) not complete yet were left out.`);
  const retro = await readRetrospectives(opts.repo, repository.config.evidenceBranch, opts.now, opts.backend);
  if (retro.note) notes.push(retro.note);
  const findings = actFindings({
    records: repository.records,
    config: repository.config,
    periods,
    retrospectives: retro.states,
    now: opts.now,
  });
  const periodList = [
    ...new Map(periods.map((p) => [`${p.from}/${p.to}`, { from: p.from, to: p.to }])).values(),
  ];
  const base = { dry_run: Boolean(opts.dryRun), periods: periodList, findings, notes };
  if (!opts.client) {
    notes.push("no GitHub token: existing issues were not looked up, so every finding is listed as new.");
    const outcomes = findings.map(
      (f): ActOutcome => ({
        key: f.key,
        source: f.source,
        title: f.title,
        action: "would-create",
        issue: null,
        records: f.records,
        labels: [],
        duplicates_closed: [],
      }),
    );
    return { ...base, checked_github: false, outcomes };
  }
  const outcomes = await executeAct({
    client: opts.client,
    findings,
    labels: labelSet(repository.config),
    dryRun: Boolean(opts.dryRun),
    progress,
  });
  return { ...base, checked_github: true, outcomes };
}
