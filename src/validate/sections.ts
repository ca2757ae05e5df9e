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
  const tree = fromMarkdown(body);
  const out: string[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") out.push(normalizeHeading(mdToString(node)));
  }
  headingCache.set(oid, out);
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
