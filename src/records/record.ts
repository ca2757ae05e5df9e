/** Frontmatter of a record: the envelope plus kind-specific fields, as plain JSON. Dates stay strings. */
export interface RecordData {
  id: string;
  kind: string;
  title: string;
  owner: string;
  [field: string]: unknown;
}

/** Where each frontmatter value sits in its file: JSON pointer -> [line, column] (1-based). */
export type PositionMap = Record<string, readonly [line: number, column: number]>;

/** A parsed record file. Plain data: it can be cached by blob id and sent between threads. */
export interface SmsRecord {
  /** Repository-relative path with forward slashes. */
  path: string;
  /** Git blob id of the file's bytes. */
  oid: string;
  data: RecordData;
  /** Markdown after the frontmatter. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Positions of values (pointer "/timeline/2/at") and of keys (pointer + "#key"). */
  positions: PositionMap;
}

/** Looks up the position of a JSON pointer in a record, falling back to the nearest parent, then line 1. */
export function positionOf(
  record: Pick<SmsRecord, "positions">,
  pointer: string,
  which: "value" | "key" = "value",
): { line: number; column: number } {
  let p = pointer;
  for (;;) {
    const hit = (which === "key" ? record.positions[`${p}#key`] : undefined) ?? record.positions[p];
    if (hit) return { line: hit[0], column: hit[1] };
    if (p === "") return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

/** Builds a JSON pointer from path segments. */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
