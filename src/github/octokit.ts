import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import type { Review, ReviewState } from "../approval/types.js";
import { GitHubAuthError, GitHubError, GitHubRateLimitError } from "../errors.js";
import type {
  Annotation,
  CheckRunInfo,
  CheckRunInput,
  CommentInfo,
  GitHubClient,
  IssueEventInfo,
  IssueInfo,
  IssueInput,
  PullRequestCommit,
  PullRequestFile,
  PullRequestInfo,
  RepoRef,
} from "./types.js";

/** Options of the Octokit-backed client. */
export interface OctokitClientOptions {
  token: string;
  repo: RepoRef;
  /** REST API root (GITHUB_API_URL); default https://api.github.com. */
  baseUrl?: string;
  /** Retries of failed requests (5xx, rate limits); default 3. */
  retries?: number;
  /** Unit of back-off and of Retry-After in milliseconds; default 1000 (tests make it small). */
  retryBaseMs?: number;
  /** Longest rate-limit wait, in seconds, that is waited out rather than reported; default 60. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Least time between two writes, in milliseconds. Default: the throttling plugin's pacing (1 s
   * between writes, 3 s between writes that notify people), which GitHub asks of integrations.
   */
  writeIntervalMs?: number;
  /** Where to say that a rate limit is being waited out. */
  warn?: (message: string) => void;
  userAgent?: string;
}

const ANNOTATIONS_PER_REQUEST = 50;
const PER_PAGE = 100;

const SmsOctokit = Octokit.plugin(retry, throttling);

/** A stand-in for the plugin's Bottleneck groups that spaces jobs `minMs` apart (tests shorten the wait). */
function pacer(minMs: number) {
  let chain: Promise<void> = Promise.resolve();
  let lastAt = 0;
  const limiter = {
    schedule<T>(_options: unknown, fn: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      const turn = chain.then(async () => {
        const wait = lastAt + minMs - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        lastAt = Date.now();
      });
      chain = turn.catch(() => undefined);
      return turn.then(() => fn(...args));
    },
  };
  return { key: () => limiter };
}
type Client = InstanceType<typeof SmsOctokit>;

interface RawUser {
  login?: string | null;
}
interface RawLabel {
  name?: string;
}
type Raw = Record<string, unknown>;

function login(user: unknown): string {
  return (user as RawUser | null | undefined)?.login ?? "";
}

function labelNames(labels: unknown): string[] {
  return Array.isArray(labels)
    ? labels.map((l) => (typeof l === "string" ? l : ((l as RawLabel).name ?? ""))).filter(Boolean)
    : [];
}

function toPull(p: Raw): PullRequestInfo {
  const base = (p.base ?? {}) as Raw;
  const head = (p.head ?? {}) as Raw;
  return {
    number: Number(p.number),
    title: String(p.title ?? ""),
    author: login(p.user),
    state: p.state === "closed" ? "closed" : "open",
    merged: Boolean(p.merged ?? p.merged_at),
    merged_at: (p.merged_at as string | null) ?? null,
    merge_commit_sha: (p.merge_commit_sha as string | null) ?? null,
    base_ref: String(base.ref ?? ""),
    base_sha: String(base.sha ?? ""),
    head_ref: String(head.ref ?? ""),
    head_sha: String(head.sha ?? ""),
    labels: labelNames(p.labels),
    html_url: String(p.html_url ?? ""),
  };
}

function toIssue(i: Raw): IssueInfo {
  return {
    number: Number(i.number),
    title: String(i.title ?? ""),
    body: String(i.body ?? ""),
    state: i.state === "closed" ? "closed" : "open",
    labels: labelNames(i.labels),
    created_at: String(i.created_at ?? ""),
    closed_at: (i.closed_at as string | null) ?? null,
    html_url: String(i.html_url ?? ""),
    assignees: Array.isArray(i.assignees) ? i.assignees.map(login).filter(Boolean) : [],
  };
}

function toComment(c: Raw): CommentInfo {
  return {
    id: Number(c.id),
    body: String(c.body ?? ""),
    author: login(c.user),
    html_url: String(c.html_url ?? ""),
  };
}

