import type { Command } from "commander";
import type { CommandContext } from "../program.js";

/** `sms demo [DIR]`: a demonstration SMS repository, validated and summarised. */
export function registerDemo(program: Command, ctx: CommandContext): void {
  program
    .command("demo")
    .description("build a demonstration SMS repository and show what the engine makes of it")
    .argument("[dir]", "folder for the demonstration repository (default: a new temporary folder)")
    .action(async (dir: string | undefined) => {
      const g = ctx.globals();
      const { runDemo } = await import("../../app/demo.js");
      const code = await runDemo({ dir, now: g.now, backend: g.backend, io: ctx.io });
      ctx.exit(code);
    });
}
