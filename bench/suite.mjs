// The measurements of one repository size: every sms command and the reference tool it is
// compared with, on the same data, each the median of several runs with its peak memory.
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hugoProject } from "./hugo.mjs";
import { fmt, gitEnv, medianCmd, outDir, root } from "./lib.mjs";
import { commitFiles, restore } from "./repos.mjs";

const NOW = "2026-11-21T12:00:00Z";
const CLI = path.join(root, "bin", "sms.js");
const MDLINT = path.join(root, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
// A command slower than this is run once only, so the 50k size stays within half an hour.
const ONE_RUN_ABOVE_MS = Number(process.env.SMS_BENCH_ONE_RUN_ABOVE_MS ?? 60_000);
const TIMEOUT_MS = Number(process.env.SMS_BENCH_TIMEOUT_MS ?? 20 * 60_000);

/** Runs `cmd` up to `runs` times (fewer when one run is slow) and keeps the median and the peak. */
function measure(label, runs, cmd, args, { before, ok = [0], ...opts } = {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = medianCmd(1, cmd, args, { timeout: TIMEOUT_MS, env: gitEnv(), ...opts }, () => before?.(i));
    if (!r.timedOut && !ok.includes(r.status))
      throw new Error(`${label}: exit ${r.status}\n${String(r.stderr ?? "").slice(0, 2000)}`);
    results.push(r);
    if (r.timedOut || r.ms > ONE_RUN_ABOVE_MS) break;
  }
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return {
    label,
    ms: Math.round(mid.ms),
    cpuMs: mid.cpuMs === undefined ? undefined : Math.round(mid.cpuMs),
    maxRssMiB: Math.round(Math.max(...results.map((r) => r.maxRssKb ?? 0)) / 1024) || undefined,
    runs: results.map((r) => Math.round(r.ms)),
    timedOut: results.some((r) => r.timedOut) || undefined,
    stdout: mid.stdout,
  };
}

const sms = (repo, backend, ...args) => [CLI, "--repo", repo, "--now", NOW, "--git", backend, ...args];

/** Files edited by a "pull request": open records, so the change is one a team would make. */
function openRecords(repo, files, n) {
  const picked = [];
  for (const rel of files) {
    if (!/^(changes|incidents|requests)\//.test(rel)) continue;
    const text = readFileSync(path.join(repo.dir, rel), "utf8");
    if (/^status: (closed|resolved|cancelled|fulfilled)$/m.test(text)) continue;
    picked.push(rel);
    if (picked.length === n) break;
  }
  for (const rel of files)
    if (picked.length < n && !picked.includes(rel) && rel.startsWith("changes/")) picked.push(rel);
  return picked;
}

/** Measures one size; `log` reports progress. Returns { measures, ratios-ready figures }. */
/** `only` (a Set of section names, or undefined for all) limits the run to some sections. */
export function runSuite(repo, runs, log, only) {
  const { dir } = repo;
  const m = {};
  const want = (section) => !only || only.has(section);
  const done = (key, r) => {
    const { stdout: _, ...kept } = r;
    m[key] = kept;
    log(
      `  ${r.label}: ${fmt(r.ms)}${r.cpuMs !== undefined ? ` (CPU ${fmt(r.cpuMs)})` : ""}, peak ${r.maxRssMiB ?? "?"} MiB${r.runs.length < runs ? `, ${r.runs.length} run(s)` : ""}`,
    );
    return r;
  };
  const git = (...a) => execFileSync("git", a, { cwd: dir, env: gitEnv(), encoding: "utf8" }).trim();
  const clearCache = () => rmSync(path.join(dir, ".sms"), { recursive: true, force: true });

  // validate: the floor is every record read and its frontmatter YAML-parsed, in one process.
  const edited = openRecords(repo, repo.files, 5);
  if (want("validate")) {
    const list = path.join(outDir, `files-${repo.key}.txt`);
    writeFileSync(list, repo.files.join("\n"));
    done(
      "floor_validate",
      measure("read + YAML-parse every record (floor)", runs, process.execPath, [
        path.join(root, "bench", "floor-validate.mjs"),
        dir,
        list,
      ]),
    );
    const cold = done(
      "validate_cold",
      measure(
        "sms validate, cold",
        runs,
        process.execPath,
        [...sms(dir, "native", "validate", "--json", "--no-cache")],
        { ok: [0, 1] },
      ),
    );
    const report = JSON.parse(cold.stdout);
    m.validate_cold.errors = report.errors;
    m.validate_cold.warnings = report.warnings;
    measure("warm-up", 1, process.execPath, sms(dir, "native", "validate", "--json"), { ok: [0, 1] });
    const edited = openRecords(repo, repo.files, 5);
    done(
      "validate_pr",
      measure(
        "sms validate, 5-record PR, warm cache",
        runs,
        process.execPath,
        sms(dir, "native", "validate", "--json"),
        {
          ok: [0, 1],
          before: (i) => {
            for (const rel of edited)
              appendFileSync(path.join(dir, rel), `\nEdited for the benchmark, run ${i}.\n`);
          },
        },
      ),
    );
    restore(dir);
  }
  if (want("markdownlint"))
    done(
      "markdownlint",
      measure("markdownlint-cli2 over the records", runs, process.execPath, [MDLINT, "*/**/*.md"], {
        cwd: dir,
        quiet: true,
        ok: [0, 1],
      }),
    );

  // metrics: the floor is git's own walk of the same history with every changed path.
  const base = git("rev-parse", "refs/bench/base");
  if (want("metrics")) {
    done(
      "git_log",
      measure("git log --raw --no-renames (floor)", runs, "git", ["log", "--raw", "--no-renames"], {
        cwd: dir,
        quiet: true,
      }),
    );
    done(
      "floor_metrics",
      measure(
        "git log --raw + git cat-file of every changed record version (floor)",
        runs,
        process.execPath,
        [path.join(root, "bench", "floor-metrics.mjs"), dir],
        { quiet: true },
      ),
    );
    const lastTouched = git("diff-tree", "--no-commit-id", "--name-only", "-r", base)
      .split("\n")
      .find((f) => f.endsWith(".md"));
    let tip = base;
    const newCommit = (i) => {
      const text = git("show", `${tip}:${lastTouched}`);
      const next = commitFiles(
        dir,
        tip,
        { [lastTouched]: `${text}\n- 2026-11-17 10:0${i % 10} ben: benchmark note ${i}\n` },
        `bench: one new commit ${i}`,
      );
      git("update-ref", "refs/heads/main", next);
      tip = next;
    };
    for (const [backend, name] of [
      ["native", "native git"],
      ["isomorphic", "isomorphic-git"],
    ]) {
      done(
        `metrics_${backend}_cold`,
        measure(
          `sms metrics, ${name}, cold`,
          runs,
          process.execPath,
          sms(dir, backend, "metrics", "--json", "--no-cache"),
          { before: clearCache },
        ),
      );
      measure("warm-up", 1, process.execPath, sms(dir, backend, "metrics", "--json"));
      done(
        `metrics_${backend}_warm`,
        measure(
          `sms metrics, ${name}, warm + 1 commit`,
          runs,
          process.execPath,
          sms(dir, backend, "metrics", "--json"),
          { before: newCommit },
        ),
      );
      restore(dir);
      tip = base;
    }
  }

  if (want("check-pr")) {
    // check-pr: a pull request editing five open records, approved by the CAB, facts from a file.
    const head = commitFiles(
      dir,
      base,
      Object.fromEntries(
        edited.map((rel) => [
          rel,
          `${readFileSync(path.join(dir, rel), "utf8")}\nRevised in the pull request.\n`,
        ]),
      ),
      "pull request: five records",
    );
    git("update-ref", "refs/heads/bench-pr", head);
    const facts = path.join(outDir, `facts-${repo.key}.json`);
    const review = (user, id) => ({
      id,
      user,
      state: "APPROVED",
      commit_id: head,
      submitted_at: "2026-11-20T10:00:00Z",
    });
    writeFileSync(
      facts,
      JSON.stringify({
        number: 1,
        author: "hugo",
        head_sha: head,
        labels: [],
        reviews: ["carol", "dave", "erin"].map(review),
        commit_authors: ["hugo"],
        now: "2026-11-20T12:00:00Z",
      }),
    );
    const prArgs = sms(
      dir,
      "native",
      "check-pr",
      "--base",
      "main",
      "--head",
      "bench-pr",
      "--facts",
      facts,
      "--json",
    );
    const pr = done(
      "checkpr_cold",
      measure("sms check-pr, 5-record PR, cold", runs, process.execPath, prArgs, {
        ok: [0, 1],
        before: clearCache,
      }),
    );
    m.checkpr_cold.verdict = JSON.parse(pr.stdout).verdict;
    done(
      "checkpr_warm",
      measure("sms check-pr, 5-record PR, warm cache", runs, process.execPath, prArgs, { ok: [0, 1] }),
    );
    restore(dir);
  }

  // site: Hugo builds a site from a copy of the same Markdown files.
  const siteOut = path.join(outDir, "site-out");
  const clearOut = () => rmSync(siteOut, { recursive: true, force: true });
  if (want("site")) {
    done(
      "site_cold",
      measure(
        "sms site, cold",
        runs,
        process.execPath,
        sms(dir, "native", "site", "--out", siteOut, "--no-cache"),
        {
          before: () => {
            clearOut();
            clearCache();
          },
        },
      ),
    );
    measure("warm-up", 1, process.execPath, sms(dir, "native", "site", "--out", siteOut), {
      before: clearOut,
    });
    done(
      "site_warm",
      measure("sms site, warm cache", runs, process.execPath, sms(dir, "native", "site", "--out", siteOut), {
        before: clearOut,
      }),
    );
  }
  if (want("hugo")) {
    const hugoDir = hugoProject(repo);
    const hugoOut = path.join(outDir, "hugo-out");
    done(
      "hugo",
      measure("hugo, same Markdown", runs, "hugo", ["--quiet", "-s", hugoDir, "-d", hugoOut], {
        before: () => rmSync(hugoOut, { recursive: true, force: true }),
      }),
    );
    rmSync(hugoOut, { recursive: true, force: true });
  }
  clearOut();
  restore(dir);
  return m;
}
