import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

// Inside vitest other handles keep node alive, so the event-loop behaviour of the cat-file child
// (unref'd when idle, ref'd while closing) can only be seen from a separate plain node process.
const nativeSource = fileURLToPath(new URL("../../src/git/native.ts", import.meta.url));
let outDir: string;
let repo: TempRepo;

beforeAll(async () => {
  outDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-git-life-")));
  repo = makeTempRepo();
  repo.write("a.md", "hello\n").commit("a");
  for (const [name, close] of [
    ["closes", true],
    ["forgets", false],
  ] as const) {
    const script = [
      `import { NativeGit } from ${JSON.stringify(nativeSource)};`,
      "const git = new NativeGit(process.argv[2]);",
      'const c = await git.readCommit(await git.resolveCommit("HEAD"));',
      "const t = await git.readTree(c.tree);",
      "const b = await git.readBlob(t[0].oid);",
      close ? "await git.close();" : "",
      'process.stdout.write(new TextDecoder().decode(b) + "after\\n");',
    ].join("\n");
    await build({
      stdin: { contents: script, resolveDir: outDir, loader: "ts" },
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: path.join(outDir, `${name}.mjs`),
      logLevel: "silent",
    });
  }
});
afterAll(() => {
  cleanupRepos();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe("NativeGit child lifecycle in a plain node process", () => {
  for (const [name, what] of [
    ["closes", "calls close()"],
    ["forgets", "never calls close()"],
  ]) {
    it(`runs to the end and exits when the script ${what}`, () => {
      const out = execFileSync(process.execPath, [path.join(outDir, `${name}.mjs`), repo.dir], {
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(out).toBe("hello\nafter\n");
    });
  }
});
