import { describe, expect } from "vitest";
import {
  APPROVAL_BLOCK,
  approve,
  baseRecords,
  change,
  edit,
  headOf,
  input,
  OLD,
  policy,
  rec,
  review,
} from "./helpers.js";
import { normal, runScenarios, type Scenario } from "./scenario.js";

const scenarios: Scenario[] = [
  {
    name: "no changed records",
    build: () => input(baseRecords(), baseRecords()),
    verdict: "approved",
    check: (v) => expect(v.records).toEqual([]),
  },
  {
    name: "changed files that are not records are ignored",
    build: () => ({
      ...input(baseRecords(), baseRecords()),
      changed: [{ path: "README.md", status: "modified" }],
    }),
    verdict: "approved",
  },
  {
    name: "normal change approved by a cab member on the head commit",
    build: normal({ title: "New title" }, { facts: { reviews: [approve("carol")] } }),
    verdict: "approved",
    records: { "CHG-1": { rule: "normal change", status: "met", approvers: ["carol"], missing: 0 } },
  },
  {
    name: "normal change without reviews is pending",
    build: normal({ title: "New title" }),
    verdict: "pending",
    records: { "CHG-1": { status: "missing", missing: 1, allowed: ["carol", "dave", "erin"] } },
    message: { "CHG-1": "needs 1 more approval from cab: carol, dave or erin" },
  },
  {
    name: "self-approval does not count",
    build: normal(
      { title: "x" },
      { facts: { author: "carol", commit_authors: ["carol"], reviews: [approve("carol")] } },
    ),
    verdict: "pending",
    records: { "CHG-1": { ignored: [expect.objectContaining({ user: "carol", reason: "author" })] } },
    message: { "CHG-1": "carol cannot approve: carol authored the pull request" },
    check: (v) => expect(v.records[0]?.allowed).toEqual(["dave", "erin"]),
  },
  {
    name: "self-approval counts when the policy allows it",
    build: () => {
      const base = [policy({ ...APPROVAL_BLOCK, self_approval: true }), change("CHG-1")];
      const head = headOf(base, [edit(change("CHG-1"), { title: "x" })]);
      return input(base, head, { facts: { author: "carol", reviews: [approve("carol")] } });
    },
    verdict: "approved",
  },
  {
    name: "a commit author's approval does not count",
    build: normal(
      { title: "x" },
      { facts: { commit_authors: ["alice", "dave"], reviews: [approve("dave")] } },
    ),
    verdict: "pending",
    records: { "CHG-1": { ignored: [expect.objectContaining({ user: "dave", reason: "commit-author" })] } },
    message: { "CHG-1": "dave cannot approve: dave authored a commit in the pull request" },
  },
  {
    name: "an approval on an older commit is stale after a push",
    build: normal({ title: "x" }, { facts: { reviews: [approve("alice2", 0), approve("carol", 1, OLD)] } }),
    verdict: "pending",
    records: {
      "CHG-1": {
        ignored: expect.arrayContaining([{ user: "carol", reason: "stale", review_id: expect.anything() }]),
      },
    },
    message: {
      "CHG-1": "needs 1 more approval from cab: carol, dave or erin; alice2's review does not count",
    },
    check: (v) => expect(v.records[0]?.message).toContain("carol's approval is on an older commit"),
  },
  {
    name: "stale approvals count when stale_on_push is false",
    build: () => {
      const base = [policy({ ...APPROVAL_BLOCK, stale_on_push: false }), change("CHG-1")];
      const head = headOf(base, [edit(change("CHG-1"), { title: "x" })]);
      return input(base, head, { facts: { reviews: [approve("carol", 0, OLD)] } });
    },
    verdict: "approved",
  },
  {
    name: "changes requested after an approval block",
    build: normal(
      { title: "x" },
      { facts: { reviews: [approve("carol", 1), review("dave", "CHANGES_REQUESTED", 2)] } },
    ),
    verdict: "blocked",
    records: { "CHG-1": { status: "blocked", changes_requested: ["dave"], approvers: ["carol"] } },
    message: { "CHG-1": /^dave requested changes/ },
  },
  {
    name: "the same reviewer's approval after requesting changes clears the block",
    build: normal(
      { title: "x" },
      { facts: { reviews: [review("dave", "CHANGES_REQUESTED", 1), approve("dave", 2)] } },
    ),
    verdict: "approved",
    records: { "CHG-1": { approvers: ["dave"], changes_requested: [] } },
  },
  {
    name: "an approval followed by changes requested from the same reviewer blocks",
    build: normal(
      { title: "x" },
      { facts: { reviews: [approve("dave", 1), review("dave", "CHANGES_REQUESTED", 2)] } },
    ),
    verdict: "blocked",
    records: {
      "CHG-1": { approvers: [], ignored: [expect.objectContaining({ reason: "changes-requested" })] },
    },
  },
  {
    name: "a dismissed review neither approves nor blocks",
    build: normal(
      { title: "x" },
      { facts: { reviews: [approve("carol", 1), review("dave", "DISMISSED", 2)] } },
    ),
    verdict: "approved",
    records: { "CHG-1": { ignored: [expect.objectContaining({ user: "dave", reason: "superseded" })] } },
  },
  {
    name: "a comment after an approval leaves the approval standing",
    build: normal(
      { title: "x" },
      { facts: { reviews: [approve("carol", 1), review("carol", "COMMENTED", 2)] } },
    ),
    verdict: "approved",
  },
  {
    name: "changes requested by someone the rule does not allow do not block",
    build: normal(
      { title: "x" },
      { facts: { reviews: [approve("carol", 1), review("frank", "CHANGES_REQUESTED", 2)] } },
    ),
    verdict: "approved",
    records: { "CHG-1": { ignored: [expect.objectContaining({ user: "frank", reason: "not-allowed" })] } },
  },
  {
    name: "an approval from someone outside the team does not count",
    build: normal({ title: "x" }, { facts: { reviews: [approve("frank")] } }),
    verdict: "pending",
    message: { "CHG-1": `frank's review does not count: rule "normal change" needs cab` },
  },
  {
    name: "logins compare case-insensitively",
    build: normal({ title: "x" }, { facts: { reviews: [approve("Carol")] } }),
    verdict: "approved",
    records: { "CHG-1": { approvers: ["Carol"] } },
  },
  {
    name: "bots never count, even under a rule that allows anyone",
    build: () => {
      const base = [
        ...baseRecords(),
        rec("services/checkout.md", {
          id: "SVC-checkout",
          kind: "service",
          title: "Checkout",
          owner: "alice",
        }),
      ];
      const head = headOf(base, [edit(base[4]!, { title: "Checkout v2" })]);
      const reviews = [approve("renovate[bot]"), review("lint[bot]", "CHANGES_REQUESTED", 1)];
      return input(base, head, { facts: { reviews } });
    },
    verdict: "pending",
    records: { "SVC-checkout": { rule: "default", anyone: true, status: "missing" } },
    message: { "SVC-checkout": "renovate[bot] cannot approve: bots never count" },
  },
  {
    name: "from: owner with a team owner accepts a member of that team only",
    build: () => {
      const base = baseRecords();
      const head = headOf(base, [edit(base[1]!, { title: "Restart v2" })]);
      return input(base, head, { facts: { reviews: [approve("carol", 1), approve("quinn", 2)] } });
    },
    verdict: "approved",
    records: {
      "PRC-std-restart": { rule: "controlled documents", approvers: ["quinn"], from: "owner quality" },
    },
  },
  {
    name: "from: owner uses the base owner, so a pull request cannot choose its own approver",
    build: () => {
      const base = baseRecords();
      const head = headOf(base, [edit(base[1]!, { owner: "frank" })]);
      return input(base, head, { facts: { reviews: [approve("frank")] } });
    },
    verdict: "pending",
    message: { "PRC-std-restart": "needs 1 more approval from owner quality: quentin or quinn" },
  },
  {
    name: "two records with different rules in one pull request",
    build: () => {
      const base = [...baseRecords(), change("CHG-1"), change("CHG-2", { risk: "high" })];
      const head = headOf(base, [
        edit(base[4]!, { title: "a" }),
        edit(base[5]!, { title: "b" }),
        edit(base[2]!, { title: "c" }),
      ]);
      return input(base, head, { facts: { reviews: [approve("carol"), approve("quinn")] } });
    },
    verdict: "pending",
    records: {
      "CHG-1": { rule: "normal change", status: "met" },
      "CHG-2": { rule: "high-risk normal change", status: "missing", missing: 1, required: 2 },
      "PRC-std-draft": { rule: "controlled documents", status: "met", approvers: ["quinn"] },
    },
  },
];

describe("evaluatePullRequest: reviews and approvers", () => runScenarios(scenarios));
