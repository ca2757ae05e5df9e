import { MINUTE, toMinute } from "./time.js";

/** One version of a template record, written when its timeline says it happened. */
export interface TemplateVersion {
  path: string;
  time: number;
  author: string;
  message: string;
  content: string;
}

/** The template split into what the first commit holds and the operational records' versions. */
export interface TemplatePlan {
  root: Map<string, string>;
  versions: TemplateVersion[];
}

const FIRST_STATUS: Record<string, string> = {
  incident: "new",
  request: "new",
  problem: "new",
  change: "draft",
};
const ENTRY = /^ {2}- \{ at: ([^,]+), status: ([a-z-]+)(?:, by: ([a-z]+))?/;

/**
 * Replays the template's operational records through their timelines: the record is added shortly
 * after `opened_at`, and each entry is committed minutes after the moment it records, so the demo's
 * history corroborates its timelines. The last version is the template file itself.
 */
export function planTemplate(files: Map<string, string>): TemplatePlan {
  const root = new Map<string, string>();
  const versions: TemplateVersion[] = [];
  for (const [path, text] of files) {
    const kind = /^kind: ([a-z-]+)$/m.exec(text)?.[1] ?? "";
    const opened = /^opened_at: (\S+)$/m.exec(text)?.[1];
    const lines = text.split("\n");
    const tl = lines.indexOf("timeline:");
    if (!(kind in FIRST_STATUS) || !opened || tl < 0) {
      root.set(path, text);
      continue;
    }
    let end = tl + 1;
    while (ENTRY.test(lines[end] ?? "")) end++;
    const entries = lines.slice(tl + 1, end).map((l) => ENTRY.exec(l)!);
    const id = /^id: (\S+)$/m.exec(text)?.[1] ?? path;
    const owner = /^owner: ([a-z]+)$/m.exec(text)?.[1];
    const person = (by: string | undefined) => by ?? owner ?? "ben";
    let time = toMinute(Date.parse(opened) + 4 * MINUTE);
    const version = (k: number): string => {
      if (k === entries.length) return text;
      const status = k === 0 ? FIRST_STATUS[kind]! : entries[k - 1]![2]!;
      const kept = k === 0 ? [] : ["timeline:", ...lines.slice(tl + 1, tl + 1 + k)];
      const body = [...lines.slice(0, tl), ...kept, ...lines.slice(end)];
      return body.map((l) => (/^status: /.test(l) ? `status: ${status}` : l)).join("\n");
    };
    versions.push({ path, time, author: person(undefined), message: `${id}: recorded`, content: version(0) });
    entries.forEach((e, i) => {
      // Minutes after the moment itself, and never before the previous version.
      time = Math.max(time + MINUTE, toMinute(Date.parse(e[1]!) + (3 + ((i * 7) % 11)) * MINUTE));
      versions.push({ path, time, author: person(e[3]), message: `${id}: ${e[2]}`, content: version(i + 1) });
    });
  }
  return { root, versions };
}
