import type { SmsRecord } from "../records/record.js";
import { byText, idList, text } from "./common.js";
import { escapeHtml, TrustedHtml } from "./html.js";

/** A node of the dependency graph: a service or a configuration item. */
export interface GraphNode {
  id: string;
  title: string;
  kind: "service" | "ci";
  status: string;
  href?: string;
}

/** An edge: `from` depends on `to` (a service on a CI, or a CI on another CI). */
export interface GraphEdge {
  from: string;
  to: string;
}

/** Node positions after layout, in SVG units. */
export interface GraphLayout {
  nodes: (GraphNode & { x: number; y: number; layer: number })[];
  edges: (GraphEdge & { back: boolean })[];
  width: number;
  height: number;
}

/** Graphs larger than this are listed, not drawn: nobody can read them. */
export const MAX_GRAPH_NODES = 400;

const NODE_W = 190;
const NODE_H = 44;
const GAP_X = 24;
const GAP_Y = 70;
const PAD = 12;
/** Width of the page's content column, in CSS pixels. */
const FIT_WIDTH = 1180;

/** Nodes and edges from service and CI records; references to unknown ids are left out. */
export function dependencyGraph(
  records: readonly SmsRecord[],
  hrefOf: (id: string) => string | undefined,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  for (const r of records) {
    const kind = r.data.kind;
    if (kind !== "service" && kind !== "ci") continue;
    const id = text(r.data.id);
    if (!id || nodes.has(id)) continue;
    nodes.set(id, { id, title: text(r.data.title), kind, status: text(r.data.status), href: hrefOf(id) });
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    const key = `${from}\0${to}`;
    if (from === to || seen.has(key) || !nodes.has(from) || !nodes.has(to)) return;
    seen.add(key);
    edges.push({ from, to });
  };
  for (const r of records) {
    if (r.data.kind !== "ci") continue;
    const id = text(r.data.id);
    for (const dep of idList(r.data.depends_on)) add(id, dep);
    for (const svc of idList(r.data.services)) add(svc, id);
  }
  for (const r of records)
    if (r.data.kind === "service") for (const dep of idList(r.data.depends_on)) add(text(r.data.id), dep);
  const sorted = [...nodes.values()].sort((a, b) => byText(a.id, b.id));
  edges.sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to));
  return { nodes: sorted, edges };
}

/**
 * Drops each edge whose target is reachable another way (transitive reduction), so a service that
 * names every CI it runs on draws one arrow to the top of the stack instead of one to every layer.
 */
export function reduceEdges(edges: readonly GraphEdge[]): GraphEdge[] {
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const reachableWithout = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const stack = (out.get(from) ?? []).filter((n) => n !== to);
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === to) return true;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(out.get(n) ?? []));
    }
    return false;
  };
  return edges.filter((e) => !reachableWithout(e.from, e.to));
}

/**
 * Layered layout: each node sits one layer below the lowest node that depends on it (cycles are
 * broken at their back edges), then a few barycentre sweeps order each layer to shorten edges.
 */
