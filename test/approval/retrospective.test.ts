import { describe, expect, it } from "vitest";
import { type RetrospectiveObligation, retrospectiveStatus } from "../../src/approval/retrospective.js";
import { TEAMS } from "./helpers.js";

const obligation: RetrospectiveObligation = {
  pr: 7,
  record: "CHG-9",
  merged_at: "2026-03-01T10:00:00Z",
  due: "2026-03-06T10:00:00Z",
  count: 2,
  teams: ["cab"],
  excluded: ["dave"],
};

const status = (approvals: { user: string; at: string }[], now: string, o = obligation) =>
  retrospectiveStatus({
    obligations: [o],
    approvals: approvals.map((a) => ({ record: "CHG-9", ...a })),
    teams: TEAMS,
    now,
  })[0];

describe("retrospectiveStatus", () => {
  it("is owed before the due time and overdue after it", () => {
    expect(status([], "2026-03-05T00:00:00Z")).toMatchObject({
      status: "owed",
      missing: 2,
      overdue_seconds: 0,
    });
    expect(status([{ user: "carol", at: "2026-03-02T00:00:00Z" }], "2026-03-07T10:00:00Z")).toMatchObject({
      status: "overdue",
      approvers: ["carol"],
      missing: 1,
      overdue_seconds: 86400,
    });
  });

  it("is met when enough allowed people approved in time, late when after", () => {
    const inTime = [
      { user: "carol", at: "2026-03-02T00:00:00Z" },
      { user: "erin", at: "2026-03-06T10:00:00Z" },
    ];
    expect(status(inTime, "2026-03-20T00:00:00Z")?.status).toBe("met");
    const late = [inTime[0]!, { user: "erin", at: "2026-03-06T10:00:01Z" }];
    expect(status(late, "2026-03-20T00:00:00Z")?.status).toBe("late");
  });

  it("ignores the emergency pull request's authors, bots, outsiders, repeats and approvals before merge", () => {
    const approvals = [
      { user: "dave", at: "2026-03-02T00:00:00Z" },
      { user: "cab[bot]", at: "2026-03-02T00:00:00Z" },
      { user: "frank", at: "2026-03-02T00:00:00Z" },
      { user: "erin", at: "2026-02-28T00:00:00Z" },
      { user: "carol", at: "2026-03-02T00:00:00Z" },
      { user: "Carol", at: "2026-03-03T00:00:00Z" },
    ];
    expect(status(approvals, "2026-03-10T00:00:00Z")).toMatchObject({
      status: "overdue",
      approvers: ["carol"],
    });
  });

  it("does not count approvals after now, so a past report is stable", () => {
    expect(
      status([{ user: "carol", at: "2026-03-02T00:00:00Z" }], "2026-03-01T12:00:00Z")?.approvers,
    ).toEqual([]);
  });

  it("rejects a malformed now", () => {
    expect(() =>
      retrospectiveStatus({ obligations: [], approvals: [], teams: {}, now: "yesterday" }),
    ).toThrow();
  });
});
