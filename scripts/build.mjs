// Bundles the CLI and the Action into dist/ (committed; .ci/run rebuilds and compares).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { collectSiteAssets } from "./site-assets.mjs";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);",
  },
};

/** A digest of the sources and schemas: caches of validation results name the build that made them. */
function buildId() {
  const h = createHash("sha256");
  for (const top of ["src", "schemas"]) {
    const files = readdirSync(top, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.posix.join(...path.relative(".", path.join(e.parentPath, e.name)).split(path.sep)))
      .sort();
    for (const f of files) h.update(f).update("\0").update(readFileSync(f)).update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

const define = {
  __SMS_SITE_ASSETS__: JSON.stringify(collectSiteAssets()),
  __SMS_BUILD_ID__: JSON.stringify(buildId()),
};

// The CLI is split: each command imports its work on demand, so `sms validate` does not compile the
// site renderer, Octokit or isomorphic-git before it starts (start-up was a third of a warm run).
// Chunk names carry a content hash; the folder is emptied first so no stale chunk lingers.
rmSync("dist/chunks", { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts" },
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  // The evidence site's templates and static files travel inside the bundle (src/site/assets.ts).
  define,
  outdir: "dist",
});

// The Action and the site's worker scripts stay single files: runners and workers load one script.
await build({
  ...common,
  entryPoints: {
    action: "src/action/main.ts",
    "site-worker": "src/site/worker.ts",
    "site-charts": "src/site/charts-worker.ts",
    "site-history": "src/site/history-worker.ts",
  },
  define,
  outdir: "dist",
});
