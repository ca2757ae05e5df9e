import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  cacheDir,
  isRecordFileName
} from "./chunk-IUYJB6F7.js";
import {
  applyCommit,
  emptyState,
  setCurrent,
  truncateState
} from "./chunk-OLQXB76A.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  readRecord
} from "./chunk-KN4KNFH2.js";
import {
  isFullOid
} from "./chunk-GZQFH5ZC.js";
import {
  ShallowCloneError,
  SmsError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/history/cached.ts
init_define_SMS_SITE_ASSETS();
import { rm as rm2, stat } from "node:fs/promises";

// src/history/cache.ts
init_define_SMS_SITE_ASSETS();
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// src/history/lazy.ts
init_define_SMS_SITE_ASSETS();
var Lines = class _Lines {
  constructor(buf, starts) {
    this.buf = buf;
    this.starts = starts;
  }
  buf;
  starts;
  /** Splits at "\n"; the text after the last newline is the last line (empty when the file ends in one). */
  static of(buf) {
    let count = 1;
    for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10, at + 1)) count++;
    const starts = new Int32Array(count + 1);
    let line = 1;
    for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10, at + 1)) starts[line++] = at + 1;
    starts[count] = buf.length + 1;
    return new _Lines(buf, starts);
  }
  get count() {
    return this.starts.length - 1;
  }
  /** The bytes of line i, without copying. */
  bytes(i) {
    return this.buf.subarray(this.starts[i], this.starts[i + 1] - 1);
  }
  /** The text of line i. */
  text(i) {
    return this.buf.toString("utf8", this.starts[i], this.starts[i + 1] - 1);
  }
};
var fields = /* @__PURE__ */ new WeakMap();
function settle(obj, key, value) {
  if (value === void 0) Reflect.deleteProperty(obj, key);
  else Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}
function lazyField(key, lines, rows, line, check) {
  const descriptor = {
    configurable: true,
    enumerable: true,
    get() {
      let value;
      try {
        value = check(JSON.parse(lines.text(line(rows.get(this) ?? -1))));
      } catch (error) {
        throw new SmsError("the history cache in .sms/cache is damaged; delete the folder and run again", {
          cause: error
        });
      }
      settle(this, key, value);
      return value;
    },
    set(value) {
      settle(this, key, value);
    }
  };
  fields.set(descriptor.get, { lines, rows, line });
  return (obj) => Object.defineProperty(obj, key, descriptor);
}
function unparsedJson(obj, key) {
  const get = Object.getOwnPropertyDescriptor(obj, key)?.get;
  const field = get && fields.get(get);
  const row = field?.rows.get(obj);
  return field && row !== void 0 ? field.lines.bytes(field.line(row)) : void 0;
}

