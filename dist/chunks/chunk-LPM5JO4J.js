import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  DEFAULT_LABELS,
  buildRegister,
  improvementFigures,
  improvementFiguresFromRecords,
  labelSet
} from "./chunk-BEPF255K.js";
import {
  computeKpis,
  computeSlaMetrics,
  historyClock
} from "./chunk-HEJFJPQ7.js";
import {
  replayWithCache
} from "./chunk-7Z76JCEG.js";
import {
  cacheDir,
  recordFolders
} from "./chunk-IUYJB6F7.js";
import {
  CLOCK_STOP_STATUSES
} from "./chunk-EJPDLTRP.js";
import {
  PERIOD_KINDS,
  lastCompletePeriod,
  parseInstant
} from "./chunk-U5PZHFZ2.js";
import {
  parseYaml,
  readRecord
} from "./chunk-KN4KNFH2.js";
import {
  IANAZone,
  positionOf
} from "./chunk-5SNFJVHI.js";
import {
  openGit
} from "./chunk-GZQFH5ZC.js";
import {
  UsageError
} from "./chunk-NUII5PFN.js";
import {
  dedupeDiagnostics,
  sortDiagnostics
} from "./chunk-Q6J2Z4O2.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/metrics.ts
init_define_SMS_SITE_ASSETS();

// src/history/config-cache.ts
init_define_SMS_SITE_ASSETS();
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
var FORMAT = 1;
var CONFIG_FILE = "sms.config.yml";
async function committedConfig(git, head, useCache = true) {
  const root = await git.readTree((await git.readCommit(head)).tree);
  const entry = root.find((e) => e.name === CONFIG_FILE && e.type === "blob" && e.mode !== "120000");
  const file = path.join(cacheDir(git.dir), "config.json");
  const key = entry?.oid ?? "";
  if (useCache) {
    try {
      const c = JSON.parse(await readFile(file, "utf8"));
      if (c.format === FORMAT && c.oid === key && c.config && Array.isArray(c.diagnostics)) {
        const text2 = c.diagnostics.length > 0 && entry ? new TextDecoder().decode(await git.readBlob(entry.oid)) : void 0;
        return { text: text2, config: c.config, diagnostics: c.diagnostics };
      }
    } catch {
    }
  }
  const text = entry ? new TextDecoder().decode(await git.readBlob(entry.oid)) : void 0;
  const { parseConfig } = await import("./parse-ZDHWGTKB.js");
  const parsed = parseConfig(text);
  if (useCache) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(tmp, JSON.stringify({ format: FORMAT, oid: key, ...parsed }));
      await rename(tmp, file);
    } catch {
      await rm(tmp, { force: true }).catch(() => void 0);
    }
  }
  return { text, ...parsed };
}

