import fs from "node:fs";
import path from "node:path";
import { GitError } from "../errors.js";
import { IsomorphicGit } from "./isomorphic.js";
import { NativeGit } from "./native.js";
import type { GitBackend } from "./types.js";

/** Which implementation to use; "auto" means native when git is installed. */
export type BackendChoice = "native" | "isomorphic" | "auto";

/** Options of openGit. */
export interface OpenGitOptions {
  backend?: BackendChoice;
  /** Look in parent folders for the repository root, like git does (default true). */
  searchParents?: boolean;
  /** Environment to read SMS_GIT_BACKEND and PATH from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

const CHOICES: readonly BackendChoice[] = ["native", "isomorphic", "auto"];

/** The nearest folder at or above `dir` holding a `.git` folder or file, or undefined. */
export function findRepoRoot(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(current, ".git"))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** True when an executable `git` is on the PATH of `env`. */
export function hasGitBinary(env: NodeJS.ProcessEnv = process.env): boolean {
  const names =
    process.platform === "win32"
      ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").map((ext) => `git${ext.toLowerCase()}`)
      : ["git"];
  for (const folder of (env.PATH ?? "").split(path.delimiter)) {
    if (!folder) continue;
    for (const name of names) {
      try {
        fs.accessSync(path.join(folder, name), fs.constants.X_OK);
        if (fs.statSync(path.join(folder, name)).isFile()) return true;
      } catch {
        // Not here; keep looking.
      }
    }
  }
  return false;
}

/** Picks the backend: SMS_GIT_BACKEND wins over the option, and "auto" prefers native git. */
export function chooseBackend(
  requested: BackendChoice | undefined,
  env: NodeJS.ProcessEnv,
): "native" | "isomorphic" {
  const fromEnv = env.SMS_GIT_BACKEND?.trim();
  if (fromEnv && !CHOICES.includes(fromEnv as BackendChoice)) {
    throw new GitError(`SMS_GIT_BACKEND must be native, isomorphic or auto, not ${JSON.stringify(fromEnv)}`);
  }
  const choice = (fromEnv as BackendChoice | undefined) || requested || "auto";
  if (choice === "auto") return hasGitBinary(env) ? "native" : "isomorphic";
  if (choice === "native" && !hasGitBinary(env)) {
    throw new GitError(
      "the native git backend needs the `git` program on PATH; set SMS_GIT_BACKEND=isomorphic",
    );
  }
  return choice;
}

/** Opens the repository containing `dir` with the chosen backend; throws GitError outside a repository. */
export function openGit(dir: string, opts: OpenGitOptions = {}): GitBackend {
  const env = opts.env ?? process.env;
  const wanted = path.resolve(dir);
  const root =
    opts.searchParents === false
      ? fs.existsSync(path.join(wanted, ".git"))
        ? wanted
        : undefined
      : findRepoRoot(wanted);
  if (!root) throw new GitError(`${wanted} is not a git repository; run \`sms init\` or \`git init\` first`);
  return chooseBackend(opts.backend, env) === "native" ? new NativeGit(root) : new IsomorphicGit(root);
}
