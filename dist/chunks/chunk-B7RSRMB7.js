import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  GitError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/ledger/entry.ts
init_define_SMS_SITE_ASSETS();
import { createHash } from "node:crypto";
var LEDGER_DIR = "approvals";
var LEDGER_VERSION = 1;
function entryHash(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function serializeEntry(entry) {
  return new TextEncoder().encode(`${JSON.stringify(entry, null, 2)}
`);
}
function mergeEntryName(pr) {
  return `${pr}.json`;
}
function retrospectiveEntryName(pr, sequence) {
  return `${pr}-retrospective-${sequence}.json`;
}

// src/ledger/read.ts
init_define_SMS_SITE_ASSETS();
async function resolveLedgerTip(git, branch) {
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    try {
      return await git.resolveCommit(ref);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
  return void 0;
}
async function ledgerFiles(git, commit) {
  const info = await git.readCommit(commit);
  const dir = (await git.readTree(info.tree)).find((e) => e.name === LEDGER_DIR && e.type === "tree");
  const out = /* @__PURE__ */ new Map();
  if (!dir) return out;
  for (const e of await git.readTree(dir.oid)) if (e.type === "blob") out.set(e.name, e.oid);
  return out;
}
function parse(bytes) {
  try {
    const v = JSON.parse(new TextDecoder().decode(bytes));
    return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
async function readLedger(git, tip) {
  const files = await ledgerFiles(git, tip);
  const names = [...files.keys()].filter((n) => n.endsWith(".json"));
  const blobs = await git.readBlobs(names.map((n) => files.get(n)));
  const out = names.map((name) => {
    const oid = files.get(name);
    const bytes = blobs.get(oid) ?? new Uint8Array();
    return { file: `${LEDGER_DIR}/${name}`, oid, bytes, entry: parse(bytes) };
  });
  return out.sort(
    (a, b) => (a.entry?.sequence ?? Number.MAX_SAFE_INTEGER) - (b.entry?.sequence ?? Number.MAX_SAFE_INTEGER) || (a.file < b.file ? -1 : 1)
  );
}
async function ledgerHistory(git, tip) {
  const out = [];
  let at = tip;
  const seen = /* @__PURE__ */ new Set();
  while (at && !seen.has(at)) {
    seen.add(at);
    out.push(at);
    at = (await git.readCommit(at)).parents[0];
  }
  return out.reverse();
}

export {
  LEDGER_DIR,
  LEDGER_VERSION,
  entryHash,
  serializeEntry,
  mergeEntryName,
  retrospectiveEntryName,
  resolveLedgerTip,
  ledgerFiles,
  parse,
  readLedger,
  ledgerHistory
};
