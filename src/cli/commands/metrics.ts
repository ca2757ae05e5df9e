import type { Command } from "commander";
import type { CliIo } from "../io.js";
import type { CommandContext } from "../program.js";

/** A progress line on stderr, redrawn at most a few times a second, only on a terminal. */
function progress(io: CliIo): { update: (n: number) => void; done: () => void } {
  if (!io.isErrTty) return { update: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update: (n) => {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      io.stderr(`\rReading history: ${n.toLocaleString("en")} commits`);
    },
    done: () => {
      if (shown) io.stderr("\r\x1b[K");
    },
  };
}

/** `sms metrics [--from DATE] [--to DATE] [--json]`: SLA, availability and KPIs per period. */
export function registerMetrics(program: Command, ctx: CommandContext): void {
  program
    .command("metrics")
    .description("SLA targets, availability and operational KPIs per period, from the repository's history")
    .option("--from <date>", "first day of the range (inclusive), in the configured time zone")
    .option("--to <date>", "end of the range (exclusive); default: the last complete period")
    .option("--json", "print one JSON document (SPEC section 7, plus kpis and diagnostics)")
    .option("--no-cache", "do not read or write .sms/cache")
    .action(async (o: { from?: string; to?: string; json?: boolean; cache: boolean }) => {
      const g = ctx.globals();
      // Octokit is loaded only when the runner's settings for GitHub are there.
      const withGitHub = Boolean(ctx.io.env.GITHUB_TOKEN && ctx.io.env.GITHUB_REPOSITORY);
      const [{ runMetrics }, { formatMetricsText }, { formatText }, github] = await Promise.all([
        import("../../app/metrics.js"),
        import("../../app/metrics-text.js"),
        import("../../diagnostics/format.js"),
        withGitHub ? import("../../github/env.js") : undefined,
      ]);
      const bar = progress(ctx.io);
      let run: Awaited<ReturnType<typeof import("../../app/metrics.js").runMetrics>>;
      try {
        run = await runMetrics({
          repo: g.repo,
          from: o.from,
          to: o.to,
          now: g.now,
          backend: g.backend,
          cache: o.cache,
          onProgress: bar.update,
          // Improvement figures come from GitHub issues only when the runner's settings are there.
          github: github?.githubFromEnv(ctx.io.env, { warn: (m) => ctx.io.stderr(`sms: ${m}\n`) }),
        });
      } finally {
        bar.done();
      }
      const color = ctx.io.isTty && !ctx.io.env.NO_COLOR;
      if (o.json) {
        ctx.io.stdout(`${JSON.stringify(run.report, null, 2)}\n`);
      } else {
        ctx.io.stdout(
          formatMetricsText(run.report, {
            organization: run.config.organization,
            zone: run.config.timezone,
            color,
          }),
        );
        if (run.report.diagnostics.length > 0) {
          ctx.io.stderr(
            formatText(run.report.diagnostics, { color: ctx.io.isErrTty && !ctx.io.env.NO_COLOR }),
          );
        }
      }
      ctx.exit(0);
    });
}
