import path from "node:path";
import { DateTime } from "luxon";
import { CONFIG_FILE, parseConfig } from "../config/parse.js";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ShallowCloneError } from "../errors.js";
import type { BackendChoice } from "../git/open.js";
import { openGit } from "../git/open.js";
import type { GitBackend } from "../git/types.js";
import { replayWithCache } from "../history/cached.js";
import { type HistoryClock, historyClock } from "../history/transitions.js";
import type { HistoryState } from "../history/types.js";
import { RecordCache } from "../loader/cache.js";
import { loadCommit } from "../loader/commit.js";
import { recordFolders } from "../loader/folders.js";
import type { SmsRecord } from "../records/record.js";
import { siteAssets } from "../site/assets.js";
import { BodyCache, type BodyRenderer, renderBodies } from "../site/bodies.js";
import { renderSiteTo } from "../site/build.js";
import { commitAtDate, isDateLike, readLedgerEntries, readTemplateOverrides } from "../site/git-inputs.js";
import { historyIndexFromState, pullRequestsByCommit } from "../site/history.js";
import { buildManifest, MANIFEST_FILE, type SiteManifest } from "../site/manifest.js";
import type { HistoryIndex, MetricsResult, SiteNotes } from "../site/types.js";
import { workerCharts, workerIndexer, workerRenderer, workerWritePool } from "../site/workers.js";
import { SiteWriter } from "../site/write.js";
import { computeSlaMetrics, parseInstant } from "../sla/index.js";
import type { RecordInput } from "../sla/timeline.js";
import { validateRepository } from "../validate/repository.js";
import { packageVersion } from "./paths.js";

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

async function configAt(git: GitBackend, commit: string): Promise<SmsConfig> {
  const info = await git.readCommit(commit);
  const entry = (await git.readTree(info.tree)).find((e) => e.name === CONFIG_FILE && e.type === "blob");
  const text = entry ? new TextDecoder().decode(await git.readBlob(entry.oid)) : undefined;
  return parseConfig(text).config;
}

/**
 * SLA results over the complete periods of up to two years before `now`: the computation of
 * `sms metrics`, at the site's source commit (timelines first, else clocks from git history).
 */
export function metricsFromRecords(
  records: readonly SmsRecord[],
  config: SmsConfig,
  now: string,
  clocks?: (id: string) => HistoryClock | undefined,
): MetricsResult | undefined {
  const slas = records.filter((r) => r.data.kind === "sla");
  if (slas.length === 0) return undefined;
  const zone = config.timezone;
  const ops = records.filter((r) =>
    ["incident", "request", "problem", "change"].includes(String(r.data.kind)),
  );
  let earliest = Number.POSITIVE_INFINITY;
  const inputs: RecordInput[] = ops.map((r) => {
    const clock = clocks?.(String(r.data.id));
    return {
      data: r.data,
      path: r.path,
      positions: r.positions,
      openedAt: clock?.openedAt,
      transitions: clock?.transitions,
    };
  });
  for (const r of inputs) {
    const t = parseInstant(r.data.opened_at ?? r.openedAt, zone);
    if (t !== null) earliest = Math.min(earliest, t);
  }
  const nowDt = DateTime.fromISO(now, { zone });
  const to = nowDt.startOf("month");
  const floor = to.minus({ months: 24 });
  if (!Number.isFinite(earliest) || earliest >= to.toMillis()) return { periods: [] };
  const from = DateTime.max(floor, DateTime.fromMillis(earliest, { zone }).startOf("month"));
  const result = computeSlaMetrics({
    slas: slas.map((r) => ({ data: r.data, path: r.path, positions: r.positions })),
    records: inputs,
    config,
    from: from.toISO() ?? undefined,
    to: to.toISO() ?? undefined,
    now,
    services: records.filter((r) => r.data.kind === "service").map((r) => String(r.data.id)),
  });
  return { periods: result.periods, records: result.records };
}

