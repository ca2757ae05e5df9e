import { describe, expect, it } from "vitest";
import type { RecordData } from "../../src/records/record.js";
import { collectOutages, collectPlannedWindows, computeAvailability } from "../../src/sla/availability.js";
import { alwaysCalendar } from "../../src/sla/calendar.js";
import { berlinBusiness, ms } from "./helpers.js";

const envelope = { title: "t", owner: "ops" };
const march = { startMs: ms("2026-03-01T00:00:00+01:00"), endMs: ms("2026-04-01T00:00:00+02:00") };
const MARCH_24X7 = 2674800; // 31 x 24h minus the hour lost on 29 March

function run(
  records: RecordData[],
  opts: { excludePlanned?: boolean; service?: string; business?: boolean } = {},
) {
  const diagnostics: never[] = [];
  const sourced = records.map((data) => ({ data }));
  return computeAvailability({
    service: opts.service ?? "SVC-a",
    target: 99.9,
    calendar: opts.business ? berlinBusiness : alwaysCalendar("Europe/Berlin"),
    excludePlanned: opts.excludePlanned ?? true,
    ...march,
    outages: collectOutages(sourced, "Europe/Berlin", diagnostics),
    planned: collectPlannedWindows(sourced, "Europe/Berlin", diagnostics),
  });
}

const inc = (id: string, outage: unknown[], extra: Record<string, unknown> = {}): RecordData => ({
  id,
  kind: "incident",
  ...envelope,
  status: "closed",
  priority: "P1",
  service: "SVC-a",
  outage,
  ...extra,
});
const down = (start: string, end: string, more: Record<string, unknown> = {}) => ({
  start,
  end,
  effect: "down",
  ...more,
});

describe("availability", () => {
  it("counts overlapping outages of two incidents once", () => {
    // 15:00-15:42 and 15:30-15:50 overlap: the union is 15:00-15:50 = 3000 s.
    const r = run([
      inc("INC-1", [down("2026-03-06T15:00:00+01:00", "2026-03-06T15:42:00+01:00")]),
      inc("INC-2", [down("2026-03-06T15:30:00+01:00", "2026-03-06T15:50:00+01:00")]),
    ]);
    expect(r.agreed_seconds).toBe(MARCH_24X7);
    expect(r.downtime_seconds).toBe(3000);
    // (2674800 - 3000) / 2674800 = 99.88784…% -> 99.888, below the 99.9 target.
    expect(r.achieved).toBe(99.888);
    expect(r.ok).toBe(false);
  });

  const change = (status: string, planned = true): RecordData => ({
    id: `CHG-${status}`,
    kind: "change",
    ...envelope,
    type: "normal",
    risk: "low",
    status,
    services: ["SVC-a"],
    planned_outage: planned,
    window: { start: "2026-03-10T22:00:00+01:00", end: "2026-03-11T00:00:00+01:00" },
  });
  // Down 23:30-00:30: half inside the 22:00-00:00 planned window, half after it.
  const overrun = inc("INC-3", [down("2026-03-10T23:30:00+01:00", "2026-03-11T00:30:00+01:00")]);

  it("excludes an approved change's planned window from agreed time and from downtime", () => {
    const r = run([change("scheduled"), overrun]);
    expect(r.agreed_seconds).toBe(MARCH_24X7 - 7200);
    expect(r.downtime_seconds).toBe(1800);
  });

  it.each([
    ["draft", true],
    ["rejected", true],
    ["scheduled", false],
  ])(
    "a window of a %s change (planned_outage %s) counts only when approved or later and planned",
    (status, planned) => {
      const r = run([change(status, planned), overrun]);
      expect(r.agreed_seconds).toBe(MARCH_24X7);
      expect(r.downtime_seconds).toBe(3600);
    },
  );

  it("counts planned windows as downtime when exclude_planned is off", () => {
    const r = run([change("approved"), overrun], { excludePlanned: false });
    expect([r.agreed_seconds, r.downtime_seconds]).toEqual([MARCH_24X7, 3600]);
  });

  it("reports degraded time beside availability, not as downtime", () => {
    const r = run([
      inc("INC-4", [
        { start: "2026-03-12T10:00:00+01:00", end: "2026-03-12T11:00:00+01:00", effect: "degraded" },
        down("2026-03-12T10:30:00+01:00", "2026-03-12T10:40:00+01:00"),
      ]),
    ]);
    // One hour degraded, of which 10 minutes were fully down: 600 s down, 3000 s degraded.
    expect([r.downtime_seconds, r.degraded_seconds]).toEqual([600, 3000]);
  });

  it("lets an outage entry narrow the incident's services", () => {
    const both = inc(
      "INC-5",
      [down("2026-03-12T10:00:00+01:00", "2026-03-12T11:00:00+01:00", { services: ["SVC-b"] })],
      {
        service: "SVC-a",
        services: ["SVC-b"],
      },
    );
    expect(run([both], { service: "SVC-a" }).downtime_seconds).toBe(0);
    expect(run([both], { service: "SVC-b" }).downtime_seconds).toBe(3600);
  });

  it("counts only the calendar's working time and clips outages to the period", () => {
    const r = run(
      [
        // Saturday 7 March: outside business hours, counts nothing.
        inc("INC-6", [down("2026-03-07T10:00:00+01:00", "2026-03-07T12:00:00+01:00")]),
        // Monday 16:30-17:30: only 16:30-17:00 is agreed time.
        inc("INC-7", [down("2026-03-09T16:30:00+01:00", "2026-03-09T17:30:00+01:00")]),
        // Starts in February: only March 2 09:00-10:00 counts.
        inc("INC-8", [down("2026-02-27T12:00:00+01:00", "2026-03-02T10:00:00+01:00")]),
      ],
      { business: true },
    );
    // 22 weekdays in March 2026 x 8h = 176h.
    expect(r.agreed_seconds).toBe(176 * 3600);
    expect(r.downtime_seconds).toBe(1800 + 3600);
  });

  it("reports outage entries it cannot read", () => {
    const diagnostics: import("../../src/diagnostics/diagnostic.js").Diagnostic[] = [];
    collectOutages(
      [
        {
          data: inc("INC-9", [
            down("2026-03-12T11:00:00+01:00", "2026-03-12T10:00:00+01:00"),
            { start: "x" },
          ]),
          path: "incidents/INC-9.md",
        },
      ],
      "Europe/Berlin",
      diagnostics,
    );
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
      ["incidents/INC-9.md", "sla-outage-invalid"],
      ["incidents/INC-9.md", "sla-outage-invalid"],
    ]);
  });
});
