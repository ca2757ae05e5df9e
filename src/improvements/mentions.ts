// Candidate ids: the SPEC's id pattern, delimited by anything that cannot be part of an id.
const CANDIDATE = /(?<![A-Za-z0-9._-])[A-Z][A-Z0-9]*(?:-[A-Za-z0-9._]+)+/g;

/**
 * Ids of existing records that a text mentions ("see CHG-0101.", "[INC-0042](incidents/INC-0042.md)"),
 * in order of first mention. A trailing full stop or file extension is not part of the id.
 */
export function mentionedIds(text: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(CANDIDATE)) {
    let candidate = m[0];
    // Ids may contain dots, so try the longest prefix that ends before a dot and is a record.
    for (;;) {
      if (known.has(candidate)) {
        if (!seen.has(candidate)) {
          seen.add(candidate);
          found.push(candidate);
        }
        break;
      }
      const cut = candidate.lastIndexOf(".");
      if (cut <= 0) break;
      candidate = candidate.slice(0, cut);
    }
  }
  return found;
}
