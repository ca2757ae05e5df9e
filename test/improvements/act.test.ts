import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../github/fake-server.js";
import { sms } from "../helpers/cli.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import { actIssues, actRepo, githubEnv, offlineEnv, writes } from "./helpers.js";

// 2026-08-15: July 2026 is the last complete month.
const NOW = "2026-08-15T10:00:00Z";
const KEYS = [
  "audit-finding:AUD-2026-T:F1",
  "availability:SLA-shop-hosting:SVC-shop-hosting:2026-07-01..2026-08-01",
  "retrospective-overdue:CHG-0003:pr-41",
  "review-overdue:POL-test-review:2026-08-01",
  "sla-target:SLA-shop-hosting:p1-response:2026-07-01..2026-08-01",
];

let gh: FakeGitHub;
let repo: TempRepo;

const act = (...extra: string[]) =>
  sms(["--repo", repo.dir, "--now", NOW, "improvements", "--act", ...extra], { env: githubEnv(gh) });

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  repo = actRepo();
});
afterAll(async () => {
  await gh.close();
  cleanupRepos();
});
beforeEach(() => {
  gh.issues.clear();
  gh.comments.length = 0;
});
afterEach(() => {
  // Whatever the fake answered must be what GitHub's OpenAPI description allows.
  expect(gh.schemaErrors()).toEqual([]);
  gh.log.length = 0;
  gh.faults.length = 0;
});

