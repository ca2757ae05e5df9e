import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HISTORY_CACHE_FORMAT } from "../../src/history/cache.js";
import { replayWithCache } from "../../src/history/cached.js";
import { replayHistory } from "../../src/history/replay.js";
import { cacheDir } from "../../src/loader/cache-dir.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";
import { CAROL, DAVE, FOLDERS, incident, type Kind, openKind, repoWithConfig } from "./helpers.js";

afterAll(() => cleanupRepos());

const ZONE = "Europe/Berlin";

async function cached(repo: TempRepo, kind: Kind = "native", zone = ZONE) {
  const git = openKind(kind, repo.dir);
  try {
    return await replayWithCache(git, { folders: FOLDERS, zone });
  } finally {
    await git.close();
  }
}

async function fresh(repo: TempRepo) {
  const git = openKind("native", repo.dir);
  try {
    return (await replayHistory(git, { folders: FOLDERS, zone: ZONE })).state;
  } finally {
    await git.close();
  }
}

/** Ten commits: INC-1..INC-5 opened, then each resolved. */
function tenCommits(): TempRepo {
  const repo = repoWithConfig();
  for (let i = 1; i <= 5; i++) {
    repo.write(`incidents/INC-${i}.md`, incident(`INC-${i}`, ["status: new"]));
    repo.commit(`open ${i}`, { ...CAROL, date: `2026-03-0${i}T09:00:00+01:00` });
  }
  for (let i = 1; i <= 4; i++) {
    repo.write(`incidents/INC-${i}.md`, incident(`INC-${i}`, ["status: resolved"]));
    repo.commit(`resolve ${i}`, { ...DAVE, date: `2026-03-1${i}T09:00:00+01:00` });
  }
  return repo;
}

const cacheFiles = (repo: TempRepo) =>
  readdirSync(cacheDir(repo.dir)).filter((f) => f.startsWith("history-"));

