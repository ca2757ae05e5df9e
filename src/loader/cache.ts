import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type ReadResult, readRecord } from "../records/read.js";
import type { PositionMap, RecordData } from "../records/record.js";
import { cachedHeadings, primeHeadings } from "../validate/sections.js";
import { cacheDir } from "./cache-dir.js";

/** Bump when the shape of parsed records or diagnostics changes, so old caches are ignored. */
const FORMAT = 3;

interface Entry {
  d?: RecordData;
  b?: string;
  l?: number;
  p?: PositionMap;
  g: Omit<Diagnostic, "file">[];
  h?: string[];
}

/**
 * Parsed records by blob id. Parsing YAML is the costly part of reading a repository, and blob ids
 * change only when content does, so a second run re-parses only the files that changed.
 */
export class RecordCache {
  private entries = new Map<string, Entry>();
  private dirty = false;
  /** Blobs seen in this run; only they are written back, so deleted records do not pile up. */
  private used = new Set<string>();

  private constructor(
    private readonly file: string | undefined,
    private readonly maxSize: number,
  ) {}

  /** A cache that lives only in memory. */
  static memory(maxSize = 1024 * 1024): RecordCache {
    return new RecordCache(undefined, maxSize);
  }

  /** Opens the cache of a repository (`.sms/cache/records.json`); a missing or corrupt file starts empty. */
  static async open(repoDir: string, maxSize = 1024 * 1024): Promise<RecordCache> {
    const file = path.join(cacheDir(repoDir), "records.json");
    const cache = new RecordCache(file, maxSize);
    try {
      const raw = JSON.parse(await readFile(file, "utf8")) as {
        format?: number;
        maxSize?: number;
        entries?: Record<string, Entry>;
      };
      if (raw.format === FORMAT && raw.maxSize === maxSize && raw.entries) {
        for (const [oid, e] of Object.entries(raw.entries)) {
          cache.entries.set(oid, e);
          if (e.h) primeHeadings(oid, e.h);
        }
      }
    } catch {
      // No cache yet, or one we cannot read: start empty; it is only a cache.
    }
    return cache;
  }

  /** The cached result for a blob, re-attached to the path it is read from now. */
  get(filePath: string, oid: string): ReadResult | undefined {
    const e = this.entries.get(oid);
    if (!e) return undefined;
    this.used.add(oid);
    const diagnostics = e.g.map((d) => ({ ...d, file: filePath }));
    if (!e.d) return { diagnostics };
    return {
      record: { path: filePath, oid, data: e.d, body: e.b ?? "", bodyLine: e.l ?? 1, positions: e.p ?? {} },
      diagnostics,
    };
  }

  /** Keeps a blob's entry at the next save although this run did not read it (its file was unchanged). */
  keep(oid: string): void {
    if (this.entries.has(oid)) this.used.add(oid);
  }

  /** Reads a record through the cache. */
  read(filePath: string, oid: string, bytes: Uint8Array, maxSize: number): ReadResult {
    const hit = maxSize === this.maxSize ? this.get(filePath, oid) : undefined;
    if (hit) return hit;
    const r = readRecord(filePath, oid, bytes, maxSize);
    if (maxSize === this.maxSize) {
      this.entries.set(oid, {
        d: r.record?.data,
        b: r.record?.body,
        l: r.record?.bodyLine,
        p: r.record?.positions,
        g: r.diagnostics.map(({ file: _file, ...rest }) => rest),
      });
      this.used.add(oid);
      this.dirty = true;
    }
    return r;
  }

  /** Writes the cache back if anything changed (atomically, so a crash never leaves half a file). */
  async save(): Promise<void> {
    for (const [oid, e] of this.entries) {
      if (e.h) continue;
      const h = cachedHeadings(oid);
      if (h) {
        e.h = h;
        this.dirty = true;
      }
    }
    for (const oid of this.entries.keys()) {
      if (!this.used.has(oid)) {
        this.entries.delete(oid);
        this.dirty = true;
      }
    }
    if (!this.file || !this.dirty) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(
      tmp,
      JSON.stringify({ format: FORMAT, maxSize: this.maxSize, entries: Object.fromEntries(this.entries) }),
    );
    await rename(tmp, this.file);
    this.dirty = false;
  }
}
