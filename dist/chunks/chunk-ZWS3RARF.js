import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  templateDir
} from "./chunk-MEKIWOFY.js";
import {
  require_isomorphic_git
} from "./chunk-2MODB7EL.js";
import {
  UsageError
} from "./chunk-NUII5PFN.js";
import {
  __toESM,
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/init.ts
init_define_SMS_SITE_ASSETS();
var import_isomorphic_git = __toESM(require_isomorphic_git(), 1);
import fs from "node:fs";
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function runInit(opts) {
  const dir = path.resolve(opts.dir);
  const existing = await readdir(dir).catch(() => void 0);
  if (existing && existing.length > 0)
    throw new UsageError(`${opts.dir} is not empty; choose a new or empty folder`);
  await mkdir(dir, { recursive: true });
  const files = await copyTree(templateDir(), dir);
  await writeFile(path.join(dir, ".gitignore"), ".sms/\n");
  files.push(".gitignore");
  await import_isomorphic_git.default.init({ fs, dir, defaultBranch: "main" });
  for (const file of files) await import_isomorphic_git.default.add({ fs, dir, filepath: file });
  const author = opts.author ?? {
    name: process.env.GIT_AUTHOR_NAME ?? "SMS bootstrap",
    email: process.env.GIT_AUTHOR_EMAIL ?? "sms-bootstrap@localhost"
  };
  const when = opts.timestamp !== void 0 ? { timestamp: opts.timestamp, timezoneOffset: 0 } : {};
  const commit = await import_isomorphic_git.default.commit({
    fs,
    dir,
    message: "Start the service management system from the sms-as-code template\n",
    author: { ...author, ...when },
    committer: { ...author, ...when }
  });
  return { dir, commit, files: files.length };
}
async function copyTree(from, to, prefix = "") {
  const out = [];
  for (const entry of await readdir(path.join(from, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === ".sms" || entry.name === "node_modules") continue;
    if (entry.isDirectory()) {
      await mkdir(path.join(to, rel), { recursive: true });
      out.push(...await copyTree(from, to, rel));
    } else if (entry.isFile()) {
      await copyFile(path.join(from, rel), path.join(to, rel));
      out.push(rel);
    }
  }
  return out.sort();
}

export {
  runInit
};
