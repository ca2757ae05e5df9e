import { dependencyGraph, graphSvg, layoutGraph, MAX_GRAPH_NODES, reduceEdges } from "./ci-graph.js";
import { byText, idList, isoDay, text } from "./common.js";
import type { RecordApproval } from "./ledger.js";
import type { ModelContext } from "./model.js";
import { changeChains } from "./sampling.js";
import { slaPeriods, type TrendCell, targetChartSpec, trendChartSpec } from "./sla.js";
import type { Page } from "./types.js";

/** The configuration items page: the dependency graph and a table that says the same in words. */
export function configurationPage(ctx: ModelContext): Page {
  const g = dependencyGraph(ctx.records, ctx.hrefOfId);
  const drawn = g.nodes.length > 0 && g.nodes.length <= MAX_GRAPH_NODES;
  const svg = drawn
    ? graphSvg(
        layoutGraph(g.nodes, reduceEdges(g.edges)),
        "Services and the configuration items they depend on",
      )
    : undefined;
  const deps = new Map<string, string[]>();
  const users = new Map<string, string[]>();
  for (const e of g.edges) {
    deps.set(e.from, [...(deps.get(e.from) ?? []), e.to]);
    users.set(e.to, [...(users.get(e.to) ?? []), e.from]);
  }
  const link = (id: string) => ({ id, href: ctx.hrefOfId(id) });
  const rows = g.nodes.map((n) => ({
    ...n,
    isService: n.kind === "service",
    dependsOn: (deps.get(n.id) ?? []).map(link),
    usedBy: (users.get(n.id) ?? []).map(link),
    verified: isoDay(ctx.recordOfId(n.id)?.data.verified_on) ?? "",
  }));
  return {
    path: "configuration.html",
    template: "configuration",
    title: "Configuration items",
    data: {
      svg,
      tooLarge: g.nodes.length > MAX_GRAPH_NODES,
      nodeCount: g.nodes.length,
      edgeCount: g.edges.length,
      rows,
    },
  };
}

function cell(
  period: string,
  target: string,
  achieved: number | null,
  ok: boolean,
  digits: number,
): TrendCell {
  return achieved === null
    ? { period, target, label: "", result: "not measured" }
    : { period, target, label: achieved.toFixed(digits), result: ok ? "met" : "missed" };
}

