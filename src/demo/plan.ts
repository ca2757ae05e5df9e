import { type ChangeSpec, makeChange, wentWrong } from "./changes.js";
import { type GenContext, makeIncident, openings, type ServiceId } from "./incidents.js";
import { type GenRecord, recordPath, renderRecord } from "./model.js";
import { seeded } from "./random.js";
import { makeProblem, makeRequest } from "./requests.js";
import { planTemplate } from "./template.js";
import { berlinAt, DAY, isBusiness, MINUTE, toMinute } from "./time.js";

/** How big and what shape of demo history to plan. */
export interface PlanOptions {
  seed: number;
  /** Epoch ms of the root commit and of the end of history. */
  start: number;
  end: number;
  incidents: number;
  changes: number;
  requests: number;
  problems: number;
  /** Total commits wanted; extra commits are work-log notes, fewer means several records per commit. */
  commits?: number;
  layout: "sharded" | "flat";
}

/** One file a commit writes. `content` is rendered when the commit is written, to keep memory small. */
export interface PlannedFile {
  path: string;
  content: () => string;
}

/** One commit of the demo history, in order. */
export interface PlannedCommit {
  time: number;
  author: string;
  message: string;
  files: PlannedFile[];
}

/** The planned history and what is in it. */
export interface DemoPlan {
  commits: PlannedCommit[];
  records: GenRecord[];
}

interface Version {
  time: number;
  seq: number;
  author: string;
  message: string;
  file: PlannedFile;
}

const PREFIX = { incident: "INC", change: "CHG", request: "REQ", problem: "PRB" } as const;
const FOLDER = {
  incident: "incidents",
  change: "changes",
  request: "requests",
  problem: "problems",
} as const;

/** The major outage every demo has, on a Wednesday afternoon in September when it is in range. */
const MAJOR = Date.parse("2026-09-16T14:05:00+02:00");

