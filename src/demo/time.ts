// The demo lives in Europe/Berlin (the template's zone). Formatting hundreds of thousands of stamps
// through luxon would dominate generation, so the EU summer-time rule is applied directly.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const switches = new Map<number, [number, number]>();

/** Start and end (epoch ms) of EU summer time in a year: last Sundays of March and October, 01:00 UTC. */
function summer(year: number): [number, number] {
  let s = switches.get(year);
  if (!s) {
    const lastSunday = (month: number) => {
      const last = new Date(Date.UTC(year, month + 1, 0));
      return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
    };
    s = [lastSunday(2), lastSunday(9)];
    switches.set(year, s);
  }
  return s;
}

/** Berlin's offset from UTC in minutes at an instant. */
export function berlinOffset(ms: number): number {
  const [from, to] = summer(new Date(ms).getUTCFullYear());
  return ms >= from && ms < to ? 120 : 60;
}

/** An instant as Berlin wall time with its offset: 2026-03-06T15:20:00+01:00. */
export function berlinIso(ms: number): string {
  const off = berlinOffset(ms);
  const wall = new Date(Math.floor(ms / MINUTE) * MINUTE + off * MINUTE).toISOString().slice(0, 19);
  return `${wall}+0${off / 60}:00`;
}

/** Git's "+0100" form of the offset. */
export function gitOffset(ms: number): string {
  return `+0${berlinOffset(ms) / 60}00`;
}

/** Berlin wall-clock hour (0-23) and ISO weekday (1 = Monday) of an instant. */
export function berlinClock(ms: number): { hour: number; weekday: number } {
  const local = new Date(ms + berlinOffset(ms) * MINUTE);
  return { hour: local.getUTCHours(), weekday: ((local.getUTCDay() + 6) % 7) + 1 };
}

/** The instant of a Berlin wall time on the day that contains `ms`. */
export function berlinAt(ms: number, hour: number, minute = 0): number {
  const off = berlinOffset(ms);
  const localMidnight = Math.floor((ms + off * MINUTE) / DAY) * DAY;
  return localMidnight + hour * HOUR + minute * MINUTE - off * MINUTE;
}

/** Rounds an instant down to the minute: records are written to the minute. */
export function toMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}

export { DAY, HOUR, MINUTE };

/** True inside the service desk's hours (Monday to Friday, 08:00-18:00 Berlin). */
export function isBusiness(ms: number): boolean {
  const { hour, weekday } = berlinClock(ms);
  return weekday <= 5 && hour >= 8 && hour < 18;
}

/** The instant itself when it is inside desk hours, else the next opening (08:00 of the next weekday). */
export function nextBusiness(ms: number): number {
  let t = ms;
  for (let i = 0; i < 8 && !isBusiness(t); i++) {
    const { hour, weekday } = berlinClock(t);
    t = weekday <= 5 && hour < 8 ? berlinAt(t, 8) : berlinAt(t + DAY, 8);
  }
  return t;
}

/** Adds working time in desk hours, as people who only work then would spend it. */
export function addBusiness(ms: number, hours: number): number {
  let t = nextBusiness(ms);
  let rest = hours * HOUR;
  for (let guard = 0; rest > 0 && guard < 1000; guard++) {
    const close = berlinAt(t, 18);
    const chunk = Math.min(rest, close - t);
    t += chunk;
    rest -= chunk;
    if (rest > 0) t = nextBusiness(close);
  }
  return t;
}
