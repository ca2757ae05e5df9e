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
  const walk = (value: unknown, at: (string | number)[]): unknown => {
    if (value instanceof TrustedHtml) {
      trusted.push(at);
      return value.value;
    }
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      value.forEach((v, i) => {
        const w = walk(v, [...at, i]);
        if (w !== v) (copy ??= [...value])[i] = w;
      });
      return copy ?? value;
    }
    if (value && typeof value === "object") {
      let copy: Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(value)) {
        const w = walk(v, [...at, k]);
        if (w !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = w;
      }
      return copy ?? value;
    }
    return value;
  };
  return { page: { ...page, data: walk(page.data, []) as Record<string, unknown> }, trusted };
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
