import fs from "node:fs";
import path from "node:path";

/** The git directory of a work tree: `.git`, or where a `.git` file ("gitdir: …") points. */
export function gitDirOf(dir: string): string {
  const dotGit = path.join(dir, ".git");
  try {
    if (fs.statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, "utf8"));
      if (m?.[1]) return path.resolve(dir, m[1]);
    }
  } catch {
    // No .git at all: whoever opens the repository reports it on first use.
  }
  return dotGit;
}
