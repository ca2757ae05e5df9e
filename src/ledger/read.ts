import { GitError } from "../errors.js";
import type { GitBackend } from "../git/types.js";
import { LEDGER_DIR, type LedgerEntry } from "./entry.js";

/** One entry as found on the evidence branch. */
export interface StoredEntry {
  /** Path on the branch, e.g. approvals/42.json. */
  file: string;
  oid: string;
  bytes: Uint8Array;
  /** Parsed JSON; undefined when the file is not valid JSON. */
  entry: LedgerEntry | undefined;
}

/** The evidence branch's tip: the local branch, else the remote-tracking one; undefined if neither. */
export async function resolveLedgerTip(git: GitBackend, branch: string): Promise<string | undefined> {
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    try {
      return await git.resolveCommit(ref);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
  return undefined;
}

/** The ledger files in a commit's tree, by name. */
export async function ledgerFiles(git: GitBackend, commit: string): Promise<Map<string, string>> {
  const info = await git.readCommit(commit);
  const dir = (await git.readTree(info.tree)).find((e) => e.name === LEDGER_DIR && e.type === "tree");
  const out = new Map<string, string>();
  if (!dir) return out;
  for (const e of await git.readTree(dir.oid)) if (e.type === "blob") out.set(e.name, e.oid);
  return out;
}

function parse(bytes: Uint8Array): LedgerEntry | undefined {
  try {
    const v = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as LedgerEntry) : undefined;
  } catch {
    return undefined;
  }
}

/** Every entry at the tip, ordered by sequence (then name). */
export async function readLedger(git: GitBackend, tip: string): Promise<StoredEntry[]> {
  const files = await ledgerFiles(git, tip);
  const names = [...files.keys()].filter((n) => n.endsWith(".json"));
  const blobs = await git.readBlobs(names.map((n) => files.get(n)!));
  const out = names.map((name) => {
    const oid = files.get(name)!;
    const bytes = blobs.get(oid) ?? new Uint8Array();
    return { file: `${LEDGER_DIR}/${name}`, oid, bytes, entry: parse(bytes) };
  });
  return out.sort(
    (a, b) =>
      (a.entry?.sequence ?? Number.MAX_SAFE_INTEGER) - (b.entry?.sequence ?? Number.MAX_SAFE_INTEGER) ||
      (a.file < b.file ? -1 : 1),
  );
}

/** First-parent history of the branch, oldest first. */
export async function ledgerHistory(git: GitBackend, tip: string): Promise<string[]> {
  const out: string[] = [];
  let at: string | undefined = tip;
  const seen = new Set<string>();
  while (at && !seen.has(at)) {
    seen.add(at);
    out.push(at);
    at = (await git.readCommit(at)).parents[0];
  }
  return out.reverse();
}

export { parse as parseEntryBytes };
