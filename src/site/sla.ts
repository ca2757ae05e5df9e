import type { AvailabilityResult, PeriodMetrics, TargetMetrics } from "../sla/index.js";
import { periodLabel as periodWords } from "../sla/label.js";
import { byText } from "./common.js";
import type { MetricsResult } from "./types.js";

/** A period page of the SLA report. */
export interface SlaPeriodView {
  key: string;
  path: string;
  from: string;
  to: string;
  label: string;
  slas: SlaView[];
  missed: number;
  measured: number;
}

/** One SLA within a period. */
export interface SlaView {
  id: string;
  href?: string;
  title: string;
  targets: (TargetMetrics & {
    withinText: string;
    achievedText: string;
    breachLinks: { id: string; href?: string; elapsed: string }[];
  })[];
  availability: (AvailabilityResult & { achievedText: string; downtimeText: string; degradedText: string })[];
  chart?: { path: string; alt: string };
}

/** Seconds as "1d 2h 3m" (whole minutes; seconds only below a minute). */
export function formatSeconds(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.round(s / 60);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const mm = m % 60;
  return [d ? `${d}d` : "", h ? `${h}h` : "", mm || (!d && !h) ? `${mm}m` : ""].filter(Boolean).join(" ");
}

/** A file-name key of a period: 2026-03-01--2026-04-01. */
export function periodKey(p: Pick<PeriodMetrics, "from" | "to">): string {
  return `${p.from.slice(0, 10)}--${p.to.slice(0, 10)}`.replace(/[^0-9-]/g, "_");
}

/** Readable label of a period: a month, a quarter, a week or a date range. */
export function periodLabel(p: Pick<PeriodMetrics, "from" | "to">): string {
  return periodWords(p.from, p.to);
}

const pct = (v: number | null, digits: number) => (v === null ? "not measured" : `${v.toFixed(digits)} %`);

/** Vega-Lite spec of a period's targets: achieved per target as bars, the goal as a tick. */
export function targetChartSpec(targets: readonly TargetMetrics[], title: string): Record<string, unknown> {
  const values = targets
    .filter((t) => t.achieved !== null)
    .map((t) => ({ target: t.name, achieved: t.achieved, goal: t.goal, result: t.ok ? "met" : "missed" }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width: 420,
    height: { step: 28 },
    data: { values },
    encoding: { y: { field: "target", type: "nominal", title: null, sort: null, axis: { labelLimit: 260 } } },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          x: { field: "achieved", type: "quantitative", title: "achieved (%)", scale: { domain: [0, 100] } },
          color: {
            field: "result",
            type: "nominal",
            scale: { domain: ["met", "missed"], range: ["#1a7f37", "#b3261e"] },
            legend: { title: null, orient: "bottom" },
          },
        },
      },
      {
        mark: { type: "tick", color: "#000000", thickness: 3 },
        encoding: { x: { field: "goal", type: "quantitative" } },
      },
    ],
    config: { font: "sans-serif", view: { stroke: null } },
  };
}

/** One cell of the trend grid: a target (or a service's availability) in one period. */
export interface TrendCell {
  period: string;
  target: string;
  /** Achieved percentage as text, or "" when nothing was measured. */
  label: string;
  result: "met" | "missed" | "not measured";
}

/** Vega-Lite spec of one SLA across periods: a grid of targets by period, coloured by result. */
export function trendChartSpec(
  cells: readonly TrendCell[],
  periods: readonly string[],
  title: string,
): Record<string, unknown> {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    data: { values: cells },
    width: { step: 86 },
    height: { step: 26 },
    encoding: {
      x: {
        field: "period",
        type: "ordinal",
        title: null,
        sort: periods,
        axis: { orient: "top", labelAngle: 0 },
      },
      y: { field: "target", type: "nominal", title: null, sort: null, axis: { labelLimit: 260 } },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "#ffffff", strokeWidth: 2 },
        encoding: {
          color: {
            field: "result",
            type: "nominal",
            scale: { domain: ["met", "missed", "not measured"], range: ["#a6dba0", "#f4a3a0", "#e3e6ea"] },
            legend: { title: null, orient: "bottom" },
          },
        },
      },
      { mark: { type: "text", color: "#1b1f24", fontSize: 11 }, encoding: { text: { field: "label" } } },
    ],
    config: { font: "sans-serif", view: { stroke: null }, axis: { domain: false, ticks: false } },
  };
}

/** Builds the period views of the SLA report from metrics; charts are named, drawn by the caller. */
export function slaPeriods(
  metrics: MetricsResult,
  hrefOf: (id: string) => string | undefined,
  titleOf: (id: string) => string,
  chartStem: (id: string) => string,
): SlaPeriodView[] {
  const periods = [...metrics.periods].sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to));
  return periods.map((p) => {
    const key = periodKey(p);
    let missed = 0;
    let measured = 0;
    const slas: SlaView[] = [...p.slas]
      .sort((a, b) => byText(a.id, b.id))
      .map((s) => {
        const targets = s.targets.map((t) => {
          measured += t.measured > 0 ? 1 : 0;
          missed += t.ok ? 0 : 1;
          return {
            ...t,
            withinText: formatSeconds(t.within_seconds),
            achievedText: pct(t.achieved, 2),
            breachLinks: t.breaches.map((b) => ({
              id: b.record,
              href: hrefOf(b.record),
              elapsed: formatSeconds(b.elapsed_seconds),
            })),
          };
        });
        const availability = s.availability.map((a) => {
          measured += a.achieved !== null ? 1 : 0;
          missed += a.ok ? 0 : 1;
          return {
            ...a,
            achievedText: pct(a.achieved, 3),
            downtimeText: formatSeconds(a.downtime_seconds),
            degradedText: formatSeconds(a.degraded_seconds),
          };
        });
        const drawn = targets.filter((t) => t.achieved !== null);
        const chart =
          drawn.length > 0
            ? {
                path: `sla/charts/${key}-${chartStem(s.id)}.svg`,
                alt: `${s.id}, ${periodLabel(p)}: ${drawn.map((t) => `${t.name} ${t.achievedText} (goal ${t.goal} %, ${t.ok ? "met" : "missed"})`).join("; ")}`,
              }
            : undefined;
        return { id: s.id, href: hrefOf(s.id), title: titleOf(s.id), targets, availability, chart };
      });
    return {
      key,
      path: `sla/${key}.html`,
      from: p.from,
      to: p.to,
      label: periodLabel(p),
      slas,
      missed,
      measured,
    };
  });
}
