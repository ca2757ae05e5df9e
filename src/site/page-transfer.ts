import { TrustedHtml } from "./html.js";
import type { Page } from "./types.js";

/** A page as it crosses to another thread: TrustedHtml becomes plain strings, and `trusted` says where. */
export interface PortablePage {
  page: Page;
  /** Paths (keys from the page data down) of the values that were TrustedHtml. */
  trusted: (string | number)[][];
}

/**
 * Prepares a page for postMessage, which copies plain data and drops classes: the HTML the engine
 * built or sanitized would arrive as a plain object and print escaped. Its places are listed by walking
 * the actual values, so no field of a record can ask for its text to be trusted.
 */
export function toPortable(page: Page): PortablePage {
  const trusted: (string | number)[][] = [];
  // One path, grown and shrunk while walking; copied only where trusted HTML is found.
  const at: (string | number)[] = [];
  const walk = (value: unknown): unknown => {
    if (value instanceof TrustedHtml) {
      trusted.push([...at]);
      return value.value;
    }
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (!v || typeof v !== "object") continue;
        at.push(i);
        const w = walk(v);
        at.pop();
        if (w !== v) (copy ??= [...value])[i] = w;
      }
      return copy ?? value;
    }
    if (value && typeof value === "object") {
      let copy: Record<string, unknown> | undefined;
      const obj = value as Record<string, unknown>;
      for (const k in obj) {
        const v = obj[k];
        if (!v || typeof v !== "object" || !Object.hasOwn(obj, k)) continue;
        at.push(k);
        const w = walk(v);
        at.pop();
        if (w !== v) (copy ??= { ...obj })[k] = w;
      }
      return copy ?? value;
    }
    return value;
  };
  return { page: { ...page, data: walk(page.data) as Record<string, unknown> }, trusted };
}

/** The page again, with its trusted HTML re-wrapped (in the thread that renders it). */
export function fromPortable({ page, trusted }: PortablePage): Page {
  for (const at of trusted) {
    let parent: unknown = page.data;
    for (const key of at.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    const last = at.at(-1);
    const holder = parent as Record<string | number, unknown>;
    if (last !== undefined && typeof holder[last] === "string")
      holder[last] = new TrustedHtml(holder[last] as string);
  }
  return page;
}
