import type { LabelSet } from "./labels.js";
import {
  type ItemFlag,
  OPEN_STAGES,
  type OpenStage,
  type RegisterEvent,
  type RegisterIssue,
  type Stage,
  type StageVisit,
} from "./types.js";

const DAY_MS = 86_400_000;

/** Milliseconds as days, rounded to two decimals. */
export function toDays(ms: number): number {
  return Math.round((Math.max(0, ms) / DAY_MS) * 100) / 100;
}

/** Where an issue stands and how it got there. */
export interface StageHistory {
  stage: Stage;
  trail: StageVisit[];
  stage_days: Partial<Record<OpenStage, number>>;
  flags: ItemFlag[];
}

function ms(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** The stage of an open issue from a list of stage labels, latest-applied last. */
function stageOfLabels(present: readonly OpenStage[]): OpenStage {
  return present.at(-1) ?? "plan";
}

/**
 * Replays an issue's labeled/unlabeled/closed/reopened events into stage visits. The current stage
 * comes from the issue's labels now (the truth on GitHub); events only say when. An issue with no
 * stage label is in `plan` and flagged; a closed issue is `done`; moving back a stage opens a new
 * visit, so time in both visits counts.
 */
export function stageHistory(
  issue: RegisterIssue,
  events: readonly RegisterEvent[],
  labels: LabelSet,
  now: string,
): StageHistory {
  const flags: ItemFlag[] = [];
  const nowMs = ms(now);
  const sorted = [...events].sort((a, b) => ms(a.created_at) - ms(b.created_at) || a.id - b.id);
  const trail: StageVisit[] = [];
  let present: OpenStage[] = [];
  let open = true;
  const current = (): Stage => (open ? stageOfLabels(present) : "done");
  let visit: StageVisit = { stage: current(), from: issue.created_at, to: null };
  const moveTo = (stage: Stage, at: string) => {
    if (stage === visit.stage) return;
    visit.to = at;
    if (ms(at) > ms(visit.from)) trail.push(visit);
    visit = { stage, from: at, to: null };
  };
  for (const e of sorted) {
    // Events before the issue existed come from transferred issues; they carry no stage here.
    const at = ms(e.created_at) < ms(issue.created_at) ? issue.created_at : e.created_at;
    const stage = e.label ? labels.stageOf(e.label) : undefined;
    if (e.event === "labeled" && stage) present = [...present.filter((s) => s !== stage), stage];
    else if (e.event === "unlabeled" && stage) present = present.filter((s) => s !== stage);
    else if (e.event === "closed") open = false;
    else if (e.event === "reopened") open = true;
    else continue;
    moveTo(current(), at);
  }

  // The labels and state on the issue now are the truth; events may be missing (a label renamed
  // to a name nobody configured, a closed event GitHub did not keep).
  const nowStages = issue.labels.map((l) => labels.stageOf(l)).filter((s): s is OpenStage => s !== undefined);
  const distinct = [...new Set(nowStages)];
  if (issue.state === "open" && distinct.length === 0) flags.push("stage-label-missing");
  if (issue.state === "open" && distinct.length > 1) flags.push("stage-labels-multiple");
  let stage: Stage;
  if (issue.state === "closed") stage = "done";
  else {
    // Of several stage labels, the one applied last wins; ties fall to the furthest stage.
    const order = [...distinct].sort(
      (a, b) => present.indexOf(a) - present.indexOf(b) || OPEN_STAGES.indexOf(a) - OPEN_STAGES.indexOf(b),
    );
    stage = order.at(-1) ?? "plan";
  }
  if (stage !== visit.stage) {
    if (!(stage === "done" && issue.closed_at) && !flags.includes("stage-label-missing"))
      flags.push("stage-history-incomplete");
    const last = sorted.at(-1)?.created_at;
    const at = stage === "done" && issue.closed_at ? issue.closed_at : (last ?? issue.created_at);
    moveTo(stage, ms(at) < ms(visit.from) ? visit.from : at);
  }
  trail.push(visit);

  const stage_days: Partial<Record<OpenStage, number>> = {};
  const totals = new Map<OpenStage, number>();
  for (const v of trail) {
    if (v.stage === "done") continue;
    // Clipped to `now`, so a report at a past date ignores what happened after it.
    const to = Math.min(v.to ? ms(v.to) : nowMs, nowMs);
    totals.set(v.stage, (totals.get(v.stage) ?? 0) + Math.max(0, to - Math.min(ms(v.from), nowMs)));
  }
  for (const s of OPEN_STAGES) {
    const t = totals.get(s);
    if (t !== undefined && t > 0) stage_days[s] = toDays(t);
  }
  return { stage, trail, stage_days, flags };
}
