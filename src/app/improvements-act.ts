import { GitHubError } from "../errors.js";
import type { GitHubClient, IssueInfo } from "../github/types.js";
import {
  type ActFinding,
  type ActOperation,
  type ActOutcome,
  DEFAULT_LABELS,
  duplicateBody,
  duplicates,
  type LabelSet,
  missingLabels,
  planAct,
} from "../improvements/index.js";

/** Inputs of executeAct. */
export interface ExecuteActOptions {
  client: GitHubClient;
  findings: readonly ActFinding[];
  labels: LabelSet;
  dryRun: boolean;
  progress?: (message: string) => void;
}

/**
 * Issues that may carry an Act marker: every open issue (one a failed run opened but never labelled
 * has no label to filter by) and the closed ones labelled improvement (already dealt with).
 */
async function candidateIssues(client: GitHubClient, labels: LabelSet): Promise<IssueInfo[]> {
  const closedLabels = [...new Set([labels.names.improvement, DEFAULT_LABELS.improvement])];
  const [open, ...closed] = await Promise.all([
    client.listIssues([], "open"),
    ...closedLabels.map((l) => client.listIssues([l], "closed")),
  ]);
  const byNumber = new Map<number, IssueInfo>();
  for (const i of [...open!, ...closed.flat()]) byNumber.set(i.number, i);
  return [...byNumber.values()];
}

function outcomeOf(op: ActOperation, dryRun: boolean): ActOutcome {
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

/** Runs one write; a failure names what was already done, and says a second run finishes it. */
async function step<T>(what: string, done: string[], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const before = done.length ? ` after ${done.join(", ")}` : "";
    throw new GitHubError(
      `the Act loop stopped while ${what}${before}: ${message}; run it again to finish (it finds its issues by their marker and never opens a second one)`,
      error instanceof GitHubError ? error.status : undefined,
      { cause: error },
    );
  }
}

/**
 * Reconciles the findings with GitHub: looks issues up by marker, opens the missing ones (then
 * labels them: GitHub silently drops labels on creation without push access, a separate call fails
 * loudly), refreshes the evidence of open ones, and finally closes duplicates a concurrent run made.
 */
export async function executeAct(opts: ExecuteActOptions): Promise<ActOutcome[]> {
  const { client, labels } = opts;
  const progress = opts.progress ?? (() => undefined);
  progress("looking up issues the Act loop opened before");
  const existing = await candidateIssues(client, labels);
  const ops = planAct(opts.findings, existing, labels);
  const outcomes = ops.map((op) => outcomeOf(op, opts.dryRun));
  if (opts.dryRun) return outcomes;

  const done: string[] = [];
  let created = 0;
  for (const [i, op] of ops.entries()) {
    const outcome = outcomes[i]!;
    if (op.action === "create") {
      progress(`opening: ${op.finding.title}`);
      const issue = await step(`opening an issue for ${op.finding.key}`, done, () =>
        client.createIssue({ title: op.finding.title, body: op.body }),
      );
      outcome.issue = issue.number;
      created++;
      done.push(`opening #${issue.number}`);
      if (op.labels.length)
        await step(`labelling #${issue.number}`, done, () => client.addLabels(issue.number, op.labels));
    } else if (op.action === "update") {
      progress(`updating #${op.issue}: ${op.finding.title}`);
      if (op.body !== undefined) {
        const body = op.body;
        await step(`updating #${op.issue}`, done, () => client.updateIssue(op.issue, { body }));
      }
      if (op.labels.length)
        await step(`labelling #${op.issue}`, done, () => client.addLabels(op.issue, op.labels));
      done.push(`updating #${op.issue}`);
    }
  }
  // Another run may have opened the same issues between our look-up and our writes: look again,
  // keep the oldest of each key, close the newer ones. Every run picks the same one to keep.
  progress("checking for issues a concurrent run opened");
  const open = created
    ? await step("looking for duplicates", done, () => client.listIssues([], "open"))
    : existing.filter((i) => i.state === "open");
  const byKey = new Map(opts.findings.map((f, i) => [f.key, i]));
  for (const dup of duplicates(open)) {
    const index = byKey.get(dup.key);
    if (index === undefined) continue;
    const outcome = outcomes[index]!;
    for (const extra of dup.close) {
      await step(`closing duplicate #${extra.number}`, done, () =>
        client.updateIssue(extra.number, {
          body: duplicateBody(extra.body, dup.key, dup.keep.number),
          state: "closed",
        }),
      );
      outcome.duplicates_closed.push(extra.number);
    }
    const add = missingLabels(opts.findings[index]!, dup.keep.labels, labels);
    if (add.length)
      await step(`labelling #${dup.keep.number}`, done, () => client.addLabels(dup.keep.number, add));
    if (outcome.issue !== dup.keep.number) {
      outcome.issue = dup.keep.number;
      outcome.action = "unchanged";
    }
  }
  return outcomes;
}