/** Turns whatever Octokit threw into a GitHubError naming the operation and the HTTP status. */
function wrapError(what: string, error: unknown): GitHubError {
  if (error instanceof GitHubError) return error;
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const status = typeof e?.status === "number" ? e.status : undefined;
  const detail = e?.response?.data?.message ?? e?.message ?? String(error);
  const hint =
    status === 401
      ? " (the token is missing or invalid)"
      : status === 403 || status === 429
        ? " (permission missing or rate limit)"
        : status === 404
          ? " (not found, or the token cannot see it)"
          : "";
  const message = `GitHub API: ${what} failed${status ? ` with HTTP ${status}` : ""}: ${detail.split("\n")[0]}${hint}`;
  const headers = (error as { response?: { headers?: Record<string, string> } })?.response?.headers ?? {};
  const limited =
    status === 429 ||
    (status === 403 && (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(detail)));
  if (limited) return new GitHubRateLimitError(message, status, { cause: error });
  if (status === 401 || status === 403) return new GitHubAuthError(message, status, { cause: error });
  return new GitHubError(message, status, { cause: error });
}

/** GitHubClient over Octokit with retry and throttling; every list is paginated with Link headers. */
export class OctokitClient implements GitHubClient {
  readonly repo: RepoRef;
  private readonly octokit: Client;

