import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingMs, alwaysCalendar, workingMsBetween } from "../../src/sla/calendar.js";
import { evaluateClock } from "../../src/sla/clock.js";
import { intersect, subtract, totalLength, union } from "../../src/sla/intervals.js";
import { berlinBusiness, cal, ms, newYorkBusiness } from "./helpers.js";

// Instants around both 2026 DST changes in Europe and North America, at minute resolution.
const FROM = ms("2026-02-20T00:00:00Z");
const TO = ms("2026-11-20T00:00:00Z");
const instant = fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((m) => m * 60_000);
const nightShift = cal({
  timezone: "Europe/Berlin",
  hours: { sun: "01:00-04:00, 22:00-24:00", sat: "00:00-24:00" },
  holidays: ["2026-10-24"],
});
const calendars = [berlinBusiness, newYorkBusiness, nightShift, alwaysCalendar("Europe/Berlin")];
const calendar = fc.constantFrom(...calendars);

describe("calendar properties", () => {
  it("elapsed working time never exceeds wall time", () => {
    fc.assert(
      fc.property(calendar, instant, instant, (c, a, b) => {
        const [s, e] = a <= b ? [a, b] : [b, a];
        const w = workingMsBetween(c, s, e);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(e - s);
      }),
      { numRuns: 200 },
    );
  });

  it("working time is additive over adjacent ranges (whole-week skipping agrees with day-by-day counting)", () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, (c, x, y, z) => {
        const [a, b, d] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        expect(workingMsBetween(c, a, b) + workingMsBetween(c, b, d)).toBe(workingMsBetween(c, a, d));
      }),
      { numRuns: 200 },
    );
  });

  it("addWorkingSeconds inverts workingSecondsBetween", () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 40 * 24 * 60 }), (c, start, minutes) => {
        const budget = minutes * 60_000;
        const end = addWorkingMs(c, start, budget);
        expect(workingMsBetween(c, start, end)).toBe(budget);
        // The strict variant is never earlier, and just after it more than the budget has elapsed.
        const strict = addWorkingMs(c, start, budget, true);
        expect(strict).toBeGreaterThanOrEqual(end);
        expect(workingMsBetween(c, start, strict)).toBe(budget);
        expect(workingMsBetween(c, start, strict + 1000)).toBeGreaterThan(budget);
      }),
      { numRuns: 200 },
    );
  });

  it("going back from an end instant by the working time between lands at or before it", () => {
    fc.assert(
      fc.property(calendar, instant, instant, (c, a, b) => {
        const [s, e] = a <= b ? [a, b] : [b, a];
        const reached = addWorkingMs(c, s, workingMsBetween(c, s, e));
        expect(reached).toBeLessThanOrEqual(e);
        expect(workingMsBetween(c, reached, e)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

const STATUSES = ["new", "in-progress", "on-hold", "resolved", "closed", "cancelled"] as const;

describe("clock properties", () => {
  it("24x7 elapsed resolution time equals wall time minus pauses and stopped time", () => {
    const steps = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * 86_400 }), fc.constantFrom(...STATUSES)), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(instant, steps, fc.integer({ min: 60, max: 86_400 }), (start, raw, within) => {
        let at = start;
        const transitions = raw.map(([gap, status]) => {
          at += gap * 1000;
          return { at, status };
        });
        const end = at + 3_600_000;
        // Reference computation: walk the spans and add up those whose status runs the clock.
        let expected = 0;
        let status: string = "new";
        let from = start;
        for (const t of [...transitions, { at: end, status: "end" }]) {
          if (!["on-hold", "resolved", "closed", "cancelled"].includes(status)) expected += t.at - from;
          from = t.at;
          status = t.status;
        }
        const result = evaluateClock(
          { start, initialStatus: "new", transitions, end },
          { metric: "resolution", withinSeconds: within, calendar: alwaysCalendar(), pauseOn: ["on-hold"] },
        );
        expect(result.elapsedSeconds).toBe(expected / 1000);
        expect(result.met).toBe(expected <= within * 1000);
        if (result.breachAt !== null) {
          // At the breach moment exactly `within` has run; the breach lies inside a running stretch.
          const ranBefore = totalLength(intersect(result.running, [[start, result.breachAt]]));
          expect(ranBefore).toBe(within * 1000);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("interval properties", () => {
  const list = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }))
      .map(([s, l]) => [s, s + l] as const),
    { maxLength: 8 },
  );
  it("subtracting then adding back the intersection restores the union's length", () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(totalLength(subtract(a, b)) + totalLength(intersect(a, b))).toBe(totalLength(union(a)));
        expect(totalLength(union([...a, ...b]))).toBeLessThanOrEqual(totalLength(a) + totalLength(b));
      }),
    );
  });
});
