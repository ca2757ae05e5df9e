import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  parseInstant
} from "./chunk-U5PZHFZ2.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/history/state.ts
init_define_SMS_SITE_ASSETS();
function emptyState(zone, folders) {
  return { zone, folders: [...folders], commits: [], authors: [], paths: /* @__PURE__ */ new Map(), records: /* @__PURE__ */ new Map() };
}
var NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@users\.noreply\.github\.com$/i;
function loginFromEmail(email) {
  return NOREPLY.exec(email.trim())?.[1] ?? null;
}
function instantMs(value, zone) {
  return parseInstant(value, zone);
}
function entryKey(entry, zone) {
  if (typeof entry !== "object" || entry === null) return null;
  const { at, status } = entry;
  if (typeof status !== "string") return null;
  const ms = instantMs(at, zone);
  return ms === null ? null : `${ms}|${status}`;
}
function authorIndex(state, name, email) {
  for (let i = state.authors.length - 1; i >= 0; i--) {
    const a = state.authors[i];
    if (a.name === name && a.email === email) return i;
  }
  const author = { name, email, login: loginFromEmail(email) };
  state.authors.push(author);
  return state.authors.length - 1;
}
function recordOf(state, id) {
  let rec = state.records.get(id);
  if (!rec) {
    rec = { id, kind: null, versions: [], status: null, firstSeen: {} };
    state.records.set(id, rec);
  }
  return rec;
}
function addVersion(rec, version) {
  const last = rec.versions[rec.versions.length - 1];
  if (last && last.commit === version.commit) rec.versions[rec.versions.length - 1] = version;
  else rec.versions.push(version);
  rec.status = version.status;
}
function stillFiled(state, id) {
  for (const other of state.paths.values()) if (other === id) return true;
  return false;
}
function removeAt(state, id, path, commit) {
  if (stillFiled(state, id)) return;
  const rec = recordOf(state, id);
  addVersion(rec, { commit, path, blob: null, status: null });
  delete rec.data;
}
var memos = /* @__PURE__ */ new WeakMap();
function addReadable(state, id, change, digest, commit) {
  const rec = recordOf(state, id);
  addVersion(rec, { commit, path: change.path, blob: change.blob, status: digest.status });
  delete rec.data;
  if (digest.kind !== void 0) rec.kind = digest.kind;
  let memo = memos.get(rec);
  if (!memo) memos.set(rec, memo = { last: [], keys: /* @__PURE__ */ new Map() });
  const entries = digest.entries;
  let same = 0;
  while (same < entries.length && same < memo.last.length && entries[same].at === memo.last[same].at && entries[same].status === memo.last[same].status) {
    same++;
  }
  for (let i = same; i < entries.length; i++) {
    const entry = entries[i];
    const raw = `${entry.at}|${entry.status}`;
    let key = memo.keys.get(raw);
    if (key === void 0) {
      key = entryKey(entry, state.zone);
      memo.keys.set(raw, key);
    }
    if (key !== null && !(key in rec.firstSeen)) rec.firstSeen[key] = commit;
  }
  memo.last = entries;
}
function applyCommit(state, input, log) {
  const commit = state.commits.length;
  state.commits.push({
    oid: input.oid,
    time: input.time,
    tz: input.tz,
    author: authorIndex(state, input.authorName, input.authorEmail)
  });
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
    const id = digest?.id ? digest.id : void 0;
    const previous = state.paths.get(change.path);
    if (id === void 0) {
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
    addReadable(state, id, change, digest, commit);
  }
}
function dataInstants(data, zone) {
  const out = [data.opened_at, data.implemented_on];
  if (Array.isArray(data.timeline))
    for (const e of data.timeline) out.push(e?.at);
  if (Array.isArray(data.outage)) {
    for (const o of data.outage) out.push(o?.start, o?.end);
  }
  const w = data.window;
  if (w && typeof w === "object") out.push(w.start, w.end);
  return out.map((v) => v === void 0 ? null : parseInstant(v, zone)).filter((v) => v !== null);
}
function setCurrent(state, id, data) {
  const rec = state.records.get(id);
  if (!rec) return;
  if (data) rec.data = data;
  else delete rec.data;
  const first = state.commits[rec.versions[0]?.commit ?? -1];
  const last = state.commits[rec.versions[rec.versions.length - 1]?.commit ?? -1];
  const times = [...data ? dataInstants(data, state.zone) : []];
  if (first) times.push(first.time * 1e3);
  if (last) times.push(last.time * 1e3);
  if (times.length > 0) rec.span = [Math.min(...times), Math.max(...times)];
  else delete rec.span;
}
function truncateState(state, keep) {
  if (keep >= state.commits.length) return [];
  state.commits.length = keep;
  let used = -1;
  for (const c of state.commits) used = Math.max(used, c.author);
  state.authors.length = used + 1;
  state.paths.clear();
  const reread = [];
  for (const [id, rec] of state.records) {
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

export {
  emptyState,
  entryKey,
  applyCommit,
  setCurrent,
  truncateState
};
