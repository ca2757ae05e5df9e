import { afterAll, describe, expect, it } from "vitest";
import { ShallowCloneError } from "../../src/errors.js";
import { replayHistory } from "../../src/history/replay.js";
import { historyClock } from "../../src/history/transitions.js";
import type { HistoryState } from "../../src/history/types.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import { CAROL, DAVE, FOLDERS, incident, type Kind, openKind, repoWithConfig } from "./helpers.js";

afterAll(() => cleanupRepos());

const ZONE = "Europe/Berlin";

async function replay(repo: TempRepo, kind: Kind = "native", state?: HistoryState) {
  const git = openKind(kind, repo.dir);
  try {
    return await replayHistory(git, { folders: FOLDERS, zone: ZONE, state });
  } finally {
    await git.close();
  }
}

/** INC-1 goes new -> in-progress -> resolved in three commits, without a timeline. */
function lifecycleRepo(): TempRepo {
  const repo = repoWithConfig();
  repo.write("incidents/INC-1.md", incident("INC-1", ["status: new"]));
  repo.commit("open INC-1", { ...CAROL, date: "2026-03-02T09:00:00+01:00" });
  repo.write("incidents/INC-1.md", incident("INC-1", ["status: in-progress"]));
  repo.commit("work on INC-1", { ...DAVE, date: "2026-03-02T09:40:00+01:00" });
  repo.write("incidents/INC-1.md", incident("INC-1", ["status: in-progress", "# a comment, same status"]));
  repo.commit("note", { ...DAVE, date: "2026-03-02T10:00:00+01:00" });
  repo.write("incidents/INC-1.md", incident("INC-1", ["status: resolved"]));
  repo.commit("resolve INC-1", { ...CAROL, date: "2026-03-02T13:00:00+01:00" });
  return repo;
}

describe("history replay", () => {
  it("derives opening and transitions from the commits that changed status", async () => {
    const { state, stats } = await replay(lifecycleRepo());
    expect(stats).toMatchObject({ commitsRead: 5, commitsReused: 0, rewritten: false });
    const rec = state.records.get("INC-1")!;
    expect(rec.kind).toBe("incident");
    expect(rec.versions.map((v) => v.status)).toEqual(["new", "in-progress", "in-progress", "resolved"]);
    expect(historyClock(rec, state.commits)).toEqual({
      openedAt: "2026-03-02T08:00:00Z",
      transitions: [
        { at: "2026-03-02T08:00:00Z", status: "new" },
        { at: "2026-03-02T08:40:00Z", status: "in-progress" },
        { at: "2026-03-02T12:00:00Z", status: "resolved" },
      ],
    });
    const first = state.commits[rec.versions[0]!.commit]!;
    expect(state.authors[first.author]).toEqual({
      name: "Carol Ops",
      email: "1234+carol@users.noreply.github.com",
      login: "carol",
    });
    expect(first.tz).toBe(60);
    expect(state.authors[state.commits[rec.versions[1]!.commit]!.author]!.login).toBeNull();
    expect(rec.data).toMatchObject({ id: "INC-1", status: "resolved", priority: "P2" });
  });

  it("follows a record into a sharded sub-folder as one record, not a new one", async () => {
    const repo = repoWithConfig();
    repo.write("incidents/INC-7.md", incident("INC-7", ["status: new"]));
    repo.commit("open", { date: "2026-03-05T10:00:00Z" });
    repo.remove("incidents/INC-7.md").write("incidents/2026/03/INC-7.md", incident("INC-7", ["status: new"]));
    repo.commit("shard the incidents folder", { date: "2026-03-06T10:00:00Z" });
    repo.write("incidents/2026/03/INC-7.md", incident("INC-7", ["status: resolved"]));
    repo.commit("resolve", { date: "2026-03-07T10:00:00Z" });
    const { state } = await replay(repo);
    const rec = state.records.get("INC-7")!;
    expect(rec.versions.map((v) => [v.path, v.status])).toEqual([
      ["incidents/INC-7.md", "new"],
      ["incidents/2026/03/INC-7.md", "new"],
      ["incidents/2026/03/INC-7.md", "resolved"],
    ]);
    expect(historyClock(rec, state.commits)!.transitions.map((t) => t.status)).toEqual(["new", "resolved"]);
    expect([...state.paths]).toEqual([["incidents/2026/03/INC-7.md", "INC-7"]]);
  });

  it("records deletions, ignores files that are not records and survives unreadable versions", async () => {
    const repo = repoWithConfig();
    repo
      .write("incidents/INC-1.md", incident("INC-1", ["status: new"]))
      .write("incidents/README.md", "# Incidents\n")
      .write("incidents/_draft.md", incident("INC-9"))
      .write("docs/INC-2.md", incident("INC-2"));
    repo.commit("add", { date: "2026-03-05T10:00:00Z" });
    repo.write("incidents/INC-1.md", "---\nid: INC-1\nstatus: [unclosed\n---\n");
    repo.commit("break", { date: "2026-03-06T10:00:00Z" });
    repo.write("incidents/INC-1.md", incident("INC-1", ["status: in-progress"]));
    repo.commit("fix", { date: "2026-03-07T10:00:00Z" });
    repo.remove("incidents/INC-1.md");
    repo.commit("delete", { date: "2026-03-08T10:00:00Z" });
    const { state } = await replay(repo);
    expect([...state.records.keys()]).toEqual(["INC-1"]);
    const rec = state.records.get("INC-1")!;
    expect(rec.versions.map((v) => [v.status, v.broken ?? false, v.blob === null])).toEqual([
      ["new", false, false],
      [null, true, false],
      ["in-progress", false, false],
      [null, false, true],
    ]);
    expect(rec.data).toBeUndefined();
    expect(state.paths.size).toBe(0);
  });

  it("gives the same result with both back-ends", async () => {
    const repo = lifecycleRepo();
    repo.switch("fix", true).write("incidents/2026/INC-2.md", incident("INC-2", ["status: new"]));
    repo.commit("branch work", { date: "2026-03-03T09:00:00Z" });
    repo.switch("main");
    repo.merge("fix", "merge fix", { ...CAROL, date: "2026-03-04T09:00:00Z" });
    const native = await replay(repo, "native");
    const iso = await replay(repo, "isomorphic");
    expect(iso.state).toEqual(native.state);
    expect(iso.head).toBe(native.head);
    // A merged record opens at the merge, the commit that brought it onto the first-parent chain.
    const inc2 = native.state.records.get("INC-2")!;
    expect(native.state.commits[inc2.versions[0]!.commit]!.time).toBe(
      Date.parse("2026-03-04T09:00:00Z") / 1000,
    );
  });

  it.each(["native", "isomorphic"] as const)(
    "refuses a shallow clone (%s) and says how to fix it",
    async (kind) => {
      const shallow = lifecycleRepo().shallowClone();
      const error = await replay(shallow, kind).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ShallowCloneError);
      expect((error as Error).message).toContain("fetch-depth: 0");
      expect((error as Error).message).toContain("actions/checkout");
    },
  );
});
