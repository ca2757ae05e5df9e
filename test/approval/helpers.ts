import { createHash } from "node:crypto";
import type {
  ChangedPath,
  EvaluateInput,
  PullRequestFacts,
  Review,
  ReviewState,
  TeamMembers,
} from "../../src/approval/types.js";
import type { SmsConfig } from "../../src/config/types.js";
import type { PositionMap, RecordData, SmsRecord } from "../../src/records/record.js";

export const HEAD = "a1".repeat(20);
export const OLD = "0f".repeat(20);
export const NOW = "2026-03-10T12:00:00+01:00";

/** A record as the loader would make it; positions put each top-level key on its own line. */
export function rec(path: string, data: RecordData, body = "## Implementation plan\n"): SmsRecord {
  const positions: PositionMap = {};
  Object.keys(data).forEach((key, i) => {
    positions[`/${key}`] = [i + 2, key.length + 3];
    positions[`/${key}#key`] = [i + 2, 1];
  });
  const oid = createHash("sha1")
    .update(JSON.stringify(data) + body)
    .digest("hex");
  return { path, oid, data, body, bodyLine: Object.keys(data).length + 3, positions };
}

/** A copy of a record with some fields replaced (undefined removes a field). */
export function edit(record: SmsRecord, fields: Record<string, unknown>, body = record.body): SmsRecord {
  const data: Record<string, unknown> = { ...record.data, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete data[k];
  return rec(record.path, data as RecordData, body);
}

/** The same record at another path. */
export function move(record: SmsRecord, path: string): SmsRecord {
  return { ...record, path };
}

export function change(id: string, fields: Record<string, unknown> = {}): SmsRecord {
  return rec(`changes/${id}.md`, {
    id,
    kind: "change",
    title: `Change ${id}`,
    owner: "alice",
    type: "normal",
    risk: "low",
    status: "submitted",
    services: ["SVC-checkout"],
    ...fields,
  });
}

export const APPROVAL_BLOCK = {
  rules: [
    {
      name: "high-risk normal change",
      when: { kind: "change", type: "normal", risk: "high" },
      require: { count: 2, teams: ["cab"] },
    },
    {
      name: "normal change",
      when: { kind: "change", type: "normal" },
      require: { count: 1, teams: ["cab"] },
    },
    {
      name: "emergency change",
      when: { kind: "change", type: "emergency" },
      require: { count: 1, teams: ["ecab"] },
      retrospective: { within: "5d", count: 2, teams: ["cab"] },
    },
    {
      name: "standard change",
      when: { kind: "change", type: "standard" },
      require: { count: 0 },
      template: true,
    },
    {
      name: "controlled documents",
      when: { kind: ["policy", "procedure", "plan"] },
      require: { count: 1, from: "owner" },
    },
  ],
  default: { count: 1 },
  freeze: [{ name: "Year-end freeze", start: "2026-12-20", end: "2027-01-04", allow: ["emergency"] }],
  self_approval: false,
  stale_on_push: true,
};

export function policy(
  approval: unknown = APPROVAL_BLOCK,
  path = "policies/change-management.md",
): SmsRecord {
  return rec(path, {
    id: "POL-change",
    kind: "policy",
    title: "Change management policy",
    owner: "quality",
    version: 1,
    status: "approved",
    approval,
  });
}

export function procedure(id: string, fields: Record<string, unknown> = {}): SmsRecord {
  return rec(`procedures/${id}.md`, {
    id,
    kind: "procedure",
    title: `Procedure ${id}`,
    owner: "quality",
    version: 1,
    status: "approved",
    standard_change: true,
    ...fields,
  });
}

export const CONFIG: SmsConfig = {
  organization: "Example Corp",
  timezone: "Europe/Berlin",
  edition: "2018",
  teams: {
    cab: ["carol", "dave", "erin"],
    ecab: ["dave"],
    quality: { github: "example/quality" },
  },
  calendars: {},
  folders: [],
  backdateToleranceSeconds: 86400,
  evidenceBranch: "sms/evidence",
  maxFileSize: 1_000_000,
};

/** Membership as the caller resolves it from the base (github: teams through the API). */
export const TEAMS: TeamMembers = {
  cab: ["carol", "dave", "erin"],
  ecab: ["dave"],
  quality: ["quinn", "quentin"],
};

let reviewId = 100;
/** A review; `minute` orders reviews in time. */
export function review(user: string, state: ReviewState, minute = 0, commit = HEAD): Review {
  const at = new Date(Date.UTC(2026, 2, 10, 9, minute)).toISOString();
  return { id: reviewId++, user, state, commit_id: commit, submitted_at: at };
}

export const approve = (user: string, minute = 0, commit = HEAD) => review(user, "APPROVED", minute, commit);

export function facts(over: Partial<PullRequestFacts> = {}): PullRequestFacts {
  return {
    number: 42,
    author: "alice",
    head_sha: HEAD,
    labels: [],
    reviews: [],
    commit_authors: ["alice"],
    now: NOW,
    ...over,
  };
}

/** Diff of two record sets by path and blob id; renames are given explicitly as [oldPath, newPath]. */
export function diff(
  base: readonly SmsRecord[],
  head: readonly SmsRecord[],
  renames: [string, string][] = [],
): ChangedPath[] {
  const before = new Map(base.map((r) => [r.path, r.oid]));
  const after = new Map(head.map((r) => [r.path, r.oid]));
  const renamedFrom = new Set(renames.map(([from]) => from));
  const renamedTo = new Map(renames.map(([from, to]) => [to, from]));
  const out: ChangedPath[] = [];
  for (const [path, oid] of after) {
    const from = renamedTo.get(path);
    if (from) out.push({ path, status: "renamed", oldPath: from });
    else if (!before.has(path)) out.push({ path, status: "added" });
    else if (before.get(path) !== oid) out.push({ path, status: "modified" });
  }
  for (const path of before.keys()) {
    if (!after.has(path) && !renamedFrom.has(path)) out.push({ path, status: "deleted" });
  }
  return out;
}

/** The base every scenario starts from: the policy and a few templates. */
export function baseRecords(): SmsRecord[] {
  return [
    policy(),
    procedure("PRC-std-restart"),
    procedure("PRC-std-draft", { status: "draft" }),
    procedure("PRC-plain", { standard_change: undefined }),
  ];
}

/** Builds evaluator input from base and head record sets. */
export function input(
  base: SmsRecord[],
  head: SmsRecord[],
  over: Omit<Partial<EvaluateInput>, "facts"> & {
    renames?: [string, string][];
    facts?: Partial<PullRequestFacts>;
  } = {},
): EvaluateInput {
  const { renames, facts: f, ...rest } = over;
  return {
    base,
    head,
    changed: diff(base, head, renames),
    config: CONFIG,
    teams: TEAMS,
    facts: facts(f),
    ...rest,
  };
}

/** Head = base with records replaced or added (by path) and some paths removed. */
export function headOf(base: SmsRecord[], put: SmsRecord[] = [], remove: string[] = []): SmsRecord[] {
  const byPath = new Map(base.map((r) => [r.path, r]));
  for (const p of remove) byPath.delete(p);
  for (const r of put) byPath.set(r.path, r);
  return [...byPath.values()];
}
