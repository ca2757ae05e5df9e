import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/program.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

/** The package root, sms-template/ and the committed hostile inputs. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATE = path.join(ROOT, "sms-template");
export const FIXTURES = path.join(ROOT, "test/fixtures/hostile");
export const BIN = path.join(ROOT, "bin/sms.js");

/** A fixed clock so review dates do not make runs differ. */
export const NOW = "2026-06-01T00:00:00Z";

/** What a hostile file must produce: exactly these findings, as [code, line, column]. */
export type Expected = readonly (readonly [code: string, line: number, column: number])[];

/** Number of keys in the generated many-keys record (about 0.8 MB, under the 1 MiB record limit). */
export const MANY_KEYS = 50_000;

/** Every hostile path and what it must produce. Paths are relative to the repository root. */
export const EXPECTED: Record<string, Expected> = {
  "incidents/INC-h-malformed.md": [["yaml-syntax", 5, 1]],
  "incidents/INC-h-duplicate.md": [["yaml-duplicate-key", 7, 1]],
  "incidents/INC-h-alias-bomb.md": [["yaml-alias-limit", 1, 1]],
  "incidents/INC-h-js.md": [["frontmatter-language", 1, 1]],
  "incidents/INC-h-javascript.md": [["frontmatter-language", 1, 1]],
  "incidents/INC-h-list.md": [["frontmatter-not-mapping", 1, 1]],
  "incidents/INC-h-no-frontmatter.md": [["frontmatter-missing", 1, 1]],
  "incidents/INC-h-unclosed.md": [["frontmatter-unclosed", 1, 1]],
  "incidents/INC-h-js-function.md": [["yaml-syntax", 9, 9]],
  "incidents/INC-h-custom-tag.md": [["yaml-syntax", 8, 10]],
  "incidents/INC-h-proto-kind.md": [["kind-unknown", 3, 7]],
  "incidents/INC-h-proto-key.md": [
    ["schema-unknown-field", 9, 1],
    ["schema-unknown-field", 12, 1],
  ],
  "incidents/INC-h-id-dotdot.md": [["id-invalid", 2, 5]],
  "incidents/INC-h-id-slash.md": [["id-invalid", 2, 5]],
  // A BOM must not shift positions; the status on line 6 is the planted mistake.
  "incidents/INC-h-bom.md": [["status-unknown", 6, 9]],
  // CRLF must not shift columns, hide the sections, or glue "\r" to the last value.
  "changes/CHG-h-crlf.md": [["schema-enum", 7, 7]],
  // 'title: Störung caf' is 18 characters: the broken byte is column 19.
  "incidents/INC-h-invalid-utf8.md": [["file-encoding", 4, 19]],
  // 'title: A NUL' is 12 characters: the NUL is column 13.
  "incidents/INC-h-nul.md": [["file-binary", 4, 13]],
  "incidents/INC-h-png.md": [["file-binary", 1, 1]],
  // Carried as data: markup in titles and bodies is not a finding.
  "incidents/INC-h-html.md": [],
  // The ordinary record with an ordinary mistake, among the hostile ones.
  "incidents/INC-0915.md": [["reference-missing", 8, 10]],
  // Generated at test time.
  "incidents/INC-h-huge.md": [["file-too-large", 1, 1]],
  "incidents/INC-h-nested.md": [["yaml-syntax", 4, 1]],
  "incidents/INC-h-many-keys.md": [["status-unknown", MANY_KEYS + 8, 9]],
  // Symbolic links, made at test time.
  "incidents/evil.md": [["file-symlink", 1, 1]],
  "incidents/secret.md": [["file-symlink", 1, 1]],
  "incidents/2026/climb.md": [["file-symlink", 1, 1]],
  "problems/etc": [["file-symlink", 1, 1]],
  // A record folder that sms.config.yml adds, which is itself a link to a folder outside.
  vault: [["file-symlink", 1, 1]],
};

/** Hostile files that cannot exist in a commit the same way (none today: links commit as git links). */
export const WORKTREE_ONLY: readonly string[] = [];

/** Hostile records that parse and so are read as records next to the template's. */
export const READ_AS_RECORDS = [
  "changes/CHG-h-crlf.md",
  "incidents/INC-0915.md",
  "incidents/INC-h-bom.md",
  "incidents/INC-h-html.md",
  "incidents/INC-h-id-dotdot.md",
  "incidents/INC-h-id-slash.md",
  "incidents/INC-h-many-keys.md",
  "incidents/INC-h-proto-key.md",
  "incidents/INC-h-proto-kind.md",
];

/** A folder outside every repository, with content that must never show up in any output. */
export interface Outside {
  dir: string;
  /** A unique string inside every file of `dir`. */
  marker: string;
  /** Where the `---js` frontmatter would write if it were run. */
  pwnedFile: string;
}

