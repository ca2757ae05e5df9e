import { UsageError } from "../errors.js";
import { positionOf, type SmsRecord } from "../records/record.js";
import {
  closedFinding,
  enteredApprovedFinding,
  entersApproved,
  type Finding,
  freezeFindings,
  templateFinding,
} from "./checks.js";
import { type SelectedRule, selectRule } from "./match.js";
import { recordMessage } from "./messages.js";
import { findPolicy, policyRecords } from "./policy.js";
import {
  type AllowedSet,
  type Eligibility,
  latestReviewStates,
  type ReviewerState,
  resolveAllowed,
  type Tally,
  tally,
} from "./reviews.js";
import { addSeconds, epochOf } from "./time.js";
import type {
  ApprovalPolicy,
  ChangedPath,
  EvaluateInput,
  PullRequestFacts,
  RecordVerdict,
  RetrospectiveOwed,
  Verdict,
  Violation,
} from "./types.js";

/** Rejects facts that cannot be judged; a malformed facts file is a usage error, not a verdict. */
export function assertFacts(facts: PullRequestFacts): void {
  const problems: string[] = [];
  if (typeof facts?.head_sha !== "string" || facts.head_sha === "") problems.push("head_sha is missing");
  if (typeof facts?.author !== "string" || facts.author === "") problems.push("author is missing");
  if (!Array.isArray(facts?.reviews)) problems.push("reviews must be a list");
  if (facts?.commit_authors !== undefined && !Array.isArray(facts.commit_authors)) {
    problems.push("commit_authors must be a list");
  }
  if (epochOf(facts?.now) === null) problems.push("now must be an ISO 8601 instant");
  if (problems.length) throw new UsageError(`invalid pull request facts: ${problems.join("; ")}`);
}

/** What one evaluation shares across records. */
interface Context {
  input: EvaluateInput;
  policy: ApprovalPolicy;
  policySource: SmsRecord | null;
  zone: string;
  who: Eligibility;
  states: ReviewerState[];
  procedures: Map<string, SmsRecord>;
  violations: Violation[];
  /** Tallies by rule and owner: records sharing a rule are counted once. */
  tallies: Map<string, { allowed: AllowedSet; tally: Tally }>;
  reportedTeams: Set<string>;
}

function reportUnknownTeams(ctx: Context, teams: readonly string[], pointer: string): void {
  for (const team of teams) {
    if (ctx.reportedTeams.has(team)) continue;
    ctx.reportedTeams.add(team);
    const at = ctx.policySource ? positionOf(ctx.policySource, pointer) : { line: 1, column: 1 };
    ctx.violations.push({
      file: ctx.policySource?.path ?? "sms.config.yml",
      ...at,
      severity: "error",
      code: "approval-team-unknown",
      message: `team ${team} has no known members in the base sms.config.yml; nobody from it can approve`,
    });
  }
}

function rulePointer(selected: SelectedRule, field: string): string {
  return selected.index < 0 ? `/approval/default/${field}` : `/approval/rules/${selected.index}/${field}`;
}

function countFor(ctx: Context, selected: SelectedRule, owner: string | undefined) {
  const key = `${selected.index}\u0000${selected.require.from === "owner" ? (owner ?? "") : ""}`;
  let hit = ctx.tallies.get(key);
  if (!hit) {
    const allowed = resolveAllowed(selected.require, owner, ctx.input.teams, ctx.input.config);
    reportUnknownTeams(ctx, allowed.unknownTeams, rulePointer(selected, "require/teams"));
    hit = { allowed, tally: tally(ctx.states, allowed, ctx.who) };
    ctx.tallies.set(key, hit);
  }
  return hit;
}

function retrospectiveOf(ctx: Context, selected: SelectedRule): RetrospectiveOwed | undefined {
  const retro = selected.rule?.retrospective;
  if (!retro) return undefined;
  const allowed = resolveAllowed(retro, undefined, ctx.input.teams, ctx.input.config);
  reportUnknownTeams(ctx, allowed.unknownTeams, rulePointer(selected, "retrospective/teams"));
  return {
    within_seconds: retro.within_seconds,
    count: retro.count,
    teams: [...(retro.teams ?? [])],
    users: [...(retro.users ?? [])],
    due: addSeconds(ctx.input.facts.now, retro.within_seconds) ?? ctx.input.facts.now,
  };
}

