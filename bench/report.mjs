// Writes docs/benchmarks.md and docs/benchmarks.svg from the results of bench/run.mjs. The
// analysis of what limits each command is hand-written in bench/notes.md and included as is.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fmt, root } from "./lib.mjs";
import { plotSvg } from "./svg.mjs";

const GiB = 1024;
/** What each measured row is compared with (the reference on the same data). */
const REFS = {
  validate_cold: ["floor_validate", "markdownlint"],
  validate_pr: ["floor_validate"],
  metrics_native_cold: ["git_log", "floor_metrics"],
  metrics_native_warm: ["git_log"],
  metrics_isomorphic_cold: ["git_log", "metrics_native_cold"],
  metrics_isomorphic_warm: ["metrics_native_warm"],
  site_cold: ["hugo"],
  site_warm: ["hugo"],
};
const ORDER = [
  "floor_validate",
  "validate_cold",
  "validate_pr",
  "markdownlint",
  "git_log",
  "floor_metrics",
  "metrics_native_cold",
  "metrics_native_warm",
  "metrics_isomorphic_cold",
  "metrics_isomorphic_warm",
  "checkpr_cold",
  "checkpr_warm",
  "hugo",
  "site_cold",
  "site_warm",
];
const SMS_KEYS = ORDER.filter(
  (k) => !["floor_validate", "markdownlint", "git_log", "floor_metrics", "hugo"].includes(k),
);

const ratio = (a, b) => (a && b ? a.ms / b.ms : undefined);
const x = (r) => (r === undefined ? "" : `${r.toFixed(2)}x`);

/** The targets of the issue, judged on the figures of one run. */
function targets(results) {
  const s10 = results.sizes["10k"]?.measures;
  const s50 = results.sizes["50k"]?.measures;
  const t = [];
  const add = (what, ok, figure) =>
    t.push({ what, verdict: ok === undefined ? "not run" : ok ? "PASS" : "MISS", figure });
  const r = (a, b, m = s10) => ratio(m?.[a], m?.[b]);
  const ms = (k, m = s10) => m?.[k]?.ms;
  const within = (v, lim) => (v === undefined ? undefined : v <= lim);
  add(
    "`sms validate`, 10k records, within 3x of reading + YAML-parsing them",
    within(r("validate_cold", "floor_validate"), 3),
    x(r("validate_cold", "floor_validate")),
  );
  add(
    "`sms validate`, 10k records, 5-record PR under 0.5 s",
    within(ms("validate_pr"), 500),
    ms("validate_pr") && fmt(ms("validate_pr")),
  );
  add(
    "`sms metrics` cold within 1.5x of `git log --raw` (10k)",
    within(r("metrics_native_cold", "git_log"), 1.5),
    x(r("metrics_native_cold", "git_log")),
  );
  add(
    "(our addition) `sms metrics` cold within 1.5x of listing and reading every changed record version (10k)",
    within(r("metrics_native_cold", "floor_metrics"), 1.5),
    x(r("metrics_native_cold", "floor_metrics")),
  );
  add(
    "`sms metrics` warm (one new commit) under 0.5 s (10k)",
    within(ms("metrics_native_warm"), 500),
    ms("metrics_native_warm") && fmt(ms("metrics_native_warm")),
  );
  add(
    "isomorphic-git back-end within 10x of native, cold (10k)",
    within(r("metrics_isomorphic_cold", "metrics_native_cold"), 10),
    x(r("metrics_isomorphic_cold", "metrics_native_cold")),
  );
  add(
    "`sms site` cold within 2x of Hugo (10k)",
    within(r("site_cold", "hugo"), 2),
    x(r("site_cold", "hugo")),
  );
  const peak = s50 && Math.max(...SMS_KEYS.map((k) => s50[k]?.maxRssMiB ?? 0));
  add(
    "peak memory of every `sms` command under 1 GiB (50k records)",
    peak === undefined ? undefined : peak < GiB,
    peak && `${peak} MiB`,
  );
  return t;
}

function table(size, s) {
  const m = s.measures;
  const lines = [
    `### ${size}: ${s.records.toLocaleString("en")} record files, ${s.commits.toLocaleString("en")} commits`,
    "",
    `Load average when it finished: ${s.load.join(", ")}. Bench time for this size: ${fmt(s.benchMs)}.`,
    "",
    "| what | wall (median) | CPU | peak RSS | runs (ms) | ratio |",
    "|---|--:|--:|--:|---|---|",
  ];
  for (const k of ORDER) {
    const r = m[k];
    if (!r) continue;
    const ratios = (REFS[k] ?? [])
      .map((ref) => (m[ref] ? `${x(ratio(r, m[ref]))} of ${m[ref].label.replace(/ \(floor\)$/, "")}` : ""))
      .filter(Boolean);
    if (k === "markdownlint") ratios.push(`sms validate cold is ${x(ratio(m.validate_cold, r))} of it`);
    if (k === "hugo") ratios.push(`sms site cold is ${x(ratio(m.site_cold, r))} of it`);
    lines.push(
      `| ${r.label}${r.timedOut ? " (timed out)" : ""} | ${fmt(r.ms)} | ${r.cpuMs === undefined ? "" : fmt(r.cpuMs)} | ${r.maxRssMiB ?? ""} MiB | ${r.runs.join(", ")} | ${ratios.join("; ")} |`,
    );
  }
  if (m.validate_cold)
    lines.push(
      "",
      `\`sms validate\` found ${m.validate_cold.errors} errors and ${m.validate_cold.warnings} warnings; \`sms check-pr\` said ${m.checkpr_cold?.verdict}.`,
    );
  return lines.join("\n");
}

