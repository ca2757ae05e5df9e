import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  improvementMetrics,
  readRegisterIssues,
  runMetrics
} from "./chunk-LPM5JO4J.js";
import {
  DEFAULT_LABELS,
  actFindings,
  buildRegister,
  duplicateBody,
  duplicates,
  labelSet,
  missingLabels,
  planAct
} from "./chunk-BEPF255K.js";
import {
  computeSlaMetrics
} from "./chunk-HEJFJPQ7.js";
import "./chunk-K6HXRANE.js";
import {
  loadWorktree
} from "./chunk-WUEREMFW.js";
import {
  retrospectiveStates
} from "./chunk-EB4RF5Q5.js";
import {
  readLedger,
  resolveLedgerTip
} from "./chunk-B7RSRMB7.js";
import "./chunk-7Z76JCEG.js";
import "./chunk-L43RMUHW.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-IUYJB6F7.js";
import "./chunk-EJPDLTRP.js";
import "./chunk-OLQXB76A.js";
import "./chunk-U5PZHFZ2.js";
import {
  CONFIG_FILE
} from "./chunk-MDI4L5WW.js";
import "./chunk-NU6NBEOK.js";
import {
  parseYaml
} from "./chunk-KN4KNFH2.js";
import "./chunk-5SNFJVHI.js";
import {
  findRepoRoot,
  openGit
} from "./chunk-GZQFH5ZC.js";
import {
  GitError,
  GitHubError
} from "./chunk-NUII5PFN.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-MED7XWK6.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/improvements.ts
init_define_SMS_SITE_ASSETS();
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/app/improvements-act.ts
init_define_SMS_SITE_ASSETS();
async function candidateIssues(client, labels) {
  const closedLabels = [.../* @__PURE__ */ new Set([labels.names.improvement, DEFAULT_LABELS.improvement])];
  const [open, ...closed] = await Promise.all([
    client.listIssues([], "open"),
    ...closedLabels.map((l) => client.listIssues([l], "closed"))
  ]);
  const byNumber = /* @__PURE__ */ new Map();
  for (const i of [...open, ...closed.flat()]) byNumber.set(i.number, i);
  return [...byNumber.values()];
}
function outcomeOf(op, dryRun) {
  const f = op.finding;
  const base = { key: f.key, source: f.source, title: f.title, records: f.records, duplicates_closed: [] };
  switch (op.action) {
    case "create":
      return { ...base, action: dryRun ? "would-create" : "created", issue: null, labels: op.labels };
    case "update":
      return { ...base, action: dryRun ? "would-update" : "updated", issue: op.issue, labels: op.labels };
    default:
      return { ...base, action: op.action, issue: op.issue, labels: [] };
  }
}
async function step(what, done, fn) {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const before = done.length ? ` after ${done.join(", ")}` : "";
    throw new GitHubError(
      `the Act loop stopped while ${what}${before}: ${message}; run it again to finish (it finds its issues by their marker and never opens a second one)`,
      error instanceof GitHubError ? error.status : void 0,
      { cause: error }
    );
  }
}
async function executeAct(opts) {
  const { client, labels } = opts;
  const progress = opts.progress ?? (() => void 0);
  progress("looking up issues the Act loop opened before");
  const existing = await candidateIssues(client, labels);
  const ops = planAct(opts.findings, existing, labels);
  const outcomes = ops.map((op) => outcomeOf(op, opts.dryRun));
  if (opts.dryRun) return outcomes;
  const done = [];
  let created = 0;
  for (const [i, op] of ops.entries()) {
    const outcome = outcomes[i];
    if (op.action === "create") {
      progress(`opening: ${op.finding.title}`);
      const issue = await step(
        `opening an issue for ${op.finding.key}`,
        done,
        () => client.createIssue({ title: op.finding.title, body: op.body })
      );
      outcome.issue = issue.number;
      created++;
      done.push(`opening #${issue.number}`);
      if (op.labels.length)
        await step(`labelling #${issue.number}`, done, () => client.addLabels(issue.number, op.labels));
    } else if (op.action === "update") {
      progress(`updating #${op.issue}: ${op.finding.title}`);
      if (op.body !== void 0) {
        const body = op.body;
        await step(`updating #${op.issue}`, done, () => client.updateIssue(op.issue, { body }));
      }
      if (op.labels.length)
        await step(`labelling #${op.issue}`, done, () => client.addLabels(op.issue, op.labels));
      done.push(`updating #${op.issue}`);
    }
  }
  progress("checking for issues a concurrent run opened");
  const open = created ? await step("looking for duplicates", done, () => client.listIssues([], "open")) : existing.filter((i) => i.state === "open");
  const byKey = new Map(opts.findings.map((f, i) => [f.key, i]));
  for (const dup of duplicates(open)) {
    const index = byKey.get(dup.key);
    if (index === void 0) continue;
    const outcome = outcomes[index];
    for (const extra of dup.close) {
      await step(
        `closing duplicate #${extra.number}`,
        done,
        () => client.updateIssue(extra.number, {
          body: duplicateBody(extra.body, dup.key, dup.keep.number),
          state: "closed"
        })
      );
      outcome.duplicates_closed.push(extra.number);
    }
    const add = missingLabels(opts.findings[index], dup.keep.labels, labels);
    if (add.length)
      await step(`labelling #${dup.keep.number}`, done, () => client.addLabels(dup.keep.number, add));
    if (outcome.issue !== dup.keep.number) {
      outcome.issue = dup.keep.number;
      outcome.action = "unchanged";
    }
  }
  return outcomes;
}

