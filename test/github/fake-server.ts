import http from "node:http";
import type { AddressInfo } from "node:net";
import { make, validateResponse } from "./openapi.js";

/**
 * A fake GitHub REST API on 127.0.0.1 for the real Octokit client: in-memory pull requests,
 * reviews, commits, teams, check runs, comments and issues; Link-header pagination; injected
 * faults (500, 403/429 rate limits). Every response body is generated from, and checked against,
 * GitHub's OpenAPI description (see openapi.ts).
 */

export interface FakeReview {
  id: number;
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  commit_id: string;
  submitted_at: string;
}

export interface FakeCommit {
  sha: string;
  /** Login GitHub mapped the author's email to; null when it could not. */
  author: string | null;
  name?: string;
  email?: string;
}

export interface FakePull {
  number: number;
  title: string;
  author: string;
  state: "open" | "closed";
  merged_at: string | null;
  merge_commit_sha: string | null;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  labels: string[];
  reviews: FakeReview[];
  commits: FakeCommit[];
  files: { filename: string; status: string; sha: string; previous_filename?: string }[];
}

export interface FakeComment {
  id: number;
  issue: number;
  user: string;
  body: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
  details_url?: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  created_at: string;
  closed_at: string | null;
  pull_request?: boolean;
  assignees?: string[];
  events: { id: number; event: string; label?: string; actor: string; created_at: string }[];
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail; Infinity for all. */
  times: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  requestBody: unknown;
  body: unknown;
  auth: string | undefined;
}

const OWNER = "example-corp";

function user(login: string, id = 1): Record<string, unknown> {
  return make("simple-user", {
    login,
    id,
    type: login.endsWith("[bot]") ? "Bot" : "User",
    html_url: `https://github.test/${encodeURIComponent(login)}`,
  });
}

function label(name: string, id: number): Record<string, unknown> {
  return make("label", { id, name, color: "ededed", default: false, description: null });
}

/** The fake server. Start it, point GITHUB_API_URL at `url`, look at `log`, then close it. */
export class FakeGitHub {
  readonly pulls = new Map<number, FakePull>();
  readonly teams = new Map<string, string[]>();
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly issues = new Map<number, FakeIssue>();
  readonly faults: Fault[] = [];
  readonly log: LoggedRequest[] = [];
  /** Token the server accepts; requests without it get 401. */
  token = "test-token";
  url = "";
  private server: http.Server | undefined;
  private nextId = 1000;
  private readonly repoName: string;

  constructor(readonly repository = `${OWNER}/sms`) {
    this.repoName = repository;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => this.handle(req, res, Buffer.concat(chunks).toString("utf8")));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  id(): number {
    return this.nextId++;
  }

  /** Adds or replaces a pull request. */
  addPull(
    p: Partial<FakePull> & { number: number; head: FakePull["head"]; base: FakePull["base"] },
  ): FakePull {
    const pull: FakePull = {
      title: `Pull request ${p.number}`,
      author: "alice",
      state: "open",
      merged_at: null,
      merge_commit_sha: null,
      labels: [],
      reviews: [],
      commits: [{ sha: p.head.sha, author: p.author ?? "alice" }],
      files: [],
      ...p,
    };
    this.pulls.set(pull.number, pull);
    return pull;
  }

  /** Adds a review to a pull request; returns it. */
  review(number: number, r: Omit<FakeReview, "id"> & { id?: number }): FakeReview {
    const review = { id: r.id ?? this.id(), ...r };
    this.pulls.get(number)!.reviews.push(review);
    return review;
  }

  fail(f: Omit<Fault, "times"> & { times?: number }): void {
    this.faults.push({ times: 1, ...f });
  }

  /** Every response body checked against GitHub's OpenAPI description. */
  schemaErrors(): string[] {
    return this.log.flatMap((r) => validateResponse(r.method, r.path, r.status, r.body));
  }