function plot(results) {
  const sizes = Object.values(results.sizes);
  const pts = (k) =>
    sizes.filter((s) => s.measures[k]).map((s) => [s.records, Math.max(1, s.measures[k].ms)]);
  const series = (keys) =>
    keys.map(([k, name, dashed]) => ({ name, dashed, points: pts(k) })).filter((s) => s.points.length);
  return plotSvg("sms-as-code: wall time against repository size", [
    {
      title: "validate",
      series: series([
        ["validate_cold", "sms validate, cold"],
        ["validate_pr", "sms validate, 5-record PR"],
        ["floor_validate", "read + YAML-parse", true],
        ["markdownlint", "markdownlint-cli2", true],
      ]),
    },
    {
      title: "metrics (history replay)",
      series: series([
        ["metrics_native_cold", "native, cold"],
        ["metrics_native_warm", "native, warm + 1 commit"],
        ["metrics_isomorphic_cold", "isomorphic-git, cold"],
        ["metrics_isomorphic_warm", "isomorphic-git, warm"],
        ["git_log", "git log --raw", true],
        ["floor_metrics", "git log --raw + cat-file", true],
      ]),
    },
    {
      title: "check-pr (facts file, 5 records)",
      series: series([
        ["checkpr_cold", "sms check-pr, cold"],
        ["checkpr_warm", "sms check-pr, warm cache"],
      ]),
    },
    {
      title: "site",
      series: series([
        ["site_cold", "sms site, cold"],
        ["site_warm", "sms site, warm cache"],
        ["hugo", "hugo", true],
      ]),
    },
  ]);
}

/** Writes both files; `log` names them. */
export function writeReport(results, log) {
  const md = path.join(root, "docs", "benchmarks.md");
  const svg = path.join(root, "docs", "benchmarks.svg");
  writeFileSync(svg, plot(results));
  const mb = results.machineBefore;
  const ma = results.machineAfter ?? mb;
  const notes = path.join(root, "bench", "notes.md");
  const doc = [
    "# Benchmarks",
    "",
    "How the engine's cost grows with the SMS, against the tools users compare it to. Written by",
    "`npm run bench` (bench/run.mjs); do not edit by hand: the analysis comes from bench/notes.md.",
    "",
    `Sizes run: ${Object.keys(results.sizes).join(", ")} (of 1k, 10k, 50k). Each figure is the median of ${results.runs} runs`,
    "(one run when a run took longer than SMS_BENCH_ONE_RUN_ABOVE_MS, 30 s for this document; of two",
    "runs the slower, to err on the safe side), wall time from start to exit of a fresh process, CPU",
    "time (user + system, git children included) and peak resident memory from GNU time.",
    "",
    "## Machine and versions",
    "",
    `- CPU: ${mb.cpu}, ${mb.cores} cores; memory ${mb.memoryGiB} GiB; ${mb.platform}`,
    `- Load average (1, 5, 15 min): ${mb.load.join(", ")} at the start, ${ma.load.join(", ")} at the end (${results.started} to ${results.finished ?? "?"})`,
    ...Object.entries(results.versions).map(([k, v]) => `- ${k}: ${v}`),
    "",
    "## Targets",
    "",
    "| target | figure | verdict |",
    "|---|---|---|",
    ...targets(results).map((t) => `| ${t.what} | ${t.figure ?? ""} | ${t.verdict} |`),
    "",
    "![Wall time against repository size, log-log, one panel per command](benchmarks.svg)",
    "",
    "## Figures",
    "",
    "The repositories come from the demo generator (src/demo, seed 7): 70% incidents, 20% changes,",
    "8% requests, 2% problems over the template, six and a half months of history. Cached in",
    "bench/out/repos/ by their parameters and the generator's source.",
    "",
    ...Object.entries(results.sizes).flatMap(([size, s]) => [table(size, s), ""]),
    existsSync(notes) ? readFileSync(notes, "utf8").trim() : "",
    "",
  ].join("\n");
  writeFileSync(md, doc);
  log(`wrote ${path.relative(root, md)} and ${path.relative(root, svg)}`);
}
