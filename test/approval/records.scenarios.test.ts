import { describe, expect, it } from "vitest";
import { evaluatePullRequest } from "../../src/approval/evaluate.js";
import {
  APPROVAL_BLOCK,
  approve,
  baseRecords,
  change,
  edit,
  headOf,
  input,
  move,
  policy,
  procedure,
  rec,
} from "./helpers.js";
import { normal, runScenarios, type Scenario } from "./scenario.js";

const freezeWindow = { start: "2026-12-22T10:00:00+01:00", end: "2026-12-22T12:00:00+01:00" };

const scenarios: Scenario[] = [
  {
    name: "a normal change in a freeze blocks",
    build: normal({ window: freezeWindow }, { facts: { reviews: [approve("carol")] } }),
    verdict: "blocked",
    codes: ["change-freeze"],
    message: {
      "CHG-1":
        /overlaps the freeze "Year-end freeze" \(2026-12-20 to 2027-01-04\), which allows only emergency/,
    },
  },
  {
    name: "an emergency change in a freeze that allows emergencies passes, owing a retrospective",
    build: normal({ type: "emergency", window: freezeWindow }, { facts: { reviews: [approve("dave")] } }),
    verdict: "approved",
    records: {
      "CHG-1": {
        rule: "emergency change",
        retrospective: {
          within_seconds: 432000,
          count: 2,
          teams: ["cab"],
          users: [],
          due: "2026-03-15T12:00:00+01:00",
        },
      },
    },
  },
  {
    name: "a date-only freeze end is inclusive in Europe/Berlin",
    build: normal({ window: { start: "2027-01-04T23:30:00+01:00", end: "2027-01-05T01:00:00+01:00" } }),
    verdict: "blocked",
    codes: ["change-freeze"],
  },
  {
    name: "a window starting at Berlin midnight after the end date is outside the freeze",
    build: normal(
      { window: { start: "2027-01-04T23:00:00Z", end: "2027-01-05T02:00:00Z" } },
      { facts: { reviews: [approve("carol")] } },
    ),
    verdict: "approved",
  },
  {
    name: "a window ending after Berlin midnight on the start date is inside the freeze",
    build: normal({ window: { start: "2026-12-19T22:00:00Z", end: "2026-12-19T23:30:00Z" } }),
    verdict: "blocked",
    codes: ["change-freeze"],
  },
  {
    name: "a standard change with an approved template needs no approval",
    build: normal({ type: "standard", template: "PRC-std-restart" }),
    verdict: "approved",
    records: { "CHG-1": { rule: "standard change", required: 0, status: "met" } },
  },
  {
    name: "a standard change without a template is a violation",
    build: normal({ type: "standard" }),
    verdict: "blocked",
    codes: ["standard-change-template-missing"],
  },
  {
    name: "a standard change naming a draft template is a violation",
    build: normal({ type: "standard", template: "PRC-std-draft" }),
    verdict: "blocked",
    codes: ["standard-change-template-invalid"],
    message: { "CHG-1": "PRC-std-draft has status draft, not approved" },
  },
  {
    name: "a standard change naming a procedure that is not a template is a violation",
    build: normal({ type: "standard", template: "PRC-plain" }),
    verdict: "blocked",
    codes: ["standard-change-template-invalid"],
  },
  {
    name: "a template added in the same pull request does not count",
    build: () => {
      const base = [...baseRecords(), change("CHG-1")];
      const head = headOf(base, [
        procedure("PRC-new"),
        edit(change("CHG-1"), { type: "standard", template: "PRC-new" }),
      ]);
      return input(base, head, { facts: { reviews: [approve("quinn")] } });
    },
    verdict: "blocked",
    codes: ["standard-change-template-invalid"],
  },
  {
    name: "a change entering approved without approvals blocks",
    build: normal({ status: "approved" }),
    verdict: "blocked",
    codes: ["approved-without-approval"],
    records: { "CHG-1": { status: "blocked", missing: 1 } },
  },
  {
    name: "a change entering approved with its approval is approved",
    build: normal({ status: "approved" }, { facts: { reviews: [approve("erin")] } }),
    verdict: "approved",
  },
  {
    name: "a change added already scheduled without approvals blocks",
    build: () => {
      const base = baseRecords();
      return input(base, headOf(base, [change("CHG-9", { status: "scheduled" })]));
    },
    verdict: "blocked",
    codes: ["approved-without-approval"],
    records: { "CHG-9": { change: "added" } },
  },
  {
    name: "an already approved change moving on is only pending",
    build: () => {
      const base = [...baseRecords(), change("CHG-1", { status: "approved" })];
      return input(base, headOf(base, [edit(base[4]!, { status: "scheduled" })]));
    },
    verdict: "pending",
  },
  {
    name: "a policy weakened in the same pull request is judged by the base policy",
    build: () => {
      const weak = {
        ...APPROVAL_BLOCK,
        rules: APPROVAL_BLOCK.rules.map((r) => ({ ...r, require: { count: 0 } })),
        default: { count: 0 },
      };
      const base = [...baseRecords(), change("CHG-1")];
      const head = headOf(base, [policy(weak), edit(change("CHG-1"), { title: "x" })]);
      return input(base, head);
    },
    verdict: "pending",
    records: {
      "POL-change": { rule: "controlled documents", required: 1, from: "owner quality" },
      "CHG-1": { rule: "normal change", required: 1 },
    },
  },
  {
    name: "a policy whose kind is changed in the pull request is still judged as a policy",
    build: () => {
      const base = baseRecords();
      const head = headOf(base, [edit(base[0]!, { kind: "report", approval: undefined })]);
      return input(base, head, { facts: { reviews: [approve("carol")] } });
    },
    verdict: "pending",
    records: { "POL-change": { rule: "controlled documents" } },
  },
  {
    name: "a deleted record is judged by its base version",
    build: () => {
      const base = [...baseRecords(), change("CHG-1", { risk: "high" })];
      return input(base, headOf(base, [], ["changes/CHG-1.md"]), { facts: { reviews: [approve("carol")] } });
    },
    verdict: "pending",
    records: { "CHG-1": { change: "deleted", rule: "high-risk normal change", missing: 1 } },
  },
  {
    name: "a renamed record is judged by its head version and keeps its old path",
    build: () => {
      const base = [...baseRecords(), change("CHG-1")];
      const moved = move(edit(change("CHG-1"), { risk: "high" }), "changes/2026/CHG-1.md");
      return input(base, headOf(base, [moved], ["changes/CHG-1.md"]), {
        renames: [["changes/CHG-1.md", "changes/2026/CHG-1.md"]],
        facts: { reviews: [approve("carol"), approve("erin")] },
      });
    },
    verdict: "approved",
    records: {
      "CHG-1": {
        change: "renamed",
        path: "changes/2026/CHG-1.md",
        old_path: "changes/CHG-1.md",
        rule: "high-risk normal change",
      },
    },
  },
  {
    name: "an edited closed record blocks",
    build: () => {
      const base = [...baseRecords(), change("CHG-1", { status: "closed" })];
      return input(base, headOf(base, [edit(base[4]!, { title: "rewritten" })]), {
        facts: { reviews: [approve("carol")] },
      });
    },
    verdict: "blocked",
    codes: ["closed-record-modified"],
  },
  {
    name: "a closed record reopened properly is allowed",
    build: () => {
      const timeline = [{ at: "2026-03-01T10:00:00+01:00", status: "closed" }];
      const closed = rec("incidents/INC-1.md", {
        id: "INC-1",
        kind: "incident",
        title: "Outage",
        owner: "alice",
        status: "closed",
        timeline,
      });
      const reopened = edit(closed, {
        status: "in-progress",
        timeline: [...timeline, { at: "2026-03-09T10:00:00+01:00", status: "in-progress", reopened: true }],
      });
      const base = [...baseRecords(), closed];
      return input(base, headOf(base, [reopened]), { facts: { reviews: [approve("bob")] } });
    },
    verdict: "approved",
    records: { "INC-1": { rule: "default", status: "met" } },
  },
  {
    name: "a closed record reopened together with another edit blocks",
    build: () => {
      const closed = rec("incidents/INC-1.md", {
        id: "INC-1",
        kind: "incident",
        title: "Outage",
        owner: "alice",
        status: "closed",
      });
      const reopened = edit(closed, {
        title: "Different",
        status: "in-progress",
        timeline: [{ at: "2026-03-09T10:00:00+01:00", status: "in-progress", reopened: true }],
      });
      const base = [...baseRecords(), closed];
      return input(base, headOf(base, [reopened]), { facts: { reviews: [approve("bob")] } });
    },
    verdict: "blocked",
    codes: ["closed-record-modified"],
  },
  {
    name: "deleting a closed record blocks",
    build: () => {
      const base = [...baseRecords(), change("CHG-1", { status: "closed" })];
      return input(base, headOf(base, [], ["changes/CHG-1.md"]), { facts: { reviews: [approve("carol")] } });
    },
    verdict: "blocked",
    codes: ["closed-record-deleted"],
  },
  {
    name: "validation errors in the head block; warnings do not",
    build: normal(
      { title: "x" },
      {
        facts: { reviews: [approve("carol")] },
        headValidation: [
          {
            file: "changes/CHG-1.md",
            line: 3,
            column: 1,
            severity: "error",
            code: "ref/unknown",
            message: "no such CI",
          },
          {
            file: "changes/CHG-1.md",
            line: 4,
            column: 1,
            severity: "warning",
            code: "doc/review",
            message: "review due",
          },
        ],
      },
    ),
    verdict: "blocked",
    codes: ["ref/unknown"],
  },
  {
    name: "warnings alone do not block",
    build: normal(
      { title: "x" },
      {
        facts: { reviews: [approve("carol")] },
        headValidation: [{ file: "a.md", line: 1, column: 1, severity: "warning", code: "w", message: "w" }],
      },
    ),
    verdict: "approved",
  },
  {
    name: "without a policy in the base every record needs one approval from anyone",
    build: () => {
      const base = [change("CHG-1")];
      return input(base, [edit(change("CHG-1"), { title: "x" })], { facts: { reviews: [approve("frank")] } });
    },
    verdict: "approved",
    records: { "CHG-1": { rule: "default", required: 1, anyone: true } },
    check: (v) => expect(v.policy).toBeNull(),
  },
  {
    name: "two policies in the base block",
    build: () => {
      const base = [...baseRecords(), policy(APPROVAL_BLOCK, "policies/other.md"), change("CHG-1")];
      return input(base, headOf(base, [edit(change("CHG-1"), { title: "x" })]), {
        facts: { reviews: [approve("carol")] },
      });
    },
    verdict: "blocked",
    codes: ["approval-policy-multiple", "approval-policy-multiple"],
  },
  {
    name: "a pull request adding a second policy blocks",
    build: () => {
      const base = baseRecords();
      return input(base, headOf(base, [policy(APPROVAL_BLOCK, "policies/other.md")]), {
        facts: { reviews: [approve("quinn")] },
      });
    },
    verdict: "blocked",
    codes: ["approval-policy-multiple", "approval-policy-multiple"],
  },
  {
    name: "a rule naming an unknown team blocks",
    build: () => {
      const block = { ...APPROVAL_BLOCK, default: { count: 1, teams: ["ghosts"] } };
      const base = [
        policy(block),
        rec("risks/R1.md", { id: "RSK-1", kind: "risk", title: "r", owner: "alice" }),
      ];
      return input(base, headOf(base, [edit(base[1]!, { title: "r2" })]));
    },
    verdict: "blocked",
    codes: ["approval-team-unknown"],
  },
];

describe("evaluatePullRequest: freezes, templates, statuses and policy", () => runScenarios(scenarios));

describe("closed records reported by validation too", () => {
  it("keeps one closed-record violation per file", () => {
    const base = [...baseRecords(), change("CHG-1", { status: "closed" })];
    const data = input(base, headOf(base, [edit(base[4]!, { title: "rewritten" })]), {
      headValidation: [
        {
          file: "changes/CHG-1.md",
          line: 8,
          column: 9,
          severity: "error",
          code: "closed-record-modified",
          message: "v",
        },
      ],
    });
    const v = evaluatePullRequest(data);
    expect(v.verdict).toBe("blocked");
    expect(v.violations).toEqual([expect.objectContaining({ code: "closed-record-modified", message: "v" })]);
    expect(v.records[0]?.status).toBe("blocked");
  });
});
