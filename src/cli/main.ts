import { processIo } from "./io.js";
import { runCli } from "./program.js";

/** Entry of the `sms` binary. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
