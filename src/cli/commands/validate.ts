import { type Command, Option } from "commander";
import { packageVersion } from "../../app/paths.js";
import type { Format } from "../../diagnostics/format.js";
import type { CommandContext } from "../program.js";

/** `sms validate`: every rule of SPEC sections 2-5. */
export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("validate every record of the repository")
    .option("--strict", "treat warnings as errors")
    .option("--base <rev>", "base revision: closed records changed since then are errors")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["text", "json", "sarif", "github"])
        .default("text"),
    )
    .option("--json", "same as --format json")
    .option("--no-cache", "do not read or write .sms/cache")
    .action(
      async (o: { strict?: boolean; base?: string; format: Format; json?: boolean; cache: boolean }) => {
        const g = ctx.globals();
        const [{ runValidate }, { formatDiagnostics }] = await Promise.all([
          import("../../app/validate.js"),
          import("../../diagnostics/format.js"),
        ]);
        const report = await runValidate({
          repo: g.repo,
          base: o.base,
          strict: o.strict,
          now: g.now,
          backend: g.backend,
          cache: o.cache,
        });
        const format: Format = o.json ? "json" : o.format;
        ctx.io.stdout(
          formatDiagnostics(report.diagnostics, format, {
            color: ctx.io.isTty && !ctx.io.env.NO_COLOR,
            version: packageVersion(),
          }),
        );
        ctx.exit(report.errors > 0 ? 1 : 0);
      },
    );
}
