import { pointerOf } from "../records/record.js";

/** A frontmatter value prepared for a template: text, a link to a record, a list or a mapping. */
export type FieldView =
  | { isText: true; text: string }
  | { isLink: true; text: string; href: string }
  | { isList: true; items: FieldView[] }
  | { isTable: true; columns: string[]; rows: { cells: FieldView[] }[] }
  | { isMap: true; entries: { key: string; value: FieldView }[] };

/** Context for converting values: which pointers are references and where their records live. */
export interface FieldContext {
  refPointers: ReadonlySet<string>;
  hrefOf: (id: string) => string | undefined;
}

const MAX_DEPTH = 8;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
}

/** Converts a frontmatter value to a view; references become links to the records they name. */
export function fieldView(value: unknown, pointer: string, ctx: FieldContext, depth = 0): FieldView {
  if (depth > MAX_DEPTH) return { isText: true, text: JSON.stringify(value) ?? "" };
  if (typeof value === "string") {
    const href = ctx.refPointers.has(pointer) ? ctx.hrefOf(value) : undefined;
    return href ? { isLink: true, text: value, href } : { isText: true, text: value };
  }
  if (Array.isArray(value)) {
    // A list of mappings (a timeline, findings, targets) reads best as a table.
    if (value.length > 0 && value.every(isPlainObject)) {
      const columns = [...new Set(value.flatMap((v) => Object.keys(v)))];
      return {
        isTable: true,
        columns,
        rows: value.map((v, i) => ({
          cells: columns.map((c) =>
            c in v
              ? fieldView(v[c], `${pointer}/${i}${pointerOf([c])}`, ctx, depth + 2)
              : { isText: true, text: "" },
          ),
        })),
      };
    }
    return { isList: true, items: value.map((v, i) => fieldView(v, `${pointer}/${i}`, ctx, depth + 1)) };
  }
  if (value && typeof value === "object" && !(value instanceof Date))
    return {
      isMap: true,
      entries: Object.entries(value as Record<string, unknown>).map(([k, v]) => ({
        key: k,
        value: fieldView(v, `${pointer}${pointerOf([k])}`, ctx, depth + 1),
      })),
    };
  if (value === null || value === undefined) return { isText: true, text: "—" };
  if (value instanceof Date) return { isText: true, text: value.toISOString() };
  return { isText: true, text: String(value) };
}

/** The top-level fields of a record as label/value rows, in file order. */
export function fieldRows(
  data: Record<string, unknown>,
  ctx: FieldContext,
  skip: readonly string[],
): { key: string; value: FieldView }[] {
  return Object.entries(data)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => ({ key: k, value: fieldView(v, pointerOf([k]), ctx) }));
}
