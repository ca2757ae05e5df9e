import { describe, expect, it } from "vitest";
import { alwaysCalendar, type Calendar } from "../../src/sla/calendar.js";
import { type ClockSpec, evaluateClock } from "../../src/sla/clock.js";
import { berlinBusiness, H, ms, newYorkBusiness } from "./helpers.js";

type Row = {
  name: string;
  opened: string;
  timeline: [string, string][];
  end: string;
  metric: ClockSpec["metric"];
  within: number;
  calendar: Calendar;
  pauseOn?: string[];
  expect: {
    measured: boolean;
    elapsed: number;
    met?: boolean;
    breachAt?: string | null;
    attributedAt?: string | null;
  };
};

const always = alwaysCalendar("Europe/Berlin");
// SPEC section 4's sample incident: opened Fri 6 Mar 15:00, on hold over the weekend, resolved Mon 12:30.
const specTimeline: [string, string][] = [
  ["2026-03-06T15:20:00+01:00", "in-progress"],
  ["2026-03-06T16:00:00+01:00", "on-hold"],
  ["2026-03-09T10:00:00+01:00", "in-progress"],
  ["2026-03-09T12:30:00+01:00", "resolved"],
  ["2026-03-10T09:00:00+01:00", "closed"],
];

const rows: Row[] = [
  {
    name: "response: opened 15:00, in progress 15:20 = 20 min",
    opened: "2026-03-06T15:00:00+01:00",
    timeline: specTimeline,
    end: "2026-04-01T00:00:00+02:00",
    metric: "response",
    within: 30 * 60,
    calendar: always,
    expect: {
      measured: true,
      elapsed: 1200,
      met: true,
      breachAt: null,
      attributedAt: "2026-03-06T15:20:00+01:00",
    },
  },
  {
    // Fri 15:00-16:00 runs (1h), on hold until Mon 10:00, runs 10:00-12:30 (2.5h): 3.5h = 12600 s.
    name: "resolution in business hours with a pause over the weekend",
    opened: "2026-03-06T15:00:00+01:00",
    timeline: specTimeline,
    end: "2026-04-01T00:00:00+02:00",
    metric: "resolution",
    within: 8 * H,
    calendar: berlinBusiness,
    pauseOn: ["on-hold"],
    expect: {
      measured: true,
      elapsed: 12600,
      met: true,
      breachAt: null,
      attributedAt: "2026-03-09T12:30:00+01:00",
    },
  },
  {
    // Without the pause: Fri 15:00-17:00 (2h) + Mon 09:00-12:30 (3.5h) = 5.5h; the weekend never counts.
    name: "resolution in business hours without pause_on",
    opened: "2026-03-06T15:00:00+01:00",
    timeline: specTimeline,
    end: "2026-04-01T00:00:00+02:00",
    metric: "resolution",
    within: 8 * H,
    calendar: berlinBusiness,
    expect: { measured: true, elapsed: 19800, met: true },
  },
  {
    // Same incident, 24x7 and no pause: Fri 15:00 to Mon 12:30 = 2 days 21.5 hours = 69.5h.
    name: "resolution 24x7 counts the weekend",
    opened: "2026-03-06T15:00:00+01:00",
    timeline: specTimeline,
    end: "2026-04-01T00:00:00+02:00",
    metric: "resolution",
    within: 4 * H,
    calendar: always,
    // 4h after 15:00 on Friday the budget is gone.
    expect: { measured: true, elapsed: 69.5 * H, met: false, breachAt: "2026-03-06T19:00:00+01:00" },
  },
  {
    // Tue 09:00-16:30 runs (7.5h), on hold 16:30 until Wed 10:00 (straddles closing time), Wed 10:00-11:00 (1h).
    // 8h budget: 7.5h used on Tuesday, the last 0.5h runs out at Wed 10:30.
    name: "pause that straddles closing time",
    opened: "2026-03-10T09:00:00+01:00",
    timeline: [
      ["2026-03-10T09:05:00+01:00", "in-progress"],
      ["2026-03-10T16:30:00+01:00", "on-hold"],
      ["2026-03-11T10:00:00+01:00", "in-progress"],
      ["2026-03-11T11:00:00+01:00", "resolved"],
    ],
    end: "2026-04-01T00:00:00+02:00",
    metric: "resolution",
    within: 8 * H,
    calendar: berlinBusiness,
    pauseOn: ["on-hold"],
    expect: {
      measured: true,
      elapsed: 8.5 * H,
      met: false,
      breachAt: "2026-03-11T10:30:00+01:00",
      attributedAt: "2026-03-11T10:30:00+01:00",
    },
  },
  {
    // Runs 08:00-10:00Z (2h), resolved; reopened next day 08:00-09:30Z (1.5h): 3.5h <= 4h.
    name: "reopen after resolve runs again and stays within",
    opened: "2026-03-02T08:00:00Z",
    timeline: [
      ["2026-03-02T10:00:00Z", "resolved"],
      ["2026-03-03T08:00:00Z", "in-progress"],
      ["2026-03-03T09:30:00Z", "resolved"],
    ],
    end: "2026-04-01T00:00:00Z",
    metric: "resolution",
    within: 4 * H,
    calendar: always,
    expect: {
      measured: true,
      elapsed: 3.5 * H,
      met: true,
      breachAt: null,
      attributedAt: "2026-03-03T09:30:00Z",
    },
  },
  {
    // 2h before the first resolve; after reopening the remaining 2h run out at 10:00Z; total 2h + 3h = 5h.
    name: "reopen after resolve breaches on the second run",
    opened: "2026-03-02T08:00:00Z",
    timeline: [
      ["2026-03-02T10:00:00Z", "resolved"],
      ["2026-03-03T08:00:00Z", "in-progress"],
      ["2026-03-03T11:00:00Z", "resolved"],
    ],
    end: "2026-04-01T00:00:00Z",
    metric: "resolution",
    within: 4 * H,
    calendar: always,
    expect: { measured: true, elapsed: 5 * H, met: false, breachAt: "2026-03-03T10:00:00Z" },
  },
  {
    // Reopened and still in progress at the end: 2h + 1h so far, under 4h: not measured yet.
    name: "reopened and running without breach is not measured",
    opened: "2026-03-02T08:00:00Z",
    timeline: [
      ["2026-03-02T10:00:00Z", "resolved"],
      ["2026-03-03T08:00:00Z", "in-progress"],
    ],
    end: "2026-03-03T09:00:00Z",
    metric: "resolution",
    within: 4 * H,
    calendar: always,
    expect: { measured: false, elapsed: 3 * H, attributedAt: null },
  },
  {
    // Opened 19:00 local on 31 Mar, still in progress at the end of March: 4h budget gone at 23:00, 5h elapsed.
    name: "open record breaching before period end",
    opened: "2026-03-31T19:00:00+02:00",
    timeline: [["2026-03-31T19:10:00+02:00", "in-progress"]],
    end: "2026-04-01T00:00:00+02:00",
    metric: "resolution",
    within: 4 * H,
    calendar: always,
    expect: { measured: true, elapsed: 5 * H, met: false, breachAt: "2026-03-31T23:00:00+02:00" },
  },
  {
    // Opened 20:00: exactly 4h by the end, which is not MORE than 4h: not breached, not measured.
    name: "open record reaching exactly its budget at period end",
    opened: "2026-03-31T20:00:00+02:00",
    timeline: [["2026-03-31T20:10:00+02:00", "in-progress"]],
    end: "2026-04-01T00:00:00+02:00",
    metric: "resolution",
    within: 4 * H,
    calendar: always,
    expect: { measured: false, elapsed: 4 * H, breachAt: null },
  },
  {
    name: "cancelled records are not measured even when late",
    opened: "2026-03-02T08:00:00Z",
    timeline: [["2026-03-04T08:00:00Z", "cancelled"]],
    end: "2026-04-01T00:00:00Z",
    metric: "resolution",
    within: 4 * H,
    calendar: always,
    expect: { measured: false, elapsed: 48 * H },
  },
  {
    // 24x7 across the Berlin spring-forward gap: 01:30+01:00 to 03:30+02:00 is one real hour.
    name: "24x7 across the Berlin DST change counts real time",
    opened: "2026-03-29T01:30:00+01:00",
    timeline: [["2026-03-29T03:30:00+02:00", "resolved"]],
    end: "2026-04-01T00:00:00+02:00",
    metric: "resolution",
    within: 1 * H,
    calendar: always,
    expect: { measured: true, elapsed: 1 * H, met: true },
  },
  {
    // Berlin fall-back: 01:30+02:00 to 02:30+01:00 is two real hours.
    name: "24x7 across the Berlin fall-back counts the repeated hour",
    opened: "2026-10-25T01:30:00+02:00",
    timeline: [["2026-10-25T02:30:00+01:00", "resolved"]],
    end: "2026-11-01T00:00:00+01:00",
    metric: "resolution",
    within: 1 * H,
    calendar: always,
    expect: { measured: true, elapsed: 2 * H, met: false, breachAt: "2026-10-25T02:30:00+02:00" },
  },
  {
    // New York business hours across the 8 Mar spring-forward: Fri 16-17 + Mon 9-11 = 3h.
    name: "New York business hours across spring-forward",
    opened: "2026-03-06T16:00:00-05:00",
    timeline: [["2026-03-09T11:00:00-04:00", "resolved"]],
    end: "2026-04-01T00:00:00-04:00",
    metric: "resolution",
    within: 4 * H,
    calendar: newYorkBusiness,
    expect: { measured: true, elapsed: 3 * H, met: true },
  },
  {
    // Fri 16:00-17:00 is the whole 1h budget; the breach is when work resumes Mon 09:00, not Fri 17:00.
    name: "budget exhausted at closing time breaches when work resumes",
    opened: "2026-07-31T16:00:00+02:00",
    timeline: [["2026-08-03T09:30:00+02:00", "resolved"]],
    end: "2026-09-01T00:00:00+02:00",
    metric: "resolution",
    within: 1 * H,
    calendar: berlinBusiness,
    expect: { measured: true, elapsed: 1.5 * H, met: false, breachAt: "2026-08-03T09:00:00+02:00" },
  },
  {
    // Resolved over the weekend: elapsed is exactly the 1h budget, which is met.
    name: "resolved before work resumes meets exactly",
    opened: "2026-07-31T16:00:00+02:00",
    timeline: [["2026-08-01T10:00:00+02:00", "resolved"]],
    end: "2026-09-01T00:00:00+02:00",
    metric: "resolution",
    within: 1 * H,
    calendar: berlinBusiness,
    expect: {
      measured: true,
      elapsed: 1 * H,
      met: true,
      breachAt: null,
      attributedAt: "2026-08-01T10:00:00+02:00",
    },
  },
  {
    // Still new at the end and under budget: not measured; over budget: a breach.
    name: "response still new past its budget is a breach",
    opened: "2026-03-02T08:00:00Z",
    timeline: [],
    end: "2026-03-02T09:00:00Z",
    metric: "response",
    within: 30 * 60,
    calendar: always,
    expect: { measured: true, elapsed: 1 * H, met: false, breachAt: "2026-03-02T08:30:00Z" },
  },
];

