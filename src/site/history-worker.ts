// Worker thread that replays history for the site; bundled as dist/site-history.js (scripts/build.mjs).
// The replay's JavaScript (reading each version's frontmatter, applying commits) and the full replayed
// state stay in this thread, which ends after it posts the little the site keeps: the main thread
// parses and validates the records meanwhile, and never holds the whole state.
import { parentPort } from "node:worker_threads";
import { type ReplayRequest, replayForSite } from "./replay.js";

parentPort?.once("message", (req: ReplayRequest) => {
  replayForSite(req).then(
    (history) => parentPort?.postMessage({ history }),
    (error: unknown) =>
      parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
