// Shared helpers for the benchmarks: timing with medians, peak memory of child processes.
import { spawnSync } from "node:child_process";

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

/** Runs a command, returns { ms, maxRssKb, status } using GNU time when available. */
export function timed(cmd, args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    ...opts,
  });
  const ms = performance.now() - t0;
  if (r.error) {
    const t1 = performance.now();
    const s = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30, ...opts });
    return {
      ms: performance.now() - t1,
      maxRssKb: undefined,
      status: s.status,
      stdout: s.stdout,
      stderr: s.stderr,
    };
  }
  const lines = r.stderr.trim().split("\n");
  return {
    ms,
    maxRssKb: Number(lines[lines.length - 1]),
    status: r.status,
    stdout: r.stdout,
    stderr: lines.slice(0, -1).join("\n"),
  };
}

/** Median of a timed command over several runs. */
export function medianCmd(runs, cmd, args, opts = {}, before = () => {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    results.push(timed(cmd, args, opts));
  }
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(results.length / 2)];
}

/** Formats milliseconds. */
export const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
