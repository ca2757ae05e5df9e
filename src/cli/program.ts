import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { packageVersion } from "../app/paths.js";
import { SmsError, UsageError } from "../errors.js";
import { registerCheckPr } from "./commands/check-pr.js";
import { registerDemo } from "./commands/demo.js";
import { registerImprovements } from "./commands/improvements.js";
import { registerInit } from "./commands/init.js";
import { registerMetrics } from "./commands/metrics.js";
import { registerRecordApprovals } from "./commands/record-approvals.js";
import { registerSite } from "./commands/site.js";
import { registerValidate } from "./commands/validate.js";
import { registerVerify } from "./commands/verify.js";
import type { CliIo } from "./io.js";

/** Options every command shares. */
export interface GlobalOptions {
  repo: string;
  now: string;
  backend: "auto" | "native" | "isomorphic";
}

/** Context handed to each command. */
export interface CommandContext {
  io: CliIo;
  globals: () => GlobalOptions;
  /** Sets the process exit code (0 success, 1 check failed, 2 usage or internal error). */
  exit: (code: number) => void;
}

/** Builds the `sms` command line; each command lives in cli/commands/. */
export function buildProgram(ctx: Omit<CommandContext, "globals">): Command {
  const program = new Command("sms");
  program
    .description("sms-as-code: validate, measure and evidence an ISO/IEC 20000-1 SMS kept in git")
    .version(packageVersion(), "-V, --version")
    .option("--repo <dir>", "the SMS repository", ".")
    .addOption(
      new Option(
        "--now <instant>",
        "pretend the current time is this ISO 8601 instant (reproducible runs)",
      ).hideHelp(),
    )
    .addOption(
      new Option("--git <backend>", "git back-end").choices(["auto", "native", "isomorphic"]).default("auto"),
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  const globals = (): GlobalOptions => {
    const o = program.opts<{ repo: string; now?: string; git: GlobalOptions["backend"] }>();
    const now = o.now ?? ctx.io.env.SMS_NOW ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(now))) throw new UsageError(`--now '${now}' is not an ISO 8601 instant`);
    return { repo: path.resolve(ctx.io.cwd, o.repo), now: new Date(now).toISOString(), backend: o.git };
  };
  const full: CommandContext = { ...ctx, globals };
  registerInit(program, full);
  registerSite(program, full);
  registerValidate(program, full);
  registerMetrics(program, full);
  registerDemo(program, full);
  registerCheckPr(program, full);
  registerRecordApprovals(program, full);
  registerVerify(program, full);
  registerImprovements(program, full);
  return program;
}

/** Runs the CLI with arguments (without node and script); returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram({ io, exit: (c) => (code = Math.max(code, c)) });
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects is a usage error.
      return error.exitCode === 0 ||
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version"
        ? 0
        : 2;
    }
    if (error instanceof SmsError) {
      io.stderr(`sms: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`sms: internal error: ${message.split("\n")[0]}\n`);
    if (io.env.SMS_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
