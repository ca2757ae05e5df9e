import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";

/** Output of one in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sms` in-process with captured output (same code path as the binary, minus process exit). */
export async function sms(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTty: false,
    isErrTty: false,
    env: opts.env ?? { ...process.env, NO_COLOR: "1" },
    cwd: opts.cwd ?? process.cwd(),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** The repository's own root folder. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Copies the starter template into a new temporary folder and returns its path. */
export async function copyTemplate(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sms-test-"));
  await cp(path.join(projectRoot, "sms-template"), dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
