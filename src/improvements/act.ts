import type { RetrospectiveState } from "../approval/retrospective.js";
import type { SmsConfig } from "../config/types.js";
import { CONTROLLED_KINDS, type Kind } from "../records/kinds.js";
import type { SmsRecord } from "../records/record.js";
import type { AvailabilityResult, PeriodMetrics, TargetMetrics } from "../sla/index.js";
import { localDate } from "../sla/periods.js";
import { humanSeconds, md, pct, periodLabel, plainTitle, recordLink } from "./format-md.js";

/** Where an Act finding comes from. */
export type ActSource =
  | "sla-target"
  | "availability"
  | "review-overdue"
  | "retrospective-overdue"
  | "audit-finding";

/** Something the Act loop opens (or keeps up to date) one improvement issue for. */
export interface ActFinding {
  /** Stable key: the same shortfall always gets the same key, so it is never raised twice. */
  key: string;
  source: ActSource;
  title: string;
  /** Markdown: figures, period, breaches; record links relative to the issue page. */
  evidence: string;
  /** Ids of the records involved. */
  records: string[];
  /** An audit nonconformity: the issue is labelled nonconformity as well. */
  nonconformity: boolean;
}

/** Input of actFindings: plain data; `now` decides what is overdue. */
export interface ActInput {
  records: readonly SmsRecord[];
  config: Pick<SmsConfig, "timezone">;
  /** SLA results of the periods to act on (`sms metrics`). */
  periods: readonly PeriodMetrics[];
  /** Retrospective approvals of emergency changes (overdue ones are acted on). */
  retrospectives: readonly RetrospectiveState[];
  now: string;
}

/** Makes a key safe inside an HTML comment and stable across runs. */
export function actKey(...parts: string[]): string {
  return parts
    .join(":")
    .replace(/[^A-Za-z0-9._:-]+/g, "-")
    .replace(/-{2,}/g, "-");
}

function slug(text: string, fallback: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return s || fallback;
}

const day = (iso: string) => iso.slice(0, 10);

function incidentsDown(records: readonly SmsRecord[], service: string, from: string, to: string): string[] {
  const [a, b] = [Date.parse(from), Date.parse(to)];
  return records
    .filter((r) => {
      const d = r.data;
      const names = [d.service, ...(Array.isArray(d.services) ? d.services : [])];
      if (d.kind !== "incident" || !names.includes(service) || !Array.isArray(d.outage)) return false;
      return d.outage.some((o: unknown) => {
        const x = (o ?? {}) as { start?: unknown; end?: unknown; effect?: unknown };
        const s = Date.parse(String(x.start));
        const e = x.end === undefined || x.end === null ? b : Date.parse(String(x.end));
        return (x.effect ?? "down") === "down" && s < b && e > a;
      });
    })
    .map((r) => r.data.id);
}

function targetFinding(
  sla: string,
  t: TargetMetrics,
  index: number,
  p: PeriodMetrics,
  byId: ReadonlyMap<string, SmsRecord>,
): ActFinding {
  const label = periodLabel(p.from, p.to);
  const link = (id: string) => recordLink(id, byId);
  const rows = t.breaches.map(
    (b) =>
      `| ${link(b.record)} | ${humanSeconds(b.elapsed_seconds)} | ${humanSeconds(b.elapsed_seconds - t.within_seconds)} |`,
  );
  const evidence = [
    `**SLA:** ${link(sla)} ${md(byId.get(sla)?.data.title ?? "")}`,
    `**Target:** ${md(t.name)}: ${t.metric} within ${humanSeconds(t.within_seconds)}, goal ${pct(t.goal)}`,
    `**Period:** ${label} (${p.from} to ${p.to})`,
    `**Result:** ${pct(t.achieved)} achieved: ${t.met} of ${t.measured} measured records met the target; ${t.breaches.length} breached it.`,
    "",
    ...(rows.length
      ? ["| Record | Elapsed (counted time) | Over by |", "|---|---|---|", ...rows]
      : ["No breaching record was listed."]),
  ].join("\n");
  return {
    key: actKey("sla-target", sla, slug(t.name, `target-${index + 1}`), `${day(p.from)}..${day(p.to)}`),
    source: "sla-target",
    title: plainTitle(
      `${sla}: target "${t.name}" missed in ${label} (${pct(t.achieved)} against a goal of ${pct(t.goal)})`,
    ),
    evidence,
    records: [sla, ...new Set(t.breaches.map((b) => b.record))],
    nonconformity: false,
  };
}

