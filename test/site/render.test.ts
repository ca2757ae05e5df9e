import { describe, expect, it } from "vitest";
import { siteAssets } from "../../src/site/assets.js";
import { TrustedHtml } from "../../src/site/html.js";
import { createRenderer, templateProblem } from "../../src/site/render.js";

const chrome = {
  organization: "Org",
  commit: "c".repeat(40),
  commitDate: "2026-11-01",
  asOf: "2026-11-01",
  edition: "2018",
};

describe("templates", () => {
  it("built-in templates never print a value unescaped", () => {
    for (const [name, source] of Object.entries(siteAssets().templates))
      expect(templateProblem(source), name).toBeUndefined();
  });

  it("refuses triple-stash and ampersand output", () => {
    expect(templateProblem("<p>{{{title}}}</p>")).toMatch(/unescaped/);
    expect(templateProblem("<p>{{~{title}~}}</p>")).toMatch(/unescaped/);
    expect(templateProblem("<p>{{& title}}</p>")).toMatch(/unescaped/);
    expect(() => createRenderer({ ...siteAssets().templates, search: "{{{x}}}" })).toThrow(/search\.hbs/);
  });

  it("prints HTML only when the engine built or sanitized it", () => {
    const r = createRenderer({
      ...siteAssets().templates,
      search: "{{#> layout}}<div id=a>{{html raw}}</div><div id=b>{{html safe}}</div>{{/layout}}",
    });
    const html = r.render(
      {
        path: "search.html",
        template: "search",
        title: "t",
        data: { raw: "<b>x</b>", safe: new TrustedHtml("<b>y</b>") },
      },
      chrome,
    );
    expect(html).toContain("<div id=a>&lt;b&gt;x&lt;/b&gt;</div>");
    expect(html).toContain("<div id=b><b>y</b></div>");
  });

  it("refuses helpers the engine does not provide", () => {
    expect(() =>
      createRenderer({ ...siteAssets().templates, search: "{{lookupEval x}}" }).render(
        { path: "search.html", template: "search", title: "t", data: {} },
        chrome,
      ),
    ).toThrow();
  });

  it("every page carries a strict Content-Security-Policy, a skip link and one main landmark", () => {
    const html = createRenderer(siteAssets().templates).render(
      { path: "records/X.html", template: "search", title: "t", data: {} },
      chrome,
    );
    expect(html).toContain(
      `content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'"`,
    );
    expect(html).toContain('<a class="skip-link" href="#sms-main">');
    expect(html.match(/<main /g)).toHaveLength(1);
    expect(html).toContain('href="../assets/site.css"');
    expect(html).not.toMatch(/https?:\/\//);
  });
});
