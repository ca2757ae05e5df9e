import { isBot, resolveAllowed, type TeamConfig } from "./reviews.js";
import { epochOf } from "./time.js";
import type { TeamMembers } from "./types.js";

/** A retrospective approval owed by a merged emergency change, as the ledger recorded it. */
export interface RetrospectiveObligation {
  /** Pull request that merged the emergency change. */
  pr: number;
  /** Record id of the change. */
  record: string;
  path?: string;
  merged_at: string;
  due: string;
  count: number;
  teams?: string[];
  users?: string[];
  /** Logins who cannot give it: the emergency pull request's author and commit authors. */
  excluded?: string[];
}

/** An approval of a record given after its merge (a later pull request's approval, from the ledger). */
export interface RetrospectiveApproval {
  record: string;
  user: string;
  at: string;
  pr?: number;
}

/** met: given by `due`; late: given after it; owed: not yet, still in time; overdue: not given, past due. */
export type RetrospectiveStatusValue = "met" | "late" | "owed" | "overdue";

/** Where one obligation stands at `now`. */
export interface RetrospectiveState {
  pr: number;
  record: string;
  path?: string;
  due: string;
  required: number;
  approvers: string[];
  missing: number;
  status: RetrospectiveStatusValue;
  /** Seconds past due while still not met; 0 otherwise. */
  overdue_seconds: number;
}

/** Input of `retrospectiveStatus`; plain data, `now` supplied by the caller. */
export interface RetrospectiveInput {
  obligations: readonly RetrospectiveObligation[];
  approvals: readonly RetrospectiveApproval[];
  teams: TeamMembers;
  config?: TeamConfig;
  now: string;
}

/** Says, for each emergency change's owed retrospective approval, whether it was given in time or is overdue at `now`. */
export function retrospectiveStatus(input: RetrospectiveInput): RetrospectiveState[] {
  const now = epochOf(input.now);
  if (now === null) throw new TypeError(`retrospectiveStatus: now is not an ISO instant: ${input.now}`);
  const byRecord = new Map<string, { user: string; at: number }[]>();
  for (const a of input.approvals) {
    const at = epochOf(a.at);
    // Approvals "from the future" relative to `now` are ignored so a report at a past date is stable.
    if (at === null || at > now || typeof a.user !== "string") continue;
    const list = byRecord.get(a.record) ?? [];
    list.push({ user: a.user, at });
    byRecord.set(a.record, list);
  }
  for (const list of byRecord.values()) list.sort((x, y) => x.at - y.at);

  const config = input.config ?? { teams: {} };
  return input.obligations.map((o) => {
    const allowed = resolveAllowed({ teams: o.teams, users: o.users }, undefined, input.teams, config);
    const excluded = new Set((o.excluded ?? []).map((x) => x.toLowerCase()));
    const merged = epochOf(o.merged_at) ?? Number.NEGATIVE_INFINITY;
    const due = epochOf(o.due) ?? merged;
    const approvers: string[] = [];
    const seen = new Set<string>();
    let metAt: number | null = o.count === 0 ? merged : null;
    for (const a of byRecord.get(o.record) ?? []) {
      const key = a.user.toLowerCase();
      if (a.at < merged || seen.has(key) || excluded.has(key) || isBot(key)) continue;
      if (!allowed.anyone && !allowed.members.has(key)) continue;
      seen.add(key);
      approvers.push(a.user);
      if (metAt === null && approvers.length >= o.count) metAt = a.at;
    }
    const missing = Math.max(0, o.count - approvers.length);
    let status: RetrospectiveStatusValue;
    if (metAt !== null) status = metAt <= due ? "met" : "late";
    else status = now > due ? "overdue" : "owed";
    const state: RetrospectiveState = {
      pr: o.pr,
      record: o.record,
      due: o.due,
      required: o.count,
      approvers,
      missing,
      status,
      overdue_seconds: status === "overdue" ? Math.floor((now - due) / 1000) : 0,
    };
    if (o.path !== undefined) state.path = o.path;
    return state;
  });
}
