import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  verifySiteManifest
} from "./chunk-LOXZVYIZ.js";
import {
  LEDGER_DIR,
  entryHash,
  ledgerHistory,
  parse,
  resolveLedgerTip
} from "./chunk-B7RSRMB7.js";
import {
  configAt
} from "./chunk-BSGKTKUQ.js";
import "./chunk-YIFSFFMI.js";
import "./chunk-XZCHGBP2.js";
import "./chunk-L43RMUHW.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-IUYJB6F7.js";
import "./chunk-EJPDLTRP.js";
import "./chunk-OLQXB76A.js";
import "./chunk-U5PZHFZ2.js";
import "./chunk-MDI4L5WW.js";
import "./chunk-NU6NBEOK.js";
import "./chunk-KN4KNFH2.js";
import "./chunk-5SNFJVHI.js";
import {
  diffTrees,
  openGit
} from "./chunk-GZQFH5ZC.js";
import "./chunk-N42AMR4H.js";
import "./chunk-NUII5PFN.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-MED7XWK6.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/verify.ts
init_define_SMS_SITE_ASSETS();
async function verifyLedger(git, branch) {
  const tip = await resolveLedgerTip(git, branch);
  if (!tip) return { branch, entries: 0, problems: [] };
  const problems = [];
  const history = await ledgerHistory(git, tip);
  const written = /* @__PURE__ */ new Map();
  let prevBytes;
  let sequence = 0;
  let parentTree = null;
  for (const commit of history) {
    const info = await git.readCommit(commit);
    const changes = await diffTrees(git, parentTree, info.tree, [LEDGER_DIR], { extensions: [".json"] });
    parentTree = info.tree;
    const short = commit.slice(0, 12);
    for (const c of changes) {
      if (c.status === "modified")
        problems.push({
          file: c.path,
          message: `changed after it was written (commit ${short}); ledger entries never change`
        });
      if (c.status === "deleted")
        problems.push({
          file: c.path,
          message: `deleted (commit ${short}); ledger entries are never removed`
        });
    }
    const added = changes.filter((c) => c.status === "added");
    if (added.length > 1)
      problems.push({
        file: added[1].path,
        message: `commit ${short} adds ${added.length} entries at once; each commit adds exactly one`
      });
    for (const c of added) {
      sequence++;
      const bytes = await git.readBlob(c.newOid);
      written.set(c.path, { oid: c.newOid, commit });
      const entry = parse(bytes);
      if (!entry) {
        problems.push({ file: c.path, message: "is not a JSON ledger entry" });
      } else {
        if (entry.sequence !== sequence)
          problems.push({
            file: c.path,
            message: `has sequence ${String(entry.sequence)}, expected ${sequence}`
          });
        const expected = prevBytes ? entryHash(prevBytes) : null;
        if (entry.prev !== expected)
          problems.push({
            file: c.path,
            message: expected ? `prev is ${String(entry.prev)}, but the previous entry's sha256 is ${expected}: the chain is broken here` : `is the first entry, so prev must be null, not ${String(entry.prev)}`
          });
      }
      prevBytes = bytes;
    }
  }
  const tipInfo = await git.readCommit(tip);
  const now = await diffTrees(git, null, tipInfo.tree, [LEDGER_DIR], { extensions: [".json"] });
  for (const f of now) {
    const w = written.get(f.path);
    if (w && w.oid !== f.newOid && !problems.some((p) => p.file === f.path))
      problems.push({
        file: f.path,
        message: `differs from the version written in commit ${w.commit.slice(0, 12)}`
      });
  }
  return { branch, tip, entries: sequence, problems };
}
async function verifySite(dir) {
  const check = await verifySiteManifest(dir);
  return {
    files: check.manifest ? Object.keys(check.manifest.files ?? {}).length : 0,
    problems: check.diagnostics.map((d) => ({ file: d.file, message: `${d.code}: ${d.message}` }))
  };
}
async function runVerify(opts) {
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    let branch = "sms/evidence";
    try {
      branch = (await configAt(git, "HEAD")).evidenceBranch;
    } catch {
    }
    const report = await verifyLedger(git, branch);
    if (opts.site) report.site = await verifySite(opts.site);
    return report;
  } finally {
    await git.close();
  }
}
export {
  runVerify,
  verifyLedger,
  verifySite
};
