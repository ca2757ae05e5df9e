import type { Review } from "../approval/types.js";

/** owner/name of a repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** What the engine needs to know about a pull request. */
export interface PullRequestInfo {
  number: number;
  title: string;
  author: string;
  state: "open" | "closed";
  merged: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
  base_ref: string;
  base_sha: string;
  head_ref: string;
  head_sha: string;
  labels: string[];
  html_url: string;
}

/** One file of a pull request's diff as GitHub reports it. */
export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
  sha: string | null;
}

/** One commit of a pull request; logins are null for commits whose email GitHub cannot map. */
export interface PullRequestCommit {
  sha: string;
  author: string | null;
  committer: string | null;
  author_name: string;
  author_email: string;
}

/** A check run annotation (GitHub accepts at most 50 per request; the client batches). */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

/** Check run conclusion. */
export type CheckConclusion = "success" | "failure" | "neutral" | "action_required" | "cancelled";

/** A check run to create or complete. */
export interface CheckRunInput {
  name: string;
  head_sha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  details_url?: string;
  annotations: Annotation[];
}

/** A check run as created. */
export interface CheckRunInfo {
  id: number;
  html_url: string | null;
}

/** An issue or pull request comment. */
export interface CommentInfo {
  id: number;
  body: string;
  author: string;
  html_url: string;
}

/** An issue (pull requests listed by the issues API are left out). */
export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  created_at: string;
  closed_at: string | null;
  html_url: string;
  /** Logins of the assignees. */
  assignees?: string[];
}

/** One issue event (labeled, unlabeled, closed, reopened …). */
export interface IssueEventInfo {
  id: number;
  event: string;
  label: string | null;
  actor: string | null;
  created_at: string;
}

/** Fields of a new or updated issue. */
export interface IssueInput {
  title?: string;
  body?: string;
  labels?: string[];
  state?: "open" | "closed";
}

/**
 * Everything the engine asks GitHub, behind one small typed interface: the core never sees
 * Octokit. Every list is fully paginated. Every failure is a GitHubError; callers fail closed.
 */
export interface GitHubClient {
  readonly repo: RepoRef;
  getPullRequest(number: number): Promise<PullRequestInfo>;
  listPullRequestFiles(number: number): Promise<PullRequestFile[]>;
  listReviews(number: number): Promise<Review[]>;
  listPullRequestCommits(number: number): Promise<PullRequestCommit[]>;
  /** Pull requests that contain a commit (for the push after a merge). */
  listPullRequestsForCommit(sha: string): Promise<PullRequestInfo[]>;
  /** Logins of a team's members (`github: org/slug` in sms.config.yml). */
  listTeamMembers(org: string, slug: string): Promise<string[]>;
  /** Creates a completed check run; annotations beyond the first 50 are added by updates. */
  createCheckRun(input: CheckRunInput): Promise<CheckRunInfo>;
  /** Adds annotations to an existing check run, 50 per request. */
  addCheckRunAnnotations(
    id: number,
    title: string,
    summary: string,
    annotations: Annotation[],
  ): Promise<void>;
  listIssueComments(number: number): Promise<CommentInfo[]>;
  createIssueComment(number: number, body: string): Promise<CommentInfo>;
  updateIssueComment(id: number, body: string): Promise<CommentInfo>;
  /** Issues (not pull requests) with all of the labels, open and closed. */
  listIssues(labels: string[], state?: "open" | "closed" | "all"): Promise<IssueInfo[]>;
  listIssueEvents(number: number): Promise<IssueEventInfo[]>;
  createIssue(input: IssueInput & { title: string }): Promise<IssueInfo>;
  updateIssue(number: number, input: IssueInput): Promise<IssueInfo>;
  addLabels(number: number, labels: string[]): Promise<void>;
}