  constructor(opts: OctokitClientOptions) {
    this.repo = opts.repo;
    const maxWait = opts.maxRateLimitWaitSeconds ?? 60;
    const retries = opts.retries ?? 3;
    const warn = opts.warn ?? (() => undefined);
    const onLimit =
      (kind: string) =>
      (after: number, options: { method?: string; url?: string }, _o: unknown, count: number): boolean => {
        if (count >= retries || after > maxWait) return false;
        warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying in ${after}s`);
        return true;
      };
    this.octokit = new SmsOctokit({
      auth: opts.token,
      baseUrl: (opts.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
      userAgent: opts.userAgent ?? "sms-as-code",
      // Not `request.retries`: the retry plugin would then retry 4xx answers that must not be.
      // 429 is left to the throttling plugin, which honours Retry-After.
      retry: {
        retries,
        retryAfterBaseValue: opts.retryBaseMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        ...(opts.writeIntervalMs !== undefined
          ? (() => {
              const paced = pacer(opts.writeIntervalMs) as never;
              return { write: paced, notifications: paced };
            })()
          : {}),
        retryAfterBaseValue: opts.retryBaseMs ?? 1000,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit("primary"),
        onSecondaryRateLimit: onLimit("secondary"),
      },
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    });
  }

  private get r() {
    return { owner: this.repo.owner, repo: this.repo.repo };
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw wrapError(what, error);
    }
  }

  private async list<T>(what: string, route: string, params: Raw): Promise<T[]> {
    return this.call(what, async () => {
      const items = (await this.octokit.paginate(route, { ...this.r, per_page: PER_PAGE, ...params })) as T[];
      if (!Array.isArray(items)) throw new GitHubError(`GitHub API: ${what} returned no list`);
      return items;
    });
  }

  async getPullRequest(number: number): Promise<PullRequestInfo> {
    return this.call(`reading pull request #${number}`, async () => {
      const { data } = await this.octokit.rest.pulls.get({ ...this.r, pull_number: number });
      return toPull(data as unknown as Raw);
    });
  }

  async listPullRequestFiles(number: number): Promise<PullRequestFile[]> {
    const raw = await this.list<Raw>(
      `listing the files of pull request #${number}`,
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      { pull_number: number },
    );
    return raw.map((f) => ({
      filename: String(f.filename),
      status: String(f.status),
      ...(typeof f.previous_filename === "string" ? { previous_filename: f.previous_filename } : {}),
      sha: (f.sha as string | null) ?? null,
    }));
  }

  async listReviews(number: number): Promise<Review[]> {
    const raw = await this.list<Raw>(
      `listing the reviews of pull request #${number}`,
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      { pull_number: number },
    );
    return raw.map((r) => ({
      id: Number(r.id),
      user: login(r.user),
      state: String(r.state) as ReviewState,
      commit_id: String(r.commit_id ?? ""),
      submitted_at: String(r.submitted_at ?? ""),
    }));
  }

  async listPullRequestCommits(number: number): Promise<PullRequestCommit[]> {
    const raw = await this.list<Raw>(
      `listing the commits of pull request #${number}`,
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
      { pull_number: number },
    );
    return raw.map((c) => {
      const author = ((c.commit as Raw | undefined)?.author ?? {}) as Raw;
      return {
        sha: String(c.sha),
        author: login(c.author) || null,
        committer: login(c.committer) || null,
        author_name: String(author.name ?? ""),
        author_email: String(author.email ?? ""),
      };
    });
  }

  async listPullRequestsForCommit(sha: string): Promise<PullRequestInfo[]> {
    const raw = await this.list<Raw>(
      `listing the pull requests of commit ${sha.slice(0, 12)}`,
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      { commit_sha: sha },
    );
    return raw.map(toPull);
  }

  async listTeamMembers(org: string, slug: string): Promise<string[]> {
    const raw = await this.call(`listing the members of team ${org}/${slug}`, () =>
      this.octokit.paginate("GET /orgs/{org}/teams/{team_slug}/members", {
        org,
        team_slug: slug,
        per_page: PER_PAGE,
      }),
    );
    return (raw as Raw[]).map((u) => login(u)).filter(Boolean);
  }

  async createCheckRun(input: CheckRunInput): Promise<CheckRunInfo> {
    const first = input.annotations.slice(0, ANNOTATIONS_PER_REQUEST);
    const created = await this.call(`creating check run "${input.name}"`, async () => {
      const { data } = await this.octokit.rest.checks.create({
        ...this.r,
        name: input.name,
        head_sha: input.head_sha,
        status: "completed",
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
        ...(input.details_url ? { details_url: input.details_url } : {}),
        output: {
          title: input.title,
          summary: input.summary,
          ...(input.text ? { text: input.text } : {}),
          annotations: first,
        },
      });
      return { id: Number(data.id), html_url: data.html_url ?? null };
    });
    await this.addCheckRunAnnotations(
      created.id,
      input.title,
      input.summary,
      input.annotations.slice(ANNOTATIONS_PER_REQUEST),
    );
    return created;
  }

  async addCheckRunAnnotations(id: number, title: string, summary: string, annotations: Annotation[]) {
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
      const batch = annotations.slice(i, i + ANNOTATIONS_PER_REQUEST);
      await this.call(`adding annotations to check run ${id}`, () =>
        this.octokit.rest.checks.update({
          ...this.r,
          check_run_id: id,
          output: { title, summary, annotations: batch },
        }),
      );
    }
  }

  async listIssueComments(number: number): Promise<CommentInfo[]> {
    const raw = await this.list<Raw>(
      `listing the comments of #${number}`,
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { issue_number: number },
    );
    return raw.map(toComment);
  }

  async createIssueComment(number: number, body: string): Promise<CommentInfo> {
    return this.call(`commenting on #${number}`, async () => {
      const { data } = await this.octokit.rest.issues.createComment({
        ...this.r,
        issue_number: number,
        body,
      });
      return toComment(data as unknown as Raw);
    });
  }

  async updateIssueComment(id: number, body: string): Promise<CommentInfo> {
    return this.call(`updating comment ${id}`, async () => {
      const { data } = await this.octokit.rest.issues.updateComment({ ...this.r, comment_id: id, body });
      return toComment(data as unknown as Raw);
    });
  }

  async listIssues(labels: string[], state: "open" | "closed" | "all" = "all"): Promise<IssueInfo[]> {
    const raw = await this.list<Raw>(
      `listing issues labelled ${labels.join(", ")}`,
      "GET /repos/{owner}/{repo}/issues",
      {
        state,
        ...(labels.length ? { labels: labels.join(",") } : {}),
      },
    );
    // The issues API lists pull requests too; they are not improvement items.
    return raw.filter((i) => !i.pull_request).map(toIssue);
  }

  async listIssueEvents(number: number): Promise<IssueEventInfo[]> {
    const raw = await this.list<Raw>(
      `listing the events of issue #${number}`,
      "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
      { issue_number: number },
    );
    return raw.map((e) => ({
      id: Number(e.id),
      event: String(e.event),
      label: ((e.label as RawLabel | undefined)?.name as string | undefined) ?? null,
      actor: login(e.actor) || null,
      created_at: String(e.created_at ?? ""),
    }));
  }

  async createIssue(input: IssueInput & { title: string }): Promise<IssueInfo> {
    return this.call(`opening issue "${input.title}"`, async () => {
      const { data } = await this.octokit.rest.issues.create({
        ...this.r,
        title: input.title,
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.labels ? { labels: input.labels } : {}),
      });
      return toIssue(data as unknown as Raw);
    });
  }

  async updateIssue(number: number, input: IssueInput): Promise<IssueInfo> {
    return this.call(`updating issue #${number}`, async () => {
      const { data } = await this.octokit.rest.issues.update({ ...this.r, issue_number: number, ...input });
      return toIssue(data as unknown as Raw);
    });
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    await this.call(`labelling #${number}`, () =>
      this.octokit.rest.issues.addLabels({ ...this.r, issue_number: number, labels }),
    );
  }
}
