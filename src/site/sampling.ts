import type { SmsRecord } from "../records/record.js";
import { byText, indexById, isoDay, text } from "./common.js";
import type { RecordApproval } from "./ledger.js";
import type { RecordHistory } from "./types.js";

/** How one step of a change's chain stands. */
export type StepState = "ok" | "gap" | "pending" | "n/a" | "unknown";

/** One piece of evidence for a step: text, optionally a link to a page of the site. */
export interface StepEvidence {
  text: string;
  href?: string;
}

/** One step: request, approval, implementation or review. */
export interface ChainStep {
  name: string;
  state: StepState;
  evidence: StepEvidence[];
  /** What is missing and how to fix it (gaps), or why the step cannot be judged. */
  note?: string;
}

/** A change followed from request to closure. */
export interface ChangeChain {
  change: SmsRecord;
  steps: ChainStep[];
  gaps: number;
}

/** Inputs of the sampling page. */
export interface SamplingInput {
  records: readonly SmsRecord[];
  hrefOf: (id: string) => string | undefined;
  approvals: ReadonlyMap<string, RecordApproval[]>;
  /** False when there is no ledger branch yet. */
  hasLedger: boolean;
  history?: (record: SmsRecord) => RecordHistory | undefined;
  /** Headings of each record's body, by blob id. */
  headings: (record: SmsRecord) => readonly string[];
}

const IMPLEMENTED = ["implemented", "reviewed", "closed", "failed"];
const ENDED_UNDONE = ["rejected", "cancelled"];

function timelineEntry(d: Record<string, unknown>, status: string): Record<string, unknown> | undefined {
  if (!Array.isArray(d.timeline)) return undefined;
  return (d.timeline as unknown[]).find(
    (e): e is Record<string, unknown> =>
      !!e && typeof e === "object" && (e as { status?: unknown }).status === status,
  );
}

function by(e: Record<string, unknown> | undefined): string {
  const who = text(e?.by);
  return who ? ` by ${who}` : "";
}

function requestStep(c: SmsRecord, history: RecordHistory | undefined): ChainStep {
  const d = c.data;
  const ev: StepEvidence[] = [];
  const opened = text(d.opened_at);
  if (opened)
    ev.push({ text: `opened ${opened}${text(d.requested_by) ? ` by ${text(d.requested_by)}` : ""}` });
  const submitted = timelineEntry(d, "submitted");
  if (submitted) ev.push({ text: `submitted ${text(submitted.at)}${by(submitted)}` });
  const first = history?.versions[0];
  if (first)
    ev.push({ text: `added in commit ${first.commit.slice(0, 10)} by ${first.author} on ${first.date}` });
  ev.push({ text: `type ${text(d.type) || "?"}, risk ${text(d.risk) || "?"}` });
  const dated = opened || submitted || first;
  return dated
    ? { name: "Request", state: "ok", evidence: ev }
    : {
        name: "Request",
        state: "gap",
        evidence: ev,
        note: "no date of request: add opened_at or a timeline (or build with history)",
      };
}

function approvalStep(c: SmsRecord, input: SamplingInput, byId: Map<string, SmsRecord>): ChainStep {
  const d = c.data;
  const status = text(d.status);
  const id = text(d.id);
  const ev: StepEvidence[] = [];
  if (ENDED_UNDONE.includes(status))
    return { name: "Approval", state: "n/a", evidence: [{ text: `change ${status}` }] };
  if (d.type === "standard") {
    const tplId = text(d.template);
    const tpl = tplId ? byId.get(tplId) : undefined;
    if (
      tpl &&
      tpl.data.kind === "procedure" &&
      tpl.data.standard_change === true &&
      tpl.data.status === "approved"
    )
      return {
        name: "Approval",
        state: "ok",
        evidence: [
          { text: `pre-authorized by standard change template ${tplId}`, href: input.hrefOf(tplId) },
        ],
      };
    return {
      name: "Approval",
      state: "gap",
      evidence: tplId ? [{ text: `names template ${tplId}`, href: input.hrefOf(tplId) }] : [],
      note: "a standard change must name an approved procedure with standard_change: true in template",
    };
  }
  const entries = input.approvals.get(id) ?? [];
  const merges = entries.filter((a) => a.entry.type === "merge");
  for (const a of merges) {
    const who = a.record.approvers.map((p) => p.user).join(", ") || "no approver recorded";
    ev.push({
      text: `pull request #${a.entry.pr}${a.record.rule ? ` (${a.record.rule})` : ""}: ${who}${a.entry.mergedAt ? `, merged ${a.entry.mergedAt}` : ""}`,
      href: `${input.hrefOf(id) ?? ""}#sms-approvals`,
    });
  }
  for (const a of entries)
    for (const r of a.record.retrospective ?? [])
      ev.push({
        text: `retrospective approval by ${r.user}${r.at ? ` at ${r.at}` : ""}`,
        href: `${input.hrefOf(id) ?? ""}#sms-approvals`,
      });
  const approved = timelineEntry(d, "approved");
  if (approved) ev.push({ text: `timeline: approved ${text(approved.at)}${by(approved)}` });
  const step = (state: StepState, note?: string): ChainStep => ({
    name: "Approval",
    state,
    evidence: ev,
    note,
  });
  if (!input.hasLedger)
    return approved
      ? step("ok")
      : step("unknown", "no ledger yet and no 'approved' timeline entry: the approval cannot be shown");
  if (merges.length === 0)
    return ["draft", "submitted"].includes(status)
      ? step("pending")
      : step("gap", "no approval in the ledger for this change; find the pull request that approved it");
  const short = merges.find((a) => a.record.approvers.length < (a.record.required ?? 0));
  if (short)
    return step(
      "gap",
      `pull request #${short.entry.pr} merged with ${short.record.approvers.length} of ${short.record.required} required approvals`,
    );
  const owedDue = entries.map((a) => a.record.retrospectiveDue).find((x) => x !== undefined);
  const retroGiven = entries.some((a) => (a.record.retrospective ?? []).length > 0);
  if ((owedDue !== undefined || d.type === "emergency") && !retroGiven)
    return step(
      "gap",
      `emergency change: the ledger holds no retrospective approval${owedDue ? ` (owed by ${owedDue})` : ""}`,
    );
  return step("ok");
}

