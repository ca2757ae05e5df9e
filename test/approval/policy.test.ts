import { describe, expect, it } from "vitest";
import { matchesWhen, selectRule } from "../../src/approval/match.js";
import { findPolicy, SAFE_DEFAULT } from "../../src/approval/policy.js";
import { latestReviewStates } from "../../src/approval/reviews.js";
import { instantOf, parseDurationSeconds } from "../../src/approval/time.js";
import { APPROVAL_BLOCK, approve, HEAD, OLD, policy, rec, review } from "./helpers.js";

describe("findPolicy", () => {
  it("reads the approval block with its defaults", () => {
    const { policy: p, source, violations } = findPolicy([policy({ rules: [] })], "Europe/Berlin");
    expect(violations).toEqual([]);
    expect(source?.data.id).toBe("POL-change");
    expect(p).toEqual({
      rules: [],
      default: SAFE_DEFAULT,
      freeze: [],
      self_approval: false,
      stale_on_push: true,
    });
  });

  it("normalises rules, retrospectives and freezes", () => {
    const { policy: p, violations } = findPolicy([policy()], "Europe/Berlin");
    expect(violations).toEqual([]);
    expect(p.rules.map((r) => r.name)).toEqual(APPROVAL_BLOCK.rules.map((r) => r.name));
    expect(p.rules[2]?.retrospective).toEqual({
      within: "5d",
      within_seconds: 432000,
      count: 2,
      teams: ["cab"],
    });
    expect(p.freeze[0]).toEqual({
      name: "Year-end freeze",
      start: "2026-12-20",
      end: "2027-01-04",
      allow: ["emergency"],
    });
  });

  it("falls back to the safe default without a policy", () => {
    const found = findPolicy([rec("policies/p.md", { id: "POL-x", kind: "policy", title: "t", owner: "o" })]);
    expect(found.source).toBeNull();
    expect(found.policy.default).toEqual({ count: 1 });
  });

  it("reports malformed parts at their position instead of silently weakening the policy", () => {
    const bad = {
      rules: [{ name: "r", when: { kind: { nested: 1 } }, require: { count: -1, teams: "cab" } }],
      freeze: [{ name: "f", start: "soon", end: "2026-01-01" }],
      self_approval: "yes",
    };
    const { violations } = findPolicy([policy(bad)]);
    expect(violations.map((v) => v.message)).toEqual([
      "when.kind must be a value or a list of values",
      "count must be a whole number of at least 0",
      "teams must be a list of team names",
      "start must be a date or a datetime with an offset",
      "self_approval must be true or false",
    ]);
    expect(violations.every((v) => v.code === "approval-policy-invalid" && v.line >= 1)).toBe(true);
  });

  it("reports every policy when there are several", () => {
    const { violations } = findPolicy([policy(), policy(APPROVAL_BLOCK, "policies/b.md")]);
    expect(violations.map((v) => v.file)).toEqual(["policies/change-management.md", "policies/b.md"]);
  });
});

describe("when matching", () => {
  it("compares fields for equality; a list means any of", () => {
    expect(
      matchesWhen({ kind: "change", type: ["normal", "emergency"] }, { kind: "change", type: "emergency" }),
    ).toBe(true);
    expect(matchesWhen({ kind: "change", type: "normal" }, { kind: "change", type: "standard" })).toBe(false);
    expect(matchesWhen({ risk: "high" }, { kind: "change" })).toBe(false);
    expect(matchesWhen({}, { kind: "change" })).toBe(true);
  });

  it("matches list-valued fields when any item matches, and never via the prototype", () => {
    expect(matchesWhen({ tags: "security" }, { tags: ["payments", "security"] })).toBe(true);
    expect(matchesWhen({ toString: "x" }, {})).toBe(false);
  });

  it("takes the first matching rule in order", () => {
    const { policy: p } = findPolicy([policy()]);
    expect(selectRule(p, { kind: "change", type: "normal", risk: "high" }).name).toBe(
      "high-risk normal change",
    );
    expect(selectRule(p, { kind: "change", type: "normal", risk: "low" }).name).toBe("normal change");
    expect(selectRule(p, { kind: "incident" })).toMatchObject({ name: "default", index: -1 });
  });
});

describe("review states", () => {
  it("keeps each reviewer's latest decisive review in time order, whatever the input order", () => {
    const states = latestReviewStates(
      [
        review("dave", "COMMENTED", 9),
        approve("dave", 5),
        review("dave", "CHANGES_REQUESTED", 3),
        approve("carol", 1, OLD),
      ],
      HEAD,
    );
    expect(states.map((s) => [s.user, s.state, s.onHead])).toEqual([
      ["carol", "APPROVED", false],
      ["dave", "APPROVED", true],
    ]);
  });
});

describe("time helpers", () => {
  it("parses policy durations", () => {
    expect(parseDurationSeconds("5d")).toBe(432000);
    expect(parseDurationSeconds("1h30m")).toBe(5400);
    expect(parseDurationSeconds("PT4H")).toBe(14400);
    expect(parseDurationSeconds("P1W")).toBe(604800);
    expect(parseDurationSeconds("soon")).toBeNull();
    expect(parseDurationSeconds("P")).toBeNull();
  });

  it("reads dates as whole local days with an inclusive end", () => {
    expect(new Date(instantOf("2027-01-04", "Europe/Berlin", "end")!).toISOString()).toBe(
      "2027-01-04T23:00:00.000Z",
    );
    expect(new Date(instantOf("2026-07-01", "Europe/Berlin", "start")!).toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
    expect(instantOf("2026-03-06T15:00:00+01:00", "Europe/Berlin", "end")).toBe(
      Date.parse("2026-03-06T14:00:00Z"),
    );
  });
});
