// Generated benchmark repositories, cached under bench/out/repos/ by their parameters and by a
// digest of the generator's source, so a re-run skips generation and a changed generator does not
// reuse stale data. The generator is src/demo (TypeScript), bundled here with esbuild.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { gitEnv, outDir, root } from "./lib.mjs";

/** The sizes of the issue: records and commits grow together, as a real SMS's would. */
export const SIZES = {
  "1k": { records: 1_000, commits: 5_000 },
  "10k": { records: 10_000, commits: 50_000 },
  "50k": { records: 50_000, commits: 200_000 },
};
const SEED = 7;

function generatorDigest() {
  const h = createHash("sha256");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(p.slice(root.length)).update(readFileSync(p));
    }
  };
  walk(path.join(root, "src/demo"));
  walk(path.join(root, "sms-template"));
  return h.digest("hex").slice(0, 10);
}

async function bundleGenerator() {
  const file = path.join(outDir, "demo-gen.mjs");
  await build({
    stdin: {
      contents:
        'import { generateDemoHistory } from "./src/demo/index.ts";\n' +
        "const r = await generateDemoHistory(JSON.parse(process.argv[2]));\n" +
        "process.stdout.write(JSON.stringify(r));\n",
      resolveDir: root,
      sourcefile: "bench-demo-gen.ts",
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    outfile: file,
    banner: {
      js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);",
    },
  });
  return file;
}

/**
 * The repository for a size: { dir, head, records, commits, files, generatedMs } where files are
 * the record files (Markdown with frontmatter) relative to dir. Generates it when not cached.
 */
export async function benchRepo(size, log) {
  const p = SIZES[size];
  if (!p) throw new Error(`unknown size ${size}; choose from ${Object.keys(SIZES).join(", ")}`);
  const key = `demo-r${p.records}-c${p.commits}-s${SEED}-${generatorDigest()}`;
  const dir = path.join(outDir, "repos", key);
  const meta = path.join(outDir, "repos", `${key}.json`);
  if (!existsSync(meta)) {
    const tmp = `${dir}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    const gen = await bundleGenerator();
    log(`generating ${size}: ${p.records} records, ${p.commits} commits (seed ${SEED}) in ${dir}`);
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=6144", gen, JSON.stringify({ dir: tmp, seed: SEED, ...p })],
      { encoding: "utf8", env: gitEnv(), maxBuffer: 1 << 26 },
    );
    if (r.status !== 0) throw new Error(`generating ${size} failed: ${r.stderr}`);
    const made = JSON.parse(r.stdout);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    const git = (...a) => execFileSync("git", a, { cwd: dir, env: gitEnv(), encoding: "utf8" }).trim();
    // The ref every measurement starts from; benches that commit move main and put it back here.
    git("update-ref", "refs/bench/base", "HEAD");
    const info = {
      head: made.head,
      records: made.records,
      commits: made.commits,
      generatedMs: Math.round(performance.now() - t0),
    };
    writeFileSync(meta, JSON.stringify(info, null, 2));
    log(`generated ${size} in ${(info.generatedMs / 1000).toFixed(1)} s`);
  }
  const info = JSON.parse(readFileSync(meta, "utf8"));
  restore(dir);
  return { size, dir, key, ...info, files: recordFiles(dir) };
}

/** Puts the repository back as generated: main at its first head, clean work tree, no .sms. */
export function restore(dir) {
  const git = (...a) => execFileSync("git", a, { cwd: dir, env: gitEnv(), stdio: "ignore" });
  git("update-ref", "refs/heads/main", "refs/bench/base");
  git("reset", "-q", "--hard", "refs/bench/base");
  git("clean", "-q", "-fdx");
}

/** Every record file: Markdown under a kind's folder (not the README at the top). */
export function recordFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith(".md")) continue;
    const rel = path.relative(dir, path.join(e.parentPath ?? e.path, e.name));
    if (rel.includes(path.sep) && !rel.startsWith(".")) out.push(rel);
  }
  return out.sort();
}

/** Writes a commit of `files` ({ path: text }) on top of `parent` without touching the work tree. */
export function commitFiles(dir, parent, files, message) {
  const idx = path.join(dir, ".git", "bench-index");
  const env = { ...gitEnv(), GIT_INDEX_FILE: idx };
  const git = (args, input) => execFileSync("git", args, { cwd: dir, env, input, encoding: "utf8" }).trim();
  git(["read-tree", parent]);
  for (const [rel, text] of Object.entries(files)) {
    const blob = git(["hash-object", "-w", "--stdin"], text);
    git(["update-index", "--add", "--cacheinfo", `100644,${blob},${rel}`]);
  }
  const tree = git(["write-tree"]);
  rmSync(idx, { force: true });
  return git(["commit-tree", tree, "-p", parent, "-m", message]);
}