/** The SLA report: an index with trends and one page per period; charts are specs for the caller. */
export function slaPages(ctx: ModelContext): {
  pages: Page[];
  charts: { path: string; spec: Record<string, unknown> }[];
} {
  const metrics = ctx.input.metrics;
  const charts: { path: string; spec: Record<string, unknown> }[] = [];
  const stem = (id: string) =>
    (ctx.hrefOfId(id) ?? `records/${id}.html`).replace(/^records\//, "").replace(/\.html$/, "");
  const periods = metrics
    ? slaPeriods(metrics, ctx.hrefOfId, (id) => text(ctx.recordOfId(id)?.data.title), stem)
    : [];
  const pages: Page[] = [];
  for (const p of periods) {
    for (const s of p.slas)
      if (s.chart)
        charts.push({ path: s.chart.path, spec: targetChartSpec(s.targets, `${s.id}: ${p.label}`) });
    pages.push({ path: p.path, template: "sla-period", title: `SLA report ${p.label}`, data: { period: p } });
  }
  const slaIds = [...new Set(periods.flatMap((p) => p.slas.map((s) => s.id)))].sort(byText);
  const labels = periods.map((p) => p.label);
  const trends = slaIds.flatMap((id) => {
    const cells: TrendCell[] = periods.flatMap((p) => {
      const sla = p.slas.find((s) => s.id === id);
      if (!sla) return [];
      const targets = sla.targets.map((t) => cell(p.label, t.name, t.achieved, t.ok, 2));
      const avail = sla.availability.map((a) =>
        cell(p.label, `Availability ${a.service}`, a.achieved, a.ok, 3),
      );
      return [...targets, ...avail];
    });
    if (periods.length < 2 || cells.length === 0) return [];
    const path = `sla/charts/trend-${stem(id)}.svg`;
    charts.push({ path, spec: trendChartSpec(cells, labels, `${id}: results per period`) });
    const missed = cells
      .filter((c) => c.result === "missed")
      .map((c) => `${c.target} in ${c.period} (${c.label})`);
    return [
      {
        id,
        href: ctx.hrefOfId(id),
        path,
        alt: `${id} over ${periods.length} periods: ${missed.length === 0 ? "every measured target met" : `missed: ${missed.join("; ")}`}`,
      },
    ];
  });
  pages.unshift({
    path: "sla/index.html",
    template: "sla-index",
    title: "SLA reports",
    data: {
      periods: [...periods].reverse().map((p) => ({
        path: p.path,
        label: p.label,
        from: p.from,
        to: p.to,
        missed: p.missed,
        slaCount: p.slas.length,
      })),
      trends,
      note: metrics
        ? undefined
        : (ctx.input.notes?.metrics ?? "SLA results are not available in this build."),
    },
  });
  return { pages, charts };
}

/** The audit-sampling page: each change from request to closure, gaps flagged. */
export function samplingPage(ctx: ModelContext, approvals: ReadonlyMap<string, RecordApproval[]>): Page {
  const chains = changeChains({
    records: ctx.records,
    hrefOf: ctx.hrefOfId,
    approvals,
    hasLedger: ctx.input.ledger !== undefined,
    history: ctx.input.history ? (r) => ctx.input.history?.get(text(r.data.id)) : undefined,
    headings: (r) => ctx.input.bodies.get(r.oid)?.headings ?? [],
  });
  const rows = chains.map((c) => ({
    anchor: `s-${ctx
      .hrefOfRecord(c.change)
      .replace(/^records\//, "")
      .replace(/\.html$/, "")}`,
    id: text(c.change.data.id),
    title: text(c.change.data.title),
    href: ctx.hrefOfRecord(c.change),
    type: text(c.change.data.type),
    status: text(c.change.data.status),
    gaps: c.gaps,
    steps: c.steps.map((s) => ({ ...s, stateClass: s.state.replace("/", "") })),
  }));
  return {
    path: "sampling.html",
    template: "sampling",
    title: "Audit sampling: changes from request to closure",
    data: {
      rows,
      withGaps: rows.filter((r) => r.gaps > 0).length,
      gapRows: rows.filter((r) => r.gaps > 0).map((r) => ({ id: r.id, anchor: r.anchor, gaps: r.gaps })),
      ledgerNote: ctx.input.ledger === undefined ? (ctx.input.notes?.ledger ?? "No ledger yet.") : undefined,
      historyNote:
        ctx.input.history === undefined
          ? (ctx.input.notes?.history ?? "History is not available in this build.")
          : undefined,
    },
  };
}

const STAGES = ["plan", "do", "check", "act", "done"];

/** The improvement register: improvements and nonconformities, with overdue items flagged. */
export function improvementsPage(ctx: ModelContext): Page {
  const items = ctx.records
    .filter((r) => r.data.kind === "improvement" || r.data.kind === "nonconformity")
    .map((r) => {
      const status = text(r.data.status);
      const due = isoDay(r.data.due);
      const open = !["done", "closed"].includes(status);
      return {
        id: text(r.data.id),
        title: text(r.data.title),
        href: ctx.hrefOfRecord(r),
        type: text(r.data.kind),
        status,
        owner: text(r.data.owner),
        source: text(r.data.source) || text(r.data.audit),
        due: due ?? "",
        overdue: open && due !== undefined && due < ctx.asOf,
        issue: typeof r.data.issue === "number" ? `#${r.data.issue}` : text(r.data.issue),
        records: idList(r.data.records).map((id) => ({ id, href: ctx.hrefOfId(id) })),
      };
    });
  const stages = STAGES.map((s) => ({
    stage: s,
    count: items.filter((i) => i.type === "improvement" && i.status === s).length,
  }));
  return {
    path: "improvements.html",
    template: "improvements",
    title: "Improvement register",
    data: {
      items,
      stages,
      overdue: items.filter((i) => i.overdue).length,
      open: items.filter((i) => !["done", "closed"].includes(i.status)).length,
    },
  };
}

/** Validation findings at the source commit, linked to the records they concern. */
export function findingsPage(ctx: ModelContext): Page {
  const byPath = new Map(ctx.records.map((r) => [r.path, r]));
  const diags = [...(ctx.input.diagnostics ?? [])].sort(
    (a, b) => byText(a.file, b.file) || a.line - b.line || a.column - b.column || byText(a.code, b.code),
  );
  const rows = diags.map((d) => {
    const r = byPath.get(d.file);
    return { ...d, href: r ? ctx.hrefOfRecord(r) : undefined, isError: d.severity === "error" };
  });
  return {
    path: "findings.html",
    template: "findings",
    title: "Findings",
    data: {
      rows,
      errors: rows.filter((r) => r.isError).length,
      warnings: rows.filter((r) => !r.isError).length,
      validated: ctx.input.diagnostics !== undefined,
    },
  };
}

/** The search page; the index and the script are separate files. */
export function searchPage(): Page {
  return { path: "search.html", template: "search", title: "Search", data: {} };
}
