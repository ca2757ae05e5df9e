// Worker thread that renders record bodies, builds the search index and writes files; bundled as
// dist/site-worker.js (scripts/build.mjs). Charts have their own worker (charts-worker.ts).
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { renderBody } from "./markdown.js";
import { type SearchDoc, searchIndexScript } from "./search.js";

/** A batch of bodies to render, the documents of the search index, or files to write. */
export type WorkerRequest =
  | { kind: "bodies"; batch: number; bodies: string[] }
  | { kind: "search"; docs: SearchDoc[] }
  | { kind: "write"; batch: number; files: [string, string | Uint8Array][] };

const made = new Set<string>();

// The caller checked every path; this thread only writes and hashes.
function writeAll(files: [string, string | Uint8Array][]): string[] {
  return files.map(([abs, content]) => {
    const dir = path.dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, content);
    return createHash("sha256").update(content).digest("hex");
  });
}

parentPort?.on("message", (msg: WorkerRequest) => {
  try {
    if (msg.kind === "write") parentPort?.postMessage({ batch: msg.batch, hashes: writeAll(msg.files) });
    else if (msg.kind === "search") parentPort?.postMessage({ index: searchIndexScript(msg.docs) });
    else parentPort?.postMessage({ batch: msg.batch, out: msg.bodies.map(renderBody) });
  } catch (error) {
    const batch = "batch" in msg ? msg.batch : undefined;
    parentPort?.postMessage({ batch, error: error instanceof Error ? error.message : String(error) });
  }
});
