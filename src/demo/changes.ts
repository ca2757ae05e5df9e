import { clip, type GenContext, SERVICES, type ServiceId } from "./incidents.js";
import type { GenRecord, Step } from "./model.js";
import { TEAMS } from "./model.js";
import {
  addBusiness,
  berlinAt,
  berlinClock,
  berlinIso,
  DAY,
  HOUR,
  MINUTE,
  nextBusiness,
  toMinute,
} from "./time.js";

/** What kind of change to make. */
export interface ChangeSpec {
  openedAt: number;
  type: "standard" | "normal" | "emergency";
  service: ServiceId;
  /** Normal changes only: maintenance with the service down during the window. */
  plannedOutage?: boolean;
  /** Emergency changes: the incident they fix. */
  incident?: GenRecord;
  /** Forces the outcome (for scenarios). */
  outcome?: "successful" | "failed" | "rolled-back";
}

const STANDARD = [
  {
    template: "PRC-std-os-patching",
    title: "Monthly OS patches for the web servers",
    cis: ["CI-vm-web-01", "CI-vm-web-02"],
  },
  { template: "PRC-std-tls-renewal", title: "Renew a shop domain certificate", cis: ["CI-cert-shop"] },
] as const;

const NORMAL = [
  "Upgrade the shop software to the next minor release",
  "Move the product search to the new index cluster",
  "Raise database connection limits",
  "Replace the load balancer certificate chain",
  "Add a disk shelf to the backup server",
  "Switch offsite replication to the new bucket",
  "Reindex and vacuum the shop database",
];

const SECTIONS = [
  "## Implementation plan",
  "",
  "1. Announce the window to the customers. 2. Apply the change on the standby first. 3. Switch over.",
  "",
  "## Back-out plan",
  "",
  "Switch back to the untouched standby and restore the previous configuration from git.",
  "",
  "## Test plan",
  "",
  "External checkout probe green for 15 minutes; error rate and latency at their usual level.",
];

/** The next Tuesday to Thursday evening (21:00) at least a day after `ms`: the agreed maintenance slot. */
function maintenanceSlot(ms: number, rnd: GenContext["rnd"]): number {
  let t = berlinAt(ms + DAY + rnd.int(0, 6) * DAY, 21);
  while (![2, 3, 4].includes(berlinClock(t).weekday)) t = berlinAt(t + DAY, 21);
  return t;
}

