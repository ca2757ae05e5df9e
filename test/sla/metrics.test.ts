import { describe, expect, it } from "vitest";
import type { RecordData } from "../../src/records/record.js";
import { computeSlaMetrics } from "../../src/sla/metrics.js";
import type { RecordInput } from "../../src/sla/timeline.js";
import { config } from "./helpers.js";

const envelope = { title: "t", owner: "team-payments" };
const sla: RecordData = {
  id: "SLA-checkout",
  kind: "sla",
  ...envelope,
  services: ["SVC-checkout"],
  customer: "Retail division",
  period: "month",
  targets: [
    {
      name: "P1 response",
      metric: "response",
      applies_to: { kind: "incident", priority: "P1" },
      within: "30m",
      calendar: "24x7",
      goal: 95,
    },
    {
      name: "P1 resolution",
      metric: "resolution",
      applies_to: { kind: "incident", priority: "P1" },
      within: "4h",
      goal: 90,
    },
  ],
  availability: { target: 99.9, calendar: "24x7", exclude_planned: true },
};

function incident(id: string, fields: Record<string, unknown>): RecordInput {
  return { data: { id, kind: "incident", ...envelope, service: "SVC-checkout", priority: "P1", ...fields } };
}

const records: RecordInput[] = [
  { data: { id: "SVC-checkout", kind: "service", ...envelope, status: "live", criticality: "high" } },
  incident("INC-0042", {
    status: "closed",
    opened_at: "2026-03-06T15:00:00+01:00",
    timeline: [
      { at: "2026-03-06T15:20:00+01:00", status: "in-progress" },
      { at: "2026-03-06T16:00:00+01:00", status: "on-hold" },
      { at: "2026-03-09T10:00:00+01:00", status: "in-progress" },
      { at: "2026-03-09T12:30:00+01:00", status: "resolved" },
      { at: "2026-03-10T09:00:00+01:00", status: "closed" },
    ],
    outage: [{ start: "2026-03-06T15:00:00+01:00", end: "2026-03-06T15:42:00+01:00", effect: "down" }],
  }),
  // Resolved 23:30 local on 31 March: a March record.
  incident("INC-0043", {
    status: "resolved",
    opened_at: "2026-03-31T23:00:00+02:00",
    timeline: [
      { at: "2026-03-31T23:10:00+02:00", status: "in-progress" },
      { at: "2026-03-31T23:30:00+02:00", status: "resolved" },
    ],
  }),
  // Responded 00:10 local on 1 April, which is still 31 March in UTC: an April record in Europe/Berlin.
  incident("INC-0044", {
    status: "resolved",
    opened_at: "2026-03-31T23:50:00+02:00",
    timeline: [
      { at: "2026-04-01T00:10:00+02:00", status: "in-progress" },
      { at: "2026-04-01T00:30:00+02:00", status: "resolved" },
    ],
  }),
  incident("INC-0045", {
    status: "resolved",
    priority: "P2",
    opened_at: "2026-03-02T08:00:00Z",
    timeline: [{ at: "2026-03-05T08:00:00Z", status: "resolved" }],
  }),
  incident("INC-0046", {
    status: "resolved",
    service: "SVC-other",
    opened_at: "2026-03-02T08:00:00Z",
    timeline: [{ at: "2026-03-05T08:00:00Z", status: "resolved" }],
  }),
  incident("INC-0047", {
    status: "cancelled",
    opened_at: "2026-03-02T08:00:00Z",
    timeline: [{ at: "2026-03-05T08:00:00Z", status: "cancelled" }],
  }),
];

