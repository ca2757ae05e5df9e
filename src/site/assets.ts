import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Templates (by name, without .hbs) and static files (by site path) the site is built from. */
export interface SiteAssets {
  templates: Record<string, string>;
  files: Record<string, string>;
}

// scripts/build.mjs replaces this with the same files read at build time, so the bundle carries them.
declare const __SMS_SITE_ASSETS__: SiteAssets | undefined;

let cached: SiteAssets | undefined;

/** The built-in templates and static files: embedded in the bundle, read from the sources otherwise. */
export function siteAssets(): SiteAssets {
  if (typeof __SMS_SITE_ASSETS__ !== "undefined") return __SMS_SITE_ASSETS__;
  cached ??= readSiteAssets(path.dirname(fileURLToPath(import.meta.url)));
  return cached;
}

/** Reads templates, our scripts and stylesheet, and MiniSearch's browser build from a source folder. */
export function readSiteAssets(siteDir: string): SiteAssets {
  const templates: Record<string, string> = {};
  const tplDir = path.join(siteDir, "templates");
  for (const f of readdirSync(tplDir).sort())
    if (f.endsWith(".hbs")) templates[f.slice(0, -4)] = readFileSync(path.join(tplDir, f), "utf8");
  const files: Record<string, string> = {};
  const assetDir = path.join(siteDir, "assets");
  for (const f of readdirSync(assetDir).sort())
    files[`assets/${f}`] = readFileSync(path.join(assetDir, f), "utf8");
  const require = createRequire(path.join(siteDir, "index.js"));
  // The package exports only its module builds; the browser (UMD) build sits beside them.
  const umdFile = path.join(path.dirname(require.resolve("minisearch")), "..", "umd", "index.js");
  const umd = readFileSync(umdFile, "utf8");
  // The source map is not shipped; a dangling reference would make developer tools ask for it.
  files["assets/minisearch.js"] = umd.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
  return { templates, files };
}
