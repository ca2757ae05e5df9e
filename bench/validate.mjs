// Benchmark of `sms validate` on a generated 10,000-record repository against its floor:
// reading every record file and YAML-parsing its frontmatter. Not part of npm test.

import fs from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { fmt, median, medianCmd } from "./lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.env.SMS_BENCH_RECORDS ?? 10000);
const RUNS = Number(process.env.SMS_BENCH_RUNS ?? 5);

const dir = await mkdtemp(path.join(os.tmpdir(), "sms-bench-validate-"));
await cp(path.join(root, "sms-template"), dir, { recursive: true });
const services = (await readdir(path.join(dir, "services"))).map((f) => f.replace(/\.md$/, ""));
const statuses = ["new", "in-progress", "on-hold", "resolved", "closed"];
for (let i = 0; i < N; i++) {
  const month = String((i % 12) + 1).padStart(2, "0");
  const folder = path.join(dir, "incidents", "2025", month);
  if (i < 12) await mkdir(folder, { recursive: true });
  const status = statuses[i % statuses.length];
  const text = `---
id: INC-B${String(i).padStart(6, "0")}
kind: incident
title: Generated incident ${i} for the benchmark
owner: service-desk
status: ${status}
priority: P${(i % 4) + 1}
service: ${services[i % services.length]}
opened_at: 2025-${month}-10T09:00:00+01:00
timeline:
  - { at: 2025-${month}-10T09:20:00+01:00, status: in-progress }
  - { at: 2025-${month}-10T11:00:00+01:00, status: ${status === "new" ? "in-progress" : status} }
---
Users reported errors on the checkout page. Restarted the worker pool and watched the error rate fall.
`;
  await writeFile(
    path.join(folder, `INC-B${String(i).padStart(6, "0")}.md`),
    text.replace(/status: new\n/, "status: in-progress\n"),
  );
}

async function listMd(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(".md")) out.push(path.join(e.parentPath ?? e.path, e.name));
  }
  return out;
}

// The floor: read every record and parse its YAML frontmatter, nothing else.
const floor = await median(RUNS, async () => {
  const files = await listMd(dir);
  for (const f of files) {
    const t = await readFile(f, "utf8");
    const end = t.indexOf("\n---", 3);
    if (t.startsWith("---") && end > 0) parse(t.slice(4, end));
  }
});

const bin = path.join(root, "bin/sms.js");
const args = ["--repo", dir, "validate", "--format", "json", "--now", "2026-11-21T12:00:00Z"];
const cold = medianCmd(RUNS, "node", [bin, ...args, "--no-cache"]);
const parsed = JSON.parse(cold.stdout);
const warmFirst = medianCmd(1, "node", [bin, ...args]);
const warm = medianCmd(RUNS, "node", [bin, ...args]);
const pr = medianCmd(RUNS, "node", [bin, ...args], {}, (i) => {
  // A pull request touching five records: only those five are parsed again.
  for (let k = 0; k < 5; k++) {
    const id = `INC-B${String(k * 1000 + i).padStart(6, "0")}`;
    const month = String(((k * 1000 + i) % 12) + 1).padStart(2, "0");
    const f = path.join(dir, "incidents", "2025", month, `${id}.md`);
    fs.appendFileSync(f, `\nEdited in run ${i}.\n`);
  }
});

const result = {
  records: N,
  floor_ms: Math.round(floor),
  validate_cold_ms: Math.round(cold.ms),
  validate_first_with_cache_ms: Math.round(warmFirst.ms),
  validate_warm_ms: Math.round(warm.ms),
  validate_pr_5_records_ms: Math.round(pr.ms),
  ratio_cold_to_floor: Number((cold.ms / floor).toFixed(2)),
  peak_rss_mb: Math.round((cold.maxRssKb ?? 0) / 1024),
  errors: parsed.errors,
  warnings: parsed.warnings,
};
console.log(
  `records ${N}: floor ${fmt(floor)}, validate cold ${fmt(cold.ms)} (${result.ratio_cold_to_floor}x), warm ${fmt(warm.ms)}, 5-record PR ${fmt(pr.ms)}, peak ${result.peak_rss_mb} MB`,
);
console.log(JSON.stringify(result));
await rm(dir, { recursive: true, force: true });
