import { buildSiteModel } from "./model.js";
import { isSafeSitePath } from "./paths.js";
import { createRenderer, type SiteChrome } from "./render.js";
import type { SiteInput } from "./types.js";

/** Built-in or overridden templates plus the static files to copy. */
export interface SiteSources {
  templates: Record<string, string>;
  files: Record<string, string>;
}

/**
 * Renders the whole site to memory: site path -> content. Deterministic for the same input: no clock,
 * sorted everywhere, charts numbered per file. The manifest is the caller's (it carries the build time).
 */
export async function renderSite(input: SiteInput, sources: SiteSources): Promise<Map<string, string>> {
  const model = buildSiteModel(input);
  const renderer = createRenderer(sources.templates);
  const chrome: SiteChrome = {
    organization: input.config.organization || "SMS",
    commit: input.source.commit,
    commitDate: input.source.date,
    asOf: input.now,
    edition: input.config.edition,
    requested: input.source.requested,
  };
  const out = new Map<string, string>();
  const put = (p: string, content: string) => {
    // Every path is built from sanitized names; this is the last line of defence, not the first.
    if (!isSafeSitePath(p))
      throw new Error(`refusing to write outside the site folder: ${JSON.stringify(p)}`);
    if (out.has(p)) throw new Error(`two files of the site would share the path ${p}`);
    out.set(p, content);
  };
  for (const [p, content] of Object.entries(sources.files)) put(p, content);
  for (const f of model.files) put(f.path, f.content);
  for (const page of model.pages) put(page.path, renderer.render(page, chrome));
  if (model.charts.length > 0) {
    // Vega is large; only a build that draws charts pays for loading it.
    const { renderChart } = await import("./charts.js");
    // One chart at a time keeps memory flat; ids are numbered per file, so order does not matter.
    for (const c of model.charts) put(c.path, await renderChart(c.spec));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
