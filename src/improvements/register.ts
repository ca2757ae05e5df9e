import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type PositionMap, positionOf, type SmsRecord } from "../records/record.js";
import { parseDuration } from "../sla/duration.js";
import { localDate } from "../sla/periods.js";
import { type LabelSet, labelSet } from "./labels.js";
import { mentionedIds } from "./mentions.js";
import { stageHistory, toDays } from "./timeline.js";
import type { ImprovementItem, OpenStage, RegisterEvent, RegisterIssue } from "./types.js";

/** Input of buildRegister: plain data read by the adapters, and `now`. */
export interface RegisterInput {
  /** Issues labelled improvement or nonconformity (open and closed). */
  issues: readonly RegisterIssue[];
  /** Events of each issue by issue number. */
  events: ReadonlyMap<number, readonly RegisterEvent[]>;
  records: readonly RegisterRecord[];
  config: Pick<SmsConfig, "improvements" | "timezone">;
  now: string;
  /** Positions in sms.config.yml, to point at a bad `improvements` setting. */
  configPositions?: PositionMap;
}

/** A record as the register joins it; path and positions only point diagnostics at it. */
export type RegisterRecord = Pick<SmsRecord, "data"> & Partial<Pick<SmsRecord, "path" | "positions">>;

/** The improvement register and what it found wrong in the records and configuration. */
export interface Register {
  items: ImprovementItem[];
  diagnostics: Diagnostic[];
}

const JOINED_KINDS = new Set(["improvement", "nonconformity"]);

function warning(
  file: string,
  at: { line: number; column: number },
  code: string,
  message: string,
): Diagnostic {
  return { file, line: at.line, column: at.column, severity: "warning", code, message };
}

/** Stage targets in seconds, from `improvements.stage_targets`; unparseable ones are left out. */
export function stageTargets(config: Pick<SmsConfig, "improvements">): Partial<Record<OpenStage, number>> {
  const out: Partial<Record<OpenStage, number>> = {};
  for (const [stage, text] of Object.entries(config.improvements?.stage_targets ?? {})) {
    const seconds = parseDuration(text);
    if (seconds !== null && ["plan", "do", "check", "act"].includes(stage)) out[stage as OpenStage] = seconds;
  }
  return out;
}

function resultOf(record: RegisterRecord | undefined): string | null {
  const d = record?.data;
  if (!d) return null;
  if (typeof d.result === "string" && d.result.trim()) return d.result;
  if (d.effective === true) return "effective";
  if (d.effective === false) return "not effective";
  return null;
}

/**
 * Builds the PDCA register from GitHub issues and the records that name them (SPEC 7 and 8):
 * stage from `pdca:*` labels, time per stage from the label events, records mentioned by id,
 * overdue against `improvements.stage_targets` and the record's `due`. Pure.
 */
export function buildRegister(input: RegisterInput): Register {
  const labels: LabelSet = labelSet(input.config);
  const targets = stageTargets(input.config);
  const diagnostics: Diagnostic[] = [];
  const configAt = (pointer: string) =>
    positionOf({ positions: input.configPositions ?? {} }, pointer, "key");
  for (const key of labels.unknownKeys)
    diagnostics.push(
      warning(
        "sms.config.yml",
        configAt(`/improvements/labels/${key}`),
        "improvements-label-unknown",
        `improvements.labels.${key} is not a label the register uses; use one of improvement, nonconformity, plan, do, check, act`,
      ),
    );

  const known = new Set(input.records.map((r) => r.data.id).filter((id) => typeof id === "string"));
  const byIssue = new Map<number, RegisterRecord[]>();
  for (const r of input.records) {
    if (!JOINED_KINDS.has(r.data.kind) || typeof r.data.issue !== "number") continue;
    byIssue.set(r.data.issue, [...(byIssue.get(r.data.issue) ?? []), r]);
  }
  const today = localDate(input.now, input.config.timezone);
  const nowMs = Date.parse(input.now);
  const items: ImprovementItem[] = [];
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const history = stageHistory(issue, input.events.get(issue.number) ?? [], labels, input.now);
    const joined = byIssue.get(issue.number) ?? [];
    const records = [
      ...new Set([
        ...joined.map((r) => r.data.id),
        ...joined
          .flatMap((r) => (Array.isArray(r.data.records) ? r.data.records : []))
          .filter((id): id is string => typeof id === "string" && known.has(id)),
        ...mentionedIds(`${issue.title}\n${issue.body}`, known),
      ]),
    ];
    const isNc =
      issue.labels.some((l) => labels.keyOf(l) === "nonconformity") ||
      (!issue.labels.some((l) => labels.keyOf(l) === "improvement") &&
        joined.some((r) => r.data.kind === "nonconformity"));
    const improvementRecord = joined.find((r) => r.data.kind === "improvement") ?? joined[0];
    const end = issue.state === "closed" && issue.closed_at ? Date.parse(issue.closed_at) : nowMs;
    let overdue_reason: ImprovementItem["overdue_reason"] = null;
    if (history.stage !== "done") {
      const target = targets[history.stage];
      const spent = history.stage_days[history.stage] ?? 0;
      if (target !== undefined && spent * 86_400 > target) overdue_reason = "stage-target";
      else if (joined.some((r) => typeof r.data.due === "string" && r.data.due < today))
        overdue_reason = "due";
    }
    items.push({
      issue: issue.number,
      title: issue.title,
      type: isNc ? "nonconformity" : "improvement",
      stage: history.stage,
      state: issue.state,
      records,
      opened_at: issue.created_at,
      closed_at: issue.state === "closed" ? issue.closed_at : null,
      stage_days: history.stage_days,
      owner:
        (typeof improvementRecord?.data.owner === "string" ? improvementRecord.data.owner : undefined) ??
        issue.assignees?.[0] ??
        null,
      age_days: toDays(end - Date.parse(issue.created_at)),
      overdue: overdue_reason !== null,
      overdue_reason,
      result: resultOf(improvementRecord),
      url: issue.html_url,
      flags: history.flags,
      trail: history.trail,
    });
  }

  const listed = new Map(items.map((i) => [i.issue, i]));
  for (const [number, joined] of byIssue) {
    const item = listed.get(number);
    for (const r of joined) {
      if (!item) {
        diagnostics.push(
          warning(
            r.path ?? r.data.id,
            positionOf({ positions: r.positions ?? {} }, "/issue"),
            "improvement-issue-unknown",
            `${r.data.id} names issue #${number}, which is not an issue labelled ${labels.names.improvement} or ${labels.names.nonconformity}; label the issue on GitHub or correct 'issue'`,
          ),
        );
      } else if (
        r.data.kind === "improvement" &&
        typeof r.data.status === "string" &&
        r.data.status !== item.stage &&
        !item.flags.includes("stage-label-missing")
      ) {
        diagnostics.push(
          warning(
            r.path ?? r.data.id,
            positionOf({ positions: r.positions ?? {} }, "/status"),
            "improvement-stage-mismatch",
            `${r.data.id} has status ${r.data.status} but issue #${number} is in stage ${item.stage}; set 'status: ${item.stage}' or ${r.data.status === "done" ? "close the issue" : `label the issue ${labels.names[r.data.status as OpenStage] ?? r.data.status}`}`,
          ),
        );
      }
    }
  }
  return { items, diagnostics };
}
