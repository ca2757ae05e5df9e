import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gitDirOf } from "../git/gitdir.js";
import { findRepoRoot } from "../git/open.js";

const ids = new Map<string, string>();

/**
 * The folder for this clone's caches: `.sms/cache/<id>`, where the id is a random secret kept in
 * the repository's `.git` folder. A pull request can commit files under `.sms/cache` (a forged parse
 * or history cache would change what the checks see), but it cannot write into `.git` nor guess
 * the id, so caches it planted are never read. A folder outside git has no such visitors.
 */
export function cacheDir(repoDir: string): string {
  return path.join(repoDir, ".sms", "cache", cacheId(path.resolve(repoDir)));
}

function cacheId(repoDir: string): string {
  const known = ids.get(repoDir);
  if (known) return known;
  const id = readOrCreateId(gitFolder(repoDir));
  ids.set(repoDir, id);
  return id;
}

/** The git folder of the repository holding `dir` (following a worktree's `.git` file), if any. */
function gitFolder(dir: string): string | undefined {
  const root = findRepoRoot(dir);
  return root ? gitDirOf(root) : undefined;
}

function readOrCreateId(gitdir: string | undefined): string {
  if (!gitdir) return "local";
  const file = path.join(gitdir, "sms-cache-id");
  const read = () => {
    const text = readFileSync(file, "utf8").trim();
    return /^[0-9a-f]{32}$/.test(text) ? text : undefined;
  };
  try {
    const id = read();
    if (id) return id;
  } catch {
    // Not made yet.
  }
  const fresh = randomBytes(16).toString("hex");
  try {
    writeFileSync(file, `${fresh}\n`, { flag: "wx" });
    return fresh;
  } catch {
    // Another run made it first, or .git is read-only: then caches last for this run only.
    try {
      return read() ?? fresh;
    } catch {
      return fresh;
    }
  }
}
