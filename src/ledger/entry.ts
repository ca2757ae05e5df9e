import { createHash } from "node:crypto";

/** Folder of the evidence branch that holds the ledger entries. */
export const LEDGER_DIR = "approvals";
/** Format of ledger entries written by this version. */
export const LEDGER_VERSION = 1;

/** A counted approval, as evidence. */
export interface LedgerApproval {
  user: string;
  review_id: number | string;
  submitted_at: string;
  commit_id: string;
}

/** Retrospective approval owed by an emergency change when it merged. */
export interface LedgerObligation {
  due: string;
  count: number;
  teams: string[];
  users: string[];
  /** Members of `teams` when the change merged (resolved from the base configuration). */
  members: Record<string, string[]>;
  /** The pull request's author and commit authors, who can never give it. */
  excluded: string[];
}

/** One record of a merged pull request. */
export interface LedgerRecordEntry {
  id: string;
  path: string;
  old_path?: string;
  change: string;
  rule: string;
  required: number;
  status: string;
  approvers: LedgerApproval[];
  retrospective_owed?: LedgerObligation;
  /** In retrospective entries: approvals given after the merge. */
  retrospective?: { user: string; at: string; review_id: number | string }[];
}

/** One ledger file: `approvals/<pr>.json` (merge) or `approvals/<pr>-retrospective-<n>.json`. */
export interface LedgerEntry {
  ledger: "sms-as-code/approvals";
  version: number;
  /** 1, 2, 3 … in the order the entries were committed to the evidence branch. */
  sequence: number;
  type: "merge" | "retrospective";
  pr: number;
  title?: string;
  author?: string;
  url?: string;
  merged_at?: string;
  /** Merge base (the diff starts here), PR head, merge commit, and the base tip whose rules judged. */
  base?: string;
  head?: string;
  merge_commit?: string;
  policy_commit?: string;
  verdict?: string;
  policy?: { id: string; path: string; blob: string } | null;
  records: LedgerRecordEntry[];
  violations?: { file: string; line: number; code: string; message: string }[];
  recorded_at: string;
  /** sha256 (hex) of the previous entry file's bytes; null for the first entry. */
  prev: string | null;
}

/** sha256 of an entry file's exact bytes, the link of the hash chain. */
export function entryHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The bytes written for an entry: stable key order as built, two-space JSON, final newline. */
export function serializeEntry(entry: LedgerEntry): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(entry, null, 2)}\n`);
}

/** File name of a merge entry. */
export function mergeEntryName(pr: number): string {
  return `${pr}.json`;
}

/** File name of a retrospective entry. */
export function retrospectiveEntryName(pr: number, sequence: number): string {
  return `${pr}-retrospective-${sequence}.json`;
}
