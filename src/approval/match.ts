import type { ApprovalPolicy, ApprovalRule, Requirement, When, WhenScalar } from "./types.js";

/** The rule that applies to a record, or the policy default. */
export interface SelectedRule {
  /** Index in `policy.rules`, or -1 for the default. */
  index: number;
  name: string;
  require: Requirement;
  rule: ApprovalRule | null;
}

/** Name reported for records that no rule matches. */
export const DEFAULT_RULE_NAME = "default";

function valueMatches(actual: unknown, expected: WhenScalar | WhenScalar[]): boolean {
  const options = Array.isArray(expected) ? expected : [expected];
  // A list-valued field (tags, services) matches when any of its items does: plain equality could
  // never match it, since `when` values are scalars.
  if (Array.isArray(actual)) return actual.some((item) => options.includes(item as WhenScalar));
  return options.includes(actual as WhenScalar);
}

/** True when every field named in `when` equals the record's value (a list means any of). */
export function matchesWhen(when: When, data: Readonly<Record<string, unknown>>): boolean {
  for (const key of Object.keys(when)) {
    // Own properties only: a field named like an Object.prototype member must not match by accident.
    if (!Object.hasOwn(data, key)) return false;
    const expected = when[key];
    if (expected === undefined || !valueMatches(data[key], expected)) return false;
  }
  return true;
}

/** Selects the first rule, in order, whose `when` matches the record; else the default. */
export function selectRule(policy: ApprovalPolicy, data: Readonly<Record<string, unknown>>): SelectedRule {
  for (let i = 0; i < policy.rules.length; i++) {
    const rule = policy.rules[i];
    if (rule && matchesWhen(rule.when, data))
      return { index: i, name: rule.name, require: rule.require, rule };
  }
  return { index: -1, name: DEFAULT_RULE_NAME, require: policy.default, rule: null };
}