describe("the history cache", () => {
  it("reads only the new commit on the second run, and agrees with a fresh replay", async () => {
    const repo = tenCommits();
    const first = await cached(repo);
    expect(first.stats).toMatchObject({ commitsRead: 10, commitsReused: 0 });
    expect(cacheFiles(repo)).toHaveLength(1);

    const again = await cached(repo);
    expect(again.stats).toMatchObject({ commitsRead: 0, commitsReused: 10, blobsParsed: 0 });

    repo.write("incidents/INC-5.md", incident("INC-5", ["status: resolved"]));
    repo.commit("resolve 5", { ...DAVE, date: "2026-03-15T09:00:00+01:00" });
    const second = await cached(repo);
    expect(second.stats).toEqual({ commitsRead: 1, commitsReused: 10, blobsParsed: 1, rewritten: false });
    expect(second.state).toEqual(await fresh(repo));
    expect(second.state.records.get("INC-5")!.versions.map((v) => v.status)).toEqual(["new", "resolved"]);
  });

  it("is git-ignored, versioned and written whole", async () => {
    const repo = tenCommits();
    await cached(repo);
    expect(repo.git("status", "--porcelain")).toBe("");
    const [name] = cacheFiles(repo);
    expect(name).toMatch(/^history-[0-9a-f]{12}\.json$/);
    // A JSON header line, then three JSON lines per record.
    const lines = readFileSync(path.join(cacheDir(repo.dir), name!), "utf8").split("\n");
    expect(JSON.parse(lines[0]!).format).toBe(HISTORY_CACHE_FORMAT);
    expect(lines).toHaveLength(1 + 5 * 3 + 1);
    for (const line of lines.slice(1, -1)) expect(() => JSON.parse(line)).not.toThrow();
    expect(readdirSync(cacheDir(repo.dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("replays the amended commit after `git commit --amend`, and nothing before it", async () => {
    const repo = tenCommits();
    await cached(repo);
    repo.write("incidents/INC-4.md", incident("INC-4", ["status: closed"]));
    repo.git("add", "-A");
    repo.gitEnv(
      {
        GIT_AUTHOR_NAME: "Dave",
        GIT_AUTHOR_EMAIL: "dave@example.com",
        GIT_COMMITTER_NAME: "Dave",
        GIT_COMMITTER_EMAIL: "dave@example.com",
        GIT_AUTHOR_DATE: "2026-03-14T10:00:00+01:00",
        GIT_COMMITTER_DATE: "2026-03-14T10:00:00+01:00",
      },
      "commit",
      "-q",
      "--amend",
      "--no-edit",
      "--reset-author",
    );
    const after = await cached(repo);
    expect(after.stats).toMatchObject({ commitsRead: 1, commitsReused: 9, rewritten: true });
    expect(after.state).toEqual(await fresh(repo));
    expect(after.state.records.get("INC-4")!.versions.map((v) => v.status)).toEqual(["new", "closed"]);
    expect(after.state.records.get("INC-4")!.data!.status).toBe("closed");
  });

  it("forgets commits that a reset removed, and restores the records they had changed", async () => {
    const repo = tenCommits();
    await cached(repo);
    repo.git("reset", "-q", "--hard", "HEAD~3");
    const after = await cached(repo);
    expect(after.stats).toMatchObject({ commitsRead: 0, commitsReused: 7, rewritten: true });
    expect(after.state).toEqual(await fresh(repo));
    expect(after.state.records.get("INC-3")!.data!.status).toBe("new");

    // New work on top of the reset is read, the reused part is not.
    repo.write("incidents/INC-3.md", incident("INC-3", ["status: in-progress"]));
    repo.commit("work on 3", { date: "2026-03-20T09:00:00+01:00" });
    const next = await cached(repo);
    expect(next.stats).toMatchObject({ commitsRead: 1, commitsReused: 7, rewritten: false });
    expect(next.state).toEqual(await fresh(repo));
  });

  it("ignores a corrupt cache and replaces it", async () => {
    const repo = tenCommits();
    await cached(repo);
    const file = path.join(cacheDir(repo.dir), cacheFiles(repo)[0]!);
    const whole = readFileSync(file, "utf8");
    writeFileSync(file, whole.slice(0, whole.length / 2));
    const after = await cached(repo);
    expect(after.stats).toMatchObject({ commitsRead: 10, commitsReused: 0 });
    expect(readFileSync(file, "utf8")).toBe(whole);
    writeFileSync(file, '{"format": 1, "oids": "abc"');
    expect((await cached(repo)).stats).toMatchObject({ commitsRead: 10, commitsReused: 0 });
  });

  it("starts afresh when the time zone changes, and shares the cache between back-ends", async () => {
    const repo = tenCommits();
    await cached(repo, "native");
    expect((await cached(repo, "isomorphic")).stats.commitsRead).toBe(0);
    expect((await cached(repo, "native", "UTC")).stats.commitsRead).toBe(10);
    expect(cacheFiles(repo)).toHaveLength(1);
  });
});

describe("caches a pull request commits", () => {
  it("are never read: a clone keeps its caches under an id only its own .git knows", async () => {
    const repo = tenCommits();
    await cached(repo);
    // Forge the cache: every commit now says it was made in 2030, then commit it as a pull request could.
    const file = path.join(cacheDir(repo.dir), cacheFiles(repo)[0]!);
    const forged = readFileSync(file, "utf8").replace(/"times":\[[^\]]*\]/, (t) =>
      t.replace(/\d{10}/g, "1893456000"),
    );
    writeFileSync(file, forged);
    expect((await cached(repo)).state.commits[0]?.time).toBe(1893456000);
    repo.git("add", "-f", ".sms");
    repo.commit("plant a cache", { ...CAROL, date: "2026-03-20T09:00:00+01:00" });
    // The pull request's checkout on a runner: a fresh clone, the planted files in its work tree.
    const clone = makeTempRepo("sms-clone-");
    rmSync(clone.dir, { recursive: true, force: true });
    execFileSync("git", ["clone", "-q", repo.dir, clone.dir], { stdio: "ignore" });
    expect(readdirSync(path.join(clone.dir, ".sms", "cache")).length).toBeGreaterThan(0);
    expect(cacheDir(clone.dir)).not.toBe(cacheDir(repo.dir).replace(repo.dir, clone.dir));
    const state = (await cached(clone)).state;
    expect(state.commits[0]?.time).toBe((await fresh(clone)).commits[0]?.time);
    expect(state.commits[0]?.time).not.toBe(1893456000);
  });
});
