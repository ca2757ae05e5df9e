import { CONTROLLED_KINDS, isKind, KINDS, type Kind } from "../records/kinds.js";
import type { SmsRecord } from "../records/record.js";

/** Plural heading of each kind's register. */
export const KIND_LABELS: Record<Kind, string> = {
  policy: "Policies",
  procedure: "Procedures",
  plan: "Plans",
  objective: "Objectives",
  risk: "Risks",
  service: "Services",
  sla: "Service level agreements",
  ci: "Configuration items",
  supplier: "Suppliers",
  change: "Changes",
  release: "Releases",
  incident: "Incidents",
  request: "Service requests",
  problem: "Problems",
  "known-error": "Known errors",
  audit: "Internal audits",
  review: "Management reviews",
  nonconformity: "Nonconformities",
  improvement: "Improvements",
  report: "Service reports",
};

/** The kind of a record as a known kind, or undefined for records with an unknown kind. */
export function kindOf(record: SmsRecord): Kind | undefined {
  return isKind(record.data.kind) ? record.data.kind : undefined;
}

/** A scalar field as text ("" when absent or not a scalar). */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  return "";
}

/** A field that holds one id or a list of ids, as a list of strings. */
export function idList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** True when the record is under document control (clause 7.5.3). */
export function isControlled(record: SmsRecord): boolean {
  const kind = kindOf(record);
  return (kind !== undefined && CONTROLLED_KINDS.includes(kind)) || record.data.controlled === true;
}

/** The first ten characters of an ISO date or date-time, when the value is one. */
export function isoDay(value: unknown): string | undefined {
  const t = text(value);
  return /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : undefined;
}

/** Fields whose dates tell when a record last saw activity. */
const ACTIVITY_FIELDS = [
  "date",
  "approved_on",
  "implemented_on",
  "deployed_on",
  "opened_at",
  "verified_on",
  "closed_at",
];

/** The latest activity date a record carries in its own fields (timeline, window, outage included). */
export function latestDateInRecord(record: SmsRecord): string | undefined {
  const d = record.data;
  const days: string[] = [];
  for (const f of ACTIVITY_FIELDS) {
    const day = isoDay(d[f]);
    if (day) days.push(day);
  }
  for (const list of [d.timeline, d.outage]) {
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const o = e as Record<string, unknown> | null;
      const day = isoDay(o?.at) ?? isoDay(o?.end);
      if (day) days.push(day);
    }
  }
  const w = d.window as Record<string, unknown> | undefined;
  const wEnd = isoDay(w?.end);
  if (wEnd) days.push(wEnd);
  return days.sort().at(-1);
}

/** Records by id; with duplicate ids the first in path order wins (validation reports the duplicate). */
export function indexById(records: readonly SmsRecord[]): Map<string, SmsRecord> {
  const byId = new Map<string, SmsRecord>();
  for (const r of records) if (typeof r.data.id === "string" && !byId.has(r.data.id)) byId.set(r.data.id, r);
  return byId;
}

/** Kinds in catalogue order. */
export const ORDERED_KINDS: readonly Kind[] = KINDS;

/** Compares strings by code point, the same on every machine and locale. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Subtracts whole years from a YYYY-MM-DD date, as text. */
export function yearsBefore(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) - years).padStart(4, "0")}${day.slice(4, 10)}`;
}
