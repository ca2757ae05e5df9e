// Reads the evidence site's templates, stylesheet, scripts and MiniSearch's browser build, so that
// scripts/build.mjs can embed them in the bundle (src/site/assets.ts reads the same files in tests).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The same shape src/site/assets.ts returns: templates by name, static files by site path. */
export function collectSiteAssets(root = process.cwd()) {
  const siteDir = path.join(root, "src", "site");
  const templates = {};
  for (const f of readdirSync(path.join(siteDir, "templates")).sort())
    if (f.endsWith(".hbs"))
      templates[f.slice(0, -4)] = readFileSync(path.join(siteDir, "templates", f), "utf8");
  const files = {};
  for (const f of readdirSync(path.join(siteDir, "assets")).sort())
    files[`assets/${f}`] = readFileSync(path.join(siteDir, "assets", f), "utf8");
  const require = createRequire(path.join(siteDir, "index.js"));
  const umd = readFileSync(
    path.join(path.dirname(require.resolve("minisearch")), "..", "umd", "index.js"),
    "utf8",
  );
  files["assets/minisearch.js"] = umd.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
  return { templates, files };
}
