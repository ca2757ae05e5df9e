import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { refFromFiles, shallowFromFiles } from "../../src/git/refs-files.js";
import { cleanupRepos, makeTempRepo } from "../helpers/git-repo.js";

afterAll(() => cleanupRepos());

const env = {};

describe("refs read from the files of .git, agreeing with git", () => {
  it("reads HEAD and branches loose and packed, detached HEAD, and knows a missing branch", () => {
    const repo = makeTempRepo("sms-refs-");
    repo.write("a.md", "a\n").commit("one", { date: "2026-01-01T00:00:00Z" });
    const first = repo.git("rev-parse", "HEAD");
    expect(refFromFiles(repo.dir, "HEAD", env)).toBe(first);
    expect(refFromFiles(repo.dir, "refs/heads/main", env)).toBe(first);
    expect(refFromFiles(repo.dir, "refs/heads/nope", env)).toBe("missing");
    repo.git("pack-refs", "--all");
    expect(refFromFiles(repo.dir, "HEAD", env)).toBe(first);
    repo.write("b.md", "b\n").commit("two", { date: "2026-01-02T00:00:00Z" });
    // A new loose ref beside its older packed value: the loose one is current, as git says.
    expect(refFromFiles(repo.dir, "HEAD", env)).toBe(repo.git("rev-parse", "HEAD"));
    repo.git("checkout", "-q", "--detach", first);
    expect(refFromFiles(repo.dir, "HEAD", env)).toBe(first);
  });

  it("leaves it to git when .git is a file (a worktree), GIT_DIR is set, or a ref is odd", () => {
    const repo = makeTempRepo("sms-refs-");
    repo.write("a.md", "a\n").commit("one", { date: "2026-01-01T00:00:00Z" });
    const wt = `${repo.dir}-wt`;
    repo.git("worktree", "add", "-q", wt);
    expect(refFromFiles(wt, "HEAD", env)).toBeUndefined();
    expect(shallowFromFiles(wt, env)).toBeUndefined();
    expect(refFromFiles(repo.dir, "HEAD", { GIT_DIR: "/elsewhere" })).toBeUndefined();
    writeFileSync(path.join(repo.dir, ".git", "refs", "heads", "odd"), "ref: refs/heads/main\n");
    expect(refFromFiles(repo.dir, "refs/heads/odd", env)).toBeUndefined();
    rmSync(wt, { recursive: true, force: true });
  });

  it("tells a shallow clone from a full one", () => {
    const repo = makeTempRepo("sms-refs-");
    for (let i = 0; i < 3; i++)
      repo.write("a.md", `${i}\n`).commit(`c${i}`, { date: "2026-01-01T00:00:00Z" });
    expect(shallowFromFiles(repo.dir, env)).toBe(false);
    const shallow = repo.shallowClone();
    expect(shallow.git("rev-parse", "--is-shallow-repository")).toBe("true");
    expect(shallowFromFiles(shallow.dir, env)).toBe(true);
  });
});
