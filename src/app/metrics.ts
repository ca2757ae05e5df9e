import { IANAZone } from "luxon";
import type { SmsConfig } from "../config/types.js";
import { type Diagnostic, dedupeDiagnostics, sortDiagnostics } from "../diagnostics/diagnostic.js";
import { UsageError } from "../errors.js";
import { type BackendChoice, openGit } from "../git/open.js";
import type { GitBackend } from "../git/types.js";
import type { GitHubClient } from "../github/types.js";
import { replayWithCache } from "../history/cached.js";
import { committedConfig } from "../history/config-cache.js";
import type { ReplayStats } from "../history/replay.js";
import { historyClock } from "../history/transitions.js";
import type { HistoryState, RecordHistory } from "../history/types.js";
import type { ImprovementFigures } from "../improvements/index.js";
import { recordFolders } from "../loader/folders.js";
import { parseYaml } from "../records/frontmatter.js";
import { CLOCK_STOP_STATUSES } from "../records/kinds.js";
import { readRecord } from "../records/read.js";
import { type PositionMap, positionOf, type RecordData } from "../records/record.js";
import { computeKpis, computeSlaMetrics, type KpiPeriod, type PeriodMetrics } from "../sla/index.js";
import { lastCompletePeriod, PERIOD_KINDS, type PeriodKind, parseInstant } from "../sla/periods.js";
import type { ClockMemo, RecordInput } from "../sla/timeline.js";
import { improvementMetrics } from "./improvements-github.js";

/** Options of `sms metrics`. */
export interface MetricsOptions {
  repo: string;
  /** Range start (inclusive): a date in the configured time zone, or a date-time. */
  from?: string;
  /** Range end (exclusive). */
  to?: string;
  now: string;
  backend?: BackendChoice;
  /** Use `.sms/cache` (default true). */
  cache?: boolean;
  /** Called as history is read, with the number of commits read so far. */
  onProgress?: (commitsRead: number) => void;
  /** GitHub access for the improvement figures; without it they come from the records alone (offline). */
  github?: GitHubClient;
}

/** SPEC section 7's document plus KPIs and what was found wrong on the way. */
export interface MetricsReport {
  periods: PeriodMetrics[];
  records: Record<string, Record<string, number>>;
  kpis: KpiPeriod[];
  diagnostics: Diagnostic[];
  /** PDCA figures: counts by stage, issues opened and closed per period, mean cycle time. */
  improvements: ImprovementFigures;
}

/** What runMetrics returns: the report, and facts about the run that are not part of it. */
export interface MetricsRun {
  report: MetricsReport;
  head: string;
  stats: ReplayStats;
  config: SmsConfig;
}

// Not imported from config/parse.js, which brings the schema validators that a warm run never needs.
const CONFIG_FILE = "sms.config.yml";
const CLOCKED = new Set(["incident", "request", "problem", "change"]);

/** Records as they stand at the replayed head, with history-derived clocks where they have no timeline. */
export function recordInputs(
  state: HistoryState,
  keep: (rec: RecordHistory) => boolean = () => true,
): RecordInput[] {
  const out: RecordInput[] = [];
  for (const rec of state.records.values()) {
    if (!keep(rec) || !rec.data) continue;
    const last = rec.versions[rec.versions.length - 1];
    const input: RecordInput = { data: rec.data as RecordData, path: last?.path };
    const timeline = rec.data.timeline;
    // With a timeline of its own, history is not the source of the record's clock (SPEC 4).
    if (CLOCKED.has(String(rec.data.kind)) && !(Array.isArray(timeline) && timeline.length > 0)) {
      const clock = historyClock(rec, state.commits);
      if (clock) {
        input.openedAt = clock.openedAt;
        input.transitions = clock.transitions;
      }
    }
    out.push(input);
  }
  return out.sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
}

const STOPPED = new Set([...CLOCK_STOP_STATUSES, "rejected"]);

/** The instants a report covers: [from, to) of every SLA's periods and of the KPIs; undefined if unknown. */
export function reportRange(
  slas: readonly RecordData[],
  zone: string,
  opts: { from?: string; to?: string; now: string },
): { fromMs: number; toMs: number } | undefined {
  const z = IANAZone.isValidZone(zone) ? zone : "UTC";
  const toMs = parseInstant(opts.to ?? opts.now, z);
  if (toMs === null) return undefined;
  if (opts.from !== undefined) {
    const fromMs = parseInstant(opts.from, z);
    return fromMs === null ? undefined : { fromMs, toMs };
  }
  const kinds = new Set<PeriodKind>(["month", kpiPeriod(slas)]);
  for (const s of slas) if (PERIOD_KINDS.includes(s.period as PeriodKind)) kinds.add(s.period as PeriodKind);
  const fromMs = Math.min(...[...kinds].map((k) => lastCompletePeriod(k, z, toMs).fromMs));
  return { fromMs, toMs };
}

/** Kinds that some SLA target measures; every operational kind when a target's kind is unclear. */
function targetedKinds(slas: readonly RecordData[]): Set<string> {
  const out = new Set<string>();
  for (const s of slas) {
    for (const t of Array.isArray(s.targets) ? s.targets : []) {
      const kind = (t as { applies_to?: { kind?: unknown } } | null)?.applies_to?.kind;
      const kinds = Array.isArray(kind) ? kind : [kind];
      if (kinds.every((k) => typeof k === "string")) for (const k of kinds) out.add(k as string);
      else return new Set(CLOCKED);
    }
  }
  return out;
}

