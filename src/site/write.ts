import { lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import type { SiteSink } from "./build.js";
import { MANIFEST_FILE, sha256 } from "./manifest.js";
import { isSafeSitePath } from "./paths.js";

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** Writes in flight at most; enough to keep the file system busy while pages render. */
const IN_FLIGHT = 16;

/**
 * Writes a site into `out`, replacing a site built there before. Files go to a sibling folder as
 * they are rendered and are swapped in at the end, so a failed build never leaves half a site. A
 * folder that holds anything but an earlier site is refused rather than emptied.
 */
export class SiteWriter implements SiteSink {
  /** sha256 of every file written so far, by site path. */
  readonly hashes = new Map<string, string>();
  private readonly folders = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;

  private constructor(
    private readonly target: string,
    private readonly tmp: string,
    private readonly replaces: boolean,
  ) {}

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
  static async open(out: string, repo: string): Promise<SiteWriter> {
    const { target, exists } = await SiteWriter.check(out, repo);
    const tmp = `${target}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    return new SiteWriter(target, tmp, exists);
  }

  /** Queues one file; waits when enough writes are in flight. */
  async put(rel: string, content: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    const abs = path.resolve(this.tmp, rel);
    // Paths come from sanitized names; check again where it matters, at the file system.
    if (!isSafeSitePath(rel) || !inside(this.tmp, abs))
      throw new Error(`refusing to write ${JSON.stringify(rel)} outside the site`);
    this.hashes.set(rel, sha256(content));
    const dir = path.dirname(abs);
    if (!this.folders.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.folders.add(dir);
    }
    const write: Promise<void> = writeFile(abs, content).then(
      () => void this.pending.delete(write),
      (error: unknown) => {
        this.failure ??= error;
        this.pending.delete(write);
      },
    );
    this.pending.add(write);
    if (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
  }

  /** Waits for the writes, then puts the new site in place of the old one. */
  async finish(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
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
