import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { runPullRequestCheck } from "../app/check-pr.js";
import { runAct } from "../app/improvements.js";
import { runMetrics } from "../app/metrics.js";
import { formatMetricsText } from "../app/metrics-text.js";
import { runRecordApprovals } from "../app/record-approvals.js";
import { runSite } from "../app/site.js";
import { runValidate } from "../app/validate.js";
import { formatDiagnostics } from "../diagnostics/format.js";
import { UsageError } from "../errors.js";
import { githubFromEnv, pullRequestNumber, readEventPayload } from "../github/env.js";
import { writeJobSummary } from "../github/publish.js";
import { formatActReport } from "../improvements/format.js";

/**
 * The GitHub Action: reads typed inputs, makes ONE call into the library per command, sets the
 * outputs, and fails the step in one place. Everything it reads from a pull request's head is data
 * (git objects); nothing from the head is checked out or run.
 */

const COMMANDS = ["validate", "check-pr", "record-approvals", "metrics", "site", "improvements"] as const;
type ActionCommand = (typeof COMMANDS)[number];

/** The Action's inputs, typed. */
export interface ActionInputs {
  command: ActionCommand;
  token: string;
  repoPath: string;
  out: string;
  strict: boolean;
}

/** Reads and checks the inputs (INPUT_* variables). */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const command = core.getInput("command", { required: true }).trim();
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`input command must be one of ${COMMANDS.join(", ")}, not "${command}"`);
  const strict = core.getInput("strict").trim().toLowerCase();
  if (strict && !["true", "false"].includes(strict))
    throw new UsageError(`input strict must be true or false`);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    command: command as ActionCommand,
    token: core.getInput("token") || env.GITHUB_TOKEN || "",
    repoPath: path.resolve(workspace, core.getInput("repo-path") || "."),
    out: path.resolve(workspace, core.getInput("out") || "_site"),
    strict: strict === "true",
  };
}

const now = (env: NodeJS.ProcessEnv) => new Date(env.SMS_NOW || Date.now()).toISOString();

/** Commit ids of a push event's payload. */
function pushedCommits(payload: Record<string, unknown> | undefined): string[] {
  const commits = Array.isArray(payload?.commits) ? (payload.commits as { id?: unknown }[]) : [];
  return commits
    .map((c) => c.id)
    .filter((id): id is string => typeof id === "string" && /^[0-9a-f]{40,64}$/.test(id));
}

/** GitHub access when a token and repository are there; commands that can work offline go without. */
function optional(inputs: ActionInputs, env: NodeJS.ProcessEnv) {
  if (!(inputs.token && env.GITHUB_REPOSITORY)) return undefined;
  return githubFromEnv(env, { token: inputs.token, warn: (m) => core.warning(m) });
}

/** Runs one command; returns a failure message, or undefined when the step passes. */
async function run(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const client = () => githubFromEnv(env, { token: inputs.token, warn: (m) => core.warning(m) });
  switch (inputs.command) {
    case "validate": {
      const report = await runValidate({ repo: inputs.repoPath, strict: inputs.strict, now: now(env) });
      core.setOutput("errors", report.errors);
      core.setOutput("warnings", report.warnings);
      process.stdout.write(formatDiagnostics(report.diagnostics, "github", {}));
      await writeJobSummary(
        env,
        `## SMS validation\n\n${report.errors} error(s), ${report.warnings} warning(s).\n`,
      );
      return report.errors > 0 ? `sms validate found ${report.errors} error(s)` : undefined;
    }
    case "check-pr": {
      const event = env.GITHUB_EVENT_NAME ?? "";
      if (!/^pull_request(_target|_review)?$/.test(event))
        throw new UsageError(
          `check-pr runs on pull_request or pull_request_target events, not "${event || "none"}"`,
        );
      const result = await runPullRequestCheck({
        repo: inputs.repoPath,
        client: client(),
        number: pullRequestNumber(env),
        now: now(env),
        env,
      });
      core.setOutput("verdict", result.verdict.verdict);
      core.setOutput("errors", result.verdict.violations.length);
      return result.verdict.verdict === "approved"
        ? undefined
        : `SMS change approval: ${result.verdict.verdict} (see the check run and the pull request comment)`;
    }
    case "record-approvals": {
      const payload = readEventPayload(env);
      const pr = (payload?.pull_request as { number?: number } | undefined)?.number;
      const result = await runRecordApprovals({
        repo: inputs.repoPath,
        client: client(),
        now: now(env),
        sha: pr ? undefined : ((payload?.after as string | undefined) ?? env.GITHUB_SHA),
        // A push can carry several merges; each merged pull request gets its entry.
        shas: pr ? undefined : pushedCommits(payload),
        number: pr,
        push: true,
        log: (m) => core.info(m),
      });
      await writeJobSummary(env, `## SMS approval ledger\n\n${result.messages.join("\n\n")}\n`);
      return undefined;
    }
    case "metrics": {
      const run = await runMetrics({ repo: inputs.repoPath, now: now(env), github: optional(inputs, env) });
      await mkdir(inputs.out, { recursive: true });
      await writeFile(path.join(inputs.out, "metrics.json"), `${JSON.stringify(run.report, null, 2)}\n`);
      await writeJobSummary(env, `## SMS metrics\n\n\`\`\`\n${formatMetricsText(run.report)}\`\`\`\n`);
      core.setOutput("errors", run.report.diagnostics.filter((d) => d.severity === "error").length);
      return undefined;
    }
    case "site": {
      const site = await runSite({
        repo: inputs.repoPath,
        out: inputs.out,
        builtAt: new Date().toISOString(),
      });
      core.setOutput("site-path", site.out);
      await writeJobSummary(
        env,
        `## SMS evidence site\n\n${site.pages} pages, ${site.files} files in ${site.out}.\n`,
      );
      return undefined;
    }
    case "improvements": {
      const act = await runAct({ repo: inputs.repoPath, client: client(), now: now(env) });
      await writeJobSummary(
        env,
        `## SMS improvements (Act)\n\n\`\`\`\n${formatActReport(act.outcomes, false)}\`\`\`\n`,
      );
      return undefined;
    }
  }
}

/** Entry point: the one place that fails the step. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const failure = await run(readInputs(env), env);
    if (failure) core.setFailed(failure);
  } catch (error) {
    // Fail closed: an API or git error never leaves a green step behind.
    core.setFailed(error instanceof Error ? error.message : String(error));
    if (env.SMS_DEBUG && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

await main();
