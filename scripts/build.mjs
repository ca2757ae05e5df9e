// Bundles the CLI and the Action into dist/ (committed; .ci/run rebuilds and compares).
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

await build({
  ...common,
  entryPoints: {
    cli: "src/cli/main.ts",
    action: "src/action/main.ts",
    "site-worker": "src/site/worker.ts",
    "site-charts": "src/site/charts-worker.ts",
  },
  // The evidence site's templates and static files travel inside the bundle (src/site/assets.ts).
  define: { __SMS_SITE_ASSETS__: JSON.stringify(collectSiteAssets()) },
  outdir: "dist",
});
