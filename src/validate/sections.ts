import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdToString } from "mdast-util-to-string";
import type { RecordData } from "../records/record.js";

/** The Markdown sections a record must have in its current state (SPEC section 3). */
export function requiredSections(data: RecordData): string[] {
  const status = typeof data.status === "string" ? data.status : "";
  switch (data.kind) {
    case "change": {
      const base = ["Implementation plan", "Back-out plan", "Test plan"];
      return ["implemented", "reviewed", "closed"].includes(status)
        ? [...base, "Post-implementation review"]
        : base;
    }
    case "incident":
      return data.major === true && ["resolved", "closed"].includes(status) ? ["Major incident review"] : [];
    case "problem":
      return ["resolved", "closed"].includes(status) ? ["Root cause"] : [];
    case "procedure":
      return ["Purpose", "Scope"];
    default:
      return [];
  }
}

const headingCache = new Map<string, string[]>();

/** Heading texts of a Markdown body, lower-cased and trimmed; cached by blob id because parsing is the slow part. */
export function headingsOf(oid: string, body: string): string[] {
  const hit = headingCache.get(oid);
  if (hit) return hit;
  const quick = simpleHeadings(body);
  if (quick) {
    headingCache.set(oid, quick);
    return quick;
  }
  const tree = fromMarkdown(body);
  const out: string[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") out.push(normalizeHeading(mdToString(node)));
  }
  headingCache.set(oid, out);
  return out;
}

// Lines that make a body too complex for the line scanner: fences, HTML, indented or setext headings.
const COMPLEX = /^(?: {0,3}(?:`{3,}|~{3,}|<|=+[ \t]*$|-+[ \t]*$)| {1,3}#|\t#)/m;
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const INLINE = /[`*_[\]<>!&\\]/;

/**
 * Top-level headings of a plain body without a Markdown parser, or undefined when the body has
 * anything that could make the answer differ from CommonMark's (fenced code, HTML, setext or
 * indented headings, inline markup in a heading). An ATX heading at column 0 outside those is
 * always a top-level block: it interrupts paragraphs and ends lists and block quotes.
 */
export function simpleHeadings(body: string): string[] | undefined {
  if (COMPLEX.test(body)) return undefined;
  const out: string[] = [];
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (line.charCodeAt(0) !== 35) continue; // "#"
    const m = ATX.exec(line);
    if (!m) {
      if (/^#{1,6}(?:[ \t]|$)/.test(line)) return undefined;
      continue;
    }
    const text = m[2] ?? "";
    if (INLINE.test(text) || /(?:^|[ \t])#+$/.test(text)) return undefined;
    out.push(normalizeHeading(text));
  }
  return out;
}

/** Seeds the heading cache from a persistent cache. */
export function primeHeadings(oid: string, headings: string[]): void {
  headingCache.set(oid, headings);
}

/** Normalises a heading for case-insensitive comparison. */
export function normalizeHeading(text: string): string {
  return text.trim().replace(/\s+/g, " ").replace(/[:.]$/, "").toLowerCase();
}

/** Headings already computed for a blob, if any (for the persistent cache). */
export function cachedHeadings(oid: string): string[] | undefined {
  return headingCache.get(oid);
}