// src/history/cache.ts
var HISTORY_CACHE_FORMAT = 4;
function historyCacheFile(repoDir, zone, folders) {
  const key = createHash("sha256").update(JSON.stringify({ zone, folders })).digest("hex").slice(0, 12);
  return path.join(cacheDir(repoDir), `history-${key}.json`);
}
function versionRows(versions) {
  let lastPath;
  return versions.map((v) => {
    const row = [v.commit, v.path === lastPath ? 0 : v.path, v.blob, v.status];
    if (v.broken) row.push(1);
    lastPath = v.path;
    return row;
  });
}
function recordRow(rec) {
  return [rec.id, rec.kind, rec.status, rec.span?.[0] ?? null, rec.span?.[1] ?? null];
}
function encodeHistory(state) {
  const rows = [];
  const chunks = [];
  const newline = Buffer.from("\n");
  const add = (text) => chunks.push(typeof text === "string" ? Buffer.from(text) : text, newline);
  for (const rec of state.records.values()) {
    rows.push(recordRow(rec));
    add(unparsedJson(rec, "versions") ?? JSON.stringify(versionRows(rec.versions)));
    add(unparsedJson(rec, "firstSeen") ?? JSON.stringify(rec.firstSeen));
    add(unparsedJson(rec, "data") ?? JSON.stringify(rec.data ?? null));
  }
  const header = {
    format: HISTORY_CACHE_FORMAT,
    zone: state.zone,
    folders: state.folders,
    oidLength: state.commits[0]?.oid.length ?? 40,
    oids: state.commits.map((c) => c.oid).join(""),
    times: state.commits.map((c) => c.time),
    tzs: state.commits.map((c) => c.tz),
    authorOf: state.commits.map((c) => c.author),
    authors: state.authors.map((a) => [a.name, a.email, a.login]),
    paths: [...state.paths].flat().join("\0"),
    records: rows
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}
`), ...chunks]);
}
var isNum = (x) => typeof x === "number" && Number.isFinite(x);
var isStr = (x) => typeof x === "string";
function mapping(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not a mapping");
  return v;
}
function decodeVersions(raw, commits) {
  if (!Array.isArray(raw)) throw new Error("versions are not a list");
  let lastPath = "";
  return raw.map((v) => {
    if (!Array.isArray(v) || !isNum(v[0]) || v[0] >= commits) throw new Error("bad version");
    const p = v[1] === 0 ? lastPath : v[1];
    if (!isStr(p) || p === "") throw new Error("bad version path");
    lastPath = p;
    const version = {
      commit: v[0],
      path: p,
      blob: isStr(v[2]) ? v[2] : null,
      status: isStr(v[3]) ? v[3] : null
    };
    if (v[4] === 1) version.broken = true;
    return version;
  });
}
function decodeHistory(input) {
  const buf = typeof input === "string" ? Buffer.from(input) : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const lines = Lines.of(buf);
  const f = JSON.parse(lines.text(0));
  if (!f || f.format !== HISTORY_CACHE_FORMAT || !isStr(f.zone) || !Array.isArray(f.folders))
    return void 0;
  const { oidLength, oids, times, tzs, authorOf, authors, paths, records } = f;
  if (oidLength !== 40 && oidLength !== 64 || !isStr(oids) || !isStr(paths)) return void 0;
  if (!Array.isArray(times) || !Array.isArray(tzs) || !Array.isArray(authorOf)) return void 0;
  const n = times.length;
  if (oids.length !== n * oidLength || tzs.length !== n || authorOf.length !== n) return void 0;
  if (!Array.isArray(authors) || !Array.isArray(records)) return void 0;
  if (lines.count !== records.length * 3 + 2 || lines.bytes(lines.count - 1).byteLength !== 0)
    return void 0;
  const authorList = [];
  for (const a of authors) {
    if (!Array.isArray(a) || !isStr(a[0]) || !isStr(a[1])) return void 0;
    authorList.push({ name: a[0], email: a[1], login: isStr(a[2]) ? a[2] : null });
  }
  const commits = [];
  for (let i = 0; i < n; i++) {
    const [time, tz, author] = [times[i], tzs[i], authorOf[i]];
    if (!isNum(time) || !isNum(tz) || !isNum(author) || author >= authorList.length) return void 0;
    commits.push({ oid: oids.slice(i * oidLength, (i + 1) * oidLength), time, tz, author });
  }
  const state = {
    zone: f.zone,
    folders: f.folders.filter(isStr),
    commits,
    authors: authorList,
    paths: /* @__PURE__ */ new Map(),
    records: /* @__PURE__ */ new Map()
  };
  const parts = paths === "" ? [] : paths.split("\0");
  if (parts.length % 2 !== 0) return void 0;
  for (let i = 0; i < parts.length; i += 2) state.paths.set(parts[i], parts[i + 1]);
  const rows = /* @__PURE__ */ new WeakMap();
  const lazyVersions = lazyField(
    "versions",
    lines,
    rows,
    (i) => 1 + i * 3,
    (v) => decodeVersions(v, n)
  );
  const lazyFirstSeen = lazyField("firstSeen", lines, rows, (i) => 2 + i * 3, mapping);
  const lazyData = lazyField(
    "data",
    lines,
    rows,
    (i) => 3 + i * 3,
    (v) => v === null ? void 0 : mapping(v)
  );
  for (let i = 0; i < records.length; i++) {
    const row = records[i];
    if (!Array.isArray(row) || !isStr(row[0])) return void 0;
    const [id, kind, status, from, to] = row;
    const rec = {
      id,
      kind: isStr(kind) ? kind : null,
      status: isStr(status) ? status : null
    };
    rows.set(rec, i);
    lazyVersions(rec);
    lazyFirstSeen(rec);
    lazyData(rec);
    if (isNum(from) && isNum(to)) rec.span = [from, to];
    state.records.set(id, rec);
  }
  return state;
}
async function loadHistoryCache(file) {
  try {
    return decodeHistory(await readFile(file));
  } catch {
    return void 0;
  }
}
async function saveHistoryCache(file, state) {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, ".gitignore"), "*\n");
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, encodeHistory(state));
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  for (const name of await readdir(dir)) {
    const own = name === path.basename(file) || name === path.basename(file).replace(/\.json$/, ".journal");
    if (/^history-[0-9a-f]+\.(json|journal)$/.test(name) && !own) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}

// src/history/journal.ts
init_define_SMS_SITE_ASSETS();
import { appendFile, readFile as readFile2 } from "node:fs/promises";
function journalFile(snapshotFile) {
  return snapshotFile.replace(/\.json$/, ".journal");
}
function encodeJournalEntry(state, delta) {
  const commits = state.commits.slice(delta.since);
  const records = [];
  if (delta.records.size > 0) {
    for (const rec of state.records.values()) {
      if (!delta.records.has(rec.id)) continue;
      records.push([recordRow(rec), versionRows(rec.versions), rec.firstSeen, rec.data ?? null]);
    }
  }
  const entry = {
    format: HISTORY_CACHE_FORMAT,
    since: delta.since,
    from: state.commits[delta.since - 1]?.oid ?? "",
    oids: commits.map((c) => c.oid),
    times: commits.map((c) => c.time),
    tzs: commits.map((c) => c.tz),
    authorOf: commits.map((c) => c.author),
    authors: state.authors.slice(delta.authorsSince).map((a) => [a.name, a.email, a.login]),
    paths: delta.paths,
    records
  };
  return `${JSON.stringify(entry)}
`;
}
function decodeEntry(e, at) {
  if (!e || e.format !== HISTORY_CACHE_FORMAT || e.since !== at.commits || e.from !== at.tip)
    return void 0;
  const { oids, times, tzs, authorOf, authors, paths, records } = e;
  if (![oids, times, tzs, authorOf, authors, paths, records].every(Array.isArray)) return void 0;
  const n = oids.length;
  if (n === 0 || times.length !== n || tzs.length !== n || authorOf.length !== n) return void 0;
  const newAuthors = [];
  for (const a of authors) {
    if (!Array.isArray(a) || !isStr(a[0]) || !isStr(a[1])) return void 0;
    newAuthors.push({ name: a[0], email: a[1], login: isStr(a[2]) ? a[2] : null });
  }
  const authorCount = at.authors + newAuthors.length;
  const commits = [];
  for (let i = 0; i < n; i++) {
    const [oid, time, tz, author] = [oids[i], times[i], tzs[i], authorOf[i]];
    if (!isStr(oid) || oid.length !== at.tip.length || !isNum(time) || !isNum(tz)) return void 0;
    if (!isNum(author) || author < 0 || author >= authorCount) return void 0;
    commits.push({ oid, time, tz, author });
  }
  for (const p of paths)
    if (!Array.isArray(p) || !isStr(p[0]) || !(p[1] === null || isStr(p[1]))) return void 0;
  const total = at.commits + n;
  const recs = [];
  try {
    for (const r of records) {
      const [row, versions, firstSeen, data] = r;
      if (!Array.isArray(row) || !isStr(row[0])) return void 0;
      const [id, kind, status, from, to] = row;
      const rec = {
        id,
        kind: isStr(kind) ? kind : null,
        versions: decodeVersions(versions, total),
        status: isStr(status) ? status : null,
        firstSeen: mapping(firstSeen)
      };
      if (data !== null) rec.data = mapping(data);
      if (isNum(from) && isNum(to)) rec.span = [from, to];
      recs.push(rec);
    }
  } catch {
    return void 0;
  }
  return { commits, authors: newAuthors, paths, records: recs };
}
function applyJournal(state, bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text === "") return true;
  if (!text.endsWith("\n")) return false;
  const at = {
    commits: state.commits.length,
    tip: state.commits[state.commits.length - 1]?.oid ?? "",
    authors: state.authors.length
  };
  const decoded = [];
  for (const line of text.slice(0, -1).split("\n")) {
    let entry;
    try {
      entry = decodeEntry(JSON.parse(line), at);
    } catch {
      return false;
    }
    if (!entry) return false;
    decoded.push(entry);
    at.commits += entry.commits.length;
    at.tip = entry.commits[entry.commits.length - 1].oid;
    at.authors += entry.authors.length;
  }
  for (const d of decoded) {
    for (const c of d.commits) state.commits.push(c);
    for (const a of d.authors) state.authors.push(a);
    for (const [path2, id] of d.paths) {
      if (id === null) state.paths.delete(path2);
      else state.paths.set(path2, id);
    }
    for (const rec of d.records) state.records.set(rec.id, rec);
  }
  return true;
}
async function loadJournal(file, state) {
  let bytes;
  try {
    bytes = await readFile2(file);
  } catch (error) {
    return { ok: error.code === "ENOENT", bytes: 0 };
  }
  return { ok: applyJournal(state, bytes), bytes: bytes.byteLength };
}
async function appendJournal(file, entry) {
  await appendFile(file, entry);
}

// src/history/replay.ts
init_define_SMS_SITE_ASSETS();

// src/history/read.ts
init_define_SMS_SITE_ASSETS();
import { isUtf8 } from "node:buffer";

// src/history/digest.ts
init_define_SMS_SITE_ASSETS();
var TOP = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
var SAFE = /^[A-Za-z0-9][A-Za-z0-9._+:-]*$/;
var SPECIAL = /* @__PURE__ */ new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
var NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0[ox]/;
var ENTRY = /^- \{ *at: *([^,{}[\]#"']+?) *, *status: *([A-Za-z0-9._-]+) *(?:,[^{}[\]#]*)?\}$/;
var GiveUp = class extends Error {
};
function giveUp() {
  throw new GiveUp();
}
function withoutComment(text) {
  const hash = text.search(/(?:^| )#/);
  return (hash < 0 ? text : text.slice(0, hash)).trimEnd();
}
function word(raw) {
  let v = withoutComment(raw);
  const q = v[0];
  if (q === '"' || q === "'") {
    if (v.length < 2 || v[v.length - 1] !== q || v.slice(1, -1).includes(q) || v.includes("\\")) giveUp();
    v = v.slice(1, -1);
  } else if (SPECIAL.has(v) || v === "~" || NUMBER.test(v)) giveUp();
  if (!SAFE.test(v)) giveUp();
  return v;
}
function digestYaml(yaml) {
  try {
    const out = { status: null, entries: [] };
    const seen = /* @__PURE__ */ new Set();
    let inTimeline = false;
    let scalar = false;
    for (const line of yaml.split("\n")) {
      if (line.includes("\r") || line.includes("	")) giveUp();
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith(" ") || inTimeline && line.startsWith("- ")) {
        if (scalar && line.trim() !== "" && !line.trim().startsWith("#")) giveUp();
        if (!inTimeline) continue;
        const text = withoutComment(line.trimStart());
        if (text === "") continue;
        const m2 = ENTRY.exec(text);
        if (!m2) giveUp();
        const at = m2[1];
        const st = m2[2];
        if (NUMBER.test(at) || SPECIAL.has(at) || at.includes(": ") || NUMBER.test(st) || SPECIAL.has(st))
          giveUp();
        out.entries.push({ at, status: st });
        continue;
      }
      inTimeline = false;
      scalar = false;
      if (line.startsWith("---") || line.startsWith("...") || line.startsWith("%")) giveUp();
      const m = TOP.exec(line);
      if (!m) giveUp();
      const key = m[1];
      const rest = withoutComment(m[2] ?? "");
      if (/^[[{]/.test(rest) && !/[\]}]$/.test(rest)) giveUp();
      if (/^["']/.test(rest) && (rest.length < 2 || rest[rest.length - 1] !== rest[0])) giveUp();
      if (key !== "id" && key !== "kind" && key !== "status" && key !== "timeline") continue;
      if (seen.has(key)) giveUp();
      seen.add(key);
      if (key === "timeline") {
        if (rest === "") inTimeline = true;
        else if (rest !== "[]") giveUp();
      } else if (rest === "") {
        if (key === "status") continue;
        giveUp();
      } else {
        if (key === "status") out.status = word(rest);
        else out[key] = word(rest);
        scalar = true;
      }
    }
    return out;
  } catch (error) {
    if (error instanceof GiveUp) return void 0;
    throw error;
  }
}

// src/history/fast-yaml.ts
init_define_SMS_SITE_ASSETS();
var GiveUp2 = class extends Error {
};
function giveUp2() {
  throw new GiveUp2();
}
var KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
var RESERVED_KEYS = /* @__PURE__ */ new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
var INT = /^(?:0|[1-9][0-9]{0,14})$/;
var FLOAT = /^(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var CORE_INT = /^[-+]?[0-9]+$/;
var CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function plain(text) {
  if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
  if (text === "true" || text === "True" || text === "TRUE") return true;
  if (text === "false" || text === "False" || text === "FALSE") return false;
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (FLOAT.test(text) && text.length <= 24) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text) || /^0[ox]/.test(text)) giveUp2();
  if (CORE_INT.test(text) || CORE_FLOAT.test(text)) giveUp2();
  return text;
}
function blockScalar(text) {
  const c = text[0];
  if (c === '"' || c === "'") return quoted(text);
  if (c === void 0) return null;
  if ("[{]}&*!|>%@`?#,".includes(c) || text.startsWith("- ") || text === "-") giveUp2();
  if (text.includes(": ") || text.endsWith(":") || text.includes("	")) giveUp2();
  return plain(text);
}
function quoted(text) {
  const q = text[0];
  const end = text.indexOf(q, 1);
  if (end !== text.length - 1) giveUp2();
  const inner = text.slice(1, -1);
  if (q === '"' && inner.includes("\\")) giveUp2();
  return inner;
}
function stripComment(text) {
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (i === 0 || prev === " " || prev === "[" || prev === "{" || prev === ",") quote = c;
    } else if (c === "#" && (i === 0 || text[i - 1] === " ")) {
      return text.slice(0, i).trimEnd();
    }
  }
  if (quote) giveUp2();
  return text.trimEnd();
}
var Flow = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  all() {
    const v = this.value();
    this.space();
    if (this.pos !== this.s.length) giveUp2();
    return v;
  }
  space() {
    while (this.s[this.pos] === " ") this.pos++;
  }
  value() {
    this.space();
    const c = this.s[this.pos];
    if (c === "[") return this.seq();
    if (c === "{") return this.map();
    if (c === '"' || c === "'") {
      const end = this.s.indexOf(c, this.pos + 1);
      if (end < 0) giveUp2();
      const text = this.s.slice(this.pos, end + 1);
      this.pos = end + 1;
      return quoted(text);
    }
    return plain(this.scalarText());
  }
  scalarText() {
    const start = this.pos;
    const c = this.s[start];
    if (c === void 0 || "&*!|>%@`?#-".includes(c)) giveUp2();
    while (this.pos < this.s.length) {
      const ch = this.s[this.pos];
      if (ch === "," || ch === "]" || ch === "}" || ch === "[" || ch === "{") break;
      if (ch === ":") {
        const next = this.s[this.pos + 1];
        if (next === " " || next === void 0) break;
        if (",[]{}".includes(next)) giveUp2();
      }
      this.pos++;
    }
    const text = this.s.slice(start, this.pos).trimEnd();
    if (text === "" || text.includes("	") || text.endsWith(":")) giveUp2();
    return text;
  }
  seq() {
    this.pos++;
    const out = [];
    this.space();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (; ; ) {
      out.push(this.value());
      this.space();
      const c = this.s[this.pos++];
      if (c === "]") return out;
      if (c !== ",") giveUp2();
      this.space();
      if (this.s[this.pos] === "]") giveUp2();
    }
  }
  map() {
    this.pos++;
    const out = {};
    this.space();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (; ; ) {
      this.space();
      const key = this.scalarText();
      const bad = !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || RESERVED_KEYS.has(key) || key === "__proto__";
      if (bad || Object.hasOwn(out, key)) giveUp2();
      if (this.s[this.pos] !== ":" || this.s[this.pos + 1] !== " ") giveUp2();
      this.pos += 2;
      out[key] = this.value();
      this.space();
      const c = this.s[this.pos++];
      if (c === "}") return out;
      if (c !== ",") giveUp2();
      this.space();
      if (this.s[this.pos] === "}") giveUp2();
    }
  }
};
function inlineValue(text) {
  const c = text[0];
  if (c === "[" || c === "{") return new Flow(text).all();
  return blockScalar(text);
}
var Block = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  i = 0;
  peek() {
    return this.lines[this.i];
  }
  /** A block mapping whose keys sit at exactly `indent`; `first` is a key line already taken. */
  map(indent, first) {
    const out = {};
    let text = first;
    for (; ; ) {
      if (text === void 0) {
        const line = this.peek();
        if (!line || line.indent < indent) return out;
        if (line.indent > indent) giveUp2();
        text = line.text;
        this.i++;
      }
      const m = KEY.exec(text);
      if (!m) giveUp2();
      const key = m[1];
      if (RESERVED_KEYS.has(key) || key === "__proto__" || Object.hasOwn(out, key)) giveUp2();
      const rest = text.slice(m[0].length);
      out[key] = rest === "" ? this.nested(indent) : this.scalarAt(indent, rest);
      text = void 0;
    }
  }
  /** A value given on its key's line; it must not continue on the next lines. */
  scalarAt(indent, rest) {
    const next = this.peek();
    if (next && next.indent > indent) giveUp2();
    return inlineValue(rest);
  }
  /** What follows "key:" on the next lines: a sequence, a mapping, or nothing (null). */
  nested(indent) {
    const next = this.peek();
    if (!next) return null;
    const dash = next.text === "-" || next.text.startsWith("- ");
    if (dash && next.indent >= indent) return this.seq(next.indent);
    if (next.indent > indent) return this.map(next.indent);
    return null;
  }
  /** A block sequence whose dashes sit at exactly `indent`. */
  seq(indent) {
    const out = [];
    for (; ; ) {
      const line = this.peek();
      if (!line || line.indent < indent) return out;
      if (line.indent > indent || !line.text.startsWith("- ")) {
        if (line.indent === indent && !line.text.startsWith("-")) return out;
        giveUp2();
      }
      this.i++;
      const rest = line.text.slice(2).trimStart();
      const at = indent + (line.text.length - rest.length);
      if (KEY.test(rest) && !rest.startsWith("{")) out.push(this.map(at, rest));
      else {
        const next = this.peek();
        if (next && next.indent > indent) giveUp2();
        out.push(inlineValue(rest));
      }
    }
  }
};
function toLines(yaml) {
  const out = [];
  for (const raw of yaml.split("\n")) {
    if (raw.includes("\r") || raw.includes("	")) giveUp2();
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const body = raw.slice(indent);
    if (body === "" || body.startsWith("#")) continue;
    if (indent === 0 && (body.startsWith("---") || body.startsWith("..."))) giveUp2();
    if (body.startsWith("%")) giveUp2();
    const text = stripComment(body);
    if (text === "") continue;
    out.push({ indent, text });
  }
  return out;
}
function parsePlainYaml(yaml) {
  try {
    const lines = toLines(yaml);
    if (lines[0] && lines[0].indent !== 0) return void 0;
    const block = new Block(lines);
    const data = block.map(0);
    if (block.i !== lines.length) return void 0;
    return data;
  } catch (error) {
    if (error instanceof GiveUp2 || error instanceof RangeError) return void 0;
    throw error;
  }
}
function readPlainFrontmatter(text) {
  if (!text.startsWith("---\n")) return void 0;
  const close = text.indexOf("\n---", 3);
  if (close < 0) return void 0;
  const after = text.charCodeAt(close + 4);
  if (!(Number.isNaN(after) || after === 10)) return void 0;
  return parsePlainYaml(text.slice(4, close + 1));
}

