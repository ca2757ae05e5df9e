import { positionOf, type SmsRecord } from "../records/record.js";
import { instantOf, parseDurationSeconds } from "./time.js";
import type {
  ApprovalPolicy,
  ApprovalRule,
  FreezeWindow,
  Requirement,
  RetrospectiveRequirement,
  Violation,
  When,
} from "./types.js";

/**
 * Requirement used when the base holds no approval policy, or a policy without `default`: one
 * approval from any reviewer other than the author and commit authors. Failing safe means no
 * record merges unreviewed just because the rules are missing.
 */
export const SAFE_DEFAULT: Requirement = Object.freeze({ count: 1 }) as Requirement;

/** The policy applied when the base has no `policy` record with an `approval` block. */
export function defaultPolicy(): ApprovalPolicy {
  return { rules: [], default: { ...SAFE_DEFAULT }, freeze: [], self_approval: false, stale_on_push: true };
}

/** A policy found among base records, with the problems found while reading it. */
export interface FoundPolicy {
  policy: ApprovalPolicy;
  source: SmsRecord | null;
  violations: Violation[];
}

function violation(record: SmsRecord, pointer: string, code: string, message: string): Violation {
  const { line, column } = positionOf(record, pointer);
  return { file: record.path, line, column, severity: "error", code, message };
}

/** Policy records carrying an `approval` block, in input order. */
export function policyRecords(records: readonly SmsRecord[]): SmsRecord[] {
  return records.filter((r) => r.data.kind === "policy" && r.data.approval != null);
}

