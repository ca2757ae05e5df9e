import { describe, expect, it } from "vitest";
import { siteAssets } from "../../src/site/assets.js";
import { renderSite } from "../../src/site/build.js";
import { parseLedgerEntry } from "../../src/site/ledger.js";
import { buildSiteModel } from "../../src/site/model.js";
import type { LedgerEntry } from "../../src/site/types.js";
import { rec, siteInput } from "./helpers.js";

const CHANGE_BODY =
  "## Implementation plan\n\nDo it.\n\n## Back-out plan\n\nUndo.\n\n## Test plan\n\nTest.\n\n## Post-implementation review\n\nFine.\n";

function repo() {
  return [
    rec({ id: "SVC-shop", kind: "service", status: "live", criticality: "high" }),
    rec({ id: "CI-db", kind: "ci", type: "database", status: "active", services: ["SVC-shop"] }),
    rec({
      id: "CI-app",
      kind: "ci",
      type: "application",
      status: "active",
      services: ["SVC-shop"],
      depends_on: ["CI-db"],
    }),
    rec(
      {
        id: "CHG-2",
        kind: "change",
        type: "normal",
        risk: "high",
        status: "closed",
        cis: ["CI-app"],
        opened_at: "2026-10-01T09:00:00+02:00",
        implemented_on: "2026-10-03T22:00:00+02:00",
        timeline: [{ at: "2026-10-01T09:05:00+02:00", status: "submitted", by: "dave" }],
      },
      CHANGE_BODY,
    ),
    rec(
      {
        id: "CHG-1",
        kind: "change",
        type: "emergency",
        risk: "medium",
        status: "implemented",
        cis: ["CI-db"],
        opened_at: "2026-09-01T09:00:00+02:00",
      },
      "## Implementation plan\n\nx\n",
    ),
    rec({ id: "IMP-1", kind: "improvement", status: "do", due: "2026-10-01", records: ["CHG-2"] }),
  ];
}

const pageOf = (model: ReturnType<typeof buildSiteModel>, path: string) =>
  [...model.pages].find((p) => p.path === path)!;

describe("page model", () => {
  it("has a page per record, a register per kind and the fixed pages", () => {
    const model = buildSiteModel(siteInput(repo()));
    const paths = [...model.pages].map((p) => p.path);
    for (const p of [
      "index.html",
      "registers/index.html",
      "registers/change.html",
      "records/CHG-1.html",
      "configuration.html",
      "sampling.html",
      "improvements.html",
      "findings.html",
      "search.html",
      "sla/index.html",
    ])
      expect(paths).toContain(p);
    const register = pageOf(model, "registers/change.html").data as {
      rows: { id: string; status: string }[];
      statuses: string[];
    };
    expect(register.rows.map((r) => r.id)).toEqual(["CHG-1", "CHG-2"]);
    expect(register.statuses).toEqual(["closed", "implemented"]);
  });

  it("shows references and back-references on record pages", () => {
    const model = buildSiteModel(siteInput(repo()));
    const db = pageOf(model, "records/CI-db.html").data as {
      outgoing: { id: string }[];
      incoming: { id: string; field: string }[];
    };
    expect(db.outgoing.map((r) => r.id)).toEqual(["SVC-shop"]);
    expect(db.incoming.map((r) => `${r.id}:${r.field}`)).toEqual(["CHG-1:cis", "CI-app:depends_on"]);
  });

  it("follows each change from request to closure and flags the gaps", () => {
    const model = buildSiteModel(siteInput(repo(), { ledger: [] }));
    const rows = (
      pageOf(model, "sampling.html").data as {
        rows: { id: string; steps: { name: string; state: string; note?: string }[] }[];
      }
    ).rows;
    const chg1 = rows.find((r) => r.id === "CHG-1")!;
    const state = (name: string) => chg1.steps.find((s) => s.name === name);
    expect(state("Approval")?.state).toBe("gap");
    expect(state("Implementation")?.state).toBe("gap");
    expect(state("Review")?.note).toMatch(/Post-implementation review/);
  });

  it("takes approvals from the ledger and flags an emergency change still owing its retrospective approval", () => {
    const ledger = [
      parseLedgerEntry("approvals/7.json", {
        ledger: "sms-as-code/approvals",
        type: "merge",
        pr: 7,
        title: "Emergency fix",
        merged_at: "2026-09-01T10:00:00Z",
        merge_commit: "b".repeat(40),
        records: [
          {
            id: "CHG-1",
            rule: "emergency change",
            required: 1,
            approvers: [{ user: "dave", review_id: 11, submitted_at: "2026-09-01T09:30:00Z" }],
            retrospective_owed: { due: "2026-09-06T10:00:00Z" },
          },
        ],
      }),
      parseLedgerEntry("approvals/8.json", {
        type: "merge",
        pr: 8,
        records: [
          { id: "CHG-2", rule: "high-risk normal change", required: 2, approvers: [{ user: "carol" }] },
        ],
      }),
    ].filter((e): e is LedgerEntry => e !== undefined);
    const model = buildSiteModel(siteInput(repo(), { ledger }));
    const rows = (
      pageOf(model, "sampling.html").data as {
        rows: { id: string; steps: { name: string; state: string; note?: string }[] }[];
      }
    ).rows;
    const approval = (id: string) => rows.find((r) => r.id === id)!.steps.find((s) => s.name === "Approval")!;
    expect(approval("CHG-1")).toMatchObject({
      state: "gap",
      note: expect.stringMatching(/retrospective.*2026-09-06/),
    });
    expect(approval("CHG-2")).toMatchObject({ state: "gap", note: expect.stringMatching(/1 of 2 required/) });
    const page = pageOf(model, "records/CHG-1.html").data as {
      approvals: { pr: number; approvers: { user: string }[] }[];
    };
    expect(page.approvals[0]).toMatchObject({ pr: 7, approvers: [{ user: "dave" }] });
  });

  it("says so when there is no ledger yet", () => {
    const model = buildSiteModel(siteInput(repo()));
    const page = pageOf(model, "records/CHG-2.html").data as { approvalsNote?: string };
    expect(page.approvalsNote).toMatch(/No ledger yet/);
  });

  it("lists improvements with overdue ones flagged", () => {
    const model = buildSiteModel(siteInput(repo()));
    const data = pageOf(model, "improvements.html").data as {
      items: { id: string; overdue: boolean }[];
      overdue: number;
    };
    expect(data.items).toEqual([expect.objectContaining({ id: "IMP-1", overdue: true })]);
  });

  it("renders escaped record text, never markup from a record", async () => {
    const hostile = rec(
      {
        id: "INC-1",
        kind: "incident",
        status: "new",
        title: "<script>alert(1)</script><img src=x onerror=alert(2)>",
        owner: '"><svg onload=alert(3)>',
      },
      "<script>alert(4)</script>",
    );
    const files = await renderSite(siteInput([hostile]), siteAssets());
    for (const [path, content] of files) {
      if (!path.endsWith(".html")) continue;
      expect(content).not.toMatch(/<script>alert|<img src=x|<svg onload|onerror=alert/);
    }
    expect(files.get("records/INC-1.html")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("is deterministic: the same input renders the same bytes", async () => {
    const a = await renderSite(siteInput(repo()), siteAssets());
    const b = await renderSite(siteInput(repo()), siteAssets());
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
  });
});
