import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * What the files of a plain `.git` folder say about a ref, without starting git: its commit id, or
 * "missing" when it certainly does not exist, or undefined when only git can tell (a worktree or
 * submodule `.git` file, reftable storage, GIT_DIR set, a symbolic ref beyond HEAD, an odd value).
 * Starting git costs a process per question; `sms validate` asks a few on every run.
 */
export function refFromFiles(
  repoDir: string,
  ref: "HEAD" | `refs/${string}`,
  env: NodeJS.ProcessEnv = process.env,
): string | "missing" | undefined {
  if (env.GIT_DIR || env.GIT_COMMON_DIR || env.GIT_REF_STORAGE) return undefined;
  const gitdir = path.join(repoDir, ".git");
  try {
    if (!statSync(gitdir).isDirectory()) return undefined;
    if (existsSync(path.join(gitdir, "reftable")) || existsSync(path.join(gitdir, "commondir")))
      return undefined;
    let name: string = ref;
    if (ref === "HEAD") {
      const head = readFileSync(path.join(gitdir, "HEAD"), "utf8").trim();
      if (/^[0-9a-f]{40}$/.test(head)) return head;
      const m = /^ref: (refs\/heads\/[^\s]+)$/.exec(head);
      if (!m?.[1]) return undefined;
      name = m[1];
    }
    if (name.split("/").some((part) => part === ".." || part === "")) return undefined;
    const loose = path.join(gitdir, ...name.split("/"));
    if (existsSync(loose)) {
      const value = readFileSync(loose, "utf8").trim();
      return /^[0-9a-f]{40}$/.test(value) ? value : undefined;
    }
    const packedFile = path.join(gitdir, "packed-refs");
    if (!existsSync(packedFile)) return "missing";
    for (const line of readFileSync(packedFile, "utf8").split("\n")) {
      if (line.endsWith(` ${name}`)) {
        const oid = line.slice(0, line.indexOf(" "));
        return /^[0-9a-f]{40}$/.test(oid) ? oid : undefined;
      }
    }
    return "missing";
  } catch {
    return undefined;
  }
}

/** Whether a plain `.git` folder is a shallow clone (its `shallow` file lists commits); undefined: ask git. */
export function shallowFromFiles(repoDir: string, env: NodeJS.ProcessEnv = process.env): boolean | undefined {
  if (env.GIT_DIR || env.GIT_COMMON_DIR || env.GIT_SHALLOW_FILE) return undefined;
  const gitdir = path.join(repoDir, ".git");
  try {
    if (!statSync(gitdir).isDirectory() || existsSync(path.join(gitdir, "commondir"))) return undefined;
    const file = path.join(gitdir, "shallow");
    return existsSync(file) && readFileSync(file, "utf8").trim() !== "";
  } catch {
    return undefined;
  }
}
