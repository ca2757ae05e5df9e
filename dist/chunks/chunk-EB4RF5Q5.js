import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  readLedger,
  resolveLedgerTip
} from "./chunk-B7RSRMB7.js";
import {
  retrospectiveStatus
} from "./chunk-L43RMUHW.js";
import {
  findRepoRoot,
  openGit
} from "./chunk-GZQFH5ZC.js";
import {
  GitError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/ledger/retrospective.ts
init_define_SMS_SITE_ASSETS();
function retrospectivesOf(entries) {
  const obligations = [];
  const approvals = [];
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
            excluded: o.excluded
          }
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
function retrospectiveStates(entries, now) {
  const { obligations, approvals } = retrospectivesOf(entries);
  return obligations.map((o) => {
    const forPr = approvals.filter((a) => a.pr === o.obligation.pr);
    const [state] = retrospectiveStatus({
      obligations: [o.obligation],
      approvals: forPr,
      teams: o.owed.members ?? {},
      now
    });
    return { ...state, file: o.file };
  });
}
async function retrospectiveFindings(git, branch, now) {
  const tip = await resolveLedgerTip(git, branch);
  if (!tip) return [];
  const states = retrospectiveStates(await readLedger(git, tip), now);
  return states.filter((s) => s.status === "overdue").map((s) => ({
    file: s.path ?? s.file,
    line: 1,
    column: 1,
    severity: "warning",
    code: "retrospective-overdue",
    message: `emergency change ${s.record} (pull request #${s.pr}) still owes ${s.missing} retrospective approval(s), due ${s.due}; the approvers should approve pull request #${s.pr} on GitHub, then record-approvals records it (ledger ${s.file})`
  }));
}
async function retrospectiveFindingsIn(dir, branch, now, backend) {
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

export {
  retrospectiveStates,
  retrospectiveFindingsIn
};
