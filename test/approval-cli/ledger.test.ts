import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../github/fake-server.js";
import { sms } from "../helpers/cli.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import { baseRepo, changeRecord } from "./repo.js";

/**
 * record-approvals and verify against a real git repository with a bare `origin`, and the fake
 * GitHub API: the ledger entry is a commit on sms/evidence made with plumbing (the working tree
 * and the checked-out branch stay as they were), pushed, idempotent, chained by sha256, and
 * retrospective approvals of emergency changes are tracked until given.
 */

let gh: FakeGitHub;
let repo: TempRepo;
let origin: string;
const MERGED_AT = "2026-03-09T12:00:00Z";
const heads: Record<number, { head: string; merge: string; base: string }> = {};

function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NO_COLOR: "1",
    GITHUB_TOKEN: gh.token,
    GITHUB_REPOSITORY: "example-corp/sms",
    GITHUB_API_URL: gh.url,
    GITHUB_EVENT_PATH: "",
    SMS_GITHUB_RETRY_BASE_MS: "5",
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_CONFIG_NOSYSTEM: "1",
  };
}

/** Merges a pull request branch into main with a merge commit and publishes it on the fake API. */
function mergePr(number: number, branch: string, edit: (r: TempRepo) => void, reviewers: string[]): void {
  repo.switch(branch, true);
  edit(repo);
  const head = repo.commit(`pull request ${number}`, { date: "2026-03-09T10:00:00+01:00" });
  repo.switch("main");
  const base = repo.git("rev-parse", "HEAD");
  const merge = repo.merge(branch, `Merge pull request #${number}`, { date: "2026-03-09T13:00:00+01:00" });
  heads[number] = { head, merge, base };
  gh.addPull({
    number,
    title: `Pull request ${number}`,
    author: "alice",
    state: "closed",
    merged_at: MERGED_AT,
    merge_commit_sha: merge,
    base: { ref: "main", sha: base },
    head: { ref: branch, sha: head },
    reviews: reviewers.map((user, i) => ({
      id: 7000 + number * 10 + i,
      user,
      state: "APPROVED",
      commit_id: head,
      submitted_at: "2026-03-09T11:00:00Z",
    })),
  });
}

const ledgerFile = (file: string) => repo.git("show", `sms/evidence:${file}`);

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  gh.teams.set("example-corp/quality", ["quinn"]);
  ({ repo } = baseRepo());
  origin = fs.mkdtempSync(path.join(os.tmpdir(), "sms-origin-"));
  execFileSync("git", ["init", "-q", "--bare", origin]);
  repo.git("remote", "add", "origin", origin);
  repo.git("push", "-q", "origin", "main");
  mergePr(
    5,
    "emergency",
    (r) => r.write("changes/CHG-1.md", changeRecord("CHG-1", { type: "emergency", title: "Hotfix" })),
    ["dave"],
  );
});

afterAll(async () => {
  // Everything the fake answered was what GitHub's OpenAPI description allows.
  expect(gh.schemaErrors()).toEqual([]);
  await gh.close();
  cleanupRepos();
  fs.rmSync(origin, { recursive: true, force: true });
});

