import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SmsRecord } from "../records/record.js";
import { RENDERER_VERSION, type RenderedBody, renderBody } from "./markdown.js";

const CACHE_FORMAT = 1;

/** Rendered bodies by blob id, kept in `.sms/cache/site-bodies.json` between builds. */
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
    const cache = new BodyCache(path.join(repoDir, ".sms", "cache", "site-bodies.json"));
    try {
      const raw = JSON.parse(await readFile(cache.file!, "utf8")) as {
        format?: number;
        renderer?: number;
        entries?: Record<string, [string, string, string[]]>;
      };
      if (raw.format === CACHE_FORMAT && raw.renderer === RENDERER_VERSION && raw.entries)
        for (const [oid, [html, text, headings]] of Object.entries(raw.entries))
          cache.entries.set(oid, { html, text, headings });
    } catch {
      // No cache yet, or one we cannot read: it is only a cache.
    }
    return cache;
  }

  /** The cached rendering of a blob. */
  get(oid: string): RenderedBody | undefined {
    const hit = this.entries.get(oid);
    if (hit) this.used.add(oid);
    return hit;
  }

  /** Stores a rendering. */
  set(oid: string, body: RenderedBody): void {
    this.entries.set(oid, body);
    this.used.add(oid);
    this.dirty = true;
  }

  /** Writes the entries used in this run back (atomically), dropping those of deleted records. */
  async save(): Promise<void> {
    if (!this.file) return;
    for (const oid of this.entries.keys())
      if (!this.used.has(oid)) {
        this.entries.delete(oid);
        this.dirty = true;
      }
    if (!this.dirty) return;
    const entries: Record<string, [string, string, string[]]> = {};
    for (const [oid, b] of this.entries) entries[oid] = [b.html, b.text, b.headings];
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

/** Renders every record body once per blob id, taking what the cache already holds. */
export async function renderBodies(
  records: readonly SmsRecord[],
  cache: BodyCache,
  render: BodyRenderer = renderInThread,
): Promise<{ bodies: Map<string, RenderedBody>; rendered: number }> {
  const bodies = new Map<string, RenderedBody>();
  const todo = new Map<string, string>();
  for (const r of records) {
    if (bodies.has(r.oid) || todo.has(r.oid)) continue;
    const hit = cache.get(r.oid);
    if (hit) bodies.set(r.oid, hit);
    else todo.set(r.oid, r.body);
  }
  const oids = [...todo.keys()];
  const out = await render(oids.map((o) => todo.get(o) ?? ""));
  oids.forEach((oid, i) => {
    const b = out[i];
    if (!b) throw new Error(`the body renderer returned no result for blob ${oid}`);
    bodies.set(oid, b);
    cache.set(oid, b);
  });
  return { bodies, rendered: oids.length };
}
