import { CUSTOMERS, clip, type GenContext } from "./incidents.js";
import type { GenRecord, Step } from "./model.js";
import { TEAMS } from "./model.js";
import { addBusiness, DAY, nextBusiness, toMinute } from "./time.js";

const REQUESTS = {
  "SVC-backup": [
    "Restore a deleted folder",
    "Restore last night's database dump",
    "Add a server to the backup plan",
  ],
  "SVC-shop-hosting": [
    "Create a shop admin account",
    "Staging access for an agency",
    "Log extract for a payment dispute",
    "Certificate for a new shop domain",
  ],
} as const;

/** One generated service request. */
export function makeRequest(ctx: GenContext, openedAt: number): GenRecord {
  const { rnd } = ctx;
  const service = rnd.chance(0.6) ? "SVC-backup" : "SVC-shop-hosting";
  const desk = rnd.pick(TEAMS.desk);
  const owner = rnd.pick(TEAMS.ops);
  const steps: Step[] = [];
  let t = nextBusiness(openedAt) + rnd.expo(40 * 60_000);
  steps.push({ at: t, status: "approved", by: desk, note: "requester confirmed by call-back" });
  t = addBusiness(t, rnd.expo(1));
  steps.push({ at: t, status: "in-progress", by: owner });
  if (rnd.chance(0.1)) {
    t = addBusiness(t, rnd.expo(1));
    steps.push({ at: t, status: "on-hold", by: owner, note: "waiting for the customer" });
    t = addBusiness(t, Math.max(1, rnd.expo(10)));
    steps.push({ at: t, status: "in-progress", by: owner });
  }
  t = addBusiness(t, Math.max(0.3, rnd.expo(6)));
  steps.push({ at: t, status: "fulfilled", by: owner });
  steps.push({ at: addBusiness(t, 8), status: "closed", by: desk });
  const customer = rnd.pick(CUSTOMERS);
  return {
    id: "",
    kind: "request",
    path: "",
    openedAt,
    openedBy: desk,
    initial: "new",
    steps: clip(
      steps.map((s) => ({ ...s, at: toMinute(s.at) })),
      openedAt,
      ctx.end,
    ),
    timeline: rnd.chance(0.8),
    head: [
      "kind: request",
      `title: ${rnd.pick(REQUESTS[service])} for ${customer}`,
      "owner: service-desk",
      `service: ${service}`,
      `priority: ${rnd.chance(0.7) ? "P3" : "P4"}`,
      `requested_by: ${customer} (authorised contact)`,
    ],
    fields: [],
    body: `Requested by ${customer} through the customer portal.\n`,
    sections: [],
    notes: [],
  };
}

/** A problem behind a few incidents of the same kind, investigated and (mostly) fixed for good. */
export function makeProblem(ctx: GenContext, incidents: GenRecord[]): GenRecord | undefined {
  const { rnd } = ctx;
  const second = incidents[1];
  if (!second) return undefined;
  const resolved = second.steps.find((s) => s.status === "resolved");
  const openedAt = toMinute(nextBusiness((resolved?.at ?? second.openedAt) + DAY));
  if (openedAt >= ctx.end) return undefined;
  const owner = rnd.pick(["carol", "dave"]);
  const steps: Step[] = [];
  let t = addBusiness(openedAt, 4 + rnd.expo(6));
  steps.push({ at: t, status: "investigating", by: owner });
  if (rnd.chance(0.5)) {
    t = addBusiness(t, 10 + rnd.expo(20));
    steps.push({ at: t, status: "known-error", by: owner, note: "workaround documented" });
  }
  t = addBusiness(t, 40 + rnd.expo(80));
  steps.push({ at: t, status: "resolved", by: owner, note: "permanent fix deployed" });
  steps.push({ at: addBusiness(t, 100), status: "closed", by: "ben", note: "no recurrence in two weeks" });
  const clipped = clip(
    steps.map((s) => ({ ...s, at: toMinute(s.at) })),
    openedAt,
    ctx.end,
  );
  const service = /^service: (\S+)$/m.exec(second.head.join("\n"))?.[1] ?? "SVC-shop-hosting";
  const title = /^title: (.+?)(?: \(|$)/m.exec(second.head.join("\n"))?.[1] ?? "Recurring fault";
  const solvedAfter = clipped.findIndex((s) => s.status === "resolved");
  return {
    id: "",
    kind: "problem",
    path: "",
    openedAt,
    openedBy: owner,
    initial: "new",
    steps: clipped,
    timeline: true,
    head: [
      "kind: problem",
      `title: "Recurring: ${title}"`,
      `owner: ${owner}`,
      "priority: P3",
      `services: [${service}]`,
    ],
    refs: () => [`incidents: [${incidents.map((i) => i.id).join(", ")}]`],
    fields: [],
    body: `Opened after ${incidents.length} incidents with the same symptom.\n`,
    sections:
      solvedAfter >= 0
        ? [
            {
              afterSteps: solvedAfter + 1,
              lines: [
                "## Root cause",
                "",
                "A default limit was too low for peak traffic; raised and monitored now.",
              ],
            },
          ]
        : [],
    notes: [],
  };
}
