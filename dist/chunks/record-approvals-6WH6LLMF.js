import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  retrospectiveStates
} from "./chunk-EB4RF5Q5.js";
import {
  LEDGER_DIR,
  LEDGER_VERSION,
  entryHash,
  ledgerFiles,
  mergeEntryName,
  readLedger,
  resolveLedgerTip,
  retrospectiveEntryName,
  serializeEntry
} from "./chunk-B7RSRMB7.js";
import {
  configAt,
  ensureCommits,
  evaluateCheck,
  findMergeBase
} from "./chunk-BSGKTKUQ.js";
import "./chunk-YIFSFFMI.js";
import "./chunk-XZCHGBP2.js";
import {
  resolveAllowed
} from "./chunk-L43RMUHW.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-IUYJB6F7.js";
import "./chunk-EJPDLTRP.js";
import "./chunk-OLQXB76A.js";
import "./chunk-U5PZHFZ2.js";
import "./chunk-MDI4L5WW.js";
import "./chunk-NU6NBEOK.js";
import "./chunk-KN4KNFH2.js";
import "./chunk-5SNFJVHI.js";
import {
  openGit,
  runGit
} from "./chunk-GZQFH5ZC.js";
import {
  factsFromGitHub
} from "./chunk-N42AMR4H.js";
import {
  GitError,
  UsageError
} from "./chunk-NUII5PFN.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-MED7XWK6.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/record-approvals.ts
init_define_SMS_SITE_ASSETS();

// src/ledger/write.ts
init_define_SMS_SITE_ASSETS();
var ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
function git(cwd, args, opts = {}) {
  return runGit(cwd, args, { ...opts, input: opts.input ?? "" });
}
async function must(cwd, args, input, env) {
  const r = await git(cwd, args, { input, env });
  if (r.code !== 0) throw new GitError(`git ${args[0]} failed: ${r.stderr.trim().split("\n")[0] ?? ""}`);
  return r.stdout.trim();
}
var README = `# SMS approval ledger

This branch is written by sms-as-code. Each file in approvals/ records the approvals of one
merged pull request (or retrospective approvals given later). Each entry carries the sha256 of
the previous one, so the files form a hash chain: run \`sms verify\` to check it. Do not edit.
`;
async function commitLedgerFile(opts) {
  const { dir } = opts;
  const blob = await must(dir, ["hash-object", "-w", "--stdin"], opts.bytes);
  const entries = new Map(opts.files);
  entries.set(opts.name, blob);
  const lines = [...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, oid]) => `100644 blob ${oid}	${name}`);
  const ledgerTree = await must(dir, ["mktree"], `${lines.join("\n")}
`);
  let rootLines = [`040000 tree ${ledgerTree}	${LEDGER_DIR}`];
  if (opts.parent) {
    const ls = await must(dir, ["ls-tree", opts.parent]);
    rootLines = [...ls.split("\n").filter((l) => l && !l.endsWith(`	${LEDGER_DIR}`)), ...rootLines];
  } else {
    const readme = await must(dir, ["hash-object", "-w", "--stdin"], README);
    rootLines.push(`100644 blob ${readme}	README.md`);
  }
  const root = await must(dir, ["mktree"], `${rootLines.join("\n")}
`);
  const when = `${Math.floor(Date.parse(opts.date) / 1e3)} +0000`;
  const env = {
    GIT_AUTHOR_NAME: opts.identity.name,
    GIT_AUTHOR_EMAIL: opts.identity.email,
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_NAME: opts.identity.name,
    GIT_COMMITTER_EMAIL: opts.identity.email,
    GIT_COMMITTER_DATE: when
  };
  const commit = await must(
    dir,
    ["commit-tree", root, ...opts.parent ? ["-p", opts.parent] : [], "-F", "-"],
    `${opts.message}
`,
    env
  );
  const zero = "0".repeat(commit.length);
  await must(dir, [
    "update-ref",
    "-m",
    "sms record-approvals",
    `refs/heads/${opts.branch}`,
    commit,
    opts.parent ?? zero
  ]);
  return commit;
}
async function hasOrigin(dir) {
  const r = await git(dir, ["remote"]);
  return r.code === 0 && r.stdout.split("\n").some((l) => l.trim() === "origin");
}
async function fetchLedger(dir, branch) {
  const r = await git(dir, [
    "fetch",
    "--no-tags",
    "--quiet",
    "origin",
    `+refs/heads/${branch}:refs/remotes/origin/${branch}`
  ]);
  return r.code === 0;
}
async function pushLedger(dir, branch) {
  const r = await git(dir, ["push", "--quiet", "origin", `refs/heads/${branch}:refs/heads/${branch}`]);
  return { ok: r.code === 0, reason: r.stderr.trim().split("\n").slice(-1)[0] ?? "" };
}
async function setBranch(dir, branch, to) {
  await must(dir, ["update-ref", `refs/heads/${branch}`, to]);
}
async function isAncestor(dir, a, b) {
  return (await git(dir, ["merge-base", "--is-ancestor", a, b])).code === 0;
}

