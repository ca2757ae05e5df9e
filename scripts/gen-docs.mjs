// Writes docs/reference/ from the schemas (through src/docs/reference.ts). `--check` exits 1 when stale.
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = await mkdtemp(path.join(os.tmpdir(), "sms-gen-docs-"));
const outfile = path.join(tmp, "reference.mjs");
await build({
  entryPoints: [path.join(root, "src/docs/reference.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile,
  logLevel: "warning",
  nodePaths: [path.join(root, "node_modules")],
});
const { renderReference } = await import(pathToFileURL(outfile).href);
const pages = renderReference();
const dir = path.join(root, "docs/reference");
await mkdir(dir, { recursive: true });
let stale = 0;
for (const [name, text] of Object.entries(pages)) {
  const file = path.join(dir, name);
  if (process.argv.includes("--check")) {
    if ((await readFile(file, "utf8").catch(() => "")) !== text) {
      console.error(`docs/reference/${name} is stale: run npm run gen`);
      stale++;
    }
  } else await writeFile(file, text);
}
if (stale) process.exit(1);
if (!process.argv.includes("--check"))
  console.log(`wrote ${Object.keys(pages).length} pages to docs/reference/`);
