import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../github/fake-server.js";
import { sms } from "../helpers/cli.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import { baseRepo, changeRecord, factsFile, POLICY, tmp } from "./repo.js";

/**
 * The approval scenarios of SPEC section 6 run end to end through `sms check-pr`: a real git
 * repository with a base and a head commit, facts from a file (offline) and from the fake GitHub
 * API (the real Octokit client over HTTP). Both ways must reach the same verdict.
 */

interface ReviewSpec {
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
  /** Minutes after 09:00 UTC on 2026-03-10. */
  minute?: number;
  /** Review the first commit of the pull request instead of its head. */
  onFirst?: boolean;
}

interface Scenario {
  name: string;
  edit: (r: TempRepo) => void;
  /** A second push after the first commit. */
  push?: (r: TempRepo) => void;
  author?: string;
  commitAuthors?: string[];
  reviews: ReviewSpec[];
  teams?: Record<string, string[]>;
  verdict: "approved" | "pending" | "blocked";
  records?: Record<string, Record<string, unknown>>;
  codes?: string[];
  text?: RegExp[];
  now?: string;
}

const write = (file: string, text: string) => (r: TempRepo) => void r.write(file, text);
const editChange = (id: string, fields: Record<string, string> = {}) =>
  write(`changes/${id}.md`, changeRecord(id, { title: `Changed ${id}`, ...fields }));
const ok = (user: string, minute = 0): ReviewSpec => ({ user, state: "APPROVED", minute });