function implementationStep(
  c: SmsRecord,
  byId: Map<string, SmsRecord>,
  hrefOf: SamplingInput["hrefOf"],
): ChainStep {
  const d = c.data;
  const status = text(d.status);
  const ev: StepEvidence[] = [];
  if (ENDED_UNDONE.includes(status))
    return { name: "Implementation", state: "n/a", evidence: [{ text: `change ${status}` }] };
  const on = text(d.implemented_on);
  if (on) ev.push({ text: `implemented ${on}` });
  const entry = timelineEntry(d, "implemented");
  if (entry) ev.push({ text: `timeline: implemented ${text(entry.at)}${by(entry)}` });
  if (text(d.outcome)) ev.push({ text: `outcome: ${text(d.outcome)}` });
  const rel = text(d.release);
  if (rel) ev.push({ text: `release ${rel}${byId.has(rel) ? "" : " (not found)"}`, href: hrefOf(rel) });
  if (!IMPLEMENTED.includes(status)) return { name: "Implementation", state: "pending", evidence: ev };
  return on || entry
    ? { name: "Implementation", state: "ok", evidence: ev }
    : {
        name: "Implementation",
        state: "gap",
        evidence: ev,
        note: "implemented without a date: add implemented_on or an 'implemented' timeline entry",
      };
}

function reviewStep(c: SmsRecord, headings: readonly string[]): ChainStep {
  const d = c.data;
  const status = text(d.status);
  if (ENDED_UNDONE.includes(status))
    return { name: "Review", state: "n/a", evidence: [{ text: `change ${status}` }] };
  const ev: StepEvidence[] = [];
  const pir = headings.some((h) => h.trim().toLowerCase() === "post-implementation review");
  if (pir) ev.push({ text: "post-implementation review section", href: "#post-implementation-review" });
  const closed = timelineEntry(d, "closed");
  if (closed) ev.push({ text: `closed ${text(closed.at)}${by(closed)}` });
  else if (status === "closed") ev.push({ text: "status closed" });
  if (!IMPLEMENTED.includes(status)) return { name: "Review", state: "pending", evidence: ev };
  return pir
    ? { name: "Review", state: "ok", evidence: ev }
    : {
        name: "Review",
        state: "gap",
        evidence: ev,
        note: "no 'Post-implementation review' section in the change record",
      };
}

/** Follows each change from request to closure and flags the steps without evidence. Pure. */
export function changeChains(input: SamplingInput): ChangeChain[] {
  const byId = indexById(input.records);
  const changes = input.records
    .filter((r) => r.data.kind === "change")
    .sort((a, b) => byText(text(a.data.id), text(b.data.id)));
  return changes.map((change) => {
    const steps = [
      requestStep(change, input.history?.(change)),
      approvalStep(change, input, byId),
      implementationStep(change, byId, input.hrefOf),
      reviewStep(change, input.headings(change)),
    ];
    // Links to sections of the change itself point at its record page.
    const own = input.hrefOf(text(change.data.id));
    for (const s of steps)
      for (const e of s.evidence) if (e.href?.startsWith("#")) e.href = `${own ?? ""}${e.href}`;
    return { change, steps, gaps: steps.filter((s) => s.state === "gap").length };
  });
}

/** The day part of a change's window start, for grouping. */
export function changeDay(change: SmsRecord): string | undefined {
  return (
    isoDay((change.data.window as Record<string, unknown> | undefined)?.start) ??
    isoDay(change.data.opened_at)
  );
}