function generate(ctx: GenContext, opts: PlanOptions): GenRecord[] {
  const { rnd } = ctx;
  const service = (): ServiceId => (rnd.chance(0.7) ? "SVC-shop-hosting" : "SVC-backup");
  const incidents = openings(ctx, opts.incidents).map((openedAt) =>
    makeIncident(ctx, {
      openedAt,
      service: service(),
      priority: rnd.weighted([
        ["P1", 3],
        ["P2", 14],
        ["P3", 50],
        ["P4", 33],
      ] as const),
    }),
  );
  const changes: GenRecord[] = [];
  const add = (spec: ChangeSpec) => changes.push(makeChange(ctx, spec));
  if (MAJOR > ctx.start && MAJOR < ctx.end - 3 * DAY && opts.incidents > 0) {
    const major = makeIncident(ctx, {
      openedAt: MAJOR,
      priority: "P1",
      service: "SVC-shop-hosting",
      major: true,
    });
    incidents.push(major);
    add({ openedAt: MAJOR + 40 * MINUTE, type: "emergency", service: "SVC-shop-hosting", incident: major });
  }
  // Planned maintenance with the shops down, once a month, as the SLA allows.
  for (
    let m = berlinAt(ctx.start + 3 * DAY, 10);
    m < ctx.end - 20 * DAY && changes.length < opts.changes;
    m += 30 * DAY
  ) {
    add({
      openedAt: m,
      type: "normal",
      service: "SVC-shop-hosting",
      plannedOutage: true,
      outcome: "successful",
    });
  }
  const urgent = incidents.filter((i) => /^priority: P[12]$/m.test(i.head.join("\n")) && i.steps.length > 1);
  for (const openedAt of openings(ctx, Math.max(0, opts.changes - changes.length), 0.95)) {
    const type = rnd.weighted([
      ["standard", 50],
      ["normal", 40],
      ["emergency", 10],
    ] as const);
    const incident = type === "emergency" ? urgent.find((i) => i.openedAt > openedAt - 3 * DAY) : undefined;
    if (type === "emergency" && incident) {
      urgent.splice(urgent.indexOf(incident), 1);
      add({ openedAt: incident.steps[0]!.at + 10 * MINUTE, type, service: "SVC-shop-hosting", incident });
    } else {
      const svc = service();
      add({
        openedAt,
        type: type === "emergency" ? "normal" : type,
        service: svc,
        plannedOutage: type === "normal" && svc === "SVC-shop-hosting" && rnd.chance(0.25),
      });
    }
  }
  // Some failed or rolled-back changes hurt: an incident follows, linked to its change.
  for (const change of changes) {
    const at = wentWrong(change);
    if (at !== undefined && at < ctx.end - DAY && rnd.chance(0.5)) {
      incidents.push(
        makeIncident(ctx, { openedAt: toMinute(at), priority: "P2", service: "SVC-shop-hosting", change }),
      );
    }
  }
  const requests = openings(ctx, opts.requests, 0.97).map((t) =>
    makeRequest(ctx, isBusiness(t) ? t : t + DAY / 2),
  );
  const problems: GenRecord[] = [];
  const byTitle = new Map<string, GenRecord[]>();
  for (const i of incidents) {
    const key = i.head.find((l) => l.startsWith("title: "))?.replace(/ \(.*$/, "") ?? "";
    byTitle.set(key, [...(byTitle.get(key) ?? []), i]);
  }
  // Problems behind incidents of the same kind: a few incidents each, the commonest kinds first.
  const groups = [...byTitle.values()].sort((a, b) => b.length - a.length);
  for (let round = 0; round < 100 && problems.length < opts.problems; round++) {
    for (const group of groups) {
      if (problems.length >= opts.problems) break;
      const slice = group.slice(round * 4, round * 4 + rnd.int(2, 4));
      const p = slice.length >= 2 ? makeProblem(ctx, slice) : undefined;
      if (p) problems.push(p);
    }
  }
  return [...incidents, ...changes, ...requests, ...problems];
}

/** Numbers records by opening time within each kind and files them in their folders. */
function number(records: GenRecord[], layout: PlanOptions["layout"]): void {
  const counters: Record<string, number> = {};
  for (const rec of [...records].sort((a, b) => a.openedAt - b.openedAt || a.kind.localeCompare(b.kind))) {
    const n = (counters[rec.kind] = (counters[rec.kind] ?? 1000) + 1);
    rec.id = `${PREFIX[rec.kind]}-${n}`;
    rec.path = recordPath(FOLDER[rec.kind], rec.id, rec.openedAt, layout);
  }
}

/** Each record's versions: its opening, each step, and its work-log notes, at commit times. */
function versionsOf(rec: GenRecord, end: number, seq: { n: number }): Version[] {
  const out: Version[] = [];
  const delay = (i: number) => (rec.timeline ? (2 + ((i * 5) % 17)) * MINUTE : 0);
  let time = toMinute(rec.openedAt + (rec.timeline ? 3 * MINUTE : 0));
  const times: number[] = [];
  for (let k = 0; k <= rec.steps.length; k++) {
    if (k > 0) time = Math.max(time + MINUTE, rec.steps[k - 1]!.at + delay(k));
    // History-derived records change status when the commit says so.
    if (k > 0 && !rec.timeline) rec.steps[k - 1]!.at = time;
    if (time >= end) break;
    times.push(time);
  }
  rec.steps.length = Math.max(0, times.length - 1);
  times.forEach((t, k) => {
    const step = rec.steps[k - 1];
    out.push({
      time: t,
      seq: seq.n++,
      author: step?.by ?? rec.openedBy,
      message: `${rec.id}: ${step ? step.status : "opened"}${step?.note ? ` (${step.note})` : ""}`,
      file: { path: rec.path, content: () => renderRecord(rec, k, t) },
    });
  });
  for (const note of rec.notes) {
    const applied = Math.max(0, times.filter((t) => t <= note.at).length - 1);
    out.push({
      time: note.at,
      seq: seq.n++,
      author: note.by,
      message: `${rec.id}: work log`,
      file: { path: rec.path, content: () => renderRecord(rec, applied, note.at) },
    });
  }
  return out;
}

const NOTES = ["checked the logs", "called the customer", "added monitoring", "updated the status page"];

/** Plans the whole demo history: the template's first commit, then every record version in time order. */
export function planDemo(template: Map<string, string>, opts: PlanOptions): DemoPlan {
  const ctx: GenContext = { rnd: seeded(opts.seed), start: opts.start, end: opts.end };
  const records = generate(ctx, opts);
  number(records, opts.layout);
  const tpl = planTemplate(template);
  const seq = { n: 0 };
  const versions: Version[] = tpl.versions
    .filter((v) => v.time < opts.end)
    .map((v) => ({ ...v, seq: seq.n++, file: { path: v.path, content: () => v.content } }));
  const natural = records.reduce((n, r) => n + r.steps.length + 1, 0) + versions.length + 1;
  // Work-log notes make up the commits asked for, on records while they are open.
  for (let extra = (opts.commits ?? 0) - natural; extra > 0; extra--) {
    const rec = ctx.rnd.pick(records);
    const last = Math.min(rec.steps[rec.steps.length - 1]?.at ?? rec.openedAt + DAY, opts.end - MINUTE);
    const at = toMinute(
      rec.openedAt + 5 * MINUTE + ctx.rnd.next() * Math.max(MINUTE, last - rec.openedAt - 5 * MINUTE),
    );
    rec.notes.push({ at, by: rec.openedBy, text: ctx.rnd.pick(NOTES) });
  }
  for (const rec of records) {
    rec.notes.sort((a, b) => a.at - b.at);
    versions.push(...versionsOf(rec, opts.end, seq));
  }
  versions.sort((a, b) => a.time - b.time || a.seq - b.seq);
  const root: PlannedCommit = {
    time: opts.start,
    author: "ben",
    message: "Start the service management system from the sms-as-code template",
    files: [...template.keys()]
      .filter((p) => tpl.root.has(p))
      .map((p) => ({ path: p, content: () => tpl.root.get(p)! })),
  };
  const commits: PlannedCommit[] = [root];
  const wanted = Math.max(1, (opts.commits ?? Number.POSITIVE_INFINITY) - 1);
  const per = Math.max(1, versions.length / wanted);
  for (let i = 0; i < versions.length; ) {
    // Fewer commits than versions: consecutive versions share a commit, at the time of its last one.
    const next = Math.min(versions.length, Math.max(i + 1, Math.round(commits.length * per)));
    const group = versions.slice(i, next);
    const last = group[group.length - 1]!;
    commits.push({
      time: last.time,
      author: last.author,
      message: group.length === 1 ? last.message : `${group.length} record updates`,
      files: group.map((v) => v.file),
    });
    i = next;
  }
  return { commits, records };
}
