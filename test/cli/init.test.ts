import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadWorktree } from "../../src/loader/worktree.js";
import { leafClauses } from "../../src/records/clauses.js";
import { projectRoot, sms } from "../helpers/cli.js";

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), "sms-init-"));
  temps.push(d);
  return d;
}
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

describe("sms init", () => {
  it("creates a git repository with one commit holding the template, which validates cleanly", async () => {
    const dir = path.join(await tempDir(), "my-sms");
    const run = await sms(["init", dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Created an SMS repository");
    const log = execFileSync("git", ["log", "--format=%s"], { cwd: dir, encoding: "utf8" })
      .trim()
      .split("\n");
    expect(log).toHaveLength(1);
    const tracked = execFileSync("git", ["ls-files"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
    expect(tracked).toContain("sms.config.yml");
    expect(tracked).toContain(".gitignore");
    expect(tracked).toContain("policies/POL-change-management.md");
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: dir, encoding: "utf8" })).toBe("");
    const validate = await sms([
      "validate",
      "--repo",
      dir,
      "--format",
      "json",
      "--now",
      "2026-11-21T12:00:00Z",
    ]);
    expect(JSON.parse(validate.stdout)).toEqual({ errors: 0, warnings: 0, diagnostics: [] });
    expect(validate.code).toBe(0);
  });

  it("refuses a folder that is not empty, with a one-line reason and exit 2", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "notes.txt"), "mine");
    const run = await sms(["init", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/not empty/);
    expect(await readdir(dir)).toEqual(["notes.txt"]);
  });
});

describe("the starter template", () => {
  it("serves every leaf clause of the 2018 edition with at least one record", async () => {
    const repo = await loadWorktree(path.join(projectRoot, "sms-template"));
    const served = new Set(
      repo.records.flatMap((r) => (Array.isArray(r.data.clauses) ? (r.data.clauses as string[]) : [])),
    );
    const missing = leafClauses("2018")
      .map((c) => c.id)
      .filter((id) => !served.has(id));
    expect(missing).toEqual([]);
  });
});

describe("command-line errors", () => {
  it("answers an unknown command with exit 2 and no stack trace", async () => {
    const run = await sms(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("answers a missing repository folder with exit 2 and one line", async () => {
    const run = await sms(["validate", "--repo", path.join(os.tmpdir(), "does-not-exist-sms")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sms: .*not a folder/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints help and exits 0", async () => {
    const run = await sms(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("validate");
  });

  it("rejects an unknown output format with exit 2", async () => {
    const run = await sms(["validate", "--repo", path.join(projectRoot, "sms-template"), "--format", "xml"]);
    expect(run.code).toBe(2);
  });
});