describe("sms record-approvals", () => {
  it("writes approvals/<pr>.json on sms/evidence without touching the working tree, and pushes it", async () => {
    repo.write("notes.txt", "uncommitted work in progress\n");
    const statusBefore = repo.git("status", "--porcelain");
    const out = await sms(
      ["--repo", repo.dir, "--now", "2026-03-09T12:05:00Z", "record-approvals", "--pr", "5"],
      {
        env: env(),
      },
    );
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /Recorded pull request #5 \(approved, 1 record\(s\)\) in approvals\/5\.json on sms\/evidence/,
    );
    expect(repo.git("symbolic-ref", "HEAD")).toBe("refs/heads/main");
    expect(repo.git("rev-parse", "HEAD")).toBe(heads[5]!.merge);
    expect(repo.git("status", "--porcelain")).toBe(statusBefore);
    expect(fs.existsSync(path.join(repo.dir, "approvals"))).toBe(false);

    const entry = JSON.parse(ledgerFile("approvals/5.json"));
    const policyBlob = repo.git("rev-parse", `${heads[5]!.base}:policies/POL-change.md`);
    expect(entry).toMatchObject({
      ledger: "sms-as-code/approvals",
      sequence: 1,
      prev: null,
      type: "merge",
      pr: 5,
      head: heads[5]!.head,
      merge_commit: heads[5]!.merge,
      base: heads[5]!.base,
      policy_commit: heads[5]!.base,
      verdict: "approved",
      merged_at: MERGED_AT,
      policy: { id: "POL-change", path: "policies/POL-change.md", blob: policyBlob },
      records: [
        {
          id: "CHG-1",
          path: "changes/CHG-1.md",
          rule: "emergency change",
          approvers: [
            {
              user: "dave",
              review_id: 7050,
              submitted_at: "2026-03-09T11:00:00Z",
              commit_id: heads[5]!.head,
            },
          ],
          retrospective_owed: {
            count: 2,
            teams: ["cab"],
            members: { cab: ["carol", "dave", "erin"] },
            excluded: ["alice"],
          },
        },
      ],
    });
    expect(entry.records[0].retrospective_owed.due).toBe("2026-03-14T12:00:00Z");
    const remote = execFileSync("git", ["--git-dir", origin, "rev-parse", "refs/heads/sms/evidence"], {
      encoding: "utf8",
    }).trim();
    expect(remote).toBe(repo.git("rev-parse", "refs/heads/sms/evidence"));
    repo.remove("notes.txt");
  });

  it("is idempotent: a second run for the same pull request adds nothing", async () => {
    const before = repo.git("rev-parse", "refs/heads/sms/evidence");
    const out = await sms(["--repo", repo.dir, "record-approvals", "--pr", "5"], { env: env() });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/already in the ledger/);
    expect(repo.git("rev-parse", "refs/heads/sms/evidence")).toBe(before);
  });

  it("finds the merged pull request from the pushed merge commit and chains the next entry", async () => {
    mergePr(6, "normal", (r) => r.write("changes/CHG-2.md", changeRecord("CHG-2", { title: "Normal" })), [
      "carol",
    ]);
    const out = await sms(
      ["--repo", repo.dir, "--now", "2026-03-09T12:10:00Z", "record-approvals", "--sha", heads[6]!.merge],
      {
        env: env(),
      },
    );
    expect(out.code).toBe(0);
    const first = execFileSync("git", ["show", "sms/evidence:approvals/5.json"], { cwd: repo.dir });
    const second = JSON.parse(ledgerFile("approvals/6.json"));
    expect(second.sequence).toBe(2);
    expect(second.prev).toBe(createHash("sha256").update(first).digest("hex"));
    expect(second.records[0]).toMatchObject({
      id: "CHG-2",
      rule: "normal change",
      approvers: [{ user: "carol" }],
    });
  });

  it("records nothing for a merge that touched no records", async () => {
    mergePr(7, "docs", (r) => r.write("README.md", "# SMS\n\nmore\n"), []);
    const before = repo.git("rev-parse", "refs/heads/sms/evidence");
    const out = await sms(["--repo", repo.dir, "record-approvals", "--pr", "7"], { env: env() });
    expect(out.stdout).toMatch(/changed no SMS records/);
    expect(repo.git("rev-parse", "refs/heads/sms/evidence")).toBe(before);
  });

  it("fails closed when the API fails: nothing is written", async () => {
    mergePr(8, "broken", (r) => r.write("changes/CHG-8.md", changeRecord("CHG-8")), ["carol"]);
    gh.fail({ path: /\/pulls\/8\/reviews$/, status: 500, times: Infinity });
    const before = repo.git("rev-parse", "refs/heads/sms/evidence");
    const out = await sms(["--repo", repo.dir, "record-approvals", "--pr", "8"], { env: env() });
    gh.faults.length = 0;
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/HTTP 500/);
    expect(repo.git("rev-parse", "refs/heads/sms/evidence")).toBe(before);
  });
});