// src/history/read.ts
var fatal = new TextDecoder("utf-8", { fatal: true });
function readVersionData(path2, oid, bytes, maxSize) {
  const text = plainText(bytes, maxSize);
  const fast = text === void 0 ? void 0 : readPlainFrontmatter(text);
  if (fast) return fast;
  return readRecord(path2, oid, bytes, maxSize).record?.data ?? null;
}
function plainText(bytes, maxSize) {
  if (bytes.length > maxSize || bytes.indexOf(0) >= 0) return void 0;
  try {
    const text = fatal.decode(bytes);
    return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  } catch {
    return void 0;
  }
}
function frontmatterOf(bytes, maxSize) {
  if (bytes.length > maxSize || bytes.indexOf(0) >= 0 || !isUtf8(bytes)) return void 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const start = buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  if (buf.toString("latin1", start, start + 4) !== "---\n") return void 0;
  const close = buf.indexOf("\n---", start + 3);
  const after = buf[close + 4];
  if (close < 0 || !(after === void 0 || after === 10)) return void 0;
  return buf.toString("utf8", start + 4, close + 1);
}
function readVersionDigest(path2, oid, bytes, maxSize) {
  const yaml = frontmatterOf(bytes, maxSize);
  const digest = yaml === void 0 ? void 0 : digestYaml(yaml);
  if (digest) return digest;
  const data = readVersionData(path2, oid, bytes, maxSize);
  if (!data) return null;
  const str = (v) => typeof v === "string" ? v : void 0;
  const entries = [];
  if (Array.isArray(data.timeline)) {
    for (const e of data.timeline) {
      if (typeof e?.at === "string" && typeof e.status === "string")
        entries.push({ at: e.at, status: e.status });
    }
  }
  return { id: str(data.id), kind: str(data.kind), status: str(data.status) ?? null, entries };
}

