import { buildSiteModel } from "./model.js";
import { isSafeSitePath } from "./paths.js";
import { createRenderer, type SiteChrome } from "./render.js";
import { type SearchDoc, searchIndexScript } from "./search.js";
import type { Page, SiteInput } from "./types.js";

/** Where the search index goes. */
export const SEARCH_INDEX_FILE = "assets/search-index.js";

/** Builds the search index script from the documents. */
export type SearchIndexer = (docs: SearchDoc[]) => Promise<string>;

/** Builds the index in this thread. */
export const indexInThread: SearchIndexer = async (docs) => searchIndexScript(docs);

/** Draws charts: site path -> SVG. */
export type ChartRenderer = (
  charts: { path: string; spec: Record<string, unknown> }[],
) => Promise<Map<string, string>>;

// Vega is large. The bundle leaves it to the worker bundle (dist/site-worker.js): the specifier is
// not a literal, so esbuild does not pull charts.js into dist/cli.js; from the sources it loads here.
const CHARTS_MODULE = "./charts.js";

/** Draws charts in this thread, one at a time (memory stays flat; ids are numbered per file). */
export const chartsInThread: ChartRenderer = async (charts) => {
  const out = new Map<string, string>();
  if (charts.length === 0) return out;
  const { renderChart } = (await import(CHARTS_MODULE)) as typeof import("./charts.js");
  for (const c of charts) out.set(c.path, await renderChart(c.spec));
  return out;
};

/** Built-in or overridden templates plus the static files to copy. */
export interface SiteSources {
  templates: Record<string, string>;
  files: Record<string, string>;
}

/** Where the search index and the charts are made (another thread, or this one). */
export interface RenderOptions {
  indexer?: SearchIndexer;
  charts?: ChartRenderer;
}

/** Where rendered files go, one at a time; `put` may wait (a writer applying back-pressure). */
export interface SiteSink {
  put(path: string, content: string): void | Promise<void>;
  /** When present, pages go there as data and are rendered there (writer threads). */
  pages?: PageSink;
}

/** Takes pages as data and renders them with the templates and chrome given first. */
export interface PageSink {
  start(templates: Record<string, string>, chrome: SiteChrome): void;
  put(path: string, page: Page): Promise<void>;
}

/**
 * Renders the whole site to memory: site path -> content, sorted by path. Deterministic for the same
 * input: no clock, sorted everywhere, charts numbered per file. The manifest is the caller's (it
 * carries the build time).
 */
export async function renderSite(
  input: SiteInput,
  sources: SiteSources,
  opts: RenderOptions = {},
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await renderSiteTo(input, sources, { put: (p, content) => void out.set(p, content) }, opts);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Renders the site file by file into a sink, so files can be written while later pages render. */
export async function renderSiteTo(
  input: SiteInput,
  sources: SiteSources,
  sink: SiteSink,
  opts: RenderOptions = {},
): Promise<void> {
  const model = buildSiteModel(input);
  // The index may be built elsewhere (a worker thread) while the pages render here.
  const index = (opts.indexer ?? indexInThread)(model.searchDocs);
  index.catch(() => undefined);
  const charts = (opts.charts ?? chartsInThread)(model.charts);
  charts.catch(() => undefined);
  const renderer = createRenderer(sources.templates);
  const chrome: SiteChrome = {
    organization: input.config.organization || "SMS",
    commit: input.source.commit,
    commitDate: input.source.date,
    asOf: input.now,
    edition: input.config.edition,
    requested: input.source.requested,
  };
  const seen = new Set<string>();
  const claim = (p: string) => {
    // Every path is built from sanitized names; this is the last line of defence, not the first.
    if (!isSafeSitePath(p))
      throw new Error(`refusing to write outside the site folder: ${JSON.stringify(p)}`);
    if (seen.has(p)) throw new Error(`two files of the site would share the path ${p}`);
    seen.add(p);
  };
  const put = async (p: string, content: string) => {
    claim(p);
    await sink.put(p, content);
  };
  for (const [p, content] of Object.entries(sources.files)) await put(p, content);
  for (const f of model.files) await put(f.path, f.content);
  // Rendering is most of the work; where the sink has threads for it, they render while this thread
  // makes the next pages' data. The templates were compiled here first, so a refused one fails here.
  const pages = sink.pages;
  pages?.start(sources.templates, chrome);
  for (const page of model.pages) {
    if (!pages) await put(page.path, renderer.render(page, chrome));
    else {
      claim(page.path);
      await pages.put(page.path, page);
    }
  }
  const drawn = await charts;
  for (const c of model.charts) {
    const svg = drawn.get(c.path);
    if (svg === undefined) throw new Error(`the chart ${c.path} was not drawn`);
    await put(c.path, svg);
  }
  await put(SEARCH_INDEX_FILE, await index);
}
