import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SmsRecord } from "../records/record.js";
import { KIND_LABELS, kindOf, text } from "./common.js";
import { fieldRows } from "./fields.js";
import { TrustedHtml } from "./html.js";
import type { RecordApproval } from "./ledger.js";
import type { RenderedBody } from "./markdown.js";
import type { ReferenceIndex } from "./refs.js";
import type { RecordHistory, SiteNotes } from "./types.js";

/** What a record page needs besides the record. */
export interface RecordPageContext {
  refs: ReferenceIndex;
  /** Site-relative page of a record id (first record with that id). */
  hrefOfId: (id: string) => string | undefined;
  recordOfId: (id: string) => SmsRecord | undefined;
  body: RenderedBody | undefined;
  clauses: { id: string; title: string; href: string }[];
  history?: RecordHistory;
  approvals?: RecordApproval[];
  hasLedger: boolean;
  notes: SiteNotes;
  diagnostics: readonly Diagnostic[];
  staleReason?: string;
}

const HEADER_FIELDS = ["id", "kind", "title", "owner", "status"];

/** The template data of one record's page. */
export function recordPageData(record: SmsRecord, ctx: RecordPageContext): Record<string, unknown> {
  const kind = kindOf(record);
  const id = text(record.data.id);
  const outgoing = (ctx.refs.outgoing.get(record.path) ?? []).map((r) => {
    const target = ctx.recordOfId(r.id);
    return {
      field: r.field,
      id: r.id,
      href: ctx.hrefOfId(r.id),
      title: target ? text(target.data.title) : "",
      missing: !target,
    };
  });
  const incoming = (ctx.refs.incoming.get(id) ?? []).map((r) => ({
    field: r.field,
    id: text(r.from.data.id),
    href: ctx.hrefOfId(text(r.from.data.id)),
    title: text(r.from.data.title),
    kind: text(r.from.data.kind),
  }));
  const fields = fieldRows(
    record.data,
    { refPointers: ctx.refs.pointers.get(record.path) ?? new Set(), hrefOf: ctx.hrefOfId },
    HEADER_FIELDS,
  );
  const versions = ctx.history?.versions.map((v) => ({ ...v, short: v.commit.slice(0, 10) })).reverse();
  const approvals = (ctx.approvals ?? []).map((a) => ({
    pr: a.entry.pr,
    title: a.entry.title,
    author: a.entry.author,
    mergedAt: a.entry.mergedAt,
    file: a.entry.file,
    merge: a.entry.merge?.slice(0, 10),
    rule: a.record.rule,
    approvers: a.record.approvers,
    retrospective: a.record.retrospective,
  }));
  return {
    record: {
      id,
      title: text(record.data.title),
      kind: text(record.data.kind),
      kindLabel: kind ? KIND_LABELS[kind] : "Records of unknown kind",
      kindHref: kind ? `registers/${kind}.html` : undefined,
      owner: text(record.data.owner),
      status: text(record.data.status),
      path: record.path,
      blob: record.oid,
    },
    staleReason: ctx.staleReason,
    fields,
    body: ctx.body && ctx.body.html.trim() !== "" ? new TrustedHtml(ctx.body.html) : undefined,
    clauses: ctx.clauses,
    outgoing,
    incoming,
    history: versions,
    historyNote: versions ? undefined : (ctx.notes.history ?? "History is not available in this build."),
    approvals,
    approvalsNote: !ctx.hasLedger
      ? (ctx.notes.ledger ?? "No ledger yet: the evidence branch has no approval entries.")
      : approvals.length === 0
        ? "No merged pull request in the ledger touched this record."
        : undefined,
    diagnostics: ctx.diagnostics.map((d) => ({ ...d, isError: d.severity === "error" })),
  };
}
