import fs from "node:fs";
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import git from "isomorphic-git";
import { UsageError } from "../errors.js";
import { templateDir } from "./paths.js";

/** Options of `sms init`. */
export interface InitOptions {
  dir: string;
  /** Author of the first commit; defaults to GIT_AUTHOR_NAME/EMAIL or a neutral identity. */
  author?: { name: string; email: string };
  /** Author time of the first commit, seconds since the epoch (tests and the demo pin it). */
  timestamp?: number;
}

/** Creates a new SMS repository from the template, as a git repository with a first commit. */
export async function runInit(opts: InitOptions): Promise<{ dir: string; commit: string; files: number }> {
  const dir = path.resolve(opts.dir);
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0)
    throw new UsageError(`${opts.dir} is not empty; choose a new or empty folder`);
  await mkdir(dir, { recursive: true });
  const files = await copyTree(templateDir(), dir);
  // npm drops .gitignore files from published packages, so the engine's cache rule is written here.
  await writeFile(path.join(dir, ".gitignore"), ".sms/\n");
  files.push(".gitignore");
  await git.init({ fs, dir, defaultBranch: "main" });
  for (const file of files) await git.add({ fs, dir, filepath: file });
  const author = opts.author ?? {
    name: process.env.GIT_AUTHOR_NAME ?? "SMS bootstrap",
    email: process.env.GIT_AUTHOR_EMAIL ?? "sms-bootstrap@localhost",
  };
  const when = opts.timestamp !== undefined ? { timestamp: opts.timestamp, timezoneOffset: 0 } : {};
  const commit = await git.commit({
    fs,
    dir,
    message: "Start the service management system from the sms-as-code template\n",
    author: { ...author, ...when },
    committer: { ...author, ...when },
  });
  return { dir, commit, files: files.length };
}

/** Copies a folder tree, returning the copied files' relative paths (forward slashes). */
async function copyTree(from: string, to: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(from, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === ".sms" || entry.name === "node_modules") continue;
    if (entry.isDirectory()) {
      await mkdir(path.join(to, rel), { recursive: true });
      out.push(...(await copyTree(from, to, rel)));
    } else if (entry.isFile()) {
      await copyFile(path.join(from, rel), path.join(to, rel));
      out.push(rel);
    }
  }
  return out.sort();
}
