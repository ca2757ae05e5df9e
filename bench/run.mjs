// npm run bench: how the engine's cost grows with the SMS, against the tools users compare it to.
// Generates (or reuses) repositories of 1k, 10k and 50k records, measures every command and its
// reference tool on the same data, and writes docs/benchmarks.md, docs/benchmarks.svg and
// bench/out/results.json. SMS_BENCH_SIZES=1k,10k chooses sizes; SMS_BENCH_RUNS (default 3) runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { machine, outDir, root } from "./lib.mjs";
import { writeReport } from "./report.mjs";
import { benchRepo, SIZES } from "./repos.mjs";
import { runSuite } from "./suite.mjs";

const sizes = (process.env.SMS_BENCH_SIZES ?? Object.keys(SIZES).join(","))
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
for (const s of sizes)
  if (!SIZES[s]) throw new Error(`SMS_BENCH_SIZES: unknown size ${s} (${Object.keys(SIZES).join(", ")})`);
const runs = Number(process.env.SMS_BENCH_RUNS ?? 3);
// SMS_BENCH_ONLY=markdownlint,site re-measures some sections and keeps the rest of results.json.
const only = process.env.SMS_BENCH_ONLY ? new Set(process.env.SMS_BENCH_ONLY.split(",")) : undefined;
const log = (line) => process.stderr.write(`${line}\n`);

// markdownlint-cli2 --help exits 2, so a version is whatever the first line says, whatever the status.
const version = (cmd, args, pick = (s) => s.trim().split("\n")[0]) => {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.error || !r.stdout ? "not installed" : pick(r.stdout);
};
const versions = {
  node: process.version,
  git: version("git", ["--version"], (s) => s.trim().replace(/^git version /, "")),
  hugo: version("hugo", ["version"], (s) => s.trim().split(" ")[1] ?? s.trim()),
  "markdownlint-cli2": version(
    process.execPath,
    [path.join(root, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"), "--help"],
    (s) => s.split("\n")[0].replace(/^markdownlint-cli2 /, ""),
  ),
  "sms-as-code": `${JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version} (${version("git", ["-C", root, "rev-parse", "--short", "HEAD"])}${spawnSync("git", ["-C", root, "diff", "--quiet", "HEAD", "--", "src"]).status === 0 ? "" : ", with uncommitted src changes"})`,
};

const started = new Date();
mkdirSync(outDir, { recursive: true });
const resultsFile = path.join(outDir, "results.json");
const results = only
  ? { ...JSON.parse(readFileSync(resultsFile, "utf8")), versions, partial: [...only] }
  : { started: started.toISOString(), runs, machineBefore: machine(), versions, sizes: {} };
const save = () => writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
for (const size of sizes) {
  const repo = await benchRepo(size, log);
  log(
    `${size}: ${repo.records} generated records (${repo.files.length} record files), ${repo.commits} commits; load ${machine().load.join(" ")}`,
  );
  const t0 = performance.now();
  const measures = { ...(only ? results.sizes[size]?.measures : {}), ...runSuite(repo, runs, log, only) };
  results.sizes[size] = {
    records: repo.files.length,
    generatedRecords: repo.records,
    commits: repo.commits,
    generatedMs: repo.generatedMs,
    benchMs: Math.round(performance.now() - t0) + (only ? (results.sizes[size]?.benchMs ?? 0) : 0),
    load: machine().load,
    measures,
  };
  save();
}
results.finished = new Date().toISOString();
results.machineAfter = machine();
save();
writeReport(results, log);
log(`took ${((Date.now() - started.getTime()) / 60000).toFixed(1)} min`);