// src/app/improvements.ts
async function configPositions(repo) {
  const text = await readFile(path.join(repo, CONFIG_FILE), "utf8").catch(() => void 0);
  return text === void 0 ? {} : parseYaml(text).positions;
}
async function runImprovements(opts) {
  const repository = await loadWorktree(opts.repo);
  const { issues, events } = await readRegisterIssues(opts.client, repository, opts.progress);
  const register = buildRegister({
    issues,
    events,
    records: repository.records,
    config: repository.config,
    now: opts.now,
    configPositions: await configPositions(opts.repo)
  });
  return { ...register, repository };
}
async function readRetrospectives(repo, branch, now, backend) {
  if (!findRepoRoot(repo))
    return { states: [], note: `${repo} is not a git repository, so no approval ledger was read.` };
  const git = openGit(repo, { backend });
  try {
    const tip = await resolveLedgerTip(git, branch);
    if (!tip) return { states: [], note: `no approval ledger yet (branch ${branch} does not exist).` };
    return { states: retrospectiveStates(await readLedger(git, tip), now) };
  } catch (error) {
    if (error instanceof GitError)
      throw new GitError(`cannot read the approval ledger on ${branch}: ${error.message}`);
    throw error;
  } finally {
    await git.close();
  }
}
async function slaPeriods(repo, repository, range) {
  let all;
  if (findRepoRoot(repo) === path.resolve(repo)) {
    all = (await runMetrics({ repo, from: range.from, to: range.to, now: range.now, backend: range.backend })).report.periods;
  } else {
    const sourced = (kinds) => repository.records.filter((r) => kinds.includes(String(r.data.kind))).map((r) => ({ data: r.data, path: r.path, positions: r.positions }));
    all = computeSlaMetrics({
      slas: sourced(["sla"]),
      records: sourced(["incident", "request", "problem", "change", "service"]),
      config: repository.config,
      from: range.from,
      to: range.to,
      now: range.now
    }).periods;
  }
  const now = Date.parse(range.now);
  const periods = all.filter((p) => Date.parse(p.to) <= now);
  return { periods, skipped: all.length - periods.length };
}
async function runAct(opts) {
  const progress = opts.progress ?? (() => void 0);
  if (!opts.client && !opts.dryRun)
    throw new GitHubError("the Act loop needs a GitHub token unless --dry-run");
  const repository = await loadWorktree(opts.repo);
  const notes = [];
  progress("computing SLA results");
  const { periods, skipped } = await slaPeriods(opts.repo, repository, {
    from: opts.from,
    to: opts.to,
    now: opts.now,
    backend: opts.backend
  });
  if (skipped) notes.push(`${skipped} period(s) not complete yet were left out.`);
  const retro = await readRetrospectives(opts.repo, repository.config.evidenceBranch, opts.now, opts.backend);
  if (retro.note) notes.push(retro.note);
  const findings = actFindings({
    records: repository.records,
    config: repository.config,
    periods,
    retrospectives: retro.states,
    now: opts.now
  });
  const periodList = [
    ...new Map(periods.map((p) => [`${p.from}/${p.to}`, { from: p.from, to: p.to }])).values()
  ];
  const base = { dry_run: Boolean(opts.dryRun), periods: periodList, findings, notes };
  if (!opts.client) {
    notes.push("no GitHub token: existing issues were not looked up, so every finding is listed as new.");
    const outcomes2 = findings.map(
      (f) => ({
        key: f.key,
        source: f.source,
        title: f.title,
        action: "would-create",
        issue: null,
        records: f.records,
        labels: [],
        duplicates_closed: []
      })
    );
    return { ...base, checked_github: false, outcomes: outcomes2 };
  }
  const outcomes = await executeAct({
    client: opts.client,
    findings,
    labels: labelSet(repository.config),
    dryRun: Boolean(opts.dryRun),
    progress
  });
  return { ...base, checked_github: true, outcomes };
}
export {
  improvementMetrics,
  readRegisterIssues,
  readRetrospectives,
  runAct,
  runImprovements,
  slaPeriods
};
