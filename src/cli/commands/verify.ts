import path from "node:path";
import type { Command } from "commander";
import type { CommandContext } from "../program.js";

/** `sms verify [--site DIR]`: the approval ledger's hash chain, and a site's manifest. */
export function registerVerify(program: Command, ctx: CommandContext): void {
  program
    .command("verify")
    .description("check the approval ledger's hash chain (and, with --site, a site against its manifest)")
    .option("--site <dir>", "also check this evidence site's manifest.json")
    .option("--json", "print the report as JSON")
    .action(async (o: { site?: string; json?: boolean }) => {
      const g = ctx.globals();
      const { runVerify } = await import("../../app/verify.js");
      const report = await runVerify({
        repo: g.repo,
        site: o.site ? path.resolve(ctx.io.cwd, o.site) : undefined,
        backend: g.backend,
      });
      const problems = [...report.problems, ...(report.site?.problems ?? [])];
      if (o.json) ctx.io.stdout(`${JSON.stringify({ ok: problems.length === 0, ...report }, null, 2)}\n`);
      else {
        const lines: string[] = [];
        if (!report.tip) lines.push(`No approval ledger yet (branch ${report.branch} does not exist).`);
        else lines.push(`Ledger ${report.branch} at ${report.tip.slice(0, 12)}: ${report.entries} entries.`);
        for (const p of report.problems) lines.push(`  BROKEN ${p.file}: ${p.message}`);
        if (report.tip && report.problems.length === 0) lines.push("  The hash chain is intact.");
        if (report.site) {
          lines.push(`Site: ${report.site.files} files in manifest.json.`);
          for (const p of report.site.problems) lines.push(`  BROKEN ${p.file}: ${p.message}`);
          if (report.site.problems.length === 0) lines.push("  Every file matches the manifest.");
        }
        ctx.io.stdout(`${lines.join("\n")}\n`);
      }
      ctx.exit(problems.length ? 1 : 0);
    });
}
