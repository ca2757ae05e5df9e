// Worker thread that draws the SLA charts; bundled as dist/site-charts.js (scripts/build.mjs), the
// only bundle that carries Vega, so neither the CLI nor the body workers pay for loading it.
import { parentPort } from "node:worker_threads";
import { renderChart } from "./charts.js";

parentPort?.on("message", async (charts: { path: string; spec: Record<string, unknown> }[]) => {
  try {
    const out: [string, string][] = [];
    for (const c of charts) out.push([c.path, await renderChart(c.spec)]);
    parentPort?.postMessage({ charts: out });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
