import { describe, expect, it } from "vitest";
import { clauseReadiness, clausesServed, readinessSummary, staleness } from "../../src/site/readiness.js";
import { rec } from "./helpers.js";

const asOf = "2026-11-01";
const byId = (rows: ReturnType<typeof clauseReadiness>, id: string) => rows.find((r) => r.id === id)!;

describe("clause readiness", () => {
  it("a record serves the clauses it names, else its kind's clause", () => {
    const named = rec({
      id: "POL-change",
      kind: "policy",
      clauses: ["8.5.1.1"],
      status: "approved",
      next_review: "2027-01-01",
    });
    const plain = rec({ id: "INC-1", kind: "incident", status: "closed", opened_at: "2026-10-01T10:00:00Z" });
    expect(clausesServed(named, "2018")).toEqual(["8.5.1.1"]);
    expect(clausesServed(plain, "2018")).toEqual(["8.6.1"]);
    const rows = clauseReadiness({ records: [named, plain], edition: "2018", asOf });
    expect(byId(rows, "8.5.1.1").status).toBe("evidenced");
    expect(byId(rows, "8.6.1").evidence.map((e) => e.record.data.id)).toEqual(["INC-1"]);
    // The change management policy does not evidence the service management policy (5.2).
    expect(byId(rows, "5.2.1").status).toBe("missing");
  });

  it("evidence for a parent clause serves its sub-clauses, marked as coming through the parent", () => {
    const change = rec({ id: "CHG-1", kind: "change", status: "closed", opened_at: "2026-10-01T10:00:00Z" });
    const rows = clauseReadiness({ records: [change], edition: "2018", asOf });
    const sub = byId(rows, "8.5.1.2");
    expect(sub.status).toBe("evidenced");
    expect(sub.evidence[0]?.via).toBe("8.5.1");
  });

  it("a document overdue for review, a draft, and a record idle for over a year are stale", () => {
    const overdue = rec({
      id: "PRC-a",
      kind: "procedure",
      status: "approved",
      next_review: "2026-10-01",
      clauses: ["7.6"],
    });
    const draft = rec({
      id: "PLN-a",
      kind: "plan",
      status: "draft",
      next_review: "2027-10-01",
      clauses: ["6.3"],
    });
    const old = rec({ id: "AUD-1", kind: "audit", date: "2025-06-01" });
    expect(staleness(overdue, asOf)).toBe("review overdue since 2026-10-01");
    expect(staleness(draft, asOf)).toMatch(/draft/);
    expect(staleness(old, asOf)).toMatch(/more than a year/);
    const rows = clauseReadiness({ records: [overdue, draft, old], edition: "2018", asOf });
    expect(byId(rows, "7.6").status).toBe("stale");
    expect(byId(rows, "6.3").status).toBe("stale");
    expect(byId(rows, "9.2").status).toBe("stale");
    // Git history can show recent activity that the record's own fields do not.
    expect(staleness(old, asOf, "2026-09-30")).toBeUndefined();
  });

  it("one current record is enough; retired documents do not count at all", () => {
    const stale = rec({ id: "AUD-1", kind: "audit", date: "2024-01-01" });
    const fresh = rec({ id: "AUD-2", kind: "audit", date: "2026-09-01" });
    const retired = rec({ id: "POL-old", kind: "policy", status: "retired", clauses: ["5.2.1"] });
    const rows = clauseReadiness({ records: [stale, fresh, retired], edition: "2018", asOf });
    expect(byId(rows, "9.2").status).toBe("evidenced");
    expect(byId(rows, "5.2.1").status).toBe("missing");
  });

  it("a parent clause takes the worst status of its sub-clauses; the summary counts leaves", () => {
    const rows = clauseReadiness({
      records: [rec({ id: "INC-1", kind: "incident", opened_at: "2026-10-01T00:00:00Z" })],
      edition: "2018",
      asOf,
    });
    expect(byId(rows, "8.6").status).toBe("missing");
    const sum = readinessSummary(rows);
    expect(sum.evidenced).toBe(1);
    expect(sum.evidenced + sum.stale + sum.missing).toBe(rows.filter((r) => r.leaf).length);
  });

  it("in the 2011 edition a kind's clause maps to the 2011 clauses", () => {
    const change = rec({ id: "CHG-1", kind: "change", status: "closed", opened_at: "2026-10-01T10:00:00Z" });
    expect(clausesServed(change, "2011")).toContain("9.2");
    const rows = clauseReadiness({ records: [change], edition: "2011", asOf });
    expect(byId(rows, "9.2").status).toBe("evidenced");
    expect(rows.some((r) => r.id === "4.5.4.2")).toBe(true);
  });
});
