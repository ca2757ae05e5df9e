import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitError } from "../../src/errors.js";
import type { CommitChanges } from "../../src/git/changes.js";
import { IsomorphicGit } from "../../src/git/isomorphic.js";
import { NativeGit } from "../../src/git/native.js";
import { diffTrees } from "../../src/git/tree.js";
import type { CommitInfo, GitBackend } from "../../src/git/types.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";
import { buildFixture, type Fixture } from "./fixture.js";

type Kind = "native" | "isomorphic";
const FOLDERS = ["incidents", "policies", "changes", "cis", "problems"];

let fx: Fixture;
let packed: TempRepo;
let shallow: TempRepo;

beforeAll(() => {
  fx = buildFixture();
  packed = fx.repo.copy().gc();
  shallow = fx.repo.shallowClone();
});
afterAll(() => cleanupRepos());

function open(kind: Kind, dir: string): GitBackend {
  return kind === "native" ? new NativeGit(dir) : new IsomorphicGit(dir);
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe.each([
  ["native", "loose"],
  ["isomorphic", "loose"],
  ["native", "packed"],
  ["isomorphic", "packed"],
] as [Kind, "loose" | "packed"][])("history listing, %s backend, %s objects", (kind, storage) => {
  let git: GitBackend;
  let repo: TempRepo;

  beforeAll(() => {
    repo = storage === "packed" ? packed : fx.repo;
    git = open(kind, repo.dir);
  });
  afterAll(() => git.close());

  it("lists HEAD's first-parent chain oldest first, each commit exactly as readCommit reads it", async () => {
    const commits = await all(git.listCommits("HEAD"));
    expect(commits.map((c) => c.oid)).toEqual([fx.c1, fx.c2, fx.c4, fx.merge]);
    expect(commits.map((c) => c.oid)).toEqual(
      repo.git("rev-list", "--first-parent", "--reverse", "HEAD").split("\n"),
    );
    for (const c of commits) expect(c).toEqual(await git.readCommit(c.oid));
    expect(commits[0]!.message).toBe("first\n\nwith a body\n");
    expect(commits[0]!.author.name).toBe("Alice Ärger");
  });

  it("lists only what follows `after` on the chain", async () => {
    expect((await all(git.listCommits("HEAD", { after: fx.c2 }))).map((c) => c.oid)).toEqual([
      fx.c4,
      fx.merge,
    ]);
    expect(await all(git.listCommits("HEAD", { after: fx.merge }))).toEqual([]);
    expect((await all(git.listCommits("feature"))).map((c) => c.oid)).toEqual([fx.c1, fx.c2, fx.c3]);
  });

  it("gives each commit's record changes against its first parent, as diffTrees does", async () => {
    const listed = await all(git.listChanges("HEAD", FOLDERS));
    expect(listed.map((x) => x.commit.oid)).toEqual([fx.c1, fx.c2, fx.c4, fx.merge]);
    let parentTree: string | null = null;
    for (const { commit, changes } of listed) {
      expect(changes, commit.message).toEqual(await diffTrees(git, parentTree, commit.tree, FOLDERS));
      parentTree = commit.tree;
    }
    const byOid = new Map(listed.map((x) => [x.commit.oid, x.changes.map((c) => `${c.status} ${c.path}`)]));
    expect(byOid.get(fx.c2)).toEqual([
      "deleted changes/CHG-0001.md",
      "added changes/renamed/CHG-0001.md",
      "added incidents/2026/03/INC-0002.md",
      "modified incidents/INC-0001.md",
      "deleted policies/POL-0001.md",
      "added policies/POL-0002.md",
    ]);
    // The merge brings the feature branch's record; compared with its first parent only.
    expect(byOid.get(fx.merge)).toEqual(["added changes/CHG-0002.md"]);
    expect(byOid.get(fx.c4)).toEqual([]);
  });

  it("honours `after` and the folders when listing changes", async () => {
    const listed = await all(git.listChanges("HEAD", ["changes"], { after: fx.c1 }));
    expect(listed.map((x) => x.changes.map((c) => c.path))).toEqual([
      ["changes/CHG-0001.md", "changes/renamed/CHG-0001.md"],
      [],
      ["changes/CHG-0002.md"],
    ]);
  });

  it("throws a GitError for an unknown head", async () => {
    await expect(all(git.listCommits("no-such-branch"))).rejects.toThrow(GitError);
    await expect(all(git.listChanges("no-such-branch", FOLDERS))).rejects.toThrow(GitError);
  });

  it("stops at a shallow clone's boundary, like git", async () => {
    const s = open(kind, shallow.dir);
    try {
      expect((await all(s.listCommits("HEAD"))).map((c) => c.oid)).toEqual([fx.merge]);
    } finally {
      await s.close();
    }
  });
});

describe("both backends list the same history", () => {
  let repo: TempRepo;
  beforeAll(() => {
    // A longer history with moves, deletions, modes and a merge, to compare the backends on.
    repo = makeTempRepo();
    repo.write("incidents/INC-1.md", "---\nid: INC-1\n---\n").write("README.md", "x\n");
    repo.commit("one", { date: "2026-03-01T10:00:00+01:00" });
    for (let i = 2; i <= 12; i++) {
      repo.write(`incidents/2026/0${(i % 3) + 1}/INC-${i}.md`, `---\nid: INC-${i}\n---\n`);
      if (i % 4 === 0) repo.remove(`incidents/2026/0${((i - 1) % 3) + 1}/INC-${i - 1}.md`);
      if (i === 6) repo.git("update-index", "--chmod=+x", "incidents/INC-1.md");
      repo.commit(`c${i}`, { date: `2026-03-${String(i).padStart(2, "0")}T10:00:00+01:00` });
    }
    repo.switch("side", true).write("changes/CHG-1.md", "---\nid: CHG-1\n---\n");
    repo.commit("side", { date: "2026-03-20T10:00:00Z" });
    repo.switch("main").write("incidents/INC-1.md", "---\nid: INC-1\nstatus: closed\n---\n");
    repo.commit("close", { date: "2026-03-21T10:00:00Z" });
    repo.merge("side", "merge side", { date: "2026-03-22T10:00:00Z" });
  });

  it("yields identical commits and changes from native git and isomorphic-git", async () => {
    const results: CommitChanges[][] = [];
    const commits: CommitInfo[][] = [];
    for (const kind of ["native", "isomorphic"] as const) {
      const git = open(kind, repo.dir);
      try {
        results.push(await all(git.listChanges("HEAD", ["incidents", "changes"])));
        commits.push(await all(git.listCommits("HEAD")));
      } finally {
        await git.close();
      }
    }
    expect(results[0]).toHaveLength(14);
    expect(results[1]).toEqual(results[0]);
    expect(commits[1]).toEqual(commits[0]);
    expect(results[0]!.flatMap((r) => r.changes).length).toBeGreaterThan(12);
  });
});
