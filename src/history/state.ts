import type { RecordData } from "../records/record.js";
import { parseInstant } from "../sla/periods.js";
import type { VersionDigest } from "./digest.js";
import type {
  CommitInput,
  HistoryAuthor,
  HistoryState,
  RecordHistory,
  RecordVersion,
  VersionChange,
} from "./types.js";

/** A replay that has seen no commit yet. */
export function emptyState(zone: string, folders: readonly string[]): HistoryState {
  return { zone, folders: [...folders], commits: [], authors: [], paths: new Map(), records: new Map() };
}

const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@users\.noreply\.github\.com$/i;

/** The GitHub login an email address shows (the noreply form GitHub gives each user), or null. */
export function loginFromEmail(email: string): string | null {
  return NOREPLY.exec(email.trim())?.[1] ?? null;
}

/** Epoch ms of a timestamp exactly as the SLA engine reads it; null when unreadable. */
export function instantMs(value: unknown, zone: string): number | null {
  return parseInstant(value, zone);
}

/** The corroboration key of a timeline entry: its instant and status; null when either is unusable. */
export function entryKey(entry: unknown, zone: string): string | null {
  if (typeof entry !== "object" || entry === null) return null;
  const { at, status } = entry as { at?: unknown; status?: unknown };
  if (typeof status !== "string") return null;
  const ms = instantMs(at, zone);
  return ms === null ? null : `${ms}|${status}`;
}

function authorIndex(state: HistoryState, name: string, email: string): number {
  // Authors are few; a linear scan from the end finds the usual "same as last time" at once.
  for (let i = state.authors.length - 1; i >= 0; i--) {
    const a = state.authors[i]!;
    if (a.name === name && a.email === email) return i;
  }
  const author: HistoryAuthor = { name, email, login: loginFromEmail(email) };
  state.authors.push(author);
  return state.authors.length - 1;
}

function recordOf(state: HistoryState, id: string): RecordHistory {
  let rec = state.records.get(id);
  if (!rec) {
    rec = { id, kind: null, versions: [], status: null, firstSeen: {} };
    state.records.set(id, rec);
  }
  return rec;
}

/** Appends a version; a second version from the same commit (a move, say) replaces the first. */
function addVersion(rec: RecordHistory, version: RecordVersion): void {
  const last = rec.versions[rec.versions.length - 1];
  if (last && last.commit === version.commit) rec.versions[rec.versions.length - 1] = version;
  else rec.versions.push(version);
  rec.status = version.status;
}

function stillFiled(state: HistoryState, id: string): boolean {
  for (const other of state.paths.values()) if (other === id) return true;
  return false;
}

function removeAt(state: HistoryState, id: string, path: string, commit: number): void {
  // With duplicate ids another file may still hold the record; then nothing is deleted.
  if (stillFiled(state, id)) return;
  const rec = recordOf(state, id);
  addVersion(rec, { commit, path, blob: null, status: null });
  delete rec.data;
}

// Entries repeat in every later version: per record and run, the previous version's entries (whose
// keys are known already) and the parsed keys of stamps seen, so each stamp is parsed once.
const memos = new WeakMap<
  RecordHistory,
  { last: VersionDigest["entries"]; keys: Map<string, string | null> }
>();

function addReadable(
  state: HistoryState,
  id: string,
  change: VersionChange,
  digest: VersionDigest,
  commit: number,
) {
  const rec = recordOf(state, id);
  addVersion(rec, { commit, path: change.path, blob: change.blob, status: digest.status });
  delete rec.data;
  if (digest.kind !== undefined) rec.kind = digest.kind;
  let memo = memos.get(rec);
  if (!memo) memos.set(rec, (memo = { last: [], keys: new Map() }));
  const entries = digest.entries;
  // Timelines grow at the end: the entries the previous version had are in firstSeen already.
  let same = 0;
  while (
    same < entries.length &&
    same < memo.last.length &&
    entries[same]!.at === memo.last[same]!.at &&
    entries[same]!.status === memo.last[same]!.status
  ) {
    same++;
  }
  for (let i = same; i < entries.length; i++) {
    const entry = entries[i]!;
    const raw = `${entry.at}|${entry.status}`;
    let key = memo.keys.get(raw);
    if (key === undefined) {
      key = entryKey(entry, state.zone);
      memo.keys.set(raw, key);
    }
    if (key !== null && !(key in rec.firstSeen)) rec.firstSeen[key] = commit;
  }
  memo.last = entries;
}

/** Path changes in the order they were made (null: removed); replaying them rebuilds `paths` in its order. */
export type PathLog = [path: string, id: string | null][];