// src/app/record-approvals.ts
var MAX_ATTEMPTS = 3;
async function mergedPulls(opts) {
  if (opts.number) {
    const pr = await opts.client.getPullRequest(opts.number);
    return pr.merged ? [pr] : [];
  }
  const shas = [.../* @__PURE__ */ new Set([...opts.shas ?? [], ...opts.sha ? [opts.sha] : []])];
  if (shas.length === 0)
    throw new UsageError("record-approvals needs --pr N, or the pushed commit (GITHUB_SHA)");
  const found = /* @__PURE__ */ new Map();
  for (const sha of shas) {
    const all = (await opts.client.listPullRequestsForCommit(sha)).filter((p) => p.merged);
    const exact = all.filter((p) => p.merge_commit_sha === sha);
    for (const p of exact.length ? exact : all) found.set(p.number, p);
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}
function approvalsOf(v) {
  return v.reviews.map((r) => ({
    user: r.user,
    review_id: r.review_id,
    submitted_at: r.submitted_at,
    commit_id: r.commit_id
  }));
}
async function mergeEntry(git2, client, pr, now) {
  const mergedAt = pr.merged_at ?? now;
  await ensureCommits(git2, [pr.head_sha, ...pr.merge_commit_sha ? [pr.merge_commit_sha] : []], pr.number);
  let policyCommit = pr.base_sha;
  if (pr.merge_commit_sha) {
    const parent = (await git2.readCommit(pr.merge_commit_sha)).parents[0];
    if (parent) policyCommit = parent;
  }
  await ensureCommits(git2, [policyCommit], pr.number);
  const mergeBase = await findMergeBase(git2, policyCommit, pr.head_sha);
  const { facts } = await factsFromGitHub(client, pr.number, mergedAt);
  const before = Date.parse(mergedAt);
  facts.reviews = facts.reviews.filter((r) => !(Date.parse(r.submitted_at) > before));
  facts.head_sha = pr.head_sha;
  const result = await evaluateCheck({
    git: git2,
    base: policyCommit,
    head: pr.head_sha,
    facts,
    now: mergedAt,
    mergeBase,
    resolveTeam: (org, slug) => client.listTeamMembers(org, slug)
  });
  const v = result.verdict;
  if (v.records.length === 0) return void 0;
  const excluded = [...new Set([pr.author, ...facts.commit_authors ?? []].filter(Boolean))];
  const records = v.records.map((r) => {
    const out = {
      id: r.id,
      path: r.path,
      ...r.old_path ? { old_path: r.old_path } : {},
      change: r.change,
      rule: r.rule,
      required: r.required,
      status: r.status,
      approvers: approvalsOf(r)
    };
    if (r.retrospective) {
      const members = {};
      for (const t of r.retrospective.teams) {
        const allowed = resolveAllowed({ teams: [t] }, void 0, result.teams, result.state.base.config);
        members[t] = [...allowed.members.values()];
      }
      const owed = {
        due: r.retrospective.due,
        count: r.retrospective.count,
        teams: r.retrospective.teams,
        users: r.retrospective.users,
        members,
        excluded
      };
      out.retrospective_owed = owed;
    }
    return out;
  });
  return {
    ledger: "sms-as-code/approvals",
    version: LEDGER_VERSION,
    type: "merge",
    pr: pr.number,
    title: pr.title,
    author: pr.author,
    url: pr.html_url,
    merged_at: mergedAt,
    base: result.state.mergeBase,
    head: pr.head_sha,
    ...pr.merge_commit_sha ? { merge_commit: pr.merge_commit_sha } : {},
    policy_commit: policyCommit,
    verdict: v.verdict,
    policy: v.policy ? { id: v.policy.id, path: v.policy.path, blob: v.policy.oid } : null,
    records,
    violations: v.violations.map((x) => ({ file: x.file, line: x.line, code: x.code, message: x.message })),
    recorded_at: now
  };
}
async function retrospectiveEntries(client, entries, now) {
  const open = retrospectiveStates(entries, now).filter((s) => s.status === "owed" || s.status === "overdue");
  const recorded = /* @__PURE__ */ new Set();
  for (const s of entries) {
    if (s.entry?.type !== "retrospective") continue;
    for (const r of s.entry.records ?? [])
      for (const a of r.retrospective ?? []) recorded.add(`${s.entry.pr}:${r.id}:${a.review_id}`);
  }
  const out = [];
  const byPr = /* @__PURE__ */ new Map();
  for (const s of open) byPr.set(s.pr, [...byPr.get(s.pr) ?? [], s]);
  for (const [pr, states] of byPr) {
    const merge = entries.find((e) => e.entry?.type === "merge" && e.entry.pr === pr)?.entry;
    if (!merge) continue;
    const mergedAt = Date.parse(merge.merged_at ?? merge.recorded_at);
    const reviews = (await client.listReviews(pr)).filter(
      (r) => r.state === "APPROVED" && Date.parse(r.submitted_at) > mergedAt && Date.parse(r.submitted_at) <= Date.parse(now)
    );
    const records = [];
    for (const s of states) {
      const rec = merge.records.find((r) => r.id === s.record);
      const owed = rec?.retrospective_owed;
      if (!rec || !owed) continue;
      const allowed = new Set(
        [...Object.values(owed.members ?? {}).flat(), ...owed.users ?? []].map((u) => u.toLowerCase())
      );
      const anyone = owed.teams.length === 0 && owed.users.length === 0;
      const excluded = new Set(owed.excluded.map((u) => u.toLowerCase()));
      const fresh = reviews.filter((r) => {
        const key = r.user.toLowerCase();
        return !recorded.has(`${pr}:${rec.id}:${r.id}`) && !excluded.has(key) && !key.endsWith("[bot]") && (anyone || allowed.has(key));
      });
      if (fresh.length === 0) continue;
      records.push({
        id: rec.id,
        path: rec.path,
        change: rec.change,
        rule: rec.rule,
        required: owed.count,
        status: "retrospective",
        approvers: [],
        retrospective: fresh.map((r) => ({ user: r.user, at: r.submitted_at, review_id: r.id }))
      });
    }
    if (records.length === 0) continue;
    out.push({
      ledger: "sms-as-code/approvals",
      version: LEDGER_VERSION,
      type: "retrospective",
      pr,
      title: merge.title,
      merged_at: merge.merged_at,
      records,
      recorded_at: now
    });
  }
  return out;
}
async function evidenceBranch(git2) {
  try {
    return (await configAt(git2, "HEAD")).evidenceBranch;
  } catch {
    return "sms/evidence";
  }
}
async function refuseCheckedOut(dir, branch) {
  const head = await git(dir, ["symbolic-ref", "-q", "HEAD"]);
  if (head.stdout.trim() === `refs/heads/${branch}`)
    throw new UsageError(`the evidence branch ${branch} is checked out; switch to another branch first`);
}
async function syncTip(git2, dir, branch, remote) {
  if (!remote) return resolveLedgerTip(git2, branch);
  const fetched = await fetchLedger(dir, branch);
  const local = await git2.resolveCommit(`refs/heads/${branch}`).catch(() => void 0);
  const theirs = fetched ? await git2.resolveCommit(`refs/remotes/origin/${branch}`).catch(() => void 0) : void 0;
  if (!theirs) return local;
  if (!local || await isAncestor(dir, local, theirs)) {
    if (local !== theirs) await setBranch(dir, branch, theirs);
    return theirs;
  }
  if (await isAncestor(dir, theirs, local)) return local;
  throw new GitError(`the local ${branch} and origin/${branch} have diverged; the ledger must be one chain`);
}
async function runRecordApprovals(opts) {
  const log = opts.log ?? (() => void 0);
  const pulls = await mergedPulls(opts);
  const probe = openGit(opts.repo, { backend: opts.backend });
  const dir = probe.dir;
  const branch = await evidenceBranch(probe).finally(() => probe.close());
  await refuseCheckedOut(dir, branch);
  const remote = opts.push !== false && await hasOrigin(dir);
  const messages = [];
  if (pulls.length === 0) messages.push("No merged pull request to record for this commit.");
  for (let attempt = 1; ; attempt++) {
    const written = [];
    const git2 = openGit(opts.repo, { backend: opts.backend });
    try {
      let tip = await syncTip(git2, dir, branch, remote);
      let entries = tip ? await readLedger(git2, tip) : [];
      const append = async (name, body) => {
        const last = entries[entries.length - 1];
        const { ledger, version, ...rest } = body;
        const ordered = {
          ledger,
          version,
          sequence: entries.length + 1,
          prev: last ? entryHash(last.bytes) : null,
          ...rest
        };
        const bytes = serializeEntry(ordered);
        tip = await commitLedgerFile({
          dir,
          branch,
          parent: tip,
          files: tip ? await ledgerFiles(git2, tip) : /* @__PURE__ */ new Map(),
          name,
          bytes,
          message: `Record approvals of pull request #${body.pr}${body.type === "retrospective" ? " (retrospective)" : ""}`,
          identity: opts.identity ?? ACTIONS_BOT,
          date: opts.now
        });
        entries = [...entries, { file: `approvals/${name}`, oid: "", bytes, entry: ordered }];
        written.push(`approvals/${name}`);
      };
      for (const pr of pulls) {
        const name = mergeEntryName(pr.number);
        if (entries.some((e) => e.file === `approvals/${name}`)) {
          messages.push(`Pull request #${pr.number} is already in the ledger (approvals/${name}).`);
          continue;
        }
        const body = await mergeEntry(git2, opts.client, pr, opts.now);
        if (!body) {
          messages.push(`Pull request #${pr.number} changed no SMS records; nothing to record.`);
          continue;
        }
        await append(name, body);
        messages.push(
          `Recorded pull request #${pr.number} (${body.verdict}, ${body.records.length} record(s)) in approvals/${name} on ${branch}.`
        );
      }
      for (const body of await retrospectiveEntries(opts.client, entries, opts.now)) {
        const name = retrospectiveEntryName(body.pr, entries.length + 1);
        await append(name, body);
        const who = body.records.flatMap((r) => (r.retrospective ?? []).map((a) => a.user));
        messages.push(
          `Recorded retrospective approval(s) of pull request #${body.pr} by ${who.join(", ")} in approvals/${name}.`
        );
      }
      let pushed = false;
      if (remote && written.length) {
        const result = await pushLedger(dir, branch);
        if (!result.ok) {
          if (attempt >= MAX_ATTEMPTS)
            throw new GitError(`could not push ${branch} after ${attempt} attempts: ${result.reason}`);
          log(`push of ${branch} rejected (${result.reason}); rebuilding on the remote ledger`);
          await fetchLedger(dir, branch);
          const theirs = await git2.resolveCommit(`refs/remotes/origin/${branch}`).catch(() => void 0);
          if (theirs) await setBranch(dir, branch, theirs);
          messages.length = 0;
          continue;
        }
        pushed = true;
      }
      for (const m of messages) log(m);
      return { branch, written, messages, pushed };
    } finally {
      await git2.close();
    }
  }
}
export {
  runRecordApprovals
};