const SCENARIOS: Scenario[] = [
  {
    name: "a CAB member approves a normal change",
    edit: editChange("CHG-1"),
    reviews: [ok("carol")],
    verdict: "approved",
    records: { "CHG-1": { rule: "normal change", status: "met", approvers: ["carol"], change: "modified" } },
    text: [/CHG-1 {2}changes\/CHG-1\.md {2}modified/, /approvers: carol/],
  },
  {
    name: "self-approval: the author's approval never counts",
    edit: editChange("CHG-1"),
    author: "carol",
    commitAuthors: ["carol"],
    reviews: [ok("carol")],
    verdict: "pending",
    records: {
      "CHG-1": { status: "missing", approvers: [], ignored: [{ user: "carol", reason: "author" }] },
    },
    text: [
      /carol cannot approve: carol authored the pull request/,
      /needs 1 more approval from cab: dave or erin/,
    ],
  },
  {
    name: "approval by a commit author does not count",
    edit: editChange("CHG-1"),
    commitAuthors: ["alice", "dave"],
    reviews: [ok("dave")],
    verdict: "pending",
    records: { "CHG-1": { ignored: [{ user: "dave", reason: "commit-author" }] } },
    text: [/dave cannot approve: dave authored a commit in the pull request/],
  },
  {
    name: "an approval given before the last push is stale",
    edit: editChange("CHG-1"),
    push: editChange("CHG-1", { risk: "medium" }),
    reviews: [{ user: "carol", state: "APPROVED", onFirst: true }],
    verdict: "pending",
    records: { "CHG-1": { ignored: [{ user: "carol", reason: "stale" }] } },
    text: [/carol's approval is on an older commit/],
  },
  {
    name: "changes requested after an approval block",
    edit: editChange("CHG-1"),
    reviews: [ok("carol", 0), { user: "carol", state: "CHANGES_REQUESTED", minute: 5 }, ok("erin", 6)],
    verdict: "blocked",
    records: { "CHG-1": { status: "blocked", changes_requested: ["carol"] } },
    text: [/carol requested changes/],
  },
  {
    name: "someone outside the team cannot approve",
    edit: editChange("CHG-1"),
    reviews: [ok("bob")],
    verdict: "pending",
    records: { "CHG-1": { ignored: [{ user: "bob", reason: "not-allowed" }] } },
    text: [/bob's review does not count: rule "normal change" needs cab/],
  },
  {
    name: "bots never count",
    edit: editChange("CHG-1"),
    reviews: [ok("renovate[bot]")],
    verdict: "pending",
    records: { "CHG-1": { ignored: [{ user: "renovate[bot]", reason: "bot" }] } },
  },
  {
    name: "two records with different rules: each needs its own approvals",
    edit: (r) => {
      editChange("CHG-1")(r);
      editChange("CHG-2", { risk: "high" })(r);
    },
    reviews: [ok("carol")],
    verdict: "pending",
    records: {
      "CHG-1": { rule: "normal change", status: "met" },
      "CHG-2": { rule: "high-risk normal change", status: "missing", missing: 1, required: 2 },
    },
  },
  {
    name: "two records with different rules, both met",
    edit: (r) => {
      editChange("CHG-1")(r);
      editChange("CHG-2", { risk: "high" })(r);
    },
    reviews: [ok("carol"), ok("erin", 1)],
    verdict: "approved",
  },
  {
    name: "a normal change in a freeze window is blocked",
    edit: editChange("CHG-1", {
      window: "{ start: 2026-12-22T20:00:00+01:00, end: 2026-12-22T22:00:00+01:00 }",
    }),
    reviews: [ok("carol")],
    verdict: "blocked",
    codes: ["change-freeze"],
  },
  {
    name: "an emergency change may go in during a freeze",
    edit: editChange("CHG-1", {
      type: "emergency",
      window: "{ start: 2026-12-22T20:00:00+01:00, end: 2026-12-22T22:00:00+01:00 }",
    }),
    reviews: [ok("dave")],
    verdict: "approved",
    records: { "CHG-1": { rule: "emergency change", status: "met" } },
    text: [/after merge: 2 retrospective approval\(s\) from cab due by/],
  },
  {
    name: "a pull request that weakens the policy is judged by the base policy",
    edit: (r) => {
      r.write(
        "policies/POL-change.md",
        POLICY.replace("require: { count: 1, teams: [cab] }", "require: { count: 0 }"),
      );
      editChange("CHG-1")(r);
    },
    reviews: [],
    teams: { quality: ["quinn"] },
    verdict: "pending",
    records: {
      "CHG-1": { rule: "normal change", status: "missing" },
      "POL-change": { rule: "controlled documents", from: "owner quality", status: "missing" },
    },
  },
  {
    name: "the policy owner's team approves the policy change",
    edit: (r) => {
      r.write("policies/POL-change.md", POLICY.replace("The rules above", "These rules"));
    },
    reviews: [ok("quinn")],
    teams: { quality: ["quinn"] },
    verdict: "approved",
    records: { "POL-change": { status: "met", approvers: ["quinn"] } },
  },
  {
    name: "a deleted record is judged by its base version",
    edit: (r) => void r.remove("changes/CHG-2.md"),
    reviews: [ok("erin")],
    verdict: "approved",
    records: { "CHG-2": { change: "deleted", rule: "normal change", status: "met" } },
  },
  {
    name: "deleting a closed record blocks",
    edit: (r) => void r.remove("changes/CHG-3.md"),
    reviews: [ok("erin")],
    verdict: "blocked",
    codes: ["closed-record-deleted"],
  },
  {
    name: "a renamed record is one record, not a deletion and an addition",
    edit: (r) => {
      r.remove("changes/CHG-1.md");
      editChange("CHG-1")(r);
      r.git("mv", "changes/CHG-1.md", "changes/2026-CHG-1.md");
    },
    reviews: [ok("carol")],
    verdict: "approved",
    records: {
      "CHG-1": {
        change: "renamed",
        path: "changes/2026-CHG-1.md",
        old_path: "changes/CHG-1.md",
        status: "met",
      },
    },
    text: [/renamed from changes\/CHG-1\.md/],
  },
  {
    name: "a pull request that edits the teams is judged by the base teams, and needs approval itself",
    edit: (r) => {
      r.write(
        "sms.config.yml",
        "organization: Example Corp\ntimezone: Europe/Berlin\nteams:\n  cab: [bob]\n  ecab: [dave]\n  quality: { github: example-corp/quality }\n",
      );
      editChange("CHG-1")(r);
    },
    reviews: [ok("bob")],
    verdict: "pending",
    records: {
      "CHG-1": { status: "missing", ignored: [{ user: "bob", reason: "not-allowed" }] },
      "sms.config.yml": { status: "met", rule: "default" },
    },
  },
  {
    name: "validation errors in the head block",
    edit: write(
      "changes/CHG-1.md",
      "---\nid: CHG-1\nkind: change\ntitle: x\nowner: alice\n---\nno sections\n",
    ),
    reviews: [ok("carol")],
    verdict: "blocked",
    codes: ["section-missing"],
  },
  {
    name: "a pull request that touches no record has nothing to approve",
    edit: write("README.md", "# SMS\n\nMore words.\n"),
    reviews: [],
    verdict: "approved",
    text: [/changes no SMS records/],
  },
  {
    name: "a standard change naming its approved template needs no approval",
    edit: (r) =>
      void r.write(
        "changes/CHG-9.md",
        changeRecord("CHG-9", { type: "standard", template: "PRC-std-restart" }),
      ),
    reviews: [],
    verdict: "approved",
    records: { "CHG-9": { change: "added", rule: "standard change", required: 0 } },
  },
];

interface Built {
  repo: TempRepo;
  base: string;
  head: string;
  first: string;
  reviews: { id: number; user: string; state: string; commit_id: string; submitted_at: string }[];
}

function build(s: Scenario): Built {
  const { repo, base } = baseRepo();
  repo.switch("pr", true);
  s.edit(repo);
  const first = repo.commit("first push", { date: "2026-03-09T10:00:00+01:00" });
  let head = first;
  if (s.push) {
    s.push(repo);
    head = repo.commit("second push", { date: "2026-03-09T11:00:00+01:00" });
  }
  repo.switch("main");
  const reviews = s.reviews.map((r, i) => ({
    id: 500 + i,
    user: r.user,
    state: r.state,
    commit_id: r.onFirst ? first : head,
    submitted_at: new Date(Date.UTC(2026, 2, 10, 9, r.minute ?? 0)).toISOString(),
  }));
  return { repo, base, head, first, reviews };
}

function check(s: Scenario, out: { code: number; stdout: string; stderr: string }, json: boolean) {
  expect(out.stderr).toBe("");
  expect(out.code).toBe(s.verdict === "approved" ? 0 : 1);
  if (!json) {
    for (const re of s.text ?? []) expect(out.stdout).toMatch(re);
    return;
  }
  const v = JSON.parse(out.stdout) as {
    verdict: string;
    records: ({ id: string } & Record<string, unknown>)[];
    violations: { code: string; file: string; line: number }[];
  };
  expect(v.verdict).toBe(s.verdict);
  for (const [id, want] of Object.entries(s.records ?? {})) {
    const got = v.records.find((r) => r.id === id);
    expect(got, `record ${id}`).toBeDefined();
    expect(got).toMatchObject(want);
  }
  const codes = v.violations.map((x) => x.code);
  if (s.codes) for (const c of s.codes) expect(codes).toContain(c);
  else if (s.verdict !== "blocked") expect(codes).toEqual([]);
}

const NOW = "2026-03-10T12:00:00Z";
const dir = mkdtempSync(path.join(tmp, "sms-facts-"));

afterAll(() => cleanupRepos());

describe("sms check-pr with a facts file (offline)", () => {
  for (const s of SCENARIOS) {
    it(s.name, async () => {
      const b = build(s);
      const file = factsFile(dir, {
        number: 42,
        author: s.author ?? "alice",
        head_sha: b.head,
        labels: [],
        reviews: b.reviews,
        commit_authors: s.commitAuthors ?? [s.author ?? "alice"],
        now: NOW,
        ...(s.teams ? { teams: s.teams } : {}),
      });
      const args = ["--repo", b.repo.dir, "check-pr", "--base", "main", "--head", "pr", "--facts", file];
      check(s, await sms(args), false);
      check(s, await sms([...args, "--json"]), true);
    });
  }
});

describe("sms check-pr with the facts from the GitHub API", () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await new FakeGitHub().start();
    gh.teams.set("example-corp/quality", ["quinn"]);
  });
  afterAll(async () => gh.close());

  const env = () => ({
    ...process.env,
    NO_COLOR: "1",
    GITHUB_TOKEN: gh.token,
    GITHUB_REPOSITORY: "example-corp/sms",
    GITHUB_API_URL: gh.url,
    SMS_GITHUB_RETRY_BASE_MS: "5",
    GITHUB_EVENT_PATH: "",
  });

  function publish(b: Built, s: Scenario, number: number) {
    const author = s.author ?? "alice";
    gh.addPull({
      number,
      author,
      base: { ref: "main", sha: b.base },
      head: { ref: "pr", sha: b.head },
      commits: (s.commitAuthors ?? [author]).map((a, i) => ({
        sha: i ? `${i}`.padStart(40, "0") : b.head,
        author: a,
      })),
      reviews: b.reviews.map((r) => ({ ...r, state: r.state as "APPROVED" })),
    });
  }

  SCENARIOS.forEach((s, i) => {
    it(s.name, async () => {
      const b = build(s);
      publish(b, s, 100 + i);
      const args = [
        "--repo",
        b.repo.dir,
        "check-pr",
        "--base",
        "main",
        "--head",
        "pr",
        "--pr",
        String(100 + i),
      ];
      const out = await sms([...args, "--json", "--now", NOW], { env: env() });
      check(s, out, true);
      expect(gh.schemaErrors()).toEqual([]);
    });
  });

  it("with --pr alone, takes base and head from the pull request", async () => {
    const b = build(SCENARIOS[0]!);
    publish(b, SCENARIOS[0]!, 304);
    const out = await sms(["--repo", b.repo.dir, "--now", NOW, "check-pr", "--pr", "304", "--json"], {
      env: env(),
    });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ verdict: "approved", head_sha: b.head });
  });

  it("fails closed on a server error: no verdict, exit 2, the reason on stderr", async () => {
    const b = build(SCENARIOS[0]!);
    publish(b, SCENARIOS[0]!, 300);
    gh.fail({ path: /\/pulls\/300\/reviews$/, status: 500, times: Infinity });
    const out = await sms(
      ["--repo", b.repo.dir, "check-pr", "--base", "main", "--head", "pr", "--pr", "300", "--json"],
      {
        env: env(),
      },
    );
    gh.faults.length = 0;
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/GitHub API: listing the reviews of pull request #300 failed with HTTP 500/);
  });

  it("fails closed on a rate limit that does not lift in time", async () => {
    const b = build(SCENARIOS[0]!);
    publish(b, SCENARIOS[0]!, 301);
    gh.fail({
      path: /\/pulls\/301$/,
      status: 403,
      times: Infinity,
      headers: {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      },
      body: { message: "API rate limit exceeded" },
    });
    const out = await sms(
      ["--repo", b.repo.dir, "check-pr", "--base", "main", "--head", "pr", "--pr", "301"],
      {
        env: env(),
      },
    );
    gh.faults.length = 0;
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/HTTP 403/);
  });

  it("waits out a short secondary rate limit (429 with Retry-After) and then judges", async () => {
    const b = build(SCENARIOS[0]!);
    publish(b, SCENARIOS[0]!, 302);
    gh.fail({
      path: /\/pulls\/302\/commits$/,
      status: 429,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit." },
    });
    const out = await sms(
      ["--repo", b.repo.dir, "check-pr", "--base", "main", "--head", "pr", "--pr", "302", "--json"],
      {
        env: env(),
      },
    );
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).verdict).toBe("approved");
  });

  it("an unresolvable GitHub team fails closed: nobody from it counts", async () => {
    const s = SCENARIOS.find((x) => x.name.startsWith("the policy owner's team"))!;
    const b = build(s);
    publish(b, s, 303);
    gh.fail({ path: /\/teams\/quality\/members$/, status: 404, times: Infinity });
    const out = await sms(
      ["--repo", b.repo.dir, "check-pr", "--base", "main", "--head", "pr", "--pr", "303"],
      {
        env: env(),
      },
    );
    gh.faults.length = 0;
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/members of team example-corp\/quality failed with HTTP 404/);
  });
});

