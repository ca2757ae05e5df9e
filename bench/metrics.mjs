// Benchmark of `sms metrics` on generated history (not part of npm test):
//   cold native     vs `git log --raw --no-renames` alone      target: within 1.5x
//   warm, one new commit since the cached run                    target: under 0.5 s
//   cold isomorphic-git vs cold native                           target: within 10x
//   sharded (incidents/2026/03/) vs flat folders
// Sizes: SMS_BENCH_RECORDS (10000), SMS_BENCH_COMMITS (50000), SMS_BENCH_RUNS (3); SMS_BENCH_ISO=0 skips
// the isomorphic-git run, which takes minutes. Results go to bench/out/metrics.json.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { fmt } from "./lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RECORDS = Number(process.env.SMS_BENCH_RECORDS ?? 10000);
const COMMITS = Number(process.env.SMS_BENCH_COMMITS ?? 50000);
const RUNS = Number(process.env.SMS_BENCH_RUNS ?? 3);
const ISO = process.env.SMS_BENCH_ISO !== "0";
const NOW = "2026-11-16T00:00:00+01:00";
const out = path.join(root, "bench/out");
mkdirSync(out, { recursive: true });

spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { stdio: "inherit" });
// The generator is TypeScript; bundle it once, as scripts/gen-docs.mjs does with the reference.
await build({
  entryPoints: [path.join(root, "src/demo/index.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: path.join(out, "demo-generator.mjs"),
  logLevel: "warning",
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const { generateDemoHistory } = await import(pathToFileURL(path.join(out, "demo-generator.mjs")).href);

const tmp = mkdtempSync(path.join(os.tmpdir(), "sms-bench-metrics-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));

async function repo(layout) {
  const t0 = performance.now();
  const r = await generateDemoHistory({
    dir: path.join(tmp, layout),
    records: RECORDS,
    commits: COMMITS,
    layout,
    template: path.join(root, "sms-template"),
  });
  console.log(
    `generated ${layout}: ${r.commits} commits, ${r.records} records in ${fmt(performance.now() - t0)}`,
  );
  return r.dir;
}

/** Wall time of a command, with its output discarded (the floor must not pay for buffering either). */
function time(cmd, args, cwd, env = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return ms;
}

function median(runs, before, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    times.push(fn());
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const sms = (dir, ...args) =>
  time(
    process.execPath,
    [path.join(root, "bin/sms.js"), "--repo", dir, "--now", NOW, ...args, "metrics", "--json"],
    dir,
  );
const noCache = (dir) => () => rmSync(path.join(dir, ".sms"), { recursive: true, force: true });
const gitLog = (dir) => () => time("git", ["log", "--raw", "--no-renames"], dir);

let edits = 0;
/** One more commit: a work-log line on one incident, the way the next day of operations adds one. */
function newCommit(dir) {
  const file = path.join(
    dir,
    spawnSync("git", ["ls-files", "incidents/2026/10"], { cwd: dir, encoding: "utf8" }).stdout.split("\n")[0],
  );
  appendFileSync(file, `\n- checked again (${++edits})\n`);
  const env = {
    GIT_AUTHOR_DATE: NOW,
    GIT_COMMITTER_DATE: NOW,
    GIT_AUTHOR_NAME: "Bench",
    GIT_AUTHOR_EMAIL: "bench@example.com",
    GIT_COMMITTER_NAME: "Bench",
    GIT_COMMITTER_EMAIL: "bench@example.com",
  };
  spawnSync("git", ["commit", "-q", "-a", "-m", "bench: one more commit"], {
    cwd: dir,
    env: { ...process.env, ...env },
  });
}

const sharded = await repo("sharded");
const results = {
  records: RECORDS,
  commits: COMMITS,
  runs: RUNS,
  cpus: os.cpus().length,
  load: os.loadavg()[0],
};
results.floor = median(RUNS, () => {}, gitLog(sharded));
results.cold = median(RUNS, noCache(sharded), () => sms(sharded));
sms(sharded);
results.warmSame = median(
  RUNS,
  () => {},
  () => sms(sharded),
);
results.warmOneCommit = median(
  RUNS,
  () => newCommit(sharded),
  () => sms(sharded),
);
if (ISO) results.coldIso = median(1, noCache(sharded), () => sms(sharded, "--git", "isomorphic"));

const flat = await repo("flat");
results.floorFlat = median(RUNS, () => {}, gitLog(flat));
results.coldFlat = median(RUNS, noCache(flat), () => sms(flat));

const row = (name, ms, vs, target) =>
  console.log(
    `${name.padEnd(44)} ${fmt(ms).padStart(9)}${vs ? `  ${(ms / vs).toFixed(2)}x` : ""}${target ? `  (target ${target})` : ""}`,
  );
console.log(
  `\nsms metrics, ${RECORDS} records, ${COMMITS} commits, median of ${RUNS} (load ${results.load.toFixed(1)} on ${results.cpus} CPUs)`,
);
row("git log --raw --no-renames (floor)", results.floor);
row("cold, native git", results.cold, results.floor, "within 1.5x of the floor");
row("warm, nothing new", results.warmSame);
row("warm, one new commit", results.warmOneCommit, undefined, "< 0.5 s");
if (ISO) row("cold, isomorphic-git", results.coldIso, results.cold, "within 10x of native");
row("flat folders: git log --raw (floor)", results.floorFlat);
row("flat folders: cold, native git", results.coldFlat, results.floorFlat);
row("sharded vs flat, cold native", results.cold, results.coldFlat);
writeFileSync(path.join(out, "metrics.json"), `${JSON.stringify(results, null, 2)}\n`);