export function layoutGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): GraphLayout {
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) out.get(e.from)?.push(e.to);
  // Depth-first search marks back edges so that the layering below terminates on cycles.
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  const order: string[] = [];
  const visit = (id: string) => {
    const stack: [string, number][] = [[id, 0]];
    state.set(id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const kids = out.get(top[0]) ?? [];
      if (top[1] < kids.length) {
        const next = kids[top[1]++]!;
        const s = state.get(next);
        if (s === 1) back.add(`${top[0]}\0${next}`);
        else if (s === undefined) {
          state.set(next, 1);
          stack.push([next, 0]);
        }
      } else {
        state.set(top[0], 2);
        order.push(top[0]);
        stack.pop();
      }
    }
  };
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);
  const layer = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const id of [...order].reverse()) {
    for (const to of out.get(id) ?? []) {
      if (back.has(`${id}\0${to}`)) continue;
      layer.set(to, Math.max(layer.get(to) ?? 0, (layer.get(id) ?? 0) + 1));
    }
  }
  const layers: string[][] = [];
  for (const n of nodes) (layers[layer.get(n.id) ?? 0] ??= []).push(n.id);
  for (let i = 0; i < layers.length; i++) layers[i] ??= [];
  const pos = new Map<string, number>();
  const place = () => layers.forEach((l) => l.forEach((id, i) => pos.set(id, i)));
  place();
  const preds = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) preds.get(e.to)?.push(e.from);
  const bary = (ids: string[], neighbours: Map<string, string[]>) => {
    const score = new Map(
      ids.map((id) => {
        const ns = (neighbours.get(id) ?? []).map((n) => pos.get(n) ?? 0);
        return [id, ns.length > 0 ? ns.reduce((a, b) => a + b, 0) / ns.length : (pos.get(id) ?? 0)];
      }),
    );
    ids.sort((a, b) => (score.get(a) ?? 0) - (score.get(b) ?? 0) || byText(a, b));
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let i = 1; i < layers.length; i++) {
      bary(layers[i]!, preds);
      place();
    }
    for (let i = layers.length - 2; i >= 0; i--) {
      bary(layers[i]!, out);
      place();
    }
  }
  const widest = Math.max(1, ...layers.map((l) => l.length));
  const width = PAD * 2 + widest * NODE_W + (widest - 1) * GAP_X;
  const height = PAD * 2 + layers.length * NODE_H + Math.max(0, layers.length - 1) * GAP_Y;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = layers.flatMap((ids, li) => {
    const rowWidth = ids.length * NODE_W + (ids.length - 1) * GAP_X;
    const x0 = (width - rowWidth) / 2;
    return ids.map((id, i) => ({
      ...byId.get(id)!,
      layer: li,
      x: Math.round(x0 + i * (NODE_W + GAP_X)),
      y: PAD + li * (NODE_H + GAP_Y),
    }));
  });
  return {
    nodes: placed,
    edges: edges.map((e) => ({ ...e, back: back.has(`${e.from}\0${e.to}`) })),
    width,
    height,
  };
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const cls = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]/g, "");

/** Draws a laid-out graph as static SVG: links on the nodes, no script, no inline styles. */
export function graphSvg(layout: GraphLayout, label: string): TrustedHtml {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  // Up to a 60 % reduction the drawing is scaled to fit the page; beyond that it would be unreadable
  // and keeps its size, scrolling sideways instead.
  const fit = layout.width > FIT_WIDTH && layout.width <= FIT_WIDTH / 0.6 ? FIT_WIDTH / layout.width : 1;
  const w = Math.round(layout.width * fit);
  const h = Math.round(layout.height * fit);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 ${layout.width} ${layout.height}" width="${w}" height="${h}" role="group" aria-labelledby="sms-graph-title">`,
    `<title id="sms-graph-title">${escapeHtml(label)}</title>`,
    '<defs><marker id="sms-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrow"/></marker></defs>',
  ];
  for (const e of layout.edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + NODE_W / 2;
    const y1 = a.y + NODE_H;
    const x2 = b.x + NODE_W / 2;
    const y2 = b.y;
    const mid = (y1 + y2) / 2;
    const d =
      e.back || y2 <= y1
        ? `M${x1},${a.y}C${x1},${a.y - 40} ${x2},${y2 + NODE_H + 40} ${x2},${y2 + NODE_H}`
        : `M${x1},${y1}C${x1},${mid} ${x2},${mid} ${x2},${y2}`;
    parts.push(`<path class="edge${e.back ? " edge-back" : ""}" d="${d}" marker-end="url(#sms-arrow)"/>`);
  }
  for (const n of layout.nodes) {
    const inner = [
      `<rect x="${n.x}" y="${n.y}" width="${NODE_W}" height="${NODE_H}" rx="6" class="node node-${n.kind} status-${cls(n.status)}"/>`,
      `<text x="${n.x + 8}" y="${n.y + 18}" class="node-id">${escapeHtml(clip(n.id, 28))}</text>`,
      `<text x="${n.x + 8}" y="${n.y + 35}" class="node-title">${escapeHtml(clip(n.title, 30))}</text>`,
    ].join("");
    parts.push(
      n.href
        ? `<a href="${escapeHtml(n.href)}"><title>${escapeHtml(`${n.id}: ${n.title}`)}</title>${inner}</a>`
        : `<g>${inner}</g>`,
    );
  }
  parts.push("</svg>");
  return new TrustedHtml(parts.join(""));
}
