import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  RecordCache,
  loadCommit,
  validateRepository
} from "./chunk-YIFSFFMI.js";
import {
  evaluatePullRequest
} from "./chunk-L43RMUHW.js";
import {
  SUMMARY_MARKER,
  joinList,
  renderSummaryMarkdown
} from "./chunk-N3LW2OJT.js";
import {
  isRecordFileName,
  recordFolders
} from "./chunk-IUYJB6F7.js";
import {
  CONFIG_FILE,
  parseConfig
} from "./chunk-MDI4L5WW.js";
import {
  diffTrees,
  firstLine,
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
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/check-pr.ts
init_define_SMS_SITE_ASSETS();
import { readFile } from "node:fs/promises";

// src/github/publish.ts
init_define_SMS_SITE_ASSETS();
import { appendFile } from "node:fs/promises";
var CHECK_NAME = "SMS change approval";
var MAX_BODY = 65e3;
function clip(text) {
  return text.length <= MAX_BODY ? text : `${text.slice(0, MAX_BODY - 80)}

\u2026 (cut; run \`sms check-pr\` for the full report)
`;
}
function verdictAnnotations(v) {
  const out = [];
  for (const x of v.violations) {
    out.push({
      path: x.file,
      start_line: Math.max(1, x.line),
      end_line: Math.max(1, x.line),
      annotation_level: "failure",
      title: x.code,
      message: x.message
    });
  }
  for (const r of v.records) {
    if (r.status === "met") continue;
    out.push({
      path: r.path,
      start_line: 1,
      end_line: 1,
      annotation_level: r.status === "blocked" ? "failure" : "warning",
      title: `${r.id}: ${r.rule}`,
      message: r.message
    });
  }
  return out;
}
function conclusionOf(v) {
  return v.verdict === "approved" ? "success" : v.verdict === "pending" ? "action_required" : "failure";
}
function checkTitle(v) {
  const missing = v.records.filter((r) => r.status === "missing").length;
  const blocked = v.records.filter((r) => r.status === "blocked").length;
  if (v.verdict === "approved") return `Approved: ${v.records.length} record(s) changed`;
  if (v.verdict === "pending") return `Pending: ${missing} record(s) need approvals`;
  return `Blocked: ${blocked} record(s), ${v.violations.length} violation(s)`;
}
function findSummaryComment(comments) {
  const marked = comments.filter((c) => c.body.includes(SUMMARY_MARKER));
  return marked.find((c) => c.author.endsWith("[bot]")) ?? marked[0];
}
async function upsertSummaryComment(client, number, body) {
  const text = body.includes(SUMMARY_MARKER) ? body : `${SUMMARY_MARKER}
${body}`;
  const existing = findSummaryComment(await client.listIssueComments(number));
  if (existing) return existing.body === text ? existing : client.updateIssueComment(existing.id, clip(text));
  return client.createIssueComment(number, clip(text));
}
async function publishVerdict(client, v, opts) {
  const markdown = renderSummaryMarkdown(v);
  const comment = await upsertSummaryComment(client, v.pull_request, markdown);
  const check = await client.createCheckRun({
    name: CHECK_NAME,
    head_sha: opts.headSha,
    conclusion: conclusionOf(v),
    title: checkTitle(v),
    summary: clip(markdown),
    details_url: comment.html_url || opts.detailsUrl,
    annotations: verdictAnnotations(v)
  });
  return { checkRunId: check.id, commentId: comment.id, commentUrl: comment.html_url };
}
async function writeJobSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile(file, `${markdown.trimEnd()}
`);
}

