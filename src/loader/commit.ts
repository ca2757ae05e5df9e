import { CONFIG_FILE, parseConfig } from "../config/parse.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { listFilesUnder } from "../git/tree.js";
import type { GitBackend } from "../git/types.js";
import { diag, readRecord } from "../records/read.js";
import type { SmsRecord } from "../records/record.js";
import type { RecordCache } from "./cache.js";
import { isRecordFileName, recordFolders } from "./folders.js";
import type { LoadedRepository } from "./types.js";

/** Reads the records of a repository as they stood at a revision, through the git interface. */
export async function loadCommit(
  git: GitBackend,
  rev: string,
  opts: { cache?: RecordCache } = {},
): Promise<LoadedRepository> {
  const commit = await git.resolveCommit(rev);
  const info = await git.readCommit(commit);
  const diagnostics: Diagnostic[] = [];
  const rootEntries = await git.readTree(info.tree);
  const cfgEntry = rootEntries.find((e) => e.name === CONFIG_FILE);
  let configText: string | undefined;
  if (cfgEntry && cfgEntry.type === "blob" && cfgEntry.mode !== "120000") {
    configText = new TextDecoder().decode(await git.readBlob(cfgEntry.oid));
  } else if (cfgEntry) {
    diagnostics.push(
      diag(CONFIG_FILE, 1, 1, "file-symlink", `${CONFIG_FILE} must be a regular file; it is ignored`),
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
        `${link.path} is a symbolic link and is not read; replace it with the file itself`,
      ),
    );
  }
  const files = listing.files.filter((f) => isRecordFileName(f.path.slice(f.path.lastIndexOf("/") + 1)));
  const records: SmsRecord[] = [];
  const known = new Map<string, ReturnType<typeof readRecord>>();
  const toRead: string[] = [];
  for (const f of files) {
    const hit = opts.cache?.get(f.path, f.oid);
    if (hit) known.set(f.path, hit);
    else toRead.push(f.oid);
  }
  const blobs = toRead.length > 0 ? await git.readBlobs([...new Set(toRead)]) : new Map<string, Uint8Array>();
  for (const f of files) {
    let r = known.get(f.path);
    if (!r) {
      const bytes = blobs.get(f.oid) ?? new Uint8Array();
      r = opts.cache
        ? opts.cache.read(f.path, f.oid, bytes, config.maxFileSize)
        : readRecord(f.path, f.oid, bytes, config.maxFileSize);
    }
    diagnostics.push(...r.diagnostics);
    if (r.record) records.push(r.record);
  }
  return { commit, config, records, diagnostics };
}
