import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { renderChart } from "../../src/site/charts.js";
import { dependencyGraph, graphSvg, layoutGraph, reduceEdges } from "../../src/site/ci-graph.js";
import { type SEARCH_OPTIONS, searchIndexScript } from "../../src/site/search.js";
import { formatSeconds, periodLabel, slaPeriods, targetChartSpec } from "../../src/site/sla.js";
import type { MetricsResult } from "../../src/site/types.js";
import { rec } from "./helpers.js";

describe("dependency graph", () => {
  const records = [
    rec({ id: "SVC-a", kind: "service", status: "live" }),
    rec({
      id: "CI-app",
      kind: "ci",
      status: "active",
      services: ["SVC-a"],
      depends_on: ["CI-db", "CI-host"],
    }),
    rec({ id: "CI-db", kind: "ci", status: "active", services: ["SVC-a"], depends_on: ["CI-host"] }),
    rec({ id: "CI-host", kind: "ci", status: "active", services: ["SVC-a"], depends_on: ["CI-missing"] }),
  ];
  const href = (id: string) => `records/${id}.html`;

  it("draws only the dependencies that do not follow from others", () => {
    const g = dependencyGraph(records, href);
    expect(g.edges).toHaveLength(6);
    expect(reduceEdges(g.edges)).toEqual([
      { from: "CI-app", to: "CI-db" },
      { from: "CI-db", to: "CI-host" },
      { from: "SVC-a", to: "CI-app" },
    ]);
  });

  it("lays out dependencies below their dependants, and terminates on cycles", () => {
    const g = dependencyGraph(records, href);
    const layout = layoutGraph(g.nodes, g.edges);
    const layer = (id: string) => layout.nodes.find((n) => n.id === id)!.layer;
    expect([layer("SVC-a"), layer("CI-app"), layer("CI-db"), layer("CI-host")]).toEqual([0, 1, 2, 3]);
    const cyclic = layoutGraph(
      [
        { id: "A", title: "", kind: "ci", status: "" },
        { id: "B", title: "", kind: "ci", status: "" },
      ],
      [
        { from: "A", to: "B" },
        { from: "B", to: "A" },
      ],
    );
    expect(cyclic.edges.filter((e) => e.back)).toHaveLength(1);
  });

  it("draws static SVG: links, escaped text, no script, no inline style", () => {
    const hostile = [
      rec({ id: "CI-x", kind: "ci", status: "active", title: '<script>alert(1)</script>" onload="x' }),
    ];
    const g = dependencyGraph(hostile, href);
    const svg = graphSvg(layoutGraph(g.nodes, g.edges), "Graph").value;
    expect(svg).toContain('<a href="records/CI-x.html">');
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).not.toMatch(/<script|style=|\son[a-z]+="/);
  });
});

describe("SLA reports", () => {
  const metrics: MetricsResult = {
    periods: [
      {
        from: "2026-03-01T00:00:00+01:00",
        to: "2026-04-01T00:00:00+02:00",
        slas: [
          {
            id: "SLA-a",
            targets: [
              {
                name: "P1 response",
                metric: "response",
                within_seconds: 1800,
                goal: 95,
                measured: 4,
                met: 3,
                achieved: 75,
                ok: false,
                breaches: [{ record: "INC-1", elapsed_seconds: 2400 }],
              },
              {
                name: "P2 resolution",
                metric: "resolution",
                within_seconds: 172800,
                goal: 90,
                measured: 0,
                met: 0,
                achieved: null,
                ok: true,
                breaches: [],
              },
            ],
            availability: [
              {
                service: "SVC-a",
                target: 99.9,
                agreed_seconds: 2674800,
                downtime_seconds: 2520,
                degraded_seconds: 0,
                achieved: 99.906,
                ok: true,
              },
            ],
          },
        ],
      },
    ],
  };

  it("names periods and durations the way people read them", () => {
    expect(periodLabel({ from: "2026-03-01T00:00:00+01:00", to: "2026-04-01T00:00:00+02:00" })).toBe(
      "March 2026",
    );
    expect(periodLabel({ from: "2026-04-01T00:00:00+02:00", to: "2026-07-01T00:00:00+02:00" })).toBe(
      "Q2 2026",
    );
    expect(periodLabel({ from: "2026-03-02T00:00:00+01:00", to: "2026-03-09T00:00:00+01:00" })).toBe(
      "week of 2026-03-02",
    );
    expect(formatSeconds(2400)).toBe("40m");
    expect(formatSeconds(93784)).toBe("1d 2h 3m");
  });

  it("reports missed targets, breaches with links, and a chart of what was measured", () => {
    const [p] = slaPeriods(
      metrics,
      (id) => `records/${id}.html`,
      () => "Title",
      (id) => id,
    );
    expect(p).toMatchObject({ path: "sla/2026-03-01--2026-04-01.html", label: "March 2026", missed: 1 });
    expect(p?.slas[0]?.targets[0]?.breachLinks).toEqual([
      { id: "INC-1", href: "records/INC-1.html", elapsed: "40m" },
    ]);
    expect(p?.slas[0]?.chart?.alt).toBe("SLA-a, March 2026: P1 response 75.00 % (goal 95 %, missed)");
  });

  it("draws charts as standalone SVG, identical every time", async () => {
    const spec = targetChartSpec(metrics.periods[0]!.slas[0]!.targets, "SLA-a");
    const a = await renderChart(spec);
    await renderChart(spec);
    const b = await renderChart(spec);
    expect(a).toBe(b);
    expect(a.startsWith("<svg")).toBe(true);
    expect(a).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(a).toContain("P1 response");
  });
});

describe("search index", () => {
  it("is a script that defines a MiniSearch index the browser can load without fetch", () => {
    const script = searchIndexScript([
      {
        id: 0,
        rid: "INC-0042",
        title: "Checkout returns 502",
        kind: "incident",
        owner: "dave",
        text: "card payments failed",
        href: "records/INC-0042.html",
      },
      {
        id: 1,
        rid: "CHG-0001",
        title: "Renew certificate",
        kind: "change",
        owner: "carol",
        text: "tls",
        href: "records/CHG-0001.html",
      },
    ]);
    const window: { SMS_SEARCH?: { options: typeof SEARCH_OPTIONS; index: string } } = {};
    new Function("window", script)(window);
    const data = window.SMS_SEARCH!;
    const index = MiniSearch.loadJSON(data.index, {
      fields: [...data.options.fields],
      storeFields: [...data.options.storeFields],
    });
    expect(index.search("INC-0042", { combineWith: "AND" })[0]).toMatchObject({
      rid: "INC-0042",
      href: "records/INC-0042.html",
    });
    expect(index.search("payments")[0]?.rid).toBe("INC-0042");
  });
});