describe("evaluateClock", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const result = evaluateClock(
      {
        start: ms(row.opened),
        initialStatus: "new",
        transitions: row.timeline.map(([at, status]) => ({ at: ms(at), status })),
        end: ms(row.end),
      },
      { metric: row.metric, withinSeconds: row.within, calendar: row.calendar, pauseOn: row.pauseOn ?? [] },
    );
    expect(result.measured).toBe(row.expect.measured);
    expect(result.elapsedSeconds).toBe(row.expect.elapsed);
    if (row.expect.met !== undefined) expect(result.met).toBe(row.expect.met);
    if (row.expect.breachAt !== undefined) {
      expect(result.breachAt).toBe(row.expect.breachAt === null ? null : ms(row.expect.breachAt));
    }
    if (row.expect.attributedAt !== undefined) {
      expect(result.attributedAt).toBe(row.expect.attributedAt === null ? null : ms(row.expect.attributedAt));
    }
    if (result.measured && result.breachAt !== null) expect(result.attributedAt).toBe(result.breachAt);
  });

  it("ignores transitions after the end of evaluation, so a later resolve does not change a past report", () => {
    const input = {
      start: ms("2026-03-31T22:00:00Z"),
      initialStatus: "new",
      transitions: [{ at: ms("2026-04-02T00:00:00Z"), status: "resolved" }],
      end: ms("2026-04-01T00:00:00Z"),
    };
    const result = evaluateClock(input, { metric: "resolution", withinSeconds: 4 * H, calendar: always });
    expect(result).toMatchObject({ measured: false, elapsedSeconds: 2 * H, reason: "open" });
  });
});