describe("retrospective approvals of emergency changes", () => {
  it("an owed retrospective approval past its due date is a finding of sms validate", async () => {
    const early = await sms([
      "--repo",
      repo.dir,
      "--now",
      "2026-03-12T00:00:00Z",
      "validate",
      "--json",
      "--no-cache",
    ]);
    expect(
      JSON.parse(early.stdout).diagnostics.filter(
        (d: { code: string }) => d.code === "retrospective-overdue",
      ),
    ).toEqual([]);
    const late = await sms([
      "--repo",
      repo.dir,
      "--now",
      "2026-03-20T00:00:00Z",
      "validate",
      "--json",
      "--no-cache",
    ]);
    const found = JSON.parse(late.stdout).diagnostics.filter(
      (d: { code: string }) => d.code === "retrospective-overdue",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "changes/CHG-1.md", severity: "warning" });
    expect(found[0].message).toMatch(/CHG-1 \(pull request #5\) still owes 2 retrospective approval/);
  });

  it("a later approval of the merged pull request is recorded with its time until the obligation is met", async () => {
    // The author and bots never count; carol and erin from the CAB do.
    gh.review(5, {
      user: "alice",
      state: "APPROVED",
      commit_id: heads[5]!.head,
      submitted_at: "2026-03-10T09:00:00Z",
    });
    gh.review(5, {
      user: "carol",
      state: "APPROVED",
      commit_id: heads[5]!.head,
      submitted_at: "2026-03-10T09:30:00Z",
    });
    let out = await sms(
      ["--repo", repo.dir, "--now", "2026-03-10T10:00:00Z", "record-approvals", "--pr", "5"],
      { env: env() },
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Recorded retrospective approval\(s\) of pull request #5 by carol/);
    const retro = JSON.parse(ledgerFile("approvals/5-retrospective-3.json"));
    expect(retro).toMatchObject({
      type: "retrospective",
      sequence: 3,
      pr: 5,
      records: [{ id: "CHG-1", retrospective: [{ user: "carol", at: "2026-03-10T09:30:00Z" }] }],
    });
    // Run again: the same approval is not recorded twice.
    const tip = repo.git("rev-parse", "refs/heads/sms/evidence");
    await sms(["--repo", repo.dir, "--now", "2026-03-10T10:30:00Z", "record-approvals", "--pr", "5"], {
      env: env(),
    });
    expect(repo.git("rev-parse", "refs/heads/sms/evidence")).toBe(tip);

    gh.review(5, {
      user: "erin",
      state: "APPROVED",
      commit_id: heads[5]!.head,
      submitted_at: "2026-03-16T09:00:00Z",
    });
    out = await sms(["--repo", repo.dir, "--now", "2026-03-16T10:00:00Z", "record-approvals", "--pr", "5"], {
      env: env(),
    });
    expect(out.stdout).toMatch(/by erin/);
    // Met (late): no longer a finding.
    const v = await sms([
      "--repo",
      repo.dir,
      "--now",
      "2026-03-20T00:00:00Z",
      "validate",
      "--json",
      "--no-cache",
    ]);
    expect(
      JSON.parse(v.stdout).diagnostics.filter((d: { code: string }) => d.code === "retrospective-overdue"),
    ).toEqual([]);
  });
});

describe("sms verify", () => {
  it("confirms an intact chain", async () => {
    const out = await sms(["--repo", repo.dir, "verify"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/4 entries/);
    expect(out.stdout).toMatch(/intact/);
  });

  it("reports an entry changed after it was written, by file name", async () => {
    const copy = repo.copy();
    const wt = fs.mkdtempSync(path.join(os.tmpdir(), "sms-wt-"));
    copy.git("worktree", "add", "-q", wt, "sms/evidence");
    const file = path.join(wt, "approvals/6.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"carol"', '"mallory"'));
    execFileSync("git", ["-c", "user.name=m", "-c", "user.email=m@x", "commit", "-qam", "tamper"], {
      cwd: wt,
    });
    const out = await sms(["--repo", copy.dir, "verify", "--json"]);
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual({
      file: "approvals/6.json",
      message: expect.stringMatching(/changed after it was written/),
    });
    fs.rmSync(wt, { recursive: true, force: true });
  });

  it("reports a broken hash link and a wrong sequence", async () => {
    const copy = repo.copy();
    const wt = fs.mkdtempSync(path.join(os.tmpdir(), "sms-wt-"));
    copy.git("worktree", "add", "-q", wt, "sms/evidence");
    const forged = {
      ledger: "sms-as-code/approvals",
      version: 1,
      sequence: 9,
      prev: "0".repeat(64),
      type: "merge",
      pr: 99,
      records: [],
    };
    fs.writeFileSync(path.join(wt, "approvals/99.json"), `${JSON.stringify(forged, null, 2)}\n`);
    execFileSync("git", ["add", "-A"], { cwd: wt });
    execFileSync("git", ["-c", "user.name=m", "-c", "user.email=m@x", "commit", "-qm", "forge"], { cwd: wt });
    const out = await sms(["--repo", copy.dir, "verify"]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/BROKEN approvals\/99\.json: has sequence 9, expected 5/);
    expect(out.stdout).toMatch(
      /BROKEN approvals\/99\.json: prev is 0+, but the previous entry's sha256 is [0-9a-f]{64}/,
    );
    fs.rmSync(wt, { recursive: true, force: true });
  });

  it("with --site, checks the site's files against its manifest and names a changed file", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "sms-site-"));
    const built = await sms(["--repo", repo.dir, "site", "--out", out]);
    expect(built.code).toBe(0);
    const ok = await sms(["--repo", repo.dir, "verify", "--site", out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Every file matches the manifest/);
    fs.appendFileSync(path.join(out, "index.html"), "<!-- edited -->");
    const bad = await sms(["--repo", repo.dir, "verify", "--site", out]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/BROKEN index\.html/);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it("says so when there is no ledger yet", async () => {
    const { repo: fresh } = baseRepo();
    const out = await sms(["--repo", fresh.dir, "verify"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/No approval ledger yet/);
  });
});
