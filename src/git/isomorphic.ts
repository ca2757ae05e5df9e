import fs from "node:fs";
import path from "node:path";
import { GitError } from "../errors.js";
import { type CommitChanges, changesByTreeDiff } from "./changes.js";
import { gitDirOf } from "./gitdir.js";
import type { ListCommitsOptions } from "./log.js";
import { ObjectBackend } from "./object-backend.js";
import { assertOidLike, isFullOid, missingObject, parseTagTarget, unknownRevision } from "./objects.js";
import { PackReader } from "./packs.js";
import { parseRevision } from "./revision.js";
import type { TreeWalkOptions } from "./tree.js";
import type { CommitInfo, GitBackend } from "./types.js";

interface RawObject {
  oid: string;
  type: string;
  bytes: Uint8Array;
}

const BLOB_CONCURRENCY = 16;

function errorCode(err: unknown): string | undefined {
  return (err as { code?: string } | undefined)?.code;
}

// Loaded on first use: native git serves most runs, and the library is a large part of the bundle.
let lib: Promise<typeof import("isomorphic-git").default> | undefined;
function isoGit(): Promise<typeof import("isomorphic-git").default> {
  lib ??= import("isomorphic-git").then((m) => m.default);
  return lib;
}

/** GitBackend over isomorphic-git; one shared cache keeps packfile indexes parsed across calls. */
export class IsomorphicGit extends ObjectBackend implements GitBackend {
  readonly name = "isomorphic" as const;
  readonly dir: string;
  readonly gitdir: string;
  // isomorphic-git stores parsed pack indexes here; without sharing it every read re-reads them.
  private readonly cache: object = {};
  private readonly packs: PackReader;
  private closed = false;

  constructor(dir: string, gitdir?: string) {
    super();
    this.dir = path.resolve(dir);
    this.gitdir = gitdir ? path.resolve(gitdir) : gitDirOf(this.dir);
    this.packs = new PackReader(this.gitdir);
  }

  /** Resolves HEAD, branches, tags, full or short oids, with `~N`, `^N` and `^{commit}` suffixes. */
  async resolveCommit(rev: string): Promise<string> {
    const parsed = parseRevision(rev);
    if (!parsed) throw unknownRevision(rev);
    let oid = await this.peelToCommit(await this.resolveBase(parsed.base, rev), rev);
    if (parsed.steps.length === 0) return oid;
    // Like git, treat the boundary commits of a shallow clone as having no parents.
    const boundary = await this.shallowBoundary();
    for (const step of parsed.steps) {
      if (step.kind === "peel") continue;
      if (step.kind === "parent" && step.n === 0) continue;
      const hops = step.kind === "ancestor" ? step.n : 1;
      const index = step.kind === "parent" ? step.n - 1 : 0;
      for (let i = 0; i < hops; i++) {
        const parents = boundary.has(oid) ? [] : (await this.readCommit(oid)).parents;
        const next = parents[i === hops - 1 ? index : 0];
        if (!next) throw unknownRevision(rev);
        oid = next;
      }
    }
    return this.peelToCommit(oid, rev);
  }

  /** Reads many blobs with bounded concurrency, so loose objects do not exhaust file handles. */
  async readBlobs(oids: readonly string[]): Promise<Map<string, Uint8Array>> {
    const unique = [...new Set(oids)];
    const out = new Map<string, Uint8Array>();
    let next = 0;
    const worker = async () => {
      while (next < unique.length) {
        const oid = unique[next++]!;
        out.set(oid, await this.readBlob(oid));
      }
    };
    await Promise.all(Array.from({ length: Math.min(BLOB_CONCURRENCY, unique.length) }, worker));
    // Same order as the request, like the native backend.
    return new Map(unique.map((oid) => [oid, out.get(oid)!]));
  }

  /** Walks head's first parents back to the root (or `after`), then yields them oldest first. */
  async *listCommits(head: string, opts: ListCommitsOptions = {}): AsyncGenerator<CommitInfo> {
    if (opts.after !== undefined) assertOidLike(opts.after);
    const boundary = await this.shallowBoundary();
    const chain: CommitInfo[] = [];
    let oid: string | undefined = await this.resolveCommit(head);
    const seen = new Set<string>();
    while (oid !== undefined && oid !== opts.after) {
      // A commit graph has no cycles, but a corrupt or hostile one must not make this loop forever.
      if (seen.has(oid)) throw new GitError(`git history loops at commit ${oid}`);
      seen.add(oid);
      const commit = await this.readCommit(oid);
      chain.push(commit);
      // Like git, a shallow clone's boundary commits have no parents.
      oid = boundary.has(oid) ? undefined : commit.parents[0];
    }
    for (let i = chain.length - 1; i >= 0; i--) yield chain[i]!;
  }

