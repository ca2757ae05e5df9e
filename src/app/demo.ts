import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CliIo } from "../cli/io.js";
import { type DemoHistory, generateDemoHistory } from "../demo/index.js";
import { formatText } from "../diagnostics/format.js";
import { type BackendChoice, hasGitBinary } from "../git/open.js";
import { runInit } from "./init.js";
import { runMetrics } from "./metrics.js";
import { formatMetricsText } from "./metrics-text.js";
import { runSite } from "./site.js";
import { runValidate } from "./validate.js";

/** Options of `sms demo`. */
export interface DemoOptions {
  dir?: string;
  now: string;
  backend: BackendChoice;
  io: CliIo;
}

/** Builds the demonstration repository, validates it and prints a summary; returns the exit code. */
export async function runDemo(opts: DemoOptions): Promise<number> {
  const dir = opts.dir
    ? path.resolve(opts.io.cwd, opts.dir)
    : await mkdtemp(path.join(os.tmpdir(), "sms-demo-"));
  // Months of history need `git fast-import`; without git the demo is the template alone.
  let history: DemoHistory | undefined;
  let init: { dir: string };
  if (hasGitBinary(opts.io.env)) {
    history = await generateDemoHistory({ dir });
    init = history;
  } else init = await runInit({ dir });
  opts.io.stdout(`Demonstration SMS repository: ${init.dir}\n`);
  opts.io.stdout(
    history
      ? `  ${history.commits} commits from May to November 2026 by the template's nine people\n\n`
      : "  the template only: months of demo history need the git program on PATH\n\n",
  );
  const report = await runValidate({ repo: init.dir, now: opts.now, backend: opts.backend });
  const byKind = new Map<string, number>();
  const records = report.summaries.filter((s) => s.kind !== undefined);
  for (const r of records) byKind.set(r.kind ?? "", (byKind.get(r.kind ?? "") ?? 0) + 1);
  opts.io.stdout(`${report.config.organization}: ${records.length} records\n`);
  for (const [kind, n] of [...byKind].sort()) opts.io.stdout(`  ${kind.padEnd(14)} ${n}\n`);
  opts.io.stdout(`\nValidation: ${formatText(report.diagnostics, { color: opts.io.isTty })}`);
  if (history) {
    // The demo's world ends in mid-November 2026, so its last complete month is measured, whatever today is.
    const metrics = await runMetrics({
      repo: init.dir,
      from: history.lastMonth.from,
      to: history.lastMonth.to,
      now: "2026-11-16T00:00:00+01:00",
      backend: opts.backend,
    });
    const { organization, timezone } = metrics.config;
    const color = opts.io.isTty && !opts.io.env.NO_COLOR;
    opts.io.stdout(`\n${formatMetricsText(metrics.report, { organization, zone: timezone, color })}`);
  }
  // Last, the evidence site an auditor would open, built from the demonstration repository's HEAD.
  const site = await runSite({ repo: init.dir, builtAt: new Date().toISOString(), backend: opts.backend });
  opts.io.stdout(
    `\nEvidence site: ${site.pages} pages from commit ${site.commit.slice(0, 10)}\n${site.index}\n`,
  );
  return report.errors > 0 ? 1 : 0;
}
