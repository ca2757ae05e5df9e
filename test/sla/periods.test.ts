import { describe, expect, it } from "vitest";
import { lastCompletePeriod, parseInstant, periodIndexOf, periodsBetween } from "../../src/sla/periods.js";
import { ms } from "./helpers.js";

const span = (p: { from: string; to: string }) => [p.from, p.to];

describe("periods", () => {
  it("splits months in Europe/Berlin with the offset of each boundary", () => {
    const periods = periodsBetween(
      "month",
      "Europe/Berlin",
      ms("2026-02-01T00:00:00+01:00"),
      ms("2026-05-01T00:00:00+02:00"),
    );
    expect(periods.map(span)).toEqual([
      ["2026-02-01T00:00:00+01:00", "2026-03-01T00:00:00+01:00"],
      ["2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00"],
      ["2026-04-01T00:00:00+02:00", "2026-05-01T00:00:00+02:00"],
    ]);
    // 00:30 on 1 April in Berlin is 22:30Z on 31 March, and belongs to April.
    expect(periodIndexOf(periods, ms("2026-03-31T22:30:00Z"))).toBe(2);
    expect(periodIndexOf(periods, ms("2026-03-31T21:59:59Z"))).toBe(1);
    expect(periodIndexOf(periods, ms("2026-05-01T00:00:00+02:00"))).toBe(-1);
  });

  it("starts weeks on Monday, in New York across its DST change", () => {
    const periods = periodsBetween(
      "week",
      "America/New_York",
      ms("2026-03-02T00:00:00-05:00"),
      ms("2026-03-16T00:00:00-04:00"),
    );
    expect(periods.map(span)).toEqual([
      ["2026-03-02T00:00:00-05:00", "2026-03-09T00:00:00-04:00"],
      ["2026-03-09T00:00:00-04:00", "2026-03-16T00:00:00-04:00"],
    ]);
  });

  it("clips partial periods at the requested bounds", () => {
    const periods = periodsBetween(
      "quarter",
      "Europe/Berlin",
      ms("2026-02-15T00:00:00+01:00"),
      ms("2026-08-01T00:00:00+02:00"),
    );
    expect(periods.map(span)).toEqual([
      ["2026-02-15T00:00:00+01:00", "2026-04-01T00:00:00+02:00"],
      ["2026-04-01T00:00:00+02:00", "2026-07-01T00:00:00+02:00"],
      ["2026-07-01T00:00:00+02:00", "2026-08-01T00:00:00+02:00"],
    ]);
  });

  it.each([
    ["month", "2026-04-10T12:00:00+02:00", "2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00"],
    ["quarter", "2026-04-01T00:00:00+02:00", "2026-01-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00"],
    // Wednesday 11 March: the last complete week is Mon 2 - Mon 9 March.
    ["week", "2026-03-11T09:00:00+01:00", "2026-03-02T00:00:00+01:00", "2026-03-09T00:00:00+01:00"],
  ] as const)("the last complete %s before %s", (kind, now, from, to) => {
    expect(lastCompletePeriod(kind, "Europe/Berlin", ms(now))).toEqual({ fromMs: ms(from), toMs: ms(to) });
  });
});

describe("parseInstant", () => {
  it.each([
    ["2026-03-06T15:00:00+01:00", "2026-03-06T14:00:00.000Z"],
    ["2026-03-06T15:00:00.250Z", "2026-03-06T15:00:00.250Z"],
    // A date is local midnight in the configured zone; a date-time without offset is local time there.
    ["2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["2026-03-29T12:00:00", "2026-03-29T10:00:00.000Z"],
    // Days past the 28th are checked against their month: leap days and month ends are real.
    ["2024-02-29T12:00:00Z", "2024-02-29T12:00:00.000Z"],
    ["2026-12-31T23:59:59+01:00", "2026-12-31T22:59:59.000Z"],
    ["  2026-03-06T15:00:00Z ", "2026-03-06T15:00:00.000Z"],
  ])("%s", (text, iso) => {
    expect(new Date(parseInstant(text, "Europe/Berlin") ?? Number.NaN).toISOString()).toBe(iso);
  });

  it.each([
    "2026-02-30T10:00:00Z",
    "2026-02-29T10:00:00Z",
    "2026-04-31T10:00:00Z",
    "2026-13-01T00:00:00Z",
    "yesterday",
    "",
    "  ",
    42,
  ])("rejects %j", (text) => {
    expect(parseInstant(text, "Europe/Berlin")).toBeNull();
  });
});