export function makeOutside(): Outside {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-hostile-outside-")));
  const marker = `OUTSIDE-SECRET-${process.pid}-${Date.now()}`;
  fs.writeFileSync(
    path.join(dir, "secret.md"),
    `---\nid: INC-7777\nkind: incident\ntitle: ${marker}\nowner: frank\nstatus: new\npriority: P1\nservice: SVC-backup\n---\n${marker}\n`,
  );
  fs.writeFileSync(path.join(dir, "passwd"), `root:x:0:0:${marker}:/root:/bin/sh\n`);
  return { dir, marker, pwnedFile: path.join(dir, "pwned.txt") };
}

/** Writes the generated hostile files (too big, or too odd, to commit) into a repository folder. */
export function generateHostile(dir: string, outside: Outside): void {
  const write = (rel: string, data: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), data);
  };
  const head = "---\nid: INC-0930\nkind: incident\ntitle: Fifty megabytes\nowner: frank\n---\n";
  const huge = Buffer.alloc(50 * 1024 * 1024, "A");
  huge.write(head, 0, "utf8");
  write("incidents/INC-h-huge.md", huge);
  write(
    "incidents/INC-h-nested.md",
    `---\nid: INC-0931\nkind: incident\nx-deep: ${"[".repeat(100_000)}${"]".repeat(100_000)}\ntitle: Deep\n---\n`,
  );
  const keys = Array.from({ length: MANY_KEYS }, (_, i) => `x-k${i}: ${i}`).join("\n");
  write(
    "incidents/INC-h-many-keys.md",
    `---\nid: INC-0932\nkind: incident\ntitle: Many keys\nowner: frank\npriority: P3\nservice: SVC-backup\n${keys}\nstatus: bogus\n---\nbody\n`,
  );
  const link = (rel: string, target: string) => {
    const full = path.join(dir, rel);
    fs.rmSync(full, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.symlinkSync(target, full);
  };
  link("incidents/evil.md", "/etc/passwd");
  link("incidents/secret.md", path.join(outside.dir, "secret.md"));
  link("incidents/2026/climb.md", "../../../../../../../../../../etc/hostname");
  link("problems/etc", "/etc");
  link("vault", outside.dir);
  fs.appendFileSync(path.join(dir, "sms.config.yml"), "\nfolders: [vault]\n");
}

/** A repository: a copy of sms-template/ with the hostile inputs added, under git. */
export function makeHostileRepo(outside: Outside): TempRepo {
  const repo = makeTempRepo("sms-hostile-");
  fs.cpSync(TEMPLATE, repo.dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.sms`) });
  fs.cpSync(FIXTURES, repo.dir, { recursive: true });
  fs.writeFileSync(path.join(repo.dir, ".gitignore"), ".sms/\n");
  generateHostile(repo.dir, outside);
  return repo;
}

/** A plain copy of the template, for the baseline. */
export function makeTemplateCopy(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-hostile-base-")));
  fs.cpSync(TEMPLATE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.sms`) });
  return dir;
}

/**
 * A copy of the template whose record folders `problems` and `known-errors` are links to /etc and
 * to the outside folder, and whose configuration adds folders that climb out of the repository.
 */
export function makeLinkedFoldersRepo(outside: Outside): TempRepo {
  const repo = makeTempRepo("sms-hostile-links-");
  fs.cpSync(TEMPLATE, repo.dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.sms`) });
  fs.writeFileSync(path.join(repo.dir, ".gitignore"), ".sms/\n");
  for (const [rel, target] of [
    ["problems", "/etc"],
    ["known-errors", outside.dir],
    ["vault", outside.dir],
  ] as const) {
    fs.rmSync(path.join(repo.dir, rel), { recursive: true, force: true });
    fs.symlinkSync(target, path.join(repo.dir, rel));
  }
  fs.mkdirSync(path.join(outside.dir, "deeper"), { recursive: true });
  fs.copyFileSync(path.join(outside.dir, "secret.md"), path.join(outside.dir, "deeper", "secret.md"));
  const climb = path.relative(repo.dir, outside.dir).split(path.sep).join("/");
  fs.appendFileSync(
    path.join(repo.dir, "sms.config.yml"),
    `\nfolders: ["${climb}", "vault/deeper", "./known-errors/../../x"]\n`,
  );
  return repo;
}

/** Runs the CLI in-process with buffers for output. */
export async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; err: string; ms: number }> {
  let out = "";
  let err = "";
  const t0 = performance.now();
  const code = await runCli(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTty: false,
    isErrTty: false,
    env: { ...process.env, ...env },
    cwd: ROOT,
  });
  return { code, out, err, ms: performance.now() - t0 };
}

/** Runs the real binary with a time limit. */
export function bin(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeout = 90_000,
): { code: number | null; out: string; err: string; error?: Error; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, error: r.error, ms: performance.now() - t0 };
}

/** The findings of one file, as sorted [code, line, column] triples. */
export function findingsOf(list: readonly Diagnostic[], file: string): [string, number, number][] {
  return list
    .filter((d) => d.file === file)
    .map((d): [string, number, number] => [d.code, d.line, d.column])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || (a[0] < b[0] ? -1 : 1));
}

/** Stack frames as Node prints them. */
export const STACK_TRACE = /^\s+at .+(?:\(|:\d+:\d+)/m;
