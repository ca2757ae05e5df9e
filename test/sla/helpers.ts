import { DateTime } from "luxon";
import type { CalendarConfig, SmsConfig } from "../../src/config/types.js";
import { type Calendar, compileCalendar } from "../../src/sla/calendar.js";

/** Epoch ms of an ISO date-time with offset; throws on typos so tables fail loudly. */
export function ms(iso: string): number {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) throw new Error(`bad test timestamp ${iso}`);
  return dt.toMillis();
}

export const H = 3600;

export const WEEKDAYS_9_17: CalendarConfig["hours"] = {
  mon: "09:00-17:00",
  tue: "09:00-17:00",
  wed: "09:00-17:00",
  thu: "09:00-17:00",
  fri: "09:00-17:00",
};

/** Compiles a calendar that must be valid. */
export function cal(cfg: CalendarConfig, name = "test"): Calendar {
  const { calendar, problems } = compileCalendar(name, cfg, "Europe/Berlin");
  if (!calendar) throw new Error(problems.map((p) => p.message).join("; "));
  return calendar;
}

export const berlinBusiness = cal({
  timezone: "Europe/Berlin",
  hours: WEEKDAYS_9_17,
  holidays: ["2026-12-25", "2026-12-26"],
});
export const newYorkBusiness = cal({ timezone: "America/New_York", hours: WEEKDAYS_9_17 });

export function config(extra: Partial<SmsConfig> = {}): SmsConfig {
  return {
    organization: "Example Corp",
    timezone: "Europe/Berlin",
    edition: "2018",
    teams: {},
    calendars: {
      "business-hours": {
        timezone: "Europe/Berlin",
        hours: WEEKDAYS_9_17,
        holidays: ["2026-12-25", "2026-12-26"],
      },
    },
    folders: [],
    backdateToleranceSeconds: 86400,
    evidenceBranch: "sms/evidence",
    maxFileSize: 1_000_000,
    ...extra,
  };
}
