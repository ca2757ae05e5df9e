import { describe, expect, it } from "vitest";
import {
  addWorkingSeconds,
  alwaysCalendar,
  validateCalendar,
  workingIntervals,
  workingSecondsBetween,
} from "../../src/sla/calendar.js";
import { berlinBusiness, cal, H, ms, newYorkBusiness, WEEKDAYS_9_17 } from "./helpers.js";

const allDay = {
  mon: "00:00-24:00",
  tue: "00:00-24:00",
  wed: "00:00-24:00",
  thu: "00:00-24:00",
  fri: "00:00-24:00",
  sat: "00:00-24:00",
  sun: "00:00-24:00",
};
const berlinAllDay = cal({ timezone: "Europe/Berlin", hours: allDay });
const berlinNight = cal({ timezone: "Europe/Berlin", hours: { sun: "01:00-04:00" } });
const newYorkEarly = cal({ timezone: "America/New_York", hours: { sun: "00:00-06:00" } });

describe("workingSecondsBetween", () => {
  it.each([
    // Fri 16:00-17:00 (1h) + Mon 09:00-10:00 (1h); Saturday and Sunday count nothing.
    ["weekend", berlinBusiness, "2026-03-06T16:00:00+01:00", "2026-03-09T10:00:00+01:00", 2 * H],
    // Thu 24 Dec 16:00-17:00 (1h), Fri 25 Dec holiday, weekend, Mon 28 Dec 09:00-10:00 (1h).
    ["holiday", berlinBusiness, "2026-12-24T16:00:00+01:00", "2026-12-28T10:00:00+01:00", 2 * H],
    // Spring forward on Sun 29 Mar: Fri 1h + Mon 1h; offsets differ at the two ends but hours are local.
    ["Berlin DST week", berlinBusiness, "2026-03-27T16:00:00+01:00", "2026-03-30T10:00:00+02:00", 2 * H],
    // A whole local day on 29 Mar 2026 in Berlin lasts 23 hours (02:00 becomes 03:00).
    ["Berlin 23h day", berlinAllDay, "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00", 23 * H],
    // ... and 25 Oct 2026 lasts 25 hours (03:00 becomes 02:00 again).
    ["Berlin 25h day", berlinAllDay, "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00", 25 * H],
    // Sunday 01:00-04:00 local on the spring-forward night: 00:00Z to 02:00Z, only 2 real hours.
    [
      "Berlin hours across the gap",
      berlinNight,
      "2026-03-29T00:00:00+01:00",
      "2026-03-30T00:00:00+02:00",
      2 * H,
    ],
    // Sunday 01:00-04:00 local on the fall-back night: 23:00Z to 03:00Z, 4 real hours.
    [
      "Berlin hours across the overlap",
      berlinNight,
      "2026-10-25T00:00:00+02:00",
      "2026-10-26T00:00:00+01:00",
      4 * H,
    ],
    // New York springs forward on Sun 8 Mar: 00:00-06:00 local is 05:00Z-10:00Z, 5 hours.
    ["New York spring", newYorkEarly, "2026-03-08T00:00:00-05:00", "2026-03-09T00:00:00-04:00", 5 * H],
    // ... and falls back on Sun 1 Nov: 04:00Z-11:00Z, 7 hours.
    ["New York fall", newYorkEarly, "2026-11-01T00:00:00-04:00", "2026-11-02T00:00:00-05:00", 7 * H],
    // Business hours across the New York fall-back weekend: Fri 16-17 + Mon 9-10.
    ["New York DST week", newYorkBusiness, "2026-10-30T16:00:00-04:00", "2026-11-02T10:00:00-05:00", 2 * H],
    // 24x7 counts wall time: Fri 15:00Z to Mon 08:00Z is 65 hours.
    ["24x7", alwaysCalendar(), "2026-03-27T16:00:00+01:00", "2026-03-30T10:00:00+02:00", 65 * H],
    ["empty range", berlinBusiness, "2026-03-09T10:00:00+01:00", "2026-03-09T10:00:00+01:00", 0],
    ["reversed range", berlinBusiness, "2026-03-09T12:00:00+01:00", "2026-03-09T10:00:00+01:00", 0],
  ])("%s", (_name, calendar, from, to, seconds) => {
    expect(workingSecondsBetween(calendar, ms(from), ms(to))).toBe(seconds);
  });

  it("counts a whole year of business hours in Berlin: weekdays x 8h minus the Friday holiday", () => {
    // 2026 has 261 weekdays; 25 Dec is a Friday (26 Dec a Saturday, which counts nothing anyway).
    const seconds = workingSecondsBetween(
      berlinBusiness,
      ms("2026-01-01T00:00:00+01:00"),
      ms("2027-01-01T00:00:00+01:00"),
    );
    expect(seconds).toBe((261 - 1) * 8 * H);
  });

  it("is fast over a decade and agrees with the sum of its months", () => {
    const t0 = performance.now();
    const total = workingSecondsBetween(
      berlinBusiness,
      ms("2026-01-01T00:00:00+01:00"),
      ms("2036-01-01T00:00:00+01:00"),
    );
    expect(performance.now() - t0).toBeLessThan(1000);
    let sum = 0;
    for (let y = 2026; y < 2036; y++) {
      for (let m = 1; m <= 12; m++) {
        const from = `${y}-${String(m).padStart(2, "0")}-01T00:00:00Z`;
        const to =
          m === 12 ? `${y + 1}-01-01T00:00:00Z` : `${y}-${String(m + 1).padStart(2, "0")}-01T00:00:00Z`;
        sum += workingSecondsBetween(berlinBusiness, ms(from), ms(to));
      }
    }
    expect(sum).toBe(total);
  });

  it("lists the working intervals of a day in absolute time, honouring several ranges", () => {
    const split = cal({
      timezone: "Europe/Berlin",
      hours: { ...WEEKDAYS_9_17, mon: "09:00-12:00, 13:00-17:00" },
    });
    expect(workingIntervals(split, ms("2026-03-09T00:00:00+01:00"), ms("2026-03-10T00:00:00+01:00"))).toEqual(
      [
        [ms("2026-03-09T09:00:00+01:00"), ms("2026-03-09T12:00:00+01:00")],
        [ms("2026-03-09T13:00:00+01:00"), ms("2026-03-09T17:00:00+01:00")],
      ],
    );
  });
});

