import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoHistory } from "../../src/demo/index.js";
import { sms } from "../helpers/cli.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tmp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sms-demo-test-"));
  made.push(dir);
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 }).trim();
}

const SMALL = { incidents: 40, changes: 15, requests: 8, problems: 2 };

describe("the demo history generator", () => {
  it("makes the same repository, commit ids included, from the same seed, and another from another", async () => {
    const a = await generateDemoHistory({ dir: tmp(), seed: 7, ...SMALL });
    const b = await generateDemoHistory({ dir: tmp(), seed: 7, ...SMALL });
    const c = await generateDemoHistory({ dir: tmp(), seed: 8, ...SMALL });
    expect(b.head).toBe(a.head);
    expect(b.commits).toBe(a.commits);
    expect(c.head).not.toBe(a.head);
    expect(git(a.dir, "status", "--porcelain")).toBe("");
  });

  it("makes exactly the number of commits asked for, by adding work-log edits or sharing commits", async () => {
    const more = await generateDemoHistory({ dir: tmp(), records: 30, commits: 400 });
    expect(Number(git(more.dir, "rev-list", "--count", "HEAD"))).toBe(400);
    expect(git(more.dir, "log", "--format=%s")).toContain("work log");
    const fewer = await generateDemoHistory({ dir: tmp(), records: 30, commits: 60 });
    expect(Number(git(fewer.dir, "rev-list", "--count", "HEAD"))).toBe(60);
  });

  it("files records flat when asked", async () => {
    const flat = await generateDemoHistory({ dir: tmp(), ...SMALL, layout: "flat" });
    const dirs = readdirSync(path.join(flat.dir, "incidents"), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    expect(dirs).toEqual([]);
  });

  it("refuses a folder that is not empty", async () => {
    const dir = tmp();
    await generateDemoHistory({ dir, ...SMALL });
    await expect(generateDemoHistory({ dir, ...SMALL })).rejects.toThrow(/not empty/);
  });
});

describe("sms demo", () => {
  let dir: string;
  let out: string;
  let code: number;
  beforeAll(async () => {
    dir = path.join(tmp(), "demo");
    const run = await sms(["--now", "2026-11-20T12:00:00Z", "demo", dir]);
    out = run.stdout;
    code = run.code;
  });

  it("builds months of history that validates without errors, and prints October's metrics", () => {
    expect(code).toBe(0);
    expect(out).toContain(`Demonstration SMS repository: ${dir}`);
    expect(out).toMatch(/Validation: 0 errors/);
    expect(out).toContain("Period 2026-10-01 to 2026-11-01");
    expect(out).toMatch(/SLA-shop-hosting\n\s+Target/);
    expect(out).toMatch(/MISSED/);
    expect(out).toMatch(/KPIs\n\s+Incidents\s+\d+ opened/);
  });

  it("has hundreds of incidents and changes, committed over six months by several people", () => {
    const log = git(dir, "log", "--format=%an|%aI|%s").split("\n");
    const authors = new Set(log.map((l) => l.split("|")[0]));
    const times = log.map((l) => Date.parse(l.split("|")[1]!)).sort((x, y) => x - y);
    expect(authors.size).toBeGreaterThanOrEqual(6);
    expect(times[times.length - 1]! - times[0]!).toBeGreaterThan(180 * 86_400_000);
    const files = git(dir, "ls-files").split("\n");
    expect(files.filter((f) => /^incidents\/2026\/\d\d\/INC-\d+\.md$/.test(f)).length).toBeGreaterThan(200);
    expect(files.filter((f) => /^changes\/2026\/\d\d\/CHG-\d+\.md$/.test(f)).length).toBeGreaterThan(100);
  });

  it("tells the stories an SLA report needs: pauses, reopenings, a major outage, maintenance, emergencies", () => {
    const grep = (pattern: string) =>
      git(dir, "grep", "-l", "-E", pattern, "HEAD", "--", "incidents", "changes");
    expect(grep("status: on-hold").split("\n").length).toBeGreaterThan(5);
    expect(grep("reopened: true").length).toBeGreaterThan(0);
    expect(grep("^major: true").split("\n").length).toBeGreaterThanOrEqual(2);
    expect(grep("effect: down").split("\n").length).toBeGreaterThan(3);
    expect(grep("^planned_outage: true").split("\n").length).toBeGreaterThan(5);
    expect(grep("^type: emergency").split("\n").length).toBeGreaterThan(3);
    expect(git(dir, "log", "--format=%s", "-S", "timeline:", "--", "incidents").length).toBeGreaterThan(0);
  });
});
