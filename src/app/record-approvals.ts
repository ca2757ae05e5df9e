import { resolveAllowed } from "../approval/index.js";
import type { Review, Verdict } from "../approval/types.js";
import { GitError, UsageError } from "../errors.js";
import { type BackendChoice, openGit } from "../git/open.js";
import type { GitBackend } from "../git/types.js";
import { factsFromGitHub } from "../github/facts.js";
import type { GitHubClient, PullRequestInfo } from "../github/types.js";
import {
  entryHash,
  LEDGER_VERSION,
  type LedgerEntry,
  type LedgerObligation,
  type LedgerRecordEntry,
  mergeEntryName,
  retrospectiveEntryName,
  serializeEntry,
} from "../ledger/entry.js";
import { ledgerFiles, readLedger, resolveLedgerTip, type StoredEntry } from "../ledger/read.js";
import { retrospectiveStates } from "../ledger/retrospective.js";
import {
  ACTIONS_BOT,
  commitLedgerFile,
  fetchLedger,
  hasOrigin,
  isAncestor,
  type LedgerIdentity,
  pushLedger,
  git as runGitIn,
  setBranch,
} from "../ledger/write.js";
import { configAt, ensureCommits, evaluateCheck, findMergeBase } from "./check-pr.js";

/** Options of `sms record-approvals`. */
export interface RecordApprovalsOptions {
  repo: string;
  client: GitHubClient;
  now: string;
  /** The merged pull request; else found from `sha` (the pushed merge commit). */
  number?: number;
  sha?: string;
  /** More pushed commits (a push can carry several merges). */
  shas?: string[];
  /** Push the evidence branch when a remote `origin` exists (default true). */
  push?: boolean;
  identity?: LedgerIdentity;
  backend?: BackendChoice;
  log?: (message: string) => void;
}

/** What `record-approvals` did. */
export interface RecordApprovalsResult {
  branch: string;
  /** Ledger files written, e.g. approvals/42.json. */
  written: string[];
  messages: string[];
  pushed: boolean;
}

const MAX_ATTEMPTS = 3;

