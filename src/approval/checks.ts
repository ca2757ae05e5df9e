import { positionOf, type SmsRecord } from "../records/record.js";
import { instantOf } from "./time.js";
import type { ApprovalPolicy, Violation } from "./types.js";

/** A record-level problem: the positioned violation and the short reason shown on the record. */
export interface Finding {
  violation: Violation;
  block: string;
}

/** Change statuses at or after approval (SPEC section 4 order). */
export const APPROVED_OR_LATER: ReadonlySet<string> = new Set([
  "approved",
  "scheduled",
  "implemented",
  "reviewed",
  "closed",
]);

function finding(record: SmsRecord, pointer: string, code: string, message: string): Finding {
  const { line, column } = positionOf(record, pointer);
  return { violation: { file: record.path, line, column, severity: "error", code, message }, block: message };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Structural equality of parsed YAML values (plain JSON data). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/** Freezes that a change's window overlaps and whose `allow` does not include its type. */
export function freezeFindings(head: SmsRecord, policy: ApprovalPolicy, timezone: string): Finding[] {
  if (head.data.kind !== "change" || policy.freeze.length === 0) return [];
  const window = head.data.window;
  if (!isObject(window)) return [];
  const ws = instantOf(window.start, timezone, "start");
  let we = instantOf(window.end, timezone, "end");
  if (ws === null || we === null) return [];
  // An empty or inverted window still names a moment; it must not slip past the overlap test.
  if (we <= ws) we = ws + 1;
  const type = String(head.data.type ?? "");
  const out: Finding[] = [];
  for (const freeze of policy.freeze) {
    const fs = instantOf(freeze.start, timezone, "start");
    const fe = instantOf(freeze.end, timezone, "end");
    if (fs === null || fe === null || !(ws < fe && fs < we) || freeze.allow.includes(type)) continue;
    const allows = freeze.allow.length ? `only ${freeze.allow.join(" and ")} changes` : "no changes";
    out.push(
      finding(
        head,
        "/window",
        "change-freeze",
        `the change window of ${head.data.id} (${String(window.start)} to ${String(window.end)}) overlaps ` +
          `the freeze "${freeze.name}" (${freeze.start} to ${freeze.end}), which allows ${allows}; ` +
          `move the window out of the freeze`,
      ),
    );
  }
  return out;
}

/** A standard change (or a record whose rule wants a template) must name an approved BASE template. */
export function templateFinding(
  head: SmsRecord,
  ruleWantsTemplate: boolean,
  procedures: ReadonlyMap<string, SmsRecord>,
): Finding | null {
  const isStandard = head.data.kind === "change" && head.data.type === "standard";
  if (!isStandard && !ruleWantsTemplate) return null;
  const id = head.data.template;
  const what = isStandard ? "a standard change" : "this record";
  if (typeof id !== "string" || id === "") {
    return finding(
      head,
      "/type",
      "standard-change-template-missing",
      `${head.data.id} is ${what} but names no template; set template: to an approved standard-change procedure`,
    );
  }
  const proc = procedures.get(id);
  let problem: string | null = null;
  if (!proc) problem = `${id} is not a procedure in the base branch (templates must be approved before use)`;
  else if (proc.data.standard_change !== true) problem = `${id} is not a standard-change template`;
  else if (proc.data.status !== "approved")
    problem = `${id} has status ${String(proc.data.status)}, not approved`;
  if (!problem) return null;
  return finding(
    head,
    "/template",
    "standard-change-template-invalid",
    `template of ${head.data.id}: ${problem}`,
  );
}

/** True when a change reaches approved or a later status in this pull request. */
export function entersApproved(base: SmsRecord | null, head: SmsRecord): boolean {
  if (head.data.kind !== "change" || !APPROVED_OR_LATER.has(String(head.data.status))) return false;
  // Anything else before (draft, submitted, rejected, failed, cancelled) is entering approval anew.
  return base?.data.kind !== "change" || !APPROVED_OR_LATER.has(String(base.data.status));
}

/** The finding for a change that enters approved while its rule is not met. */
export function enteredApprovedFinding(head: SmsRecord, rule: string): Finding {
  return finding(
    head,
    "/status",
    "approved-without-approval",
    `${head.data.id} is set to ${String(head.data.status)} but rule "${rule}" is not met by this pull request`,
  );
}

/** True when a closed record's only change is a reopening timeline entry with a matching status. */
function isProperReopen(base: SmsRecord, head: SmsRecord): boolean {
  if (head.body !== base.body) return false;
  const before = base.data.timeline ?? [];
  const after = head.data.timeline;
  if (!Array.isArray(before) || !Array.isArray(after) || after.length !== before.length + 1) return false;
  if (!before.every((entry, i) => deepEqual(entry, after[i]))) return false;
  const entry = after[after.length - 1];
  if (!isObject(entry) || entry.reopened !== true) return false;
  if (typeof entry.status !== "string" || entry.status === "closed" || head.data.status !== entry.status) {
    return false;
  }
  const rest = (data: Record<string, unknown>) => {
    const { status: _s, timeline: _t, ...others } = data;
    return others;
  };
  return deepEqual(rest(base.data), rest(head.data));
}

/** Closed records are immutable: editing or deleting one blocks, except a proper reopening. */
export function closedFinding(base: SmsRecord | null, head: SmsRecord | null): Finding | null {
  if (base?.data.status !== "closed") return null;
  if (!head) {
    return finding(
      base,
      "/status",
      "closed-record-deleted",
      `${base.data.id} is closed; closed records are immutable and cannot be deleted`,
    );
  }
  if (head.oid === base.oid || isProperReopen(base, head)) return null;
  return finding(
    head,
    "/status",
    "closed-record-modified",
    `${base.data.id} is closed; closed records are immutable. To reopen it, change nothing but the status ` +
      `and add one timeline entry with reopened: true and that status`,
  );
}
