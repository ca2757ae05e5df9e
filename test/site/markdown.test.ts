import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRecord } from "../../src/records/read.js";
import { renderBody, renderWithFullGfm } from "../../src/site/markdown.js";
import { projectRoot } from "../helpers/cli.js";

describe("record bodies", () => {
  it("renders GFM (tables, task lists, strikethrough, autolinks) with heading anchors", () => {
    const out = renderBody(
      "# Plan\n\n## Back-out plan\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n~~old~~ https://example.com\n",
    );
    expect(out.html).toContain('<h3 id="plan">Plan</h3>');
    expect(out.html).toContain('<h4 id="back-out-plan">Back-out plan</h4>');
    expect(out.html).toContain("<table>");
    expect(out.html).toContain("<del>old</del>");
    expect(out.html).toContain('href="https://example.com"');
    expect(out.html).toContain('rel="noopener noreferrer nofollow"');
    expect(out.html).toContain("[x] done");
    expect(out.html).not.toContain("<input");
    expect(out.headings).toEqual(["Plan", "Back-out plan"]);
    expect(out.text).toContain("Back-out plan");
  });

  it("starts the body's outline at <h3> and never skips a level", () => {
    const { html } = renderBody("## Plan\n\n#### Detail\n\n## Review\n");
    expect(html.match(/<h\d/g)).toEqual(["<h3", "<h4", "<h3"]);
  });

  it("drops scripts, event handlers, javascript: links, iframes, styles and scripted SVG", () => {
    const hostile = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "[click](javascript:alert(1))",
      "[data](data:text/html;base64,PHNjcmlwdD4=)",
      '<iframe src="https://evil.example"></iframe>',
      '<svg onload="alert(1)"><script>alert(2)</script></svg>',
      '<a href="javascript:alert(1)">x</a>',
      '<div style="background:url(https://evil.example/x)">styled</div>',
      "<object data=x></object><embed src=x>",
      '<form action="https://evil.example"><input name=x></form>',
    ].join("\n\n");
    const { html } = renderBody(hostile);
    for (const bad of [
      "<script",
      "onerror",
      "onload",
      "javascript:",
      "data:text",
      "<iframe",
      "<svg",
      "style=",
      "<object",
      "<embed",
      "<form",
      "<input",
      "evil.example",
    ])
      expect(html.toLowerCase()).not.toContain(bad);
  });

  it("turns images into text, so a body never makes the page fetch anything", () => {
    const { html } = renderBody("![diagram](https://tracker.example/pixel.png) ![](local.png)");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("tracker.example");
    expect(html).toContain("[image: diagram]");
    expect(html).toContain("[image]");
  });

  it("keeps footnote links working (one id prefix, not two)", () => {
    const { html } = renderBody("Text[^1].\n\n[^1]: The note.");
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it("renders exactly as remark-gfm does, enabling only the GFM constructs a body could contain", () => {
    const bodies: string[] = [];
    for (const dir of ["sms-template", "test/fixtures/hostile"]) {
      const root = path.join(projectRoot, dir);
      for (const f of readdirSync(root, { recursive: true }) as string[])
        if (f.endsWith(".md") && f.includes("/"))
          bodies.push(readRecord(f, "0", readFileSync(path.join(root, f))).record?.body ?? "");
    }
    bodies.push(
      "# Title\n\n*emphasis* **strong** `code`\n\n1. one\n2. two\n\n> quote\n\n```\nfenced\n```\n\n[link](../x) <b>raw</b>",
      "| a | b |\n|---|:-:|\n| www.example.com | carol@example.com |\n| ~~gone~~ | `a|b` |\n",
      "Text[^note] and ~one~ ~~two~~ tildes.\n\n[^note]: See https://example.com/x?y=1.\n",
      "- [ ] open\n- [x] done\n- [X] also\n- [\t] tab\n\n* [ ]not a task\n",
      "mailto:a@b.c xmpp:me@host.org/res WWW.EXAMPLE.COM http://a.b/c) (https://d.e/f).\n",
      "a | b\n-|-\n1 | 2\n\n`~~no~~` and \\| escaped pipe\n",
      "<https://example.com> and [x](javascript:alert(1)) ![i](https://x/y.png)\n",
    );
    for (const body of bodies) expect(renderBody(body), body.slice(0, 60)).toEqual(renderWithFullGfm(body));
    expect(bodies.length).toBeGreaterThan(100);
  });

  it("agrees with remark-gfm on random Markdown made of GFM's building blocks", () => {
    const token = fc.constantFrom(
      "|",
      "-",
      ":",
      "~",
      "~~",
      "[",
      "]",
      "^",
      "[^1]",
      "[^1]: ",
      "[ ]",
      "[x]",
      "www.",
      "http://",
      "https://",
      "@",
      "mailto:",
      ".",
      "a",
      "b1",
      " ",
      "  ",
      "\n",
      "\n\n",
      "- ",
      "* ",
      "1. ",
      "`",
      "```\n",
      "#",
      "> ",
      "\\",
      "<",
      ">",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (parts) => {
        const body = parts.join("");
        expect(renderBody(body)).toEqual(renderWithFullGfm(body));
      }),
      { numRuns: 400 },
    );
  });
});