function judgeRecord(ctx: Context, change: ChangedPath, base: SmsRecord | null, head: SmsRecord | null) {
  // Deletions are judged by the base version; the policy record by its base version too, so a
  // pull request cannot move the policy out of the rule that protects it.
  const isPolicy = base !== null && ctx.policySource !== null && base.path === ctx.policySource.path;
  const subject = (isPolicy ? base : (head ?? base)) as SmsRecord;
  const selected = selectRule(ctx.policy, subject.data);
  // The base owner approves edits, so a pull request cannot hand a record to a friendlier owner.
  const owner = (base ?? head)?.data.owner;
  const { allowed, tally: counted } = countFor(ctx, selected, typeof owner === "string" ? owner : undefined);

  const required = selected.require.count;
  const missing = Math.max(0, required - counted.approvers.length);
  const findings: Finding[] = [];
  const blocks = counted.blockers.map(
    (u) => `${u} requested changes; ${u} must approve the head commit or the review must be dismissed`,
  );
  const closed = closedFinding(base, head);
  if (closed) findings.push(closed);
  if (head) {
    findings.push(...freezeFindings(head, ctx.policy, ctx.zone));
    const template = templateFinding(head, selected.rule?.template === true, ctx.procedures);
    if (template) findings.push(template);
    if ((missing > 0 || counted.blockers.length > 0) && entersApproved(base, head)) {
      findings.push(enteredApprovedFinding(head, selected.name));
    }
  }
  for (const f of findings) {
    ctx.violations.push(f.violation);
    blocks.push(f.block);
  }

  const verdict: Omit<RecordVerdict, "message"> = {
    id: String(subject.data.id),
    path: head?.path ?? subject.path,
    kind: String(subject.data.kind),
    change: change.status,
    rule: selected.name,
    status: blocks.length ? "blocked" : missing > 0 ? "missing" : "met",
    required,
    from: allowed.label,
    approvers: counted.approvers.map((a) => a.user),
    // Copies: records sharing a rule share one tally, and callers may mutate their verdicts.
    reviews: counted.approvers.map((a) => ({ ...a })),
    ignored: counted.ignored.map((i) => ({ ...i })),
    missing,
    allowed: missing > 0 || counted.blockers.length > 0 ? [...counted.allowed] : [],
    anyone: allowed.anyone,
    changes_requested: [...counted.blockers],
    blocks,
  };
  if (change.status === "renamed" && base && base.path !== verdict.path) verdict.old_path = base.path;
  const retro = head ? retrospectiveOf(ctx, selected) : undefined;
  if (retro) verdict.retrospective = retro;
  return { ...verdict, message: recordMessage(verdict) };
}

function dedupe(list: Violation[]): Violation[] {
  const seen = new Set<string>();
  return list.filter((v) => {
    const key = `${v.file}\u0000${v.line}\u0000${v.column}\u0000${v.code}\u0000${v.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Judges a pull request under SPEC section 6, reading policy, config and teams from the BASE only.
 * Cost is one pass over base and head to index them, then O(changed + reviews).
 */
export function evaluatePullRequest(input: EvaluateInput): Verdict {
  const { facts, config } = input;
  assertFacts(facts);
  const zone = config.timezone || "UTC";
  const baseByPath = new Map<string, SmsRecord>();
  const procedures = new Map<string, SmsRecord>();
  for (const r of input.base) {
    baseByPath.set(r.path, r);
    if (r.data.kind === "procedure" && !procedures.has(r.data.id)) procedures.set(r.data.id, r);
  }
  const headByPath = new Map<string, SmsRecord>();
  for (const r of input.head) headByPath.set(r.path, r);

  const found = findPolicy(input.base, zone);
  const ctx: Context = {
    input,
    policy: found.policy,
    policySource: found.source,
    zone,
    who: {
      author: facts.author,
      commitAuthors: new Set((facts.commit_authors ?? []).map((a) => String(a).toLowerCase())),
      selfApproval: found.policy.self_approval,
      staleOnPush: found.policy.stale_on_push,
    },
    states: latestReviewStates(facts.reviews, facts.head_sha),
    procedures,
    violations: [],
    tallies: new Map(),
    reportedTeams: new Set(),
  };

  const records: RecordVerdict[] = [];
  const seen = new Set<string>();
  for (const change of input.changed) {
    if (seen.has(change.path)) continue;
    seen.add(change.path);
    const base = change.status === "added" ? null : (baseByPath.get(change.oldPath ?? change.path) ?? null);
    const head = change.status === "deleted" ? null : (headByPath.get(change.path) ?? null);
    // Paths that are records in neither version (README, workflows) are not the policy's business.
    if (!base && !head) continue;
    records.push(judgeRecord(ctx, change, base, head));
  }

  const violations: Violation[] = [];
  // A broken base policy only matters when there is something for it to judge.
  if (records.length) violations.push(...found.violations);
  const headPolicies = policyRecords(input.head);
  const baseAmbiguous = found.violations.some((v) => v.code === "approval-policy-multiple");
  if (headPolicies.length > 1 && !baseAmbiguous) {
    const paths = headPolicies.map((r) => r.path).join(", ");
    for (const r of headPolicies) {
      violations.push({
        file: r.path,
        ...positionOf(r, "/approval"),
        severity: "error",
        code: "approval-policy-multiple",
        message: `after this pull request more than one policy would have an approval block (${paths})`,
      });
    }
  }
  const validationErrors = (input.headValidation ?? []).filter((d) => d.severity === "error");
  // `sms validate --base` reports closed-record edits with the same codes; keep one per file.
  const reported = new Set(validationErrors.map((d) => `${d.file}\u0000${d.code}`));
  for (const v of ctx.violations) {
    if (!v.code.startsWith("closed-record-") || !reported.has(`${v.file}\u0000${v.code}`)) violations.push(v);
  }
  for (const d of validationErrors) violations.push({ ...d, severity: "error" });
  const unique = dedupe(violations);
  const blocked = unique.length > 0 || records.some((r) => r.status === "blocked");
  const pending = records.some((r) => r.status === "missing");
  return {
    verdict: blocked ? "blocked" : pending ? "pending" : "approved",
    pull_request: facts.number,
    head_sha: facts.head_sha,
    policy: found.source
      ? { id: found.source.data.id, path: found.source.path, oid: found.source.oid }
      : null,
    records,
    violations: unique,
  };
}
