import {
  type RetrospectiveApproval,
  type RetrospectiveObligation,
  type RetrospectiveState,
  retrospectiveStatus,
} from "../approval/index.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { GitError } from "../errors.js";
import { type BackendChoice, findRepoRoot, openGit } from "../git/open.js";
import type { GitBackend } from "../git/types.js";
import type { LedgerObligation } from "./entry.js";
import { readLedger, resolveLedgerTip, type StoredEntry } from "./read.js";

/** An obligation as the ledger holds it, with the team snapshot taken at merge time. */
export interface LedgerRetrospective {
  obligation: RetrospectiveObligation;
  owed: LedgerObligation;
  file: string;
}

/** Obligations (from merge entries) and approvals given later (from retrospective entries). */
export function retrospectivesOf(entries: readonly StoredEntry[]): {
  obligations: LedgerRetrospective[];
  approvals: (RetrospectiveApproval & { review_id: number | string })[];
} {
  const obligations: LedgerRetrospective[] = [];
  const approvals: (RetrospectiveApproval & { review_id: number | string })[] = [];
  for (const s of entries) {
    const e = s.entry;
    if (!e || !Array.isArray(e.records)) continue;
    for (const r of e.records) {
      if (e.type === "merge" && r.retrospective_owed) {
        const o = r.retrospective_owed;
        obligations.push({
          file: s.file,
          owed: o,
          obligation: {
            pr: e.pr,
            record: r.id,
            path: r.path,
            merged_at: e.merged_at ?? e.recorded_at,
            due: o.due,
            count: o.count,
            teams: o.teams,
            users: o.users,
            excluded: o.excluded,
          },
        });
      }
      if (e.type === "retrospective" && Array.isArray(r.retrospective)) {
        for (const a of r.retrospective)
          approvals.push({ record: r.id, user: a.user, at: a.at, pr: e.pr, review_id: a.review_id });
      }
    }
  }
  return { obligations, approvals };
}

/** Where each owed retrospective approval stands at `now`. */
export function retrospectiveStates(
  entries: readonly StoredEntry[],
  now: string,
): (RetrospectiveState & { file: string })[] {
  const { obligations, approvals } = retrospectivesOf(entries);
  return obligations.map((o) => {
    const forPr = approvals.filter((a) => a.pr === o.obligation.pr);
    const [state] = retrospectiveStatus({
      obligations: [o.obligation],
      approvals: forPr,
      teams: o.owed.members ?? {},
      now,
    });
    return { ...state!, file: o.file };
  });
}

/**
 * Findings for `sms validate`: emergency changes whose retrospective approval is overdue, read
 * from the evidence branch. No branch, no findings.
 */
export async function retrospectiveFindings(
  git: GitBackend,
  branch: string,
  now: string,
): Promise<Diagnostic[]> {
  const tip = await resolveLedgerTip(git, branch);
  if (!tip) return [];
  const states = retrospectiveStates(await readLedger(git, tip), now);
  return states
    .filter((s) => s.status === "overdue")
    .map((s) => ({
      file: s.path ?? s.file,
      line: 1,
      column: 1,
      severity: "warning" as const,
      code: "retrospective-overdue",
      message: `emergency change ${s.record} (pull request #${s.pr}) still owes ${s.missing} retrospective approval(s), due ${s.due}; the approvers should approve pull request #${s.pr} on GitHub, then record-approvals records it (ledger ${s.file})`,
    }));
}

/** `retrospectiveFindings` for a folder: nothing when it is not a git repository or has no ledger. */
export async function retrospectiveFindingsIn(
  dir: string,
  branch: string,
  now: string,
  backend?: BackendChoice,
): Promise<Diagnostic[]> {
  if (!findRepoRoot(dir)) return [];
  const git = openGit(dir, { backend });
  try {
    return await retrospectiveFindings(git, branch, now);
  } catch (error) {
    if (error instanceof GitError) return [];
    throw error;
  } finally {
    await git.close();
  }
}
