import { parse, View } from "vega";
import { compile } from "vega-lite";

// Vega numbers clip paths and gradients with counters shared by every view in the process; numbering
// them per file keeps a chart's bytes independent of what was drawn before it.
function renumberIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\bid="((?:clip|gradient)[A-Za-z0-9_-]*)"/g)) {
    const id = m[1]!;
    if (!ids.has(id)) ids.set(id, `sms-c${ids.size + 1}`);
  }
  return svg.replace(/\b((?:clip|gradient)[A-Za-z0-9_-]*)\b/g, (whole, id: string) => ids.get(id) ?? whole);
}

/** Draws a Vega-Lite spec as standalone SVG at build time (no DOM, no network, no randomness). */
export async function renderChart(spec: Record<string, unknown>): Promise<string> {
  const vg = compile(spec as unknown as Parameters<typeof compile>[0]).spec;
  const view = new View(parse(vg), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    return `${renumberIds(svg)}\n`;
  } finally {
    view.finalize();
  }
}
