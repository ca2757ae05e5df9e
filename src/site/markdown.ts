import type { Element, Root, RootContent } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import type { Plugin, Processor } from "unified";
import { unified } from "unified";
import { ALL_GFM_PARTS, gfmPartsOf, remarkGfmParts } from "./gfm-parts.js";

/** A record body rendered for the site: sanitized HTML, plain text for search, and its headings. */
export interface RenderedBody {
  html: string;
  text: string;
  headings: string[];
}

/** Bump when the rendered HTML changes, so cached bodies rendered by an older version are ignored. */
export const RENDERER_VERSION = 2;

/** Longest plain text kept per record for the search index. */
const TEXT_LIMIT = 4000;

// GitHub's schema minus what would make the page fetch something (img, picture sources) or look
// like a form control; what is left can only format text and link.
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !["img", "picture", "source", "input"].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
  // remark-rehype already prefixes footnote ids; prefixing again would break their links.
  clobberPrefix: "",
};

type Parent = Root | Element;

/** Calls `fn` on every element, parents before children. A plain loop: cheaper than a visitor. */
function eachElement(node: Parent, fn: (el: Element, parent: Parent, index: number) => void): void {
  const kids = node.children as RootContent[];
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    if (kid.type !== "element") continue;
    fn(kid, node, i);
    // fn may have replaced the element with text; only elements have children to walk.
    const now = kids[i];
    if (now?.type === "element") eachElement(now, fn);
  }
}

// Images would fetch from the network (or point at repository files the site does not carry), and
// task-list checkboxes are unlabelled form controls; both become text before sanitizing.
function replaceMedia() {
  return (tree: Root) => {
    eachElement(tree, (node, parent, index) => {
      let replacement: RootContent | undefined;
      if (node.tagName === "img") {
        const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
        replacement = { type: "text", value: `[image${alt ? `: ${alt}` : ""}]` };
      } else if (node.tagName === "input" && node.properties.type === "checkbox") {
        replacement = { type: "text", value: node.properties.checked ? "[x]" : "[ ]" };
      }
      if (replacement) (parent.children as RootContent[])[index] = replacement;
    });
  };
}

/** The headings of a rendered body, kept on its tree by `finishTree` for renderWith. */
interface Finished extends Root {
  smsHeadings?: string[];
}

// One pass over the sanitized tree. Links leave the site only when clicked, and never pass the
// referrer or a window handle. Bodies sit under the page's <h1> and its "Text" <h2>: their top
// heading level becomes <h3>, and a heading never skips a level below the one before it, so the
// page outline stays well formed.
function finishTree() {
  return (tree: Finished) => {
    const headings: Element[] = [];
    eachElement(tree, (node) => {
      const tag = node.tagName;
      if (tag.length === 2 && tag[0] === "h" && tag[1]! >= "1" && tag[1]! <= "6") headings.push(node);
      else if (
        tag === "a" &&
        typeof node.properties.href === "string" &&
        /^https?:/i.test(node.properties.href)
      )
        node.properties.rel = ["noopener", "noreferrer", "nofollow"];
    });
    const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
    let previous = 2;
    for (const h of headings) {
      const level = Math.min(6, Number(h.tagName[1]) - top + 3, previous + 1);
      h.tagName = `h${level}`;
      previous = level;
    }
    tree.smsHeadings = headings.map((h) => hastToString(h).trim());
  };
}

/** The pipeline: Markdown -> sanitized HTML tree with heading anchors; "full" is remark-gfm itself. */
function pipeline(gfm: "full" | number) {
  return (
    unified()
      .use(remarkParse)
      .use(gfm === "full" ? remarkGfmAll : remarkGfmParts, gfm === "full" ? ALL_GFM_PARTS : gfm)
      // Raw HTML in a body is dropped, never passed through: record text is untrusted.
      .use(remarkRehype, { allowDangerousHtml: false })
      .use(replaceMedia)
      .use(rehypeSanitize, schema)
      .use(finishTree)
      .use(rehypeSlug)
      .freeze()
  );
}

type Pipeline = ReturnType<typeof pipeline>;

// remark-gfm itself, with the same plugin signature as remarkGfmParts.
const remarkGfmAll: Plugin<[number], MdastRoot> = function (this: Processor) {
  remarkGfm.call(this as never);
};

/** All of GFM through remark-gfm: the reference the per-construct pipelines must match. */
const fullGfm = pipeline("full");

// One pipeline per set of GFM constructs a body could contain, made when first needed (at most 32).
const byParts = new Map<number, Pipeline>();
function pipelineFor(mask: number): Pipeline {
  let p = byParts.get(mask);
  if (!p) {
    p = pipeline(mask);
    byParts.set(mask, p);
  }
  return p;
}

const stringifier = unified().use(rehypeStringify).freeze();

/**
 * Renders a record body (Markdown, GFM) to sanitized HTML with heading anchors. Pure. Only the GFM
 * constructs the text could contain are enabled: the same output as all of GFM, in less time.
 */
export function renderBody(markdown: string): RenderedBody {
  return renderWith(markdown, pipelineFor(gfmPartsOf(markdown)));
}

/** Renders with all of GFM through remark-gfm: the reference renderBody is tested against. */
export function renderWithFullGfm(markdown: string): RenderedBody {
  return renderWith(markdown, fullGfm);
}

function renderWith(markdown: string, processor: Pipeline): RenderedBody {
  const mdast = processor.parse(markdown);
  const hast = processor.runSync(mdast) as Finished;
  const html = stringifier.stringify(hast);
  const headings = hast.smsHeadings ?? [];
  const text = hastToString(hast).replace(/\s+/g, " ").trim().slice(0, TEXT_LIMIT);
  return { html, text, headings };
}