describe("sms improvements --act", () => {
  it("opens one labelled issue per missed target, overdue review, overdue retrospective and unrecorded audit finding", async () => {
    const run = await act();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const open = actIssues(gh);
    expect([...open.keys()].sort()).toEqual(KEYS);
    for (const [key, [issue]] of open) {
      expect(issue!.labels).toContain("improvement");
      expect(issue!.labels).toContain("pdca:plan");
      expect(issue!.labels.includes("nonconformity")).toBe(key.startsWith("audit-finding"));
    }
    const sla = open.get(KEYS[4]!)![0]!;
    expect(sla.title).toBe(
      'SLA-shop-hosting: target "P1 response" missed in July 2026 (50 % against a goal of 95 %)',
    );
    // The evidence names the figures, the period and the breach, and links the records in the repository.
    expect(sla.body).toContain("1 of 2 measured records met the target");
    expect(sla.body).toContain("[INC-0901](../blob/HEAD/incidents/INC-0901.md) | 45m | 15m");
    expect(sla.body).toContain("[SLA-shop-hosting](../blob/HEAD/slas/SLA-shop-hosting.md)");
    const availability = open.get(KEYS[1]!)![0]!;
    expect(availability.body).toContain("99.894 % available against a target of 99.9 %");
    expect(availability.body).toContain("[INC-0003](../blob/HEAD/incidents/INC-0003.md)");
    expect(open.get(KEYS[2]!)![0]!.body).toMatch(/0 of 2 required; 2 missing/);
    expect(open.get(KEYS[3]!)![0]!.title).toBe("POL-test-review: document review overdue since 2026-08-01");
    expect(run.stdout).toMatch(/5 opened, 0 updated, 0 unchanged/);
  });

  it("a second run opens nothing and writes nothing when nothing changed", async () => {
    await act();
    gh.log.length = 0;
    const second = await act("--json");
    expect(second.code).toBe(0);
    expect(writes(gh)).toEqual([]);
    const doc = JSON.parse(second.stdout) as { actions: { action: string; issue: number }[] };
    expect(doc.actions.map((a) => a.action)).toEqual(Array(5).fill("unchanged"));
    expect(gh.issues.size).toBe(5);
  });

  it("refreshes the evidence of the open issue, keeps what people wrote, and never moves it back to plan", async () => {
    await act();
    const issue = actIssues(gh).get(KEYS[4]!)![0]!;
    // The quality manager moved it on and wrote a plan; the figures in the evidence are stale.
    issue.labels = ["improvement", "pdca:do"];
    issue.body = issue.body.replace("- [ ] Cause: why did it happen?", "- [x] Cause: on-call paged late");
    issue.body = issue.body.replace("1 of 2 measured", "2 of 2 measured");
    gh.log.length = 0;
    const run = await act();
    expect(run.code).toBe(0);
    expect(writes(gh).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/example-corp/sms/issues/${issue.number}`,
    ]);
    expect(issue.body).toContain("- [x] Cause: on-call paged late");
    expect(issue.body).toContain("1 of 2 measured records met the target");
    expect(issue.labels).toEqual(["improvement", "pdca:do"]);
    expect(gh.issues.size).toBe(5);
  });

  it("leaves a closed issue alone instead of opening the same finding again", async () => {
    await act();
    const issue = actIssues(gh).get(KEYS[3]!)![0]!;
    issue.state = "closed";
    issue.closed_at = "2026-08-14T10:00:00Z";
    const run = await act("--json");
    const doc = JSON.parse(run.stdout) as { actions: { key: string; action: string }[] };
    expect(doc.actions.find((a) => a.key === KEYS[3])!.action).toBe("closed");
    expect(gh.issues.size).toBe(5);
  });

  it("--dry-run says what it would open and update and calls no write API", async () => {
    await act();
    const issue = actIssues(gh).get(KEYS[1]!)![0]!;
    issue.labels = [];
    gh.issues.delete(actIssues(gh).get(KEYS[0]!)![0]!.number);
    gh.log.length = 0;
    const run = await act("--dry-run");
    expect(run.code).toBe(0);
    expect(writes(gh)).toEqual([]);
    expect(gh.log.length).toBeGreaterThan(0);
    expect(run.stdout).toContain(`would update #${issue.number}: SVC-shop-hosting`);
    expect(run.stdout).toContain("+improvement, +pdca:plan");
    expect(run.stdout).toMatch(/would open: AUD-2026-T F1: minor nonconformity/);
    expect(run.stdout).toMatch(/Dry run: 1 to open, 1 to update, 3 unchanged; nothing was written/);
  });

  it("--dry-run without a token lists the findings without contacting GitHub", async () => {
    const run = await sms(
      ["--repo", repo.dir, "--now", NOW, "improvements", "--act", "--dry-run", "--json"],
      {
        env: offlineEnv(),
      },
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      checked_github: boolean;
      actions: { key: string; action: string }[];
    };
    expect(doc.checked_github).toBe(false);
    expect(doc.actions.map((a) => a.key).sort()).toEqual(KEYS);
    expect(gh.log).toEqual([]);
  });

  it("after a failure between opening and labelling, a second run finishes the same issue (one issue, not two)", async () => {
    gh.fail({ method: "POST", path: /\/issues\/\d+\/labels$/, status: 500, times: Infinity });
    const first = await act();
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(
      /^sms: the Act loop stopped while labelling #\d+ after opening #\d+: .*HTTP 500.*run it again/,
    );
    expect(gh.issues.size).toBe(1);
    const [half] = [...gh.issues.values()];
    expect(half!.labels).toEqual([]);

    gh.faults.length = 0;
    const second = await act();
    expect(second.code).toBe(0);
    const open = actIssues(gh);
    expect([...open.keys()].sort()).toEqual(KEYS);
    for (const list of open.values()) expect(list).toHaveLength(1);
    expect(gh.issues.size).toBe(5);
    const key = /sms-as-code:act:(\S+) -->/.exec(half!.body)![1]!;
    const expected = key.startsWith("audit-finding")
      ? ["improvement", "nonconformity", "pdca:plan"]
      : ["improvement", "pdca:plan"];
    expect([...half!.labels].sort()).toEqual(expected);
  });

  it("two runs at once end with one open issue per finding; the newer duplicate is closed", async () => {
    const [a, b] = await Promise.all([act(), act()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const open = actIssues(gh);
    expect([...open.keys()].sort()).toEqual(KEYS);
    for (const [, list] of open) {
      expect(list).toHaveLength(1);
      expect(list[0]!.labels).toEqual(expect.arrayContaining(["improvement", "pdca:plan"]));
    }
    // Any duplicate was closed, lost its marker and points at the issue that was kept.
    for (const closed of gh.issues.values()) {
      if (closed.state !== "closed") continue;
      expect(closed.body).toMatch(/Closed as a duplicate of #(\d+)/);
      const kept = Number(/duplicate of #(\d+)/.exec(closed.body)![1]);
      expect(gh.issues.get(kept)!.state).toBe("open");
      expect(kept).toBeLessThan(closed.number);
    }
    // A third run finds everything in place.
    gh.log.length = 0;
    expect((await act()).code).toBe(0);
    expect(writes(gh)).toEqual([]);
  });

  it("closes the newer of two open issues with the same marker that an interrupted run left behind", async () => {
    await act();
    const kept = actIssues(gh).get(KEYS[3]!)![0]!;
    const copy = { ...kept, number: 99, labels: [], events: [] };
    gh.issues.set(99, copy);
    const run = await act("--json");
    const doc = JSON.parse(run.stdout) as {
      actions: { key: string; issue: number; duplicates_closed: number[] }[];
    };
    expect(doc.actions.find((a) => a.key === KEYS[3])).toMatchObject({
      issue: kept.number,
      duplicates_closed: [99],
    });
    expect(gh.issues.get(99)!.state).toBe("closed");
    expect(gh.issues.get(99)!.body).toContain(`Closed as a duplicate of #${kept.number}`);
    expect(kept.state).toBe("open");
  });

  it("fails closed with exit 2 and one line when GitHub refuses", async () => {
    gh.fail({ method: "GET", path: /\/issues$/, status: 401, times: Infinity });
    const run = await act();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sms: GitHub API: listing issues .* failed with HTTP 401.*\n$/);
    expect(writes(gh)).toEqual([]);
  });

  it("acts on the periods of --from and --to", async () => {
    const run = await act("--from", "2026-06-01", "--to", "2026-08-01", "--dry-run", "--json");
    const doc = JSON.parse(run.stdout) as { periods: { from: string }[]; actions: { key: string }[] };
    expect(doc.periods.map((p) => p.from)).toEqual([
      "2026-06-01T00:00:00+02:00",
      "2026-07-01T00:00:00+02:00",
    ]);
    expect(doc.actions.map((a) => a.key)).toContain(KEYS[4]);
  });

  it("rejects Act options without --act, and a missing token outside a dry run", async () => {
    const a = await sms(["--repo", repo.dir, "improvements", "--dry-run"], { env: githubEnv(gh) });
    expect(a.code).toBe(2);
    expect(a.stderr).toBe("sms: --from, --to and --dry-run belong to the Act loop; add --act\n");
    const b = await sms(["--repo", repo.dir, "--now", NOW, "improvements", "--act"], { env: offlineEnv() });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^sms: the Act loop writes GitHub issues: set GITHUB_TOKEN/);
  });
});
