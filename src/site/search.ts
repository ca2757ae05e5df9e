import MiniSearch from "minisearch";

/** One searchable record. */
export interface SearchDoc {
  id: number;
  rid: string;
  title: string;
  kind: string;
  owner: string;
  text: string;
  href: string;
}

/** Options shared by the index built here and the search script in the browser (they must match). */
export const SEARCH_OPTIONS = {
  fields: ["rid", "title", "kind", "owner", "text"],
  storeFields: ["rid", "title", "kind", "href"],
} as const;

/** Builds the search index and wraps it in a script that assigns it to a global (no fetch on file://). */
export function searchIndexScript(docs: readonly SearchDoc[]): string {
  const index = new MiniSearch<SearchDoc>({
    ...SEARCH_OPTIONS,
    fields: [...SEARCH_OPTIONS.fields],
    storeFields: [...SEARCH_OPTIONS.storeFields],
  });
  index.addAll(docs);
  // A JSON string literal parses faster than the equivalent object literal, and is what loadJSON takes.
  const json = JSON.stringify(index);
  return `window.SMS_SEARCH = ${JSON.stringify({ options: SEARCH_OPTIONS, index: json })};\n`;
}
