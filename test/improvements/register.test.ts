import { appendFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../github/fake-server.js";
import { copyTemplate, sms } from "../helpers/cli.js";
import { addIssue, ev, githubEnv, offlineEnv } from "./helpers.js";

const NOW = "2026-03-20T09:00:00Z";
let gh: FakeGitHub;
let dir: string;
let cleanup: () => Promise<void>;

interface Item {
  issue: number;
  title: string;
  type: string;
  stage: string;
  state: string;
  records: string[];
  opened_at: string;
  closed_at: string | null;
  stage_days: Record<string, number>;
  owner: string | null;
  age_days: number;
  overdue: boolean;
  overdue_reason: string | null;
  result: string | null;
  url: string;
  flags: string[];
}

async function register(...extra: string[]) {
  const run = await sms(["--repo", dir, "--now", NOW, "improvements", "--json", ...extra], {
    env: githubEnv(gh),
  });
  expect(run.code, run.stderr).toBe(0);
  const doc = JSON.parse(run.stdout) as {
    items: Item[];
    diagnostics: { file: string; line: number; code: string; message: string }[];
  };
  return { ...doc, run, item: (n: number) => doc.items.find((i) => i.issue === n)! };
}

function write(file: string, text: string) {
  writeFileSync(path.join(dir, file), `${text.trim()}\n`);
}

beforeAll(async () => {
  gh = await new FakeGitHub().start();
});
afterAll(async () => gh.close());
beforeEach(async () => {
  ({ dir, cleanup } = await copyTemplate());
  gh.issues.clear();
});
afterEach(async () => {
  // Whatever the fake answered must be what GitHub's OpenAPI description allows.
  expect(gh.schemaErrors()).toEqual([]);
  gh.log.length = 0;
  gh.faults.length = 0;
  await cleanup();
});

describe("sms improvements: the PDCA register from GitHub issues", () => {
  it("prints SPEC section 7's JSON: one item per issue labelled improvement or nonconformity, open and closed", async () => {
    addIssue(gh, {
      number: 3,
      title: "Faster detection of shop outages",
      labels: ["improvement", "pdca:do"],
      events: [
        ev(1, "labeled", "2026-03-01T09:00:00Z", "improvement"),
        ev(2, "labeled", "2026-03-01T09:00:00Z", "pdca:plan"),
        ev(3, "unlabeled", "2026-03-04T09:00:00Z", "pdca:plan"),
        ev(4, "labeled", "2026-03-04T09:00:00Z", "pdca:do"),
      ],
    });
    addIssue(gh, {
      number: 4,
      title: "Late retrospective approval",
      labels: ["nonconformity", "pdca:act"],
      state: "closed",
      closed_at: "2026-03-11T09:00:00Z",
      events: [ev(5, "labeled", "2026-03-01T09:00:00Z", "pdca:act"), ev(6, "closed", "2026-03-11T09:00:00Z")],
    });
    addIssue(gh, { number: 5, title: "A question", labels: ["question"] });
    addIssue(gh, { number: 6, title: "A pull request", labels: ["improvement"], pull_request: true });
    const { items, diagnostics, item } = await register();
    expect(diagnostics).toEqual([]);
    expect(items.map((i) => i.issue)).toEqual([3, 4]);
    expect(Object.keys(item(3))).toEqual([
      "issue",
      "title",
      "type",
      "stage",
      "state",
      "records",
      "opened_at",
      "closed_at",
      "stage_days",
      "owner",
      "age_days",
      "overdue",
      "overdue_reason",
      "result",
      "url",
      "flags",
    ]);
    expect(item(3)).toMatchObject({
      type: "improvement",
      stage: "do",
      state: "open",
      opened_at: "2026-03-01T09:00:00Z",
      closed_at: null,
      stage_days: { plan: 3, do: 16 },
      age_days: 19,
      overdue: false,
      url: "https://github.test/example-corp/sms/issues/3",
      flags: [],
    });
    // A closed issue is done; its time in stage stops when it closed.
    expect(item(4)).toMatchObject({
      type: "nonconformity",
      stage: "done",
      state: "closed",
      closed_at: "2026-03-11T09:00:00Z",
      stage_days: { act: 10 },
      age_days: 10,
    });
  });

  it("counts both visits of an issue moved back a stage, and a reopened issue's time after reopening", async () => {
    addIssue(gh, {
      number: 7,
      labels: ["improvement", "pdca:check"],
      events: [
        ev(1, "labeled", "2026-03-01T09:00:00Z", "pdca:plan"),
        ev(2, "unlabeled", "2026-03-03T09:00:00Z", "pdca:plan"),
        ev(3, "labeled", "2026-03-03T09:00:00Z", "pdca:do"),
        ev(4, "unlabeled", "2026-03-08T09:00:00Z", "pdca:do"),
        ev(5, "labeled", "2026-03-08T09:00:00Z", "pdca:check"),
        // The check failed: back to do for two days, then check again.
        ev(6, "unlabeled", "2026-03-10T09:00:00Z", "pdca:check"),
        ev(7, "labeled", "2026-03-10T09:00:00Z", "pdca:do"),
        ev(8, "unlabeled", "2026-03-12T09:00:00Z", "pdca:do"),
        ev(9, "labeled", "2026-03-12T09:00:00Z", "pdca:check"),
      ],
    });
    addIssue(gh, {
      number: 8,
      labels: ["improvement", "pdca:act"],
      events: [
        ev(10, "labeled", "2026-03-01T09:00:00Z", "pdca:act"),
        ev(11, "closed", "2026-03-05T09:00:00Z"),
        ev(12, "reopened", "2026-03-15T09:00:00Z"),
      ],
    });
    const { item } = await register();
    expect(item(7).stage).toBe("check");
    expect(item(7).stage_days).toEqual({ plan: 2, do: 7, check: 10 });
    expect(item(8)).toMatchObject({ stage: "act", state: "open", stage_days: { act: 9 } });
  });

  it("puts an issue without a stage label in plan and flags it; warns about several stage labels", async () => {
    addIssue(gh, { number: 9, title: "Nobody staged me", labels: ["improvement"] });
    addIssue(gh, {
      number: 10,
      title: "Two stages",
      labels: ["improvement", "pdca:do", "pdca:plan"],
      events: [
        ev(1, "labeled", "2026-03-02T09:00:00Z", "pdca:do"),
        ev(2, "labeled", "2026-03-05T09:00:00Z", "pdca:plan"),
      ],
    });
    const { item } = await register();
    expect(item(9)).toMatchObject({
      stage: "plan",
      flags: ["stage-label-missing"],
      stage_days: { plan: 19 },
    });
    // The label applied last is the stage the issue is in.
    expect(item(10)).toMatchObject({ stage: "plan", flags: ["stage-labels-multiple"] });
    const table = await sms(["--repo", dir, "--now", NOW, "improvements"], { env: githubEnv(gh) });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ISSUE\s+TYPE\s+STAGE/);
    expect(table.stdout).toMatch(/#9\s+IMP\s+plan !/);
    expect(table.stdout).toContain("! #9: no stage label (counted as plan); add one of the pdca labels");
    expect(table.stdout).toContain("! #10: several stage labels; remove all but the current one");
    expect(table.stdout).toContain("2 items: 2 open, 0 done, 0 overdue.");
  });

  it("follows labels renamed in sms.config.yml, keeps history under the old names, and tolerates other spellings", async () => {
    appendFileSync(
      path.join(dir, "sms.config.yml"),
      'improvements:\n  labels:\n    improvement: kaizen\n    do: "PDCA: Doing"\n    stages: nonsense\n',
    );
    addIssue(gh, {
      number: 11,
      labels: ["kaizen", "PDCA: Doing"],
      events: [
        ev(1, "labeled", "2026-03-01T09:00:00Z", "pdca:plan"),
        ev(2, "unlabeled", "2026-03-06T09:00:00Z", "pdca:plan"),
        // Labelled under the old name, then the label was renamed on GitHub.
        ev(3, "labeled", "2026-03-06T09:00:00Z", "pdca:do"),
      ],
    });
    // Labelled before the configuration renamed "improvement"; a cosmetic spelling of pdca:check.
    addIssue(gh, {
      number: 12,
      labels: ["improvement", "PDCA / Check"],
      events: [ev(4, "labeled", "2026-03-10T09:00:00Z", "PDCA / Check")],
    });
    const { item, diagnostics } = await register();
    expect(item(11)).toMatchObject({ stage: "do", stage_days: { plan: 5, do: 14 }, flags: [] });
    expect(item(12)).toMatchObject({ stage: "check", stage_days: { plan: 9, check: 10 }, flags: [] });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "sms.config.yml",
        line: expect.any(Number),
        column: 5,
        severity: "warning",
        code: "improvements-label-unknown",
        message: expect.stringContaining("use one of improvement, nonconformity, plan, do, check, act"),
      }),
    ]);
  });

  it("flags a stage the label history cannot explain instead of inventing one", async () => {
    // "Doing" is not configured and the history only knows it under that name.
    appendFileSync(path.join(dir, "sms.config.yml"), 'improvements:\n  labels:\n    do: "Doing"\n');
    addIssue(gh, {
      number: 13,
      labels: ["improvement", "Doing"],
      events: [ev(1, "labeled", "2026-03-04T09:00:00Z", "wip")],
    });
    const { item } = await register();
    expect(item(13)).toMatchObject({ stage: "do", flags: ["stage-history-incomplete"] });
  });

  it("joins improvement records by issue number and finds the records an issue mentions", async () => {
    write(
      "improvements/IMP-0009.md",
      `
---
id: IMP-0009
kind: improvement
title: Load test before cache changes
owner: ines
status: check
issue: 14
records: [PRB-0001]
result: "No session loss in four campaign peaks."
---
Body.
`,
    );
    write(
      "improvements/IMP-0010.md",
      `
---
id: IMP-0010
kind: improvement
title: Names an issue that is not in the register
owner: ben
status: plan
issue: 999
---
Body.
`,
    );
    addIssue(gh, {
      number: 14,
      title: "Load test after INC-0003",
      body: "See CHG-0002. The [release](releases/REL-shop-4.3.md) and NOT-A-RECORD-1.",
      labels: ["improvement", "pdca:do"],
      assignees: ["hugo"],
      events: [ev(1, "labeled", "2026-03-01T09:00:00Z", "pdca:do")],
    });
    addIssue(gh, { number: 15, labels: ["improvement", "pdca:plan"], assignees: ["hugo"] });
    const { item, diagnostics } = await register();
    expect(item(14)).toMatchObject({
      records: ["IMP-0009", "PRB-0001", "INC-0003", "CHG-0002", "REL-shop-4.3"],
      owner: "ines",
      result: "No session loss in four campaign peaks.",
    });
    expect(item(15).owner).toBe("hugo");
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      "improvements/IMP-0009.md:6 improvement-stage-mismatch",
      "improvements/IMP-0010.md:7 improvement-issue-unknown",
    ]);
    expect(diagnostics[0]!.message).toBe(
      "IMP-0009 has status check but issue #14 is in stage do; set 'status: do' or label the issue pdca:check",
    );
  });

  it("marks items overdue against improvements.stage_targets and the record's due date", async () => {
    appendFileSync(
      path.join(dir, "sms.config.yml"),
      "improvements:\n  stage_targets:\n    plan: 14d\n    do: P30D\n",
    );
    write(
      "improvements/IMP-0011.md",
      `
---
id: IMP-0011
kind: improvement
title: Due already
owner: ben
status: do
issue: 18
due: 2026-03-15
---
Body.
`,
    );
    addIssue(gh, { number: 16, labels: ["improvement", "pdca:plan"], created_at: "2026-03-01T09:00:00Z" });
    addIssue(gh, { number: 17, labels: ["improvement", "pdca:plan"], created_at: "2026-03-10T09:00:00Z" });
    addIssue(gh, { number: 18, labels: ["improvement", "pdca:do"], created_at: "2026-03-10T09:00:00Z" });
    const { item } = await register();
    expect(item(16)).toMatchObject({ overdue: true, overdue_reason: "stage-target" });
    expect(item(17)).toMatchObject({ overdue: false, overdue_reason: null });
    expect(item(18)).toMatchObject({ overdue: true, overdue_reason: "due" });
  });

  it("reads every page of issues and of each issue's events", async () => {
    for (let n = 1; n <= 230; n++) addIssue(gh, { number: n, labels: ["improvement", "pdca:plan"] });
    addIssue(gh, { number: 231, labels: ["nonconformity", "pdca:act"] });
    const busy = gh.issues.get(7)!;
    busy.labels = ["improvement", "pdca:check"];
    for (let i = 0; i < 150; i++) {
      const at = new Date(Date.parse("2026-03-01T09:00:00Z") + i * 3600_000).toISOString();
      busy.events.push(ev(1000 + i, i % 2 ? "unlabeled" : "labeled", at, "pdca:do"));
    }
    busy.events.push(ev(2000, "labeled", "2026-03-10T09:00:00Z", "pdca:check"));
    const { items, item } = await register();
    expect(items).toHaveLength(231);
    const pages = gh.requests("GET", /\/issues$/).map((r) => r.query.get("page") ?? "1");
    expect(pages.filter((p) => p === "3")).toHaveLength(1);
    expect(gh.requests("GET", /\/issues\/7\/events$/).map((r) => r.query.get("page") ?? "1")).toEqual([
      "1",
      "2",
    ]);
    // 75 one-hour visits to do, the last event at 2026-03-10 moved it to check.
    expect(item(7).stage_days).toMatchObject({ do: 3.13, check: 10 });
    expect(item(231).type).toBe("nonconformity");
  });

  it("waits out a rate limit and retries a server error, then answers", async () => {
    addIssue(gh, { number: 1, labels: ["improvement", "pdca:plan"] });
    gh.fail({
      method: "GET",
      path: /\/issues$/,
      status: 429,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit." },
    });
    gh.fail({ method: "GET", path: /\/issues\/1\/events$/, status: 502 });
    const { items, run } = await register();
    expect(items.map((i) => i.issue)).toEqual([1]);
    expect(run.stderr).toMatch(/^sms: GitHub secondary rate limit on GET .*; retrying/);
    expect(gh.requests("GET", /\/issues\/1\/events$/).map((r) => r.status)).toEqual([502, 200]);
  });

  it("fails closed with exit 2 and one line when GitHub keeps failing, and says what is missing without a token", async () => {
    addIssue(gh, { number: 1, labels: ["improvement"] });
    gh.fail({ method: "GET", path: /\/issues\/1\/events$/, status: 500, times: Infinity });
    const run = await sms(["--repo", dir, "--now", NOW, "improvements"], { env: githubEnv(gh) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "sms: GitHub API: listing the events of issue #1 failed with HTTP 500: fake failure 500\n",
    );
    const offline = await sms(["--repo", dir, "improvements"], { env: offlineEnv() });
    expect(offline.code).toBe(2);
    expect(offline.stderr).toMatch(
      /^sms: sms improvements reads GitHub issues: set GITHUB_TOKEN and GITHUB_REPOSITORY/,
    );
  });
});
