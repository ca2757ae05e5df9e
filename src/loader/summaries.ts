import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { SmsError } from "../errors.js";
import type { SeenFacts, TimelineUse } from "../history/corroborate.js";
import type { RecordSummary } from "../validate/summary.js";
import { cacheDir } from "./cache-dir.js";
import type { FileStat } from "./worktree.js";

/** Bump when the file's shape changes, so old caches are ignored. */
const FORMAT = 5;

/**
 * A file written this close to a scan may change again within the file system's timestamp
 * resolution (2 s on some) without its stat changing; such files are read again next time.
 */
const RACY_MS = 2000;

/** What corroboration knows of a file at the cache's HEAD: its findings and its id's first commits. */
export interface Corroboration {
  findings: Diagnostic[];
  /** The first commit of each entry of the record's id; null when the id was never committed. */
  facts: SeenFacts | null;
}

interface Tail {
  timeline: TimelineUse[];
  facts?: SeenFacts | null;
}

interface Entry extends FileStat {
  /** When the run that read the file started scanning (ms since the epoch). */
  scan: number;
  summary: RecordSummary;
  /** Corroboration findings at the cache's HEAD; undefined when not corroborated. */
  findings?: Diagnostic[];
  /** Timeline and first commits: JSON text until someone needs them (most runs never do). */
  tail: Tail | string;
  /** The entry's line in the file, while nothing in it changed: written back as it was read. */
  raw?: string;
}

type Line = [
  path: string,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
  ino: number,
  scan: number,
  oid: string,
  id: string | null,
  kind: string | null,
  idAt: readonly [number, number] | null,
  refs: [value: string, kinds: string, line: number, column: number][],
  diagnostics: Diagnostic[],
  findings: Diagnostic[] | null,
  review: [due: string, line: number, column: number] | null,
];

/** A timeline entry in the file: key, index, `at` as written, line, column (the status is in the key). */
type TimelineRow = [key: string, index: number, at: string, line: number, column: number];

function encodeTail(t: Tail): string {
  const rows = t.timeline.map((u): TimelineRow => [u.key, u.index, u.at, u.pos[0], u.pos[1]]);
  return JSON.stringify(t.facts === undefined ? [rows] : [rows, t.facts]);
}

function decodeTail(text: string): Tail {
  const [rows, facts] = JSON.parse(text) as [TimelineRow[], (SeenFacts | null)?];
  const timeline = rows.map(([key, index, at, line, column]) => ({
    key,
    index,
    at,
    status: key.slice(key.indexOf("|") + 1),
    pos: [line, column] as const,
  }));
  return facts === undefined ? { timeline } : { timeline, facts };
}

function decodeLine(line: string): [string, Entry] {
  const tab = line.indexOf("\t");
  if (tab < 0) throw new Error("no tab");
  const [rel, size, mtimeMs, ctimeMs, ino, scan, oid, id, kind, idAt, refs, diagnostics, findings, review] =
    JSON.parse(line.slice(0, tab)) as Line;
  const summary: RecordSummary = {
    path: rel,
    oid,
    refs: refs.map(([value, kinds, l, c]) => ({ value, kinds: kinds.split("|"), at: [l, c] })),
    diagnostics,
  };
  if (id !== null) summary.id = id;
  if (kind !== null) summary.kind = kind;
  if (idAt !== null) summary.idAt = idAt;
  if (review) summary.review = { due: review[0], at: [review[1], review[2]] };
  const entry: Entry = { size, mtimeMs, ctimeMs, ino, scan, summary, tail: line.slice(tab + 1), raw: line };
  if (findings) entry.findings = findings;
  return [rel, entry];
}

function encodeLine(rel: string, e: Entry): string {
  if (e.raw !== undefined) return e.raw;
  const s = e.summary;
  const line: Line = [
    rel,
    e.size,
    e.mtimeMs,
    e.ctimeMs,
    e.ino,
    e.scan,
    s.oid,
    s.id ?? null,
    s.kind ?? null,
    s.idAt ?? null,
    s.refs.map((r) => [r.value, r.kinds.join("|"), r.at[0], r.at[1]]),
    s.diagnostics,
    e.findings ?? null,
    s.review ? [s.review.due, s.review.at[0], s.review.at[1]] : null,
  ];
  return `${JSON.stringify(line)}\t${typeof e.tail === "string" ? e.tail : encodeTail(e.tail)}`;
}