// src/app/check-pr.ts
var CONFIG_RECORD_KIND = "config";
async function findMergeBase(git, a, b) {
  if (a === b) return a;
  if (git.name === "native") {
    const out = await runGit(git.dir, ["merge-base", a, b]);
    if (out.code === 0 && out.stdout.trim()) return out.stdout.trim();
    if (out.code !== 1) throw new GitError(`git merge-base ${a} ${b} failed: ${firstLine(out.stderr)}`);
    throw noCommonAncestor(a, b, await git.isShallow().catch(() => false));
  }
  const seen = /* @__PURE__ */ new Set([a]);
  let frontier = [a];
  while (frontier.length) {
    const next = [];
    for (const oid of frontier) {
      for (const p of (await git.readCommit(oid)).parents) {
        if (!seen.has(p)) {
          seen.add(p);
          next.push(p);
        }
      }
    }
    frontier = next;
  }
  const queue = [b];
  const visited = /* @__PURE__ */ new Set([b]);
  while (queue.length) {
    const oid = queue.shift();
    if (seen.has(oid)) return oid;
    for (const p of (await git.readCommit(oid)).parents) {
      if (!visited.has(p)) {
        visited.add(p);
        queue.push(p);
      }
    }
  }
  throw noCommonAncestor(a, b, await git.isShallow().catch(() => false));
}
function noCommonAncestor(a, b, shallow) {
  return new GitError(
    shallow ? `cannot find where ${b.slice(0, 12)} forked from ${a.slice(0, 12)}: the clone is shallow; check out with fetch-depth: 0` : `commits ${a.slice(0, 12)} and ${b.slice(0, 12)} have no common ancestor`
  );
}
async function configBlob(git, commit) {
  const info = await git.readCommit(commit);
  const entry = (await git.readTree(info.tree)).find((e) => e.name === CONFIG_FILE);
  return entry && entry.type === "blob" ? entry.oid : null;
}
async function configAt(git, rev) {
  const oid = await configBlob(git, await git.resolveCommit(rev));
  const text = oid ? new TextDecoder().decode(await git.readBlob(oid)) : void 0;
  return parseConfig(text).config;
}
function configRecord(oid, config) {
  return {
    path: CONFIG_FILE,
    oid,
    data: {
      id: CONFIG_FILE,
      kind: CONFIG_RECORD_KIND,
      title: `SMS configuration of ${config.organization || "the organization"}`,
      owner: ""
    },
    body: "",
    bodyLine: 1,
    positions: {}
  };
}
function basename(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
async function loadPullRequest(git, baseRev, headRev, opts = {}) {
  const progress = opts.progress ?? (() => void 0);
  const [baseCommit, headCommit] = await Promise.all([
    git.resolveCommit(baseRev),
    git.resolveCommit(headRev)
  ]);
  const mergeBase = opts.mergeBase ?? await findMergeBase(git, baseCommit, headCommit);
  const cache = opts.cache ?? RecordCache.memory();
  progress(`reading the base ${baseCommit.slice(0, 12)}`);
  const base = await loadCommit(git, baseCommit, { cache });
  progress(`reading the head ${headCommit.slice(0, 12)}`);
  const head = await loadCommit(git, headCommit, { cache });
  const fork = mergeBase === baseCommit ? base : await loadCommit(git, mergeBase, { cache });
  const [forkInfo, headInfo] = await Promise.all([git.readCommit(mergeBase), git.readCommit(headCommit)]);
  const folders = [.../* @__PURE__ */ new Set([...recordFolders(base.config), ...recordFolders(head.config)])];
  const raw = (await diffTrees(git, forkInfo.tree, headInfo.tree, folders)).filter(
    (c) => isRecordFileName(basename(c.path))
  );
  const forkIdByPath = new Map(fork.records.map((r) => [r.path, r.data.id]));
  const headIdByPath = new Map(head.records.map((r) => [r.path, r.data.id]));
  const deletedById = /* @__PURE__ */ new Map();
  for (const c of raw) {
    const id = forkIdByPath.get(c.path);
    if (c.status === "deleted" && typeof id === "string" && !deletedById.has(id)) deletedById.set(id, c.path);
  }
  const renamedFrom = /* @__PURE__ */ new Set();
  const changed = [];
  for (const c of raw) {
    if (c.status !== "added") continue;
    const id = headIdByPath.get(c.path);
    const from = typeof id === "string" ? deletedById.get(id) : void 0;
    if (from && !renamedFrom.has(from)) {
      renamedFrom.add(from);
      changed.push({ path: c.path, status: "renamed", oldPath: from });
    } else changed.push({ path: c.path, status: "added" });
  }
  for (const c of raw) {
    if (c.status === "modified") changed.push({ path: c.path, status: "modified" });
    else if (c.status === "deleted" && !renamedFrom.has(c.path))
      changed.push({ path: c.path, status: "deleted" });
  }
  const baseRecords = [...base.records];
  const headRecords = [...head.records];
  const [forkCfg, baseCfg, headCfg] = await Promise.all([
    configBlob(git, mergeBase),
    mergeBase === baseCommit ? null : configBlob(git, baseCommit),
    configBlob(git, headCommit)
  ]);
  const baseCfgOid = mergeBase === baseCommit ? forkCfg : baseCfg;
  if (forkCfg !== headCfg) {
    changed.push({
      path: CONFIG_FILE,
      status: forkCfg === null ? "added" : headCfg === null ? "deleted" : "modified"
    });
    if (baseCfgOid) baseRecords.push(configRecord(baseCfgOid, base.config));
    if (headCfg) headRecords.push(configRecord(headCfg, head.config));
  }
  changed.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  return { baseCommit, headCommit, mergeBase, base, head, changed, baseRecords, headRecords };
}
async function validateHead(git, state, now, cache) {
  const fork = state.mergeBase === state.baseCommit ? state.base : await loadCommit(git, state.mergeBase, { cache });
  return validateRepository({
    records: state.head.records,
    readDiagnostics: state.head.diagnostics,
    config: state.head.config,
    now,
    base: fork.records
  }).diagnostics;
}
async function resolveTeams(config, resolve, given = {}) {
  const out = {};
  const pending = [];
  for (const [name, value] of Object.entries(config.teams)) {
    if (Array.isArray(value)) out[name] = value;
    else if (Object.hasOwn(given, name)) out[name] = given[name];
    else if (value && typeof value === "object" && typeof value.github === "string" && resolve) {
      const [org, slug] = value.github.split("/");
      pending.push(
        resolve(org, slug).then((members) => {
          out[name] = members;
        })
      );
    }
  }
  await Promise.all(pending);
  return out;
}
async function readFactsFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the facts file ${file}: ${error.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the facts file ${file} is not JSON: ${error.message}`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new UsageError(`the facts file ${file} must hold a JSON object`);
  const f = data;
  if (f.teams !== void 0) {
    const ok = f.teams && typeof f.teams === "object" && Object.values(f.teams).every((v) => Array.isArray(v) && v.every((x) => typeof x === "string"));
    if (!ok) throw new UsageError(`the facts file ${file}: teams must map team names to lists of logins`);
  }
  return f;
}
async function completeFacts(git, given, headCommit, now) {
  let head = headCommit;
  if (typeof given.head_sha === "string" && given.head_sha !== "") {
    const named = given.head_sha.toLowerCase();
    if (!headCommit.startsWith(named)) {
      let resolved;
      try {
        resolved = await git.resolveCommit(given.head_sha);
      } catch {
        resolved = void 0;
      }
      if (resolved !== headCommit)
        throw new UsageError(
          `the facts' head_sha ${given.head_sha} is not the --head commit ${headCommit.slice(0, 12)}; approvals are judged on the head commit`
        );
    }
    head = headCommit;
  }
  const reviews = Array.isArray(given.reviews) ? given.reviews.map((r) => ({ ...r, commit_id: expandSha(r?.commit_id, headCommit) })) : given.reviews;
  return {
    number: Number(given.number ?? 0),
    author: given.author,
    head_sha: head,
    labels: Array.isArray(given.labels) ? given.labels.map(String) : [],
    reviews,
    commit_authors: given.commit_authors ?? [],
    now: given.now ?? now
  };
}
function expandSha(commit, head) {
  if (typeof commit !== "string") return commit;
  const c = commit.toLowerCase();
  return c.length >= 7 && head.startsWith(c) ? head : commit;
}
async function evaluateCheck(opts) {
  const state = await loadPullRequest(opts.git, opts.base, opts.head, {
    cache: opts.cache,
    mergeBase: opts.mergeBase,
    progress: opts.progress
  });
  opts.progress?.(
    `validating ${state.head.records.length} records and judging ${state.changed.length} changed`
  );
  const facts = await completeFacts(opts.git, opts.facts, state.headCommit, opts.now);
  const [headValidation, teams] = await Promise.all([
    validateHead(opts.git, state, facts.now, opts.cache),
    resolveTeams(state.base.config, opts.resolveTeam, opts.facts.teams ?? {})
  ]);
  const verdict = evaluatePullRequest({
    base: state.baseRecords,
    head: state.headRecords,
    changed: state.changed,
    config: state.base.config,
    teams,
    facts,
    headValidation
  });
  return { verdict, state, headValidation, teams };
}
async function runCheckPr(opts) {
  if (!opts.factsFile && !opts.github)
    throw new UsageError(
      "check-pr needs --facts FILE, or GitHub access (GITHUB_TOKEN, GITHUB_REPOSITORY, --pr)"
    );
  const facts = opts.factsFile ? await readFactsFile(opts.factsFile) : await opts.github.facts(opts.now);
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    const cache = await RecordCache.open(opts.repo).catch(() => RecordCache.memory());
    const result = await evaluateCheck({
      git,
      base: opts.base,
      head: opts.head,
      facts,
      now: opts.now,
      resolveTeam: opts.github ? (org, slug) => opts.github.teamMembers(org, slug) : void 0,
      cache,
      progress: opts.progress
    });
    await cache.save().catch(() => void 0);
    return result;
  } finally {
    await git.close();
  }
}
function verdictJson(v) {
  return {
    verdict: v.verdict,
    pull_request: v.pull_request,
    head_sha: v.head_sha,
    policy: v.policy,
    records: v.records.map((r) => ({
      id: r.id,
      path: r.path,
      ...r.old_path ? { old_path: r.old_path } : {},
      change: r.change,
      rule: r.rule,
      status: r.status,
      required: r.required,
      from: r.from,
      approvers: r.approvers,
      missing: r.missing,
      // Who could still approve; any_reviewer means the rule accepts anyone but the excluded.
      could_approve: r.allowed,
      any_reviewer: r.anyone,
      changes_requested: r.changes_requested,
      ignored: r.ignored.map((i) => ({ user: i.user, reason: i.reason })),
      blocks: r.blocks,
      ...r.retrospective ? { retrospective: r.retrospective } : {},
      message: r.message
    })),
    violations: v.violations.map((x) => ({
      file: x.file,
      line: x.line,
      column: x.column,
      code: x.code,
      message: x.message
    }))
  };
}
var HEADLINE = {
  approved: "APPROVED: every changed record has the approvals its rule needs",
  pending: "PENDING: approvals are missing",
  blocked: "BLOCKED: something must change before this pull request can merge"
};
function formatVerdictText(v) {
  const lines = [
    `Pull request #${v.pull_request} at ${v.head_sha.slice(0, 12)}: ${HEADLINE[v.verdict]}`
  ];
  lines.push(
    v.policy ? `Rules: ${v.policy.id} (${v.policy.path}) as it stands on the base branch.` : "Rules: the base branch has no approval policy; every record needs one approval (safe default)."
  );
  lines.push("");
  if (v.records.length === 0) lines.push("This pull request changes no SMS records.");
  for (const r of v.records) {
    const mark = r.status === "met" ? "ok     " : r.status === "missing" ? "missing" : "blocked";
    const moved = r.old_path ? ` (renamed from ${r.old_path})` : "";
    lines.push(`[${mark}] ${r.id}  ${r.path}${moved}  ${r.change}`);
    lines.push(
      `          rule: ${r.rule}; requires ${r.required === 0 ? "no approval" : `${r.required} from ${r.from}`}`
    );
    lines.push(`          approvers: ${r.approvers.length ? joinList(r.approvers, "and") : "none yet"}`);
    lines.push(`          ${r.message}`);
    if (r.retrospective) {
      const t = r.retrospective;
      const who = [...t.teams, ...t.users].join(" or ") || "any reviewer";
      lines.push(`          after merge: ${t.count} retrospective approval(s) from ${who} due by ${t.due}`);
    }
  }
  if (v.violations.length) {
    lines.push("", `Violations (${v.violations.length}):`);
    for (const x of v.violations) lines.push(`  ${x.file}:${x.line}:${x.column}  ${x.code}  ${x.message}`);
  }
  return `${lines.join("\n")}
`;
}
async function ensureCommits(git, shas, prNumber) {
  const missing = async () => {
    const out = [];
    for (const sha of shas) {
      try {
        await git.resolveCommit(sha);
      } catch {
        out.push(sha);
      }
    }
    return out;
  };
  let absent = await missing();
  if (absent.length === 0) return;
  const refspecs = [...absent];
  if (prNumber) refspecs.push(`+refs/pull/${prNumber}/head:refs/remotes/origin/sms-pr/${prNumber}`);
  for (const spec of refspecs) {
    await runGit(git.dir, ["fetch", "--no-tags", "--quiet", "origin", spec]);
    absent = await missing();
    if (absent.length === 0) return;
  }
  throw new GitError(
    `commit ${absent[0].slice(0, 12)} is not in the repository and could not be fetched; check out with fetch-depth: 0`
  );
}
async function runPullRequestCheck(opts) {
  const { facts, pr } = await factsFromGitHub(opts.client, opts.number, opts.now);
  const git = openGit(opts.repo, { backend: opts.backend });
  try {
    await ensureCommits(git, [pr.base_sha, pr.head_sha], pr.number);
    const result = await evaluateCheck({
      git,
      base: pr.base_sha,
      head: pr.head_sha,
      facts,
      now: opts.now,
      resolveTeam: (org, slug) => opts.client.listTeamMembers(org, slug)
    });
    const markdown = renderSummaryMarkdown(result.verdict);
    await writeJobSummary(opts.env, markdown);
    if (opts.publish === false) return { ...result, markdown };
    const published = await publishVerdict(opts.client, result.verdict, {
      headSha: pr.head_sha,
      detailsUrl: pr.html_url
    });
    return { ...result, markdown, checkRunId: published.checkRunId, commentId: published.commentId };
  } finally {
    await git.close();
  }
}

export {
  CONFIG_RECORD_KIND,
  findMergeBase,
  configAt,
  loadPullRequest,
  validateHead,
  resolveTeams,
  readFactsFile,
  completeFacts,
  evaluateCheck,
  runCheckPr,
  verdictJson,
  formatVerdictText,
  ensureCommits,
  runPullRequestCheck
};
