import { type BackendChoice, openGit } from "../git/open.js";
import { diffTrees } from "../git/tree.js";
import type { GitBackend } from "../git/types.js";
import { entryHash, LEDGER_DIR } from "../ledger/entry.js";
import { ledgerHistory, parseEntryBytes, resolveLedgerTip } from "../ledger/read.js";
import { verifySiteManifest } from "../site/manifest.js";
import { configAt } from "./check-pr.js";

/** One break in the ledger's chain or the site's manifest. */
export interface VerifyProblem {
  file: string;
  message: string;
}

/** What `sms verify` found. */
export interface VerifyReport {
  branch: string;
  /** Tip of the evidence branch, undefined when there is no ledger yet. */
  tip?: string;
  entries: number;
  problems: VerifyProblem[];
  site?: { files: number; problems: VerifyProblem[] };
}

/**
 * Checks the approval ledger: walking the evidence branch from its first commit, every commit
 * adds exactly one entry and changes nothing else; entry n has `sequence` n and the sha256 of
 * entry n-1 in `prev`; and every entry file at the tip still has the bytes it was written with.
 */
export async function verifyLedger(git: GitBackend, branch: string): Promise<VerifyReport> {
  const tip = await resolveLedgerTip(git, branch);
  if (!tip) return { branch, entries: 0, problems: [] };
  const problems: VerifyProblem[] = [];
  const history = await ledgerHistory(git, tip);
  const written = new Map<string, { oid: string; commit: string }>();
  let prevBytes: Uint8Array | undefined;
  let sequence = 0;
  let parentTree: string | null = null;
  for (const commit of history) {
    const info = await git.readCommit(commit);
    const changes = await diffTrees(git, parentTree, info.tree, [LEDGER_DIR], { extensions: [".json"] });
    parentTree = info.tree;
    const short = commit.slice(0, 12);
    for (const c of changes) {
      if (c.status === "modified")
        problems.push({
          file: c.path,
          message: `changed after it was written (commit ${short}); ledger entries never change`,
        });
      if (c.status === "deleted")
        problems.push({
          file: c.path,
          message: `deleted (commit ${short}); ledger entries are never removed`,
        });
    }
    const added = changes.filter((c) => c.status === "added");
    if (added.length > 1)
      problems.push({
        file: added[1]!.path,
        message: `commit ${short} adds ${added.length} entries at once; each commit adds exactly one`,
      });
    for (const c of added) {
      sequence++;
      const bytes = await git.readBlob(c.newOid!);
      written.set(c.path, { oid: c.newOid!, commit });
      const entry = parseEntryBytes(bytes);
      if (!entry) {
        problems.push({ file: c.path, message: "is not a JSON ledger entry" });
      } else {
        if (entry.sequence !== sequence)
          problems.push({
            file: c.path,
            message: `has sequence ${String(entry.sequence)}, expected ${sequence}`,
          });
        const expected = prevBytes ? entryHash(prevBytes) : null;
        if (entry.prev !== expected)
          problems.push({
            file: c.path,
            message: expected
              ? `prev is ${String(entry.prev)}, but the previous entry's sha256 is ${expected}: the chain is broken here`
              : `is the first entry, so prev must be null, not ${String(entry.prev)}`,
          });
      }
      prevBytes = bytes;
    }
  }
  // The files at the tip are the ones that were written (a rewrite in one commit shows above too).
  const tipInfo = await git.readCommit(tip);
  const now = await diffTrees(git, null, tipInfo.tree, [LEDGER_DIR], { extensions: [".json"] });
  for (const f of now) {
    const w = written.get(f.path);
    if (w && w.oid !== f.newOid && !problems.some((p) => p.file === f.path))
      problems.push({
        file: f.path,
        message: `differs from the version written in commit ${w.commit.slice(0, 12)}`,
      });
  }
  return { branch, tip, entries: sequence, problems };
}

/** Checks a site's manifest.json through the site's own verifier: problems by file name. */
export async function verifySite(dir: string): Promise<{ files: number; problems: VerifyProblem[] }> {
  const check = await verifySiteManifest(dir);
  return {
    files: check.manifest ? Object.keys(check.manifest.files ?? {}).length : 0,
    problems: check.diagnostics.map((d) => ({ file: d.file, message: `${d.code}: ${d.message}` })),
  };
}

/** Options of `sms verify`. */
export interface VerifyOptions {
  repo: string;
  site?: string;
  backend?: BackendChoice;
}

/** `sms verify`: the ledger chain of the repository's evidence branch, and optionally a site. */
export async function runVerify(opts: VerifyOptions): Promise<VerifyReport> {
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    let branch = "sms/evidence";
    try {
      branch = (await configAt(git, "HEAD")).evidenceBranch;
    } catch {
      // No commit or no configuration yet: the default branch name.
    }
    const report = await verifyLedger(git, branch);
    if (opts.site) report.site = await verifySite(opts.site);
    return report;
  } finally {
    await git.close();
  }
}
