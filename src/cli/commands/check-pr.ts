import path from "node:path";
import type { Command } from "commander";
import type { GitHubFactsSource } from "../../app/check-pr.js";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../program.js";

/** Options of `sms check-pr`. */
interface CheckPrFlags {
  base?: string;
  head?: string;
  facts?: string;
  json?: boolean;
  pr?: string;
  token?: string;
}

/** `sms check-pr --base REV --head REV [--facts FILE] [--json]`: judges a pull request. */
export function registerCheckPr(program: Command, ctx: CommandContext): void {
  program
    .command("check-pr")
    .description("judge a pull request against the base branch's change approval policy")
    .option("--base <rev>", "base revision (rules, configuration and teams are read from it)")
    .option("--head <rev>", "head revision of the pull request (read as data, never checked out)")
    .option("--facts <file>", "JSON file with what GitHub would tell (author, reviews, commit authors, now)")
    .option("--pr <number>", "pull request number: facts from GitHub (and base and head when not given)")
    .option("--token <token>", "GitHub token (default: GITHUB_TOKEN)")
    .option("--json", "print the verdict as one JSON document")
    .action(async (o: CheckPrFlags) => {
      const g = ctx.globals();
      const [
        { ensureCommits, formatVerdictText, runCheckPr, verdictJson },
        { openGit },
        env,
        { gitHubFactsSource },
      ] = await Promise.all([
        import("../../app/check-pr.js"),
        import("../../git/open.js"),
        import("../../github/env.js"),
        import("../../github/facts.js"),
      ]);
      const { githubFromEnv, pullRequestNumber } = env;
      let github: GitHubFactsSource | undefined;
      if (!o.facts) {
        const client = githubFromEnv(ctx.io.env, { token: o.token });
        const number = pullRequestNumber(ctx.io.env, o.pr);
        github = gitHubFactsSource(client, number);
        if (!o.base || !o.head) {
          // With --pr alone, base and head are the pull request's, fetched when missing (never checked out).
          const pr = await client.getPullRequest(number);
          const git = openGit(g.repo, { backend: g.backend });
          try {
            await ensureCommits(git, [pr.base_sha, pr.head_sha], number);
          } finally {
            await git.close();
          }
          o.base ??= pr.base_sha;
          o.head ??= pr.head_sha;
        }
      }
      if (!o.base || !o.head) throw new UsageError("check-pr needs --base REV and --head REV (or --pr N)");
      const result = await runCheckPr({
        repo: g.repo,
        base: o.base,
        head: o.head,
        factsFile: o.facts ? path.resolve(ctx.io.cwd, o.facts) : undefined,
        github,
        now: g.now,
        backend: g.backend,
        progress: ctx.io.isErrTty ? (m) => ctx.io.stderr(`sms check-pr: ${m}…\n`) : undefined,
      });
      ctx.io.stdout(
        o.json
          ? `${JSON.stringify(verdictJson(result.verdict), null, 2)}\n`
          : formatVerdictText(result.verdict),
      );
      ctx.exit(result.verdict.verdict === "approved" ? 0 : 1);
    });
}
