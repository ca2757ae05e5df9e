import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { baseRepo, changeRecord } from "../approval-cli/repo.js";
import { FakeGitHub } from "../github/fake-server.js";
import { projectRoot } from "../helpers/cli.js";
import { cleanupRepos } from "../helpers/git-repo.js";

/**
 * The Action run as the runner runs it: `node dist/action.js` with INPUT_* and GITHUB_* variables,
 * an event payload from @octokit/webhooks-examples in GITHUB_EVENT_PATH, and the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, against a real git repository and the fake GitHub API.
 */

const require = createRequire(import.meta.url);
type Example = { name: string; examples: Record<string, unknown>[] };
const examples = require("@octokit/webhooks-examples") as Example[];

function example(name: string, action?: string): Record<string, unknown> {
  const group = examples.find((e) => e.name === name)!;
  const found = group.examples.find((e) => action === undefined || e.action === action)!;
  return structuredClone(found);
}

let gh: FakeGitHub;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "sms-action-"));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runAction(opts: {
  repo: string;
  command: string;
  event: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(work, "run-"));
  const eventPath = path.join(dir, "event.json");
  const outputPath = path.join(dir, "output");
  const summaryPath = path.join(dir, "summary.md");
  fs.writeFileSync(eventPath, JSON.stringify(opts.payload));
  fs.writeFileSync(outputPath, "");
  fs.writeFileSync(summaryPath, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_CONFIG_NOSYSTEM: "1",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: opts.repo,
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: "example-corp/sms",
    GITHUB_API_URL: gh.url,
    GITHUB_SHA: String(opts.payload.after ?? ""),
    SMS_GITHUB_RETRY_BASE_MS: "5",
    INPUT_COMMAND: opts.command,
    INPUT_TOKEN: gh.token,
    "INPUT_REPO-PATH": ".",
    INPUT_STRICT: "false",
    ...opts.inputs,
    ...opts.env,
  };
  // Asynchronous: the fake API lives in this process and must keep answering.
  const r = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "dist/action.js")], {
      cwd: opts.repo,
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("close", (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(fs.readFileSync(outputPath, "utf8")),
    summary: fs.readFileSync(summaryPath, "utf8"),
  };
}

/** Reads the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function prPayload(
  number: number,
  base: string,
  head: string,
  action = "synchronize",
): Record<string, unknown> {
  const p = example("pull_request", action === "synchronize" ? "opened" : action);
  p.action = action;
  p.number = number;
  const pr = p.pull_request as Record<string, Record<string, unknown> | unknown>;
  pr.number = number;
  (pr.base as Record<string, unknown>).sha = base;
  (pr.head as Record<string, unknown>).sha = head;
  return p;
}

/** A repository with a pull request branch `pr` changing CHG-1, published as pull request `number`. */
function pullRequest(number: number, fields: Record<string, string> = {}, reviewers = ["carol"]) {
  const { repo, base } = baseRepo();
  repo.switch("pr", true);
  repo.write("changes/CHG-1.md", changeRecord("CHG-1", { title: `"Changed in #${number}"`, ...fields }));
  const head = repo.commit("change", { date: "2026-03-09T10:00:00+01:00" });
  repo.switch("main");
  gh.addPull({
    number,
    author: "alice",
    base: { ref: "main", sha: base },
    head: { ref: "pr", sha: head },
    reviews: reviewers.map((user, i) => ({
      id: number * 100 + i,
      user,
      state: "APPROVED",
      commit_id: head,
      submitted_at: "2026-03-10T09:00:00Z",
    })),
  });
  return { repo, base, head };
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(projectRoot, "dist/action.js"))) {
    execFileSync(process.execPath, [path.join(projectRoot, "scripts/build.mjs")], { cwd: projectRoot });
  }
  gh = await new FakeGitHub().start();
  gh.teams.set("example-corp/quality", ["quinn"]);
});

