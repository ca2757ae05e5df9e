import { describe, expect, it } from "vitest";
import { computeKpis } from "../../src/sla/kpis.js";
import type { RecordInput } from "../../src/sla/timeline.js";
import { config } from "./helpers.js";

const envelope = { title: "t", owner: "ops" };
const rec = (id: string, kind: string, fields: Record<string, unknown>): RecordInput => ({
  data: { id, kind, ...envelope, ...fields },
});
const inc = (
  id: string,
  priority: string,
  opened: string,
  timeline: [string, string, boolean?][],
  extra = {},
) =>
  rec(id, "incident", {
    service: "SVC-a",
    priority,
    status: timeline.at(-1)?.[1] ?? "new",
    opened_at: opened,
    timeline: timeline.map(([at, status, reopened]) => ({ at, status, ...(reopened ? { reopened } : {}) })),
    ...extra,
  });
const chg = (id: string, fields: Record<string, unknown>) =>
  rec(id, "change", { risk: "low", services: ["SVC-a"], ...fields });

const records: RecordInput[] = [
  // 1h to resolve.
  inc("INC-1", "P1", "2026-03-02T08:00:00Z", [
    ["2026-03-02T09:00:00Z", "resolved"],
    ["2026-03-03T08:00:00Z", "closed"],
  ]),
  // Resolved after 2h, reopened the next day, resolved again at 12:00: 28h from opening to the final resolve.
  inc("INC-2", "P2", "2026-03-03T08:00:00Z", [
    ["2026-03-03T10:00:00Z", "resolved"],
    ["2026-03-04T08:00:00Z", "in-progress", true],
    ["2026-03-04T12:00:00Z", "resolved"],
  ]),
  // 30 min; caused by a change.
  inc("INC-3", "P1", "2026-03-05T08:00:00Z", [["2026-03-05T08:30:00Z", "resolved"]], { change: "CHG-2" }),
  // Opened in the last half hour of March (local time), still open.
  inc("INC-4", "P3", "2026-03-31T23:30:00+02:00", [["2026-03-31T23:40:00+02:00", "in-progress"]]),
  // Opened in February, resolved in March after 24h.
  inc("INC-5", "P2", "2026-02-28T10:00:00+01:00", [["2026-03-01T10:00:00+01:00", "resolved"]]),
  chg("CHG-1", { type: "normal", status: "closed", implemented_on: "2026-03-10", outcome: "successful" }),
  chg("CHG-2", { type: "emergency", status: "closed", implemented_on: "2026-03-05", outcome: "failed" }),
  chg("CHG-3", {
    type: "normal",
    status: "implemented",
    outcome: "rolled-back",
    incidents: ["INC-1"],
    timeline: [
      { at: "2026-03-18T10:00:00+01:00", status: "approved" },
      { at: "2026-03-20T10:00:00+01:00", status: "implemented" },
    ],
  }),
  chg("CHG-4", { type: "standard", status: "scheduled" }),
  chg("CHG-5", { type: "normal", status: "closed", implemented_on: "2026-04-02", outcome: "successful" }),
  chg("CHG-6", { type: "normal", status: "implemented", implemented_on: "2026-03-11" }),
  rec("PRB-1", "problem", {
    status: "resolved",
    incidents: ["INC-1"],
    opened_at: "2026-03-06T09:00:00+01:00",
    timeline: [{ at: "2026-03-20T09:00:00+01:00", status: "resolved" }],
  }),
  rec("PRB-2", "problem", {
    status: "investigating",
    incidents: ["INC-2"],
    opened_at: "2026-02-06T09:00:00+01:00",
    timeline: [{ at: "2026-02-07T09:00:00+01:00", status: "investigating" }],
  }),
];

describe("computeKpis", () => {
  const kpis = computeKpis({ records, config: config(), now: "2026-04-05T00:00:00Z" });

  it("reports the last complete month by default", () => {
    expect(kpis.periods.map((p) => [p.from, p.to])).toEqual([
      ["2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00"],
    ]);
    expect(kpis.diagnostics).toEqual([]);
  });

  it("counts incidents by priority, time to resolve, reopenings and change-caused incidents", () => {
    expect(kpis.periods[0]?.incidents).toEqual({
      opened: 4,
      by_priority: { P1: 2, P2: 1, P3: 1 },
      resolved: 4,
      // Times to resolve: 1800, 3600, 86400, 100800 s; mean 192600/4 = 48150; nearest-rank p90 is the 4th.
      mean_time_to_resolve_seconds: 48150,
      p90_time_to_resolve_seconds: 100800,
      reopened: 1,
      caused_by_changes: 2,
    });
  });

  it("counts implemented changes by type and outcome with success rate and emergency ratio", () => {
    expect(kpis.periods[0]?.changes).toEqual({
      total: 4,
      by_type: { normal: 3, emergency: 1 },
      by_outcome: { successful: 1, failed: 1, "rolled-back": 1, unrecorded: 1 },
      success_rate: 33.33,
      emergency_ratio: 25,
      failed: 2,
    });
  });

  it("counts problems opened and resolved", () => {
    expect(kpis.periods[0]?.problems).toEqual({ opened: 1, resolved: 1 });
  });

  it("splits weeks when asked and leaves empty periods with null rates", () => {
    const weekly = computeKpis({
      records,
      config: config(),
      from: "2026-03-30",
      to: "2026-04-13",
      now: "2026-04-20T00:00:00Z",
      period: "week",
    });
    expect(weekly.periods.map((p) => p.changes.total)).toEqual([1, 0]);
    expect(weekly.periods[1]?.changes.success_rate).toBeNull();
    expect(weekly.periods[1]?.incidents.mean_time_to_resolve_seconds).toBeNull();
  });
});
