import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  timelineUses
} from "./chunk-BPYONNMC.js";
import {
  CONFIG_FILE,
  isRecordFileName,
  parseConfig,
  recordFolders
} from "./chunk-JVHHDIMA.js";
import {
  listFilesUnder
} from "./chunk-6NIB3Z66.js";
import {
  dedupeDiagnostics,
  sortDiagnostics
} from "./chunk-Q6J2Z4O2.js";
import {
  KIND_SCHEMAS,
  cachedHeadings,
  checkRecord,
  localDate,
  primeHeadings,
  resolveRef
} from "./chunk-2IUYJEZW.js";
import {
  diag,
  positionOf,
  readRecord
} from "./chunk-V7YJQQZP.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/loader/cache.ts
init_define_SMS_SITE_ASSETS();
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
var FORMAT = 3;
var RecordCache = class _RecordCache {
  constructor(file, maxSize) {
    this.file = file;
    this.maxSize = maxSize;
  }
  file;
  maxSize;
  entries = /* @__PURE__ */ new Map();
  dirty = false;
  /** Blobs seen in this run; only they are written back, so deleted records do not pile up. */
  used = /* @__PURE__ */ new Set();
  /** A cache that lives only in memory. */
  static memory(maxSize = 1024 * 1024) {
    return new _RecordCache(void 0, maxSize);
  }
  /** Opens the cache of a repository (`.sms/cache/records.json`); a missing or corrupt file starts empty. */
  static async open(repoDir, maxSize = 1024 * 1024) {
    const file = path.join(repoDir, ".sms", "cache", "records.json");
    const cache = new _RecordCache(file, maxSize);
    try {
      const raw = JSON.parse(await readFile(file, "utf8"));
      if (raw.format === FORMAT && raw.maxSize === maxSize && raw.entries) {
        for (const [oid, e] of Object.entries(raw.entries)) {
          cache.entries.set(oid, e);
          if (e.h) primeHeadings(oid, e.h);
        }
      }
    } catch {
    }
    return cache;
  }
  /** The cached result for a blob, re-attached to the path it is read from now. */
  get(filePath, oid) {
    const e = this.entries.get(oid);
    if (!e) return void 0;
    this.used.add(oid);
    const diagnostics = e.g.map((d) => ({ ...d, file: filePath }));
    if (!e.d) return { diagnostics };
    return {
      record: { path: filePath, oid, data: e.d, body: e.b ?? "", bodyLine: e.l ?? 1, positions: e.p ?? {} },
      diagnostics
    };
  }
  /** Keeps a blob's entry at the next save although this run did not read it (its file was unchanged). */
  keep(oid) {
    if (this.entries.has(oid)) this.used.add(oid);
  }
  /** Reads a record through the cache. */
  read(filePath, oid, bytes, maxSize) {
    const hit = maxSize === this.maxSize ? this.get(filePath, oid) : void 0;
    if (hit) return hit;
    const r = readRecord(filePath, oid, bytes, maxSize);
    if (maxSize === this.maxSize) {
      this.entries.set(oid, {
        d: r.record?.data,
        b: r.record?.body,
        l: r.record?.bodyLine,
        p: r.record?.positions,
        g: r.diagnostics.map(({ file: _file, ...rest }) => rest)
      });
      this.used.add(oid);
      this.dirty = true;
    }
    return r;
  }
  /** Writes the cache back if anything changed (atomically, so a crash never leaves half a file). */
  async save() {
    for (const [oid, e] of this.entries) {
      if (e.h) continue;
      const h = cachedHeadings(oid);
      if (h) {
        e.h = h;
        this.dirty = true;
      }
    }
    for (const oid of this.entries.keys()) {
      if (!this.used.has(oid)) {
        this.entries.delete(oid);
        this.dirty = true;
      }
    }
    if (!this.file || !this.dirty) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(
      tmp,
      JSON.stringify({ format: FORMAT, maxSize: this.maxSize, entries: Object.fromEntries(this.entries) })
    );
    await rename(tmp, this.file);
    this.dirty = false;
  }
};

