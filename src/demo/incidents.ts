import type { GenRecord, Step } from "./model.js";
import { TEAMS } from "./model.js";
import type { Random } from "./random.js";
import { addBusiness, berlinIso, DAY, HOUR, isBusiness, MINUTE, nextBusiness, toMinute } from "./time.js";

/** What the record generators share. */
export interface GenContext {
  rnd: Random;
  /** First and last instant (epoch ms) that history may use. */
  start: number;
  end: number;
}

/** The template's services as incidents name them: their CIs, typical faults and fixes. */
export const SERVICES = {
  "SVC-shop-hosting": {
    cis: [
      "CI-app-shop",
      "CI-db-shop",
      "CI-cache-redis",
      "CI-lb-web",
      "CI-vm-web-01",
      "CI-vm-web-02",
      "CI-cert-shop",
    ],
    titles: [
      "Checkout returns 502 for some shoppers",
      "Product images load slowly",
      "Shop admin login fails",
      "Search results empty after the nightly reindex",
      "Payment callback times out",
      "Certificate warning on a shop domain",
      "Order export job failed",
      "Category pages slow during a campaign",
      "Shoppers lose their cart after login",
      "Newsletter sign-up form returns an error",
    ],
    fixes: [
      "Restarted the stuck worker pool and added a health check",
      "Cleared the corrupted cache entries and warmed the cache",
      "Rolled the faulty configuration back",
      "Raised the connection limit to the documented value",
      "Re-ran the failed job after freeing disk space",
    ],
  },
  "SVC-backup": {
    cis: ["CI-backup-server", "CI-objstore-offsite", "CI-monitoring"],
    titles: [
      "Nightly backup job failed",
      "Backup job ran past its window",
      "Restore test failed verification",
      "Offsite replication is lagging",
      "Backup agent stopped reporting",
      "Backup pool near its quota",
    ],
    fixes: [
      "Re-ran the job after the customer freed space in the quota",
      "Restarted the backup agent and confirmed the next run",
      "Replaced the failed disk and resynchronised the pool",
      "Throttled the replication window to the contracted bandwidth",
    ],
  },
} as const;

export type ServiceId = keyof typeof SERVICES;
/** The template's customers. */
export const CUSTOMERS = ["Brunnen Naturkost", "Holzwerk Möbel", "Kranich Outdoor"];

const IMPACT_URGENCY: Record<string, [string, string][]> = {
  P1: [["high", "high"]],
  P2: [
    ["high", "medium"],
    ["medium", "high"],
  ],
  P3: [
    ["medium", "medium"],
    ["high", "low"],
    ["low", "high"],
  ],
  P4: [
    ["low", "low"],
    ["medium", "low"],
    ["low", "medium"],
  ],
};

/** What kind of incident to make; the generator fills in the rest. */
export interface IncidentSpec {
  openedAt: number;
  priority: "P1" | "P2" | "P3" | "P4";
  service: ServiceId;
  /** The change that caused it. */
  change?: GenRecord;
  major?: boolean;
}

/** An incident's lifecycle with waits that depend on priority and desk hours. */
function lifecycle(ctx: GenContext, spec: IncidentSpec, owner: string, desk: string): Step[] {
  const { rnd } = ctx;
  const p = spec.priority;
  const urgent = p === "P1";
  const steps: Step[] = [];
  let t = urgent
    ? spec.openedAt + Math.max(2 * MINUTE, rnd.expo(12 * MINUTE))
    : nextBusiness(spec.openedAt) + rnd.expo((p === "P2" ? 35 : p === "P3" ? 120 : 300) * MINUTE);
  steps.push({ at: t, status: "in-progress", by: owner });
  const work = { P1: 2.3, P2: 4.5, P3: 10, P4: 16 }[p];
  let rest = Math.max(0.3, rnd.expo(work));
  if (!urgent && rnd.chance(0.18)) {
    const part = rest * rnd.next();
    t = addBusiness(t, part);
    steps.push({ at: t, status: "on-hold", by: owner, note: `waiting for ${rnd.pick(CUSTOMERS)}` });
    t = addBusiness(t, Math.max(1, rnd.expo(12)));
    steps.push({ at: t, status: "in-progress", by: owner });
    rest -= part;
  }
  t = urgent ? t + rest * HOUR : addBusiness(t, rest);
  steps.push({ at: t, status: "resolved", by: owner });
  if (rnd.chance(0.04)) {
    t = addBusiness(t, Math.max(0.5, rnd.expo(6)));
    steps.push({ at: t, status: "in-progress", by: owner, reopened: true, note: "the fault came back" });
    t = urgent ? t + Math.max(0.3, rnd.expo(1.5)) * HOUR : addBusiness(t, Math.max(0.3, rnd.expo(2)));
    steps.push({ at: t, status: "resolved", by: owner });
  }
  steps.push({ at: addBusiness(t, 8 + rnd.expo(10)), status: "closed", by: desk });
  return steps.map((s) => ({ ...s, at: toMinute(s.at) }));
}