// src/history/replay.ts
function shallowCloneError() {
  return new ShallowCloneError(
    "this repository is a shallow clone, so its history is incomplete and SLA clocks would be wrong; fetch the full history (`git fetch --unshallow`), or in GitHub Actions set `fetch-depth: 0` on actions/checkout"
  );
}
var BATCH = 256;
var FINAL = /* @__PURE__ */ new Set(["closed", "cancelled", "rejected"]);
var IN_FLIGHT = 4;
var Pipeline = class {
  constructor(git, state, stats, maxSize, onProgress) {
    this.git = git;
    this.state = state;
    this.stats = stats;
    this.maxSize = maxSize;
    this.onProgress = onProgress;
  }
  git;
  state;
  stats;
  maxSize;
  onProgress;
  batch = [];
  inFlight = [];
  tail = Promise.resolve();
  failure;
  /** The latest bytes seen at each path: the current version's frontmatter is parsed in full at the end. */
  latest = /* @__PURE__ */ new Map();
  /** Records that got versions in this run. */
  touched = /* @__PURE__ */ new Set();
  /** Changes to the state's paths in this run. */
  pathLog = [];
  /**
   * Frontmatter parsed as soon as a record closes: closed records rarely change again, and parsing
   * them while git is still listing uses time that would otherwise be spent waiting.
   */
  early = /* @__PURE__ */ new Map();
  async push(item) {
    if (this.failure) throw this.failure;
    this.batch.push(item);
    if (this.batch.length >= BATCH) await this.flush();
  }
  async finish() {
    await this.flush();
    await this.tail;
    if (this.failure) throw this.failure;
    for (const id of this.touched) {
      const last = this.state.records.get(id)?.versions.at(-1);
      const early = this.early.get(id);
      if (last?.blob && early?.blob === last.blob) {
        setCurrent(this.state, id, early.data);
        continue;
      }
      const bytes = last?.blob && !last.broken ? this.latest.get(last.path) : void 0;
      const data = bytes && last?.blob ? readVersionData(last.path, last.blob, bytes, this.maxSize) : null;
      setCurrent(this.state, id, data);
    }
  }
  async flush() {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    const wanted = /* @__PURE__ */ new Set();
    for (const { changes } of batch) {
      for (const c of changes) if (c.newOid && isRecordFile(c.path)) wanted.add(c.newOid);
    }
    const blobs = wanted.size > 0 ? this.git.readBlobs([...wanted]) : Promise.resolve(/* @__PURE__ */ new Map());
    blobs.catch(() => void 0);
    this.tail = this.tail.then(async () => {
      if (this.failure) return;
      try {
        this.apply(batch, await blobs);
      } catch (error) {
        this.failure = error;
      }
    });
    this.inFlight.push(this.tail);
    if (this.inFlight.length >= IN_FLIGHT) await this.inFlight.shift();
  }
  apply(batch, blobs) {
    const parsed = /* @__PURE__ */ new Map();
    for (const { commit, changes } of batch) {
      const out = [];
      for (const c of changes) {
        if (!isRecordFile(c.path)) continue;
        const before = this.state.paths.get(c.path);
        if (before) this.touched.add(before);
        if (c.status === "deleted" || !c.newOid) {
          out.push({ status: "deleted", path: c.path, blob: null });
          this.latest.delete(c.path);
          continue;
        }
        const bytes = blobs.get(c.newOid) ?? new Uint8Array();
        let digest = parsed.get(c.newOid);
        if (digest === void 0) {
          digest = readVersionDigest(c.path, c.newOid, bytes, this.maxSize);
          parsed.set(c.newOid, digest);
          this.stats.blobsParsed++;
        }
        if (digest?.id) this.touched.add(digest.id);
        this.latest.set(c.path, bytes);
        if (digest?.id && FINAL.has(digest.status ?? "")) {
          const data = readVersionData(c.path, c.newOid, bytes, this.maxSize);
          this.early.set(digest.id, { blob: c.newOid, data });
        }
        out.push({ status: c.status, path: c.path, blob: c.newOid, digest });
      }
      applyCommit(
        this.state,
        {
          oid: commit.oid,
          time: commit.author.timestamp,
          tz: commit.author.tzOffsetMinutes,
          authorName: commit.author.name,
          authorEmail: commit.author.email,
          changes: out
        },
        this.pathLog
      );
      this.stats.commitsRead++;
    }
    this.onProgress?.(this.stats.commitsRead);
  }
};
function isRecordFile(path2) {
  return isRecordFileName(path2.slice(path2.lastIndexOf("/") + 1));
}
function sameSetup(state, zone, folders) {
  return state.zone === zone && state.folders.join("\n") === [...folders].join("\n");
}
async function replayHistory(git, opts) {
  const wanted = opts.head ?? "HEAD";
  const [shallow, head] = await Promise.all([
    git.isShallow(),
    isFullOid(wanted) ? git.readCommit(wanted).then((c) => c.oid) : git.resolveCommit(wanted)
  ]);
  if (shallow) throw shallowCloneError();
  const maxSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const state = opts.state && sameSetup(opts.state, opts.zone, opts.folders) ? opts.state : emptyState(opts.zone, opts.folders);
  const stats = { commitsRead: 0, commitsReused: 0, blobsParsed: 0, rewritten: false };
  const pipeline = new Pipeline(git, state, stats, maxSize, opts.onProgress);
  const tip = state.commits[state.commits.length - 1]?.oid;
  if (tip === head) {
    stats.commitsReused = state.commits.length;
    return { head, state, stats };
  }
  if (tip !== void 0) {
    const it = git.listChanges(head, opts.folders, { after: tip })[Symbol.asyncIterator]();
    try {
      const first = await it.next();
      if (!first.done && first.value.commit.parents[0] === tip) {
        stats.commitsReused = state.commits.length;
        const since = { since: state.commits.length, authorsSince: state.authors.length };
        await pipeline.push(first.value);
        for (let r = await it.next(); !r.done; r = await it.next()) await pipeline.push(r.value);
        await pipeline.finish();
        const delta = { ...since, records: pipeline.touched, paths: pipeline.pathLog };
        return { head, state, stats, delta };
      }
    } finally {
      await it.return?.();
    }
    stats.rewritten = true;
  }
  let index = 0;
  let diverged = tip === void 0;
  for await (const item of git.listChanges(head, opts.folders)) {
    if (!diverged && state.commits[index]?.oid === item.commit.oid) {
      index++;
      continue;
    }
    if (!diverged) {
      diverged = true;
      await rereadAfterTruncation(git, state, index, maxSize);
    }
    await pipeline.push(item);
  }
  if (!diverged) await rereadAfterTruncation(git, state, index, maxSize);
  stats.commitsReused = index;
  await pipeline.finish();
  return { head, state, stats };
}
async function rereadAfterTruncation(git, state, keep, maxSize) {
  const reread = truncateState(state, keep);
  if (reread.length === 0) return;
  const blobs = await git.readBlobs(reread.flatMap((r) => r.blob ? [r.blob] : []));
  for (const r of reread) {
    const bytes = r.blob ? blobs.get(r.blob) : void 0;
    setCurrent(state, r.id, bytes && r.blob ? readVersionData(r.path, r.blob, bytes, maxSize) : null);
  }
}

// src/history/cached.ts
var journalLimit = (snapshotBytes) => Math.max(64 * 1024, snapshotBytes / 16);
async function replayWithCache(git, opts) {
  const useCache = opts.cache !== false;
  const file = historyCacheFile(git.dir, opts.zone, opts.folders);
  const journal = journalFile(file);
  const state = useCache ? await loadHistoryCache(file) : void 0;
  const status = state ? await loadJournal(journal, state) : { ok: false, bytes: 0 };
  const replay = await replayHistory(git, { ...opts, state });
  const changed = !state || replay.stats.commitsRead > 0 || replay.stats.rewritten || !status.ok;
  if (!useCache || !changed) return replay;
  await save(file, journal, replay, status, opts.journalLimit).catch(() => void 0);
  return replay;
}
async function save(file, journal, replay, status, limit) {
  if (status.ok && replay.delta && !replay.stats.rewritten) {
    const entry = encodeJournalEntry(replay.state, replay.delta);
    const max = limit ?? journalLimit(await stat(file).then((s) => s.size));
    if (status.bytes + Buffer.byteLength(entry) <= max) return appendJournal(journal, entry);
  }
  await rm2(journal, { force: true });
  await saveHistoryCache(file, replay.state);
}

export {
  replayWithCache
};
