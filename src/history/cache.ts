import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { cacheDir } from "../loader/cache-dir.js";
import { type JsonText, Lines, lazyField, unparsedJson } from "./lazy.js";
import type { HistoryAuthor, HistoryState, RecordHistory, RecordVersion } from "./types.js";

/** Bump when the file's shape or the meaning of its content changes; older files are then ignored. */
export const HISTORY_CACHE_FORMAT = 4;

/** A version as the file stores it (path 0: the previous version's path). */
export type VersionRow = [
  commit: number,
  path: string | 0,
  blob: string | null,
  status: string | null,
  broken?: 1,
];
/** A record's header fields as the file stores them. */
export type RecordRow = [
  id: string,
  kind: string | null,
  status: string | null,
  spanFrom: number | null,
  spanTo: number | null,
];

/**
 * The first line of the file. Each record then has three lines: its versions, its firstSeen and its
 * frontmatter as JSON. A report reads few records, and lines nobody reads are never parsed.
 */
interface Header {
  format: number;
  zone: string;
  folders: string[];
  oidLength: number;
  /** Every commit oid, concatenated: one long string parses far faster than 50,000 short ones. */
  oids: string;
  times: number[];
  tzs: number[];
  authorOf: number[];
  authors: [string, string, string | null][];
  /** Current files as "path NUL id NUL ...". */
  paths: string;
  records: RecordRow[];
}

/** The cache file for a given set-up: a change of time zone or folders starts a fresh file. */
export function historyCacheFile(repoDir: string, zone: string, folders: readonly string[]): string {
  const key = createHash("sha256").update(JSON.stringify({ zone, folders })).digest("hex").slice(0, 12);
  return path.join(cacheDir(repoDir), `history-${key}.json`);
}

/** Versions as rows of the file. */
export function versionRows(versions: readonly RecordVersion[]): VersionRow[] {
  let lastPath: string | undefined;
  return versions.map((v): VersionRow => {
    // Most versions live where the previous one did; 0 says "same path" in a byte.
    const row: VersionRow = [v.commit, v.path === lastPath ? 0 : v.path, v.blob, v.status];
    if (v.broken) row.push(1);
    lastPath = v.path;
    return row;
  });
}

/** A record's header fields as a row. */
export function recordRow(rec: RecordHistory): RecordRow {
  return [rec.id, rec.kind, rec.status, rec.span?.[0] ?? null, rec.span?.[1] ?? null];
}

/** The file's bytes: a header line, then three lines per record (unread records copied as they were). */
export function encodeHistory(state: HistoryState): Buffer {
  const rows: RecordRow[] = [];
  const chunks: Uint8Array[] = [];
  const newline = Buffer.from("\n");
  const add = (text: JsonText) => chunks.push(typeof text === "string" ? Buffer.from(text) : text, newline);
  for (const rec of state.records.values()) {
    rows.push(recordRow(rec));
    add(unparsedJson(rec, "versions") ?? JSON.stringify(versionRows(rec.versions)));
    add(unparsedJson(rec, "firstSeen") ?? JSON.stringify(rec.firstSeen));
    add(unparsedJson(rec, "data") ?? JSON.stringify(rec.data ?? null));
  }
  const header: Header = {
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
    records: rows,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...chunks]);
}

export const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
export const isStr = (x: unknown): x is string => typeof x === "string";

/** The value when it is a mapping; throws otherwise. */
export function mapping(v: unknown): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not a mapping");
  return v as Record<string, unknown>;
}

/** Versions from rows of the file, checked against the number of commits; throws on a bad row. */
export function decodeVersions(raw: unknown, commits: number): RecordVersion[] {
  if (!Array.isArray(raw)) throw new Error("versions are not a list");
  let lastPath = "";
  return raw.map((v: unknown) => {
    if (!Array.isArray(v) || !isNum(v[0]) || v[0] >= commits) throw new Error("bad version");
    const p = v[1] === 0 ? lastPath : v[1];
    if (!isStr(p) || p === "") throw new Error("bad version path");
    lastPath = p;
    const version: RecordVersion = {
      commit: v[0],
      path: p,
      blob: isStr(v[2]) ? v[2] : null,
      status: isStr(v[3]) ? v[3] : null,
    };
    if (v[4] === 1) version.broken = true;
    return version;
  });
}

