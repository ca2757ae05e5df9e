import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { sms } from "../helpers/cli.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";
import { marchRepo, record } from "./fixture.js";

afterAll(() => cleanupRepos());

const NOW = "2026-04-15T08:00:00Z";

async function metricsJson(repo: TempRepo, ...args: string[]) {
  const run = await sms(["--repo", repo.dir, "--now", NOW, "metrics", "--json", ...args]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe("sms metrics on a hand-built March", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = marchRepo();
  });

  it("prints SPEC section 7's document for the last complete month, figures as worked out in fixture.ts", async () => {
    const doc = await metricsJson(repo);
    expect(Object.keys(doc)).toEqual(["periods", "records", "kpis", "diagnostics", "improvements"]);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.periods).toEqual([
      {
        from: "2026-03-01T00:00:00+01:00",
        to: "2026-04-01T00:00:00+02:00",
        slas: [
          {
            id: "SLA-web",
            targets: [
              {
                name: "P1 response",
                metric: "response",
                within_seconds: 1800,
                goal: 90,
                measured: 2,
                met: 1,
                achieved: 50,
                ok: false,
                breaches: [{ record: "INC-2", elapsed_seconds: 2700 }],
              },
              {
                name: "P1 resolution",
                metric: "resolution",
                within_seconds: 14400,
                goal: 90,
                measured: 2,
                met: 1,
                achieved: 50,
                ok: false,
                breaches: [{ record: "INC-2", elapsed_seconds: 25200 }],
              },
              {
                name: "P2 resolution",
                metric: "resolution",
                within_seconds: 28800,
                goal: 50,
                measured: 2,
                met: 1,
                achieved: 50,
                ok: true,
                breaches: [{ record: "INC-4", elapsed_seconds: 39600 }],
              },
            ],
            availability: [
              {
                service: "SVC-web",
                target: 99.9,
                agreed_seconds: 2671200,
                downtime_seconds: 4320,
                degraded_seconds: 0,
                achieved: 99.838,
                ok: false,
              },
            ],
          },
        ],
      },
    ]);
    expect(doc.records).toEqual({
      "INC-1": { "P1 response": 1200, "P1 resolution": 10800 },
      "INC-2": { "P1 response": 2700, "P1 resolution": 25200 },
      "INC-3": { "P2 resolution": 17100 },
      "INC-4": { "P2 resolution": 39600 },
    });
  });

  it("adds the operational KPIs of the same period", async () => {
    const doc = await metricsJson(repo);
    expect(doc.kpis).toEqual([
      {
        from: "2026-03-01T00:00:00+01:00",
        to: "2026-04-01T00:00:00+02:00",
        incidents: {
          opened: 5,
          by_priority: { P1: 2, P2: 2, P3: 1 },
          resolved: 5,
          mean_time_to_resolve_seconds: 90840,
          p90_time_to_resolve_seconds: 252000,
          reopened: 1,
          caused_by_changes: 1,
        },
        changes: {
          total: 2,
          by_type: { normal: 1, emergency: 1 },
          by_outcome: { successful: 1, failed: 1 },
          success_rate: 50,
          emergency_ratio: 50,
          failed: 1,
        },
        problems: { opened: 1, resolved: 0 },
      },
    ]);
  });

  it("reports each period of a range: weeks of an SLA are months here, February measures nothing", async () => {
    const doc = await metricsJson(repo, "--from", "2026-02-01", "--to", "2026-04-01");
    expect(doc.periods.map((p: { from: string }) => p.from)).toEqual([
      "2026-02-01T00:00:00+01:00",
      "2026-03-01T00:00:00+01:00",
    ]);
    expect(doc.periods[0].slas[0].targets.map((t: { measured: number }) => t.measured)).toEqual([0, 0, 0]);
    expect(doc.periods[0].slas[0].availability[0].achieved).toBe(100);
    expect(doc.periods[1].slas[0].targets[0].breaches).toEqual([{ record: "INC-2", elapsed_seconds: 2700 }]);
  });

  it("prints a readable table: per target met and goal with OK or MISSED and the breaches, then KPIs", async () => {
    const run = await sms(["--repo", repo.dir, "--now", NOW, "metrics"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const out = run.stdout;
    expect(out).toContain("SLA metrics for Metrics Test GmbH");
    expect(out).toContain("Period 2026-03-01 to 2026-04-01");
    expect(out).toMatch(/P1 response\s+30m\s+2\s+1\s+50\.00%\s+90%\s+MISSED\s+INC-2 \(45m\)/);
    expect(out).toMatch(/P2 resolution\s+8h\s+2\s+1\s+50\.00%\s+50%\s+OK\s+INC-4 \(11h\)/);
    expect(out).toMatch(/SVC-web\s+742h\s+1h 12m\s+0m\s+99\.838%\s+99\.9%\s+MISSED/);
    expect(out).toContain("5 opened (P1 2, P2 2, P3 1), 5 resolved");
    expect(out).toContain("success rate 50.00%, emergency 50.00%");
  });

  it("gives the same figures with the isomorphic-git back-end and without the cache", async () => {
    const native = await metricsJson(repo);
    const iso = await metricsJson(repo, "--no-cache");
    const run = await sms([
      "--repo",
      repo.dir,
      "--now",
      NOW,
      "--git",
      "isomorphic",
      "metrics",
      "--json",
      "--no-cache",
    ]);
    expect(iso).toEqual(native);
    expect(JSON.parse(run.stdout)).toEqual(native);
  });
});