/** Keeps the steps that happened before the end of history, in strictly increasing time. */
export function clip(steps: Step[], openedAt: number, end: number): Step[] {
  const out: Step[] = [];
  let last = openedAt;
  for (const s of steps) {
    const at = Math.max(s.at, last + MINUTE);
    if (at >= end) break;
    out.push({ ...s, at });
    last = at;
  }
  return out;
}

/** One generated incident (id and path are assigned once all records are known). */
export function makeIncident(ctx: GenContext, spec: IncidentSpec): GenRecord {
  const { rnd } = ctx;
  const svc = SERVICES[spec.service];
  const owner =
    spec.priority === "P1" || !isBusiness(spec.openedAt) ? rnd.pick(["dave", "ines"]) : rnd.pick(TEAMS.ops);
  const desk = rnd.pick(TEAMS.desk);
  const openedBy = isBusiness(spec.openedAt) ? desk : owner;
  const steps = clip(lifecycle(ctx, spec, owner, desk), spec.openedAt, ctx.end);
  const title = spec.major
    ? "Checkout down for all shops (database failover stalled)"
    : `${rnd.pick(svc.titles)} (${rnd.pick(CUSTOMERS)})`;
  const [impact, urgency] = rnd.pick(IMPACT_URGENCY[spec.priority]!);
  const cis = [...new Set([rnd.pick(svc.cis), rnd.pick(svc.cis)])];
  const resolvedAt = steps.findIndex((s) => s.status === "resolved");
  const rec: GenRecord = {
    id: "",
    kind: "incident",
    path: "",
    openedAt: spec.openedAt,
    openedBy,
    initial: "new",
    steps,
    timeline: spec.major || spec.priority === "P1" || rnd.chance(0.7),
    head: [],
    fields: [],
    body: spec.major
      ? "External probes and all three shop customers reported failed checkouts from 14:05. The primary database\nstopped accepting writes and the automatic failover did not complete.\n"
      : `${rnd.pick(["Monitoring alerted", "A customer called", "A customer wrote to the desk"])} at ${berlinIso(spec.openedAt).slice(11, 16)}.\n`,
    sections: [],
    notes: [],
  };
  rec.head = [
    "kind: incident",
    `title: ${title}`,
    "owner: service-desk",
    `service: ${spec.service}`,
    `cis: [${cis.join(", ")}]`,
    ...(spec.major ? ["major: true"] : []),
    `impact: ${impact}`,
    `urgency: ${urgency}`,
    `priority: ${spec.priority}`,
    `reported_by: ${rnd.pick(["monitoring", "customer phone call", "customer e-mail"])}`,
  ];
  if (resolvedAt >= 0) {
    const resolved = steps[resolvedAt]!.at;
    const lines: string[] = [];
    if (spec.service === "SVC-shop-hosting" && (spec.priority === "P1" || rnd.chance(0.25))) {
      const down = spec.priority === "P1";
      const start = toMinute(spec.openedAt - rnd.int(1, 10) * MINUTE);
      // Service usually comes back (a workaround, a failover) well before the incident is resolved.
      const back = spec.major ? resolved - 3 * MINUTE : start + (5 + rnd.expo(down ? 40 : 60)) * MINUTE;
      const stop = toMinute(Math.max(start + 5 * MINUTE, Math.min(back, resolved)));
      lines.push(
        "outage:",
        `  - { start: ${berlinIso(start)}, end: ${berlinIso(stop)}, effect: ${down ? "down" : "degraded"} }`,
      );
      if (spec.major) {
        lines.push(
          `  - { start: ${berlinIso(stop)}, end: ${berlinIso(stop + 98 * MINUTE)}, effect: degraded }`,
        );
      }
    }
    lines.push(`resolution: ${rnd.pick(svc.fixes)}`);
    rec.fields.push({ afterSteps: resolvedAt + 1, lines });
    if (spec.major) {
      rec.sections.push({
        afterSteps: resolvedAt + 1,
        lines: [
          "## Major incident review",
          "",
          "Held two days later (blameless). The failover waited for a replica that was itself lagging; the",
          "runbook now checks replica lag first, and a problem record tracks the permanent fix.",
        ],
      });
    }
  }
  const change = spec.change;
  if (change) rec.refs = () => [`change: ${change.id}`];
  return rec;
}

/** Opening instants: spread over the range, mostly in desk hours as people report things then. */
export function openings(ctx: GenContext, count: number, businessShare = 0.8): number[] {
  const out: number[] = [];
  const from = ctx.start + DAY;
  const span = ctx.end - 2 * DAY - from;
  while (out.length < count) {
    const t = toMinute(from + ctx.rnd.next() * span);
    if (isBusiness(t) || ctx.rnd.chance((1 - businessShare) / businessShare / 2.4)) out.push(t);
  }
  return out.sort((a, b) => a - b);
}
