import { appendFile, readFile } from "node:fs/promises";
import type { RecordData } from "../records/record.js";
import {
  decodeVersions,
  HISTORY_CACHE_FORMAT,
  isNum,
  isStr,
  mapping,
  type RecordRow,
  recordRow,
  type VersionRow,
  versionRows,
} from "./cache.js";
import type { ReplayDelta } from "./replay.js";
import type { PathLog } from "./state.js";
import type { HistoryAuthor, HistoryCommit, HistoryState, RecordHistory } from "./types.js";

/**
 * One line of the journal: what a run added to the state it continued. Rewriting the 14 MB snapshot
 * for one new commit costs more than the rest of a warm run; appending this line costs nothing.
 */
interface Entry {
  format: number;
  /** The number of commits the continued state had, and the last of them: the chain it extends. */
  since: number;
  from: string;
  oids: string[];
  times: number[];
  tzs: number[];
  authorOf: number[];
  /** Authors first met in these commits. */
  authors: [string, string, string | null][];
  paths: PathLog;
  /** Every record the run may have changed, whole, in the state's order. */
  records: [row: RecordRow, versions: VersionRow[], firstSeen: Record<string, number>, data: unknown][];
}

/** A checked entry, ready to apply without failing. */
interface Decoded {
  commits: HistoryCommit[];
  authors: HistoryAuthor[];
  paths: PathLog;
  records: RecordHistory[];
}

/** The journal beside a snapshot file. */
export function journalFile(snapshotFile: string): string {
  return snapshotFile.replace(/\.json$/, ".journal");
}

/** The journal line for what `delta` added to the state (ending in a newline). */
export function encodeJournalEntry(state: HistoryState, delta: ReplayDelta): string {
  const commits = state.commits.slice(delta.since);
  const records: Entry["records"] = [];
  // In map order, so that records first met in this run are added in the order a replay adds them.
  if (delta.records.size > 0) {
    for (const rec of state.records.values()) {
      if (!delta.records.has(rec.id)) continue;
      records.push([recordRow(rec), versionRows(rec.versions), rec.firstSeen, rec.data ?? null]);
    }
  }
  const entry: Entry = {
    format: HISTORY_CACHE_FORMAT,
    since: delta.since,
    from: state.commits[delta.since - 1]?.oid ?? "",
    oids: commits.map((c) => c.oid),
    times: commits.map((c) => c.time),
    tzs: commits.map((c) => c.tz),
    authorOf: commits.map((c) => c.author),
    authors: state.authors.slice(delta.authorsSince).map((a) => [a.name, a.email, a.login]),
    paths: delta.paths,
    records,
  };
  return `${JSON.stringify(entry)}\n`;
}

function decodeEntry(
  e: Partial<Entry> | null,
  at: { commits: number; tip: string; authors: number },
): Decoded | undefined {
  if (!e || e.format !== HISTORY_CACHE_FORMAT || e.since !== at.commits || e.from !== at.tip)
    return undefined;
  const { oids, times, tzs, authorOf, authors, paths, records } = e;
  if (![oids, times, tzs, authorOf, authors, paths, records].every(Array.isArray)) return undefined;
  const n = oids!.length;
  if (n === 0 || times!.length !== n || tzs!.length !== n || authorOf!.length !== n) return undefined;
  const newAuthors: HistoryAuthor[] = [];
  for (const a of authors!) {
    if (!Array.isArray(a) || !isStr(a[0]) || !isStr(a[1])) return undefined;
    newAuthors.push({ name: a[0], email: a[1], login: isStr(a[2]) ? a[2] : null });
  }
  const authorCount = at.authors + newAuthors.length;
  const commits: HistoryCommit[] = [];
  for (let i = 0; i < n; i++) {
    const [oid, time, tz, author] = [oids![i], times![i], tzs![i], authorOf![i]];
    if (!isStr(oid) || oid.length !== at.tip.length || !isNum(time) || !isNum(tz)) return undefined;
    if (!isNum(author) || author < 0 || author >= authorCount) return undefined;
    commits.push({ oid, time, tz, author });
  }
  for (const p of paths!)
    if (!Array.isArray(p) || !isStr(p[0]) || !(p[1] === null || isStr(p[1]))) return undefined;
  const total = at.commits + n;
  const recs: RecordHistory[] = [];
  try {
    for (const r of records!) {
      const [row, versions, firstSeen, data] = r;
      if (!Array.isArray(row) || !isStr(row[0])) return undefined;
      const [id, kind, status, from, to] = row;
      const rec: RecordHistory = {
        id,
        kind: isStr(kind) ? kind : null,
        versions: decodeVersions(versions, total),
        status: isStr(status) ? status : null,
        firstSeen: mapping(firstSeen) as Record<string, number>,
      };
      if (data !== null) rec.data = mapping(data) as RecordData;
      if (isNum(from) && isNum(to)) rec.span = [from, to];
      recs.push(rec);
    }
  } catch {
    return undefined;
  }
  return { commits, authors: newAuthors, paths: paths!, records: recs };
}

/**
 * Applies the journal's entries to the snapshot's state. All or nothing: when any line is damaged or
 * does not continue the chain (it was written for another snapshot), the state is left as it was and
 * false is returned. An empty journal is a valid one.
 */
export function applyJournal(state: HistoryState, bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text === "") return true;
  if (!text.endsWith("\n")) return false;
  const at = {
    commits: state.commits.length,
    tip: state.commits[state.commits.length - 1]?.oid ?? "",
    authors: state.authors.length,
  };
  const decoded: Decoded[] = [];
  for (const line of text.slice(0, -1).split("\n")) {
    let entry: Decoded | undefined;
    try {
      entry = decodeEntry(JSON.parse(line) as Partial<Entry> | null, at);
    } catch {
      return false;
    }
    if (!entry) return false;
    decoded.push(entry);
    at.commits += entry.commits.length;
    at.tip = entry.commits[entry.commits.length - 1]!.oid;
    at.authors += entry.authors.length;
  }
  for (const d of decoded) {
    for (const c of d.commits) state.commits.push(c);
    for (const a of d.authors) state.authors.push(a);
    for (const [path, id] of d.paths) {
      if (id === null) state.paths.delete(path);
      else state.paths.set(path, id);
    }
    for (const rec of d.records) state.records.set(rec.id, rec);
  }
  return true;
}

/** What was found beside the snapshot: whether it could be used, and its size. */
export interface JournalStatus {
  ok: boolean;
  bytes: number;
}

/** Reads the journal into the state; a missing one is an empty, usable journal. */
export async function loadJournal(file: string, state: HistoryState): Promise<JournalStatus> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: (error as NodeJS.ErrnoException).code === "ENOENT", bytes: 0 };
  }
  return { ok: applyJournal(state, bytes), bytes: bytes.byteLength };
}

/** Appends one entry to the journal. */
export async function appendJournal(file: string, entry: string): Promise<void> {
  await appendFile(file, entry);
}
