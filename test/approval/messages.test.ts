import { describe, expect, it } from "vitest";
import { evaluatePullRequest } from "../../src/approval/evaluate.js";
import {
  describeIgnored,
  describeMissing,
  escapeMarkdown,
  joinList,
  renderSummaryMarkdown,
  SUMMARY_MARKER,
} from "../../src/approval/messages.js";
import type { Verdict } from "../../src/approval/types.js";
import { approve, baseRecords, change, edit, headOf, input, OLD, rec, review } from "./helpers.js";

describe("messages", () => {
  it("joins names the way people write them", () => {
    expect(joinList([])).toBe("");
    expect(joinList(["carol"])).toBe("carol");
    expect(joinList(["carol", "dave"])).toBe("carol or dave");
    expect(joinList(["carol", "dave", "erin"], "and")).toBe("carol, dave and erin");
  });

  it("tells the author exactly what is missing and why an approval did not count", () => {
    const base = [...baseRecords(), change("CHG-1")];
    const v = evaluatePullRequest(
      input(base, headOf(base, [edit(change("CHG-1"), { title: "x" })]), {
        facts: { author: "bob", reviews: [approve("carol", 1, OLD), approve("bob", 2)] },
      }),
    );
    expect(v.records[0]?.message).toBe(
      "needs 1 more approval from cab: carol, dave or erin; carol's approval is on an older commit; " +
        "bob cannot approve: bob authored the pull request",
    );
  });

  it("describes each ignore reason", () => {
    const text = (reason: Parameters<typeof describeIgnored>[0]["reason"]) =>
      describeIgnored({ user: "bob", reason, review_id: 1 }, "normal change", "cab");
    expect(text("author")).toBe("bob cannot approve: bob authored the pull request");
    expect(text("commit-author")).toBe("bob cannot approve: bob authored a commit in the pull request");
    expect(text("bot")).toBe("bob cannot approve: bots never count");
    expect(text("stale")).toBe("bob's approval is on an older commit");
    expect(text("not-allowed")).toBe(`bob's review does not count: rule "normal change" needs cab`);
    expect(text("superseded")).toBe("bob's review was dismissed");
    expect(text("changes-requested")).toMatch(/^bob requested changes/);
  });

  it("says when nobody is left who can approve", () => {
    expect(describeMissing({ missing: 2, from: "ecab", allowed: [], anyone: false })).toBe(
      "needs 2 more approvals from ecab, but no one in ecab is left who can approve",
    );
    expect(describeMissing({ missing: 1, from: "any reviewer", allowed: [], anyone: true })).toBe(
      "needs 1 more approval from any reviewer other than the pull request's author and commit authors",
    );
  });

  it("names who approved when the rule is met", () => {
    const base = [...baseRecords(), change("CHG-1", { risk: "high" })];
    const v = evaluatePullRequest(
      input(base, headOf(base, [edit(base[4]!, { title: "x" })]), {
        facts: { reviews: [approve("carol"), approve("dave")] },
      }),
    );
    expect(v.records[0]?.message).toBe("approved by carol and dave (2 of 2 from cab)");
  });
});

describe("escapeMarkdown", () => {
  it("neutralises HTML, Markdown, mentions, links and table pipes", () => {
    const out = escapeMarkdown(
      '<img src=x onerror="alert(1)"> | [x](javascript:alert(1)) @org/team *b*\nnext',
    );
    expect(out).not.toMatch(/[<>"@\n]/);
    expect(out).not.toContain("javascript:");
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/(^|[^\\])[[\]*()]/);
  });

  it("drops bidi overrides and zero-width characters", () => {
    expect(escapeMarkdown("a\u202eb\u200bc")).toBe("abc");
  });
});

describe("renderSummaryMarkdown", () => {
  const hostile = "<script>alert(1)</script>";
  const base = [...baseRecords(), change("CHG-1")];
  const evil = rec("changes/CHG-1.md", { ...change("CHG-1").data, title: "x" });
  const head = headOf(base, [evil]);
  const verdict = evaluatePullRequest(
    input(base, head, {
      facts: { reviews: [approve(hostile, 1), review("dave", "CHANGES_REQUESTED", 2)] },
      headValidation: [
        {
          file: "changes/CHG-1.md",
          line: 2,
          column: 3,
          severity: "error",
          code: "x",
          message: `bad ${hostile}`,
        },
      ],
    }),
  );
  const md = renderSummaryMarkdown(verdict);

  it("starts with the hidden marker and states the verdict", () => {
    expect(md.startsWith(`${SUMMARY_MARKER}\n`)).toBe(true);
    expect(md).toContain("SMS change approval: blocked");
  });

  it("has a table per record and lists violations", () => {
    expect(md).toContain("| Rule | normal change |");
    expect(md).toContain("| Changes requested | dave |");
    expect(md).toMatch(/### Violations \(1\)/);
    expect(md).toContain("changes/CHG\\-1\\.md line 2, column 3");
  });

  it("escapes everything that came from records or users", () => {
    expect(md).not.toContain("<script>");
    expect(md).toContain("&lt;script&gt;");
    expect(md.split("\n").filter((l) => l.includes("<"))).toEqual([SUMMARY_MARKER]);
  });

  it("explains the safe default when the base has no policy", () => {
    const v: Verdict = {
      verdict: "approved",
      pull_request: 1,
      head_sha: "abc",
      policy: null,
      records: [],
      violations: [],
    };
    const text = renderSummaryMarkdown(v);
    expect(text).toContain("safe default");
    expect(text).toContain("changes no SMS records");
  });

  it("caps a long violations list", () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      file: "a.md",
      line: i + 1,
      column: 1,
      severity: "error" as const,
      code: "c",
      message: "m",
    }));
    const v: Verdict = {
      verdict: "blocked",
      pull_request: 1,
      head_sha: "abc",
      policy: null,
      records: [],
      violations: many,
    };
    expect(renderSummaryMarkdown(v)).toContain("… and 50 more");
  });
});
