import type { Command } from "commander";
import type { ActResult } from "../../app/improvements.js";
import { UsageError } from "../../errors.js";
import type { GitHubClient } from "../../github/types.js";
import type { ImprovementItem } from "../../improvements/index.js";
import type { CommandContext } from "../program.js";

/** Options of `sms improvements`. */
interface ImprovementsFlags {
  json?: boolean;
  act?: boolean;
  from?: string;
  to?: string;
  dryRun?: boolean;
  token?: string;
}

/** An item as `sms improvements --json` prints it (SPEC 7), without the trail the site draws. */
function itemJson(i: ImprovementItem): Omit<ImprovementItem, "trail"> {
  const { trail: _trail, ...rest } = i;
  return rest;
}

function actJson(r: ActResult): Record<string, unknown> {
  return {
    dry_run: r.dry_run,
    checked_github: r.checked_github,
    periods: r.periods,
    actions: r.outcomes,
    notes: r.notes,
  };
}

/** `sms improvements [--json]` and `sms improvements --act [--from D --to D] [--dry-run]`. */
export function registerImprovements(program: Command, ctx: CommandContext): void {
  program
    .command("improvements")
    .description("the PDCA improvement register from GitHub issues; --act opens issues for missed targets")
    .option("--json", "print one JSON document")
    .option(
      "--act",
      "run the Act loop: open or update one improvement issue per missed target or overdue item",
    )
    .option("--from <date>", "with --act: first day of the range (default: the last complete period)")
    .option("--to <date>", "with --act: end of the range, exclusive")
    .option("--dry-run", "with --act: print what would be opened or updated; write nothing")
    .option("--token <token>", "GitHub token (default: GITHUB_TOKEN)")
    .action(async (o: ImprovementsFlags) => {
      const g = ctx.globals();
      const [{ runAct, runImprovements }, { githubFromEnv }, { formatActReport, formatRegisterTable }] =
        await Promise.all([
          import("../../app/improvements.js"),
          import("../../github/env.js"),
          import("../../improvements/index.js"),
        ]);
      if (!o.act && (o.from || o.to || o.dryRun))
        throw new UsageError("--from, --to and --dry-run belong to the Act loop; add --act");
      const progress = ctx.io.isErrTty && !o.json ? (m: string) => ctx.io.stderr(`sms: ${m}\n`) : undefined;
      const warn = (m: string) => ctx.io.stderr(`sms: ${m}\n`);
      const hasToken = Boolean(o.token || ctx.io.env.GITHUB_TOKEN || ctx.io.env.GH_TOKEN);
      if (o.act) {
        if (!hasToken && !o.dryRun)
          throw new UsageError(
            "the Act loop writes GitHub issues: set GITHUB_TOKEN and GITHUB_REPOSITORY, or pass --token (--dry-run works without)",
          );
        // A dry run without a token still says what the loop found; everything else needs GitHub.
        const client: GitHubClient | undefined =
          o.dryRun && !hasToken ? undefined : githubFromEnv(ctx.io.env, { token: o.token, warn });
        const result = await runAct({
          repo: g.repo,
          client,
          now: g.now,
          from: o.from,
          to: o.to,
          dryRun: o.dryRun,
          backend: g.backend,
          progress,
        });
        if (o.json) ctx.io.stdout(`${JSON.stringify(actJson(result), null, 2)}\n`);
        else {
          ctx.io.stdout(formatActReport(result.outcomes, result.dry_run));
          for (const n of result.notes) ctx.io.stderr(`sms: note: ${n}\n`);
        }
        ctx.exit(0);
        return;
      }
      if (!hasToken)
        throw new UsageError(
          "sms improvements reads GitHub issues: set GITHUB_TOKEN and GITHUB_REPOSITORY, or pass --token (sms improvements --act --dry-run works offline)",
        );
      const client = githubFromEnv(ctx.io.env, { token: o.token, warn });
      const result = await runImprovements({ repo: g.repo, client, now: g.now, progress });
      if (o.json)
        ctx.io.stdout(
          `${JSON.stringify({ items: result.items.map(itemJson), diagnostics: result.diagnostics }, null, 2)}\n`,
        );
      else ctx.io.stdout(formatRegisterTable(result.items, result.diagnostics));
      ctx.exit(0);
    });
}