/** Finds and normalises the approval policy among BASE records; several or a malformed one are violations. */
export function findPolicy(base: readonly SmsRecord[], timezone = "UTC"): FoundPolicy {
  const found = policyRecords(base);
  const first = found[0];
  if (!first) return { policy: defaultPolicy(), source: null, violations: [] };
  const { policy, violations } = readApprovalBlock(first, timezone);
  if (found.length > 1) {
    const paths = found.map((r) => r.path).join(", ");
    for (const r of found) {
      violations.push(
        violation(
          r,
          "/approval",
          "approval-policy-multiple",
          `more than one policy has an approval block (${paths}); keep exactly one`,
        ),
      );
    }
  }
  return { policy, source: first, violations };
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string" && x.length > 0);
const isScalar = (v: unknown): boolean => ["string", "number", "boolean"].includes(typeof v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Reads an `approval` block; anything malformed is reported, because a half-read policy could be weaker. */
export function readApprovalBlock(
  record: SmsRecord,
  timezone: string,
): { policy: ApprovalPolicy; violations: Violation[] } {
  const violations: Violation[] = [];
  const bad = (pointer: string, message: string) =>
    violations.push(violation(record, pointer, "approval-policy-invalid", message));
  const policy = defaultPolicy();
  const block = record.data.approval;
  if (!isObject(block)) {
    bad("/approval", "the approval block must be a mapping");
    return { policy, violations };
  }

  const readRequirement = (raw: unknown, at: string): Requirement => {
    if (!isObject(raw)) {
      bad(at, "a requirement must be a mapping with a count");
      return { ...SAFE_DEFAULT };
    }
    const req: Requirement = { count: 1 };
    if (isCount(raw.count)) req.count = raw.count;
    else bad(`${at}/count`, "count must be a whole number of at least 0");
    if (raw.teams !== undefined) {
      if (isStringList(raw.teams)) req.teams = [...raw.teams];
      else bad(`${at}/teams`, "teams must be a list of team names");
    }
    if (raw.users !== undefined) {
      if (isStringList(raw.users)) req.users = [...raw.users];
      else bad(`${at}/users`, "users must be a list of logins");
    }
    if (raw.from !== undefined) {
      if (raw.from === "owner") req.from = "owner";
      else bad(`${at}/from`, 'from must be "owner"');
    }
    return req;
  };

  const readWhen = (raw: unknown, at: string): When => {
    if (!isObject(raw)) {
      bad(at, "when must be a mapping of field: value");
      return {};
    }
    const when: When = {};
    for (const [key, value] of Object.entries(raw)) {
      if (isScalar(value)) when[key] = value as string;
      else if (Array.isArray(value) && value.every(isScalar)) when[key] = [...value] as string[];
      else bad(`${at}/${key}`, `when.${key} must be a value or a list of values`);
    }
    return when;
  };

  const readRetrospective = (raw: unknown, at: string): RetrospectiveRequirement | undefined => {
    if (raw === undefined) return undefined;
    if (!isObject(raw)) {
      bad(at, "retrospective must be a mapping with within and count");
      return undefined;
    }
    const seconds = parseDurationSeconds(raw.within);
    if (seconds === null) bad(`${at}/within`, "within must be a duration such as 5d, 4h or PT4H");
    const req = readRequirement({ count: raw.count, teams: raw.teams, users: raw.users }, at);
    const retro: RetrospectiveRequirement = {
      within: String(raw.within),
      within_seconds: seconds ?? 0,
      count: req.count,
    };
    if (req.teams) retro.teams = req.teams;
    if (req.users) retro.users = req.users;
    return retro;
  };

  if (!Array.isArray(block.rules)) bad("/approval/rules", "rules must be a list");
  else {
    block.rules.forEach((raw, i) => {
      const at = `/approval/rules/${i}`;
      if (!isObject(raw)) {
        bad(at, "each rule must be a mapping with name, when and require");
        return;
      }
      const name = typeof raw.name === "string" && raw.name.length > 0 ? raw.name : `rule ${i + 1}`;
      if (name !== raw.name) bad(`${at}/name`, "each rule needs a name");
      const rule: ApprovalRule = {
        name,
        when: readWhen(raw.when, `${at}/when`),
        require: readRequirement(raw.require, `${at}/require`),
      };
      const retro = readRetrospective(raw.retrospective, `${at}/retrospective`);
      if (retro) rule.retrospective = retro;
      if (raw.template !== undefined) {
        if (typeof raw.template === "boolean") rule.template = raw.template;
        else bad(`${at}/template`, "template must be true or false");
      }
      policy.rules.push(rule);
    });
  }

  if (block.default !== undefined) policy.default = readRequirement(block.default, "/approval/default");

  if (block.freeze !== undefined) {
    if (!Array.isArray(block.freeze)) bad("/change-freeze", "freeze must be a list");
    else {
      block.freeze.forEach((raw, i) => {
        const freeze = readFreeze(raw, `/change-freeze/${i}`, timezone, bad);
        if (freeze) policy.freeze.push(freeze);
      });
    }
  }

  for (const key of ["self_approval", "stale_on_push"] as const) {
    const value = block[key];
    if (value === undefined) continue;
    if (typeof value === "boolean") policy[key] = value;
    else bad(`/approval/${key}`, `${key} must be true or false`);
  }
  return { policy, violations };
}

function readFreeze(
  raw: unknown,
  at: string,
  timezone: string,
  bad: (pointer: string, message: string) => void,
): FreezeWindow | null {
  if (!isObject(raw)) {
    bad(at, "each freeze must be a mapping with name, start and end");
    return null;
  }
  const start = instantOf(raw.start, timezone, "start");
  const end = instantOf(raw.end, timezone, "end");
  if (start === null) bad(`${at}/start`, "start must be a date or a datetime with an offset");
  if (end === null) bad(`${at}/end`, "end must be a date or a datetime with an offset");
  if (start === null || end === null) return null;
  if (end <= start) bad(`${at}/end`, "a freeze must end after it starts");
  let allow: string[] = [];
  if (raw.allow !== undefined) {
    if (isStringList(raw.allow)) allow = [...raw.allow];
    else bad(`${at}/allow`, "allow must be a list of change types");
  }
  const name = typeof raw.name === "string" && raw.name ? raw.name : `freeze ${at.split("/").pop()}`;
  return { name, start: String(raw.start), end: String(raw.end), allow };
}
