import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SmsRecord } from "../records/record.js";

/** A value a `when` clause compares against. */
export type WhenScalar = string | number | boolean;

/** Equality conditions on record fields; a list means any of. */
export type When = Record<string, WhenScalar | WhenScalar[]>;

/** Who must approve, and how many. A requirement naming no teams, users or `from` allows any reviewer. */
export interface Requirement {
  count: number;
  teams?: string[];
  users?: string[];
  from?: "owner";
}

/** Approval owed after merge (emergency changes). */
export interface RetrospectiveRequirement {
  /** Duration as written in the policy: 5d, 4h, PT4H. */
  within: string;
  within_seconds: number;
  count: number;
  teams?: string[];
  users?: string[];
}

/** One rule of the policy's `approval.rules`. */
export interface ApprovalRule {
  name: string;
  when: When;
  require: Requirement;
  retrospective?: RetrospectiveRequirement;
  template?: boolean;
}

/** A change freeze: dates are whole local days (end inclusive), datetimes are exact. */
export interface FreezeWindow {
  name: string;
  start: string;
  end: string;
  allow: string[];
}

/** The normalised `approval` block of the change management policy. */
export interface ApprovalPolicy {
  rules: ApprovalRule[];
  default: Requirement;
  freeze: FreezeWindow[];
  self_approval: boolean;
  stale_on_push: boolean;
}

/** Review states as GitHub reports them. */
export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

/** One pull request review. */
export interface Review {
  id: number | string;
  user: string;
  state: ReviewState;
  commit_id: string;
  submitted_at: string;
}

/** What GitHub tells about a pull request (the `--facts` file of `sms check-pr`). */
export interface PullRequestFacts {
  number: number;
  author: string;
  head_sha: string;
  labels: string[];
  reviews: Review[];
  commit_authors: string[];
  /** ISO 8601 instant; the evaluator never reads the clock. */
  now: string;
}

/** Team name -> member logins, resolved by the caller from the BASE configuration. */
export type TeamMembers = Record<string, readonly string[]>;

/** How a file changed between base and head. */
export type ChangeStatus = "added" | "modified" | "deleted" | "renamed";

/** One changed path of the pull request's diff. */
export interface ChangedPath {
  path: string;
  status: ChangeStatus;
  /** Base path of a renamed file. */
  oldPath?: string;
}

/** Everything `evaluatePullRequest` needs; plain data. */
export interface EvaluateInput {
  base: readonly SmsRecord[];
  head: readonly SmsRecord[];
  changed: readonly ChangedPath[];
  /** Configuration of the BASE. */
  config: SmsConfig;
  /** Team membership resolved from the BASE. */
  teams: TeamMembers;
  facts: PullRequestFacts;
  /** Diagnostics of the head; those with severity error block. */
  headValidation?: readonly Diagnostic[];
}

/** Why a reviewer's review does not count. */
export type IgnoreReason =
  | "author"
  | "commit-author"
  | "stale"
  | "not-allowed"
  | "bot"
  | "superseded"
  | "changes-requested";

/** A reviewer whose review was not counted. */
export interface IgnoredReview {
  user: string;
  reason: IgnoreReason;
  review_id: number | string;
}

/** A counted approval, kept for the evidence ledger. */
export interface CountedReview {
  user: string;
  review_id: number | string;
  commit_id: string;
  submitted_at: string;
}

/** Retrospective approval owed by an emergency change. */
export interface RetrospectiveOwed {
  within_seconds: number;
  count: number;
  teams: string[];
  users: string[];
  /** ISO instant: facts.now + within. */
  due: string;
}

/** Outcome of one record's rule. */
export type RecordStatus = "met" | "missing" | "blocked";

/** The judgement of one changed record. */
export interface RecordVerdict {
  id: string;
  path: string;
  old_path?: string;
  kind: string;
  change: ChangeStatus;
  rule: string;
  status: RecordStatus;
  required: number;
  /** Who the rule accepts, for people: "cab", "owner team-payments", "any reviewer". */
  from: string;
  approvers: string[];
  reviews: CountedReview[];
  ignored: IgnoredReview[];
  missing: number;
  /** Logins who could still approve; empty with `anyone: true` when the rule allows any reviewer. */
  allowed: string[];
  anyone: boolean;
  /** Reviewers whose CHANGES_REQUESTED blocks the record. */
  changes_requested: string[];
  /** Human-readable reasons the record blocks the pull request. */
  blocks: string[];
  retrospective?: RetrospectiveOwed;
  message: string;
}

/** A positioned finding that blocks the pull request. */
export interface Violation {
  file: string;
  line: number;
  column: number;
  severity: "error";
  code: string;
  message: string;
}

/** Overall outcome of a pull request. */
export type VerdictValue = "approved" | "pending" | "blocked";

/** Output of `evaluatePullRequest`, the `records`/`violations` of `sms check-pr --json`. */
export interface Verdict {
  verdict: VerdictValue;
  pull_request: number;
  head_sha: string;
  /** The base policy record that judged the pull request; null when the safe default applied. */
  policy: { id: string; path: string; oid: string } | null;
  records: RecordVerdict[];
  violations: Violation[];
}