function availabilityFinding(
  sla: string,
  a: AvailabilityResult,
  p: PeriodMetrics,
  records: readonly SmsRecord[],
  byId: ReadonlyMap<string, SmsRecord>,
): ActFinding {
  const label = periodLabel(p.from, p.to);
  const incidents = incidentsDown(records, a.service, p.from, p.to);
  const allowed = (a.agreed_seconds * (100 - a.target)) / 100;
  const evidence = [
    `**SLA:** ${recordLink(sla, byId)} ${md(byId.get(sla)?.data.title ?? "")}`,
    `**Service:** ${recordLink(a.service, byId)}`,
    `**Period:** ${label} (${p.from} to ${p.to})`,
    `**Result:** ${pct(a.achieved)} available against a target of ${pct(a.target)}.`,
    `**Figures:** agreed service time ${humanSeconds(a.agreed_seconds)}; downtime ${humanSeconds(a.downtime_seconds)} (allowed: ${humanSeconds(allowed)}); degraded ${humanSeconds(a.degraded_seconds)}.`,
    `**Incidents with downtime in the period:** ${incidents.length ? incidents.map((id) => recordLink(id, byId)).join(", ") : "none recorded"}`,
  ].join("\n");
  return {
    key: actKey("availability", sla, a.service, `${day(p.from)}..${day(p.to)}`),
    source: "availability",
    title: plainTitle(
      `${a.service}: availability ${pct(a.achieved)} below the target of ${pct(a.target)} in ${label} (${sla})`,
    ),
    evidence,
    records: [sla, a.service, ...incidents],
    nonconformity: false,
  };
}

function reviewFindings(input: ActInput, byId: ReadonlyMap<string, SmsRecord>): ActFinding[] {
  const today = localDate(input.now, input.config.timezone);
  return input.records.flatMap((r) => {
    const d = r.data;
    const controlled =
      CONTROLLED_KINDS.includes(d.kind as Kind) || d.controlled === true || d.kind === "supplier";
    if (!controlled || typeof d.next_review !== "string" || d.status === "retired" || d.next_review >= today)
      return [];
    const days = Math.round((Date.parse(today) - Date.parse(d.next_review)) / 86_400_000);
    const evidence = [
      `**Document:** ${recordLink(d.id, byId)} ${md(d.title)} (${md(d.kind)}, owner ${md(d.owner)})`,
      `**Review due:** ${md(d.next_review)}, ${days} day${days === 1 ? "" : "s"} ago (on ${today}).`,
      `**Document control:** version ${md(d.version ?? "none")}, approved on ${md(d.approved_on ?? "never")}, review every ${md(d.review_every ?? "(not set)")}.`,
      "",
      "Review the document (clause 7.5.3), then update `next_review` (and `version` if it changed) in a pull request.",
    ].join("\n");
    return [
      {
        key: actKey("review-overdue", d.id, d.next_review),
        source: "review-overdue" as const,
        title: plainTitle(`${d.id}: document review overdue since ${d.next_review}`),
        evidence,
        records: [d.id],
        nonconformity: false,
      },
    ];
  });
}

