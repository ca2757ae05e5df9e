import type { GitHubClient, IssueInfo } from "../github/types.js";
import {
  buildRegister,
  DEFAULT_LABELS,
  type ImprovementFigures,
  improvementFigures,
  improvementFiguresFromRecords,
  labelSet,
  type RegisterEvent,
  type RegisterRecord,
} from "../improvements/index.js";
import type { LoadedRepository } from "../loader/types.js";

const EVENT_CONCURRENCY = 4;

/** Issues with any of the labels (GitHub's filter means all of them, so one listing per label). */
async function issuesWithAnyLabel(
  client: GitHubClient,
  labels: string[],
  state: "open" | "closed" | "all",
): Promise<IssueInfo[]> {
  const lists = await Promise.all([...new Set(labels)].map((l) => client.listIssues([l], state)));
  const byNumber = new Map<number, IssueInfo>();
  for (const list of lists) for (const i of list) byNumber.set(i.number, i);
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

async function eventsOf(client: GitHubClient, numbers: number[]): Promise<Map<number, RegisterEvent[]>> {
  const out = new Map<number, RegisterEvent[]>();
  let next = 0;
  const worker = async () => {
    while (next < numbers.length) {
      const n = numbers[next++]!;
      out.set(n, await client.listIssueEvents(n));
    }
  };
  await Promise.all(Array.from({ length: Math.min(EVENT_CONCURRENCY, numbers.length) }, worker));
  return out;
}

/** Reads every issue labelled improvement or nonconformity (open and closed) and its label events. */
export async function readRegisterIssues(
  client: GitHubClient,
  repository: Pick<LoadedRepository, "config">,
  progress: (m: string) => void = () => undefined,
): Promise<{ issues: IssueInfo[]; events: Map<number, RegisterEvent[]> }> {
  const names = labelSet(repository.config).names;
  progress("listing improvement and nonconformity issues");
  // The default names too: issues labelled before the configuration renamed a label still belong.
  const issues = await issuesWithAnyLabel(
    client,
    [names.improvement, DEFAULT_LABELS.improvement, names.nonconformity, DEFAULT_LABELS.nonconformity],
    "all",
  );
  progress(`reading the label history of ${issues.length} issues`);
  return {
    issues,
    events: await eventsOf(
      client,
      issues.map((i) => i.number),
    ),
  };
}

/**
 * `improvements` of `sms metrics --json`: counts by stage, issues opened and closed per period and
 * the mean cycle time from GitHub issues when a client is given; offline, the counts the records give.
 */
export async function improvementMetrics(opts: {
  records: readonly RegisterRecord[];
  config: LoadedRepository["config"];
  periods: readonly { from: string; to: string }[];
  now: string;
  github?: GitHubClient;
}): Promise<ImprovementFigures> {
  if (!opts.github) return improvementFiguresFromRecords(opts.records);
  const { issues, events } = await readRegisterIssues(opts.github, opts);
  const { items } = buildRegister({
    issues,
    events,
    records: opts.records,
    config: opts.config,
    now: opts.now,
  });
  const periods = [
    ...new Map(opts.periods.map((p) => [`${p.from}/${p.to}`, { from: p.from, to: p.to }])).values(),
  ];
  return improvementFigures(items, periods);
}
