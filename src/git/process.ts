import { spawn } from "node:child_process";
import { GitError } from "../errors.js";

/** Outcome of one finished git command. */
export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Global options that keep git quiet, non-interactive and byte-faithful in file names. */
export const GIT_GLOBAL_ARGS: readonly string[] = ["--no-pager", "-c", "core.quotepath=off"];

/** The environment git children run with: never prompt, never page, and honour the cwd we give. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", PAGER: "cat" };
  // Inherited from a hook or an outer git, these would point us at another repository than `dir`.
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return env;
}

/** Turns a spawn failure into a GitError; ENOENT means there is no git binary. */
export function spawnFailure(err: unknown): GitError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return new GitError("the `git` program was not found on PATH", { cause: err });
  return new GitError(`could not run git: ${(err as Error | undefined)?.message ?? String(err)}`, {
    cause: err,
  });
}

/** Runs one short git command in `cwd` (optionally fed `input`) and collects its output; rejects only if git cannot start. */
export function runGit(
  cwd: string,
  args: readonly string[],
  opts: { input?: Uint8Array | string; env?: NodeJS.ProcessEnv } = {},
): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...GIT_GLOBAL_ARGS, ...args], {
      cwd,
      env: { ...gitEnv(), ...opts.env },
      stdio: [opts.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => out.push(c));
    child.stderr?.on("data", (c: Buffer) => err.push(c));
    child.on("error", (e) => reject(spawnFailure(e)));
    child.on("close", (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    if (child.stdin) {
      // git may exit before reading all of its input; that is reported by its exit code, not here.
      child.stdin.on("error", () => undefined);
      child.stdin.end(opts.input);
    }
  });
}

/** First non-empty line of git's stderr, for one-line error messages. */
export function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? "git failed"
  );
}
