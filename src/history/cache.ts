import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RecordData } from "../records/record.js";
import type { HistoryAuthor, HistoryState, RecordHistory, RecordVersion } from "./types.js";

/** Bump when the file's shape or the meaning of its content changes; older files are then ignored. */
export const HISTORY_CACHE_FORMAT = 1;

type VersionRow = [commit: number, path: string | 0, blob: string | null, status: string | null, broken?: 1];
type RecordRow = [
  id: string,
  kind: string | null,
  versions: VersionRow[],
  firstSeen: Record<string, number>,
  data: RecordData | null,
];

interface CacheFile {
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
  paths: [string, string][];
  records: RecordRow[];
}

/** The cache file for a given set-up: a change of time zone or folders starts a fresh file. */
export function historyCacheFile(repoDir: string, zone: string, folders: readonly string[]): string {
  const key = createHash("sha256").update(JSON.stringify({ zone, folders })).digest("hex").slice(0, 12);
  return path.join(repoDir, ".sms", "cache", `history-${key}.json`);
}

function encode(state: HistoryState): CacheFile {
  const oidLength = state.commits[0]?.oid.length ?? 40;
  const records: RecordRow[] = [];
  for (const rec of state.records.values()) {
    let lastPath: string | undefined;
    const versions = rec.versions.map((v): VersionRow => {
      // Most versions live where the previous one did; 0 says "same path" in a byte.
      const row: VersionRow = [v.commit, v.path === lastPath ? 0 : v.path, v.blob, v.status];
      if (v.broken) row.push(1);
      lastPath = v.path;
      return row;
    });
    records.push([rec.id, rec.kind, versions, rec.firstSeen, rec.data ?? null]);
  }
  return {
    format: HISTORY_CACHE_FORMAT,
    zone: state.zone,
    folders: state.folders,
    oidLength,
    oids: state.commits.map((c) => c.oid).join(""),
    times: state.commits.map((c) => c.time),
    tzs: state.commits.map((c) => c.tz),
    authorOf: state.commits.map((c) => c.author),
    authors: state.authors.map((a) => [a.name, a.email, a.login]),
    paths: [...state.paths],
    records,
  };
}

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isStr = (x: unknown): x is string => typeof x === "string";

function decode(raw: unknown): HistoryState | undefined {
  const f = raw as Partial<CacheFile> | null;
  if (!f || f.format !== HISTORY_CACHE_FORMAT || !isStr(f.zone) || !Array.isArray(f.folders))
    return undefined;
  const { oidLength, oids, times, tzs, authorOf, authors, paths, records } = f;
  if (oidLength !== 40 && oidLength !== 64) return undefined;
  if (!isStr(oids) || !Array.isArray(times) || !Array.isArray(tzs) || !Array.isArray(authorOf))
    return undefined;
  const n = times.length;
  if (oids.length !== n * oidLength || tzs.length !== n || authorOf.length !== n) return undefined;
  if (!Array.isArray(authors) || !Array.isArray(paths) || !Array.isArray(records)) return undefined;
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
  for (const p of paths) {
    if (!Array.isArray(p) || !isStr(p[0]) || !isStr(p[1])) return undefined;
    state.paths.set(p[0], p[1]);
  }
  for (const row of records) {
    const rec = decodeRecord(row, n);
    if (!rec) return undefined;
    state.records.set(rec.id, rec);
  }
  return state;
}

function decodeRecord(row: unknown, commits: number): RecordHistory | undefined {
  if (!Array.isArray(row) || !isStr(row[0]) || !Array.isArray(row[2])) return undefined;
  const [id, kind, rows, firstSeen, data] = row as RecordRow;
  const versions: RecordVersion[] = [];
  let lastPath = "";
  for (const v of rows) {
    if (!Array.isArray(v) || !isNum(v[0]) || v[0] >= commits) return undefined;
    const p = v[1] === 0 ? lastPath : v[1];
    if (!isStr(p) || p === "") return undefined;
    lastPath = p;
    const version: RecordVersion = {
      commit: v[0],
      path: p,
      blob: isStr(v[2]) ? v[2] : null,
      status: isStr(v[3]) ? v[3] : null,
    };
    if (v[4] === 1) version.broken = true;
    versions.push(version);
  }
  if (typeof firstSeen !== "object" || firstSeen === null) return undefined;
  const rec: RecordHistory = { id, kind: isStr(kind) ? kind : null, versions, firstSeen };
  if (data && typeof data === "object") rec.data = data;
  return rec;
}

/** Reads the cached replay, or undefined when there is none or it cannot be trusted to be whole. */
export async function loadHistoryCache(file: string): Promise<HistoryState | undefined> {
  try {
    return decode(JSON.parse(await readFile(file, "utf8")));
  } catch {
    // Missing, half-written by a crash before rename, or edited by hand: start from scratch.
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
    await writeFile(tmp, JSON.stringify(encode(state)));
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  for (const name of await readdir(dir)) {
    if (/^history-[0-9a-f]+\.json$/.test(name) && name !== path.basename(file)) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}
