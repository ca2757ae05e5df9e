// Worker thread that renders record bodies, builds the search index, and renders, writes and hashes
// the site's files; bundled as dist/site-worker.js (scripts/build.mjs). Charts have their own worker
// (charts-worker.ts), history too (history-worker.ts).
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { renderBody } from "./markdown.js";
import { fromPortable } from "./page-transfer.js";
import { createRenderer, type Renderer, type SiteChrome } from "./render.js";
import { type SearchDoc, searchIndexScript } from "./search.js";
import type { WriteJob } from "./write.js";

/** A batch of bodies to render, the documents of the search index, the templates, or files to write. */
export type WorkerRequest =
  | { kind: "bodies"; batch: number; bodies: string[] }
  | { kind: "search"; docs: SearchDoc[] }
  | { kind: "templates"; templates: Record<string, string>; chrome: SiteChrome }
  | { kind: "write"; batch: number; files: WriteJob[] };

const made = new Set<string>();
let pages: { renderer: Renderer; chrome: SiteChrome } | undefined;

// The caller checked every path and the templates; this thread only renders, writes and hashes.
function writeAll(files: WriteJob[]): string[] {
  return files.map(([abs, job]) => {
    let content: string | Uint8Array;
    if (typeof job === "string" || job instanceof Uint8Array) content = job;
    else if (pages) content = pages.renderer.render(fromPortable(job), pages.chrome);
    else throw new Error("a page arrived before the templates");
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
    else if (msg.kind === "templates")
      pages = { renderer: createRenderer(msg.templates), chrome: msg.chrome };
    else if (msg.kind === "search") parentPort?.postMessage({ index: searchIndexScript(msg.docs) });
    else parentPort?.postMessage({ batch: msg.batch, out: msg.bodies.map(renderBody) });
  } catch (error) {
    const batch = "batch" in msg ? msg.batch : undefined;
    parentPort?.postMessage({ batch, error: error instanceof Error ? error.message : String(error) });
  }
});
