import { berlinIso } from "./time.js";

/** A person of the demo organization (the template's teams), committing as a GitHub user would. */
export interface Person {
  login: string;
  name: string;
  /** GitHub's noreply form, so history shows the login. */
  email: string;
}

const NAMES: Record<string, string> = {
  anna: "Anna Albrecht",
  ben: "Ben Becker",
  carol: "Carol Schmidt",
  dave: "Dave Okafor",
  erin: "Erin Novak",
  frank: "Frank Weber",
  gina: "Gina Rossi",
  hugo: "Hugo Lange",
  ines: "Ines Yilmaz",
};

/** Everyone who commits in the demo, by login. */
export const PEOPLE: Record<string, Person> = Object.fromEntries(
  Object.entries(NAMES).map(([login, name], i) => [
    login,
    { login, name, email: `${41001 + i}+${login}@users.noreply.github.com` },
  ]),
);

/** The template's teams, as the demo uses them. */
export const TEAMS = {
  desk: ["frank", "gina"],
  ops: ["carol", "dave", "hugo", "ines"],
  cab: ["carol", "dave", "erin"],
  ecab: ["dave"],
  management: ["anna", "ben"],
} as const;

/** One status change of a generated record. */
export interface Step {
  /** When it happened (epoch ms). */
  at: number;
  status: string;
  by: string;
  note?: string;
  reopened?: boolean;
}

/** A free-text line added to a record's work log. */
export interface Note {
  at: number;
  by: string;
  text: string;
}

/** Lines that appear in a record's file once a given number of steps have happened. */
export interface Addition {
  afterSteps: number;
  lines: string[];
}

/** A generated operational record: fixed fields, a lifecycle, and what appears as it progresses. */
export interface GenRecord {
  id: string;
  kind: "incident" | "change" | "request" | "problem";
  path: string;
  openedAt: number;
  openedBy: string;
  /** Status before the first step. */
  initial: string;
  steps: Step[];
  /** True: the file carries opened_at and a timeline; false: clocks come from git history. */
  timeline: boolean;
  /** Frontmatter lines before opened_at/timeline/status (kind, title, owner, ...). */
  head: string[];
  /** Lines naming other records, built when rendering because ids are given out last. */
  refs?: () => string[];
  /** Frontmatter lines after status, shown from a step on (outage, resolution, outcome, ...). */
  fields: Addition[];
  body: string;
  /** Markdown sections shown from a step on (reviews, root causes). */
  sections: Addition[];
  notes: Note[];
}

/** One file as a version of a record shows it after `applied` steps, including notes up to `at`. */
export function renderRecord(rec: GenRecord, applied: number, at: number): string {
  const out = ["---", `id: ${rec.id}`, ...rec.head, ...(rec.refs?.() ?? [])];
  const steps = rec.steps.slice(0, applied);
  if (rec.timeline) {
    out.push(`opened_at: ${berlinIso(rec.openedAt)}`);
    if (steps.length > 0) {
      out.push("timeline:");
      for (const s of steps) {
        const extra = `${s.reopened ? ", reopened: true" : ""}${s.note ? `, note: ${s.note}` : ""}`;
        out.push(`  - { at: ${berlinIso(s.at)}, status: ${s.status}, by: ${s.by}${extra} }`);
      }
    }
  }
  out.push(`status: ${steps.length > 0 ? steps[steps.length - 1]!.status : rec.initial}`);
  for (const f of rec.fields) if (f.afterSteps <= applied) out.push(...f.lines);
  out.push("---", rec.body.trimEnd(), "");
  for (const s of rec.sections) if (s.afterSteps <= applied) out.push(...s.lines, "");
  const notes = rec.notes.filter((n) => n.at <= at);
  if (notes.length > 0) {
    out.push("## Work log", "");
    for (const n of notes) out.push(`- ${berlinIso(n.at).slice(0, 16).replace("T", " ")} ${n.by}: ${n.text}`);
    out.push("");
  }
  return out.join("\n");
}

/** The repository path of a record: sharded by the month it opened in, or flat. */
export function recordPath(folder: string, id: string, openedAt: number, layout: "sharded" | "flat"): string {
  if (layout === "flat") return `${folder}/${id}.md`;
  const iso = berlinIso(openedAt);
  return `${folder}/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${id}.md`;
}
