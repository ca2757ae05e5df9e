import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { templateDir } from "../app/paths.js";
import { UsageError } from "../errors.js";
import { runGit } from "../git/process.js";
import { checkoutHead, fastImport } from "./fast-import.js";
import { planDemo } from "./plan.js";

/** Options of generateDemoHistory; every default gives the demonstration repository of `sms demo`. */
export interface DemoHistoryOptions {
  /** A new or empty folder. */
  dir: string;
  /** Same seed, same repository (byte for byte, commit ids included). Default 1. */
  seed?: number;
  /** First and last day of history (ISO 8601). Default 2026-05-01 to 2026-11-16, around the template's story. */
  start?: string;
  end?: string;
  /** Total generated operational records, split 70/20/8/2 into incidents, changes, requests, problems. */
  records?: number;
  incidents?: number;
  changes?: number;
  requests?: number;
  problems?: number;
  /** Commits wanted (work-log edits fill up, or several updates share a commit). Default: one per update. */
  commits?: number;
  /** "sharded" files records under incidents/2026/03/ and the like; "flat" puts them side by side. */
  layout?: "sharded" | "flat";
  /** Check the files out into the work tree (default true). */
  checkout?: boolean;
  /** The starter SMS to begin from (default: the package's sms-template/). */
  template?: string;
}

/** What generateDemoHistory made. */
export interface DemoHistory {
  dir: string;
  head: string;
  commits: number;
  /** Generated operational records (the template's own come on top). */
  records: number;
  /** The last complete month of the history, for a metrics report: [from, to) as dates. */
  lastMonth: { from: string; to: string };
}

async function templateFiles(root: string, rel = ""): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.name === ".sms" || e.name === "node_modules") continue;
    if (e.isDirectory()) for (const [k, v] of await templateFiles(root, p)) out.set(k, v);
    else if (e.isFile()) out.set(p, await readFile(path.join(root, p), "utf8"));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function day(text: string, what: string): number {
  const ms = Date.parse(/T/.test(text) ? text : `${text}T00:00:00+01:00`);
  if (Number.isNaN(ms)) throw new UsageError(`demo ${what} ${JSON.stringify(text)} is not a date`);
  return ms;
}

/**
 * Builds a demonstration SMS repository with months of history from the template: hundreds of
 * incidents, changes and requests committed over time by the template's people, with breaches,
 * pauses, reopenings, a major outage, planned maintenance and emergency changes. Deterministic.
 */
export async function generateDemoHistory(opts: DemoHistoryOptions): Promise<DemoHistory> {
  const dir = path.resolve(opts.dir);
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0)
    throw new UsageError(`${opts.dir} is not empty; choose a new or empty folder`);
  await mkdir(dir, { recursive: true });
  const start = day(opts.start ?? "2026-05-01T00:00:00+02:00", "start");
  const end = day(opts.end ?? "2026-11-16T00:00:00+01:00", "end");
  if (end - start < 14 * 86_400_000) throw new UsageError("demo history must span at least two weeks");
  const n = opts.records;
  const plan = planDemo(await templateFiles(opts.template ?? templateDir()), {
    seed: opts.seed ?? 1,
    start,
    end,
    incidents: opts.incidents ?? (n !== undefined ? Math.round(n * 0.7) : 320),
    changes: opts.changes ?? (n !== undefined ? Math.round(n * 0.2) : 120),
    requests: opts.requests ?? (n !== undefined ? Math.round(n * 0.08) : 60),
    problems: opts.problems ?? (n !== undefined ? Math.round(n * 0.02) : 6),
    commits: opts.commits,
    layout: opts.layout ?? "sharded",
  });
  const init = await runGit(dir, ["init", "-q", "-b", "main"]);
  if (init.code !== 0)
    throw new UsageError(`cannot create a git repository in ${dir}: ${init.stderr.trim()}`);
  await fastImport(dir, plan.commits);
  if (opts.checkout !== false) await checkoutHead(dir);
  const head = (await runGit(dir, ["rev-parse", "HEAD"])).stdout.trim();
  const last = new Date(end - 86_400_000);
  const month = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return {
    dir,
    head,
    commits: plan.commits.length,
    records: plan.records.length,
    lastMonth: {
      from: month(last.getUTCFullYear(), last.getUTCMonth() - 1),
      to: month(last.getUTCFullYear(), last.getUTCMonth()),
    },
  };
}