describe("computeSlaMetrics", () => {
  it("prints SPEC section 7's document for March and April in Europe/Berlin", () => {
    const result = computeSlaMetrics({
      slas: [sla],
      records,
      config: config(),
      from: "2026-03-01",
      to: "2026-05-01",
      now: "2026-05-10T12:00:00+02:00",
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.periods).toEqual([
      {
        from: "2026-03-01T00:00:00+01:00",
        to: "2026-04-01T00:00:00+02:00",
        slas: [
          {
            id: "SLA-checkout",
            targets: [
              // INC-0042 responded in 20 min, INC-0043 in 10 min.
              {
                name: "P1 response",
                metric: "response",
                within_seconds: 1800,
                goal: 95,
                measured: 2,
                met: 2,
                achieved: 100,
                ok: true,
                breaches: [],
              },
              // INC-0042 ran 24x7 from Fri 15:00 to Mon 12:30 (69.5h = 250200 s, no pause_on); INC-0043 took 30 min.
              {
                name: "P1 resolution",
                metric: "resolution",
                within_seconds: 14400,
                goal: 90,
                measured: 2,
                met: 1,
                achieved: 50,
                ok: false,
                breaches: [{ record: "INC-0042", elapsed_seconds: 250200 }],
              },
            ],
            // 31 days minus the DST hour = 743h = 2674800 s; 42 min down = 2520 s; 2672280/2674800 = 99.906%.
            availability: [
              {
                service: "SVC-checkout",
                target: 99.9,
                agreed_seconds: 2674800,
                downtime_seconds: 2520,
                degraded_seconds: 0,
                achieved: 99.906,
                ok: true,
              },
            ],
          },
        ],
      },
      {
        from: "2026-04-01T00:00:00+02:00",
        to: "2026-05-01T00:00:00+02:00",
        slas: [
          {
            id: "SLA-checkout",
            targets: [
              {
                name: "P1 response",
                metric: "response",
                within_seconds: 1800,
                goal: 95,
                measured: 1,
                met: 1,
                achieved: 100,
                ok: true,
                breaches: [],
              },
              {
                name: "P1 resolution",
                metric: "resolution",
                within_seconds: 14400,
                goal: 90,
                measured: 1,
                met: 1,
                achieved: 100,
                ok: true,
                breaches: [],
              },
            ],
            availability: [
              {
                service: "SVC-checkout",
                target: 99.9,
                agreed_seconds: 2592000,
                downtime_seconds: 0,
                degraded_seconds: 0,
                achieved: 100,
                ok: true,
              },
            ],
          },
        ],
      },
    ]);
    expect(result.records).toEqual({
      "INC-0042": { "P1 response": 1200, "P1 resolution": 250200 },
      "INC-0043": { "P1 response": 600, "P1 resolution": 1800 },
      "INC-0044": { "P1 response": 1200, "P1 resolution": 2400 },
    });
  });

  it("defaults to the last complete period before now", () => {
    const result = computeSlaMetrics({
      slas: [sla],
      records,
      config: config(),
      now: "2026-04-10T12:00:00+02:00",
    });
    expect(result.periods.map((p) => [p.from, p.to])).toEqual([
      ["2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00"],
    ]);
  });

  it("counts an open record that breached before the range end, with elapsed time at the range end", () => {
    const open = incident("INC-0050", {
      status: "in-progress",
      opened_at: "2026-03-31T19:00:00+02:00",
      timeline: [{ at: "2026-03-31T19:05:00+02:00", status: "in-progress" }],
    });
    const result = computeSlaMetrics({
      slas: [sla],
      records: [open],
      config: config(),
      from: "2026-03-01",
      to: "2026-04-01",
      now: "2026-04-03T00:00:00Z",
    });
    const resolution = result.periods[0]?.slas[0]?.targets[1];
    // 19:00 to midnight = 5h; the 4h budget ran out at 23:00 on 31 March.
    expect(resolution).toMatchObject({
      measured: 1,
      met: 0,
      achieved: 0,
      breaches: [{ record: "INC-0050", elapsed_seconds: 5 * 3600 }],
    });
  });

  it("uses git-history transitions when a record has no timeline, and derives priority from impact x urgency", () => {
    const historic: RecordInput = {
      data: {
        id: "INC-0060",
        kind: "incident",
        ...envelope,
        service: "SVC-checkout",
        impact: "high",
        urgency: "high",
        status: "resolved",
      },
      openedAt: "2026-03-10T10:00:00Z",
      transitions: [
        { at: "2026-03-10T10:00:00Z", status: "new" },
        { at: "2026-03-10T10:45:00Z", status: "in-progress" },
        { at: "2026-03-10T12:00:00Z", status: "resolved" },
      ],
    };
    const priorities = { high: { high: "P1", medium: "P2", low: "P3" } };
    const result = computeSlaMetrics({
      slas: [sla],
      records: [historic],
      config: config({ priorities }),
      from: "2026-03-01",
      to: "2026-04-01",
      now: "2026-04-03T00:00:00Z",
    });
    expect(result.records).toEqual({ "INC-0060": { "P1 response": 2700, "P1 resolution": 7200 } });
    expect(result.periods[0]?.slas[0]?.targets[0]).toMatchObject({
      measured: 1,
      met: 0,
      breaches: [{ record: "INC-0060", elapsed_seconds: 2700 }],
    });
  });

  it("reports bad SLAs and records with stable codes and still computes the rest", () => {
    const bad: RecordData = {
      ...sla,
      services: ["SVC-checkout", "SVC-nope"],
      targets: [
        { name: "typo", metric: "resolution", applies_to: { kind: "incident" }, within: "4 hours", goal: 90 },
        {
          name: "office",
          metric: "resolution",
          applies_to: { kind: "incident" },
          within: "4h",
          calendar: "office",
          goal: 90,
        },
        {
          name: "broken",
          metric: "resolution",
          applies_to: { kind: "incident" },
          within: "4h",
          calendar: "night",
          goal: 90,
        },
        {
          name: "P1 response",
          metric: "response",
          applies_to: { kind: "incident", priority: "P1" },
          within: "30m",
          goal: 95,
        },
      ],
    };
    const disordered = incident("INC-0070", {
      status: "resolved",
      opened_at: "2026-03-02T08:00:00Z",
      timeline: [
        { at: "2026-03-02T10:00:00Z", status: "resolved" },
        { at: "2026-03-02T09:00:00Z", status: "in-progress" },
      ],
    });
    const unknownStatus = incident("INC-0071", {
      status: "resolved",
      opened_at: "2026-03-02T08:00:00Z",
      timeline: [{ at: "2026-03-02T09:00:00Z", status: "done" }],
    });
    const cfg = config();
    cfg.calendars.night = { hours: { mon: "22:00-25:00" } };
    const result = computeSlaMetrics({
      slas: [{ data: bad, path: "slas/checkout.md", positions: { "/targets/0/within": [14, 13] } }],
      records: [...records, disordered, unknownStatus],
      config: cfg,
      from: "2026-03-01",
      to: "2026-04-01",
      now: "2026-04-03T00:00:00Z",
    });
    const found = result.diagnostics.map((d) => [d.file, d.code, d.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["slas/checkout.md", "sla-duration-invalid", 14],
        ["slas/checkout.md", "sla-unknown-calendar", 1],
        ["sms.config.yml", "calendar-invalid", 1],
        ["slas/checkout.md", "sla-unknown-service", 1],
        ["INC-0070", "timeline-order", 1],
        ["INC-0071", "status-unknown", 1],
      ]),
    );
    expect(result.diagnostics.find((d) => d.code === "sla-duration-invalid")?.message).toContain('"4 hours"');
    expect(result.diagnostics.find((d) => d.code === "calendar-invalid")?.message).toContain(
      "impossible time",
    );
    // The sound target is still computed, without the two broken records.
    const targets = result.periods[0]?.slas[0]?.targets ?? [];
    expect(targets.map((t) => t.name)).toEqual(["P1 response"]);
    expect(targets[0]).toMatchObject({ measured: 2, met: 2 });
    // Availability is computed for the known service only.
    expect(result.periods[0]?.slas[0]?.availability.map((a) => a.service)).toEqual(["SVC-checkout"]);
  });

  it("warns about pause_on statuses the kind never has, and stays quiet about records no target applies to", () => {
    const paused: RecordData = {
      ...sla,
      targets: [
        {
          name: "P1 resolution",
          metric: "resolution",
          applies_to: { kind: "incident", priority: "P1" },
          within: "4h",
          pause_on: ["waiting"],
          goal: 90,
        },
      ],
    };
    // A change without timeline or history would be unmeasurable, but no target looks at changes.
    const change: RecordInput = {
      data: {
        id: "CHG-1",
        kind: "change",
        ...envelope,
        type: "normal",
        risk: "low",
        status: "closed",
        services: ["SVC-checkout"],
      },
    };
    const result = computeSlaMetrics({
      slas: [paused],
      records: [...records, change],
      config: config(),
      from: "2026-03-01",
      to: "2026-04-01",
      now: "2026-04-03T00:00:00Z",
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["sla-pause-status-unknown", "warning"],
    ]);
    expect(result.periods[0]?.slas[0]?.targets[0]).toMatchObject({ measured: 2, met: 1 });
  });

  it("counts agreed time of the current period only up to now, and groups SLAs with different periods", () => {
    const weekly: RecordData = { ...sla, id: "SLA-weekly", period: "week", targets: [] };
    const result = computeSlaMetrics({
      slas: [sla, weekly],
      records,
      config: config(),
      from: "2026-04-01",
      to: "2026-04-13",
      now: "2026-04-08T00:00:00+02:00",
    });
    expect(result.periods.map((p) => [p.from, p.to, p.slas.map((x) => x.id).join()])).toEqual([
      ["2026-04-01T00:00:00+02:00", "2026-04-06T00:00:00+02:00", "SLA-weekly"],
      ["2026-04-01T00:00:00+02:00", "2026-04-13T00:00:00+02:00", "SLA-checkout"],
      ["2026-04-06T00:00:00+02:00", "2026-04-13T00:00:00+02:00", "SLA-weekly"],
    ]);
    // 1 April 00:00 to 8 April 00:00 local: 7 days have happened.
    expect(result.periods[1]?.slas[0]?.availability[0]?.agreed_seconds).toBe(7 * 86400);
    // The second week has had 2 of its 7 days.
    expect(result.periods[2]?.slas[0]?.availability[0]?.agreed_seconds).toBe(2 * 86400);
  });

  it("refuses a range that ends before it starts", () => {
    expect(() =>
      computeSlaMetrics({
        slas: [sla],
        records,
        config: config(),
        from: "2026-04-01",
        to: "2026-03-01",
        now: "2026-05-01",
      }),
    ).toThrow(/not before/);
  });
});