describe("sms metrics with bad input", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = marchRepo();
    repo.write(
      "sms.config.yml",
      `organization: Broken GmbH
timezone: Europe/Berlin
calendars:
  business-hours:
    hours: { mon: "09:00-17:00", tue: "09:00-17:00", wed: "09:00-17:00", thu: "09:00-17:00", fri: "09:00-17:00" }
  night-shift:
    hours: { mon: "25:00-26:00" }
`,
    );
    repo.write(
      "slas/SLA-bad.md",
      record([
        "id: SLA-bad",
        "kind: sla",
        "title: Broken SLA",
        "owner: ops",
        "services: [SVC-nowhere]",
        "customer: Nobody",
        "targets:",
        "  - { name: Typo, metric: resolution, applies_to: { kind: incident }, within: 4 hours, goal: 90 }",
        "  - { name: Nights, metric: resolution, applies_to: { kind: incident }, within: 4h, calendar: night-shift, goal: 90 }",
      ]),
    );
    repo.write(
      "incidents/2026/03/INC-9.md",
      record([
        "id: INC-9",
        "kind: incident",
        "title: Out of order",
        "owner: ops",
        "service: SVC-web",
        "priority: P1",
        "status: resolved",
        "opened_at: 2026-03-05T10:00:00+01:00",
        "timeline:",
        "  - { at: 2026-03-05T12:00:00+01:00, status: resolved }",
        "  - { at: 2026-03-05T11:00:00+01:00, status: in-progress }",
      ]),
    );
    repo.write(
      "incidents/2026/03/INC-8.md",
      record([
        "id: INC-8",
        "kind: incident",
        "title: Odd status",
        "owner: ops",
        "service: SVC-web",
        "priority: P1",
        "status: fixed",
        "opened_at: 2026-03-05T10:00:00+01:00",
        "timeline:",
        "  - { at: 2026-03-05T12:00:00+01:00, status: fixed }",
      ]),
    );
    repo.commit("broken things", { date: "2026-03-28T10:00:00+01:00" });
  });

  it("reports each problem at its line and still computes the other SLAs", async () => {
    const doc = await metricsJson(repo);
    const found = doc.diagnostics.map(
      (d: { file: string; line: number; code: string }) => `${d.file}:${d.line} ${d.code}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "incidents/2026/03/INC-8.md:8 status-unknown",
        "incidents/2026/03/INC-8.md:11 status-unknown",
        "incidents/2026/03/INC-9.md:12 timeline-order",
        "slas/SLA-bad.md:6 sla-unknown-service",
        "slas/SLA-bad.md:9 sla-duration-invalid",
        "slas/SLA-bad.md:10 sla-unknown-calendar",
        "sms.config.yml:7 calendar-invalid",
      ]),
    );
    for (const d of doc.diagnostics) {
      expect(d.column).toBeGreaterThan(0);
      expect(d.message.length).toBeGreaterThan(20);
    }
    const web = doc.periods[0].slas.find((s: { id: string }) => s.id === "SLA-web");
    expect(web.targets[2]).toMatchObject({ name: "P2 resolution", measured: 2, met: 1 });
  });

  it("shows the diagnostics on stderr under the table, and still exits 0", async () => {
    const run = await sms(["--repo", repo.dir, "--now", NOW, "metrics"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("SLA-web");
    expect(run.stderr).toMatch(/slas\/SLA-bad\.md:9:\d+ error sla-duration-invalid/);
  });
});

describe("sms metrics refuses what it cannot measure", () => {
  it("exits 2 with the fetch-depth advice on a shallow clone", async () => {
    const shallow = marchRepo().shallowClone();
    const run = await sms(["--repo", shallow.dir, "--now", NOW, "metrics", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^sms: .*shallow clone.*fetch-depth: 0.*actions\/checkout/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 on a bad date, a reversed range, outside git, and before the first commit", async () => {
    const repo = marchRepo();
    const bad = await sms(["--repo", repo.dir, "metrics", "--from", "March"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sms: --from March is not a date/);
    const reversed = await sms(["--repo", repo.dir, "metrics", "--from", "2026-04-01", "--to", "2026-03-01"]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/^sms: --from 2026-04-01 is not before --to/);
    const empty = makeTempRepo("sms-empty-");
    const none = await sms(["--repo", empty.dir, "metrics"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^sms: .*no commits/);
  });
});

describe("sms metrics progress", () => {
  it("shows progress on stderr only when stderr is a terminal, and clears the line", async () => {
    const repo = marchRepo();
    let stderr = "";
    let stdout = "";
    const code = await runCli(["--repo", repo.dir, "--now", NOW, "metrics", "--json", "--no-cache"], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      isTty: false,
      isErrTty: true,
      env: { ...process.env, NO_COLOR: "1" },
      cwd: repo.dir,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\rReading history: \d+ commits/);
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(JSON.parse(stdout).periods).toHaveLength(1);
  });
});