/** Parses the file's text; undefined when it is not a whole cache of this format. */
export function decodeHistory(input: string | Uint8Array): HistoryState | undefined {
  const buf =
    typeof input === "string"
      ? Buffer.from(input)
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  // Lines stay bytes in the file's buffer; only the records a report reads are sliced and decoded.
  const lines = Lines.of(buf);
  const f = JSON.parse(lines.text(0)) as Partial<Header> | null;
  if (!f || f.format !== HISTORY_CACHE_FORMAT || !isStr(f.zone) || !Array.isArray(f.folders))
    return undefined;
  const { oidLength, oids, times, tzs, authorOf, authors, paths, records } = f;
  if ((oidLength !== 40 && oidLength !== 64) || !isStr(oids) || !isStr(paths)) return undefined;
  if (!Array.isArray(times) || !Array.isArray(tzs) || !Array.isArray(authorOf)) return undefined;
  const n = times.length;
  if (oids.length !== n * oidLength || tzs.length !== n || authorOf.length !== n) return undefined;
  if (!Array.isArray(authors) || !Array.isArray(records)) return undefined;
  // A crash cannot leave half a file (it is renamed into place), but a hand edit can.
  if (lines.count !== records.length * 3 + 2 || lines.bytes(lines.count - 1).byteLength !== 0)
    return undefined;
  const authorList: HistoryAuthor[] = [];
  for (const a of authors) {
    if (!Array.isArray(a) || !isStr(a[0]) || !isStr(a[1])) return undefined;
    authorList.push({ name: a[0], email: a[1], login: isStr(a[2]) ? a[2] : null });
  }
  const commits = [];
  for (let i = 0; i < n; i++) {
    const [time, tz, author] = [times[i], tzs[i], authorOf[i]];
    if (!isNum(time) || !isNum(tz) || !isNum(author) || author >= authorList.length) return undefined;
    commits.push({ oid: oids.slice(i * oidLength, (i + 1) * oidLength), time, tz, author });
  }
  const state: HistoryState = {
    zone: f.zone,
    folders: f.folders.filter(isStr),
    commits,
    authors: authorList,
    paths: new Map(),
    records: new Map(),
  };
  const parts = paths === "" ? [] : paths.split("\0");
  if (parts.length % 2 !== 0) return undefined;
  for (let i = 0; i < parts.length; i += 2) state.paths.set(parts[i]!, parts[i + 1]!);
  const rows = new WeakMap<object, number>();
  const lazyVersions = lazyField(
    "versions",
    lines,
    rows,
    (i) => 1 + i * 3,
    (v) => decodeVersions(v, n),
  );
  const lazyFirstSeen = lazyField("firstSeen", lines, rows, (i) => 2 + i * 3, mapping);
  const lazyData = lazyField(
    "data",
    lines,
    rows,
    (i) => 3 + i * 3,
    (v) => (v === null ? undefined : mapping(v)),
  );
  for (let i = 0; i < records.length; i++) {
    const row = records[i];
    if (!Array.isArray(row) || !isStr(row[0])) return undefined;
    const [id, kind, status, from, to] = row;
    const rec = {
      id,
      kind: isStr(kind) ? kind : null,
      status: isStr(status) ? status : null,
    } as RecordHistory;
    rows.set(rec, i);
    lazyVersions(rec);
    lazyFirstSeen(rec);
    lazyData(rec);
    if (isNum(from) && isNum(to)) rec.span = [from, to];
    state.records.set(id, rec);
  }
  return state;
}

/** Reads the cached replay, or undefined when there is none or it cannot be trusted to be whole. */
export async function loadHistoryCache(file: string): Promise<HistoryState | undefined> {
  try {
    return decodeHistory(await readFile(file));
  } catch {
    // Missing, or edited by hand: start from scratch.
    return undefined;
  }
}

/**
 * Writes the replay atomically (a temporary file renamed over the old one) and removes caches of
 * other set-ups. The folder carries its own .gitignore, so the cache never shows up as a change.
 */
export async function saveHistoryCache(file: string, state: HistoryState): Promise<void> {
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
    // Other set-ups' snapshots and journals; this one's journal is the caller's to keep or remove.
    const own = name === path.basename(file) || name === path.basename(file).replace(/\.json$/, ".journal");
    if (/^history-[0-9a-f]+\.(json|journal)$/.test(name) && !own) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}