/**
 * Whether a record can count in a report over [from, to): everything it can add (openings,
 * resolutions, outages, windows, breaches) lies within its span, except a clock still running.
 */
export function relevantTo(
  range: { fromMs: number; toMs: number },
  slas: readonly RecordData[],
): (rec: RecordHistory) => boolean {
  const measured = targetedKinds(slas);
  // Kind, span and status come from history, so records left out are never parsed from the cache.
  return (rec) => {
    const kind = rec.kind;
    if (!rec.span || kind === null || !CLOCKED.has(kind)) return true;
    if (rec.span[0] >= range.toMs) return false;
    if (rec.span[1] >= range.fromMs) return true;
    return measured.has(kind) && !STOPPED.has(String(rec.status));
  };
}

/** The reporting period of the KPIs: the one every SLA uses, else month. */
export function kpiPeriod(slas: readonly RecordData[]): PeriodKind {
  const kinds = new Set(slas.map((s) => (s.period === undefined ? "month" : String(s.period))));
  const only = [...kinds][0];
  return kinds.size === 1 && (only === "quarter" || only === "week") ? only : "month";
}

/**
 * Finds positions lazily: the engine asks for a position only when it reports a finding, and reading a
 * file's positions means parsing it in full, so the answers are placeholders resolved afterwards.
 */
class LazyLocator {
  readonly asked: { file: string; pointer: string }[] = [];

  locate = (file: string, pointer: string) => {
    this.asked.push({ file, pointer });
    return { line: -this.asked.length, column: 0 };
  };

  async resolve(git: GitBackend, state: HistoryState, configText: string | undefined, list: Diagnostic[]) {
    const files = new Set<string>();
    for (const d of list) if (d.line < 0) files.add(this.asked[-d.line - 1]?.file ?? d.file);
    const positions = new Map<string, PositionMap>();
    if (files.has(CONFIG_FILE) && configText !== undefined)
      positions.set(CONFIG_FILE, parseYaml(configText).positions);
    const blobs = new Map<string, string>();
    for (const [path, id] of state.paths) {
      if (!files.has(path)) continue;
      const last = state.records.get(id)?.versions.at(-1);
      if (last?.blob) blobs.set(path, last.blob);
    }
    const bytes = await git.readBlobs([...blobs.values()]);
    for (const [path, oid] of blobs) {
      const r = readRecord(path, oid, bytes.get(oid) ?? new Uint8Array());
      if (r.record) positions.set(path, r.record.positions);
    }
    return list.map((d) => {
      if (d.line >= 0) return d;
      const q = this.asked[-d.line - 1];
      const map = q ? positions.get(q.file) : undefined;
      const at = map && q ? positionOf({ positions: map }, q.pointer) : { line: 1, column: 1 };
      return { ...d, line: at.line, column: at.column };
    });
  }
}

/**
 * SLA targets, availability and KPIs per period from the committed records and the history that
 * recorded them (SPEC 5 and 7). Bad input becomes diagnostics; the rest is still computed.
 */
export async function runMetrics(opts: MetricsOptions): Promise<MetricsRun> {
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    const head = await git.resolveCommit("HEAD").catch((error: unknown) => {
      throw new UsageError(
        `${opts.repo} has no commits yet: metrics come from the committed history; commit the records first`,
        { cause: error },
      );
    });
    // Metrics describe committed history, so the configuration is the committed one too.
    const cfg = await committedConfig(git, head, opts.cache !== false);
    const config = cfg.config;
    const replay = await replayWithCache(git, {
      head,
      folders: recordFolders(config),
      zone: config.timezone,
      maxFileSize: config.maxFileSize,
      cache: opts.cache,
      onProgress: opts.onProgress,
    });
    const slaData = [...replay.state.records.values()].flatMap((r) =>
      r.kind === "sla" && r.data?.kind === "sla" ? [r.data as RecordData] : [],
    );
    // Only records whose span meets the report's range can change it; the others are left out early.
    const range = reportRange(slaData, config.timezone, opts);
    const records = recordInputs(replay.state, range ? relevantTo(range, slaData) : undefined);
    const slas = records.filter((r) => r.data.kind === "sla");
    const locator = new LazyLocator();
    // SLA targets and KPIs derive the clocks of the same records: once, with one memo.
    const clocks: ClockMemo = new WeakMap();
    const common = {
      records,
      config,
      from: opts.from,
      to: opts.to,
      now: opts.now,
      locate: locator.locate,
      clocks,
    };
    const sla = computeSlaMetrics({ ...common, slas });
    const kpis = computeKpis({ ...common, period: kpiPeriod(slas.map((s) => s.data)) });
    const found = [...cfg.diagnostics, ...sla.diagnostics, ...kpis.diagnostics];
    const resolved = await locator.resolve(git, replay.state, cfg.text, found);
    return {
      report: {
        periods: sla.periods,
        records: sla.records,
        kpis: kpis.periods,
        diagnostics: sortDiagnostics(dedupeDiagnostics(resolved)),
        improvements: await improvementMetrics({
          // The register reads improvements and nonconformities, and only the ids of the rest.
          records: [...new Set(replay.state.paths.values())].flatMap((id) => {
            const r = replay.state.records.get(id);
            if (!r) return [];
            if (r.kind === "improvement" || r.kind === "nonconformity")
              return r.data ? [{ data: r.data }] : [];
            return [{ data: { id: r.id, kind: r.kind ?? "" } as RecordData }];
          }),
          config,
          periods: sla.periods,
          now: opts.now,
          github: opts.github,
        }),
      },
      head: replay.head,
      stats: replay.stats,
      config,
    };
  } finally {
    await git.close();
  }
}
