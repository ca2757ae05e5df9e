import { createHash } from "node:crypto";
import path from "node:path";

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** A file-name stem for an id: only [A-Za-z0-9._-], no leading dot, bounded, never a reserved name. */
export function safeStem(id: string): string {
  let s = id
    .normalize("NFKC")
    .replace(/[^A-Za-z0-9._-]/g, "_")
    .replace(/\.{2,}/g, ".")
    .replace(/^[._-]+/, "")
    .slice(0, 100);
  if (s === "") s = "record";
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * Assigns each key (record id, path) a unique page file name under `folder`. Ids that had to be
 * rewritten, or that collide case-insensitively, get a hash of their key so two records never share
 * a page. Deterministic: keys are taken in the order given.
 */
export function assignFileNames(
  items: readonly { id: string; key: string }[],
  folder: string,
): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const { id, key } of items) {
    let stem = safeStem(id);
    if (stem !== id || taken.has(stem.toLowerCase())) stem = `${stem.slice(0, 90)}-${shortHash(key)}`;
    while (taken.has(stem.toLowerCase())) stem = `${stem}-${shortHash(stem)}`;
    taken.add(stem.toLowerCase());
    out.set(key, `${folder}/${stem}.html`);
  }
  return out;
}

/** The prefix that leads from a page back to the site root ("" or "../"). */
export function rootOf(pagePath: string): string {
  const depth = pagePath.split("/").length - 1;
  return "../".repeat(depth);
}

/** True when a site-relative path is plain and stays inside the site folder. */
export function isSafeSitePath(p: string): boolean {
  if (p === "" || p.startsWith("/") || p.includes("\\") || p.includes("\0")) return false;
  const norm = path.posix.normalize(p);
  return norm === p && !norm.startsWith("../") && norm !== ".." && /^[A-Za-z0-9._\-/]+$/.test(p);
}
