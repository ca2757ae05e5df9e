import { parseConfig } from "../../src/config/parse.js";
import type { SmsConfig } from "../../src/config/types.js";
import { hashBlob } from "../../src/git/objects.js";
import type { RecordData, SmsRecord } from "../../src/records/record.js";
import type { RenderedBody } from "../../src/site/markdown.js";
import { renderBody } from "../../src/site/markdown.js";
import type { SiteInput } from "../../src/site/types.js";

/** A record as the loader would produce it, from frontmatter data and a body. */
export function rec(
  data: Partial<RecordData> & { id: string; kind: string },
  body = "",
  path?: string,
): SmsRecord {
  const full: RecordData = { title: `Title of ${data.id}`, owner: "carol", ...data } as RecordData;
  const file = path ?? `${data.kind}s/${data.id}.md`;
  return {
    path: file,
    oid: hashBlob(new TextEncoder().encode(`${JSON.stringify(full)}\n${body}`)),
    data: full,
    body,
    bodyLine: 1,
    positions: {},
  };
}

/** A configuration with defaults and the given edition. */
export function config(edition: "2018" | "2011" = "2018"): SmsConfig {
  return {
    ...parseConfig(`organization: Test Org\ntimezone: Europe/Berlin\nedition: "${edition}"\n`).config,
  };
}

/** Rendered bodies of records, by blob id, as the site builder receives them. */
export function bodiesOf(records: readonly SmsRecord[]): Map<string, RenderedBody> {
  return new Map(records.map((r) => [r.oid, renderBody(r.body)]));
}

/** A complete site input around records. */
export function siteInput(records: SmsRecord[], extra: Partial<SiteInput> = {}): SiteInput {
  return {
    config: config(),
    records,
    bodies: bodiesOf(records),
    source: { commit: "a".repeat(40), date: "2026-11-01T12:00:00+01:00" },
    now: "2026-11-01T12:00:00+01:00",
    ...extra,
  };
}