/**
 * Validation summaries of working-tree files by path, trusted while the file's size, times and inode
 * are unchanged (the way git's index trusts a stat), with the corroboration of each file's timeline
 * at the HEAD the cache was saved at. With it, `sms validate` after a small edit reads and checks
 * only the edited files, and reads no history while HEAD stays where it was.
 */
export class SummaryCache {
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  private dirty = false;
  /** The commit corroborations in this cache were made against. */
  head: string | undefined;

  private constructor(
    private readonly file: string | undefined,
    private readonly key: string,
    private readonly scan: number,
  ) {}

  /**
   * Opens `.sms/cache/summaries.jsonl` of a repository (or an empty cache without a folder). `key`
   * names everything summaries depend on besides the file (the engine and the configuration); a
   * cache made under another key starts empty. `scanStartedMs` is when the caller starts reading files.
   */
  static async open(repoDir: string | undefined, key: string, scanStartedMs: number): Promise<SummaryCache> {
    const file = repoDir ? path.join(cacheDir(repoDir), "summaries.jsonl") : undefined;
    const cache = new SummaryCache(file, key, scanStartedMs);
    if (!file) return cache;
    try {
      const lines = (await readFile(file, "utf8")).split("\n");
      const header = JSON.parse(lines[0] ?? "") as { format?: number; key?: string; head?: string };
      if (header.format !== FORMAT || header.key !== key || lines[lines.length - 1] !== "") return cache;
      const entries = new Map<string, Entry>();
      for (let i = 1; i < lines.length - 1; i++) {
        const [rel, entry] = decodeLine(lines[i]!);
        entries.set(rel, entry);
      }
      cache.entries = entries;
      cache.head = typeof header.head === "string" ? header.head : undefined;
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

  /** The timeline kept for a reused file. */
  timeline(rel: string): TimelineUse[] {
    const e = this.next.get(rel);
    return e ? tail(e).timeline : [];
  }

  /**
   * What the cache knew of a file's corroboration at its HEAD, from the entry the file had when the
   * cache was opened (for an edited file, its previous version; its first commits are then read from
   * the entry's tail). The caller checks the id still matches.
   */
  corroboration(rel: string, withFacts: boolean): { id?: string; corroboration?: Corroboration } {
    const e = this.entries.get(rel);
    if (!e?.findings) return {};
    if (!withFacts) return { id: e.summary.id, corroboration: { findings: e.findings, facts: null } };
    const facts = tail(e).facts;
    return facts === undefined ? {} : { id: e.summary.id, corroboration: { findings: e.findings, facts } };
  }

  /** True when the file was read in this run (new or changed), false when its summary was reused. */
  isFresh(rel: string): boolean {
    const e = this.next.get(rel);
    return e !== undefined && e !== this.entries.get(rel);
  }

  /** Records the summary of a file read in this run. */
  put(rel: string, stat: FileStat, summary: RecordSummary, timeline: TimelineUse[]): void {
    this.next.set(rel, { ...stat, scan: this.scan, summary, tail: { timeline } });
    this.dirty = true;
  }

  /** Records a file's corroboration against the HEAD the cache will be saved with. */
  corroborated(rel: string, corroboration: Corroboration): void {
    const e = this.next.get(rel);
    if (!e) return;
    const t = tail(e);
    e.tail = { timeline: t.timeline, facts: corroboration.facts };
    e.findings = corroboration.findings;
    e.raw = undefined;
    this.dirty = true;
  }

  /** Writes the files seen in this run (atomically); files no longer there are dropped. */
  async save(head: string | undefined): Promise<void> {
    if (!this.file) return;
    if (!this.dirty && this.next.size === this.entries.size && head === this.head) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const out = [JSON.stringify({ format: FORMAT, key: this.key, head: head ?? null })];
    for (const [rel, e] of this.next) out.push(encodeLine(rel, e));
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, `${out.join("\n")}\n`);
    await rename(tmp, this.file);
  }
}

function tail(e: Entry): Tail {
  if (typeof e.tail === "string") {
    try {
      e.tail = decodeTail(e.tail);
    } catch (error) {
      throw new SmsError("the validation cache in .sms/cache is damaged; delete the folder and run again", {
        cause: error,
      });
    }
  }
  return e.tail;
}
