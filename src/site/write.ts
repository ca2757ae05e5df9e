import { mkdirSync, writeFileSync } from "node:fs";
import { lstat, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import type { PageSink, SiteSink } from "./build.js";
import { MANIFEST_FILE, sha256 } from "./manifest.js";
import { type PortablePage, toPortable } from "./page-transfer.js";
import { isSafeSitePath } from "./paths.js";
import type { SiteChrome } from "./render.js";

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** Files per batch handed to a writer, and batches in flight at most. */
const BATCH_FILES = 64;
const IN_FLIGHT = 4;

/** A file to write (absolute path, inside the site): its content, or a page for the writer to render. */
export type WriteJob = [abs: string, content: string | Uint8Array | PortablePage];

/** Writes a batch of files and returns the sha256 of each. */
export type BatchWriter = (files: WriteJob[]) => Promise<string[]>;

/** Gives writer threads the templates and chrome, after which they render the pages they are sent. */
export type PageSetup = (templates: Record<string, string>, chrome: SiteChrome) => void;

/** Writes in this thread. */
export function localWriter(): BatchWriter {
  const made = new Set<string>();
  return async (files) =>
    files.map(([abs, content]) => {
      if (typeof content !== "string" && !(content instanceof Uint8Array))
        throw new Error("this writer writes files; it does not render pages");
      const dir = path.dirname(abs);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(abs, content);
      return sha256(content);
    });
}

/**
 * Writes a site into `out`, replacing a site built there before. Files go to a sibling folder as
 * they are rendered and are swapped in at the end, so a failed build never leaves half a site. A
 * folder that holds anything but an earlier site is refused rather than emptied.
 */
export class SiteWriter implements SiteSink {
  /** sha256 of every file written so far, by site path. */
  readonly hashes = new Map<string, string>();
  private batch: WriteJob[] = [];
  private batchPaths: string[] = [];
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;

  private constructor(
    private readonly target: string,
    private readonly tmp: string,
    private readonly replaces: boolean,
    private readonly writer: BatchWriter,
    private readonly setup: PageSetup | undefined,
  ) {}

  /** When the writer threads render pages too: pages go to them as data. */
  get pages(): PageSink | undefined {
    const setup = this.setup;
    if (!setup) return undefined;
    return {
      start: (templates, chrome) => setup(templates, chrome),
      put: (rel, page) => this.queue(rel, toPortable(page)),
    };
  }

  /** Refuses an output folder that is the repository, a file, or a folder holding something else. */
  static async check(out: string, repo: string): Promise<{ target: string; exists: boolean }> {
    const target = path.resolve(out);
    const repoRoot = path.resolve(repo);
    if (target === repoRoot || inside(target, repoRoot) || target === path.parse(target).root)
      throw new UsageError(
        `--out ${out} would replace the repository itself; choose a folder for the site alone`,
      );
    const st = await lstat(target).catch(() => undefined);
    if (st) {
      if (!st.isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
      const entries = await readdir(target);
      if (entries.length > 0 && !entries.includes(MANIFEST_FILE))
        throw new UsageError(
          `--out ${out} is not empty and holds no site built by sms (no ${MANIFEST_FILE}); choose an empty folder`,
        );
    }
    return { target, exists: st !== undefined };
  }

  /** Checks the output folder and prepares the folder the files are written to. */
  static async open(
    out: string,
    repo: string,
    writer: BatchWriter = localWriter(),
    setup?: PageSetup,
  ): Promise<SiteWriter> {
    const { target, exists } = await SiteWriter.check(out, repo);
    const tmp = `${target}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    return new SiteWriter(target, tmp, exists, writer, setup);
  }

  /** Queues one file; waits when enough batches are in flight. */
  put(rel: string, content: string | Uint8Array): Promise<void> {
    return this.queue(rel, content);
  }

  private async queue(rel: string, content: WriteJob[1]): Promise<void> {
    if (this.failure) throw this.failure;
    const abs = path.resolve(this.tmp, rel);
    // Paths come from sanitized names; check again where it matters, at the file system.
    if (!isSafeSitePath(rel) || !inside(this.tmp, abs))
      throw new Error(`refusing to write ${JSON.stringify(rel)} outside the site`);
    this.batch.push([abs, content]);
    this.batchPaths.push(rel);
    if (this.batch.length >= BATCH_FILES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const [files, paths] = [this.batch, this.batchPaths];
    [this.batch, this.batchPaths] = [[], []];
    const write: Promise<void> = this.writer(files).then(
      (hashes) => {
        paths.forEach((p, i) => {
          this.hashes.set(p, hashes[i] ?? "");
        });
        this.pending.delete(write);
      },
      (error: unknown) => {
        this.failure ??= error;
        this.pending.delete(write);
      },
    );
    this.pending.add(write);
    if (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
  }

  /** Waits until every file queued so far is written and hashed. */
  async drain(): Promise<void> {
    await this.flush();
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
  }

  /** Waits for the writes, then puts the new site in place of the old one. */
  async finish(): Promise<void> {
    await this.drain();
    if (this.replaces) await rm(this.target, { recursive: true, force: true });
    else await mkdir(path.dirname(this.target), { recursive: true });
    await rename(this.tmp, this.target);
  }

  /** Removes the half-written folder. */
  async abort(): Promise<void> {
    await Promise.allSettled(this.pending);
    await rm(this.tmp, { recursive: true, force: true });
  }
}

/** Writes a whole site at once (tests, small sites). */
export async function writeSite(
  out: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  repo: string,
): Promise<void> {
  const writer = await SiteWriter.open(out, repo);
  try {
    for (const [rel, content] of files) await writer.put(rel, content);
    await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
