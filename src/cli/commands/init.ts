import path from "node:path";
import type { Command } from "commander";
import type { CommandContext } from "../program.js";

/** `sms init [DIR]`: a new SMS repository from the template. */
export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command("init")
    .description("create a new SMS repository from the starter template")
    .argument("[dir]", "folder to create (must be new or empty)", ".")
    .action(async (dir: string) => {
      const { runInit } = await import("../../app/init.js");
      const r = await runInit({ dir: path.resolve(ctx.io.cwd, dir) });
      ctx.io.stdout(
        `Created an SMS repository in ${r.dir} (${r.files} files, commit ${r.commit.slice(0, 7)}).\n`,
      );
      ctx.io.stdout(`Next: cd ${path.relative(ctx.io.cwd, r.dir) || "."} && sms validate\n`);
    });
}