  requests(method: string, path: RegExp): LoggedRequest[] {
    return this.log.filter((r) => r.method === method && path.test(r.path));
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  // ---- HTTP -------------------------------------------------------------------------------

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const url = new URL(req.url ?? "/", this.url);
    const method = (req.method ?? "GET").toUpperCase();
    const path = url.pathname;
    let requestBody: unknown;
    try {
      requestBody = raw ? JSON.parse(raw) : undefined;
    } catch {
      requestBody = raw;
    }
    const auth = req.headers.authorization;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.log.push({ method, path, query: url.searchParams, status, requestBody, body, auth });
      const text = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "4999",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
        "x-github-request-id": `FAKE:${this.log.length}`,
        ...headers,
      });
      res.end(text);
    };
    const fault = this.faults.find(
      (f) => f.times > 0 && (!f.method || f.method === method) && f.path.test(path),
    );
    if (fault) {
      fault.times--;
      send(fault.status, fault.body ?? { message: `fake failure ${fault.status}` }, fault.headers);
      return;
    }
    if (!auth?.endsWith(` ${this.token}`)) {
      send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
      return;
    }
    try {
      const out = this.route(method, path, url.searchParams, requestBody);
      if (!out) send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      else if (out.list) this.page(url, out.list, send, out.status ?? 200);
      else send(out.status ?? 200, out.body);
    } catch (error) {
      send(500, { message: `fake server error: ${(error as Error).message}` });
    }
  }

  private page(
    url: URL,
    all: unknown[],
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
    status: number,
  ): void {
    const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const items = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set("page", String(p));
      u.searchParams.set("per_page", String(perPage));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
    send(status, items, links.length ? { link: links.join(", ") } : {});
  }

  private route(
    method: string,
    path: string,
    q: URLSearchParams,
    body: unknown,
  ): { body?: unknown; list?: unknown[]; status?: number } | undefined {
    const b = (body ?? {}) as Record<string, unknown>;
    const team = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/.exec(path);
    if (team && method === "GET") {
      const members = this.teams.get(`${team[1]}/${team[2]}`);
      return members ? { list: members.map((m, i) => user(m, i + 1)) } : undefined;
    }
    const prefix = `/repos/${this.repoName}`;
    if (!path.startsWith(`${prefix}/`)) return undefined;
    const rest = path.slice(prefix.length);
    let m: RegExpExecArray | null;

    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === "GET") {
      const p = this.pulls.get(Number(m[1]));
      return p && { body: this.pullBody(p) };
    }
    if ((m = /^\/pulls\/(\d+)\/(files|reviews|commits)$/.exec(rest)) && method === "GET") {
      const p = this.pulls.get(Number(m[1]));
      if (!p) return undefined;
      if (m[2] === "files") return { list: p.files.map((f) => this.fileBody(f)) };
      if (m[2] === "reviews") return { list: p.reviews.map((r) => this.reviewBody(p, r)) };
      return { list: p.commits.map((c) => this.commitBody(c)) };
    }
    if ((m = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest)) && method === "GET") {
      const sha = m[1]!;
      const list = [...this.pulls.values()].filter(
        (p) => p.merge_commit_sha === sha || p.head.sha === sha || p.commits.some((c) => c.sha === sha),
      );
      return { list: list.map((p) => this.pullSimpleBody(p)) };
    }
    if (rest === "/check-runs" && method === "POST") {
      const output = (b.output ?? {}) as Record<string, unknown>;
      const run: FakeCheckRun = {
        id: this.id(),
        name: String(b.name),
        head_sha: String(b.head_sha),
        status: String(b.status ?? "queued"),
        conclusion: (b.conclusion as string | undefined) ?? null,
        output: {
          title: output.title as string,
          summary: output.summary as string,
          text: output.text as string,
        },
        annotations: [...((output.annotations as Record<string, unknown>[] | undefined) ?? [])],
        details_url: b.details_url as string | undefined,
      };
      this.checkRuns.push(run);
      return { status: 201, body: this.checkRunBody(run) };
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === "PATCH") {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return undefined;
      const output = (b.output ?? {}) as Record<string, unknown>;
      run.annotations.push(...((output.annotations as Record<string, unknown>[] | undefined) ?? []));
      if (output.title) run.output.title = output.title as string;
      if (b.conclusion) run.conclusion = b.conclusion as string;
      return { body: this.checkRunBody(run) };
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (method === "GET") return { list: this.commentsOn(issue).map((c) => this.commentBody(c)) };
      if (method === "POST") {
        const c: FakeComment = { id: this.id(), issue, user: "github-actions[bot]", body: String(b.body) };
        this.comments.push(c);
        return { status: 201, body: this.commentBody(c) };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === "PATCH") {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return undefined;
      c.body = String(b.body);
      return { body: this.commentBody(c) };
    }
    if (rest === "/issues" && method === "GET") {
      const state = q.get("state") ?? "open";
      const labels = (q.get("labels") ?? "").split(",").filter(Boolean);
      const list = [...this.issues.values()]
        .filter((i) => state === "all" || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .sort((x, y) => y.number - x.number);
      return { list: list.map((i) => this.issueBody(i)) };
    }
    if (rest === "/issues" && method === "POST") {
      const number = Math.max(0, ...this.issues.keys(), ...this.pulls.keys()) + 1;
      const issue: FakeIssue = {
        number,
        title: String(b.title),
        body: String(b.body ?? ""),
        state: "open",
        labels: ((b.labels as string[] | undefined) ?? []).map(String),
        created_at: new Date().toISOString(),
        closed_at: null,
        events: [],
      };
      for (const l of issue.labels) issue.events.push(this.event("labeled", l));
      this.issues.set(number, issue);
      return { status: 201, body: this.issueBody(issue) };
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest)) && method === "PATCH") {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return undefined;
      if (typeof b.title === "string") issue.title = b.title;
      if (typeof b.body === "string") issue.body = b.body;
      if (Array.isArray(b.labels)) issue.labels = b.labels.map(String);
      if (b.state === "closed" && issue.state === "open") {
        issue.state = "closed";
        issue.closed_at = new Date().toISOString();
        issue.events.push(this.event("closed"));
      } else if (b.state === "open" && issue.state === "closed") {
        issue.state = "open";
        issue.closed_at = null;
        issue.events.push(this.event("reopened"));
      }
      return { body: this.issueBody(issue) };
    }
    if ((m = /^\/issues\/(\d+)\/events$/.exec(rest)) && method === "GET") {
      const issue = this.issues.get(Number(m[1]));
      return issue && { list: issue.events.map((e) => this.eventBody(e)) };
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest)) && method === "POST") {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return undefined;
      for (const l of (b.labels as string[] | undefined) ?? []) {
        if (!issue.labels.includes(l)) {
          issue.labels.push(l);
          issue.events.push(this.event("labeled", l));
        }
      }
      return { body: issue.labels.map((l, i) => label(l, i + 1)) };
    }
    return undefined;
  }

  private event(event: string, labelName?: string) {
    return {
      id: this.id(),
      event,
      ...(labelName ? { label: labelName } : {}),
      actor: "github-actions[bot]",
      created_at: new Date().toISOString(),
    };
  }

  // ---- bodies, generated from GitHub's schemas ------------------------------------------------

  private repoUrl(): string {
    return `https://github.test/${this.repoName}`;
  }

  private pullBody(p: FakePull): Record<string, unknown> {
    return make("pull-request", {
      ...this.pullCommon(p),
      merged: p.merged_at !== null,
      mergeable: true,
      comments: 0,
      review_comments: 0,
      commits: p.commits.length,
      additions: 1,
      deletions: 1,
      changed_files: p.files.length,
    });
  }

  private pullSimpleBody(p: FakePull): Record<string, unknown> {
    return make("pull-request-simple", this.pullCommon(p));
  }

  private pullCommon(p: FakePull): Record<string, unknown> {
    return {
      id: p.number + 100_000,
      number: p.number,
      title: p.title,
      state: p.state,
      user: user(p.author),
      labels: p.labels.map((l, i) => label(l, i + 1)),
      merged_at: p.merged_at,
      closed_at: p.merged_at,
      merge_commit_sha: p.merge_commit_sha,
      html_url: `${this.repoUrl()}/pull/${p.number}`,
      base: { ref: p.base.ref, sha: p.base.sha, label: `${OWNER}:${p.base.ref}`, user: user(OWNER) },
      head: { ref: p.head.ref, sha: p.head.sha, label: `${OWNER}:${p.head.ref}`, user: user(p.author) },
    };
  }

  private fileBody(f: FakePull["files"][number]): Record<string, unknown> {
    return make("diff-entry", { ...f, additions: 1, deletions: 0, changes: 1 });
  }

  private reviewBody(p: FakePull, r: FakeReview): Record<string, unknown> {
    return make("pull-request-review", {
      id: r.id,
      user: user(r.user),
      state: r.state,
      commit_id: r.commit_id,
      submitted_at: r.submitted_at,
      body: "",
      html_url: `${this.repoUrl()}/pull/${p.number}#pullrequestreview-${r.id}`,
      pull_request_url: `${this.repoUrl()}/pull/${p.number}`,
    });
  }

  private commitBody(c: FakeCommit): Record<string, unknown> {
    const who = {
      name: c.name ?? c.author ?? "Someone",
      email: c.email ?? "someone@example.test",
      date: "2026-01-01T00:00:00Z",
    };
    return make("commit", {
      sha: c.sha,
      author: c.author ? user(c.author) : null,
      committer: c.author ? user(c.author) : null,
      commit: {
        author: who,
        committer: who,
        message: "commit",
        tree: { sha: c.sha, url: "https://github.test/t" },
      },
    });
  }

  private checkRunBody(run: FakeCheckRun): Record<string, unknown> {
    return make("check-run", {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      html_url: `${this.repoUrl()}/runs/${run.id}`,
      details_url: run.details_url ?? null,
      output: {
        title: run.output.title ?? null,
        summary: run.output.summary ?? null,
        text: run.output.text ?? null,
        annotations_count: run.annotations.length,
        annotations_url: `https://api.github.test/check-runs/${run.id}/annotations`,
      },
    });
  }

  private commentBody(c: FakeComment): Record<string, unknown> {
    return make("issue-comment", {
      id: c.id,
      body: c.body,
      user: user(c.user),
      html_url: `${this.repoUrl()}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `https://api.github.test/repos/${this.repoName}/issues/${c.issue}`,
    });
  }

  private issueBody(i: FakeIssue): Record<string, unknown> {
    return make("issue", {
      id: i.number + 200_000,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels.map((l, n) => label(l, n + 1)),
      created_at: i.created_at,
      closed_at: i.closed_at,
      html_url: `${this.repoUrl()}/issues/${i.number}`,
      user: user("github-actions[bot]"),
      assignees: (i.assignees ?? []).map((a, n) => user(a, n + 1)),
      ...(i.pull_request
        ? { pull_request: { url: null, html_url: null, diff_url: null, patch_url: null } }
        : {}),
    });
  }

  private eventBody(e: FakeIssue["events"][number]): Record<string, unknown> {
    const base = make("labeled-issue-event", {
      id: e.id,
      event: e.event,
      actor: user(e.actor),
      created_at: e.created_at,
      label: { name: e.label ?? "", color: "ededed" },
    });
    if (!e.label) {
      const { label: _drop, ...rest } = base;
      return make("state-change-issue-event", { ...rest, event: e.event });
    }
    return base;
  }
}
