import { escapeMarkdown } from "../approval/messages.js";
import type { SmsRecord } from "../records/record.js";
import { periodLabel } from "../sla/label.js";

export { periodLabel };

const ID = /^[A-Z][A-Z0-9]*(?:-[A-Za-z0-9._]+)+$/;

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

/** A percentage as people write it: 99.9 %, 75 %. */
export function pct(value: number | null): string {
  return value === null ? "n/a" : `${Number(value.toFixed(3))} %`;
}