/** Merged pull requests to record: the one named, or those whose merge commit was pushed. */
async function mergedPulls(opts: RecordApprovalsOptions): Promise<PullRequestInfo[]> {
  if (opts.number) {
    const pr = await opts.client.getPullRequest(opts.number);
    return pr.merged ? [pr] : [];
  }
  const shas = [...new Set([...(opts.shas ?? []), ...(opts.sha ? [opts.sha] : [])])];
  if (shas.length === 0)
    throw new UsageError("record-approvals needs --pr N, or the pushed commit (GITHUB_SHA)");
  const found = new Map<number, PullRequestInfo>();
  for (const sha of shas) {
    const all = (await opts.client.listPullRequestsForCommit(sha)).filter((p) => p.merged);
    const exact = all.filter((p) => p.merge_commit_sha === sha);
    for (const p of exact.length ? exact : all) found.set(p.number, p);
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}

function approvalsOf(v: Verdict["records"][number]) {
  return v.reviews.map((r) => ({
    user: r.user,
    review_id: r.review_id,
    submitted_at: r.submitted_at,
    commit_id: r.commit_id,
  }));
}

/** Re-evaluates a merged pull request as it stood at merge time and builds its ledger entry. */
async function mergeEntry(
  git: GitBackend,
  client: GitHubClient,
  pr: PullRequestInfo,
  now: string,
): Promise<Omit<LedgerEntry, "sequence" | "prev"> | undefined> {
  const mergedAt = pr.merged_at ?? now;
  await ensureCommits(git, [pr.head_sha, ...(pr.merge_commit_sha ? [pr.merge_commit_sha] : [])], pr.number);
  // The rules that judged the pull request: the base branch as it stood when it merged.
  let policyCommit = pr.base_sha;
  if (pr.merge_commit_sha) {
    const parent = (await git.readCommit(pr.merge_commit_sha)).parents[0];
    if (parent) policyCommit = parent;
  }
  await ensureCommits(git, [policyCommit], pr.number);
  const mergeBase = await findMergeBase(git, policyCommit, pr.head_sha);
  const { facts } = await factsFromGitHub(client, pr.number, mergedAt);
  // Only reviews given before the merge judged it; later ones are retrospective.
  const before = Date.parse(mergedAt);
  facts.reviews = (facts.reviews as Review[]).filter((r) => !(Date.parse(r.submitted_at) > before));
  facts.head_sha = pr.head_sha;
  const result = await evaluateCheck({
    git,
    base: policyCommit,
    head: pr.head_sha,
    facts,
    now: mergedAt,
    mergeBase,
    resolveTeam: (org, slug) => client.listTeamMembers(org, slug),
  });
  const v = result.verdict;
  if (v.records.length === 0) return undefined;
  const excluded = [...new Set([pr.author, ...(facts.commit_authors ?? [])].filter(Boolean) as string[])];
  const records: LedgerRecordEntry[] = v.records.map((r) => {
    const out: LedgerRecordEntry = {
      id: r.id,
      path: r.path,
      ...(r.old_path ? { old_path: r.old_path } : {}),
      change: r.change,
      rule: r.rule,
      required: r.required,
      status: r.status,
      approvers: approvalsOf(r),
    };
    if (r.retrospective) {
      const members: Record<string, string[]> = {};
      for (const t of r.retrospective.teams) {
        const allowed = resolveAllowed({ teams: [t] }, undefined, result.teams, result.state.base.config);
        members[t] = [...allowed.members.values()];
      }
      const owed: LedgerObligation = {
        due: r.retrospective.due,
        count: r.retrospective.count,
        teams: r.retrospective.teams,
        users: r.retrospective.users,
        members,
        excluded,
      };
      out.retrospective_owed = owed;
    }
    return out;
  });
  return {
    ledger: "sms-as-code/approvals",
    version: LEDGER_VERSION,
    type: "merge",
    pr: pr.number,
    title: pr.title,
    author: pr.author,
    url: pr.html_url,
    merged_at: mergedAt,
    base: result.state.mergeBase,
    head: pr.head_sha,
    ...(pr.merge_commit_sha ? { merge_commit: pr.merge_commit_sha } : {}),
    policy_commit: policyCommit,
    verdict: v.verdict,
    policy: v.policy ? { id: v.policy.id, path: v.policy.path, blob: v.policy.oid } : null,
    records,
    violations: v.violations.map((x) => ({ file: x.file, line: x.line, code: x.code, message: x.message })),
    recorded_at: now,
  };
}

/** Approvals given after the merge that an owed retrospective still needs, per pull request. */
async function retrospectiveEntries(
  client: GitHubClient,
  entries: readonly StoredEntry[],
  now: string,
): Promise<Omit<LedgerEntry, "sequence" | "prev">[]> {
  const open = retrospectiveStates(entries, now).filter((s) => s.status === "owed" || s.status === "overdue");
  const recorded = new Set<string>();
  for (const s of entries) {
    if (s.entry?.type !== "retrospective") continue;
    for (const r of s.entry.records ?? [])
      for (const a of r.retrospective ?? []) recorded.add(`${s.entry.pr}:${r.id}:${a.review_id}`);
  }
  const out: Omit<LedgerEntry, "sequence" | "prev">[] = [];
  const byPr = new Map<number, typeof open>();
  for (const s of open) byPr.set(s.pr, [...(byPr.get(s.pr) ?? []), s]);
  for (const [pr, states] of byPr) {
    const merge = entries.find((e) => e.entry?.type === "merge" && e.entry.pr === pr)?.entry;
    if (!merge) continue;
    const mergedAt = Date.parse(merge.merged_at ?? merge.recorded_at);
    const reviews = (await client.listReviews(pr)).filter(
      (r) =>
        r.state === "APPROVED" &&
        Date.parse(r.submitted_at) > mergedAt &&
        Date.parse(r.submitted_at) <= Date.parse(now),
    );
    const records: LedgerRecordEntry[] = [];
    for (const s of states) {
      const rec = merge.records.find((r) => r.id === s.record);
      const owed = rec?.retrospective_owed;
      if (!rec || !owed) continue;
      const allowed = new Set(
        [...Object.values(owed.members ?? {}).flat(), ...(owed.users ?? [])].map((u) => u.toLowerCase()),
      );
      const anyone = owed.teams.length === 0 && owed.users.length === 0;
      const excluded = new Set(owed.excluded.map((u) => u.toLowerCase()));
      const fresh = reviews.filter((r) => {
        const key = r.user.toLowerCase();
        return (
          !recorded.has(`${pr}:${rec.id}:${r.id}`) &&
          !excluded.has(key) &&
          !key.endsWith("[bot]") &&
          (anyone || allowed.has(key))
        );
      });
      if (fresh.length === 0) continue;
      records.push({
        id: rec.id,
        path: rec.path,
        change: rec.change,
        rule: rec.rule,
        required: owed.count,
        status: "retrospective",
        approvers: [],
        retrospective: fresh.map((r) => ({ user: r.user, at: r.submitted_at, review_id: r.id })),
      });
    }
    if (records.length === 0) continue;
    out.push({
      ledger: "sms-as-code/approvals",
      version: LEDGER_VERSION,
      type: "retrospective",
      pr,
      title: merge.title,
      merged_at: merge.merged_at,
      records,
      recorded_at: now,
    });
  }
  return out;
}

async function evidenceBranch(git: GitBackend): Promise<string> {
  try {
    return (await configAt(git, "HEAD")).evidenceBranch;
  } catch {
    return "sms/evidence";
  }
}

async function refuseCheckedOut(dir: string, branch: string): Promise<void> {
  const head = await runGitIn(dir, ["symbolic-ref", "-q", "HEAD"]);
  if (head.stdout.trim() === `refs/heads/${branch}`)
    throw new UsageError(`the evidence branch ${branch} is checked out; switch to another branch first`);
}

/** Brings the local evidence branch up to the remote one; returns the tip to build on. */
async function syncTip(
  git: GitBackend,
  dir: string,
  branch: string,
  remote: boolean,
): Promise<string | undefined> {
  if (!remote) return resolveLedgerTip(git, branch);
  const fetched = await fetchLedger(dir, branch);
  const local = await git.resolveCommit(`refs/heads/${branch}`).catch(() => undefined);
  const theirs = fetched
    ? await git.resolveCommit(`refs/remotes/origin/${branch}`).catch(() => undefined)
    : undefined;
  if (!theirs) return local;
  if (!local || (await isAncestor(dir, local, theirs))) {
    if (local !== theirs) await setBranch(dir, branch, theirs);
    return theirs;
  }
  if (await isAncestor(dir, theirs, local)) return local;
  throw new GitError(`the local ${branch} and origin/${branch} have diverged; the ledger must be one chain`);
}

/**
 * `record-approvals`: after a merge, re-evaluates the merged pull request at its head (rules from
 * the base branch as it stood at merge, diff from the merge base) and commits approvals/<pr>.json
 * to the evidence branch; then records retrospective approvals given since. Idempotent.
 */
export async function runRecordApprovals(opts: RecordApprovalsOptions): Promise<RecordApprovalsResult> {
  const log = opts.log ?? (() => undefined);
  const pulls = await mergedPulls(opts);
  const probe = openGit(opts.repo, { backend: opts.backend });
  const dir = probe.dir;
  const branch = await evidenceBranch(probe).finally(() => probe.close());
  await refuseCheckedOut(dir, branch);
  const remote = opts.push !== false && (await hasOrigin(dir));
  const messages: string[] = [];
  if (pulls.length === 0) messages.push("No merged pull request to record for this commit.");

  for (let attempt = 1; ; attempt++) {
    const written: string[] = [];
    // A fresh backend per attempt: it must see the objects the previous attempt fetched.
    const git = openGit(opts.repo, { backend: opts.backend });
    try {
      let tip = await syncTip(git, dir, branch, remote);
      let entries = tip ? await readLedger(git, tip) : [];
      const append = async (name: string, body: Omit<LedgerEntry, "sequence" | "prev">) => {
        const last = entries[entries.length - 1];
        const { ledger, version, ...rest } = body;
        // The chain fields come first, so a reader sees them at the top of every file.
        const ordered: LedgerEntry = {
          ledger,
          version,
          sequence: entries.length + 1,
          prev: last ? entryHash(last.bytes) : null,
          ...rest,
        };
        const bytes = serializeEntry(ordered);
        tip = await commitLedgerFile({
          dir,
          branch,
          parent: tip,
          files: tip ? await ledgerFiles(git, tip) : new Map(),
          name,
          bytes,
          message: `Record approvals of pull request #${body.pr}${body.type === "retrospective" ? " (retrospective)" : ""}`,
          identity: opts.identity ?? ACTIONS_BOT,
          date: opts.now,
        });
        entries = [...entries, { file: `approvals/${name}`, oid: "", bytes, entry: ordered }];
        written.push(`approvals/${name}`);
      };

      for (const pr of pulls) {
        const name = mergeEntryName(pr.number);
        if (entries.some((e) => e.file === `approvals/${name}`)) {
          messages.push(`Pull request #${pr.number} is already in the ledger (approvals/${name}).`);
          continue;
        }
        const body = await mergeEntry(git, opts.client, pr, opts.now);
        if (!body) {
          messages.push(`Pull request #${pr.number} changed no SMS records; nothing to record.`);
          continue;
        }
        await append(name, body);
        messages.push(
          `Recorded pull request #${pr.number} (${body.verdict}, ${body.records.length} record(s)) in approvals/${name} on ${branch}.`,
        );
      }
      for (const body of await retrospectiveEntries(opts.client, entries, opts.now)) {
        const name = retrospectiveEntryName(body.pr, entries.length + 1);
        await append(name, body);
        const who = body.records.flatMap((r) => (r.retrospective ?? []).map((a) => a.user));
        messages.push(
          `Recorded retrospective approval(s) of pull request #${body.pr} by ${who.join(", ")} in approvals/${name}.`,
        );
      }

      let pushed = false;
      if (remote && written.length) {
        const result = await pushLedger(dir, branch);
        if (!result.ok) {
          if (attempt >= MAX_ATTEMPTS)
            throw new GitError(`could not push ${branch} after ${attempt} attempts: ${result.reason}`);
          log(`push of ${branch} rejected (${result.reason}); rebuilding on the remote ledger`);
          // Drop the unpushed entries: they are rebuilt on top of what the remote has now.
          await fetchLedger(dir, branch);
          const theirs = await git.resolveCommit(`refs/remotes/origin/${branch}`).catch(() => undefined);
          if (theirs) await setBranch(dir, branch, theirs);
          messages.length = 0;
          continue;
        }
        pushed = true;
      }
      for (const m of messages) log(m);
      return { branch, written, messages, pushed };
    } finally {
      await git.close();
    }
  }
}
