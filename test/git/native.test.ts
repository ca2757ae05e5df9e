import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitError } from "../../src/errors.js";
import { NativeGit } from "../../src/git/native.js";
import { hashBlob } from "../../src/git/tree.js";
import { cleanupRepos, makeTempRepo } from "../helpers/git-repo.js";

afterAll(() => cleanupRepos());

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("NativeGit process use", () => {
  it("reads 200 blobs through one cat-file child and close() ends it", async () => {
    const repo = makeTempRepo();
    const expected = new Map<string, string>();
    for (let i = 0; i < 200; i++) {
      const body = `---\nid: INC-${i}\n---\n${"x".repeat(i * 50)}\n`;
      repo.write(`incidents/INC-${i}.md`, body);
      expected.set(hashBlob(new TextEncoder().encode(body)), body);
    }
    repo.commit("many");
    const git = new NativeGit(repo.dir);
    const blobs = await git.readBlobs([...expected.keys()]);
    expect(blobs.size).toBe(200);
    for (const [oid, body] of expected) expect(new TextDecoder().decode(blobs.get(oid)!)).toBe(body);
    // One at a time too, interleaved with tree and commit reads.
    const head = await git.resolveCommit("HEAD");
    const commit = await git.readCommit(head);
    const [incidents] = await git.readTree(commit.tree);
    const entries = await git.readTree(incidents!.oid);
    await Promise.all(entries.map((e) => git.readBlob(e.oid)));
    // One cat-file child; HEAD is read from .git, without a rev-parse.
    expect(git.spawnCount).toBe(1);
    const pid = git.catFilePid!;
    expect(alive(pid)).toBe(true);
    await git.close();
    expect(git.catFilePid).toBeUndefined();
    expect(alive(pid)).toBe(false);
  });

  it("handles a blob larger than one pipe chunk", async () => {
    const repo = makeTempRepo();
    const big = Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7) % 251);
    repo.write("big.bin", big);
    repo.commit("big");
    const git = new NativeGit(repo.dir);
    try {
      const small = hashBlob(new Uint8Array([1]));
      repo.write("one", new Uint8Array([1])).commit("one");
      const both = await git.readBlobs([hashBlob(big), small]);
      // Buffer.equals: vitest's deep equality walks 3 MB element by element and takes seconds.
      expect(Buffer.from(both.get(hashBlob(big))!).equals(big)).toBe(true);
      expect(both.get(small)).toEqual(new Uint8Array([1]));
    } finally {
      await git.close();
    }
  });

  it("does not start a child before the first object read", async () => {
    const repo = makeTempRepo();
    repo.write("a.md", "a").commit("a");
    const git = new NativeGit(repo.dir);
    expect(await git.isShallow()).toBe(false);
    expect(git.catFilePid).toBeUndefined();
    await git.close();
  });

  it("reports an empty repository's HEAD as unknown", async () => {
    const repo = makeTempRepo();
    const git = new NativeGit(repo.dir);
    await expect(git.resolveCommit("HEAD")).rejects.toThrow('unknown git revision "HEAD"');
    await git.close();
  });

  it("turns git's fatal errors outside a repository into one-line GitErrors", async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-nogit-")));
    const git = new NativeGit(dir);
    try {
      for (const attempt of [
        () => git.resolveCommit("HEAD"),
        () => git.readBlob("abcd"),
        () => git.isShallow(),
      ]) {
        const err = await attempt().catch((e: unknown) => e);
        expect(err).toBeInstanceOf(GitError);
        expect((err as Error).message).toMatch(/not a git repository/);
        expect((err as Error).message).not.toContain("\n");
      }
    } finally {
      await git.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
