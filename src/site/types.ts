import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SmsRecord } from "../records/record.js";
import type { PeriodMetrics } from "../sla/index.js";
import type { RenderedBody } from "./markdown.js";
import type { SearchDoc } from "./search.js";

/** One version of a record in git history. */
export interface RecordVersion {
  commit: string;
  author: string;
  /** ISO 8601 author time. */
  date: string;
  /** First line of the commit message. */
  message?: string;
  /** The record's status in this version, when it has one. */
  status?: string;
  /** Pull request that brought this version in, when known. */
  pr?: number;
}

/** A record's versions, oldest first. */
export interface RecordHistory {
  versions: RecordVersion[];
}

/**
 * History of the records, by record id (a Map of them will do). Absent when the history engine did
 * not run. A lookup rather than a table, so a record's versions can be made when its page renders.
 */
export interface HistoryIndex {
  get(id: string): RecordHistory | undefined;
}

/** One approver of one record in a ledger entry. */
export interface LedgerApproval {
  user: string;
  at?: string;
  review?: string;
}

/** One record of a merged pull request, as the ledger recorded its approval. */
export interface LedgerRecord {
  id: string;
  path?: string;
  rule?: string;
  /** Approvals the rule required. */
  required?: number;
  approvers: LedgerApproval[];
  /** Retrospective approvals given after the merge (emergency changes). */
  retrospective?: LedgerApproval[];
  /** When the merge left a retrospective approval owed: by when. */
  retrospectiveDue?: string;
}

/** One `approvals/<pr>.json` of the evidence branch, reduced to what the site shows. */
export interface LedgerEntry {
  pr: number;
  /** "merge" when the pull request merged, "retrospective" for approvals given after it. */
  type: "merge" | "retrospective";
  /** Path of the entry on the evidence branch. */
  file: string;
  title?: string;
  author?: string;
  mergedAt?: string;
  base?: string;
  head?: string;
  merge?: string;
  records: LedgerRecord[];
}

/** SLA results per period, the document `sms metrics --json` prints. */
export interface MetricsResult {
  periods: PeriodMetrics[];
  records?: Record<string, Record<string, number>>;
}

/** The source the site was built from. */
export interface SourceInfo {
  commit: string;
  /** ISO 8601 committer time of the commit. */
  date: string;
  /** Revision or date the user asked for with --at, if any. */
  requested?: string;
}

/** Everything the page model needs: plain data, no I/O. */
export interface SiteInput {
  config: SmsConfig;
  records: SmsRecord[];
  /** Rendered bodies by blob id. */
  bodies: ReadonlyMap<string, RenderedBody>;
  source: SourceInfo;
  /** The instant the site describes (staleness, overdue reviews); normally the source commit's time. */
  now: string;
  /** Findings of validation at the source commit. */
  diagnostics?: Diagnostic[];
  history?: HistoryIndex;
  metrics?: MetricsResult;
  /** Undefined: no ledger branch yet. */
  ledger?: LedgerEntry[];
  /** Notes on inputs that were not available (shown on the pages they affect). */
  notes?: SiteNotes;
}

/** Why an optional input is missing, in words for the reader of the site. */
export interface SiteNotes {
  history?: string;
  metrics?: string;
  ledger?: string;
}

/** A page to render: its file, its template and the data the template sees. */
export interface Page {
  path: string;
  template: string;
  title: string;
  data: Record<string, unknown>;
}

/** A non-HTML file of the site (charts, scripts, the search index). */
export interface SiteFile {
  path: string;
  content: string;
}

/** The whole site as data. */
export interface SiteModel {
  /** Made one by one as they are iterated (each iteration makes them again). */
  pages: Iterable<Page>;
  files: SiteFile[];
  /** Charts to draw at build time: file path -> vega-lite spec. */
  charts: { path: string; spec: Record<string, unknown> }[];
  /** What the search index holds, one document per record. */
  searchDocs: SearchDoc[];
}
