import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMetrics } from "../../src/app/metrics.js";
import { parseConfig } from "../../src/config/parse.js";
import { historyCacheFile } from "../../src/history/cache.js";
import { replayWithCache } from "../../src/history/cached.js";
import { journalFile } from "../../src/history/journal.js";
import { replayHistory } from "../../src/history/replay.js";
import type { HistoryState } from "../../src/history/types.js";
import { recordFolders } from "../../src/loader/folders.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import { marchRepo, record } from "../metrics/fixture.js";
import { openKind } from "./helpers.js";

afterAll(() => cleanupRepos());

const NOW = "2026-04-15T08:00:00Z";

/** The report of a run, as text: warm and cold runs must agree byte for byte. */
async function report(repo: TempRepo, cache: boolean): Promise<string> {
  const run = await runMetrics({ repo: repo.dir, now: NOW, backend: "native", cache });
  return JSON.stringify(run.report);
}

/** Everything a state holds, in its order (reading every lazily parsed field; keys in one order). */
function dump(state: HistoryState): string {
  const records = [...state.records.values()].map((r) => {
    const { id, kind, status, versions, firstSeen, data, span } = r;
    return { id, kind, status, versions, firstSeen, data, span };
  });
  return JSON.stringify({ ...state, paths: [...state.paths], records });
}

async function setup(repo: TempRepo) {
  const text = readFileSync(path.join(repo.dir, "sms.config.yml"), "utf8");
  const config = parseConfig(text).config;
  return { folders: recordFolders(config), zone: config.timezone };
}

/** The cached replay and a fresh one, both dumped. */
async function states(repo: TempRepo, journalLimit?: number): Promise<[string, string]> {
  const opts = await setup(repo);
  const git = openKind("native", repo.dir);
  try {
    const warm = await replayWithCache(git, { ...opts, journalLimit });
    const cold = await replayHistory(git, opts);
    return [dump(warm.state), dump(cold.state)];
  } finally {
    await git.close();
  }
}

async function files(repo: TempRepo) {
  const opts = await setup(repo);
  const snapshot = historyCacheFile(repo.dir, opts.zone, opts.folders);
  return { snapshot, journal: journalFile(snapshot) };
}

const at = (date: string, who = "Erin") => ({ authorName: who, authorEmail: `${who}@example.com`, date });

const inc9 = (lines: string[]) =>
  record([
    "id: INC-9",
    "kind: incident",
    "title: Late March",
    "owner: ops",
    "service: SVC-web",
    "priority: P1",
    ...lines,
  ]);

/** Commits after the fixture's March, each of a different sort; each returns the commit made. */
const STEPS: ((repo: TempRepo) => void)[] = [
  (r) =>
    r.write("incidents/INC-9.md", inc9(["status: new"])).commit("INC-9", at("2026-03-28T09:00:00+01:00")),
  (r) =>
    r
      .write("incidents/INC-9.md", inc9(["status: in-progress"]))
      .commit("take", at("2026-03-28T09:50:00+01:00")),
  (r) => {
    // A move (new folder) and a second new author in one commit.
    r.remove("incidents/2026/03/INC-2.md");
    const text = readFileSync(path.join(r.dir, "incidents/INC-9.md"), "utf8");
    r.write("incidents/2026/INC-9.md", text).remove("incidents/INC-9.md");
    r.commit("move", at("2026-03-28T10:00:00+01:00", "Fay"));
  },
  (r) =>
    r
      .write("incidents/2026/INC-9.md", inc9(["status: resolved"]))
      .commit("resolve", at("2026-03-28T14:00:00+01:00")),
  (r) => r.remove("problems/PRB-1.md").commit("drop PRB-1", at("2026-03-29T10:00:00+02:00")),
  (r) =>
    r.write("changes/CHG-1.md", "---\nid: [broken\n---\n").commit("break", at("2026-03-30T10:00:00+02:00")),
  (r) =>
    r
      .write("incidents/2026/03/INC-4.md", "# only a body now\n")
      .commit("no id", at("2026-03-30T11:00:00+02:00")),
];

describe("the history cache journal", () => {
  it("appends each new commit, and warm runs agree with cold ones after every kind of commit", async () => {
    const repo = marchRepo();
    expect(await report(repo, true)).toBe(await report(repo, false));
    const { snapshot, journal } = await files(repo);
    const written = readFileSync(snapshot);
    for (const step of STEPS) {
      step(repo);
      expect(await report(repo, true)).toBe(await report(repo, false));
      const [warm, cold] = await states(repo);
      expect(warm).toBe(cold);
    }
    // The snapshot was never rewritten: every commit went to the journal, one line each.
    expect(readFileSync(snapshot).equals(written)).toBe(true);
    expect(readFileSync(journal, "utf8").trimEnd().split("\n")).toHaveLength(STEPS.length);
    expect(repo.git("status", "--porcelain")).toBe("");
  });

  it("writes a whole snapshot after a force-push, and drops the journal", async () => {
    const repo = marchRepo();
    await report(repo, true);
    for (const step of STEPS.slice(0, 4)) step(repo);
    await report(repo, true);
    const { journal } = await files(repo);
    STEPS[4]!(repo);
    await report(repo, true);
    expect(existsSync(journal)).toBe(true);
    // Rewrite the last three commits: the journal's commits are no longer on the chain.
    repo.git("reset", "-q", "--hard", "HEAD~3");
    STEPS[5]!(repo);
    expect(await report(repo, true)).toBe(await report(repo, false));
    expect(existsSync(journal)).toBe(false);
    const [warm, cold] = await states(repo);
    expect(warm).toBe(cold);
    STEPS[6]!(repo);
    expect(await report(repo, true)).toBe(await report(repo, false));
    expect(existsSync(journal)).toBe(true);
  });

  it("ignores a damaged journal, or one written for another snapshot, and replaces it", async () => {
    const repo = marchRepo();
    await report(repo, true);
    const { snapshot, journal } = await files(repo);
    STEPS[0]!(repo);
    STEPS[1]!(repo);
    await report(repo, true);
    const good = readFileSync(journal);
    // Half a line, as a crash during the append would leave it.
    writeFileSync(journal, good.subarray(0, good.length - 20));
    STEPS[2]!(repo);
    expect(await report(repo, true)).toBe(await report(repo, false));
    expect(existsSync(journal)).toBe(false);
    // The old journal beside the new snapshot: its chain does not start at the snapshot's head.
    writeFileSync(journal, good);
    STEPS[3]!(repo);
    expect(await report(repo, true)).toBe(await report(repo, false));
    const [warm, cold] = await states(repo);
    expect(warm).toBe(cold);
    // Well-formed JSON that lies about its records is caught by the checks, not believed.
    writeFileSync(journal, `${JSON.stringify({ format: 4, since: 0, from: "x" })}\n`);
    STEPS[4]!(repo);
    expect(await report(repo, true)).toBe(await report(repo, false));
    expect(statSync(snapshot).size).toBeGreaterThan(0);
  });

  it("compacts the journal into a new snapshot once it outgrows its limit", async () => {
    const repo = marchRepo();
    await report(repo, true);
    const { snapshot, journal } = await files(repo);
    STEPS[0]!(repo);
    await states(repo, 100_000);
    expect(existsSync(journal)).toBe(true);
    const before = readFileSync(snapshot);
    STEPS[1]!(repo);
    const [warm, cold] = await states(repo, 10);
    expect(warm).toBe(cold);
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(snapshot).equals(before)).toBe(false);
    expect(await report(repo, true)).toBe(await report(repo, false));
  });
});