// src/loader/commit.ts
init_define_SMS_SITE_ASSETS();
async function loadCommit(git, rev, opts = {}) {
  const commit = await git.resolveCommit(rev);
  const info = await git.readCommit(commit);
  const diagnostics = [];
  const rootEntries = await git.readTree(info.tree);
  const cfgEntry = rootEntries.find((e) => e.name === CONFIG_FILE);
  let configText;
  if (cfgEntry && cfgEntry.type === "blob" && cfgEntry.mode !== "120000") {
    configText = new TextDecoder().decode(await git.readBlob(cfgEntry.oid));
  } else if (cfgEntry) {
    diagnostics.push(
      diag(CONFIG_FILE, 1, 1, "file-symlink", `${CONFIG_FILE} must be a regular file; it is ignored`)
    );
    configText = "";
  }
  const parsed = parseConfig(configText);
  diagnostics.push(...parsed.diagnostics);
  const config = parsed.config;
  const listing = await listFilesUnder(git, info.tree, recordFolders(config));
  for (const link of listing.symlinks) {
    diagnostics.push(
      diag(
        link.path,
        1,
        1,
        "file-symlink",
        `${link.path} is a symbolic link and is not read; replace it with the file itself`
      )
    );
  }
  const files = listing.files.filter((f) => isRecordFileName(f.path.slice(f.path.lastIndexOf("/") + 1)));
  const records = [];
  const known = /* @__PURE__ */ new Map();
  const toRead = [];
  for (const f of files) {
    const hit = opts.cache?.get(f.path, f.oid);
    if (hit) known.set(f.path, hit);
    else toRead.push(f.oid);
  }
  const blobs = toRead.length > 0 ? await git.readBlobs([...new Set(toRead)]) : /* @__PURE__ */ new Map();
  for (const f of files) {
    let r = known.get(f.path);
    if (!r) {
      const bytes = blobs.get(f.oid) ?? new Uint8Array();
      r = opts.cache ? opts.cache.read(f.path, f.oid, bytes, config.maxFileSize) : readRecord(f.path, f.oid, bytes, config.maxFileSize);
    }
    diagnostics.push(...r.diagnostics);
    if (r.record) records.push(r.record);
  }
  return { commit, config, records, diagnostics };
}

