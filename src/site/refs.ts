import type { SmsRecord } from "../records/record.js";
import { refSpecs, valuesAt } from "../validate/references.js";
import { byText, kindOf } from "./common.js";

/** One reference from a record to another, by id. */
export interface Reference {
  from: SmsRecord;
  /** Field path in the frontmatter, e.g. "depends_on" or "findings.nonconformity". */
  field: string;
  /** JSON pointer of the value. */
  pointer: string;
  id: string;
}

/** Outgoing references per record (by path) and incoming references per target id. */
export interface ReferenceIndex {
  outgoing: Map<string, Reference[]>;
  incoming: Map<string, Reference[]>;
  /** Pointers that hold a reference, per record path (to link field values). */
  pointers: Map<string, Set<string>>;
}

/** Collects references as the schemas declare them (`x-ref`), so the site and validation agree. */
export function buildReferenceIndex(records: readonly SmsRecord[]): ReferenceIndex {
  const outgoing = new Map<string, Reference[]>();
  const incoming = new Map<string, Reference[]>();
  const pointers = new Map<string, Set<string>>();
  for (const from of records) {
    const kind = kindOf(from);
    if (!kind) continue;
    const refs: Reference[] = [];
    const ptrs = new Set<string>();
    for (const spec of refSpecs(kind)) {
      const field = spec.path.filter((s) => s !== "*").join(".");
      for (const { pointer, value } of valuesAt(from.data, spec.path)) {
        const ids = typeof value === "string" ? [{ pointer, id: value }] : [];
        if (Array.isArray(value))
          value.forEach((v, i) => {
            if (typeof v === "string") ids.push({ pointer: `${pointer}/${i}`, id: v });
          });
        for (const r of ids) {
          refs.push({ from, field, pointer: r.pointer, id: r.id });
          ptrs.add(r.pointer);
        }
      }
    }
    outgoing.set(from.path, refs);
    pointers.set(from.path, ptrs);
    for (const r of refs) {
      const list = incoming.get(r.id) ?? [];
      list.push(r);
      incoming.set(r.id, list);
    }
  }
  for (const list of incoming.values())
    list.sort((a, b) => byText(String(a.from.data.id), String(b.from.data.id)) || byText(a.field, b.field));
  return { outgoing, incoming, pointers };
}
