import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsomorphicGit } from "../../src/git/isomorphic.js";
import { NativeGit } from "../../src/git/native.js";
import { diffTrees, hashBlob, listFilesUnder } from "../../src/git/tree.js";
import type { GitBackend } from "../../src/git/types.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";
import { BINARY, buildFixture, type Fixture } from "./fixture.js";

const FOLDERS = ["incidents", "policies", "changes", "cis", "problems"];

let fx: Fixture;
beforeAll(() => {
  fx = buildFixture();
});
afterAll(() => cleanupRepos());

/** Wraps a backend to count tree reads, to prove unchanged sub-trees are never opened. */
function counting(git: GitBackend): GitBackend & { trees: string[] } {
  const trees: string[] = [];
  return Object.assign(Object.create(git) as GitBackend, {
    trees,
    readTree: (oid: string) => {
      trees.push(oid);
      return git.readTree(oid);
    },
  });
}

describe.each(["native", "isomorphic"] as const)("tree helpers over the %s backend", (kind) => {
  let git: GitBackend;
  let repo: TempRepo;
  const tree = async (rev: string) => (await git.readCommit(await git.resolveCommit(rev))).tree;
  const blob = (rev: string, p: string) => repo.git("rev-parse", `${rev}:${p}`);

  beforeAll(() => {
    repo = fx.repo;
    git = kind === "native" ? new NativeGit(repo.dir) : new IsomorphicGit(repo.dir);
  });
  afterAll(() => git.close());

  it("lists .md files under the folders, nested ones included, and nothing else", async () => {
    const listing = await listFilesUnder(git, await tree("HEAD"), FOLDERS);
    expect(listing.files.map((f) => f.path)).toEqual([
      "changes/CHG-0002.md",
      "changes/renamed/CHG-0001.md",
      "cis/CI-0001.md",
      "incidents/2026/03/INC-0002.md",
      "incidents/INC-0001.md",
      "policies/POL-0002.md",
    ]);
    expect(listing.files[0]).toEqual({
      path: "changes/CHG-0002.md",
      oid: blob("HEAD", "changes/CHG-0002.md"),
      mode: "100644",
    });
    expect(listing.symlinks).toEqual([
      { path: "incidents/link.md", oid: blob("HEAD", "incidents/link.md"), mode: "120000" },
    ]);
    expect(listing.submodules).toEqual([{ path: "cis/vendor", oid: fx.c1, mode: "160000" }]);
    expect(listing.missing).toEqual(["problems"]);
  });

  it("honours nested folder paths, overlapping folders, exclusions and other extensions", async () => {
    const root = await tree("HEAD");
    const nested = await listFilesUnder(git, root, ["incidents/2026", "incidents/2026/03", "incidents/2027"]);
    expect(nested.files.map((f) => f.path)).toEqual(["incidents/2026/03/INC-0002.md"]);
    expect(nested.missing).toEqual(["incidents/2027"]);
    const excluded = await listFilesUnder(git, root, ["incidents"], {
      exclude: (p) => p === "incidents/2026",
    });
    expect(excluded.files.map((f) => f.path)).toEqual(["incidents/INC-0001.md"]);
    const txt = await listFilesUnder(git, root, ["incidents"], { extensions: [".txt"] });
    expect(txt.files.map((f) => f.path)).toEqual(["incidents/2026/03/notes.txt"]);
    const fileAsFolder = await listFilesUnder(git, root, ["README.md/x", "docs"]);
    expect(fileAsFolder.files.map((f) => f.path)).toEqual(["docs/guide.md"]);
    expect(fileAsFolder.missing).toEqual(["README.md/x"]);
  });

  it("reads only the requested top-level folders", async () => {
    const spy = counting(git);
    const root = await tree("HEAD");
    await listFilesUnder(spy, root, ["policies"]);
    expect(spy.trees).toEqual([root, blob("HEAD", "policies")]);
  });

  it("diffs add, modify, delete, nested add and rename-as-delete+add", async () => {
    const changes = await diffTrees(git, await tree(fx.c1), await tree(fx.c2), FOLDERS);
    const v = (rev: string, p: string) => blob(rev, p);
    expect(changes).toEqual([
      {
        status: "deleted",
        path: "changes/CHG-0001.md",
        oldOid: v(fx.c1, "changes/CHG-0001.md"),
        newOid: null,
      },
      {
        status: "added",
        path: "changes/renamed/CHG-0001.md",
        oldOid: null,
        newOid: v(fx.c2, "changes/renamed/CHG-0001.md"),
      },
      {
        status: "added",
        path: "incidents/2026/03/INC-0002.md",
        oldOid: null,
        newOid: v(fx.c2, "incidents/2026/03/INC-0002.md"),
      },
      {
        status: "modified",
        path: "incidents/INC-0001.md",
        oldOid: v(fx.c1, "incidents/INC-0001.md"),
        newOid: v(fx.c2, "incidents/INC-0001.md"),
      },
      {
        status: "deleted",
        path: "policies/POL-0001.md",
        oldOid: v(fx.c1, "policies/POL-0001.md"),
        newOid: null,
      },
      {
        status: "added",
        path: "policies/POL-0002.md",
        oldOid: null,
        newOid: v(fx.c2, "policies/POL-0002.md"),
      },
    ]);
  });

  it("treats a root commit as all-added and an empty new side as all-deleted", async () => {
    const t1 = await tree(fx.c1);
    const added = await diffTrees(git, null, t1, ["incidents", "policies"]);
    expect(added.map((c) => `${c.status} ${c.path}`)).toEqual([
      "added incidents/INC-0001.md",
      "added policies/POL-0001.md",
    ]);
    const deleted = await diffTrees(git, t1, undefined, ["incidents"]);
    expect(deleted.map((c) => `${c.status} ${c.path}`)).toEqual(["deleted incidents/INC-0001.md"]);
  });

  it("never opens sub-trees whose oid did not change", async () => {
    const spy = counting(git);
    // c4 only touched README.md, outside every folder: only the two root trees are read.
    expect(await diffTrees(spy, await tree(fx.c2), await tree(fx.c4), FOLDERS)).toEqual([]);
    expect(spy.trees).toHaveLength(2);
    spy.trees.length = 0;
    expect(await diffTrees(spy, await tree(fx.c1), await tree(fx.c1), FOLDERS)).toEqual([]);
    expect(spy.trees).toHaveLength(0);
  });

  it("descends only along the changed path of a deep change", async () => {
    repo
      .switch(`deep-${kind}`, true)
      .write("incidents/2026/03/INC-0002.md", "---\nid: INC-0002\nstatus: closed\n---\n");
    const deep = repo.commit("deep change", { date: "2026-03-01T00:00:00Z" });
    repo.switch("main");
    const spy = counting(git);
    const changes = await diffTrees(spy, await tree(fx.merge), await tree(deep), FOLDERS);
    expect(changes.map((c) => `${c.status} ${c.path}`)).toEqual(["modified incidents/2026/03/INC-0002.md"]);
    // Two roots, then old and new of incidents, incidents/2026 and incidents/2026/03.
    expect(spy.trees).toHaveLength(8);
  });

  it("treats a record replaced by a symlink as deleted and a folder replacing a file as adds", async () => {
    const r = makeTempRepo();
    r.write("incidents/a.md", "a").write("incidents/b.md", "b");
    const one = r.commit("one");
    r.remove("incidents/a.md").symlink("incidents/a.md", "b.md").remove("incidents/b.md");
    r.write("incidents/b.md/c.md", "c");
    const two = r.commit("two");
    const g = kind === "native" ? new NativeGit(r.dir) : new IsomorphicGit(r.dir);
    try {
      const t = async (oid: string) => (await g.readCommit(oid)).tree;
      const changes = await diffTrees(g, await t(one), await t(two), ["incidents"]);
      expect(changes.map((c) => `${c.status} ${c.path}`)).toEqual([
        "deleted incidents/a.md",
        "deleted incidents/b.md",
        "added incidents/b.md/c.md",
      ]);
    } finally {
      await g.close();
    }
  });
});

describe("hashBlob", () => {
  it("matches git hash-object for text, binary and empty content", () => {
    const r = makeTempRepo();
    r.write("a.txt", "hello\r\nworld").write("b.bin", BINARY).write("c", "");
    for (const [file, bytes] of [
      ["a.txt", new TextEncoder().encode("hello\r\nworld")],
      ["b.bin", BINARY],
      ["c", new Uint8Array()],
    ] as const) {
      expect(hashBlob(bytes)).toBe(r.git("hash-object", "--no-filters", file));
    }
  });
});
