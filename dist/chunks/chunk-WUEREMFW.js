import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  isRecordFileName,
  recordFolders
} from "./chunk-IUYJB6F7.js";
import {
  CONFIG_FILE,
  parseConfig
} from "./chunk-MDI4L5WW.js";
import {
  diag,
  readRecord
} from "./chunk-KN4KNFH2.js";
import {
  hashBlob
} from "./chunk-GZQFH5ZC.js";
import {
  UsageError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/loader/worktree.ts
init_define_SMS_SITE_ASSETS();
import { readFileSync, statSync } from "node:fs";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
var LAZY_CACHE_MIN = 200;
async function loadWorktree(dir, opts = {}) {
  const root = path.resolve(dir);
  const rootStat = await lstat(root).catch(() => void 0);
  if (!rootStat?.isDirectory())
    throw new UsageError(`${dir} is not a folder; pass --repo with the path of an SMS repository`);
  const read = opts.config ?? await readWorktreeConfigChecked(root);
  const diagnostics = [...read.diagnostics];
  const config = read.config;
  const found = [];
  for (const folder of recordFolders(config)) {
    const link = await linkedParent(root, folder);
    if (link) diagnostics.push(await symlinkDiagnostic(root, link));
    else await walk(root, folder, found, diagnostics, root);
  }
  found.sort();
  const reused = [];
  const toRead = [];
  for (const rel of found) {
    let stat;
    try {
      const st = statSync(path.join(root, rel));
      stat = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
    } catch (error) {
      diagnostics.push(unreadable(rel, error));
      continue;
    }
    if (stat.size > config.maxFileSize) diagnostics.push(tooLarge(rel, stat.size, config.maxFileSize));
    else if (opts.reuse?.(rel, stat)) reused.push(rel);
    else toRead.push({ rel, stat });
  }
  const cache = typeof opts.cache === "function" ? toRead.length >= LAZY_CACHE_MIN ? await opts.cache() : void 0 : opts.cache;
  const records = [];
  const files = [];
  let i = 0;
  for (const { rel, stat } of toRead) {
    if (++i % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    let bytes;
    try {
      bytes = readFileSync(path.join(root, rel));
    } catch (error) {
      diagnostics.push(unreadable(rel, error));
      continue;
    }
    const oid = hashBlob(bytes);
    const r = cache ? cache.read(rel, oid, bytes, config.maxFileSize) : readRecord(rel, oid, bytes, config.maxFileSize);
    diagnostics.push(...r.diagnostics);
    const file = { path: rel, oid, stat, record: r.record, diagnostics: r.diagnostics };
    if (opts.onFile) opts.onFile(file);
    else {
      if (r.record) records.push(r.record);
      files.push(file);
    }
  }
  records.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { config, records, diagnostics, files, reused };
}
function unreadable(rel, error) {
  return diag(rel, 1, 1, "file-unreadable", `could not read the file: ${error.message}`);
}
function tooLarge(rel, size, max) {
  return diag(
    rel,
    1,
    1,
    "file-too-large",
    `file is ${(size / 1024 / 1024).toFixed(1)} MiB, more than the ${Math.round(max / 1024)} KiB a record may be; move attachments out of the record folders or raise max_file_size in sms.config.yml`
  );
}
async function readWorktreeConfigChecked(dir) {
  const diagnostics = [];
  const parsed = parseConfig(await readConfigText(path.resolve(dir), diagnostics));
  return { config: parsed.config, diagnostics: [...diagnostics, ...parsed.diagnostics] };
}
async function readConfigText(root, diagnostics) {
  const file = path.join(root, CONFIG_FILE);
  const st = await lstat(file).catch(() => void 0);
  if (!st) return void 0;
  if (st.isSymbolicLink() || !st.isFile()) {
    diagnostics.push(
      diag(
        CONFIG_FILE,
        1,
        1,
        "file-symlink",
        `${CONFIG_FILE} must be a regular file, not a link; it is ignored`
      )
    );
    return "";
  }
  if (st.size > 1024 * 1024) {
    diagnostics.push(
      diag(CONFIG_FILE, 1, 1, "file-too-large", `${CONFIG_FILE} is larger than 1 MiB; it is ignored`)
    );
    return "";
  }
  return readFile(file, "utf8");
}
async function walk(root, rel, out, diagnostics, top) {
  const abs = path.join(root, rel);
  const st = await lstat(abs).catch(() => void 0);
  if (!st) return;
  if (st.isSymbolicLink()) {
    diagnostics.push(await symlinkDiagnostic(top, rel));
    return;
  }
  if (st.isFile()) {
    if (isRecordFileName(path.basename(rel))) out.push(rel.split(path.sep).join("/"));
    return;
  }
  if (!st.isDirectory()) return;
  const entries = await readdir(abs, { withFileTypes: true });
  for (const e of entries) {
    const child = `${rel}/${e.name}`;
    if (e.isSymbolicLink()) diagnostics.push(await symlinkDiagnostic(top, child));
    else if (e.isDirectory()) await walk(root, child, out, diagnostics, top);
    else if (e.isFile() && isRecordFileName(e.name)) out.push(child);
  }
}
async function linkedParent(root, folder) {
  const parts = folder.split("/");
  for (let i = 1; i < parts.length; i++) {
    const rel = parts.slice(0, i).join("/");
    const st = await lstat(path.join(root, rel)).catch(() => void 0);
    if (!st) return void 0;
    if (st.isSymbolicLink()) return rel;
  }
  return void 0;
}
async function symlinkDiagnostic(root, rel) {
  const target = await realpath(path.join(root, rel)).catch(() => void 0);
  const realRoot = await realpath(root);
  const outside = !target || path.relative(realRoot, target).startsWith("..") || path.isAbsolute(path.relative(realRoot, target));
  const why = outside ? "it points outside the repository" : "records must be regular files";
  return diag(
    rel,
    1,
    1,
    "file-symlink",
    `${rel} is a symbolic link and is not read (${why}); replace it with the file itself`
  );
}

export {
  loadWorktree,
  readWorktreeConfigChecked
};
