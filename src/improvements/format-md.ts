import { escapeMarkdown } from "../approval/messages.js";
import type { SmsRecord } from "../records/record.js";

const ID = /^[A-Z][A-Z0-9]*(?:-[A-Za-z0-9._]+)+$/;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Record text is untrusted: one escaped line of Markdown (no HTML, mentions, links or markers). */
export function md(text: unknown): string {
  return escapeMarkdown(text ?? "");
}

/** An issue title from untrusted parts: one line, no control or direction characters, at most 256 characters. */
export function plainTitle(text: string): string {
  const clean = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return clean.length > 256 ? `${clean.slice(0, 255)}…` : clean;
}

/**
 * A link to a record's file that works from the issue page (`/owner/repo/issues/N`): `../blob/HEAD/`
 * is the default branch of the same repository, wherever it is hosted.
 */
export function recordLink(id: string, byId: ReadonlyMap<string, SmsRecord>): string {
  const record = byId.get(id);
  if (!ID.test(id)) return md(id);
  if (!record) return `\`${id}\``;
  const href = record.path.split("/").map(encodeURIComponent).join("/");
  return `[${id}](../blob/HEAD/${href})`;
}

/** Seconds of counted time in words: 40m, 2h 30m, 1d 4h. */
export function humanSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [d ? `${d}d` : "", h ? `${h}h` : "", m ? `${m}m` : ""].filter(Boolean);
  if (parts.length === 0) return `${s % 60}s`;
  return parts.slice(0, 2).join(" ");
}

function ymd(iso: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function dayBefore(iso: string): string {
  const p = ymd(iso);
  if (!p) return iso;
  return new Date(Date.UTC(p[0], p[1] - 1, p[2] - 1)).toISOString().slice(0, 10);
}

/** A reporting period in words ("March 2026", "Q1 2026", "week of 2026-03-02", "2026-03-15 to 2026-03-31"). */
export function periodLabel(from: string, to: string): string {
  const a = ymd(from);
  const b = ymd(to);
  if (!a || !b) return `${from} to ${to}`;
  const months = (b[0] - a[0]) * 12 + (b[1] - a[1]);
  if (a[2] === 1 && b[2] === 1 && months === 1) return `${MONTHS[a[1] - 1]} ${a[0]}`;
  if (a[2] === 1 && b[2] === 1 && months === 3 && (a[1] - 1) % 3 === 0) return `Q${(a[1] + 2) / 3} ${a[0]}`;
  const days = (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000;
  if (days === 7 && new Date(Date.UTC(a[0], a[1] - 1, a[2])).getUTCDay() === 1)
    return `week of ${from.slice(0, 10)}`;
  return `${from.slice(0, 10)} to ${dayBefore(to)}`;
}

/** A percentage as people write it: 99.9 %, 75 %. */
export function pct(value: number | null): string {
  return value === null ? "n/a" : `${Number(value.toFixed(3))} %`;
}
