import type { Kind } from "../records/kinds.js";
import type { SmsRecord } from "../records/record.js";
import { byText, idList, isoDay, text } from "./common.js";

/** One extra column of a register: its heading and how to read the cell from a record. */
interface Column {
  label: string;
  get: (d: Record<string, unknown>) => string;
  /** Sort key when the text does not sort well (numbers). */
  sort?: (d: Record<string, unknown>) => string;
}

const field = (name: string, label = name.replace(/_/g, " ")): Column => ({
  label: label.charAt(0).toUpperCase() + label.slice(1),
  get: (d) => text(d[name]) || idList(d[name]).join(", "),
});
const day = (name: string, label: string): Column => ({
  label,
  get: (d) => isoDay(d[name]) ?? text(d[name]),
});
const count = (name: string, label: string): Column => ({
  label,
  get: (d) => (Array.isArray(d[name]) ? String((d[name] as unknown[]).length) : ""),
  sort: (d) => String(Array.isArray(d[name]) ? (d[name] as unknown[]).length : 0).padStart(6, "0"),
});
const windowStart: Column = {
  label: "Window",
  get: (d) => text((d.window as Record<string, unknown> | undefined)?.start).replace("T", " "),
};

const DOCUMENT = [field("version"), day("next_review", "Next review")];

/** Columns each register shows besides id, title, status and owner. */
const COLUMNS: Record<Kind, Column[]> = {
  policy: DOCUMENT,
  procedure: DOCUMENT,
  plan: DOCUMENT,
  objective: [field("target"), day("due", "Due"), ...DOCUMENT],
  risk: [field("likelihood"), field("impact"), field("treatment")],
  service: [field("criticality"), field("customers")],
  sla: [field("services"), field("customer"), field("period")],
  ci: [field("type"), field("services"), day("verified_on", "Verified on")],
  supplier: [field("contract"), field("services"), day("next_review", "Next review")],
  change: [field("type"), field("risk"), windowStart, field("outcome")],
  release: [field("version"), field("changes"), day("deployed_on", "Deployed on")],
  incident: [field("priority"), field("service"), field("opened_at", "Opened")],
  request: [field("priority"), field("service"), field("opened_at", "Opened")],
  problem: [count("incidents", "Incidents"), field("known_error", "Known error")],
  "known-error": [field("problem")],
  audit: [day("date", "Date"), count("findings", "Findings"), field("auditor")],
  review: [day("date", "Date"), count("decisions", "Decisions"), count("actions", "Actions")],
  nonconformity: [field("source"), day("due", "Due"), field("issue")],
  improvement: [field("source"), day("due", "Due"), field("issue")],
  report: [field("period"), field("services")],
};

/** One cell: its text and the key the sort script uses. */
export interface Cell {
  text: string;
  sort: string;
}

/** A register as a table: headings and one row per record. */
export interface RegisterTable {
  columns: string[];
  rows: { id: string; title: string; href: string; status: string; owner: string; cells: Cell[] }[];
  statuses: string[];
  owners: string[];
}

/** Builds the register of one kind, sorted by id. */
export function registerTable(
  kind: Kind,
  records: readonly SmsRecord[],
  hrefOf: (r: SmsRecord) => string,
): RegisterTable {
  const cols = COLUMNS[kind];
  const sorted = [...records].sort(
    (a, b) => byText(text(a.data.id), text(b.data.id)) || byText(a.path, b.path),
  );
  const rows = sorted.map((r) => ({
    id: text(r.data.id),
    title: text(r.data.title),
    href: hrefOf(r),
    status: text(r.data.status),
    owner: text(r.data.owner),
    cells: cols.map((c) => {
      const t = c.get(r.data);
      return { text: t, sort: c.sort ? c.sort(r.data) : t };
    }),
  }));
  const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x !== ""))].sort(byText);
  return {
    columns: cols.map((c) => c.label),
    rows,
    statuses: uniq(rows.map((r) => r.status)),
    owners: uniq(rows.map((r) => r.owner)),
  };
}
