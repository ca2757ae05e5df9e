import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { normalizeHeading, simpleHeadings } from "../../src/validate/sections.js";

/** The reference: top-level headings as the CommonMark parser sees them. */
function parsed(body: string): string[] {
  return fromMarkdown(body)
    .children.filter((n) => n.type === "heading")
    .map((n) => normalizeHeading(mdToString(n)));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith(".md") ? [full] : [];
  });
}

describe("the line scanner for headings agrees with the Markdown parser whenever it answers", () => {
  it("on every Markdown file of the template and the docs", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    let answered = 0;
    for (const file of [
      ...markdownFiles(path.join(root, "sms-template")),
      ...markdownFiles(path.join(root, "docs")),
    ]) {
      const body = readFileSync(file, "utf8").replace(/^---[\s\S]*?\n---\n/, "");
      const quick = simpleHeadings(body);
      if (quick === undefined) continue;
      answered++;
      expect(quick, file).toEqual(parsed(body));
    }
    expect(answered).toBeGreaterThan(10);
  });

  const EDGE = [
    "# Title\n\n## Implementation plan\n",
    "# Heading #\n",
    "# Heading#\n",
    "#5 bolts\n",
    "####### seven\n",
    "#\n",
    "- item\n# After a list\n",
    "> quoted\n# After a quote\n",
    "para\n# Interrupts\n",
    "    # indented code\n",
    "  # indented heading\n",
    "Setext\n===\n",
    "Setext\n---\n",
    "```\n# in a fence\n```\n",
    "<div>\n# in html\n</div>\n",
    "# Back-out plan:\n",
    "#\tTabbed\n",
    "# *emphasis*\n",
    "# a & b\n",
    "1. Step\n\n# Test plan\r\n\r\nText\r\n",
  ];
  for (const body of EDGE) {
    it(`agrees on ${JSON.stringify(body)}`, () => {
      const quick = simpleHeadings(body);
      if (quick !== undefined) expect(quick).toEqual(parsed(body));
    });
  }

  it("on random bodies built from tricky fragments", () => {
    const fragment = fc.constantFrom(
      "# Implementation plan",
      "## Back-out plan ##",
      "### Test plan",
      "#nospace",
      "Some text.",
      "- list item",
      "  - nested",
      "1. step",
      "> quote",
      "    code",
      "",
      "| a | b |",
      "#",
      "# x #",
      "## Post-implementation review",
      "text with # inside",
      "   # three spaces",
      "***",
      "\t# tab",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (lines) => {
        const body = `${lines.join("\n")}\n`;
        const quick = simpleHeadings(body);
        return quick === undefined || JSON.stringify(quick) === JSON.stringify(parsed(body));
      }),
      { numRuns: 2000 },
    );
  });
});
