// Benchmark of `sms check-pr` with a facts file on a generated 10,000-record repository and a pull
// request touching 50 records (API excluded: the facts come from a file). Target: under 2 s.
// Not part of npm test. SMS_BENCH_RECORDS, SMS_BENCH_TOUCHED and SMS_BENCH_RUNS change the sizes.

import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fmt } from "./lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.env.SMS_BENCH_RECORDS ?? 10000);
const TOUCHED = Number(process.env.SMS_BENCH_TOUCHED ?? 50);
const RUNS = Number(process.env.SMS_BENCH_RUNS ?? 5);
const TARGET_MS = 2000;

/** Runs a command under GNU time: wall and CPU (user + system) milliseconds, peak memory. */
function run(cmd, args, opts) {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S %M", cmd, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    ...opts,
  });
  const ms = performance.now() - t0;
  if (r.error) {
    const s = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30, ...opts });
    return {
      ms: performance.now() - t0,
      cpuMs: undefined,
      maxRssKb: undefined,
      status: s.status,
      stdout: s.stdout,
      stderr: s.stderr,
    };
  }
  const lines = r.stderr.trim().split("\n");
  const [user, sys, rss] = lines[lines.length - 1].split(" ").map(Number);
  return {
    ms,
    cpuMs: (user + sys) * 1000,
    maxRssKb: rss,
    status: r.status,
    stdout: r.stdout,
    stderr: lines.slice(0, -1).join("\n"),
  };
}

/** Median (by wall time) of several runs. */
function medianRun(runs, cmd, args, opts, before = () => {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    before();
    results.push(run(cmd, args, opts));
  }
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(results.length / 2)];
}

const env = { ...process.env, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: "1", NO_COLOR: "1" };
const git = (dir, ...args) =>
  execFileSync("git", args, { cwd: dir, env, encoding: "utf8", maxBuffer: 1 << 28 }).trim();
const who = ["-c", "user.name=Bench", "-c", "user.email=bench@example.com"];

function change(i, title) {
  const month = String((i % 12) + 1).padStart(2, "0");
  const types = ["normal", "normal", "standard", "emergency"];
  const type = types[i % types.length];
  const status = i % 3 === 0 ? "closed" : "submitted";
  const extra = type === "standard" ? "template: PRC-std-tls-renewal\n" : "";
  const pir = status === "closed" ? "\n## Post-implementation review\n\nWent as planned.\n" : "";
  return {
    file: `changes/2025/${month}/CHG-B${String(i).padStart(6, "0")}.md`,
    text: `---
id: CHG-B${String(i).padStart(6, "0")}
kind: change
title: ${title}
owner: dave
type: ${type}
risk: ${["low", "medium", "high"][i % 3]}
status: ${status}
${status === "closed" ? "outcome: successful\n" : ""}${extra}services: [SVC-shop-hosting]
cis: [CI-app-shop]
---
Generated change ${i} for the benchmark.

## Implementation plan

Do it.

## Back-out plan

Undo it.

## Test plan

Check it.
${pir}`,
  };
}

const dir = await mkdtemp(path.join(os.tmpdir(), "sms-bench-check-pr-"));
try {
  process.stderr.write(`generating ${N} records in ${dir}\n`);
  await cp(path.join(root, "sms-template"), dir, { recursive: true });
  for (let m = 1; m <= 12; m++)
    await mkdir(path.join(dir, "changes/2025", String(m).padStart(2, "0")), { recursive: true });
  const have = (await readdir(path.join(dir, "changes"))).length;
  for (let i = 0; i < N - have; i++) {
    const c = change(i, `Generated change ${i}`);
    await writeFile(path.join(dir, c.file), c.text);
  }
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, ...who, "commit", "-q", "-m", "base");
  git(dir, "switch", "-q", "-c", "pr");
  // Touch open (not closed) records: editing closed ones would be blocked, which is not the case to time.
  let touched = 0;
  for (let i = 0; touched < TOUCHED; i++) {
    if (i % 3 === 0) continue;
    const c = change(i, `Generated change ${i}, revised`);
    await writeFile(path.join(dir, c.file), c.text);
    touched++;
  }
  git(dir, ...who, "commit", "-q", "-am", "pull request");
  const head = git(dir, "rev-parse", "HEAD");
  git(dir, "switch", "-q", "main");
  const facts = path.join(dir, ".git", "facts.json");
  await writeFile(
    facts,
    JSON.stringify({
      number: 1,
      author: "hugo",
      reviews: ["carol", "erin", "dave"].map((user, id) => ({
        id,
        user,
        state: "APPROVED",
        commit_id: head,
        submitted_at: "2026-11-20T10:00:00Z",
      })),
      commit_authors: ["hugo"],
      now: "2026-11-20T12:00:00Z",
    }),
  );

  const args = [
    path.join(root, "bin/sms.js"),
    "--repo",
    dir,
    "check-pr",
    "--base",
    "main",
    "--head",
    "pr",
    "--facts",
    facts,
    "--json",
  ];
  const cold = medianRun(RUNS, process.execPath, args, { env }, () =>
    execFileSync("rm", ["-rf", path.join(dir, ".sms")]),
  );
  const warm = medianRun(RUNS, process.execPath, args, { env });
  const verdict = JSON.parse(warm.stdout);
  const records = verdict.records.length;
  const rss = (r) =>
    (r.cpuMs !== undefined ? `, CPU ${fmt(r.cpuMs)}` : "") +
    (r.maxRssKb ? `, peak ${(r.maxRssKb / 1024).toFixed(0)} MB` : "");
  console.log(
    `sms check-pr, ${N} records, pull request touching ${TOUCHED} (${records} judged, verdict ${verdict.verdict})`,
  );
  console.log(`  no parse cache:   ${fmt(cold.ms)} (median of ${RUNS}${rss(cold)})`);
  console.log(`  with parse cache: ${fmt(warm.ms)} (median of ${RUNS}${rss(warm)})`);
  console.log(
    `  load average:     ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs (wall time grows with it)`,
  );
  console.log(
    `  target:           ${fmt(TARGET_MS)}  ${cold.ms < TARGET_MS ? "met" : "NOT met"} without cache, ${warm.ms < TARGET_MS ? "met" : "NOT met"} with it`,
  );
  if (cold.status !== 0 && cold.status !== 1) throw new Error(`check-pr failed: ${cold.stderr}`);
} finally {
  if (process.env.SMS_BENCH_KEEP) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
