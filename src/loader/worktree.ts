import { readFileSync, statSync } from "node:fs";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { CONFIG_FILE, parseConfig } from "../config/parse.js";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { UsageError } from "../errors.js";
import { hashBlob } from "../git/objects.js";
import { diag, readRecord } from "../records/read.js";
import type { SmsRecord } from "../records/record.js";
import type { RecordCache } from "./cache.js";
import { isRecordFileName, recordFolders } from "./folders.js";
import type { LoadedFile, LoadedRepository } from "./types.js";

/** How a record file stood on disk when it was read: enough to tell later whether it changed. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** Options of loadWorktree. */
export interface WorktreeOptions {
  /** Parsed records by blob id; a function opens it only when many files must be read. */
  cache?: RecordCache | (() => Promise<RecordCache | undefined>);
  /** Files for which this returns true are not read (the caller already knows them); see `reused`. */
  reuse?: (rel: string, stat: FileStat) => boolean;
  /**
   * Hands each file read to the caller as soon as it is parsed, instead of keeping them all: a
   * caller that only summarises records then holds one at a time (`records` and `files` stay empty).
   */
  onFile?: (file: LoadedFile) => void;
  /** The configuration, when the caller has read it already (readWorktreeConfigChecked). */
  config?: { config: SmsConfig; diagnostics: Diagnostic[] };
}

/** Below this many files to read, opening the parse cache costs more than parsing them. */
const LAZY_CACHE_MIN = 200;

/** Reads the records of a working tree. Symlinks are reported and never followed; oversized files are not read. */
export async function loadWorktree(dir: string, opts: WorktreeOptions = {}): Promise<LoadedRepository> {
  const root = path.resolve(dir);
  const rootStat = await lstat(root).catch(() => undefined);
  if (!rootStat?.isDirectory())
    throw new UsageError(`${dir} is not a folder; pass --repo with the path of an SMS repository`);
  const read = opts.config ?? (await readWorktreeConfigChecked(root));
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const config = read.config;
  const found: string[] = [];
  for (const folder of recordFolders(config)) {
    // lstat follows links in every part of a path but the last: a configured folder "a/b" under a
    // linked "a" would be read from wherever "a" points, so each parent part is checked first.
    const link = await linkedParent(root, folder);
    if (link) diagnostics.push(await symlinkDiagnostic(root, link));
    else await walk(root, folder, found, diagnostics, root);
  }
  found.sort();
  const reused: string[] = [];
  const toRead: { rel: string; stat: FileStat }[] = [];
  for (const rel of found) {
    let stat: FileStat;
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
  const cache =
    typeof opts.cache === "function"
      ? toRead.length >= LAZY_CACHE_MIN
        ? await opts.cache()
        : undefined
      : opts.cache;
  const records: SmsRecord[] = [];
  const files: LoadedFile[] = [];
  // Synchronous reads: for thousands of small files they cost a fraction of the promise-based ones.
  let i = 0;
  for (const { rel, stat } of toRead) {
    // Yield now and then so work started beside this one (sms validate's history replay reading
    // git's output) moves on while records parse, instead of git waiting on a full pipe.
    if (++i % 64 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(root, rel));
    } catch (error) {
      diagnostics.push(unreadable(rel, error));
      continue;
    }
    const oid = hashBlob(bytes);
    const r = cache
      ? cache.read(rel, oid, bytes, config.maxFileSize)
      : readRecord(rel, oid, bytes, config.maxFileSize);
    diagnostics.push(...r.diagnostics);
    const file: LoadedFile = { path: rel, oid, stat, record: r.record, diagnostics: r.diagnostics };
    if (opts.onFile) opts.onFile(file);
    else {
      if (r.record) records.push(r.record);
      files.push(file);
    }
  }
  records.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { config, records, diagnostics, files, reused };
}

function unreadable(rel: string, error: unknown): Diagnostic {
  return diag(rel, 1, 1, "file-unreadable", `could not read the file: ${(error as Error).message}`);
}

function tooLarge(rel: string, size: number, max: number): Diagnostic {
  return diag(
    rel,
    1,
    1,
    "file-too-large",
    `file is ${(size / 1024 / 1024).toFixed(1)} MiB, more than the ${Math.round(max / 1024)} KiB a record may be; move attachments out of the record folders or raise max_file_size in sms.config.yml`,
  );
}

/** The configuration of a working tree and what is wrong with it; loadWorktree takes it as `config`. */
export async function readWorktreeConfigChecked(
  dir: string,
): Promise<{ config: SmsConfig; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const parsed = parseConfig(await readConfigText(path.resolve(dir), diagnostics));
  return { config: parsed.config, diagnostics: [...diagnostics, ...parsed.diagnostics] };
}

async function readConfigText(root: string, diagnostics: Diagnostic[]): Promise<string | undefined> {
  const file = path.join(root, CONFIG_FILE);
  const st = await lstat(file).catch(() => undefined);
  if (!st) return undefined;
  if (st.isSymbolicLink() || !st.isFile()) {
    diagnostics.push(
      diag(
        CONFIG_FILE,
        1,
        1,
        "file-symlink",
        `${CONFIG_FILE} must be a regular file, not a link; it is ignored`,
      ),
    );
    return "";
  }
  if (st.size > 1024 * 1024) {
    diagnostics.push(
      diag(CONFIG_FILE, 1, 1, "file-too-large", `${CONFIG_FILE} is larger than 1 MiB; it is ignored`),
    );
    return "";
  }
  return readFile(file, "utf8");
}

async function walk(
  root: string,
  rel: string,
  out: string[],
  diagnostics: Diagnostic[],
  top: string,
): Promise<void> {
  const abs = path.join(root, rel);
  const st = await lstat(abs).catch(() => undefined);
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

/** The first parent part of a relative folder path that is a symbolic link, if any. */
async function linkedParent(root: string, folder: string): Promise<string | undefined> {
  const parts = folder.split("/");
  for (let i = 1; i < parts.length; i++) {
    const rel = parts.slice(0, i).join("/");
    const st = await lstat(path.join(root, rel)).catch(() => undefined);
    if (!st) return undefined;
    if (st.isSymbolicLink()) return rel;
  }
  return undefined;
}

async function symlinkDiagnostic(root: string, rel: string): Promise<Diagnostic> {
  const target = await realpath(path.join(root, rel)).catch(() => undefined);
  const realRoot = await realpath(root);
  const outside =
    !target ||
    path.relative(realRoot, target).startsWith("..") ||
    path.isAbsolute(path.relative(realRoot, target));
  const why = outside ? "it points outside the repository" : "records must be regular files";
  return diag(
    rel,
    1,
    1,
    "file-symlink",
    `${rel} is a symbolic link and is not read (${why}); replace it with the file itself`,
  );
}
