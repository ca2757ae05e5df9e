import { GitError } from "../errors.js";
import { isFullOid } from "./objects.js";
import type { CommitInfo, TreeEntry } from "./types.js";

/** A small least-recently-used map; git objects never change, so caching them by oid is always safe. */
export class Lru<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

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
    this.map.delete(key);
  }

  /** Stores a value, evicting the least recently used one beyond the limit. */
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
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
