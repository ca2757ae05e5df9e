import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheDir } from "../../src/loader/cache-dir.js";
import { siteAssets } from "../../src/site/assets.js";
import { BodyCache, renderBodies, renderInThread } from "../../src/site/bodies.js";
import { chartsInThread, indexInThread, renderSite, renderSiteTo } from "../../src/site/build.js";
import { sha256 } from "../../src/site/manifest.js";
import { renderBody } from "../../src/site/markdown.js";
import { targetChartSpec } from "../../src/site/sla.js";
import { workerCharts, workerIndexer, workerRenderer, workerWritePool } from "../../src/site/workers.js";
import { SiteWriter } from "../../src/site/write.js";
import { projectRoot } from "../helpers/cli.js";
import { rec, siteInput } from "./helpers.js";

// The worker is the bundled dist/site-worker.js (`npm test` and `node scripts/build.mjs` build it).
const script = path.join(projectRoot, "dist", "site-worker.js");
const bodies = Array.from(
  { length: 700 },
  (_, i) =>
    `# Change ${i}\n\n| step | owner |\n|---|---|\n| ${i} | carol |\n\nText ~~old~~ <script>alert(${i})</script> [x](javascript:alert(1))\n`,
);

describe("rendering in worker threads", () => {
  it("the bundle carries the worker", () => {
    expect(existsSync(script), "run node scripts/build.mjs first").toBe(true);
  });

  it("renders bodies exactly as this thread does, in order", async () => {
    const viaWorkers = await workerRenderer({ script, threads: 2 })(bodies);
    expect(viaWorkers).toEqual(await renderInThread(bodies));
  });

  it("builds the same search index in a worker", async () => {
    const docs = bodies.map((text, id) => ({
      id,
      rid: `CHG-${id}`,
      title: `Change ${id}`,
      kind: "change",
      owner: "carol",
      text,
      href: `records/CHG-${id}.html`,
    }));
    expect(await workerIndexer({ script })(docs)).toBe(await indexInThread(docs));
  });

  it("draws the same charts in a worker (the only bundle that carries Vega)", async () => {
    const spec = targetChartSpec(
      [
        {
          name: "P1 response",
          metric: "response",
          within_seconds: 1800,
          goal: 95,
          measured: 2,
          met: 1,
          achieved: 50,
          ok: false,
          breaches: [],
        },
      ],
      "SLA-a",
    );
    const charts = [
      { path: "sla/charts/a.svg", spec },
      { path: "sla/charts/b.svg", spec: { ...spec, title: "SLA-b" } },
    ];
    const viaWorker = await workerCharts({ script: path.join(projectRoot, "dist", "site-charts.js") })(
      charts,
    );
    expect([...viaWorker.keys()]).toEqual(["sla/charts/a.svg", "sla/charts/b.svg"]);
    expect(viaWorker).toEqual(await chartsInThread(charts));
  });

  it("writes and hashes files in threads, as this thread would", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sms-write-pool-"));
    const pool = workerWritePool({ script, threads: 2 });
    expect(pool).toBeDefined();
    const files: [string, string][] = Array.from({ length: 300 }, (_, i) => [
      path.join(dir, `d${i % 7}`, `f${i}.html`),
      `<p>file ${i}</p>`,
    ]);
    try {
      const halves = await Promise.all([pool!.writer(files.slice(0, 150)), pool!.writer(files.slice(150))]);
      expect(halves.flat()).toEqual(files.map(([, c]) => sha256(c)));
      expect(readFileSync(files[123]![0], "utf8")).toBe("<p>file 123</p>");
    } finally {
      await pool!.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("renders pages in the writer threads byte for byte as this thread does; record text stays escaped", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sms-page-pool-"));
    const records = [
      rec(
        {
          id: "INC-1",
          kind: "incident",
          status: "new",
          title: "<script>alert(1)</script>",
          // Shaped like what carries trusted HTML between threads; it must still print as text.
          owner: '{"value":"<b>x</b>"}',
          notes: { value: "<img src=x onerror=alert(2)>" },
        },
        "# Heading\n\nText with **bold** and <script>alert(3)</script>",
      ),
      rec(
        { id: "CHG-1", kind: "change", status: "closed", cis: ["CI-1"] },
        "| a | b |\n|---|---|\n| 1 | 2 |",
      ),
      rec({ id: "CI-1", kind: "ci", status: "active" }),
    ];
    const input = siteInput(records);
    const expected = await renderSite(input, siteAssets());
    const pool = workerWritePool({ script, threads: 2 });
    try {
      const writer = await SiteWriter.open(
        path.join(dir, "site"),
        path.join(dir, "repo"),
        pool!.writer,
        pool!.setup,
      );
      expect(writer.pages).toBeDefined();
      await renderSiteTo(input, siteAssets(), writer);
      await writer.finish();
      expect([...writer.hashes.keys()].sort()).toEqual([...expected.keys()]);
      for (const [rel, content] of expected) {
        expect(readFileSync(path.join(dir, "site", rel), "utf8"), rel).toBe(content);
        expect(writer.hashes.get(rel), rel).toBe(sha256(content));
      }
      const page = readFileSync(path.join(dir, "site", "records", "INC-1.html"), "utf8");
      expect(page).toContain("<strong>bold</strong>");
      expect(page).not.toMatch(/<script>alert|<img src=x|<b>x<\/b>/);
    } finally {
      await pool!.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails the build, not silently, when a worker cannot start", async () => {
    await expect(
      workerRenderer({ script: path.join(projectRoot, "no-such-worker.js"), threads: 2 })(bodies),
    ).rejects.toThrow(/rendering thread/);
  });
});

describe("the body cache", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("renders each blob once; a second build reads every body from .sms/cache", async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), "sms-body-cache-"));
    dirs.push(repo);
    const records = [
      rec({ id: "INC-1", kind: "incident" }, "# One"),
      rec({ id: "INC-2", kind: "incident" }, "# Two"),
    ];
    const first = await BodyCache.open(repo);
    expect((await renderBodies(records, first)).rendered).toBe(2);
    await first.save();
    const second = await BodyCache.open(repo);
    const again = await renderBodies(records, second);
    expect(again.rendered).toBe(0);
    expect(again.bodies.get(records[0]!.oid)?.html).toBe('<h3 id="one">One</h3>');
    await writeFile(path.join(cacheDir(repo), "site-bodies.json"), "{ not json");
    expect((await renderBodies(records, await BodyCache.open(repo))).rendered).toBe(2);
  });

  it("renders a text shared by several records once, and keeps it when only the frontmatter changes", async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), "sms-body-cache-"));
    dirs.push(repo);
    const stock = "## Resolution\n\nRestarted the service.";
    const records = [
      rec({ id: "INC-1", kind: "incident" }, stock),
      rec({ id: "INC-2", kind: "incident" }, stock),
      rec({ id: "INC-3", kind: "incident" }, "Other text."),
    ];
    const first = await BodyCache.open(repo);
    const built = await renderBodies(records, first);
    expect(built.rendered).toBe(2);
    expect(built.bodies.get(records[1]!.oid)).toEqual(renderBody(stock));
    await first.save();
    // A status change gives the file a new blob id; its text still comes from the cache.
    const closed = rec({ id: "INC-1", kind: "incident", status: "closed" }, stock);
    expect(closed.oid).not.toBe(records[0]!.oid);
    const again = await renderBodies([closed], await BodyCache.open(repo));
    expect(again.rendered).toBe(0);
    expect(again.bodies.get(closed.oid)?.html).toBe(renderBody(stock).html);
  });
});