afterAll(async () => {
  // Everything the fake answered was what GitHub's OpenAPI description allows.
  expect(gh.schemaErrors()).toEqual([]);
  await gh.close();
  cleanupRepos();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("action.yml", () => {
  it("declares node24, dist/action.js and the inputs and outputs of the contract", () => {
    const action = parseYaml(fs.readFileSync(path.join(projectRoot, "action.yml"), "utf8"));
    expect(action.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(Object.keys(action.inputs).sort()).toEqual(["command", "out", "repo-path", "strict", "token"]);
    expect(Object.keys(action.outputs).sort()).toEqual(["errors", "site-path", "verdict", "warnings"]);
  });
});

describe("check-pr on pull_request", () => {
  it("posts a green check run, one summary comment and the job summary when approved", async () => {
    const { repo, base, head } = pullRequest(21);
    const r = await runAction({
      repo: repo.dir,
      command: "check-pr",
      event: "pull_request",
      payload: prPayload(21, base, head),
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe("approved");
    const runs = gh.checkRuns.filter((c) => c.head_sha === head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: "SMS change approval",
      status: "completed",
      conclusion: "success",
    });
    const comments = gh.commentsOn(21);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("<!-- sms-as-code:approval -->");
    expect(comments[0]!.body).toMatch(/SMS change approval: approved/);
    expect(r.summary).toMatch(/SMS change approval: approved/);
    expect(gh.schemaErrors()).toEqual([]);
  });

  it("updates the same comment on the next run, never adding a second one", async () => {
    const { repo, base, head } = pullRequest(22, {}, []);
    const first = await runAction({
      repo: repo.dir,
      command: "check-pr",
      event: "pull_request",
      payload: prPayload(22, base, head),
    });
    expect(first.code).toBe(1);
    expect(first.outputs.verdict).toBe("pending");
    expect(first.stdout).toMatch(/::error::SMS change approval: pending/);
    expect(gh.checkRuns.find((c) => c.head_sha === head)!.conclusion).toBe("action_required");
    const commentId = gh.commentsOn(22)[0]!.id;
    // erin approves; the pull_request_review event runs the check again.
    gh.review(22, { user: "erin", state: "APPROVED", commit_id: head, submitted_at: "2026-03-10T10:00:00Z" });
    const review = example("pull_request_review", "submitted");
    (review.pull_request as Record<string, unknown>).number = 22;
    const second = await runAction({
      repo: repo.dir,
      command: "check-pr",
      event: "pull_request_review",
      payload: review,
    });
    expect(second.code).toBe(0);
    expect(second.outputs.verdict).toBe("approved");
    const comments = gh.commentsOn(22);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(commentId);
    expect(comments[0]!.body).toMatch(/approved/);
    expect(gh.requests("POST", /\/issues\/22\/comments$/)).toHaveLength(1);
    expect(gh.requests("PATCH", /\/issues\/comments\/\d+$/).length).toBeGreaterThanOrEqual(1);
  });

  it("annotates the record files of a blocked pull request", async () => {
    const { repo, base, head } = pullRequest(23, {
      window: "{ start: 2026-12-22T20:00:00+01:00, end: 2026-12-22T22:00:00+01:00 }",
    });
    const r = await runAction({
      repo: repo.dir,
      command: "check-pr",
      event: "pull_request",
      payload: prPayload(23, base, head),
    });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe("blocked");
    const run = gh.checkRuns.find((c) => c.head_sha === head)!;
    expect(run.conclusion).toBe("failure");
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        path: "changes/CHG-1.md",
        annotation_level: "failure",
        title: "change-freeze",
      }),
    );
  });

  it("fails closed on API errors: no green check, no verdict output, a failed step", async () => {
    const { repo, base, head } = pullRequest(24);
    gh.fail({ path: /\/pulls\/24\/reviews$/, status: 500, times: Infinity });
    const r = await runAction({
      repo: repo.dir,
      command: "check-pr",
      event: "pull_request",
      payload: prPayload(24, base, head),
    });
    gh.faults.length = 0;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::GitHub API: listing the reviews of pull request #24 failed with HTTP 500/,
    );
    expect(r.outputs.verdict).toBeUndefined();
    expect(gh.checkRuns.filter((c) => c.head_sha === head)).toEqual([]);
  });

  it("fails closed when the check run cannot be posted", async () => {
    const { repo, base, head } = pullRequest(25);
    gh.fail({
      method: "POST",
      path: /\/check-runs$/,
      status: 403,
      times: Infinity,
      body: { message: "Resource not accessible by integration" },
    });
    const r = await runAction({
      repo: repo.dir,
      command: "check-pr",
      event: "pull_request",
      payload: prPayload(25, base, head),
    });
    gh.faults.length = 0;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::GitHub API: creating check run "SMS change approval" failed with HTTP 403/,
    );
  });

  it("refuses to run check-pr on a push event", async () => {
    const { repo } = baseRepo();
    const r = await runAction({
      repo: repo.dir,
      command: "check-pr",
      event: "push",
      payload: example("push"),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::check-pr runs on pull_request or pull_request_target events/);
  });
});

describe("check-pr on pull_request_target: the head is data, fetched and never checked out", () => {
  it("fetches the head commit from refs/pull/N/head into the object store only", async () => {
    const { repo, base, head } = pullRequest(31);
    const origin = fs.mkdtempSync(path.join(work, "origin-"));
    execFileSync("git", ["init", "-q", "--bare", origin]);
    repo.git("push", "-q", origin, "main", `pr:refs/pull/31/head`);
    const clone = fs.mkdtempSync(path.join(work, "clone-"));
    execFileSync("git", ["clone", "-q", "--branch", "main", `file://${origin}`, clone], {
      env: { ...process.env, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: "1" },
    });
    expect(spawnSync("git", ["cat-file", "-e", `${head}^{commit}`], { cwd: clone }).status).not.toBe(0);
    const r = await runAction({
      repo: clone,
      command: "check-pr",
      event: "pull_request_target",
      payload: prPayload(31, base, head, "opened"),
    });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe("approved");
    const git = (...args: string[]) => execFileSync("git", args, { cwd: clone, encoding: "utf8" }).trim();
    expect(git("rev-parse", "HEAD")).toBe(base);
    expect(git("symbolic-ref", "HEAD")).toBe("refs/heads/main");
    expect(git("status", "--porcelain")).toBe("");
    expect(fs.readFileSync(path.join(clone, "changes/CHG-1.md"), "utf8")).not.toMatch(/title: Changed/);
  });
});