/** Builds the evidence site from a commit (HEAD, a revision or the last commit on or before a date). */
export async function runSite(opts: SiteOptions): Promise<SiteResult> {
  const report = opts.progress ?? (() => undefined);
  let stageStart = performance.now();
  // Each message closes the previous stage, so progress on a terminal also shows where time goes.
  const progress = (message: string) => {
    const now = performance.now();
    report(`${message} (previous step ${Math.round(now - stageStart)} ms)`);
    stageStart = now;
  };
  const out = path.resolve(opts.repo, opts.out ?? path.join(".sms", "site"));
  // A bad output folder is refused before any work is done.
  await SiteWriter.check(out, opts.repo);
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    const at = opts.at ?? "HEAD";
    let commit: string;
    if (opts.at && isDateLike(opts.at)) {
      const headConfig = await configAt(git, await git.resolveCommit("HEAD"));
      commit = await commitAtDate(git, "HEAD", opts.at, headConfig.timezone);
    } else commit = await git.resolveCommit(at);
    const cache = opts.cache === false ? undefined : await RecordCache.open(opts.repo);
    progress(`reading records at ${commit.slice(0, 10)}`);
    const loaded = await loadCommit(git, commit, { cache });
    await cache?.save().catch(() => undefined);
    const info = await git.readCommit(commit);
    const zone = loaded.config.timezone;
    const commitDate =
      DateTime.fromSeconds(info.committer.timestamp, { zone }).toISO({ suppressMilliseconds: true }) ??
      new Date(info.committer.timestamp * 1000).toISOString();
    const now = opts.now ?? commitDate;
    // Bodies render in worker threads while this thread validates and replays history.
    progress(`rendering ${loaded.records.length} record bodies`);
    const bodyCache = opts.cache === false ? BodyCache.memory() : await BodyCache.open(opts.repo);
    const rendering = renderBodies(loaded.records, bodyCache, opts.renderer ?? workerRenderer());
    rendering.catch(() => undefined);
    progress("validating");
    const validation = validateRepository({
      records: loaded.records,
      readDiagnostics: loaded.diagnostics,
      config: loaded.config,
      now,
    });
    const assets = siteAssets();
    const overrides = await readTemplateOverrides(git, {
      folder: opts.templates,
      trustedRef: opts.trustedRef,
      known: Object.keys(assets.templates),
    });
    const ledger = await readLedgerEntries(git, loaded.config.evidenceBranch);
    const notes: SiteNotes = {
      ledger:
        ledger === undefined
          ? `No ledger yet: the evidence branch ${loaded.config.evidenceBranch} does not exist. Approvals are recorded there when pull requests merge.`
          : undefined,
      metrics: "No SLA record, so no SLA report.",
    };
    progress("reading history");
    let state: HistoryState | undefined;
    try {
      state = (
        await replayWithCache(git, {
          head: commit,
          folders: recordFolders(loaded.config),
          zone,
          maxFileSize: loaded.config.maxFileSize,
          cache: opts.cache,
        })
      ).state;
    } catch (error) {
      if (!(error instanceof ShallowCloneError)) throw error;
      // Part of the history would look like all of it; show none, and say why.
      notes.history =
        "History is not shown: this clone is shallow. Build the site from a full clone (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions).";
    }
    const history: HistoryIndex | undefined = state
      ? historyIndexFromState(state, zone, pullRequestsByCommit(ledger))
      : undefined;
    const clocks = (id: string) => {
      const rec = state?.records.get(id);
      return rec && state ? historyClock(rec, state.commits) : undefined;
    };
    progress("finishing record bodies");
    const { bodies } = await rendering;
    await bodyCache.save().catch(() => undefined);
    const metrics = metricsFromRecords(loaded.records, loaded.config, now, clocks);
    progress("rendering and writing pages");
    // From the bundle, two threads write and hash the files while this one renders pages.
    const pool = opts.renderer ? undefined : workerWritePool();
    const writer = await SiteWriter.open(out, opts.repo, pool?.writer);
    try {
      await renderSiteTo(
        {
          config: loaded.config,
          records: loaded.records,
          bodies,
          source: { commit, date: commitDate, requested: opts.at },
          now,
          diagnostics: validation.diagnostics,
          history,
          metrics,
          ledger,
          notes,
        },
        { templates: { ...assets.templates, ...overrides.templates }, files: assets.files },
        writer,
        opts.renderer ? {} : { indexer: workerIndexer(), charts: workerCharts() },
      );
      await writer.drain();
      const manifest = buildManifest(
        writer.hashes,
        { commit, date: commitDate, requested: opts.at },
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
        commit,
        files: writer.hashes.size,
        pages,
        manifest,
        diagnostics: overrides.diagnostics,
        notes,
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