/** One generated change with its plans, window and outcome. */
export function makeChange(ctx: GenContext, spec: ChangeSpec): GenRecord {
  const { rnd } = ctx;
  const owner = spec.type === "emergency" ? rnd.pick(["dave", "hugo"]) : rnd.pick(TEAMS.ops);
  const approver = spec.type === "emergency" ? "dave" : rnd.pick(TEAMS.cab.filter((p) => p !== owner));
  const outcome =
    spec.outcome ??
    (spec.type === "standard"
      ? "successful"
      : rnd.weighted([
          ["successful", 88],
          ["rolled-back", 6],
          ["failed", 6],
        ] as const));
  const steps: Step[] = [];
  let t = spec.openedAt;
  let window: [number, number];
  let initial = "draft";
  if (spec.type === "standard") {
    initial = "submitted";
    t += rnd.int(10, 30) * MINUTE;
    steps.push({ at: t, status: "scheduled", by: owner, note: "pre-authorized standard change" });
    const start = rnd.chance(0.5) ? berlinAt(nextBusiness(t + DAY), 7) : maintenanceSlot(t, rnd);
    window = [start, start + 30 * MINUTE];
  } else if (spec.type === "emergency") {
    initial = "submitted";
    t += rnd.int(3, 10) * MINUTE;
    steps.push({ at: t, status: "approved", by: approver, note: "ECAB approval during the incident" });
    const start = t + rnd.int(5, 20) * MINUTE;
    window = [start, start + 30 * MINUTE];
  } else {
    t = addBusiness(t, rnd.expo(4));
    steps.push({ at: t, status: "submitted", by: owner });
    t = addBusiness(t, 2 + rnd.expo(14));
    steps.push({ at: t, status: "approved", by: approver, note: "CAB approval" });
    const start = spec.plannedOutage ? maintenanceSlot(t, rnd) : berlinAt(nextBusiness(t + DAY), 10);
    window = [start, start + (spec.plannedOutage ? 90 : 60) * MINUTE];
    steps.push({ at: t + rnd.int(10, 60) * MINUTE, status: "scheduled", by: owner });
  }
  const done = toMinute(window[0] + rnd.int(10, 25) * MINUTE);
  if (outcome === "failed")
    steps.push({ at: done, status: "failed", by: owner, note: "aborted in the window" });
  else {
    steps.push({ at: done, status: "implemented", by: owner });
    const review = spec.type === "emergency" ? "retrospective CAB approval" : "post-implementation review";
    steps.push({
      at: addBusiness(done, spec.type === "standard" ? 1 : 16),
      status: "reviewed",
      by: approver,
      note: review,
    });
    steps.push({ at: addBusiness(done, spec.type === "standard" ? 4 : 24), status: "closed", by: approver });
  }
  const clipped = clip(
    steps.map((s) => ({ ...s, at: toMinute(s.at) })),
    spec.openedAt,
    ctx.end,
  );
  const ended = clipped.findIndex((s) => s.status === "implemented" || s.status === "failed");
  const std = rnd.pick(STANDARD);
  const title =
    spec.type === "standard"
      ? std.title
      : spec.type === "emergency"
        ? `"Emergency: fix for ${
            spec.incident?.head
              .find((l) => l.startsWith("title: "))
              ?.slice(7)
              .replace(/"/g, "") ?? "an incident"
          }"`
        : rnd.pick(NORMAL);
  const cis = spec.type === "standard" ? std.cis : [rnd.pick(SERVICES[spec.service].cis)];
  const rec: GenRecord = {
    id: "",
    kind: "change",
    path: "",
    openedAt: spec.openedAt,
    openedBy: owner,
    initial,
    steps: clipped,
    timeline: true,
    head: [
      "kind: change",
      `title: ${title}`,
      `owner: ${owner}`,
      `type: ${spec.type}`,
      ...(spec.type === "standard" ? [`template: ${std.template}`] : []),
      `risk: ${spec.type === "standard" ? "low" : rnd.pick(["low", "medium", "medium", "high"])}`,
      `cis: [${cis.join(", ")}]`,
      `services: [${spec.service}]`,
      `requested_by: ${owner}`,
      `window: { start: ${berlinIso(window[0])}, end: ${berlinIso(window[1])} }`,
      `planned_outage: ${spec.plannedOutage === true}`,
    ],
    fields:
      ended >= 0
        ? [{ afterSteps: ended + 1, lines: [`implemented_on: ${berlinIso(done)}`, `outcome: ${outcome}`] }]
        : [],
    body: `${spec.plannedOutage ? "Planned maintenance with the shops offline during the window." : "Routine change."}\n`,
    sections: [
      { afterSteps: 0, lines: SECTIONS },
      ...(ended >= 0
        ? [
            {
              afterSteps: ended + 1,
              lines: [
                "## Post-implementation review",
                "",
                outcome === "successful"
                  ? "Done within the window; no customer impact beyond the announced one."
                  : `Outcome ${outcome}: the previous state was restored; a new attempt will be planned.`,
              ],
            },
          ]
        : []),
    ],
    notes: [],
  };
  const incident = spec.incident;
  if (incident) rec.refs = () => [`incidents: [${incident.id}]`];
  return rec;
}

/** Whether the change went wrong, so that it may cause an incident. */
export function wentWrong(change: GenRecord): number | undefined {
  const line = change.fields[0]?.lines.find((l) => l.startsWith("outcome: "));
  if (!line || line === "outcome: successful") return undefined;
  const at = change.fields[0]!.afterSteps - 1;
  return change.steps[at]?.at === undefined ? undefined : change.steps[at]!.at + HOUR / 2;
}
