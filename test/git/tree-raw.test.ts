import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsomorphicGit } from "../../src/git/isomorphic.js";
import { NativeGit } from "../../src/git/native.js";
import { diffTrees } from "../../src/git/tree.js";
import { diffTreesRaw } from "../../src/git/tree-raw.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

let repo: TempRepo;
let trees: string[];

/** A seeded sequence of edits in wide and nested record folders, with names that sort awkwardly. */
beforeAll(() => {
  repo = makeTempRepo("sms-tree-raw-");
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const names = ["a", "a.md", "a-b.md", "a0.md", "b.md", "README.md", "z.txt", "Ä.md", "x y.md"];
  for (let i = 0; i < 300; i++) repo.write(`incidents/INC-${String(i).padStart(4, "0")}.md`, `v0 ${i}\n`);
  repo.write("changes/a.md", "file\n").write("docs/x.md", "not a record\n");
  repo.commit("base", { date: "2026-01-01T00:00:00Z" });
  for (let c = 1; c <= 40; c++) {
    const op = rnd(7);
    const i = rnd(320);
    const file = `incidents/INC-${String(i).padStart(4, "0")}.md`;
    if (op === 0) repo.remove(file);
    else if (op === 1)
      repo.write(
        `incidents/2026/${String(1 + rnd(3)).padStart(2, "0")}/${names[rnd(names.length)]}`,
        `n ${c}\n`,
      );
    else if (op === 2)
      repo.remove("changes").write(`changes/${names[rnd(names.length)]}/inner.md`, `dir ${c}\n`);
    else if (op === 3) repo.remove("changes").write(`changes/${names[rnd(names.length)]}`, `file ${c}\n`);
    else if (op === 4) repo.write("docs/x.md", `still not ${c}\n`);
    else repo.write(file, `v${c} ${i}\n`);
    repo.commit(`c${c}`, { date: `2026-01-02T00:${String(c).padStart(2, "0")}:00Z`, allowEmpty: true });
  }
  repo.git("update-index", "--chmod=+x", "incidents/INC-0001.md");
  repo.commit("mode", { date: "2026-01-03T00:00:00Z", allowEmpty: true });
  trees = repo.git("log", "--reverse", "--format=%T").split("\n");
});
afterAll(() => cleanupRepos());

describe.each(["native", "isomorphic"] as const)("diffTreesRaw over the %s backend", (kind) => {
  it("reports exactly what diffTrees reports, commit after commit, folders and exclusions included", async () => {
    const git = kind === "native" ? new NativeGit(repo.dir) : new IsomorphicGit(repo.dir);
    try {
      const read = (oid: string) => git.readRawTree(oid);
      const cases = [
        { folders: ["incidents", "changes"] },
        { folders: ["incidents/2026"] },
        { folders: [""] },
        { folders: ["incidents"], exclude: (p: string) => p.startsWith("incidents/2026/02") },
        { folders: ["changes"], extensions: [".md", ".txt"] },
      ];
      let changes = 0;
      for (const { folders, ...opts } of cases) {
        for (let i = 0; i < trees.length; i++) {
          const before = i === 0 ? null : trees[i - 1]!;
          const expected = await diffTrees(git, before, trees[i], folders, opts);
          expect(await diffTreesRaw(read, before, trees[i], folders, opts), `${folders} @${i}`).toEqual(
            expected,
          );
          changes += expected.length;
        }
        // Backwards too: every addition becomes a deletion.
        const last = trees[trees.length - 1]!;
        expect(await diffTreesRaw(read, last, trees[0], folders, opts)).toEqual(
          await diffTrees(git, last, trees[0], folders, opts),
        );
      }
      expect(changes).toBeGreaterThan(300);
    } finally {
      await git.close();
    }
  });
});
