import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { openGit } from "../../src/git/open.js";
import { cacheDir } from "../../src/loader/cache-dir.js";
import { loadCommit } from "../../src/loader/commit.js";
import { loadWorktree } from "../../src/loader/worktree.js";
import { validateRepository } from "../../src/validate/repository.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import {
  bin,
  cli,
  EXPECTED,
  findingsOf,
  makeHostileRepo,
  makeLinkedFoldersRepo,
  makeOutside,
  makeTemplateCopy,
  NOW,
  type Outside,
  READ_AS_RECORDS,
  STACK_TRACE,
  WORKTREE_ONLY,
} from "./setup.js";

type Report = { errors: number; warnings: number; diagnostics: Diagnostic[] };

const hostilePaths = Object.keys(EXPECTED);
const isHostile = (file: string) => hostilePaths.includes(file);
const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.code}`;

let outside: Outside;
let repo: TempRepo;
let baseDir: string;
/** The template alone: its findings and records, whatever state the template is in today. */
let baseline: { report: Report; records: string[] };
/** `sms validate --format json` over the hostile repository, in-process. */
let run: { code: number; out: string; err: string; ms: number; report: Report };
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  outside = makeOutside();
  process.env.SMS_HOSTILE_PWNED_FILE = outside.pwnedFile;
  baseDir = makeTemplateCopy();
  const b = await cli(["validate", "--repo", baseDir, "--format", "json", "--now", NOW, "--no-cache"]);
  baseline = {
    report: JSON.parse(b.out) as Report,
    records: (await loadWorktree(baseDir)).records.map((r) => r.path),
  };
  repo = makeHostileRepo(outside);
  const r = await cli(["validate", "--repo", repo.dir, "--format", "json", "--now", NOW]);
  run = { ...r, report: JSON.parse(r.out) as Report };
}, 180_000);

afterAll(() => {
  delete process.env.SMS_HOSTILE_PWNED_FILE;
  cleanupRepos();
  fs.rmSync(baseDir, { recursive: true, force: true });
  fs.rmSync(outside.dir, { recursive: true, force: true });
});

/** Checks what must hold for every run over the hostile repository, whichever way it was made. */
function expectNoHarm(output: string): void {
  expect(output).not.toContain(outside.marker);
  expect(output).not.toContain("root:x:0:0");
  expect(output).not.toContain("INC-7777");
  expect(fs.existsSync(outside.pwnedFile)).toBe(false);
  expect((globalThis as { __smsHostilePwned?: unknown }).__smsHostilePwned).toBeUndefined();
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
}

describe("sms validate over a working tree with hostile files (in-process)", () => {
  it("fails with exit code 1, writes nothing to stderr and finishes in bounded time", () => {
    expect(run.code).toBe(1);
    expect(run.err).toBe("");
    expect(run.ms).toBeLessThan(30_000);
    expect(run.report.errors).toBe(run.report.diagnostics.filter((d) => d.severity === "error").length);
  });

  it.each(hostilePaths)("reports %s with its stable code at its line and column", (file) => {
    expect(findingsOf(run.report.diagnostics, file)).toEqual(EXPECTED[file]);
  });

  it("reads nothing through symbolic links and runs no frontmatter code", () => {
    expectNoHarm(run.out);
    for (const d of run.report.diagnostics.filter((x) => x.code === "file-symlink")) {
      expect(d.message).toContain("points outside the repository");
    }
  });

  it("still validates every template record exactly as without the hostile files", async () => {
    const others = run.report.diagnostics.filter((d) => !isHostile(d.file)).map(key);
    expect(others).toEqual(baseline.report.diagnostics.map(key));
    const loaded = await loadWorktree(repo.dir);
    const paths = loaded.records.map((r) => r.path);
    expect(paths.filter((p) => !isHostile(p))).toEqual(baseline.records);
    expect(paths.filter(isHostile).sort()).toEqual(READ_AS_RECORDS);
    expect(paths.some((p) => p.startsWith("problems/etc/") || p.startsWith("vault/"))).toBe(false);
  });

  it("carries markup in titles and bodies as data", async () => {
    const loaded = await loadWorktree(repo.dir);
    const html = loaded.records.find((r) => r.path === "incidents/INC-h-html.md");
    expect(html?.data.title).toBe("<script>alert('title')</script><img src=x onerror=alert(1)>");
    expect(html?.body).toContain('<script>alert("body")</script>');
    expect(html?.body).toContain("<!-- an unclosed comment");
    const text = await cli(["validate", "--repo", repo.dir, "--now", NOW]);
    expect(text.code).toBe(1);
    expect(text.err).toBe("");
    expect(text.out).not.toContain("INC-h-html.md");
  });

  it("keeps CRLF and BOM records intact: values without '\\r', sections found", async () => {
    const loaded = await loadWorktree(repo.dir);
    const crlf = loaded.records.find((r) => r.path === "changes/CHG-h-crlf.md");
    expect(crlf?.data).toMatchObject({ id: "CHG-0921", status: "draft", services: ["SVC-backup"] });
    expect(findingsOf(run.report.diagnostics, "changes/CHG-h-crlf.md").map((f) => f[0])).not.toContain(
      "section-missing",
    );
    const bom = loaded.records.find((r) => r.path === "incidents/INC-h-bom.md");
    expect(bom?.data.id).toBe("INC-0920");
  });

  it("keeps __proto__ as an ordinary, reported field and leaves Object.prototype alone", async () => {
    const loaded = await loadWorktree(repo.dir);
    const rec = loaded.records.find((r) => r.path === "incidents/INC-h-proto-key.md");
    expect(rec).toBeDefined();
    expect(Object.getPrototypeOf(rec?.data)).toBe(Object.prototype);
    expect(Object.hasOwn(rec?.data ?? {}, "__proto__")).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const msg = run.report.diagnostics.find((d) => d.file === "incidents/INC-h-proto-key.md")?.message;
    expect(msg).toContain("'__proto__'");
  });

  it("gives the same findings on a second run that reads the cached summaries", async () => {
    expect(fs.existsSync(path.join(cacheDir(repo.dir), "summaries.jsonl"))).toBe(true);
    const again = await cli(["validate", "--repo", repo.dir, "--format", "json", "--now", NOW]);
    expect(again.code).toBe(1);
    expect(again.err).toBe("");
    expect((JSON.parse(again.out) as Report).diagnostics).toEqual(run.report.diagnostics);
    expectNoHarm(again.out);
  });
});

describe("sms validate over a working tree with hostile files (the real binary)", () => {
  const env = () => ({ SMS_HOSTILE_PWNED_FILE: outside.pwnedFile, NO_COLOR: "1" });

  it("gives the same JSON as in-process, exit code 1, no stack trace, within its time limit", () => {
    const r = bin(["validate", "--repo", repo.dir, "--format", "json", "--now", NOW, "--no-cache"], env());
    expect(r.error).toBeUndefined();
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.err).not.toMatch(STACK_TRACE);
    expect((JSON.parse(r.out) as Report).diagnostics).toEqual(run.report.diagnostics);
    expectNoHarm(r.out + r.err);
  });

  it.each(["text", "sarif", "github"])("prints --format %s without a stack trace", (format) => {
    const r = bin(["validate", "--repo", repo.dir, "--format", format, "--now", NOW], env());
    expect(r.error).toBeUndefined();
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).not.toMatch(STACK_TRACE);
    for (const file of hostilePaths.filter((f) => EXPECTED[f]?.length)) expect(r.out).toContain(file);
    expectNoHarm(r.out);
  });

  it("reports a missing repository as a one-line usage error, not a stack trace", () => {
    const r = bin(["validate", "--repo", path.join(repo.dir, "no-such-folder")], env());
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(STACK_TRACE);
  });
});

describe("hostile files committed to git", () => {
  let worktree: Diagnostic[];
  let commit: string;

  beforeAll(() => {
    // Committed after the template's events, as a real import would be; an earlier date would make
    // every timeline entry "recorded before it happened".
    commit = repo.commit("hostile inputs", { date: "2026-11-20T12:00:00+00:00" });
    // Links are committed as links (mode 120000), not as the files they point at.
    const tree = repo.git("ls-tree", "-r", "HEAD", "--", "incidents", "problems", "vault");
    expect(tree).toMatch(/^120000 blob \S+\tincidents\/evil\.md$/m);
    expect(tree).toMatch(/^120000 blob \S+\tproblems\/etc$/m);
    expect(tree).toMatch(/^120000 blob \S+\tvault$/m);
    worktree = run.report.diagnostics.filter((d) => !WORKTREE_ONLY.includes(d.file));
  }, 120_000);

  it.each(["native", "isomorphic"] as const)(
    "loadCommit with the %s back-end gives the working tree's findings",
    async (backend) => {
      const git = openGit(repo.dir, { backend });
      const t0 = performance.now();
      try {
        const loaded = await loadCommit(git, "HEAD");
        expect(loaded.commit).toBe(commit);
        const result = validateRepository({
          records: loaded.records,
          readDiagnostics: loaded.diagnostics,
          config: loaded.config,
          now: NOW,
        });
        expect(performance.now() - t0).toBeLessThan(60_000);
        expect(result.diagnostics.map(key)).toEqual(worktree.map(key));
        for (const file of hostilePaths) expect(findingsOf(result.diagnostics, file)).toEqual(EXPECTED[file]);
        expect(
          loaded.records
            .map((r) => r.path)
            .filter(isHostile)
            .sort(),
        ).toEqual(READ_AS_RECORDS);
        expect(loaded.records.map((r) => r.path).filter((p) => !isHostile(p))).toEqual(baseline.records);
        expectNoHarm(JSON.stringify(result.diagnostics) + JSON.stringify(loaded.records));
      } finally {
        await git.close();
      }
    },
  );

  it.each(["native", "isomorphic"])(
    "sms validate --base HEAD --git %s reads the commit too",
    async (backend) => {
      const r = await cli([
        "--git",
        backend,
        "validate",
        "--repo",
        repo.dir,
        "--base",
        "HEAD",
        "--format",
        "json",
        "--now",
        NOW,
        "--no-cache",
      ]);
      expect(r.err).toBe("");
      expect(r.code).toBe(1);
      expect((JSON.parse(r.out) as Report).diagnostics).toEqual(run.report.diagnostics);
      expectNoHarm(r.out);
    },
  );
});

describe("record folders that are links, and configured folders that climb out", () => {
  let links: TempRepo;
  let report: Report;

  beforeAll(async () => {
    links = makeLinkedFoldersRepo(outside);
    const r = await cli(["validate", "--repo", links.dir, "--format", "json", "--now", NOW, "--no-cache"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    report = JSON.parse(r.out) as Report;
    links.commit("linked folders");
  }, 120_000);

  const expected = {
    problems: [["file-symlink", 1, 1]],
    "known-errors": [["file-symlink", 1, 1]],
    vault: [["file-symlink", 1, 1]],
  } as const;

  it("reports each linked folder once, at the link, and reads nothing behind it", async () => {
    for (const [file, want] of Object.entries(expected))
      expect(findingsOf(report.diagnostics, file)).toEqual(want);
    const loaded = await loadWorktree(links.dir);
    expect(loaded.records.filter((r) => /^(problems|known-errors|vault)\//.test(r.path))).toEqual([]);
    expect(loaded.records.filter((r) => r.data.id === "INC-7777")).toEqual([]);
    expect(loaded.records.every((r) => !r.path.startsWith(".."))).toBe(true);
    expectNoHarm(JSON.stringify(report) + JSON.stringify(loaded.records));
  });

  it("rejects configured folders outside the repository and does not walk them", () => {
    const config = report.diagnostics.filter((d) => d.file === "sms.config.yml");
    expect(config.map((d) => d.code)).toContain("config-invalid");
    expect(report.diagnostics.some((d) => d.file.startsWith("..") || d.file.includes("/../"))).toBe(false);
  });

  it.each(["native", "isomorphic"] as const)(
    "reads the same from a commit with the %s back-end",
    async (backend) => {
      const git = openGit(links.dir, { backend });
      try {
        const loaded = await loadCommit(git, "HEAD");
        const result = validateRepository({
          records: loaded.records,
          readDiagnostics: loaded.diagnostics,
          config: loaded.config,
          now: NOW,
        });
        for (const [file, want] of Object.entries(expected))
          expect(findingsOf(result.diagnostics, file)).toEqual(want);
        expect(result.diagnostics.map(key)).toEqual(report.diagnostics.map(key));
        expectNoHarm(JSON.stringify(result.diagnostics) + JSON.stringify(loaded.records));
      } finally {
        await git.close();
      }
    },
  );
});
