import { afterAll, describe, expect, it } from "vitest";
import { corroborateTimelines, humanDuration } from "../../src/history/corroborate.js";
import { emptyState } from "../../src/history/state.js";
import type { SmsRecord } from "../../src/records/record.js";
import { sms } from "../helpers/cli.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";
import { CAROL, incident, repoWithConfig } from "./helpers.js";

afterAll(() => cleanupRepos());

interface Finding {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

const TIMELINE_CODES = ["timeline-future", "timeline-late", "history-shallow"];

async function findings(repo: TempRepo, ...extra: string[]): Promise<Finding[]> {
  const run = await sms([
    "--repo",
    repo.dir,
    "--now",
    "2026-06-01T00:00:00Z",
    ...extra,
    "validate",
    "--format",
    "json",
  ]);
  expect(run.stderr).toBe("");
  const doc = JSON.parse(run.stdout) as { diagnostics: Finding[] };
  return doc.diagnostics.filter((d) => TIMELINE_CODES.includes(d.code));
}

/** INC-1 opened at 10:00; its entries are written to the file in the commit dated `commitDate`. */
function withTimeline(repo: TempRepo, entries: string[], commitDate: string): void {
  repo.write(
    "incidents/INC-1.md",
    incident("INC-1", [
      `status: ${/status: ([a-z-]+) }$/.exec(entries[entries.length - 1] ?? "")?.[1] ?? "new"}`,
      "opened_at: 2026-03-02T10:00:00+01:00",
      "timeline:",
      ...entries.map((e) => `  - ${e}`),
    ]),
  );
  repo.commit("update INC-1", { ...CAROL, date: commitDate });
}

describe("corroboration of timelines with git history (sms validate)", () => {
  it("reports an entry dated after the commit that recorded it as an error, at the entry", async () => {
    const repo = repoWithConfig();
    withTimeline(
      repo,
      ["{ at: 2026-03-02T10:30:00+01:00, status: in-progress }"],
      "2026-03-02T10:20:00+01:00",
    );
    const found = await findings(repo);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: "incidents/INC-1.md",
      line: 11,
      column: 11,
      severity: "error",
      code: "timeline-future",
    });
    expect(found[0]!.message).toContain("dated 10m after commit");
    expect(found[0]!.message).toContain("by carol at 2026-03-02T09:20:00Z");
    expect(found[0]!.message).toContain("correct its time");
  });

  it("warns about an entry recorded more than a day after it happened, but not one recorded in time", async () => {
    const repo = repoWithConfig();
    withTimeline(
      repo,
      ["{ at: 2026-03-02T10:30:00+01:00, status: in-progress }"],
      "2026-03-02T12:00:00+01:00",
    );
    withTimeline(
      repo,
      [
        "{ at: 2026-03-02T10:30:00+01:00, status: in-progress }",
        "{ at: 2026-03-03T09:00:00+01:00, status: resolved }",
      ],
      "2026-03-05T09:30:00+01:00",
    );
    const found = await findings(repo);
    expect(found.map((f) => [f.line, f.severity, f.code])).toEqual([[12, "warning", "timeline-late"]]);
    expect(found[0]!.message).toContain("recorded 2d 30m after it happened");
    expect(found[0]!.message).toContain("backdate_tolerance (1d)");
  });

  it("honours backdate_tolerance from sms.config.yml", async () => {
    const repo = makeTempRepo("sms-history-");
    repo.write("sms.config.yml", "organization: Test\ntimezone: Europe/Berlin\nbackdate_tolerance: 3d\n");
    repo.commit("configuration", { date: "2026-02-01T09:00:00+01:00" });
    withTimeline(
      repo,
      ["{ at: 2026-03-02T10:30:00+01:00, status: in-progress }"],
      "2026-03-04T10:00:00+01:00",
    );
    expect(await findings(repo)).toEqual([]);
  });

  it("exempts records first seen in the root commit (an import), and judges what is added later", async () => {
    const repo = makeTempRepo("sms-history-");
    repo.write("sms.config.yml", "organization: Test\ntimezone: Europe/Berlin\n");
    withTimeline(
      repo,
      ["{ at: 2026-01-05T10:30:00+01:00, status: in-progress }"],
      "2026-03-01T09:00:00+01:00",
    );
    expect(await findings(repo)).toEqual([]);
    withTimeline(
      repo,
      [
        "{ at: 2026-01-05T10:30:00+01:00, status: in-progress }",
        "{ at: 2026-02-20T10:00:00+01:00, status: resolved }",
      ],
      "2026-03-02T09:00:00+01:00",
    );
    expect((await findings(repo)).map((f) => [f.line, f.code])).toEqual([[12, "timeline-late"]]);
  });

  it("judges an entry by the first commit that contained it, not by later edits of the file", async () => {
    const repo = repoWithConfig();
    withTimeline(
      repo,
      ["{ at: 2026-03-02T10:30:00+01:00, status: in-progress }"],
      "2026-03-02T10:35:00+01:00",
    );
    withTimeline(
      repo,
      ["{ at: 2026-03-02T10:30:00+01:00, status: in-progress, note: added a note much later }"],
      "2026-03-20T10:00:00+01:00",
    );
    expect(await findings(repo)).toEqual([]);
  });

  it("leaves entries not committed yet alone, and agrees across back-ends", async () => {
    const repo = repoWithConfig();
    withTimeline(
      repo,
      ["{ at: 2026-03-02T10:30:00+01:00, status: in-progress }"],
      "2026-03-02T10:20:00+01:00",
    );
    repo.write(
      "incidents/INC-1.md",
      incident("INC-1", [
        "status: resolved",
        "opened_at: 2026-03-02T10:00:00+01:00",
        "timeline:",
        "  - { at: 2026-03-02T10:30:00+01:00, status: in-progress }",
        "  - { at: 2026-01-01T10:00:00+01:00, status: resolved }",
      ]),
    );
    const native = await findings(repo);
    expect(native.map((f) => f.code)).toEqual(["timeline-future"]);
    expect(await findings(repo, "--git", "isomorphic")).toEqual(native);
  });

  it("says once that a shallow clone cannot be corroborated", async () => {
    const repo = repoWithConfig();
    withTimeline(
      repo,
      ["{ at: 2026-03-02T10:30:00+01:00, status: in-progress }"],
      "2026-03-02T10:20:00+01:00",
    );
    repo.write("README.md", "more history\n").commit("readme", { date: "2026-03-03T10:00:00Z" });
    const found = await findings(repo.shallowClone());
    expect(found.map((f) => [f.file, f.severity, f.code])).toEqual([
      ["sms.config.yml", "warning", "history-shallow"],
    ]);
    expect(found[0]!.message).toContain("fetch-depth: 0");
  });
});

describe("corroborateTimelines (pure)", () => {
  it("does nothing without history for a record, and formats durations in two units", () => {
    const record: SmsRecord = {
      path: "incidents/INC-1.md",
      oid: "x",
      data: {
        id: "INC-1",
        kind: "incident",
        title: "t",
        owner: "o",
        timeline: [{ at: "2026-03-02T10:30:00Z", status: "new" }],
      },
      body: "",
      bodyLine: 1,
      positions: {},
    };
    expect(
      corroborateTimelines({ records: [record], history: emptyState("UTC", []), toleranceSeconds: 60 }),
    ).toEqual([]);
    expect(humanDuration(0)).toBe("0s");
    expect(humanDuration(90061)).toBe("1d 1h");
    expect(humanDuration(3660)).toBe("1h 1m");
  });
});
