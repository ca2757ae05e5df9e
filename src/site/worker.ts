// Worker thread that renders record bodies, builds the search index and draws charts; bundled as
// dist/site-worker.js (scripts/build.mjs), the only bundle that carries Vega.
import { parentPort } from "node:worker_threads";
import { renderBody } from "./markdown.js";
import { type SearchDoc, searchIndexScript } from "./search.js";

/** A batch of bodies to render, the documents of the search index, or charts to draw. */
export type WorkerRequest =
  | { kind: "bodies"; batch: number; bodies: string[] }
  | { kind: "search"; docs: SearchDoc[] }
  | { kind: "charts"; charts: { path: string; spec: Record<string, unknown> }[] };

async function drawAll(charts: { path: string; spec: Record<string, unknown> }[]) {
  // Loaded on demand: threads that only render bodies never initialize Vega.
  const { renderChart } = await import("./charts.js");
  const out: [string, string][] = [];
  for (const c of charts) out.push([c.path, await renderChart(c.spec)]);
  return out;
}

parentPort?.on("message", (msg: WorkerRequest) => {
  try {
    if (msg.kind === "charts")
      drawAll(msg.charts).then(
        (charts) => parentPort?.postMessage({ charts }),
        (error: unknown) =>
          parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
      );
    else if (msg.kind === "search") parentPort?.postMessage({ index: searchIndexScript(msg.docs) });
    else parentPort?.postMessage({ batch: msg.batch, out: msg.bodies.map(renderBody) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
