import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { BackendChoice } from "../git/open.js";
import { openGit } from "../git/open.js";
import { siteAssets } from "../site/assets.js";
import type { BodyRenderer } from "../site/bodies.js";
import { renderSiteTo } from "../site/build.js";
import { buildManifest, MANIFEST_FILE, type SiteManifest } from "../site/manifest.js";
import type { SiteNotes } from "../site/types.js";
import { workerCharts, workerIndexer, workerWritePool } from "../site/workers.js";
import { SiteWriter } from "../site/write.js";
import { packageVersion } from "./paths.js";
import { gatherInput } from "./site-input.js";

/** Options of `sms site`. */
export interface SiteOptions {
  repo: string;
  /** Output folder (default: .sms/site in the repository). */
  out?: string;
  /** Revision or date to build from (default HEAD). */
  at?: string;
  /** The instant the site describes; default: the source commit's committer time. */
  now?: string;
  /** Wall-clock build time for the manifest (the only place the clock appears). */
  builtAt: string;
  backend?: BackendChoice;
  /** Folder of template overrides in the repository (default .sms/templates). */
  templates?: string;
  /** Ref whose templates are trusted (default: the default branch). */
  trustedRef?: string;
  /** Use .sms/cache (default true). */
  cache?: boolean;
  /** How to render bodies (default: in this thread). */
  renderer?: BodyRenderer;
  /** Progress messages. */
  progress?: (message: string) => void;
}

/** What `sms site` built. */
export interface SiteResult {
  out: string;
  index: string;
  commit: string;
  files: number;
  pages: number;
  manifest: SiteManifest;
  /** Findings about the build itself (refused templates). */
  diagnostics: Diagnostic[];
  notes: SiteNotes;
}

/** Builds the evidence site from a commit (HEAD, a revision or the last commit on or before a date). */
export async function runSite(opts: SiteOptions): Promise<SiteResult> {
  const report = opts.progress ?? (() => undefined);
  let stageStart = performance.now();
  // Each message closes the previous stage, so progress on a terminal also shows where time and
  // memory go.
  const progress = (message: string) => {
    const now = performance.now();
    const mib = (n: number) => Math.round(n / 2 ** 20);
    const mem = process.memoryUsage();
    report(
      `${message} (previous step ${Math.round(now - stageStart)} ms; rss ${mib(mem.rss)} MiB, heap ${mib(mem.heapUsed)} of ${mib(mem.heapTotal)} MiB, external ${mib(mem.external)} MiB)`,
    );
    stageStart = now;
  };
  const out = path.resolve(opts.repo, opts.out ?? path.join(".sms", "site"));
  // A bad output folder is refused before any work is done.
  await SiteWriter.check(out, opts.repo);
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    // Gathered in a function of its own: what it read (record texts, positions, the replayed
    // state) goes out of scope and can be freed before the pages render.
    const { input, overrides } = await gatherInput(git, opts, progress);
    progress("rendering and writing pages");
    const assets = siteAssets();
    // From the bundle, two threads render, write and hash the pages while this one makes their data.
    const pool = opts.renderer ? undefined : workerWritePool();
    const writer = await SiteWriter.open(out, opts.repo, pool?.writer, pool?.setup);
    try {
      await renderSiteTo(
        input,
        { templates: { ...assets.templates, ...overrides.templates }, files: assets.files },
        writer,
        opts.renderer ? {} : { indexer: workerIndexer(), charts: workerCharts() },
      );
      await writer.drain();
      const manifest = buildManifest(
        writer.hashes,
        input.source,
        opts.builtAt,
        `sms-as-code ${packageVersion()}`,
      );
      const pages = [...writer.hashes.keys()].filter((p) => p.endsWith(".html")).length;
      await writer.put(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
      progress("finishing the writes");
      await writer.finish();
      progress("done");
      return {
        out,
        index: path.join(out, "index.html"),
        commit: input.source.commit,
        files: writer.hashes.size,
        pages,
        manifest,
        diagnostics: overrides.diagnostics,
        notes: input.notes ?? {},
      };
    } catch (error) {
      await writer.abort();
      throw error;
    } finally {
      await pool?.close();
    }
  } finally {
    await git.close();
  }
}
