import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  DEFAULT_FOLDERS
} from "./chunk-EJPDLTRP.js";
import {
  findRepoRoot,
  gitDirOf
} from "./chunk-GZQFH5ZC.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/loader/folders.ts
init_define_SMS_SITE_ASSETS();
function recordFolders(config) {
  return [.../* @__PURE__ */ new Set([...DEFAULT_FOLDERS, ...config.folders.filter(isSafeFolder)])];
}
function isSafeFolder(folder) {
  return /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(folder) && !/(?:^|\/)\.\.?(?:\/|$)/.test(folder);
}
function isRecordFileName(name) {
  return name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md" && !/^[_.]/.test(name);
}

// src/loader/cache-dir.ts
init_define_SMS_SITE_ASSETS();
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var ids = /* @__PURE__ */ new Map();
function cacheDir(repoDir) {
  return path.join(repoDir, ".sms", "cache", cacheId(path.resolve(repoDir)));
}
function cacheId(repoDir) {
  const known = ids.get(repoDir);
  if (known) return known;
  const id = readOrCreateId(gitFolder(repoDir));
  ids.set(repoDir, id);
  return id;
}
function gitFolder(dir) {
  const root = findRepoRoot(dir);
  return root ? gitDirOf(root) : void 0;
}
function readOrCreateId(gitdir) {
  if (!gitdir) return "local";
  const file = path.join(gitdir, "sms-cache-id");
  const read = () => {
    const text = readFileSync(file, "utf8").trim();
    return /^[0-9a-f]{32}$/.test(text) ? text : void 0;
  };
  try {
    const id = read();
    if (id) return id;
  } catch {
  }
  const fresh = randomBytes(16).toString("hex");
  try {
    writeFileSync(file, `${fresh}
`, { flag: "wx" });
    return fresh;
  } catch {
    try {
      return read() ?? fresh;
    } catch {
      return fresh;
    }
  }
}

export {
  cacheDir,
  recordFolders,
  isRecordFileName
};
