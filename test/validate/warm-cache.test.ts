import { cpSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runValidate } from "../../src/app/validate.js";
import { projectRoot, sms } from "../helpers/cli.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

afterAll(() => cleanupRepos());

const NOW = "2026-11-21T12:00:00Z";

/** The JSON report of `sms validate`, with or without the caches in .sms/cache. */
async function report(repo: TempRepo, cache = true): Promise<string> {
  const run = await sms([
    "--repo",
    repo.dir,
    "--now",
    NOW,
    "validate",
    "--format",
    "json",
    ...(cache ? [] : ["--no-cache"]),
  ]);
  expect(run.stderr).toBe("");
  return run.stdout;
}

/** Warm and cold runs must agree exactly; returns the codes found, for the test to check. */
async function agree(repo: TempRepo): Promise<string[]> {
  const warm = await report(repo);
  const cold = await report(repo, false);
  expect(warm).toBe(cold);
  return (JSON.parse(warm) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
}

/** How many record files a run read, and how many it took from the summaries of an earlier run. */
async function readCounts(repo: TempRepo): Promise<{ read: number; reused: number }> {
  const r = await runValidate({ repo: repo.dir, now: NOW });
  return { read: r.filesRead, reused: r.filesReused };
}

describe("sms validate with a warm cache (summaries of unchanged files)", () => {
  let repo: TempRepo;
  let total: number;
  beforeAll(async () => {
    repo = makeTempRepo("sms-warm-");
    cpSync(path.join(projectRoot, "sms-template"), repo.dir, { recursive: true });
    repo.commit("the template", { date: "2026-11-20T09:00:00Z" });
    // Files written in the last two seconds may change unseen within the clock's resolution, so
    // summaries of them are not trusted; wait that long once so the template's files count as settled.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const first = await readCounts(repo);
    total = first.read;
    expect(total).toBeGreaterThan(50);
  }, 30_000);

  it("reads no file when nothing changed, and reports what a cold run reports", async () => {
    expect(await readCounts(repo)).toEqual({ read: 0, reused: total });
    expect(await agree(repo)).toEqual([]);
  });

  it("reads only an edited file, and still applies the rules across records to the others", async () => {
    const target = "services/SVC-shop-hosting.md";
    const original = readFileSync(path.join(repo.dir, target), "utf8");
    // Renaming a service breaks every reference to it, in files that were not read again.
    writeFileSync(
      path.join(repo.dir, target),
      original.replace("id: SVC-shop-hosting", "id: SVC-shop-hostinx"),
    );
    const counts = await readCounts(repo);
    expect(counts).toEqual({ read: 1, reused: total - 1 });
    const codes = await agree(repo);
    expect(codes.filter((c) => c === "reference-missing").length).toBeGreaterThan(3);
    writeFileSync(path.join(repo.dir, target), original);
    expect(await agree(repo)).toEqual([]);
  });

  it("sees a duplicate id in a new file and the first file it collides with", async () => {
    const copy = "services/SVC-COPY.md";
    cpSync(path.join(repo.dir, "services/SVC-shop-hosting.md"), path.join(repo.dir, copy));
    const warm = JSON.parse(await report(repo)) as { diagnostics: { code: string; file: string }[] };
    expect(warm.diagnostics.filter((d) => d.code === "id-duplicate").map((d) => d.file)).toEqual([
      copy,
      "services/SVC-shop-hosting.md",
    ]);
    expect(await agree(repo)).toContain("id-duplicate");
    rmSync(path.join(repo.dir, copy));
    expect(await agree(repo)).toEqual([]);
  });

  it("sees a change that keeps the size and the modification time", async () => {
    const target = "incidents/INC-0001.md";
    const file = path.join(repo.dir, target);
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    // Same length, same mtime: only the change time (and the race guard) can tell.
    writeFileSync(file, text.replace("priority: P3", "priority: P9"));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(await agree(repo)).toContain("schema-format");
    writeFileSync(file, text);
    expect(await agree(repo)).toEqual([]);
  });

  it("starts over when the configuration changes, since every rule may depend on it", async () => {
    const config = path.join(repo.dir, "sms.config.yml");
    const text = readFileSync(config, "utf8");
    writeFileSync(config, `${text}\nmax_file_size: 2048\n`);
    expect((await readCounts(repo)).read).toBeGreaterThan(0);
    expect(await agree(repo)).toContain("file-too-large");
    writeFileSync(config, text);
    expect(await agree(repo)).toEqual([]);
  });

  it("reports a review that fell due since the last run, though no file changed", async () => {
    const at = async (now: string, ...extra: string[]) => {
      const run = await sms(["--repo", repo.dir, "--now", now, "validate", "--format", "json", ...extra]);
      return (JSON.parse(run.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics;
    };
    expect(await at("2027-03-09T12:00:00Z")).toEqual([]);
    const later = await at("2027-03-11T12:00:00Z");
    expect(later.filter((d) => d.code === "review-overdue").map((d) => d.file)).toEqual([
      "plans/PLN-capacity.md",
    ]);
    expect(later).toEqual(await at("2027-03-11T12:00:00Z", "--no-cache"));
  });

  it("judges a timeline entry once it is committed, though the file did not change", async () => {
    const target = "incidents/INC-0001.md";
    const file = path.join(repo.dir, target);
    const text = readFileSync(file, "utf8");
    // An entry dated after the commit that records it is an error, but only once it is committed.
    const edited = text.replace(
      /^timeline:\n/m,
      "timeline:\n  - { at: 2026-11-20T23:00:00Z, status: new }\n",
    );
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const before = await agree(repo);
    expect(before).not.toContain("timeline-future");
    repo.commit("a late edit", { date: "2026-11-20T10:00:00Z" });
    expect(await agree(repo)).toContain("timeline-future");
    writeFileSync(file, text);
    repo.commit("undo", { date: "2026-11-20T11:00:00Z" });
  });
});

describe("sms validate warm and cold agree through a random series of edits and commits", () => {
  it("reports the same findings after every step", async () => {
    const repo = makeTempRepo("sms-warm-random-");
    cpSync(path.join(projectRoot, "sms-template"), repo.dir, { recursive: true });
    repo.commit("the template", { date: "2026-11-20T09:00:00Z" });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await report(repo);
    const files = ["incidents/INC-0001.md", "incidents/INC-0002.md", "services/SVC-backup.md"];
    // A fixed seed: the same steps on every run, so a failure can be replayed.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor(seed / 65536) % n;
    };
    const edits: ((text: string) => string)[] = [
      (t) => t.replace(/^id: (\S+)$/m, "id: $1-X"),
      (t) => t.replace(/^id: (\S+)-X$/m, "id: $1"),
      (t) => t.replace(/^service: \S+$/m, "service: SVC-nowhere"),
      (t) => t.replace(/^timeline:\n/m, "timeline:\n  - { at: 2026-11-20T23:00:00Z, status: in-progress }\n"),
      (t) => t.replace(/^status: (\S+)$/m, "status: bogus"),
      (t) => `${t}\nA note.\n`,
    ];
    const seen = new Set<string>();
    for (let step = 0; step < 40; step++) {
      const file = path.join(repo.dir, files[random(files.length)]!);
      const action = random(edits.length + 2);
      if (action < edits.length) writeFileSync(file, edits[action]!(readFileSync(file, "utf8")));
      else if (action === edits.length)
        repo.commit(`step ${step}`, { date: "2026-11-20T12:00:00Z", allowEmpty: true });
      else
        cpSync(
          path.join(repo.dir, "services/SVC-backup.md"),
          path.join(repo.dir, `services/SVC-copy-${step}.md`),
        );
      for (const code of await agree(repo)) seen.add(code);
    }
    // The series must have produced findings of the rules across records and of history.
    expect([...seen]).toEqual(
      expect.arrayContaining(["id-duplicate", "reference-missing", "timeline-future"]),
    );
  }, 60_000);
});
