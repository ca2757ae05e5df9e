/** One navigation step after a revision's base name. */
export type RevisionStep =
  | { kind: "ancestor"; n: number } // ~N: N first-parent hops
  | { kind: "parent"; n: number } // ^N: the Nth parent, ^0 the commit itself
  | { kind: "peel" }; // ^{commit} or ^{}

/** A revision split into its base (ref or oid) and suffix steps. */
export interface ParsedRevision {
  base: string;
  steps: RevisionStep[];
}

// Refnames may not contain these (git check-ref-format), so a base using them cannot name anything
// and, for the file-based backend, could otherwise walk outside the git directory.
const BAD_BASE = /(^[-/.])|\.\.|[\s\0-\x1f\x7f~^:?*[\\]|@\{|\/$|\.lock$|\.$/;

/** Parses the subset of git revision syntax the isomorphic backend supports; undefined if outside it. */
export function parseRevision(rev: string): ParsedRevision | undefined {
  const cut = rev.search(/[~^]/);
  let base = cut < 0 ? rev : rev.slice(0, cut);
  let rest = cut < 0 ? "" : rev.slice(cut);
  if (base === "@") base = "HEAD";
  if (base.length === 0 || BAD_BASE.test(base)) return undefined;
  const steps: RevisionStep[] = [];
  while (rest.length > 0) {
    const m = /^(?:~(\d*)|\^\{(?:commit)?\}|\^(\d*))/.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push({ kind: "ancestor", n: m[1] === "" ? 1 : Number(m[1]) });
    else if (m[2] !== undefined) steps.push({ kind: "parent", n: m[2] === "" ? 1 : Number(m[2]) });
    else steps.push({ kind: "peel" });
    rest = rest.slice(m[0].length);
  }
  return { base, steps };
}
