import { spawn } from "node:child_process";
import { GitError } from "../errors.js";
import { firstLine, GIT_GLOBAL_ARGS, gitEnv, runGit } from "../git/process.js";
import { PEOPLE } from "./model.js";
import type { PlannedCommit } from "./plan.js";
import { gitOffset } from "./time.js";

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

/**
 * Writes planned commits onto `refs/heads/main` with one `git fast-import` process: git builds the
 * objects and packs them itself, which is far faster than one `git commit` per commit.
 */
export async function fastImport(dir: string, commits: Iterable<PlannedCommit>): Promise<void> {
  const child = spawn("git", [...GIT_GLOBAL_ARGS, "fast-import", "--quiet", "--done"], {
    cwd: dir,
    env: gitEnv(),
    stdio: ["pipe", "ignore", "pipe"],
  });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (c: Buffer) => stderr.push(c));
  const closed = new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? -1));
  });
  child.stdin.on("error", () => {});
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const ok = child.stdin.write(chunk.join(""));
    chunk = [];
    size = 0;
    if (!ok) await new Promise<void>((resolve) => child.stdin.once("drain", () => resolve()));
  };
  for (const c of commits) {
    const who = PEOPLE[c.author] ?? PEOPLE.ben!;
    const sig = `${who.name} <${who.email}> ${Math.floor(c.time / 1000)} ${gitOffset(c.time)}`;
    chunk.push(`commit refs/heads/main\nauthor ${sig}\ncommitter ${sig}\n${data(c.message)}`);
    for (const f of c.files) {
      const text = f.content();
      chunk.push(`M 100644 inline ${f.path}\n${data(text)}`);
      size += text.length;
    }
    chunk.push("\n");
    if (size > 1 << 20) await flush();
  }
  chunk.push("done\n");
  await flush();
  child.stdin.end();
  const code = await closed;
  if (code !== 0)
    throw new GitError(`git fast-import failed: ${firstLine(Buffer.concat(stderr).toString("utf8"))}`);
}

/** Fills the work tree and index from HEAD after an import. */
export async function checkoutHead(dir: string): Promise<void> {
  const out = await runGit(dir, ["reset", "-q", "--hard", "HEAD"]);
  if (out.code !== 0) throw new GitError(`git reset failed: ${firstLine(out.stderr)}`);
}
