import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitError } from "../../src/errors.js";
import { chooseBackend, findRepoRoot, hasGitBinary, openGit } from "../../src/git/open.js";
import { parseRevision } from "../../src/git/revision.js";
import { cleanupRepos, makeTempRepo } from "../helpers/git-repo.js";

const scratch: string[] = [];
afterAll(() => {
  cleanupRepos();
  for (const d of scratch) fs.rmSync(d, { recursive: true, force: true });
});

function plainDir(): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-nogit-")));
  scratch.push(d);
  return d;
}

describe("openGit", () => {
  it("opens the repository root from a sub-folder with either backend", async () => {
    const repo = makeTempRepo();
    repo.write("incidents/2026/a.md", "a");
    const head = repo.commit("a");
    for (const backend of ["native", "isomorphic", "auto"] as const) {
      const git = openGit(path.join(repo.dir, "incidents/2026"), {
        backend,
        env: { PATH: process.env.PATH },
      });
      expect(git.dir).toBe(repo.dir);
      expect(git.name).toBe(backend === "isomorphic" ? "isomorphic" : "native");
      expect(await git.resolveCommit("HEAD")).toBe(head);
      await git.close();
    }
    expect(findRepoRoot(path.join(repo.dir, "incidents"))).toBe(repo.dir);
  });

  it("refuses a folder outside any repository with a hint", () => {
    const dir = plainDir();
    expect(() => openGit(dir, { searchParents: false })).toThrow(
      new GitError(`${dir} is not a git repository; run \`sms init\` or \`git init\` first`),
    );
  });

  it("lets SMS_GIT_BACKEND override the option", () => {
    const repo = makeTempRepo();
    const git = openGit(repo.dir, { backend: "native", env: { SMS_GIT_BACKEND: "isomorphic" } });
    expect(git.name).toBe("isomorphic");
    expect(() => chooseBackend("auto", { SMS_GIT_BACKEND: "libgit2" })).toThrow(GitError);
  });

  it("falls back to isomorphic-git when git is not on PATH", () => {
    const empty = plainDir();
    expect(hasGitBinary({ PATH: empty })).toBe(false);
    expect(hasGitBinary(process.env)).toBe(true);
    expect(chooseBackend("auto", { PATH: empty })).toBe("isomorphic");
    expect(chooseBackend(undefined, { PATH: process.env.PATH })).toBe("native");
    expect(() => chooseBackend("native", { PATH: empty })).toThrow(/SMS_GIT_BACKEND=isomorphic/);
  });
});

describe("parseRevision", () => {
  it("splits a base from ~N, ^N and ^{commit} steps", () => {
    expect(parseRevision("HEAD~2^2^{commit}")).toEqual({
      base: "HEAD",
      steps: [{ kind: "ancestor", n: 2 }, { kind: "parent", n: 2 }, { kind: "peel" }],
    });
    expect(parseRevision("@^")).toEqual({ base: "HEAD", steps: [{ kind: "parent", n: 1 }] });
    expect(parseRevision("refs/tags/v1.0~")).toEqual({
      base: "refs/tags/v1.0",
      steps: [{ kind: "ancestor", n: 1 }],
    });
  });

  it("rejects syntax it does not support and names git forbids", () => {
    for (const rev of [
      "",
      "~1",
      "HEAD@{1}",
      "HEAD:path",
      "a..b",
      "../x",
      "/etc",
      "main^{tree}",
      "x.lock",
      "-n",
    ]) {
      expect(parseRevision(rev), rev).toBeUndefined();
    }
  });
});
