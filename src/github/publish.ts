import { appendFile } from "node:fs/promises";
import { renderSummaryMarkdown, SUMMARY_MARKER } from "../approval/index.js";
import type { Verdict } from "../approval/types.js";
import type { Annotation, CheckConclusion, CommentInfo, GitHubClient } from "./types.js";

/** Name of the check run branch protection should require. */
export const CHECK_NAME = "SMS change approval";

// GitHub refuses check run output longer than 65535 characters, and comments too.
const MAX_BODY = 65_000;

function clip(text: string): string {
  return text.length <= MAX_BODY
    ? text
    : `${text.slice(0, MAX_BODY - 80)}\n\n… (cut; run \`sms check-pr\` for the full report)\n`;
}

/** Annotations on record files: violations fail, blocked records fail, missing approvals warn. */
export function verdictAnnotations(v: Verdict): Annotation[] {
  const out: Annotation[] = [];
  for (const x of v.violations) {
    out.push({
      path: x.file,
      start_line: Math.max(1, x.line),
      end_line: Math.max(1, x.line),
      annotation_level: "failure",
      title: x.code,
      message: x.message,
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
      message: r.message,
    });
  }
  return out;
}

/** Check conclusion for a verdict; only `approved` is green. */
export function conclusionOf(v: Verdict): CheckConclusion {
  return v.verdict === "approved" ? "success" : v.verdict === "pending" ? "action_required" : "failure";
}

function checkTitle(v: Verdict): string {
  const missing = v.records.filter((r) => r.status === "missing").length;
  const blocked = v.records.filter((r) => r.status === "blocked").length;
  if (v.verdict === "approved") return `Approved: ${v.records.length} record(s) changed`;
  if (v.verdict === "pending") return `Pending: ${missing} record(s) need approvals`;
  return `Blocked: ${blocked} record(s), ${v.violations.length} violation(s)`;
}

/** Finds the one summary comment by its hidden marker, preferring the bot's own. */
export function findSummaryComment(comments: readonly CommentInfo[]): CommentInfo | undefined {
  const marked = comments.filter((c) => c.body.includes(SUMMARY_MARKER));
  return marked.find((c) => c.author.endsWith("[bot]")) ?? marked[0];
}

/** Creates the summary comment, or updates it in place when it exists (never a second one). */
export async function upsertSummaryComment(
  client: GitHubClient,
  number: number,
  body: string,
): Promise<CommentInfo> {
  const text = body.includes(SUMMARY_MARKER) ? body : `${SUMMARY_MARKER}\n${body}`;
  const existing = findSummaryComment(await client.listIssueComments(number));
  if (existing) return existing.body === text ? existing : client.updateIssueComment(existing.id, clip(text));
  return client.createIssueComment(number, clip(text));
}

/** What publishing a verdict produced. */
export interface Published {
  checkRunId: number;
  commentId: number;
  commentUrl: string;
}

/** Posts the check run with annotations and the single summary comment. */
export async function publishVerdict(
  client: GitHubClient,
  v: Verdict,
  opts: { headSha: string; detailsUrl?: string },
): Promise<Published> {
  const markdown = renderSummaryMarkdown(v);
  const comment = await upsertSummaryComment(client, v.pull_request, markdown);
  const check = await client.createCheckRun({
    name: CHECK_NAME,
    head_sha: opts.headSha,
    conclusion: conclusionOf(v),
    title: checkTitle(v),
    summary: clip(markdown),
    details_url: comment.html_url || opts.detailsUrl,
    annotations: verdictAnnotations(v),
  });
  return { checkRunId: check.id, commentId: comment.id, commentUrl: comment.html_url };
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); a no-op outside Actions. */
export async function writeJobSummary(env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile(file, `${markdown.trimEnd()}\n`);
}
