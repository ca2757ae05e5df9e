import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { cacheDir } from "../loader/cache-dir.js";
import type { SmsRecord } from "../records/record.js";
import { RENDERER_VERSION, type RenderedBody, renderBody } from "./markdown.js";

// 2: entries are keyed by the body's text, not by the blob of the whole file.
const CACHE_FORMAT = 2;

/**
 * The key of a body's rendering: a digest of the Markdown alone. A blob id would change with every
 * frontmatter edit (most commits only move a status), and records often share a stock body, so
 * keying by the text renders each distinct body once and keeps it across status changes.
 */
export function bodyKey(markdown: string): string {
  return createHash("sha256").update(markdown).digest("base64url");
}

/** Rendered bodies by body key, kept in `.sms/cache/site-bodies.json` between builds. */
export class BodyCache {
  private entries = new Map<string, RenderedBody>();
  private used = new Set<string>();
  private dirty = false;

  private constructor(private readonly file: string | undefined) {}

  /** A cache that lives only in memory. */
  static memory(): BodyCache {
    return new BodyCache(undefined);
  }

  /** Opens the repository's cache; a missing, corrupt or older-format file starts empty. */
  static async open(repoDir: string): Promise<BodyCache> {
    const cache = new BodyCache(path.join(cacheDir(repoDir), "site-bodies.json"));
    try {
      const raw = JSON.parse(await readFile(cache.file!, "utf8")) as {
        format?: number;
        renderer?: number;
        entries?: Record<string, [string, string, string[]]>;
      };
      if (raw.format === CACHE_FORMAT && raw.renderer === RENDERER_VERSION && raw.entries)
        for (const [key, [html, text, headings]] of Object.entries(raw.entries))
          cache.entries.set(key, { html, text, headings });
    } catch {
      // No cache yet, or one we cannot read: it is only a cache.
    }
    return cache;
  }

  /** The cached rendering of a body key. */
  get(key: string): RenderedBody | undefined {
    const hit = this.entries.get(key);
    if (hit) this.used.add(key);
    return hit;
  }

  /** Stores a rendering. */
  set(key: string, body: RenderedBody): void {
    this.entries.set(key, body);
    this.used.add(key);
    this.dirty = true;
  }

  /** Writes the entries used in this run back (atomically), dropping those no record uses any more. */
  async save(): Promise<void> {
    if (!this.file) return;
    for (const key of this.entries.keys())
      if (!this.used.has(key)) {
        this.entries.delete(key);
        this.dirty = true;
      }
    if (!this.dirty) return;
    const entries: Record<string, [string, string, string[]]> = {};
    for (const [key, b] of this.entries) entries[key] = [b.html, b.text, b.headings];
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ format: CACHE_FORMAT, renderer: RENDERER_VERSION, entries }));
    await rename(tmp, this.file);
    this.dirty = false;
  }
}

/** Renders a list of bodies somewhere (in this thread or in workers), in order. */
export type BodyRenderer = (bodies: readonly string[]) => Promise<RenderedBody[]>;

/** Renders in the calling thread. */
export const renderInThread: BodyRenderer = async (bodies) => bodies.map(renderBody);

/**
 * Renders every distinct record body once, taking what the cache already holds. The result is by
 * blob id, as the page model looks bodies up; records with the same text share one rendering.
 */
export async function renderBodies(
  records: readonly SmsRecord[],
  cache: BodyCache,
  render: BodyRenderer = renderInThread,
): Promise<{ bodies: Map<string, RenderedBody>; rendered: number }> {
  const byKey = new Map<string, RenderedBody>();
  const todo = new Map<string, string>();
  const keyOf = new Map<string, string>();
  for (const r of records) {
    if (keyOf.has(r.oid)) continue;
    const key = bodyKey(r.body);
    keyOf.set(r.oid, key);
    if (byKey.has(key) || todo.has(key)) continue;
    const hit = cache.get(key);
    if (hit) byKey.set(key, hit);
    else todo.set(key, r.body);
  }
  const keys = [...todo.keys()];
  const out = await render([...todo.values()]);
  keys.forEach((key, i) => {
    const b = out[i];
    if (!b) throw new Error(`the body renderer returned no result for body ${key}`);
    byKey.set(key, b);
    cache.set(key, b);
  });
  const bodies = new Map<string, RenderedBody>();
  for (const [oid, key] of keyOf) bodies.set(oid, byKey.get(key)!);
  return { bodies, rendered: keys.length };
}
