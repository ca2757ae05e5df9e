import { KINDS, type Kind } from "../records/kinds.js";
import { type JsonSchema, KIND_SCHEMAS, resolveRef } from "./schemas.js";

/** Where a kind's records name other records: a field path ("*" = every list item) and the kinds allowed. */
export interface RefSpec {
  path: readonly string[];
  kinds: readonly string[];
}

/** Reads the `x-ref` annotations of the schemas, so references are declared once, in schemas/. */
export function refSpecs(kind: Kind): RefSpec[] {
  const cached = SPECS.get(kind);
  if (cached) return cached;
  const out: RefSpec[] = [];
  walk(KIND_SCHEMAS[kind], [], out, 0);
  SPECS.set(kind, out);
  return out;
}

const SPECS = new Map<Kind, RefSpec[]>();

function walk(schema: JsonSchema | undefined, path: string[], out: RefSpec[], depth: number): void {
  if (!schema || depth > 8) return;
  const ref = schema.$ref;
  if (typeof ref === "string" && !("x-ref" in schema)) walk(resolveRef(ref), path, out, depth + 1);
  const xref = schema["x-ref"];
  if (Array.isArray(xref)) {
    out.push({ path, kinds: xref as string[] });
    return;
  }
  const items = schema.items as JsonSchema | undefined;
  if (items) walk(items, [...path, "*"], out, depth + 1);
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (props) for (const [name, sub] of Object.entries(props)) walk(sub, [...path, name], out, depth + 1);
}

/** Every value found at a spec's path in a record, with its JSON pointer. */
export function valuesAt(data: unknown, path: readonly string[]): { pointer: string; value: unknown }[] {
  let frontier: { pointer: string; value: unknown }[] = [{ pointer: "", value: data }];
  for (const step of path) {
    const next: typeof frontier = [];
    for (const { pointer, value } of frontier) {
      if (step === "*") {
        if (Array.isArray(value))
          value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      } else if (value && typeof value === "object" && !Array.isArray(value) && step in value) {
        next.push({ pointer: `${pointer}/${step}`, value: (value as Record<string, unknown>)[step] });
      }
    }
    frontier = next;
  }
  return frontier;
}

/** All kinds with their reference specs (for docs and back-references). */
export function allRefSpecs(): Record<Kind, RefSpec[]> {
  return Object.fromEntries(KINDS.map((k) => [k, refSpecs(k)])) as Record<Kind, RefSpec[]>;
}
