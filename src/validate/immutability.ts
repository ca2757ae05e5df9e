import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diag } from "../records/read.js";
import { positionOf, type RecordData, type SmsRecord } from "../records/record.js";

/** Closed records are evidence: a later version may only reopen them (SPEC section 4). */
export function checkClosedRecords(base: SmsRecord[], head: SmsRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const headById = new Map<string, SmsRecord>();
  for (const r of head) if (typeof r.data.id === "string") headById.set(r.data.id, r);
  for (const before of base) {
    if (before.data.status !== "closed") continue;
    const after = headById.get(before.data.id);
    if (!after) {
      out.push(
        diag(
          before.path,
          1,
          1,
          "closed-record-deleted",
          `closed record ${before.data.id} was deleted; closed records are evidence and must stay (restore the file)`,
        ),
      );
      continue;
    }
    if (after.oid === before.oid || sameContent(before, after)) continue;
    if (isReopen(before.data, after.data)) continue;
    const p = positionOf(after, "/status");
    out.push(
      diag(
        after.path,
        p.line,
        p.column,
        "closed-record-modified",
        `${before.data.id} was closed and may not change; to reopen it, set a status other than 'closed' and add a timeline entry with 'reopened: true'`,
      ),
    );
  }
  return out;
}

function sameContent(a: SmsRecord, b: SmsRecord): boolean {
  return a.body === b.body && canonical(a.data) === canonical(b.data);
}

/** A proper reopening keeps every earlier timeline entry and adds one marked `reopened: true`. */
function isReopen(before: RecordData, after: RecordData): boolean {
  if (after.status === "closed") return false;
  const old = Array.isArray(before.timeline) ? before.timeline : [];
  const now = Array.isArray(after.timeline) ? after.timeline : [];
  if (now.length <= old.length) return false;
  if (!old.every((e, i) => canonical(e) === canonical(now[i]))) return false;
  return now.slice(old.length).some((e) => (e as { reopened?: unknown } | null)?.reopened === true);
}

/** JSON with sorted keys, so key order never counts as a change. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