describe("other commands", () => {
  it("validate sets errors and warnings and annotates with workflow commands", async () => {
    const { repo } = baseRepo();
    repo.write(
      "changes/CHG-1.md",
      "---\nid: CHG-1\nkind: change\ntitle: x\nowner: alice\n---\nno sections\n",
    );
    const r = await runAction({
      repo: repo.dir,
      command: "validate",
      event: "push",
      payload: example("push"),
    });
    expect(r.code).toBe(1);
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(r.outputs.warnings).toMatch(/^\d+$/);
    expect(r.stdout).toMatch(/::error file=changes\/CHG-1\.md/);
    expect(r.summary).toMatch(/SMS validation/);
  });

  it("record-approvals on the push after merges writes one ledger entry per merged pull request", async () => {
    const { repo, base, head } = pullRequest(41);
    const merge = repo.merge("pr", "Merge pull request #41", { date: "2026-03-10T13:00:00+01:00" });
    const pr = gh.pulls.get(41)!;
    pr.state = "closed";
    pr.merged_at = "2026-03-10T12:00:00Z";
    pr.merge_commit_sha = merge;
    // A second pull request merged in the same push.
    repo.switch("pr2", true);
    repo.write("changes/CHG-2.md", changeRecord("CHG-2", { title: "Second" }));
    const head2 = repo.commit("second change", { date: "2026-03-10T11:00:00+01:00" });
    repo.switch("main");
    const merge2 = repo.merge("pr2", "Merge pull request #42", { date: "2026-03-10T13:30:00+01:00" });
    gh.addPull({
      number: 42,
      author: "bob",
      state: "closed",
      merged_at: "2026-03-10T12:30:00Z",
      merge_commit_sha: merge2,
      base: { ref: "main", sha: merge },
      head: { ref: "pr2", sha: head2 },
      reviews: [
        { id: 4201, user: "erin", state: "APPROVED", commit_id: head2, submitted_at: "2026-03-10T10:00:00Z" },
      ],
    });
    const push = example("push");
    push.after = merge2;
    push.before = base;
    push.ref = "refs/heads/main";
    push.commits = [head, merge, head2, merge2].map((id) => ({ id }));
    const r = await runAction({ repo: repo.dir, command: "record-approvals", event: "push", payload: push });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    const entry = JSON.parse(repo.git("show", "sms/evidence:approvals/41.json"));
    expect(entry).toMatchObject({ pr: 41, sequence: 1, head, merge_commit: merge, verdict: "approved" });
    const second = JSON.parse(repo.git("show", "sms/evidence:approvals/42.json"));
    expect(second).toMatchObject({
      pr: 42,
      sequence: 2,
      head: head2,
      merge_commit: merge2,
      verdict: "approved",
    });
    expect(r.summary).toMatch(/Recorded pull request #41/);
    expect(r.summary).toMatch(/Recorded pull request #42/);
    // The same push delivered again adds nothing.
    const again = await runAction({
      repo: repo.dir,
      command: "record-approvals",
      event: "push",
      payload: push,
    });
    expect(again.code).toBe(0);
    expect(repo.git("rev-list", "--count", "sms/evidence")).toBe("2");
  });

  it("site builds the evidence site and sets site-path", async () => {
    const { repo } = baseRepo();
    const out = path.join(work, `site-${Date.now()}`);
    const r = await runAction({
      repo: repo.dir,
      command: "site",
      event: "push",
      payload: example("push"),
      inputs: { INPUT_OUT: out },
    });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.outputs["site-path"]).toBe(out);
    expect(fs.existsSync(path.join(out, "manifest.json"))).toBe(true);
  });

  it("metrics writes metrics.json to the out folder", async () => {
    const { repo } = baseRepo();
    const out = path.join(work, `metrics-${Date.now()}`);
    const r = await runAction({
      repo: repo.dir,
      command: "metrics",
      event: "schedule",
      payload: {},
      inputs: { INPUT_OUT: out },
      env: { SMS_NOW: "2026-04-02T00:00:00Z" },
    });
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, "metrics.json"), "utf8")).periods).toBeInstanceOf(Array);
  });

  it("rejects an unknown command with a clear message", async () => {
    const { repo } = baseRepo();
    const r = await runAction({ repo: repo.dir, command: "deploy", event: "push", payload: example("push") });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input command must be one of validate, check-pr, record-approvals/);
  });
});
