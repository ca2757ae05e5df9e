import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CliIo } from "../cli/io.js";
import { formatText } from "../diagnostics/format.js";
import type { BackendChoice } from "../git/open.js";
import { runInit } from "./init.js";
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
  const init = await runInit({ dir });
  opts.io.stdout(`Demonstration SMS repository: ${init.dir}\n\n`);
  const report = await runValidate({ repo: init.dir, now: opts.now, backend: opts.backend });
  const byKind = new Map<string, number>();
  for (const r of report.repository.records)
    byKind.set(String(r.data.kind), (byKind.get(String(r.data.kind)) ?? 0) + 1);
  opts.io.stdout(`${report.repository.config.organization}: ${report.repository.records.length} records\n`);
  for (const [kind, n] of [...byKind].sort()) opts.io.stdout(`  ${kind.padEnd(14)} ${n}\n`);
  opts.io.stdout(`\nValidation: ${formatText(report.diagnostics, { color: opts.io.isTty })}`);
  return report.errors > 0 ? 1 : 0;
}