function retrospectiveFindings(input: ActInput, byId: ReadonlyMap<string, SmsRecord>): ActFinding[] {
  return input.retrospectives
    .filter((s) => s.status === "overdue")
    .map((s) => ({
      key: actKey("retrospective-overdue", s.record, `pr-${s.pr}`),
      source: "retrospective-overdue" as const,
      title: plainTitle(
        `${s.record}: retrospective approval of the emergency change (#${s.pr}) overdue since ${day(s.due)}`,
      ),
      evidence: [
        `**Change:** ${recordLink(s.record, byId)} ${md(byId.get(s.record)?.data.title ?? "")}, merged in #${s.pr}`,
        `**Due:** ${md(s.due)}; overdue by ${humanSeconds(s.overdue_seconds)}.`,
        `**Approvals:** ${s.approvers.length} of ${s.required} required${s.approvers.length ? ` (${s.approvers.map(md).join(", ")})` : ""}; ${s.missing} missing.`,
        "",
        "The change management policy requires a full approval after an emergency change; give it by approving a pull request that names the change, and record the reason it was late.",
      ].join("\n"),
      records: [s.record],
      nonconformity: false,
    }));
}

function auditFindings(input: ActInput, byId: ReadonlyMap<string, SmsRecord>): ActFinding[] {
  const covered = new Set<string>();
  for (const r of input.records)
    if (
      r.data.kind === "nonconformity" &&
      typeof r.data.audit === "string" &&
      typeof r.data.finding === "string"
    )
      covered.add(`${r.data.audit}\u0000${r.data.finding}`);
  return input.records.flatMap((audit) => {
    if (audit.data.kind !== "audit" || !Array.isArray(audit.data.findings)) return [];
    const a = audit.data;
    return (a.findings as unknown[]).flatMap((raw) => {
      const f = (raw ?? {}) as Record<string, unknown>;
      if (typeof f.id !== "string" || (f.class !== "major" && f.class !== "minor")) return [];
      const named = typeof f.nonconformity === "string" ? byId.get(f.nonconformity) : undefined;
      if (covered.has(`${a.id}\u0000${f.id}`) || named?.data.kind === "nonconformity") return [];
      return [
        {
          key: actKey("audit-finding", a.id, f.id),
          source: "audit-finding" as const,
          title: plainTitle(
            `${a.id} ${f.id}: ${f.class} nonconformity (clause ${String(f.clause ?? "?")}) has no nonconformity record`,
          ),
          evidence: [
            `**Audit:** ${recordLink(a.id, byId)} ${md(a.title)}, ${md(a.date ?? "")}${a.auditor ? `, auditor ${md(a.auditor)}` : ""}`,
            `**Finding ${md(f.id)}** (${md(f.class)}, clause ${md(f.clause ?? "?")}): ${md(f.text ?? "")}`,
            "",
            `Record it (clause 10.1): add a \`nonconformity\` record with \`audit: ${a.id}\` and \`finding: ${md(f.id)}\`, its correction and corrective action, and name this issue in \`issue:\`.`,
          ].join("\n"),
          records: [a.id],
          nonconformity: true,
        },
      ];
    });
  });
}

/**
 * What the Act loop raises (SPEC 8): each SLA or availability target missed in the periods, each
 * overdue document review, each overdue retrospective approval and each major or minor audit
 * finding without a nonconformity record. Pure; ordered by source, then key.
 */
export function actFindings(input: ActInput): ActFinding[] {
  const byId = new Map(input.records.map((r) => [r.data.id, r]));
  const out: ActFinding[] = [];
  for (const p of input.periods) {
    for (const sla of p.slas) {
      sla.targets.forEach((t, i) => {
        if (!t.ok) out.push(targetFinding(sla.id, t, i, p, byId));
      });
      for (const a of sla.availability)
        if (!a.ok) out.push(availabilityFinding(sla.id, a, p, input.records, byId));
    }
  }
  out.push(
    ...reviewFindings(input, byId),
    ...retrospectiveFindings(input, byId),
    ...auditFindings(input, byId),
  );
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.key) && seen.add(f.key));
}
