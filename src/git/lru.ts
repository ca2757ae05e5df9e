import { GitError } from "../errors.js";
import { isFullOid } from "./objects.js";
import type { CommitInfo, TreeEntry } from "./types.js";

/**
 * A small least-recently-used map; git objects never change, so caching them by oid is always safe.
 * Bounded by a count and, with `weigh`, by a total weight (bytes, say): wide folders make single
 * trees large, and a count alone would let a few hundred of them fill the memory.
 */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  private weight = 0;

  constructor(
    private readonly max: number,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
    private readonly weigh: (value: V) => number = () => 0,
  ) {}

  /** The cached value, marked as most recently used. */
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** Forgets a key. */
  delete(key: string): void {
    const value = this.map.get(key);
    if (value === undefined) return;
    this.map.delete(key);
    this.weight -= this.weigh(value);
  }

  /** Stores a value, evicting the least recently used ones beyond the limits. */
  set(key: string, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh(value);
    while (this.map.size > this.max || (this.weight > this.maxWeight && this.map.size > 1)) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }
}

/**
 * Parsed trees and commits by oid, shared by both backends. History replay reads each tree twice
 * (as the new side of one commit's diff and the old side of the next), so this halves the reads.
 * Callers get copies, so nobody can corrupt what another caller will be given.
 */
export class ParsedObjectCache {
  private trees: Lru<Promise<readonly TreeEntry[]>>;
  private commits: Lru<Promise<CommitInfo>>;
  private closed = false;

  constructor(trees = 4096, commits = 1024) {
    this.trees = new Lru(trees);
    this.commits = new Lru(commits);
  }

  /** A tree's entries, loaded once per oid while cached. */
  async tree(oid: string, load: () => Promise<TreeEntry[]>): Promise<TreeEntry[]> {
    const entries = await this.through(this.trees, oid, load);
    return entries.map((e) => ({ ...e }));
  }

  /** A commit, loaded once per oid while cached. */
  async commit(oid: string, load: () => Promise<CommitInfo>): Promise<CommitInfo> {
    const c = await this.through(this.commits, oid, load);
    return { ...c, parents: [...c.parents], author: { ...c.author }, committer: { ...c.committer } };
  }

  /** Drops everything; later reads fail as they would on a closed backend. */
  close(): void {
    this.closed = true;
    this.trees = new Lru(0);
    this.commits = new Lru(0);
  }

  private through<V>(lru: Lru<Promise<V>>, oid: string, load: () => Promise<V>): Promise<V> {
    if (this.closed) return Promise.reject(new GitError("git backend is closed"));
    // Abbreviated oids could name different objects as the repository grows; never cache them.
    if (!isFullOid(oid)) return load();
    let pending = lru.get(oid);
    if (!pending) {
      pending = load();
      lru.set(oid, pending);
      pending.catch(() => lru.delete(oid));
    }
    return pending;
  }
}
