import Handlebars from "handlebars";
import { UsageError } from "../errors.js";
import { TrustedHtml } from "./html.js";
import { rootOf } from "./paths.js";
import type { Page } from "./types.js";

/** Site-wide facts every page shows. */
export interface SiteChrome {
  organization: string;
  commit: string;
  commitDate: string;
  asOf: string;
  edition: string;
  requested?: string;
}

/** Templates that are partials, not pages. */
const PARTIALS = ["layout", "field"];

/** Scripts each page template loads (from assets/). */
const SCRIPTS: Record<string, string[]> = {
  register: ["register.js"],
  search: ["minisearch.js", "search-index.js", "search.js"],
};

const NAV = [
  { label: "Readiness", href: "index.html" },
  { label: "Registers", href: "registers/index.html" },
  { label: "Sampling", href: "sampling.html" },
  { label: "Configuration", href: "configuration.html" },
  { label: "SLA reports", href: "sla/index.html" },
  { label: "Improvements", href: "improvements.html" },
  { label: "Findings", href: "findings.html" },
  { label: "Search", href: "search.html" },
];

/**
 * Why a template is refused, or undefined. Triple-stash and `{{&` print values unescaped; the only
 * way to print HTML is the `html` helper, which accepts only HTML the engine built or sanitized.
 */
export function templateProblem(source: string): string | undefined {
  if (/\{\{~?\{/.test(source))
    return "uses {{{ }}}, which prints record data unescaped; use {{html value}} for sanitized HTML";
  if (/\{\{~?&/.test(source)) return "uses {{& }}, which prints record data unescaped";
  return undefined;
}

/** A compiled set of templates that turns pages into HTML. */
export interface Renderer {
  render(page: Page, chrome: SiteChrome): string;
}

/** Compiles templates (built-in merged with overrides) into a renderer; throws on a refused template. */
export function createRenderer(templates: Record<string, string>): Renderer {
  const hb = Handlebars.create();
  hb.registerHelper("html", (value: unknown) =>
    // Anything else comes back as a plain string, which Handlebars escapes like any {{value}}.
    value instanceof TrustedHtml ? new hb.SafeString(value.value) : String(value ?? ""),
  );
  const compileOptions = { knownHelpers: { html: true }, knownHelpersOnly: true, strict: false } as const;
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of Object.entries(templates)) {
    const problem = templateProblem(source);
    if (problem) throw new UsageError(`template ${name}.hbs ${problem}`);
    if (PARTIALS.includes(name)) hb.registerPartial(name, hb.compile(source, compileOptions));
    else compiled.set(name, hb.compile(source, compileOptions));
  }
  return {
    render(page, chrome) {
      const template = compiled.get(page.template);
      if (!template) throw new UsageError(`no template named ${page.template}.hbs`);
      const root = rootOf(page.path);
      const nav = NAV.map((n) => ({ ...n, current: n.href === page.path }));
      return template(
        {
          ...page.data,
          page: { title: page.title, path: page.path },
          root,
          nav,
          site: { ...chrome, commitShort: chrome.commit.slice(0, 10) },
          scripts: SCRIPTS[page.template] ?? [],
        },
        { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false },
      );
    },
  };
}
