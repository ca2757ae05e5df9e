import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SUMMARY_MARKER } from "../../src/approval/index.js";
import { GitHubAuthError, GitHubError, GitHubRateLimitError, UsageError } from "../../src/errors.js";
import { githubFromEnv, pullRequestNumber } from "../../src/github/env.js";
import { OctokitClient } from "../../src/github/octokit.js";
import { upsertSummaryComment } from "../../src/github/publish.js";
import { FakeGitHub } from "./fake-server.js";

const HEAD = "a1".repeat(20);
const BASE = "b2".repeat(20);
let gh: FakeGitHub;

function client(over: Partial<ConstructorParameters<typeof OctokitClient>[0]> = {}) {
  return new OctokitClient({
    token: gh.token,
    repo: { owner: "example-corp", repo: "sms" },
    baseUrl: gh.url,
    retryBaseMs: 5,
    ...over,
  });
}

beforeAll(async () => {
  gh = await new FakeGitHub().start();
});
afterAll(async () => gh.close());
afterEach(() => {
  // Whatever the fake answered must be what GitHub's OpenAPI description allows.
  expect(gh.schemaErrors()).toEqual([]);
  gh.log.length = 0;
  gh.faults.length = 0;
});

describe("GitHub client over HTTP (real Octokit, fake server)", () => {
  it("reads a pull request: author, shas, labels, merge state", async () => {
    gh.addPull({
      number: 7,
      author: "alice",
      labels: ["change", "emergency"],
      base: { ref: "main", sha: BASE },
      head: { ref: "chg-7", sha: HEAD },
      merged_at: "2026-03-10T10:00:00Z",
      merge_commit_sha: "c3".repeat(20),
      state: "closed",
    });
    const pr = await client().getPullRequest(7);
    expect(pr).toMatchObject({
      number: 7,
      author: "alice",
      base_sha: BASE,
      head_sha: HEAD,
      base_ref: "main",
      labels: ["change", "emergency"],
      merged: true,
      merge_commit_sha: "c3".repeat(20),
    });
    expect(gh.log[0]!.auth).toBe(`token ${gh.token}`);
  });

  it("follows Link headers through every page of reviews, commits, files and team members", async () => {
    const p = gh.addPull({ number: 8, base: { ref: "main", sha: BASE }, head: { ref: "x", sha: HEAD } });
    for (let i = 0; i < 250; i++)
      gh.review(8, {
        user: `u${i}`,
        state: "COMMENTED",
        commit_id: HEAD,
        submitted_at: "2026-03-10T10:00:00Z",
      });
    p.commits = Array.from({ length: 130 }, (_, i) => ({
      sha: i.toString(16).padStart(40, "0"),
      author: i % 2 ? `dev${i}` : null,
    }));
    p.files = Array.from({ length: 101 }, (_, i) => ({
      filename: `changes/CHG-${i}.md`,
      status: "modified",
      sha: HEAD,
    }));
    gh.teams.set(
      "example-corp/cab",
      Array.from({ length: 205 }, (_, i) => `member${i}`),
    );
    const c = client();
    expect(await c.listReviews(8)).toHaveLength(250);
    expect(gh.requests("GET", /\/reviews$/)).toHaveLength(3);
    const commits = await c.listPullRequestCommits(8);
    expect(commits).toHaveLength(130);
    expect(commits[1]).toMatchObject({ author: "dev1" });
    expect(commits[0]!.author).toBeNull();
    expect(await c.listPullRequestFiles(8)).toHaveLength(101);
    const members = await c.listTeamMembers("example-corp", "cab");
    expect(members).toHaveLength(205);
    expect(members[204]).toBe("member204");
    expect(gh.requests("GET", /\/members$/)).toHaveLength(3);
  });

  it("creates a completed check run and adds annotations in batches of 50", async () => {
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: `changes/CHG-${i}.md`,
      start_line: 1,
      end_line: 1,
      annotation_level: "warning" as const,
      message: `m${i}`,
    }));
    const run = await client().createCheckRun({
      name: "SMS change approval",
      head_sha: HEAD,
      conclusion: "action_required",
      title: "Pending",
      summary: "s",
      details_url: "https://github.test/x",
      annotations,
    });
    const stored = gh.checkRuns.find((r) => r.id === run.id)!;
    expect(stored).toMatchObject({ status: "completed", conclusion: "action_required", head_sha: HEAD });
    expect(stored.annotations).toHaveLength(120);
    const posts = gh.requests("POST", /\/check-runs$/);
    const patches = gh.requests("PATCH", /\/check-runs\/\d+$/);
    expect(posts).toHaveLength(1);
    expect(patches).toHaveLength(2);
    for (const r of [...posts, ...patches]) {
      expect(
        (r.requestBody as { output: { annotations: unknown[] } }).output.annotations.length,
      ).toBeLessThanOrEqual(50);
    }
  });

  it("keeps one summary comment, found by its hidden marker and updated in place", async () => {
    gh.addPull({ number: 9, base: { ref: "main", sha: BASE }, head: { ref: "x", sha: HEAD } });
    gh.comments.push({ id: gh.id(), issue: 9, user: "bob", body: "looks fine" });
    const c = client();
    const first = await upsertSummaryComment(c, 9, `${SUMMARY_MARKER}\nfirst`);
    const second = await upsertSummaryComment(c, 9, `${SUMMARY_MARKER}\nsecond`);
    expect(second.id).toBe(first.id);
    expect(gh.commentsOn(9)).toHaveLength(2);
    expect(gh.commentsOn(9)[1]!.body).toContain("second");
    expect(gh.requests("POST", /\/comments$/)).toHaveLength(1);
    expect(gh.requests("PATCH", /\/issues\/comments\/\d+$/)).toHaveLength(1);
  });

  it("lists the pull requests of a merge commit", async () => {
    gh.addPull({
      number: 10,
      base: { ref: "main", sha: BASE },
      head: { ref: "x", sha: "d4".repeat(20) },
      merge_commit_sha: "e5".repeat(20),
      merged_at: "2026-03-11T10:00:00Z",
      state: "closed",
    });
    const prs = await client().listPullRequestsForCommit("e5".repeat(20));
    expect(prs.map((p) => [p.number, p.merged])).toEqual([[10, true]]);
  });

  it("does the issue operations the PDCA register needs", async () => {
    const c = client();
    const created = await c.createIssue({
      title: "SLA missed",
      body: "b",
      labels: ["improvement", "pdca:plan"],
    });
    await c.addLabels(created.number, ["pdca:do"]);
    await c.updateIssue(created.number, { state: "closed" });
    gh.issues.set(999, {
      number: 999,
      title: "a pull request",
      body: "",
      state: "open",
      labels: ["improvement"],
      created_at: "2026-01-01T00:00:00Z",
      closed_at: null,
      pull_request: true,
      events: [],
    });
    const all = await c.listIssues(["improvement"], "all");
    expect(all.map((i) => i.number)).toEqual([created.number]);
    expect(all[0]).toMatchObject({ state: "closed", labels: ["improvement", "pdca:plan", "pdca:do"] });
    expect(await c.listIssues(["improvement"], "open")).toEqual([]);
    const events = await c.listIssueEvents(created.number);
    expect(events.map((e) => [e.event, e.label])).toEqual([
      ["labeled", "improvement"],
      ["labeled", "pdca:plan"],
      ["labeled", "pdca:do"],
      ["closed", null],
    ]);
    expect(gh.requests("GET", /\/issues$/)[0]!.query.get("state")).toBe("all");
  });
});