describe("sms check-pr usage", () => {
  it("needs --base and --head, and facts or GitHub access", async () => {
    const { repo } = baseRepo();
    expect((await sms(["--repo", repo.dir, "check-pr", "--head", "main"])).code).toBe(2);
    const noToken = await sms(["--repo", repo.dir, "check-pr", "--base", "main", "--head", "main"], {
      env: { PATH: process.env.PATH },
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN/);
  });

  it("refuses facts about another head commit, and malformed facts", async () => {
    const s = SCENARIOS[0]!;
    const b = build(s);
    const other = factsFile(dir, { number: 1, author: "alice", head_sha: b.base, reviews: [], now: NOW });
    const out = await sms([
      "--repo",
      b.repo.dir,
      "check-pr",
      "--base",
      "main",
      "--head",
      "pr",
      "--facts",
      other,
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/is not the --head commit/);
    const bad = factsFile(dir, { number: 1, reviews: "none" });
    const out2 = await sms([
      "--repo",
      b.repo.dir,
      "check-pr",
      "--base",
      "main",
      "--head",
      "pr",
      "--facts",
      bad,
    ]);
    expect(out2.code).toBe(2);
    expect(out2.stderr).toMatch(/invalid pull request facts/);
    const unknown = await sms([
      "--repo",
      b.repo.dir,
      "check-pr",
      "--base",
      "main",
      "--head",
      "nope",
      "--facts",
      bad,
    ]);
    expect(unknown.code).toBe(2);
  });

  it("gives the same verdict with the isomorphic-git back-end (merge base found by walking commits)", async () => {
    const s = SCENARIOS.find((x) => x.name === "an approval given before the last push is stale")!;
    const b = build(s);
    // main moves on after the fork: the diff must still start at the merge base.
    b.repo.write("changes/CHG-2.md", changeRecord("CHG-2", { title: "Moved on main" }));
    b.repo.commit("main moves on", { date: "2026-03-09T12:00:00+01:00" });
    const file = factsFile(dir, {
      number: 3,
      author: "alice",
      reviews: b.reviews,
      commit_authors: ["alice"],
      now: NOW,
    });
    const runs = await Promise.all(
      ["native", "isomorphic"].map((backend) =>
        sms([
          "--repo",
          b.repo.dir,
          "--git",
          backend,
          "check-pr",
          "--base",
          "main",
          "--head",
          "pr",
          "--facts",
          file,
          "--json",
        ]),
      ),
    );
    for (const out of runs) {
      expect(out.stderr).toBe("");
      expect(out.code).toBe(1);
    }
    const [native, iso] = runs.map((r) => JSON.parse(r.stdout));
    expect(iso).toEqual(native);
    expect(native.records.map((r: { id: string }) => r.id)).toEqual(["CHG-1"]);
  });

  it("says to fetch the whole history when the clone is shallow", async () => {
    const b = build(SCENARIOS[0]!);
    const clone = mkdtempSync(path.join(tmp, "sms-shallow-"));
    execFileSync(
      "git",
      ["clone", "-q", "--depth", "1", "--no-single-branch", `file://${b.repo.dir}`, clone],
      {
        env: { ...process.env, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: "1" },
      },
    );
    const file = factsFile(dir, {
      number: 1,
      author: "alice",
      reviews: b.reviews,
      commit_authors: ["alice"],
      now: NOW,
    });
    const out = await sms([
      "--repo",
      clone,
      "check-pr",
      "--base",
      "origin/main",
      "--head",
      "origin/pr",
      "--facts",
      file,
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/the clone is shallow; check out with fetch-depth: 0/);
  });

  it("simulates offline: what if erin also approves?", async () => {
    const s = SCENARIOS.find(
      (x) => x.name === "two records with different rules: each needs its own approvals",
    )!;
    const b = build(s);
    const facts = { number: 7, author: "alice", reviews: b.reviews, commit_authors: ["alice"], now: NOW };
    const before = await sms([
      "--repo",
      b.repo.dir,
      "check-pr",
      "--base",
      "main",
      "--head",
      "pr",
      "--facts",
      factsFile(dir, facts),
    ]);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/needs 1 more approval from cab: dave or erin/);
    const withErin = {
      ...facts,
      reviews: [
        ...b.reviews,
        { id: 9, user: "erin", state: "APPROVED", commit_id: b.head.slice(0, 10), submitted_at: NOW },
      ],
    };
    const after = await sms([
      "--repo",
      b.repo.dir,
      "check-pr",
      "--base",
      "main",
      "--head",
      "pr",
      "--facts",
      factsFile(dir, withErin),
    ]);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/APPROVED/);
  });

  it("never reads the working tree: uncommitted edits change nothing", async () => {
    const s = SCENARIOS[0]!;
    const b = build(s);
    b.repo.write("changes/CHG-2.md", "garbage without frontmatter");
    b.repo.write("policies/POL-change.md", "---\nid: POL-change\nkind: policy\n---\n");
    const file = factsFile(dir, {
      number: 1,
      author: "alice",
      reviews: b.reviews,
      commit_authors: ["alice"],
      now: NOW,
    });
    const out = await sms([
      "--repo",
      b.repo.dir,
      "check-pr",
      "--base",
      "main",
      "--head",
      "pr",
      "--facts",
      file,
      "--json",
    ]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).records.map((r: { id: string }) => r.id)).toEqual(["CHG-1"]);
  });
});
