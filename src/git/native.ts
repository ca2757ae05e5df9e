import path from "node:path";
import { GitError } from "../errors.js";
import { CatFileBatch, type RawGitObject } from "./cat-file.js";
import { type CommitChanges, changesFromRaw, recordPathFilter } from "./changes.js";
import { type ListCommitsOptions, logArgs, streamLog } from "./log.js";
import { ObjectBackend } from "./object-backend.js";
import { assertOidLike, unknownRevision } from "./objects.js";
import { firstLine, runGit } from "./process.js";
import { refFromFiles, shallowFromFiles } from "./refs-files.js";
import type { TreeWalkOptions } from "./tree.js";
import type { CommitInfo, GitBackend } from "./types.js";

/** GitBackend over the `git` binary: one `cat-file --batch` child serves every object read. */
export class NativeGit extends ObjectBackend implements GitBackend {
  readonly name = "native" as const;
  readonly dir: string;
  private readonly batch: CatFileBatch;
  private commands = 0;

  constructor(dir: string) {
    super();
    this.dir = path.resolve(dir);
    this.batch = new CatFileBatch(this.dir);
  }

  /** Processes started so far (cat-file children plus one-shot commands), for diagnostics. */
  get spawnCount(): number {
    return this.batch.spawned + this.commands;
  }

  /** Pid of the long-lived cat-file child, if it is running. */
  get catFilePid(): number | undefined {
    return this.batch.pid;
  }

  /** Resolves a revision to a commit oid with `git rev-parse --verify --quiet REV^{commit}`. */
  async resolveCommit(rev: string): Promise<string> {
    // A leading dash would be read as an option; no revision starts with one.
    if (rev.length === 0 || rev.startsWith("-") || /[\s\0]/.test(rev)) throw unknownRevision(rev);
    // HEAD and branches are read from .git when its files answer plainly: no process to start.
    if (rev === "HEAD" || rev.startsWith("refs/heads/") || rev.startsWith("refs/remotes/")) {
      const known = refFromFiles(this.dir, rev as "HEAD" | `refs/${string}`);
      if (known === "missing") throw unknownRevision(rev);
      if (known !== undefined) return known;
    }
    const out = await this.git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
    if (out.code === 0) return out.stdout.trim();
    // --quiet silences "unknown revision"; what still reaches stderr as "error:" is a revision
    // naming a non-commit. Only "fatal:" means the repository itself is unusable.
    const ambiguous = /short (?:SHA1|object ID) ([0-9a-f]+) is ambiguous/.exec(out.stderr);
    if (ambiguous) throw new GitError(`git object id ${ambiguous[1]} is ambiguous`);
    if (!/^fatal:/m.test(out.stderr)) throw unknownRevision(rev);
    throw new GitError(`cannot resolve ${JSON.stringify(rev)}: ${firstLine(out.stderr)}`);
  }

  /** Reads many blobs; all requests are pipelined into the one child. */
  async readBlobs(oids: readonly string[]): Promise<Map<string, Uint8Array>> {
    const unique = [...new Set(oids)];
    const blobs = await Promise.all(unique.map((oid) => this.readBlob(oid)));
    return new Map(unique.map((oid, i) => [oid, blobs[i]!]));
  }

  /** Streams head's first-parent chain, oldest first, from one `git log` process. */
  async *listCommits(head: string, opts: ListCommitsOptions = {}): AsyncGenerator<CommitInfo> {
    const oid = await this.resolveCommit(head);
    if (opts.after !== undefined) assertOidLike(opts.after);
    this.commands++;
    for await (const logged of streamLog(this.dir, logArgs(oid, opts.after, false))) yield logged.commit;
  }

  /** Streams the chain with record changes; git computes the diffs in the same `git log` process. */
  async *listChanges(
    head: string,
    folders: readonly string[],
    opts: ListCommitsOptions & TreeWalkOptions = {},
  ): AsyncGenerator<CommitChanges> {
    const oid = await this.resolveCommit(head);
    if (opts.after !== undefined) assertOidLike(opts.after);
    const isRecord = recordPathFilter(folders, opts);
    this.commands++;
    for await (const logged of streamLog(this.dir, logArgs(oid, opts.after, true))) {
      yield { commit: logged.commit, changes: changesFromRaw(logged.raw, isRecord) };
    }
  }

  /** True for a shallow clone: from .git/shallow, or `git rev-parse --is-shallow-repository`. */
  async isShallow(): Promise<boolean> {
    const known = shallowFromFiles(this.dir);
    if (known !== undefined) return known;
    const out = await this.git(["rev-parse", "--is-shallow-repository"]);
    if (out.code !== 0) throw new GitError(`cannot inspect ${this.dir}: ${firstLine(out.stderr)}`);
    return out.stdout.trim() === "true";
  }

  /** Ends the cat-file child. */
  async close(): Promise<void> {
    this.parsed.close();
    await this.batch.close();
  }

  protected readObject(oid: string): Promise<RawGitObject> {
    assertOidLike(oid);
    return this.batch.read(oid);
  }

  private git(args: string[]) {
    this.commands++;
    return runGit(this.dir, args);
  }
}