// src/validate/immutability.ts
init_define_SMS_SITE_ASSETS();
function checkClosedRecords(base, head) {
  const out = [];
  const headById = /* @__PURE__ */ new Map();
  for (const r of head) if (typeof r.data.id === "string") headById.set(r.data.id, r);
  for (const before of base) {
    if (before.data.status !== "closed") continue;
    const after = headById.get(before.data.id);
    if (!after) {
      out.push(
        diag(
          before.path,
          1,
          1,
          "closed-record-deleted",
          `closed record ${before.data.id} was deleted; closed records are evidence and must stay (restore the file)`
        )
      );
      continue;
    }
    if (after.oid === before.oid || sameContent(before, after)) continue;
    if (isReopen(before.data, after.data)) continue;
    const p = positionOf(after, "/status");
    out.push(
      diag(
        after.path,
        p.line,
        p.column,
        "closed-record-modified",
        `${before.data.id} was closed and may not change; to reopen it, set a status other than 'closed' and add a timeline entry with 'reopened: true'`
      )
    );
  }
  return out;
}
function sameContent(a, b) {
  return a.body === b.body && canonical(a.data) === canonical(b.data);
}
function isReopen(before, after) {
  if (after.status === "closed") return false;
  const old = Array.isArray(before.timeline) ? before.timeline : [];
  const now = Array.isArray(after.timeline) ? after.timeline : [];
  if (now.length <= old.length) return false;
  if (!old.every((e, i) => canonical(e) === canonical(now[i]))) return false;
  return now.slice(old.length).some((e) => e?.reopened === true);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(
      ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// src/validate/summary.ts
init_define_SMS_SITE_ASSETS();

// src/validate/references.ts
init_define_SMS_SITE_ASSETS();
function refSpecs(kind) {
  const cached = SPECS.get(kind);
  if (cached) return cached;
  const out = [];
  walk(KIND_SCHEMAS[kind], [], out, 0);
  SPECS.set(kind, out);
  return out;
}
var SPECS = /* @__PURE__ */ new Map();
function walk(schema, path2, out, depth) {
  if (!schema || depth > 8) return;
  const ref = schema.$ref;
  if (typeof ref === "string" && !("x-ref" in schema)) walk(resolveRef(ref), path2, out, depth + 1);
  const xref = schema["x-ref"];
  if (Array.isArray(xref)) {
    out.push({ path: path2, kinds: xref });
    return;
  }
  const items = schema.items;
  if (items) walk(items, [...path2, "*"], out, depth + 1);
  const props = schema.properties;
  if (props) for (const [name, sub] of Object.entries(props)) walk(sub, [...path2, name], out, depth + 1);
}
function valuesAt(data, path2) {
  let frontier = [{ pointer: "", value: data }];
  for (const step of path2) {
    const next = [];
    for (const { pointer, value } of frontier) {
      if (step === "*") {
        if (Array.isArray(value))
          value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      } else if (value && typeof value === "object" && !Array.isArray(value) && step in value) {
        next.push({ pointer: `${pointer}/${step}`, value: value[step] });
      }
    }
    frontier = next;
  }
  return frontier;
}

// src/validate/teams.ts
init_define_SMS_SITE_ASSETS();
function checkTeams(record, config) {
  const out = [];
  const teams = new Set(Object.keys(config.teams));
  const calendars = /* @__PURE__ */ new Set(["24x7", ...Object.keys(config.calendars)]);
  const approval = record.data.approval;
  if (record.data.kind === "policy" && approval && typeof approval === "object") {
    const requires = [];
    (Array.isArray(approval.rules) ? approval.rules : []).forEach((rule, i) => {
      const r = rule;
      requires.push(
        [`/approval/rules/${i}/require`, r?.require],
        [`/approval/rules/${i}/retrospective`, r?.retrospective]
      );
    });
    requires.push(["/approval/default", approval.default]);
    for (const [pointer, req] of requires) {
      const list = req?.teams;
      if (!Array.isArray(list)) continue;
      list.forEach((team, i) => {
        if (typeof team === "string" && !teams.has(team)) {
          const p = positionOf(record, `${pointer}/teams/${i}`);
          out.push(
            diag(
              record.path,
              p.line,
              p.column,
              "team-unknown",
              `team '${team}' is not defined under 'teams' in sms.config.yml; define it or fix the name`
            )
          );
        }
      });
    }
  }
  if (record.data.kind === "sla") {
    const cals = [
      ["/availability/calendar", record.data.availability?.calendar]
    ];
    if (Array.isArray(record.data.targets)) {
      record.data.targets.forEach(
        (t, i) => cals.push([`/targets/${i}/calendar`, t?.calendar])
      );
    }
    for (const [pointer, cal] of cals) {
      if (typeof cal === "string" && !calendars.has(cal)) {
        const p = positionOf(record, pointer);
        out.push(
          diag(
            record.path,
            p.line,
            p.column,
            "schema-enum",
            `calendar '${cal}' is not defined; use 24x7 or a calendar under 'calendars' in sms.config.yml`
          )
        );
      }
    }
  }
  return out;
}

// src/validate/summary.ts
function summarizeRecord(record, ctx, readDiagnostics = []) {
  const checked = checkRecord(record, ctx);
  const diagnostics = [...readDiagnostics, ...checked.diagnostics, ...checkTeams(record, ctx.config)];
  const { id, kind } = record.data;
  const refs = [];
  if (checked.kind) {
    for (const spec of refSpecs(checked.kind)) {
      for (const { pointer, value } of valuesAt(record.data, spec.path)) {
        if (typeof value !== "string") continue;
        const p = positionOf(record, pointer);
        refs.push({ value, kinds: spec.kinds, at: [p.line, p.column] });
      }
    }
  }
  const uses = timelineUses(record, ctx.config.timezone);
  const summary = { path: record.path, oid: record.oid, refs, timeline: uses, diagnostics };
  if (typeof id === "string") {
    const p = positionOf(record, "/id");
    summary.id = id;
    summary.idAt = [p.line, p.column];
  }
  if (kind !== void 0) summary.kind = String(kind);
  return summary;
}
function summarizeUnreadable(path2, oid, diagnostics) {
  return { path: path2, oid, refs: [], timeline: [], diagnostics };
}
function checkAcrossRecords(summaries) {
  const out = [];
  const byId = /* @__PURE__ */ new Map();
  for (const s of summaries) {
    if (s.id === void 0) continue;
    const first = byId.get(s.id);
    if (!first) {
      byId.set(s.id, s);
      continue;
    }
    const p = s.idAt ?? [1, 1];
    const q = first.idAt ?? [1, 1];
    out.push(
      diag(
        s.path,
        p[0],
        p[1],
        "id-duplicate",
        `id ${s.id} is also used by ${first.path}; give one of them a new id`
      ),
      diag(
        first.path,
        q[0],
        q[1],
        "id-duplicate",
        `id ${s.id} is also used by ${s.path}; give one of them a new id`
      )
    );
  }
  for (const s of summaries) {
    for (const ref of s.refs) {
      const target = byId.get(ref.value);
      if (!target) {
        out.push(
          diag(
            s.path,
            ref.at[0],
            ref.at[1],
            "reference-missing",
            `'${ref.value}' does not exist; reference an existing ${ref.kinds.join(" or ")} id, or add the record`
          )
        );
      } else if (!ref.kinds.includes(String(target.kind))) {
        out.push(
          diag(
            s.path,
            ref.at[0],
            ref.at[1],
            "reference-wrong-kind",
            `'${ref.value}' is a ${String(target.kind)} (${target.path}), but this field needs a ${ref.kinds.join(" or ")}`
          )
        );
      }
    }
  }
  return { diagnostics: out, byId };
}

// src/validate/repository.ts
init_define_SMS_SITE_ASSETS();
function validateRepository(input) {
  const ctx = { config: input.config, today: localDate(input.now, input.config.timezone) };
  const summaries = input.records.map((record) => summarizeRecord(record, ctx));
  const result = validateSummaries(summaries, input.readDiagnostics);
  if (input.base) result.diagnostics.push(...checkClosedRecords(input.base, input.records));
  const byId = /* @__PURE__ */ new Map();
  for (const record of input.records) {
    const id = record.data.id;
    if (typeof id === "string" && !byId.has(id)) byId.set(id, record);
  }
  return { diagnostics: sortDiagnostics(dedupeDiagnostics(result.diagnostics)), byId };
}
function validateSummaries(summaries, readDiagnostics) {
  const out = [...readDiagnostics];
  for (const s of summaries) out.push(...s.diagnostics);
  out.push(...checkAcrossRecords(summaries).diagnostics);
  return { diagnostics: out };
}

export {
  RecordCache,
  loadCommit,
  checkClosedRecords,
  refSpecs,
  valuesAt,
  summarizeRecord,
  summarizeUnreadable,
  validateRepository,
  validateSummaries
};
