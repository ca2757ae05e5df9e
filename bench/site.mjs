// Benchmark of `sms site` against Hugo on the same Markdown (not part of npm test).
//   node scripts/build.mjs && node bench/site.mjs [--records 10000] [--runs 3]
// Generates an SMS repository of N small records (one commit), builds our site cold (no cache) and
// warm (blob-id cache in .sms/cache), and, when `hugo` is installed, a Hugo site from the same files.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, medianCmd } from "./lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg("records", 10_000);
const RUNS = arg("runs", 3);
const ONLY_GENERATE = process.argv.includes("--generate-only");

// A deterministic pseudo-random stream, so every run benchmarks the same repository.
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const WORDS =
  "service customer checkout database latency backup restore certificate session cache memory network firewall release deploy rollback monitoring alert capacity storage supplier contract review approval incident problem change window outage degraded payment queue timeout".split(
    " ",
  );
const sentence = (n) => {
  const w = Array.from({ length: n }, () => pick(WORDS));
  return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(" ")}.`;
};
const para = () => Array.from({ length: 3 }, () => sentence(8 + Math.floor(rnd() * 8))).join(" ");
const pad = (n) => String(n).padStart(5, "0");
const day = (i) => new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);

function changeBody() {
  return `${para()}\n\n## Implementation plan\n\n1. ${sentence(6)}\n2. ${sentence(7)}\n3. ${sentence(5)}\n\n## Back-out plan\n\n${para()}\n\n## Test plan\n\n| Check | Expected |\n|---|---|\n| ${pick(WORDS)} | ${pick(WORDS)} |\n| ${pick(WORDS)} | ${pick(WORDS)} |\n\n## Post-implementation review\n\n${para()}\n`;
}
function incidentBody() {
  return `${para()}\n\n## Timeline\n\n- ${sentence(6)}\n- ${sentence(6)}\n- ${sentence(6)}\n\n## Resolution\n\n${para()} See **${pick(WORDS)}** and \`${pick(WORDS)}\`.\n`;
}

function generate(dir) {
  const files = new Map();
  files.set(
    "sms.config.yml",
    'organization: Bench Corp\ntimezone: Europe/Berlin\nedition: "2018"\nteams:\n  cab: [carol, dave]\n  ops: [erin]\n',
  );
  const services = ["SVC-a", "SVC-b", "SVC-c"];
  for (const s of services)
    files.set(
      `services/${s}.md`,
      `---\nid: ${s}\nkind: service\ntitle: Service ${s}\nowner: ops\nstatus: live\ncriticality: high\n---\n${para()}\n`,
    );
  const cis = Array.from({ length: 200 }, (_, i) => `CI-${pad(i)}`);
  cis.forEach((id, i) => {
    const deps = i > 10 ? `\ndepends_on: [${cis[Math.floor(i / 3)]}]` : "";
    files.set(
      `cis/${id}.md`,
      `---\nid: ${id}\nkind: ci\ntitle: Configuration item ${i}\nowner: ops\ntype: vm\nstatus: active\nservices: [${pick(services)}]${deps}\nverified_on: ${day(i)}\n---\n${para()}\n`,
    );
  });
  let made = files.size - 1;
  for (let i = 0; made < N; i++, made++) {
    if (i % 3 === 0) {
      const id = `CHG-${pad(i)}`;
      files.set(
        `changes/${day(i).slice(0, 7)}/${id}.md`,
        `---\nid: ${id}\nkind: change\ntitle: ${sentence(5).slice(0, -1)}\nowner: carol\ntype: normal\nrisk: ${pick(["low", "medium", "high"])}\nstatus: closed\ncis: [${pick(cis)}]\nopened_at: ${day(i)}T09:00:00+01:00\nimplemented_on: ${day(i)}T21:00:00+01:00\n---\n${changeBody()}`,
      );
    } else {
      const id = `INC-${pad(i)}`;
      files.set(
        `incidents/${day(i).slice(0, 7)}/${id}.md`,
        `---\nid: ${id}\nkind: incident\ntitle: ${sentence(5).slice(0, -1)}\nowner: erin\nstatus: closed\npriority: ${pick(["P1", "P2", "P3", "P4"])}\nservice: ${pick(services)}\nopened_at: ${day(i)}T10:00:00+01:00\n---\n${incidentBody()}`,
      );
    }
  }
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return files;
}

