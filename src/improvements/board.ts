import type { SmsRecord } from "../records/record.js";
import { type ImprovementItem, OPEN_STAGES, type OpenStage, STAGES, type Stage } from "./types.js";

function mean(values: readonly number[]): number | null {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round(((s[mid - 1]! + s[mid]!) / 2) * 100) / 100;
}

/** The evidence site's view of the improvement register: a board by stage, cycle times and each item's trail. */
export interface ImprovementBoard {
  columns: { stage: Stage; count: number; items: ImprovementItem[] }[];
  /** Opened to closed, in days, over closed items. */
  cycle: { closed: number; mean_days: number | null; median_days: number | null };
  /** Mean days items spent in each stage (all visits of the items that were in it). */
  stage_mean_days: Record<OpenStage, number | null>;
  open: number;
  overdue: number;
  /** Items whose labels need attention on GitHub (no stage label, several stage labels). */
  flagged: number;
  /** Every item with its trail, oldest issue first. */
  items: ImprovementItem[];
}

/** Builds the register page's data from the register items. Pure. */
export function improvementBoard(items: readonly ImprovementItem[]): ImprovementBoard {
  const sorted = [...items].sort((a, b) => a.issue - b.issue);
  const cycles = sorted.filter((i) => i.state === "closed").map((i) => i.age_days);
  const stage_mean_days = Object.fromEntries(
    OPEN_STAGES.map((s) => [
      s,
      mean(sorted.map((i) => i.stage_days[s]).filter((d): d is number => d !== undefined)),
    ]),
  ) as Record<OpenStage, number | null>;
  return {
    columns: STAGES.map((stage) => {
      const list = sorted.filter((i) => i.stage === stage);
      return { stage, count: list.length, items: list };
    }),
    cycle: { closed: cycles.length, mean_days: mean(cycles), median_days: median(cycles) },
    stage_mean_days,
    open: sorted.filter((i) => i.state === "open").length,
    overdue: sorted.filter((i) => i.overdue).length,
    flagged: sorted.filter((i) => i.flags.length > 0).length,
    items: sorted,
  };
}

/** `improvements` in `sms metrics --json`. */
export interface ImprovementFigures {
  /** Where the figures come from: GitHub issues, or only the records (offline). */
  source: "issues" | "records";
  by_stage: Record<Stage, number>;
  by_type: { improvement: number; nonconformity: number };
  /** Issues opened and closed in each period; empty when only records were read. */
  periods: { from: string; to: string; opened: number; closed: number }[];
  mean_cycle_days: number | null;
  overdue: number | null;
}

/** Improvement figures per period from the register (counts by stage, opened and closed, mean cycle time). */
export function improvementFigures(
  items: readonly ImprovementItem[],
  periods: readonly { from: string; to: string }[],
): ImprovementFigures {
  const by_stage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const i of items) by_stage[i.stage]++;
  const within = (iso: string | null, p: { from: string; to: string }) => {
    if (!iso) return false;
    const t = Date.parse(iso);
    return t >= Date.parse(p.from) && t < Date.parse(p.to);
  };
  return {
    source: "issues",
    by_stage,
    by_type: {
      improvement: items.filter((i) => i.type === "improvement").length,
      nonconformity: items.filter((i) => i.type === "nonconformity").length,
    },
    periods: periods.map((p) => ({
      from: p.from,
      to: p.to,
      opened: items.filter((i) => within(i.opened_at, p)).length,
      closed: items.filter((i) => within(i.closed_at, p)).length,
    })),
    mean_cycle_days: mean(items.filter((i) => i.state === "closed").map((i) => i.age_days)),
    overdue: items.filter((i) => i.overdue).length,
  };
}

/**
 * The same figures from `improvement` and `nonconformity` records alone, for offline runs: stages
 * from the improvement records' status, nonconformities by whether they are closed.
 */
export function improvementFiguresFromRecords(
  records: readonly Pick<SmsRecord, "data">[],
): ImprovementFigures {
  const by_stage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let improvement = 0;
  let nonconformity = 0;
  for (const r of records) {
    if (r.data.kind === "improvement") {
      improvement++;
      const s = r.data.status;
      if (typeof s === "string" && (STAGES as readonly string[]).includes(s)) by_stage[s as Stage]++;
    } else if (r.data.kind === "nonconformity") nonconformity++;
  }
  return {
    source: "records",
    by_stage,
    by_type: { improvement, nonconformity },
    periods: [],
    mean_cycle_days: null,
    overdue: null,
  };
}
