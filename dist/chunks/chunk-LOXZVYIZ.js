import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  diag
} from "./chunk-KN4KNFH2.js";
import {
  UsageError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/site/manifest.ts
init_define_SMS_SITE_ASSETS();
import { createHash as createHash2 } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import path2 from "node:path";

// src/site/paths.ts
init_define_SMS_SITE_ASSETS();
import { createHash } from "node:crypto";
import path from "node:path";
var RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
function safeStem(id) {
  let s = id.normalize("NFKC").replace(/[^A-Za-z0-9._-]/g, "_").replace(/\.{2,}/g, ".").replace(/^[._-]+/, "").slice(0, 100);
  if (s === "") s = "record";
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}
function shortHash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}
function assignFileNames(items, folder) {
  const taken = /* @__PURE__ */ new Set();
  const out = /* @__PURE__ */ new Map();
  for (const { id, key } of items) {
    let stem = safeStem(id);
    if (stem !== id || taken.has(stem.toLowerCase())) stem = `${stem.slice(0, 90)}-${shortHash(key)}`;
    while (taken.has(stem.toLowerCase())) stem = `${stem}-${shortHash(stem)}`;
    taken.add(stem.toLowerCase());
    out.set(key, `${folder}/${stem}.html`);
  }
  return out;
}
function rootOf(pagePath) {
  const depth = pagePath.split("/").length - 1;
  return "../".repeat(depth);
}
function isSafeSitePath(p) {
  if (p === "" || p.startsWith("/") || p.includes("\\") || p.includes("\0")) return false;
  const norm = path.posix.normalize(p);
  return norm === p && !norm.startsWith("../") && norm !== ".." && /^[A-Za-z0-9._\-/]+$/.test(p);
}

// src/site/manifest.ts
var MANIFEST_FILE = "manifest.json";
function sha256(content) {
  return createHash2("sha256").update(content).digest("hex");
}
function buildManifest(hashes, source, builtAt, generator) {
  const entries = {};
  for (const p of [...hashes.keys()].sort()) entries[p] = hashes.get(p) ?? "";
  return {
    format: 1,
    generator,
    source_commit: source.commit,
    source_date: source.date,
    ...source.requested ? { requested: source.requested } : {},
    built_at: builtAt,
    files: entries
  };
}
async function listFiles(root, rel, out) {
  for (const e of await readdir(path2.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) await listFiles(root, child, out);
    else out.push(child);
  }
}
async function verifySiteManifest(dir) {
  const root = path2.resolve(dir);
  const st = await lstat(root).catch(() => void 0);
  if (!st?.isDirectory())
    throw new UsageError(`${dir} is not a folder; pass --site with the folder 'sms site' wrote`);
  const diagnostics = [];
  const fail = (file, code, message) => diagnostics.push(diag(file, 1, 1, code, message));
  let text;
  try {
    text = await readFile(path2.join(root, MANIFEST_FILE), "utf8");
  } catch {
    fail(
      MANIFEST_FILE,
      "site-manifest-missing",
      `${dir} has no ${MANIFEST_FILE}; rebuild the site with 'sms site'`
    );
    return { ok: false, checked: 0, diagnostics };
  }
  let manifest;
  try {
    manifest = JSON.parse(text);
    if (manifest.format !== 1 || !manifest.files || typeof manifest.files !== "object")
      throw new Error("shape");
  } catch {
    fail(
      MANIFEST_FILE,
      "site-manifest-invalid",
      `${MANIFEST_FILE} is not a site manifest (format 1); rebuild the site with 'sms site'`
    );
    return { ok: false, checked: 0, diagnostics };
  }
  const present = [];
  await listFiles(root, "", present);
  const listed = new Set(Object.keys(manifest.files));
  let checked = 0;
  for (const [file, expected] of Object.entries(manifest.files).sort(([a], [b]) => a < b ? -1 : 1)) {
    if (!isSafeSitePath(file) || file === MANIFEST_FILE) {
      fail(
        MANIFEST_FILE,
        "site-manifest-invalid",
        `the manifest lists ${JSON.stringify(file)}, which is not a plain path inside the site; rebuild the site`
      );
      continue;
    }
    const abs = path2.join(root, file);
    const fst = await lstat(abs).catch(() => void 0);
    if (!fst?.isFile()) {
      fail(
        file,
        "site-file-missing",
        `${file} is listed in the manifest but missing; restore it or rebuild the site`
      );
      continue;
    }
    const actual = sha256(await readFile(abs));
    if (actual !== expected) {
      fail(
        file,
        "site-file-modified",
        `${file} changed after the build (sha256 ${actual.slice(0, 12)}\u2026, manifest ${String(expected).slice(0, 12)}\u2026); rebuild the site from commit ${manifest.source_commit}`
      );
      continue;
    }
    checked++;
  }
  for (const file of present.sort()) {
    if (file !== MANIFEST_FILE && !listed.has(file))
      fail(file, "site-file-unlisted", `${file} is not in the manifest; remove it or rebuild the site`);
  }
  return { ok: diagnostics.length === 0, checked, manifest, diagnostics };
}

export {
  assignFileNames,
  rootOf,
  isSafeSitePath,
  MANIFEST_FILE,
  sha256,
  buildManifest,
  verifySiteManifest
};
