// Shared helpers for the benchmarks: timing with medians, peak memory and CPU time of child
// processes (GNU time), the machine's description, a git environment free of user settings.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package folder and the benchmarks' scratch folder (git-ignored). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const outDir = path.join(root, "bench", "out");

/** Git without the user's configuration, with a fixed identity for commits the benches make. */
export function gitEnv(extra = {}) {
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Bench",
    GIT_AUTHOR_EMAIL: "bench@example.com",
    GIT_COMMITTER_NAME: "Bench",
    GIT_COMMITTER_EMAIL: "bench@example.com",
    GIT_AUTHOR_DATE: "2026-11-17T10:00:00+01:00",
    GIT_COMMITTER_DATE: "2026-11-17T10:00:00+01:00",
    NO_COLOR: "1",
    ...extra,
  };
}

/** Runs fn `runs` times and returns the median wall time in milliseconds. */
export async function median(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const hasGnuTime = spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;

/**
 * Runs a command: { ms, cpuMs, maxRssKb, status, stdout, stderr, timedOut }. GNU time writes to its
 * own file (-o), so the command's stderr stays its own. `opts.quiet` sends stdout and stderr to
 * /dev/null (linters print megabytes of findings we do not read); `opts.timeout` is in ms.
 */
export function timed(cmd, args, opts = {}) {
  const { quiet, ...spawnOpts } = opts;
  const o = { encoding: "utf8", maxBuffer: 1 << 30, ...spawnOpts };
  if (quiet) o.stdio = ["ignore", "ignore", "ignore"];
  if (!hasGnuTime) {
    const t0 = performance.now();
    const s = spawnSync(cmd, args, o);
    return {
      ms: performance.now() - t0,
      status: s.status,
      stdout: s.stdout,
      stderr: s.stderr,
      timedOut: !!s.error,
    };
  }
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `time-${process.pid}.txt`);
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-o", file, "-f", "%U %S %M", cmd, ...args], o);
  const ms = performance.now() - t0;
  let cpuMs;
  let maxRssKb;
  try {
    const last = readFileSync(file, "utf8").trim().split("\n").pop() ?? "";
    const [user, sys, rss] = last.split(" ").map(Number);
    if (Number.isFinite(rss)) [cpuMs, maxRssKb] = [(user + sys) * 1000, rss];
    rmSync(file, { force: true });
  } catch {
    // killed by the timeout before GNU time wrote anything
  }
  return { ms, cpuMs, maxRssKb, status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: !!r.error };
}

/**
 * Median (by wall time) of a timed command over several runs; `before(i)` prepares each run.
 * The result also carries `runs` (every wall time) and `maxRssKbMax` (the largest peak of any run).
 */
export function medianCmd(runs, cmd, args, opts = {}, before = () => {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    const r = timed(cmd, args, opts);
    results.push(r);
    if (r.timedOut) break;
  }
  const all = results.map((r) => r.ms);
  results.sort((a, b) => a.ms - b.ms);
  const mid = results[Math.floor(results.length / 2)];
  return {
    ...mid,
    timedOut: results.some((r) => r.timedOut),
    runs: all,
    maxRssKbMax: Math.max(...results.map((r) => r.maxRssKb ?? 0)) || undefined,
  };
}

/** Formats milliseconds. */
export const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** What the figures were measured on: CPU, cores, memory, load now. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    load: os.loadavg().map((l) => Number(l.toFixed(2))),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}
