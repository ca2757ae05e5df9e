import path from "node:path";
import type { Command } from "commander";
import type { CommandContext } from "../program.js";

/** `sms site [--out DIR] [--at REV|DATE]`: the audit evidence site. */
export function registerSite(program: Command, ctx: CommandContext): void {
  program
    .command("site")
    .description("build the static audit evidence site from a commit")
    .option("--out <dir>", "folder for the site (default: .sms/site in the repository)")
    .option(
      "--at <rev|date>",
      "build the site as the repository stood at a revision, or on a date (YYYY-MM-DD)",
    )
    .option(
      "--templates <folder>",
      "repository folder of template overrides, read from the default branch",
      ".sms/templates",
    )
    .option(
      "--trusted-ref <ref>",
      "ref whose templates are trusted (default: origin/HEAD, then main, then master)",
    )
    .option("--no-cache", "do not read or write .sms/cache")
    .option("--json", "print the result as JSON")
    .action(
      async (o: {
        out?: string;
        at?: string;
        templates: string;
        trustedRef?: string;
        cache: boolean;
        json?: boolean;
      }) => {
        const g = ctx.globals();
        // The site describes its commit as of the commit's time unless the user pins another instant.
        const nowGiven =
          program.opts<{ now?: string }>().now !== undefined || ctx.io.env.SMS_NOW !== undefined;
        const { runSite } = await import("../../app/site.js");
        const result = await runSite({
          repo: g.repo,
          out: o.out ? path.resolve(ctx.io.cwd, o.out) : undefined,
          at: o.at,
          now: nowGiven ? g.now : undefined,
          builtAt: new Date().toISOString(),
          backend: g.backend,
          templates: o.templates,
          trustedRef: o.trustedRef,
          cache: o.cache,
          progress:
            ctx.io.isErrTty || ctx.io.env.SMS_DEBUG ? (m) => ctx.io.stderr(`sms site: ${m}\n`) : undefined,
        });
        for (const d of result.diagnostics)
          ctx.io.stderr(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}\n`);
        if (o.json) {
          ctx.io.stdout(
            `${JSON.stringify({ out: result.out, index: result.index, commit: result.commit, files: result.files, pages: result.pages, diagnostics: result.diagnostics })}\n`,
          );
        } else {
          ctx.io.stdout(
            `Site of commit ${result.commit.slice(0, 10)}: ${result.pages} pages, ${result.files} files\n${result.index}\n`,
          );
        }
        ctx.exit(0);
      },
    );
}
