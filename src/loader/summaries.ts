import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RecordSummary } from "../validate/summary.js";
import type { FileStat } from "./worktree.js";

/** Bump when the shape of summaries changes, so old caches are ignored. */
const FORMAT = 1;

/**
 * A file written this close to a scan may change again within the file system's timestamp
 * resolution (2 s on some) without its stat changing; such files are read again next time.
 */
const RACY_MS = 2000;

interface Entry extends FileStat {
  /** When the run that read the file started scanning (ms since the epoch). */
  scan: number;
  summary: RecordSummary;
}

/**
 * Validation summaries of working-tree files by path, trusted while the file's size, times and inode
 * are unchanged (the way git's index trusts a stat). With it, `sms validate` after a small edit reads
 * and checks only the edited files; rules across records still run over every summary.
 */
export class SummaryCache {
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  private dirty = false;
  private constructor(
    private readonly file: string | undefined,
    private readonly key: string,
    private readonly scan: number,
  ) {}

  /**
   * Opens `.sms/cache/summaries.json` of a repository. `key` names everything the summaries depend on
   * besides the file (engine, configuration, today's date); a cache made under another key starts empty.
   * `scanStartedMs` is the time the caller starts looking at files.
   */
  static async open(repoDir: string | undefined, key: string, scanStartedMs: number): Promise<SummaryCache> {
    const file = repoDir ? path.join(repoDir, ".sms", "cache", "summaries.json") : undefined;
    const cache = new SummaryCache(file, key, scanStartedMs);
    if (!file) return cache;
    try {
      const raw = JSON.parse(await readFile(file, "utf8")) as {
        format?: number;
        key?: string;
        entries?: [string, Entry][];
      };
      if (raw.format === FORMAT && raw.key === key && Array.isArray(raw.entries))
        cache.entries = new Map(raw.entries);
    } catch {
      // No cache yet, or one we cannot read: start empty; it is only a cache.
    }
    return cache;
  }

  /** The digest of what summaries depend on besides the file itself. */
  static keyOf(parts: unknown): string {
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
  }

  /** True when the file at `rel` is unchanged since its summary was made (and keeps that summary). */
  reuse(rel: string, stat: FileStat): boolean {
    const e = this.entries.get(rel);
    if (
      !e ||
      e.size !== stat.size ||
      e.mtimeMs !== stat.mtimeMs ||
      e.ctimeMs !== stat.ctimeMs ||
      e.ino !== stat.ino ||
      Math.max(e.mtimeMs, e.ctimeMs) >= e.scan - RACY_MS
    )
      return false;
    this.next.set(rel, e);
    return true;
  }

  /** The summary kept for a reused file. */
  get(rel: string): RecordSummary | undefined {
    return this.next.get(rel)?.summary;
  }

  /** Records the summary of a file read in this run. */
  put(rel: string, stat: FileStat, summary: RecordSummary): void {
    this.next.set(rel, { ...stat, scan: this.scan, summary });
    this.dirty = true;
  }

  /** Writes the files seen in this run (atomically); files no longer there are dropped. */
  async save(): Promise<void> {
    if (!this.file || (!this.dirty && this.next.size === this.entries.size)) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ format: FORMAT, key: this.key, entries: [...this.next] }));
    await rename(tmp, this.file);
  }
}