function hugoSite(dir, files) {
  writeFileSync(
    path.join(dir, "config.toml"),
    'baseURL = "/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[markup.goldmark.renderer]\nunsafe = false\n',
  );
  mkdirSync(path.join(dir, "layouts", "_default"), { recursive: true });
  writeFileSync(
    path.join(dir, "layouts", "_default", "baseof.html"),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
  );
  writeFileSync(
    path.join(dir, "layouts", "_default", "single.html"),
    '{{ define "main" }}<h1>{{ .Params.id }} {{ .Title }}</h1><table>{{ range $k, $v := .Params }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>{{ end }}</table>{{ .Content }}{{ end }}\n',
  );
  writeFileSync(
    path.join(dir, "layouts", "_default", "list.html"),
    '{{ define "main" }}<h1>{{ .Title }}</h1><table>{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Params.id }}</a></td><td>{{ .Title }}</td><td>{{ .Params.status }}</td><td>{{ .Params.owner }}</td></tr>{{ end }}</table>{{ end }}\n',
  );
  for (const [rel, text] of files) {
    if (!rel.endsWith(".md")) continue;
    const file = path.join(dir, "content", rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

const base = mkdtempSync(path.join(os.tmpdir(), "sms-bench-site-"));
try {
  const repo = path.join(base, "repo");
  mkdirSync(repo);
  const t0 = performance.now();
  const files = generate(repo);
  const git = (...a) =>
    execFileSync("git", a, {
      cwd: repo,
      stdio: "ignore",
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: os.devNull,
        GIT_AUTHOR_NAME: "b",
        GIT_AUTHOR_EMAIL: "b@e",
        GIT_COMMITTER_NAME: "b",
        GIT_COMMITTER_EMAIL: "b@e",
        GIT_AUTHOR_DATE: "2026-11-01T12:00:00Z",
        GIT_COMMITTER_DATE: "2026-11-01T12:00:00Z",
      },
    });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "bench");
  console.log(
    `${files.size - 1} records generated and committed in ${fmt(performance.now() - t0)} (${os.availableParallelism()} cores)`,
  );

  if (ONLY_GENERATE) {
    console.log(repo);
    process.exit(0);
  }
  const out = path.join(base, "out");
  const cli = path.join(root, "bin", "sms.js");
  const site = (extra) => [cli, "--repo", repo, "site", "--out", out, ...extra];
  // Both tools start from an empty output folder and write every file.
  const clearOut = () => rmSync(out, { recursive: true, force: true });
  const clearCache = () => {
    clearOut();
    rmSync(path.join(repo, ".sms"), { recursive: true, force: true });
  };
  const cold = medianCmd(RUNS, process.execPath, site(["--no-cache"]), {}, clearCache);
  if (cold.status !== 0) throw new Error(`sms site failed: ${cold.stderr}`);
  medianCmd(1, process.execPath, site([]), {}, clearCache);
  const warm = medianCmd(RUNS, process.execPath, site([]), {}, clearOut);
  // CPU time (user + system) says more than wall time on a machine that others share.
  const line = (name, r) =>
    console.log(
      `${name.padEnd(28)} wall ${fmt(r.ms).padStart(8)}  CPU ${fmt(r.cpuMs ?? 0).padStart(8)}  peak RSS ${Math.round((r.maxRssKb ?? 0) / 1024)} MiB`,
    );
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(", ")}`,
  );
  line("sms site, cold (no cache)", cold);
  line("sms site, warm (.sms/cache)", warm);

  if (spawnSync("hugo", ["version"]).status === 0) {
    const hugoDir = path.join(base, "hugo");
    mkdirSync(hugoDir);
    hugoSite(hugoDir, files);
    const hugo = medianCmd(
      RUNS,
      "hugo",
      ["--quiet", "-s", hugoDir, "-d", path.join(base, "hugo-out")],
      {},
      () => rmSync(path.join(base, "hugo-out"), { recursive: true, force: true }),
    );
    if (hugo.status !== 0) throw new Error(`hugo failed: ${hugo.stderr}`);
    line("hugo (same Markdown)", hugo);
    console.log(
      `wall ratio cold/hugo ${(cold.ms / hugo.ms).toFixed(2)}, warm/hugo ${(warm.ms / hugo.ms).toFixed(2)} (target: at most 2); CPU ratio cold/hugo ${((cold.cpuMs ?? 0) / (hugo.cpuMs ?? 1)).toFixed(2)}`,
    );
  } else {
    console.log("hugo is not installed (apt-get install -y hugo); no comparison");
  }
} finally {
  if (process.env.KEEP) console.log(`kept ${base}`);
  else rmSync(base, { recursive: true, force: true });
}
