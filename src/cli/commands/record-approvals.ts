import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../program.js";

/** `sms record-approvals [--pr N] [--sha SHA]`: writes the merged pull request's ledger entry. */
export function registerRecordApprovals(program: Command, ctx: CommandContext): void {
  program
    .command("record-approvals")
    .description("record a merged pull request's approvals on the evidence branch (needs GitHub access)")
    .option("--pr <number>", "the merged pull request (default: found from --sha or the push event)")
    .option("--sha <commit>", "the pushed merge commit (default: the event's 'after', or GITHUB_SHA)")
    .option("--token <token>", "GitHub token (default: GITHUB_TOKEN)")
    .option("--no-push", "do not push the evidence branch to origin")
    .option("--json", "print the result as JSON")
    .action(async (o: { pr?: string; sha?: string; token?: string; push: boolean; json?: boolean }) => {
      const g = ctx.globals();
      const [{ runRecordApprovals }, { githubFromEnv, readEventPayload }] = await Promise.all([
        import("../../app/record-approvals.js"),
        import("../../github/env.js"),
      ]);
      const client = githubFromEnv(ctx.io.env, { token: o.token, warn: (m) => ctx.io.stderr(`sms: ${m}\n`) });
      const number = o.pr !== undefined ? Number(o.pr) : undefined;
      if (number !== undefined && (!Number.isInteger(number) || number <= 0)) {
        throw new UsageError(`--pr must be a pull request number, not ${o.pr}`);
      }
      const payload = number || o.sha ? undefined : readEventPayload(ctx.io.env);
      const result = await runRecordApprovals({
        repo: g.repo,
        client,
        now: g.now,
        number,
        sha: o.sha ?? (payload?.after as string | undefined) ?? ctx.io.env.GITHUB_SHA,
        push: o.push,
        backend: g.backend,
      });
      ctx.io.stdout(o.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.messages.join("\n")}\n`);
    });
}
