import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Who and when, for one commit. Dates are anything git accepts, e.g. "2026-03-06T15:00:00+01:00". */
export interface CommitOptions {
  authorName?: string;
  authorEmail?: string;
  date?: string;
  /** Defaults to `date`. */
  committerDate?: string;
  committerName?: string;
  committerEmail?: string;
  allowEmpty?: boolean;
}

const made = new Set<string>();

// Isolate tests from the developer's ~/.gitconfig (signing, hooks, default branch, autocrlf).
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
  };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return env;
}

/** A throw-away git repository in the temp folder, driven by the real `git` binary. */
export class TempRepo {
  private constructor(readonly dir: string) {}

  /** Makes an empty repository on branch `main`. */
  static create(prefix = "sms-git-"): TempRepo {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    made.add(dir);
    const repo = new TempRepo(dir);
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "core.autocrlf", "false");
    repo.git("config", "core.symlinks", "true");
    return repo;
  }

  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string {
    return this.gitEnv({}, ...args);
  }

  /** Runs git with extra environment variables. */
  gitEnv(env: NodeJS.ProcessEnv, ...args: string[]): string {
    return execFileSync("git", args, {
      cwd: this.dir,
      env: { ...baseEnv(), ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  }

  /** Writes a file (creating folders) with text or exact bytes. */
  write(file: string, content: string | Uint8Array): this {
    const full = path.join(this.dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    return this;
  }

  /** Creates a symlink at `file` pointing at `target`. */
  symlink(file: string, target: string): this {
    const full = path.join(this.dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.symlinkSync(target, full);
    return this;
  }

  /** Deletes a file or folder from the work tree. */
  remove(file: string): this {
    fs.rmSync(path.join(this.dir, file), { recursive: true, force: true });
    return this;
  }

  /** Adds a gitlink (submodule entry) at `file` pointing at commit `oid`, without a real submodule. */
  gitlink(file: string, oid: string): this {
    this.git("update-index", "--add", "--cacheinfo", `160000,${oid},${file}`);
    // An empty folder is how git sees an unpopulated submodule; without it `add -A` drops the entry.
    fs.mkdirSync(path.join(this.dir, file), { recursive: true });
    return this;
  }

  /** Stages everything and commits; returns the new commit oid. */
  commit(message: string, opts: CommitOptions = {}): string {
    this.git("add", "-A");
    this.gitEnv(
      this.commitEnv(opts),
      "commit",
      "-q",
      "--no-verify",
      ...(opts.allowEmpty ? ["--allow-empty"] : []),
      "-m",
      message,
    );
    return this.git("rev-parse", "HEAD");
  }

  /** Merges `branch` into the current branch with a merge commit; returns its oid. */
  merge(branch: string, message: string, opts: CommitOptions = {}): string {
    this.gitEnv(this.commitEnv(opts), "merge", "-q", "--no-ff", "--no-verify", "-m", message, branch);
    return this.git("rev-parse", "HEAD");
  }

  /** Switches branch, creating it when `create` is set. */
  switch(branch: string, create = false): this {
    this.git("switch", "-q", ...(create ? ["-c"] : []), branch);
    return this;
  }

  /** Creates a lightweight tag, or an annotated one when a message is given. */
  tag(name: string, message?: string, rev = "HEAD"): this {
    if (message) this.gitEnv(this.commitEnv({}), "tag", "-a", name, "-m", message, rev);
    else this.git("tag", name, rev);
    return this;
  }

  /** Moves every object into a packfile so backends must read packs. */
  gc(): this {
    this.git("gc", "-q", "--aggressive", "--prune=now");
    return this;
  }

  /** Copies the whole repository (work tree and .git) to a new temp folder. */
  copy(): TempRepo {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-git-copy-")));
    made.add(dir);
    fs.cpSync(this.dir, dir, { recursive: true, verbatimSymlinks: true });
    return new TempRepo(dir);
  }

  /** Clones with `--depth 1` over file:// so the clone is really shallow. */
  shallowClone(): TempRepo {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-git-shallow-")));
    made.add(dir);
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${this.dir}`, dir], {
      env: baseEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    return new TempRepo(dir);
  }

  /** Removes this repository's folder. */
  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
    made.delete(this.dir);
  }

  private commitEnv(opts: CommitOptions): NodeJS.ProcessEnv {
    const date = opts.date ?? "2026-01-01T12:00:00+00:00";
    return {
      GIT_AUTHOR_NAME: opts.authorName ?? "Test Author",
      GIT_AUTHOR_EMAIL: opts.authorEmail ?? "author@example.com",
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: opts.committerName ?? opts.authorName ?? "Test Author",
      GIT_COMMITTER_EMAIL: opts.committerEmail ?? opts.authorEmail ?? "author@example.com",
      GIT_COMMITTER_DATE: opts.committerDate ?? date,
    };
  }
}

/** Makes a temp repository; pair with cleanupRepos() in afterAll. */
export function makeTempRepo(prefix?: string): TempRepo {
  return TempRepo.create(prefix);
}

/** Removes every temp repository made so far. */
export function cleanupRepos(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  made.clear();
}