// src/app/improvements-github.ts
init_define_SMS_SITE_ASSETS();
var EVENT_CONCURRENCY = 4;
async function issuesWithAnyLabel(client, labels, state) {
  const lists = await Promise.all([...new Set(labels)].map((l) => client.listIssues([l], state)));
  const byNumber = /* @__PURE__ */ new Map();
  for (const list of lists) for (const i of list) byNumber.set(i.number, i);
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
async function eventsOf(client, numbers) {
  const out = /* @__PURE__ */ new Map();
  let next = 0;
  const worker = async () => {
    while (next < numbers.length) {
      const n = numbers[next++];
      out.set(n, await client.listIssueEvents(n));
    }
  };
  await Promise.all(Array.from({ length: Math.min(EVENT_CONCURRENCY, numbers.length) }, worker));
  return out;
}
async function readRegisterIssues(client, repository, progress = () => void 0) {
  const names = labelSet(repository.config).names;
  progress("listing improvement and nonconformity issues");
  const issues = await issuesWithAnyLabel(
    client,
    [names.improvement, DEFAULT_LABELS.improvement, names.nonconformity, DEFAULT_LABELS.nonconformity],
    "all"
  );
  progress(`reading the label history of ${issues.length} issues`);
  return {
    issues,
    events: await eventsOf(
      client,
      issues.map((i) => i.number)
    )
  };
}
async function improvementMetrics(opts) {
  if (!opts.github) return improvementFiguresFromRecords(opts.records);
  const { issues, events } = await readRegisterIssues(opts.github, opts);
  const { items } = buildRegister({
    issues,
    events,
    records: opts.records,
    config: opts.config,
    now: opts.now
  });
  const periods = [
    ...new Map(opts.periods.map((p) => [`${p.from}/${p.to}`, { from: p.from, to: p.to }])).values()
  ];
  return improvementFigures(items, periods);
}

// src/app/metrics.ts
var CONFIG_FILE2 = "sms.config.yml";
var CLOCKED = /* @__PURE__ */ new Set(["incident", "request", "problem", "change"]);
function recordInputs(state, keep = () => true) {
  const out = [];
  for (const rec of state.records.values()) {
    if (!keep(rec) || !rec.data) continue;
    const last = rec.versions[rec.versions.length - 1];
    const input = { data: rec.data, path: last?.path };
    const timeline = rec.data.timeline;
    if (CLOCKED.has(String(rec.data.kind)) && !(Array.isArray(timeline) && timeline.length > 0)) {
      const clock = historyClock(rec, state.commits);
      if (clock) {
        input.openedAt = clock.openedAt;
        input.transitions = clock.transitions;
      }
    }
    out.push(input);
  }
  return out.sort((a, b) => a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);
}
var STOPPED = /* @__PURE__ */ new Set([...CLOCK_STOP_STATUSES, "rejected"]);
function reportRange(slas, zone, opts) {
  const z = IANAZone.isValidZone(zone) ? zone : "UTC";
  const toMs = parseInstant(opts.to ?? opts.now, z);
  if (toMs === null) return void 0;
  if (opts.from !== void 0) {
    const fromMs2 = parseInstant(opts.from, z);
    return fromMs2 === null ? void 0 : { fromMs: fromMs2, toMs };
  }
  const kinds = /* @__PURE__ */ new Set(["month", kpiPeriod(slas)]);
  for (const s of slas) if (PERIOD_KINDS.includes(s.period)) kinds.add(s.period);
  const fromMs = Math.min(...[...kinds].map((k) => lastCompletePeriod(k, z, toMs).fromMs));
  return { fromMs, toMs };
}
function targetedKinds(slas) {
  const out = /* @__PURE__ */ new Set();
  for (const s of slas) {
    for (const t of Array.isArray(s.targets) ? s.targets : []) {
      const kind = t?.applies_to?.kind;
      const kinds = Array.isArray(kind) ? kind : [kind];
      if (kinds.every((k) => typeof k === "string")) for (const k of kinds) out.add(k);
      else return new Set(CLOCKED);
    }
  }
  return out;
}
function relevantTo(range, slas) {
  const measured = targetedKinds(slas);
  return (rec) => {
    const kind = rec.kind;
    if (!rec.span || kind === null || !CLOCKED.has(kind)) return true;
    if (rec.span[0] >= range.toMs) return false;
    if (rec.span[1] >= range.fromMs) return true;
    return measured.has(kind) && !STOPPED.has(String(rec.status));
  };
}
function kpiPeriod(slas) {
  const kinds = new Set(slas.map((s) => s.period === void 0 ? "month" : String(s.period)));
  const only = [...kinds][0];
  return kinds.size === 1 && (only === "quarter" || only === "week") ? only : "month";
}
var LazyLocator = class {
  asked = [];
  locate = (file, pointer) => {
    this.asked.push({ file, pointer });
    return { line: -this.asked.length, column: 0 };
  };
  async resolve(git, state, configText, list) {
    const files = /* @__PURE__ */ new Set();
    for (const d of list) if (d.line < 0) files.add(this.asked[-d.line - 1]?.file ?? d.file);
    const positions = /* @__PURE__ */ new Map();
    if (files.has(CONFIG_FILE2) && configText !== void 0)
      positions.set(CONFIG_FILE2, parseYaml(configText).positions);
    const blobs = /* @__PURE__ */ new Map();
    for (const [path2, id] of state.paths) {
      if (!files.has(path2)) continue;
      const last = state.records.get(id)?.versions.at(-1);
      if (last?.blob) blobs.set(path2, last.blob);
    }
    const bytes = await git.readBlobs([...blobs.values()]);
    for (const [path2, oid] of blobs) {
      const r = readRecord(path2, oid, bytes.get(oid) ?? new Uint8Array());
      if (r.record) positions.set(path2, r.record.positions);
    }
    return list.map((d) => {
      if (d.line >= 0) return d;
      const q = this.asked[-d.line - 1];
      const map = q ? positions.get(q.file) : void 0;
      const at = map && q ? positionOf({ positions: map }, q.pointer) : { line: 1, column: 1 };
      return { ...d, line: at.line, column: at.column };
    });
  }
};
async function runMetrics(opts) {
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    const head = await git.resolveCommit("HEAD").catch((error) => {
      throw new UsageError(
        `${opts.repo} has no commits yet: metrics come from the committed history; commit the records first`,
        { cause: error }
      );
    });
    const cfg = await committedConfig(git, head, opts.cache !== false);
    const config = cfg.config;
    const replay = await replayWithCache(git, {
      head,
      folders: recordFolders(config),
      zone: config.timezone,
      maxFileSize: config.maxFileSize,
      cache: opts.cache,
      onProgress: opts.onProgress
    });
    const slaData = [...replay.state.records.values()].flatMap(
      (r) => r.kind === "sla" && r.data?.kind === "sla" ? [r.data] : []
    );
    const range = reportRange(slaData, config.timezone, opts);
    const records = recordInputs(replay.state, range ? relevantTo(range, slaData) : void 0);
    const slas = records.filter((r) => r.data.kind === "sla");
    const locator = new LazyLocator();
    const clocks = /* @__PURE__ */ new WeakMap();
    const common = {
      records,
      config,
      from: opts.from,
      to: opts.to,
      now: opts.now,
      locate: locator.locate,
      clocks
    };
    const sla = computeSlaMetrics({ ...common, slas });
    const kpis = computeKpis({ ...common, period: kpiPeriod(slas.map((s) => s.data)) });
    const found = [...cfg.diagnostics, ...sla.diagnostics, ...kpis.diagnostics];
    const resolved = await locator.resolve(git, replay.state, cfg.text, found);
    return {
      report: {
        periods: sla.periods,
        records: sla.records,
        kpis: kpis.periods,
        diagnostics: sortDiagnostics(dedupeDiagnostics(resolved)),
        improvements: await improvementMetrics({
          // The register reads improvements and nonconformities, and only the ids of the rest.
          records: [...new Set(replay.state.paths.values())].flatMap((id) => {
            const r = replay.state.records.get(id);
            if (!r) return [];
            if (r.kind === "improvement" || r.kind === "nonconformity")
              return r.data ? [{ data: r.data }] : [];
            return [{ data: { id: r.id, kind: r.kind ?? "" } }];
          }),
          config,
          periods: sla.periods,
          now: opts.now,
          github: opts.github
        })
      },
      head: replay.head,
      stats: replay.stats,
      config
    };
  } finally {
    await git.close();
  }
}

export {
  readRegisterIssues,
  improvementMetrics,
  recordInputs,
  reportRange,
  relevantTo,
  kpiPeriod,
  runMetrics
};