/**
 * Applies one commit's record changes to the state (mutating it). Pure apart from that. Each change to
 * `paths` is appended to `log` when given, so that a cache journal can repeat them.
 */
export function applyCommit(state: HistoryState, input: CommitInput, log?: PathLog): void {
  const commit = state.commits.length;
  state.commits.push({
    oid: input.oid,
    time: input.time,
    tz: input.tz,
    author: authorIndex(state, input.authorName, input.authorEmail),
  });
  // Deletions first, so that a record moved to another file in this commit reads as one move.
  for (const change of input.changes) {
    if (change.status !== "deleted") continue;
    const id = state.paths.get(change.path);
    state.paths.delete(change.path);
    log?.push([change.path, null]);
    if (id) removeAt(state, id, change.path, commit);
  }
  for (const change of input.changes) {
    if (change.status === "deleted") continue;
    const digest = change.digest ?? null;
    const id = digest?.id ? digest.id : undefined;
    const previous = state.paths.get(change.path);
    if (id === undefined) {
      state.paths.set(change.path, previous ?? "");
      log?.push([change.path, previous ?? ""]);
      if (previous) {
        const rec = recordOf(state, previous);
        addVersion(rec, { commit, path: change.path, blob: change.blob, status: null, broken: true });
        delete rec.data;
      }
      continue;
    }
    state.paths.set(change.path, id);
    log?.push([change.path, id]);
    if (previous && previous !== id) removeAt(state, previous, change.path, commit);
    addReadable(state, id, change, digest as VersionDigest, commit);
  }
}

/** Instants a record's frontmatter names that a report may count: opening, timeline, outages, windows. */
function dataInstants(data: RecordData, zone: string): number[] {
  const out: unknown[] = [data.opened_at, data.implemented_on];
  if (Array.isArray(data.timeline))
    for (const e of data.timeline) out.push((e as { at?: unknown } | null)?.at);
  if (Array.isArray(data.outage)) {
    for (const o of data.outage) out.push((o as { start?: unknown })?.start, (o as { end?: unknown })?.end);
  }
  const w = data.window as { start?: unknown; end?: unknown } | undefined;
  if (w && typeof w === "object") out.push(w.start, w.end);
  return out
    .map((v) => (v === undefined ? null : parseInstant(v, zone)))
    .filter((v): v is number => v !== null);
}

/** Sets a record's current frontmatter (null: unreadable) and the span of instants it covers. */
export function setCurrent(state: HistoryState, id: string, data: RecordData | null): void {
  const rec = state.records.get(id);
  if (!rec) return;
  if (data) rec.data = data;
  else delete rec.data;
  const first = state.commits[rec.versions[0]?.commit ?? -1];
  const last = state.commits[rec.versions[rec.versions.length - 1]?.commit ?? -1];
  const times = [...(data ? dataInstants(data, state.zone) : [])];
  if (first) times.push(first.time * 1000);
  if (last) times.push(last.time * 1000);
  if (times.length > 0) rec.span = [Math.min(...times), Math.max(...times)];
  else delete rec.span;
}

/** A record whose current version must be read again after a truncation. */
export interface Reread {
  id: string;
  path: string;
  /** Null when the record is now deleted or unreadable. */
  blob: string | null;
}

/**
 * Forgets commit `keep` and everything after it, as if replay had stopped before it (used when history
 * was rewritten). Returns the records whose current content must be read again from their blobs.
 */
export function truncateState(state: HistoryState, keep: number): Reread[] {
  if (keep >= state.commits.length) return [];
  state.commits.length = keep;
  // Authors first met in the dropped commits sit at the end of the list; a fresh replay would not know them.
  let used = -1;
  for (const c of state.commits) used = Math.max(used, c.author);
  state.authors.length = used + 1;
  state.paths.clear();
  const reread: Reread[] = [];
  for (const [id, rec] of state.records) {
    // What the memo says about earlier versions may be about dropped ones.
    memos.delete(rec);
    const before = rec.versions.length;
    rec.versions = rec.versions.filter((v) => v.commit < keep);
    for (const [key, commit] of Object.entries(rec.firstSeen)) if (commit >= keep) delete rec.firstSeen[key];
    const last = rec.versions[rec.versions.length - 1];
    if (!last) {
      state.records.delete(id);
      continue;
    }
    if (last.blob !== null) state.paths.set(last.path, id);
    rec.status = last.status;
    if (rec.versions.length !== before) {
      delete rec.data;
      reread.push({ id, path: last.path, blob: last.broken ? null : last.blob });
    }
  }
  return reread;
}
