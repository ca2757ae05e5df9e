import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type BodyRenderer, renderInThread } from "./bodies.js";
import { type ChartRenderer, chartsInThread, indexInThread, type SearchIndexer } from "./build.js";
import type { RenderedBody } from "./markdown.js";
import { type ReplayRequest, replayForSite, type SiteHistory } from "./replay.js";
import type { BatchWriter, PageSetup } from "./write.js";

/** Below this many bodies, starting threads costs more than it saves. */
const MIN_FOR_WORKERS = 400;
const BATCH = 250;

/**
 * The worker script beside the running bundle or its chunk folder (dist/site-worker.js); undefined when
 * running from the TypeScript sources, where bodies render in this thread.
 */
export function workerScript(name = "site-worker.js"): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // The CLI's code is split into dist/chunks/, one folder below the worker scripts.
  for (const dir of [here, path.dirname(here)]) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * A body renderer that spreads batches over worker threads, one per core. Results come back in input
 * order. A worker that fails fails the build: a site with missing bodies would be wrong evidence.
 */
export function workerRenderer(opts: { threads?: number; script?: string } = {}): BodyRenderer {
  return async (bodies) => {
    const script = opts.script ?? workerScript();
    const threads = Math.max(
      1,
      Math.min(opts.threads ?? os.availableParallelism(), Math.ceil(bodies.length / BATCH)),
    );
    if (!script || bodies.length < MIN_FOR_WORKERS || threads < 2) return renderInThread(bodies);
    const out: RenderedBody[] = new Array(bodies.length);
    const batches: number[] = [];
    for (let start = 0; start < bodies.length; start += BATCH) batches.push(start);
    let next = 0;
    const workers: Worker[] = [];
    try {
      await Promise.all(
        Array.from({ length: threads }, () => {
          const worker = new Worker(script);
          workers.push(worker);
          return new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              if (next >= batches.length) {
                if (inFlight === 0) resolve();
                return;
              }
              inFlight++;
              const start = batches[next++]!;
              worker.postMessage({
                kind: "bodies",
                batch: start,
                bodies: bodies.slice(start, start + BATCH),
              });
            };
            worker.on("message", (msg: { batch: number; out?: RenderedBody[]; error?: string }) => {
              if (msg.error || !msg.out)
                return reject(new Error(`rendering record bodies failed: ${msg.error}`));
              msg.out.forEach((b, i) => {
                out[msg.batch + i] = b;
              });
              inFlight--;
              send();
            });
            worker.on("error", (error) => reject(new Error(`a rendering thread failed: ${error.message}`)));
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`a rendering thread stopped with code ${code}`));
            });
            // Two batches in flight keep a thread busy while this thread is busy with other work.
            send();
            send();
          });
        }),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return out;
  };
}

/** Builds the search index in a worker thread, so pages render meanwhile; in this thread without one. */
export function workerIndexer(opts: { script?: string } = {}): SearchIndexer {
  return async (docs) => {
    const script = opts.script ?? workerScript();
    if (!script || docs.length < MIN_FOR_WORKERS) return indexInThread(docs);
    const worker = new Worker(script);
    try {
      return await new Promise<string>((resolve, reject) => {
        worker.on("message", (msg: { index?: string; error?: string }) =>
          msg.index !== undefined
            ? resolve(msg.index)
            : reject(new Error(`building the search index failed: ${msg.error}`)),
        );
        worker.on("error", (error) => reject(new Error(`the search index thread failed: ${error.message}`)));
        worker.on("exit", (code) => reject(new Error(`the search index thread stopped with code ${code}`)));
        worker.postMessage({ kind: "search", docs });
      });
    } finally {
      await worker.terminate();
    }
  };
}

/** Draws the charts in a worker thread (dist/site-charts.js carries Vega), so pages render meanwhile. */
export function workerCharts(opts: { script?: string } = {}): ChartRenderer {
  return async (charts) => {
    const script = opts.script ?? workerScript("site-charts.js");
    if (charts.length === 0) return new Map();
    if (!script) return chartsInThread(charts);
    const worker = new Worker(script);
    try {
      return await new Promise<Map<string, string>>((resolve, reject) => {
        worker.on("message", (msg: { charts?: [string, string][]; error?: string }) =>
          msg.charts
            ? resolve(new Map(msg.charts))
            : reject(new Error(`drawing the charts failed: ${msg.error}`)),
        );
        worker.on("error", (error) => reject(new Error(`the chart thread failed: ${error.message}`)));
        worker.on("exit", (code) => reject(new Error(`the chart thread stopped with code ${code}`)));
        worker.postMessage(charts);
      });
    } finally {
      await worker.terminate();
    }
  };
}

/**
 * Replays history in a worker thread (dist/site-history.js), which ends once it has posted what the
 * site keeps; in this thread when running from the sources.
 */
export async function replayInWorker(
  req: ReplayRequest,
  opts: { script?: string } = {},
): Promise<SiteHistory | "shallow"> {
  const script = opts.script ?? workerScript("site-history.js");
  if (!script) return replayForSite(req);
  const worker = new Worker(script);
  try {
    return await new Promise<SiteHistory | "shallow">((resolve, reject) => {
      worker.on("message", (msg: { history?: SiteHistory | "shallow"; error?: string }) =>
        msg.history !== undefined ? resolve(msg.history) : reject(new Error(msg.error)),
      );
      worker.on("error", (error) => reject(new Error(`the history thread failed: ${error.message}`)));
      worker.on("exit", (code) => reject(new Error(`the history thread stopped with code ${code}`)));
      worker.postMessage(req);
    });
  } finally {
    await worker.terminate();
  }
}

/** A pool of threads that render, write and hash the site's files, so the main thread only makes page data. */
export interface WritePool {
  writer: BatchWriter;
  /** Sends the templates and chrome to every thread; pages sent after it are rendered there. */
  setup: PageSetup;
  close(): Promise<void>;
}

/** Starts writer threads; undefined when running from the sources (files are written in this thread). */
export function workerWritePool(opts: { threads?: number; script?: string } = {}): WritePool | undefined {
  const script = opts.script ?? workerScript();
  if (!script) return undefined;
  const workers = Array.from({ length: Math.max(1, opts.threads ?? 2) }, () => new Worker(script));
  const waiting = new Map<number, { resolve: (h: string[]) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  let broken: Error | undefined;
  const fail = (error: Error) => {
    broken ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  for (const w of workers) {
    w.on("message", (msg: { batch: number; hashes?: string[]; error?: string }) => {
      load.set(w, (load.get(w) ?? 1) - 1);
      const job = waiting.get(msg.batch);
      waiting.delete(msg.batch);
      if (msg.hashes) job?.resolve(msg.hashes);
      else fail(new Error(`writing the site failed: ${msg.error}`));
    });
    w.on("error", (error) => fail(new Error(`a writing thread failed: ${error.message}`)));
  }
  return {
    writer: (files) =>
      new Promise<string[]>((resolve, reject) => {
        if (broken) return reject(broken);
        const batch = next++;
        waiting.set(batch, { resolve, reject });
        // The least busy thread takes the batch.
        const w = [...load].sort((a, b) => a[1] - b[1])[0]![0];
        load.set(w, (load.get(w) ?? 0) + 1);
        w.postMessage({ kind: "write", batch, files });
      }),
    setup: (templates, chrome) => {
      for (const w of workers) w.postMessage({ kind: "templates", templates, chrome });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
