import { clausesOf, type Edition, map2018To2011 } from "../records/clauses.js";
import { KIND_CLAUSES } from "../records/kinds.js";
import type { SmsRecord } from "../records/record.js";
import { byText, isControlled, isoDay, kindOf, latestDateInRecord, text, yearsBefore } from "./common.js";

/** Readiness of one clause. */
export type ClauseStatus = "evidenced" | "stale" | "missing";

/** One record behind a clause. */
export interface Evidence {
  record: SmsRecord;
  /** Why the record no longer counts as current evidence; undefined when current. */
  stale?: string;
  /** The ancestor clause the record names, when it serves this clause through its parent. */
  via?: string;
}

/** A clause of the configured edition with its evidence. */
export interface ClauseReadiness {
  id: string;
  title: string;
  /** 0 for "4", 1 for "4.1", ... */
  depth: number;
  leaf: boolean;
  status: ClauseStatus;
  evidence: Evidence[];
}

/** Inputs of the readiness judgement. */
export interface ReadinessInput {
  records: readonly SmsRecord[];
  edition: Edition;
  /** The day the judgement is made, YYYY-MM-DD. */
  asOf: string;
  /** Last commit date (YYYY-MM-DD) of a record, from history, when known. */
  lastChanged?: (record: SmsRecord) => string | undefined;
}

/** The clauses a record serves: its `clauses` field, else its kind's default clause in the edition. */
export function clausesServed(record: SmsRecord, edition: Edition): string[] {
  const own = record.data.clauses;
  if (Array.isArray(own) && own.length > 0) return own.filter((c): c is string => typeof c === "string");
  const kind = kindOf(record);
  if (!kind) return [];
  const defaults = KIND_CLAUSES[kind];
  if (edition === "2018") return [...defaults];
  const back = map2018To2011();
  const mapped = new Set<string>();
  for (const c of defaults) {
    // A 2018 clause carries the 2011 clauses mapped to it or to any of its sub-clauses.
    const hits = Object.entries(back).flatMap(([k, v]) => (k === c || k.startsWith(`${c}.`) ? v : []));
    for (const h of hits) mapped.add(h);
  }
  return [...mapped].sort(byText);
}

/** Why a record is stale as evidence on `asOf`, or undefined when it is current. */
export function staleness(record: SmsRecord, asOf: string, lastChanged?: string): string | undefined {
  const d = record.data;
  const next = isoDay(d.next_review);
  if (isControlled(record)) {
    if (d.status === "draft") return "draft: not approved yet";
    if (next && next < asOf) return `review overdue since ${next}`;
    return undefined;
  }
  if (next && next < asOf) return `review overdue since ${next}`;
  const latest = [latestDateInRecord(record), lastChanged]
    .filter((x): x is string => !!x)
    .sort()
    .at(-1);
  const yearAgo = yearsBefore(asOf, 1);
  if (latest && latest < yearAgo) return `last activity on ${latest}, more than a year before ${asOf}`;
  return undefined;
}

/** Retired documents no longer evidence anything. */
function counts(record: SmsRecord): boolean {
  return !(isControlled(record) && text(record.data.status) === "retired");
}

/**
 * Judges each clause of the edition: evidenced when at least one current record serves it (directly
 * or through an ancestor clause it names), stale when only stale records do, missing otherwise.
 * Parent clauses take the worst status of their sub-clauses.
 */
export function clauseReadiness(input: ReadinessInput): ClauseReadiness[] {
  const clauses = clausesOf(input.edition);
  const direct = new Map<string, Evidence[]>();
  for (const record of input.records) {
    if (!counts(record)) continue;
    const stale = staleness(record, input.asOf, input.lastChanged?.(record));
    for (const c of new Set(clausesServed(record, input.edition))) {
      const list = direct.get(c) ?? [];
      list.push({ record, stale });
      direct.set(c, list);
    }
  }
  const ids = new Set(clauses.map((c) => c.id));
  const out: ClauseReadiness[] = clauses.map((c) => {
    const leaf = !clauses.some((o) => o.id.startsWith(`${c.id}.`));
    const evidence: Evidence[] = [...(direct.get(c.id) ?? [])];
    // Evidence for a parent clause serves its sub-clauses too (a change record serves 8.5.1.2 and 8.5.1.3).
    if (leaf) {
      const parts = c.id.split(".");
      for (let n = parts.length - 1; n >= 1; n--) {
        const anc = parts.slice(0, n).join(".");
        if (!ids.has(anc)) continue;
        for (const e of direct.get(anc) ?? []) evidence.push({ ...e, via: anc });
      }
    }
    evidence.sort((a, b) => byText(String(a.record.data.id), String(b.record.data.id)));
    const status: ClauseStatus = evidence.some((e) => !e.stale)
      ? "evidenced"
      : evidence.length > 0
        ? "stale"
        : "missing";
    return { id: c.id, title: c.title, depth: c.id.split(".").length - 1, leaf, status, evidence };
  });
  const rank: Record<ClauseStatus, number> = { evidenced: 0, stale: 1, missing: 2 };
  // Children before parents, so a parent rolls up statuses already rolled up below it.
  for (const parent of [...out].reverse()) {
    if (parent.leaf) continue;
    const kids = out.filter((o) => o.id.startsWith(`${parent.id}.`) && o.leaf);
    const worst = kids.reduce<ClauseStatus>((w, k) => (rank[k.status] > rank[w] ? k.status : w), "evidenced");
    parent.status = kids.length > 0 ? worst : parent.status;
  }
  return out;
}

/** Counts of leaf clauses per status. */
export function readinessSummary(rows: readonly ClauseReadiness[]): Record<ClauseStatus, number> {
  const sum: Record<ClauseStatus, number> = { evidenced: 0, stale: 0, missing: 0 };
  for (const r of rows) if (r.leaf) sum[r.status]++;
  return sum;
}
