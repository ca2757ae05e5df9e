// What `sms site` renders from: the records at a commit, validated, with their bodies rendered,
// history replayed and SLA results computed (src/app/site.ts renders and writes the pages).
import { DateTime } from "luxon";
import { CONFIG_FILE, parseConfig } from "../config/parse.js";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { GitBackend } from "../git/types.js";
import type { HistoryClock } from "../history/transitions.js";
import { RecordCache } from "../loader/cache.js";
import { loadCommit } from "../loader/commit.js";
import { recordFolders } from "../loader/folders.js";
import type { SmsRecord } from "../records/record.js";
import { siteAssets } from "../site/assets.js";
import { BodyCache, renderBodies } from "../site/bodies.js";
import { commitAtDate, isDateLike, readLedgerEntries, readTemplateOverrides } from "../site/git-inputs.js";
import { historyIndex, pullRequestsByCommit } from "../site/history.js";
import type { RenderedBody } from "../site/markdown.js";
import { type ReplayRequest, replayForSite } from "../site/replay.js";
import type { MetricsResult, SiteInput, SiteNotes } from "../site/types.js";
import { replayInWorker, workerRenderer } from "../site/workers.js";
import { computeSlaMetrics, parseInstant } from "../sla/index.js";
import type { RecordInput } from "../sla/timeline.js";
import { validateRepository } from "../validate/repository.js";
import type { SiteOptions } from "./site.js";

/** The configuration of a commit, read as the loader reads it (a symbolic link counts as empty). */
async function configAt(git: GitBackend, commit: string): Promise<SmsConfig> {
  const info = await git.readCommit(commit);
  const entry = (await git.readTree(info.tree)).find((e) => e.name === CONFIG_FILE);
  if (!entry) return parseConfig(undefined).config;
  if (entry.type !== "blob" || entry.mode === "120000") return parseConfig("").config;
  return parseConfig(new TextDecoder().decode(await git.readBlob(entry.oid))).config;
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

/**
 * Everything the pages are made from: records, their rendered bodies, validation findings, history,
 * SLA results and the ledger. Bodies render in worker threads and history replays in git while this
 * thread parses and validates.
 */
export async function gatherInput(
  git: GitBackend,
  opts: SiteOptions,
  progress: (message: string) => void,
): Promise<{ input: SiteInput; overrides: Awaited<ReturnType<typeof readTemplateOverrides>> }> {
  let commit: string;
  if (opts.at && isDateLike(opts.at)) {
    const headConfig = await configAt(git, await git.resolveCommit("HEAD"));
    commit = await commitAtDate(git, "HEAD", opts.at, headConfig.timezone);
  } else commit = await git.resolveCommit(opts.at ?? "HEAD");
  const config = await configAt(git, commit);
  const notes: SiteNotes = { metrics: "No SLA record, so no SLA report." };
  // History replays in a worker thread (from the bundle) while this one parses the records.
  const request: ReplayRequest = {
    repo: opts.repo,
    backend: opts.backend,
    head: commit,
    folders: recordFolders(config),
    zone: config.timezone,
    maxFileSize: config.maxFileSize,
    cache: opts.cache,
  };
  const replaying = (opts.renderer ? replayForSite(request) : replayInWorker(request)).then((h) => {
    if (h !== "shallow") return h;
    // Part of the history would look like all of it; show none, and say why.
    notes.history =
      "History is not shown: this clone is shallow. Build the site from a full clone (git fetch --unshallow, or fetch-depth: 0 in GitHub Actions).";
    return undefined;
  });
  // Awaited below; until then a failure must not count as unhandled.
  replaying.catch(() => undefined);
  try {
    const info = await git.readCommit(commit);
    const zone = config.timezone;
    const commitDate =
      DateTime.fromSeconds(info.committer.timestamp, { zone }).toISO({ suppressMilliseconds: true }) ??
      new Date(info.committer.timestamp * 1000).toISOString();
    const now = opts.now ?? commitDate;
    const { records, diagnostics, rendering, bodyCache } = await readAndValidate(
      git,
      commit,
      config,
      now,
      opts,
      progress,
    );
    const overrides = await readTemplateOverrides(git, {
      folder: opts.templates,
      trustedRef: opts.trustedRef,
      known: Object.keys(siteAssets().templates),
    });
    const ledger = await readLedgerEntries(git, config.evidenceBranch);
    if (ledger === undefined)
      notes.ledger = `No ledger yet: the evidence branch ${config.evidenceBranch} does not exist. Approvals are recorded there when pull requests merge.`;
    progress("reading history");
    const replayed = await replaying;
    const metrics = metricsFromRecords(records, config, now, (id) => replayed?.clocks.get(id));
    const history = replayed ? historyIndex(replayed, zone, pullRequestsByCommit(ledger)) : undefined;
    progress("finishing record bodies");
    const { bodies } = await rendering;
    await bodyCache.save().catch(() => undefined);
    const input: SiteInput = {
      config,
      records,
      bodies,
      source: { commit, date: commitDate, requested: opts.at },
      now,
      diagnostics,
      history,
      metrics,
      ledger,
      notes,
    };
    return { input, overrides };
  } finally {
    // A failed build still waits for the replay, so its git child is not closed under it.
    await replaying.catch(() => undefined);
  }
}

/**
 * Reads and parses the records of a commit (through the parse cache), starts rendering their bodies
 * and validates them. Returned without their texts and value positions, which are most of their
 * memory and which nothing after validation uses (SLA results use positions only for findings the
 * site does not show); with them goes the parse cache.
 */
async function readAndValidate(
  git: GitBackend,
  commit: string,
  config: SmsConfig,
  now: string,
  opts: SiteOptions,
  progress: (message: string) => void,
): Promise<{
  records: SmsRecord[];
  diagnostics: Diagnostic[];
  rendering: Promise<{ bodies: Map<string, RenderedBody> }>;
  bodyCache: BodyCache;
}> {
  progress(`reading records at ${commit.slice(0, 10)}`);
  const cache = opts.cache === false ? undefined : await RecordCache.open(opts.repo);
  const loaded = await loadCommit(git, commit, { cache });
  await cache?.save().catch(() => undefined);
  progress(`rendering ${loaded.records.length} record bodies`);
  const bodyCache = opts.cache === false ? BodyCache.memory() : await BodyCache.open(opts.repo);
  // Bodies render in worker threads while this thread validates and history replays.
  const rendering = renderBodies(loaded.records, bodyCache, opts.renderer ?? workerRenderer());
  rendering.catch(() => undefined);
  progress("validating");
  const { diagnostics } = validateRepository({
    records: loaded.records,
    readDiagnostics: loaded.diagnostics,
    config,
    now,
  });
  return { records: loaded.records.map(slim), diagnostics, rendering, bodyCache };
}

/** A record without its text and value positions, which the pages do not use. */
function slim(r: SmsRecord): SmsRecord {
  return { path: r.path, oid: r.oid, data: r.data, body: "", bodyLine: r.bodyLine, positions: {} };
}
