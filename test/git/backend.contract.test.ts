import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitError } from "../../src/errors.js";
import { IsomorphicGit } from "../../src/git/isomorphic.js";
import { NativeGit } from "../../src/git/native.js";
import type { GitBackend, TreeEntry } from "../../src/git/types.js";
import { cleanupRepos, type TempRepo } from "../helpers/git-repo.js";
import { BINARY, buildFixture, CRLF, type Fixture } from "./fixture.js";

type Kind = "native" | "isomorphic";
type Storage = "loose" | "packed";

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

/** `git ls-tree` output parsed into TreeEntry objects, the reference answer for readTree. */
function lsTree(repo: TempRepo, treeish: string): TreeEntry[] {
  const out = repo.git("-c", "core.quotepath=off", "ls-tree", "-z", treeish);
  return out
    .split("\0")
    .filter((l) => l.length > 0)
    .map((line) => {
      const [meta, name] = line.split("\t") as [string, string];
      const [mode, type, oid] = meta.split(" ") as [string, TreeEntry["type"], string];
      return { name, mode, type, oid };
    });
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe.each([
  ["native", "loose"],
  ["isomorphic", "loose"],
  ["native", "packed"],
  ["isomorphic", "packed"],
] as [Kind, Storage][])("%s backend, %s objects", (kind, storage) => {
  let git: GitBackend;
  let repo: TempRepo;

  beforeAll(() => {
    repo = storage === "packed" ? packed : fx.repo;
    git = open(kind, repo.dir);
  });
  afterAll(async () => {
    await git.close();
  });

  it("really has the storage it claims", () => {
    const loose = fs.readdirSync(path.join(repo.dir, ".git/objects")).filter((d) => /^[0-9a-f]{2}$/.test(d));
    expect(loose.length > 0).toBe(storage === "loose");
  });

  it("reports its name and absolute dir", () => {
    expect(git.name).toBe(kind);
    expect(git.dir).toBe(repo.dir);
  });

  it("resolves HEAD, branches, tags, full and short oids", async () => {
    expect(await git.resolveCommit("HEAD")).toBe(fx.merge);
    expect(await git.resolveCommit("@")).toBe(fx.merge);
    expect(await git.resolveCommit("main")).toBe(fx.merge);
    expect(await git.resolveCommit("refs/heads/main")).toBe(fx.merge);
    expect(await git.resolveCommit("feature")).toBe(fx.c3);
    expect(await git.resolveCommit("v1")).toBe(fx.c1);
    expect(await git.resolveCommit("light")).toBe(fx.c2);
    expect(await git.resolveCommit(fx.c2)).toBe(fx.c2);
    expect(await git.resolveCommit(fx.c2.slice(0, 7))).toBe(fx.c2);
    expect(await git.resolveCommit(`${fx.c3}^{commit}`)).toBe(fx.c3);
  });

  it("walks ~N and ^N like git", async () => {
    for (const rev of [
      "HEAD~1",
      "HEAD^",
      "HEAD^1",
      "HEAD^2",
      "HEAD~2",
      "HEAD~3",
      "HEAD^2~1",
      "main~0",
      "v1^0",
    ]) {
      expect(await git.resolveCommit(rev), rev).toBe(repo.git("rev-parse", "--verify", `${rev}^{commit}`));
    }
    expect(await git.resolveCommit("HEAD~1")).toBe(fx.c4);
    expect(await git.resolveCommit("HEAD^2")).toBe(fx.c3);
  });

  it("throws a one-line GitError for unknown revisions", async () => {
    const tree = repo.git("rev-parse", "HEAD^{tree}");
    for (const rev of ["nope", "HEAD~9", "HEAD^3", "deadbeef", "-h", "", "a b", tree, "../../x"]) {
      const err = await git.resolveCommit(rev).catch((e: unknown) => e);
      expect(err, rev).toBeInstanceOf(GitError);
      expect((err as Error).message).toBe(`unknown git revision ${JSON.stringify(rev)}`);
    }
  });

  it("reads commit authors, committers, time zones and messages", async () => {
    const c1 = await git.readCommit(fx.c1);
    expect(c1.oid).toBe(fx.c1);
    expect(c1.parents).toEqual([]);
    expect(c1.tree).toBe(repo.git("rev-parse", `${fx.c1}^{tree}`));
    expect(c1.author).toEqual({
      name: "Alice Ärger",
      email: "alice@example.com",
      timestamp: Date.parse("2026-01-05T10:00:00+01:00") / 1000,
      tzOffsetMinutes: 60,
    });
    expect(c1.message).toBe("first\n\nwith a body\n");

    const c2 = await git.readCommit(fx.c2);
    expect(c2.parents).toEqual([fx.c1]);
    expect(c2.author).toMatchObject({ name: "Bob", tzOffsetMinutes: -300 });
    expect(c2.author.timestamp).toBe(Date.parse("2026-02-01T09:30:00-05:00") / 1000);
    expect(c2.committer).toEqual({
      name: "Carol",
      email: "carol@example.com",
      timestamp: Date.parse("2026-02-02T08:00:00+05:30") / 1000,
      tzOffsetMinutes: 330,
    });
  });

  it("reads both parents of a merge, first parent first", async () => {
    const m = await git.readCommit(fx.merge);
    expect(m.parents).toEqual([fx.c4, fx.c3]);
    expect((await git.readCommit(fx.merge.slice(0, 10))).oid).toBe(fx.merge);
  });

  it("reads trees exactly as git ls-tree does, with sub-folders, symlinks and gitlinks", async () => {
    const root = await git.readCommit(fx.merge);
    const entries = await git.readTree(root.tree);
    expect(entries).toEqual(lsTree(repo, fx.merge));
    expect(entries.find((e) => e.name === "incidents")).toMatchObject({ mode: "040000", type: "tree" });
    const incidents = await git.readTree(entries.find((e) => e.name === "incidents")!.oid);
    expect(incidents).toEqual(lsTree(repo, `${fx.merge}:incidents`));
    expect(incidents.find((e) => e.name === "link.md")).toMatchObject({ mode: "120000", type: "blob" });
    const cis = await git.readTree(entries.find((e) => e.name === "cis")!.oid);
    expect(cis.find((e) => e.name === "vendor")).toEqual({
      name: "vendor",
      mode: "160000",
      type: "commit",
      oid: fx.c1,
    });
  });

  it("reads blob bytes exactly: binary, CRLF, symlink target", async () => {
    const oid = (p: string) => repo.git("rev-parse", `${fx.c1}:${p}`);
    expect(await git.readBlob(oid("cis/bin.dat"))).toEqual(BINARY);
    expect(text(await git.readBlob(oid("policies/POL-0001.md")))).toBe(CRLF);
    const link = repo.git("rev-parse", `${fx.c2}:incidents/link.md`);
    expect(text(await git.readBlob(link))).toBe("INC-0001.md");
    const empty = oid("cis/empty.txt");
    expect(await git.readBlob(empty)).toEqual(new Uint8Array());
  });

  it("reads many blobs at once", async () => {
    const paths = ["cis/bin.dat", "policies/POL-0001.md", "README.md", "incidents/INC-0001.md"];
    const oids = paths.map((p) => repo.git("rev-parse", `${fx.c1}:${p}`));
    const blobs = await git.readBlobs([...oids, oids[0]!]);
    expect([...blobs.keys()]).toEqual(oids);
    expect(blobs.get(oids[0]!)).toEqual(BINARY);
    expect(text(blobs.get(oids[2]!)!)).toBe("# SMS\n");
    expect((await git.readBlobs([])).size).toBe(0);
  });

  it("names a missing object or a wrong type in a one-line GitError", async () => {
    const missing = "0123456789abcdef0123456789abcdef01234567";
    await expect(git.readBlob(missing)).rejects.toThrow(new GitError(`git object ${missing} not found`));
    await expect(git.readBlobs([missing])).rejects.toThrow(GitError);
    const tree = repo.git("rev-parse", "HEAD^{tree}");
    await expect(git.readBlob(tree)).rejects.toThrow(`git object ${tree} is a tree, not a blob`);
    await expect(git.readCommit(tree)).rejects.toThrow(`git object ${tree} is a tree, not a commit`);
    await expect(git.readTree(fx.c1)).rejects.toThrow(`git object ${fx.c1} is a commit, not a tree`);
    await expect(git.readBlob("HEAD")).rejects.toThrow(GitError);
    // The backend still works after errors.
    expect((await git.readCommit(fx.c1)).oid).toBe(fx.c1);
  });

  it("knows a full clone is not shallow and a depth-1 clone is", async () => {
    expect(await git.isShallow()).toBe(false);
    const s = open(kind, shallow.dir);
    try {
      expect(await s.isShallow()).toBe(true);
      const head = await s.resolveCommit("HEAD");
      expect(head).toBe(fx.merge);
      expect((await s.readCommit(head)).parents).toEqual([fx.c4, fx.c3]);
      await expect(s.resolveCommit("HEAD~1")).rejects.toThrow(GitError);
    } finally {
      await s.close();
    }
  });

  it("agrees with the other backend on every commit and root tree", async () => {
    const other = open(kind === "native" ? "isomorphic" : "native", repo.dir);
    try {
      for (const oid of repo.git("rev-list", "--all").split("\n")) {
        const a = await git.readCommit(oid);
        expect(a).toEqual(await other.readCommit(oid));
        expect(await git.readTree(a.tree)).toEqual(await other.readTree(a.tree));
      }
    } finally {
      await other.close();
    }
  });

  it("hands out copies, so one caller's edits never reach the next", async () => {
    const first = await git.readCommit(fx.merge);
    first.parents.push("x");
    first.author.name = "Mallory";
    const again = await git.readCommit(fx.merge);
    expect(again.parents).toEqual([fx.c4, fx.c3]);
    expect(again.author.name).toBe("Test Author");
    const entries = await git.readTree(again.tree);
    entries[0]!.name = "changed";
    entries.pop();
    expect(await git.readTree(again.tree)).toEqual(lsTree(repo, fx.merge));
  });

  it("is safe to close twice and refuses work afterwards", async () => {
    const g = open(kind, repo.dir);
    expect((await g.readCommit(fx.c1)).oid).toBe(fx.c1);
    await g.close();
    await g.close();
    await expect(g.readCommit(fx.c1)).rejects.toThrow(GitError);
  });
});
