// Worker thread that renders record bodies and builds the search index; bundled as
// dist/site-worker.js (scripts/build.mjs). Charts have their own worker (charts-worker.ts).
import { parentPort } from "node:worker_threads";
import { renderBody } from "./markdown.js";
import { type SearchDoc, searchIndexScript } from "./search.js";

/** A batch of bodies to render, or the documents of the search index. */
export type WorkerRequest =
  | { kind: "bodies"; batch: number; bodies: string[] }
  | { kind: "search"; docs: SearchDoc[] };

parentPort?.on("message", (msg: WorkerRequest) => {
  try {
    if (msg.kind === "search") parentPort?.postMessage({ index: searchIndexScript(msg.docs) });
    else parentPort?.postMessage({ batch: msg.batch, out: msg.bodies.map(renderBody) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