describe("addWorkingSeconds", () => {
  it.each([
    // Fri 16:00 + 2h of business time: 1h on Friday, 1h on Monday morning.
    ["over a weekend", berlinBusiness, "2026-03-06T16:00:00+01:00", 2 * H, "2026-03-09T10:00:00+01:00"],
    // Thu 24 Dec 16:00 + 2h: Friday 25 Dec is a holiday.
    ["over a holiday", berlinBusiness, "2026-12-24T16:00:00+01:00", 2 * H, "2026-12-28T10:00:00+01:00"],
    // Fri 27 Mar 16:00 (+01:00) + 2h lands on Monday 10:00 local, now +02:00.
    [
      "over the Berlin DST change",
      berlinBusiness,
      "2026-03-27T16:00:00+01:00",
      2 * H,
      "2026-03-30T10:00:00+02:00",
    ],
    // Fri 30 Oct 16:00 (-04:00) + 2h lands on Monday 10:00 local, now -05:00.
    [
      "over the New York DST change",
      newYorkBusiness,
      "2026-10-30T16:00:00-04:00",
      2 * H,
      "2026-11-02T10:00:00-05:00",
    ],
    // Starting on Saturday: the first working hour is Monday 09:00-10:00.
    ["from a weekend", berlinBusiness, "2026-03-07T12:00:00+01:00", 1 * H, "2026-03-09T10:00:00+01:00"],
    // 2d = 48 working hours = six 8-hour days: Mon 09:00 to the end of the following Monday.
    [
      "2d of business hours",
      berlinBusiness,
      "2026-03-09T09:00:00+01:00",
      48 * H,
      "2026-03-16T17:00:00+01:00",
    ],
    ["24x7", alwaysCalendar(), "2026-03-29T01:30:00+01:00", 1 * H, "2026-03-29T03:30:00+02:00"],
  ])("%s", (_name, calendar, from, seconds, expected) => {
    expect(addWorkingSeconds(calendar, ms(from), seconds)).toBe(ms(expected));
  });

  it("in strict mode, a budget that runs out at closing time is exceeded when work resumes", () => {
    const friday = ms("2026-03-06T16:00:00+01:00");
    expect(addWorkingSeconds(berlinBusiness, friday, H)).toBe(ms("2026-03-06T17:00:00+01:00"));
    expect(addWorkingSeconds(berlinBusiness, friday, H, true)).toBe(ms("2026-03-09T09:00:00+01:00"));
  });

  it("skips whole years quickly", () => {
    const t0 = performance.now();
    const end = addWorkingSeconds(berlinBusiness, ms("2026-01-01T00:00:00+01:00"), 260 * 8 * H);
    expect(performance.now() - t0).toBeLessThan(500);
    // Exactly the 2026 business time (see above): it runs out at 17:00 on Thu 31 Dec 2026.
    expect(end).toBe(ms("2026-12-31T17:00:00+01:00"));
  });
});

describe("validateCalendar", () => {
  it("accepts a sound calendar", () => {
    expect(
      validateCalendar(
        { timezone: "America/New_York", hours: WEEKDAYS_9_17, holidays: ["2026-07-03"] },
        "UTC",
      ),
    ).toEqual([]);
  });

  it.each([
    [{ hours: { mon: "25:00-26:00" } }, "/hours/mon", "impossible time"],
    [{ hours: { mon: "09:60-17:00" } }, "/hours/mon", "impossible time"],
    [{ hours: { mon: "17:00-09:00" } }, "/hours/mon", "ends before it starts"],
    [{ hours: { tue: "09:00-12:00, 11:00-13:00" } }, "/hours/tue", "overlap"],
    [{ hours: { wed: "nine to five" } }, "/hours/wed", "not a time range"],
    [{ hours: { mon: "09:00-17:00", funday: "09:00-17:00" } }, "/hours/funday", "not a weekday"],
    [{ timezone: "Mars/Olympus_Mons", hours: { mon: "09:00-17:00" } }, "/timezone", "unknown time zone"],
    [{ hours: { mon: "09:00-17:00" }, holidays: ["2026-13-01"] }, "/holidays/0", "not a date"],
    [{ hours: {} }, "/hours", "no working hours"],
  ])("reports %j", (cfg, pointer, message) => {
    const problems = validateCalendar(cfg as never, "Europe/Berlin");
    expect(problems).toContainEqual({ pointer, message: expect.stringContaining(message) });
  });
});
