import type { LedgerEntry, LedgerRecord } from "./types.js";

/** A ledger entry seen from one record. */
export interface RecordApproval {
  entry: LedgerEntry;
  record: LedgerRecord;
}

/** Ledger entries by record id, in pull-request order. */
export function approvalsById(ledger: readonly LedgerEntry[] | undefined): Map<string, RecordApproval[]> {
  const out = new Map<string, RecordApproval[]>();
  for (const entry of [...(ledger ?? [])].sort((a, b) => a.pr - b.pr)) {
    for (const record of entry.records) {
      const list = out.get(record.id) ?? [];
      list.push({ entry, record });
      out.set(record.id, list);
    }
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined;
}

function approvals(v: unknown): { user: string; at?: string; review?: string }[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((a) => {
    if (typeof a === "string") return [{ user: a }];
    if (!a || typeof a !== "object") return [];
    const o = a as Record<string, unknown>;
    const user = str(o.user) ?? str(o.login);
    if (!user) return [];
    return [
      { user, at: str(o.at) ?? str(o.submitted_at), review: str(o.review) ?? str(o.review_id) ?? str(o.id) },
    ];
  });
}

/**
 * Reads one ledger file (`approvals/<pr>.json`) leniently into what the site shows; undefined when it
 * is not a ledger entry. The ledger's own integrity is `sms verify`'s job, not the site's.
 */
export function parseLedgerEntry(file: string, json: unknown): LedgerEntry | undefined {
  if (!json || typeof json !== "object" || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  const prObj = (o.pull_request && typeof o.pull_request === "object" ? o.pull_request : {}) as Record<
    string,
    unknown
  >;
  const pr = Number(o.pr ?? o.number ?? prObj.number ?? /(\d+)\.json$/.exec(file)?.[1]);
  if (!Number.isInteger(pr) || pr <= 0) return undefined;
  const rawRecords = Array.isArray(o.records) ? o.records : [];
  const records: LedgerRecord[] = rawRecords.flatMap((r) => {
    if (!r || typeof r !== "object") return [];
    const x = r as Record<string, unknown>;
    const id = str(x.id);
    if (!id) return [];
    return [
      {
        id,
        path: str(x.path),
        rule: str(x.rule) ?? str((x.rule as Record<string, unknown> | undefined)?.name),
        required: typeof x.required === "number" ? x.required : undefined,
        approvers: approvals(x.approvers ?? x.approvals),
        retrospective: x.retrospective ? approvals(x.retrospective) : undefined,
        retrospectiveDue: str((x.retrospective_owed as Record<string, unknown> | undefined)?.due),
      },
    ];
  });
  const commits = (o.commits && typeof o.commits === "object" ? o.commits : {}) as Record<string, unknown>;
  return {
    pr,
    type: o.type === "retrospective" || /-retrospective-/.test(file) ? "retrospective" : "merge",
    file,
    title: str(o.title) ?? str(prObj.title),
    author:
      str(o.author) ?? str(prObj.author) ?? str((prObj.user as Record<string, unknown> | undefined)?.login),
    mergedAt: str(o.merged_at) ?? str(prObj.merged_at),
    base: str(o.base) ?? str(commits.base),
    head: str(o.head) ?? str(commits.head),
    merge: str(o.merge_commit) ?? str(o.merge) ?? str(commits.merge),
    records,
  };
}
