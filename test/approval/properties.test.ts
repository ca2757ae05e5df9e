import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePullRequest } from "../../src/approval/evaluate.js";
import type { Review, ReviewState } from "../../src/approval/types.js";
import type { SmsRecord } from "../../src/records/record.js";
import { approve, baseRecords, change, edit, HEAD, headOf, input, OLD } from "./helpers.js";

const users = ["alice", "bob", "carol", "dave", "erin", "frank", "ci[bot]"];
const states: ReviewState[] = ["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"];

const reviewArb = fc.record({
  user: fc.constantFrom(...users),
  state: fc.constantFrom(...states),
  minute: fc.integer({ min: 0, max: 59 }),
  head: fc.boolean(),
});

function toReviews(list: { user: string; state: ReviewState; minute: number; head: boolean }[]): Review[] {
  return list.map((r, i) => ({
    id: i + 1,
    user: r.user,
    state: r.state,
    commit_id: r.head ? HEAD : OLD,
    // Distinct instants, so order is decided by time alone.
    submitted_at: new Date(Date.UTC(2026, 2, 10, 9, r.minute, i)).toISOString(),
  }));
}

const base = [...baseRecords(), change("CHG-1", { risk: "high" }), change("CHG-2")];
const head = headOf(base, [edit(base[4]!, { title: "a" }), edit(base[5]!, { title: "b" })]);
const judge = (reviews: Review[], h: SmsRecord[] = head) =>
  evaluatePullRequest(input(base, h, { facts: { reviews, commit_authors: ["alice", "bob"] } }));

describe("evaluator properties", () => {
  it("does not depend on the order in which reviews are listed", () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 12 }), (list) => {
        const reviews = toReviews(list);
        const a = judge(reviews);
        const b = judge([...reviews].reverse());
        expect(b.verdict).toBe(a.verdict);
        expect(b.records.map((r) => [r.status, r.approvers.sort()])).toEqual(
          a.records.map((r) => [r.status, r.approvers.sort()]),
        );
      }),
    );
  });

  it("never counts the author, commit authors or bots, and approves only when every record is met", () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 12 }), (list) => {
        const v = judge(toReviews(list));
        for (const r of v.records) {
          expect(r.approvers.filter((u) => ["alice", "bob", "ci[bot]"].includes(u))).toEqual([]);
          expect(r.approvers.length).toBe(new Set(r.approvers).size);
        }
        const allMet = v.records.every((r) => r.status === "met");
        expect(v.verdict === "approved").toBe(allMet && v.violations.length === 0);
      }),
    );
  });

  it("extra approvals from people outside the rule never change the verdict", () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 10 }), fc.integer({ min: 0, max: 59 }), (list, minute) => {
        const reviews = toReviews(list);
        const more = [...reviews, { ...approve("zed", minute), id: 999 }];
        expect(judge(more).verdict).toBe(judge(reviews).verdict);
      }),
    );
  });
});

describe("performance", () => {
  it("judges 50 changed records in a 10,000-record repository quickly", () => {
    const many: SmsRecord[] = [...baseRecords()];
    for (let i = 0; i < 10_000; i++) {
      many.push(
        change(`CHG-${i}`, {
          risk: i % 3 === 0 ? "high" : "low",
          type: i % 7 === 0 ? "emergency" : "normal",
        }),
      );
    }
    const edited = many.slice(100, 150).map((r) => edit(r, { title: "edited" }));
    const h = headOf(many, edited);
    const reviews = toReviews(
      Array.from({ length: 200 }, (_, i) => ({
        user: users[i % users.length]!,
        state: states[i % 3]!,
        minute: i % 60,
        head: i % 2 === 0,
      })),
    );
    const data = input(many, h, { facts: { reviews } });
    const started = performance.now();
    const v = evaluatePullRequest(data);
    const elapsed = performance.now() - started;
    expect(v.records).toHaveLength(50);
    expect(elapsed).toBeLessThan(500);
  });
});
