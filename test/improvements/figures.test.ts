import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { improvementBoard } from "../../src/improvements/index.js";
import type { ImprovementItem } from "../../src/improvements/types.js";
import { FakeGitHub } from "../github/fake-server.js";
import { sms } from "../helpers/cli.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import { actRepo, addIssue, ev, githubEnv, offlineEnv } from "./helpers.js";

const NOW = "2026-08-15T10:00:00Z";
let gh: FakeGitHub;
let repo: TempRepo;

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  repo = actRepo();
});
afterAll(async () => {
  await gh.close();
  cleanupRepos();
});
afterEach(() => {
  expect(gh.schemaErrors()).toEqual([]);
  gh.log.length = 0;
});

describe("improvement figures", () => {
  it("sms metrics --json counts the improvement records by stage when offline", async () => {
    const run = await sms(["--repo", repo.dir, "--now", NOW, "metrics", "--json"], { env: offlineEnv() });
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { improvements: unknown };
    expect(doc.improvements).toEqual({
      source: "records",
      by_stage: { plan: 1, do: 1, check: 1, act: 0, done: 1 },
      by_type: { improvement: 4, nonconformity: 1 },
      periods: [],
      mean_cycle_days: null,
      overdue: null,
    });
    expect(gh.log).toEqual([]);
  });

  it("sms metrics --json counts issues opened and closed per period and the mean cycle time with a token", async () => {
    addIssue(gh, { number: 1, labels: ["improvement", "pdca:do"], created_at: "2026-07-02T10:00:00Z" });
    addIssue(gh, {
      number: 2,
      labels: ["nonconformity", "pdca:act"],
      created_at: "2026-06-20T10:00:00Z",
      state: "closed",
      closed_at: "2026-07-10T10:00:00Z",
      events: [ev(1, "closed", "2026-07-10T10:00:00Z")],
    });
    const run = await sms(["--repo", repo.dir, "--now", NOW, "metrics", "--json"], { env: githubEnv(gh) });
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { improvements: unknown };
    expect(doc.improvements).toEqual({
      source: "issues",
      by_stage: { plan: 0, do: 1, check: 0, act: 0, done: 1 },
      by_type: { improvement: 1, nonconformity: 1 },
      periods: [{ from: "2026-07-01T00:00:00+02:00", to: "2026-08-01T00:00:00+02:00", opened: 1, closed: 1 }],
      mean_cycle_days: 20,
      overdue: 0,
    });
  });

  it("the site's board groups items by stage with cycle times and each item's trail", () => {
    const item = (
      issue: number,
      stage: ImprovementItem["stage"],
      extra: Partial<ImprovementItem> = {},
    ): ImprovementItem => ({
      issue,
      title: `#${issue}`,
      type: "improvement",
      stage,
      state: stage === "done" ? "closed" : "open",
      records: [],
      opened_at: "2026-03-01T00:00:00Z",
      closed_at: null,
      stage_days: {},
      owner: null,
      age_days: 10,
      overdue: false,
      overdue_reason: null,
      result: null,
      url: "",
      flags: [],
      trail: [],
      ...extra,
    });
    const board = improvementBoard([
      item(3, "done", { age_days: 30, stage_days: { plan: 10, do: 20 } }),
      item(1, "do", { stage_days: { plan: 4, do: 6 }, overdue: true, flags: ["stage-label-missing"] }),
      item(2, "done", { age_days: 10, stage_days: { plan: 10 } }),
    ]);
    expect(board.columns.map((c) => [c.stage, c.items.map((i) => i.issue)])).toEqual([
      ["plan", []],
      ["do", [1]],
      ["check", []],
      ["act", []],
      ["done", [2, 3]],
    ]);
    expect(board.cycle).toEqual({ closed: 2, mean_days: 20, median_days: 20 });
    expect(board.stage_mean_days).toEqual({ plan: 8, do: 13, check: null, act: null });
    expect([board.open, board.overdue, board.flagged]).toEqual([1, 1, 1]);
  });
});