describe("failures: every API error is a GitHubError; rate limits are waited out", () => {
  it("retries a 500 and succeeds when the server recovers", async () => {
    gh.addPull({ number: 11, base: { ref: "main", sha: BASE }, head: { ref: "x", sha: HEAD } });
    gh.fail({ path: /\/pulls\/11$/, status: 500, times: 2 });
    expect((await client().getPullRequest(11)).number).toBe(11);
    expect(gh.requests("GET", /\/pulls\/11$/).map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it("gives up on a persistent 500 with a GitHubError carrying the status", async () => {
    gh.fail({ path: /\/pulls\/11\/reviews$/, status: 500, times: Infinity });
    const error = await client({ retries: 2 })
      .listReviews(11)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).status).toBe(500);
    expect((error as Error).message).toMatch(/listing the reviews of pull request #11 failed with HTTP 500/);
  });

  it("waits out a primary rate limit (403, x-ratelimit-remaining 0)", async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    gh.fail({
      path: /\/pulls\/11$/,
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      body: { message: "API rate limit exceeded for installation." },
    });
    const warnings: string[] = [];
    expect((await client({ warn: (m) => warnings.push(m) }).getPullRequest(11)).number).toBe(11);
    expect(warnings.join()).toMatch(/primary rate limit/);
  });

  it("waits out a secondary rate limit (429 with Retry-After)", async () => {
    gh.fail({
      path: /\/pulls\/11$/,
      status: 429,
      headers: { "retry-after": "1" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    });
    const warnings: string[] = [];
    expect((await client({ warn: (m) => warnings.push(m) }).getPullRequest(11)).number).toBe(11);
    expect(warnings.join()).toMatch(/secondary rate limit/);
  });

  it("reports a rate limit that lasts too long instead of hanging", async () => {
    gh.fail({
      path: /\/pulls\/11$/,
      status: 403,
      times: Infinity,
      headers: {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      },
      body: { message: "API rate limit exceeded" },
    });
    const error = await client()
      .getPullRequest(11)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubRateLimitError);
    expect((error as GitHubError).status).toBe(403);
  });

  it("reports bad credentials and unknown pull requests", async () => {
    const bad = await client({ token: "wrong" })
      .getPullRequest(11)
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(GitHubAuthError);
    expect((bad as GitHubError).status).toBe(401);
    const missing = await client()
      .getPullRequest(4040)
      .catch((e: unknown) => e);
    expect((missing as GitHubError).status).toBe(404);
  });
});

describe("the runner's conventions", () => {
  it("reads GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL", async () => {
    gh.addPull({ number: 12, base: { ref: "main", sha: BASE }, head: { ref: "x", sha: HEAD } });
    const c = githubFromEnv({
      GITHUB_TOKEN: gh.token,
      GITHUB_REPOSITORY: "example-corp/sms",
      GITHUB_API_URL: gh.url,
    });
    expect((await c.getPullRequest(12)).number).toBe(12);
    const withFlag = githubFromEnv(
      { GITHUB_REPOSITORY: "example-corp/sms", GITHUB_API_URL: gh.url },
      { token: gh.token },
    );
    expect((await withFlag.getPullRequest(12)).number).toBe(12);
  });

  it("refuses to run without a token or with a malformed repository", () => {
    expect(() => githubFromEnv({ GITHUB_REPOSITORY: "a/b" })).toThrow(UsageError);
    expect(() => githubFromEnv({ GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "nope" })).toThrow(/owner\/name/);
    expect(() => pullRequestNumber({})).toThrow(/--pr/);
    expect(pullRequestNumber({}, "12")).toBe(12);
  });
});