  /** The chain with record changes, by diffing only the sub-trees whose ids changed. */
  listChanges(
    head: string,
    folders: readonly string[],
    opts: ListCommitsOptions & TreeWalkOptions = {},
  ): AsyncGenerator<CommitChanges> {
    return changesByTreeDiff(this, head, folders, opts);
  }

  /** True when `.git/shallow` lists at least one boundary commit. */
  async isShallow(): Promise<boolean> {
    return (await this.shallowBoundary()).size > 0;
  }

  /** Releases the caches and open pack files; later calls fail like the native backend's. */
  async close(): Promise<void> {
    this.parsed.close();
    this.packs.close();
    this.closed = true;
  }

  /** Commits listed in `.git/shallow`, read afresh because a fetch may deepen the clone. */
  private async shallowBoundary(): Promise<Set<string>> {
    try {
      const text = await fs.promises.readFile(path.join(this.gitdir, "shallow"), "utf8");
      return new Set(
        text
          .split("\n")
          .filter((l) => isFullOid(l.trim()))
          .map((l) => l.trim()),
      );
    } catch (err) {
      if (errorCode(err) === "ENOENT") return new Set();
      throw new GitError(`cannot read ${this.gitdir}/shallow: ${(err as Error).message}`, { cause: err });
    }
  }

  private async resolveBase(base: string, rev: string): Promise<string> {
    if (isFullOid(base)) return base;
    try {
      return await (await isoGit()).resolveRef({ fs, dir: this.dir, gitdir: this.gitdir, ref: base });
    } catch (err) {
      if (errorCode(err) !== "NotFoundError") throw this.wrap(err, rev);
    }
    // Git prefers a ref over an abbreviated oid with the same spelling; so do we.
    if (/^[0-9a-f]{4,63}$/.test(base)) return this.expand(base, () => unknownRevision(rev));
    throw unknownRevision(rev);
  }

  private async peelToCommit(oid: string, rev: string): Promise<string> {
    let current = oid;
    for (let depth = 0; depth < 16; depth++) {
      let obj: RawObject;
      try {
        obj = await this.readRaw(current);
      } catch {
        throw unknownRevision(rev);
      }
      if (obj.type === "commit") return obj.oid;
      if (obj.type !== "tag") throw unknownRevision(rev);
      current = parseTagTarget(obj.oid, obj.bytes);
    }
    throw unknownRevision(rev);
  }

  private async expand(short: string, notFound: () => GitError): Promise<string> {
    try {
      return await (await isoGit()).expandOid({
        fs,
        dir: this.dir,
        gitdir: this.gitdir,
        oid: short,
        cache: this.cache,
      });
    } catch (err) {
      if (errorCode(err) === "AmbiguousError") throw new GitError(`git object id ${short} is ambiguous`);
      if (errorCode(err) === "NotFoundError") throw notFound();
      throw this.wrap(err, short);
    }
  }

  private async readRaw(oid: string): Promise<RawObject> {
    if (this.closed) throw new GitError("git backend is closed");
    assertOidLike(oid);
    const full = isFullOid(oid) ? oid : await this.expand(oid, () => missingObject(oid));
    // Packs and loose files read with Node's zlib; isomorphic-git handles whatever that cannot.
    const direct = this.packs.read(full);
    if (direct) return { oid: direct.oid, type: direct.type, bytes: new Uint8Array(direct.bytes) };
    try {
      const res = await (await isoGit()).readObject({
        fs,
        dir: this.dir,
        gitdir: this.gitdir,
        oid: full,
        format: "content",
        cache: this.cache,
      });
      if (res.format !== "content") throw new GitError(`git object ${oid} could not be inflated`);
      // Copy: isomorphic-git may keep the buffer in its cache, and callers may write to theirs.
      return { oid: res.oid, type: res.type, bytes: new Uint8Array(res.object) };
    } catch (err) {
      if (errorCode(err) === "NotFoundError") throw missingObject(oid);
      throw this.wrap(err, oid);
    }
  }

  protected readObject(oid: string): Promise<RawObject> {
    return this.readRaw(oid);
  }

  private wrap(err: unknown, what: string): GitError {
    if (err instanceof GitError) return err;
    const msg = ((err as Error | undefined)?.message ?? String(err)).split("\n")[0];
    return new GitError(`git read of ${what} failed in ${this.dir}: ${msg}`, { cause: err });
  }
}
