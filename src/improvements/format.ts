import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ActSource } from "./act.js";
import type { ImprovementItem } from "./types.js";

/** What the Act loop did (or, in a dry run, would do) for one finding. */
export interface ActOutcome {
  key: string;
  source: ActSource;
  title: string;
  action: "created" | "updated" | "unchanged" | "closed" | "would-create" | "would-update";
  /** The issue; null for one not opened yet (dry run). */
  issue: number | null;
  records: string[];
  /** Labels added (or that would be). */
  labels: string[];
  /** Issues closed as duplicates of this one. */
  duplicates_closed: number[];
}

function pad(cells: string[][]): string {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? "").length)));
  return cells
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The register as a table for a terminal, with a line per flagged item and each diagnostic. */
export function formatRegisterTable(
  items: readonly ImprovementItem[],
  diagnostics: readonly Diagnostic[] = [],
): string {
  if (items.length === 0 && diagnostics.length === 0)
    return "No issues labelled improvement or nonconformity.\n";
  const rows = [["ISSUE", "TYPE", "STAGE", "DAYS IN STAGE", "AGE", "OWNER", "RECORDS", "TITLE"]];
  for (const i of items) {
    const inStage = i.stage === "done" ? "" : String(i.stage_days[i.stage] ?? 0);
    rows.push([
      `#${i.issue}`,
      i.type === "nonconformity" ? "NC" : "IMP",
      `${i.stage}${i.overdue ? " (overdue)" : ""}${i.flags.length ? " !" : ""}`,
      inStage,
      `${i.age_days}d`,
      i.owner ?? "-",
      cut(i.records.join(",") || "-", 32),
      cut(i.title, 60),
    ]);
  }
  const out = [pad(rows)];
  const open = items.filter((i) => i.state === "open").length;
  const overdue = items.filter((i) => i.overdue).length;
  out.push("", `${items.length} items: ${open} open, ${items.length - open} done, ${overdue} overdue.`);
  const flagged = items.filter((i) => i.flags.length);
  for (const i of flagged) {
    const why = i.flags.map((f) =>
      f === "stage-label-missing"
        ? "no stage label (counted as plan); add one of the pdca labels"
        : f === "stage-labels-multiple"
          ? "several stage labels; remove all but the current one"
          : "the label history does not explain the current stage (a label renamed?); time in stage is approximate",
    );
    out.push(`! #${i.issue}: ${why.join("; ")}`);
  }
  for (const d of diagnostics)
    out.push(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
  return `${out.join("\n")}\n`;
}

const VERB: Record<ActOutcome["action"], string> = {
  created: "opened",
  updated: "updated",
  unchanged: "up to date",
  closed: "already closed",
  "would-create": "would open",
  "would-update": "would update",
};

/** One line per finding: what was (or would be) done, and a count. */
export function formatActReport(outcomes: readonly ActOutcome[], dryRun: boolean): string {
  if (outcomes.length === 0) return "Act loop: nothing missed, nothing overdue; no issue to open.\n";
  const lines = outcomes.map((o) => {
    const issue = o.issue === null ? "" : ` #${o.issue}`;
    const labels = o.labels.length ? ` [+${o.labels.join(", +")}]` : "";
    const dups = o.duplicates_closed.length
      ? ` (closed duplicate ${o.duplicates_closed.map((n) => `#${n}`).join(", ")})`
      : "";
    return `${VERB[o.action]}${issue}: ${o.title}${labels}${dups}`;
  });
  const count = (a: ActOutcome["action"][]) => outcomes.filter((o) => a.includes(o.action)).length;
  lines.push(
    "",
    dryRun
      ? `Dry run: ${count(["would-create"])} to open, ${count(["would-update"])} to update, ${count(["unchanged", "closed"])} unchanged; nothing was written.`
      : `${count(["created"])} opened, ${count(["updated"])} updated, ${count(["unchanged", "closed"])} unchanged.`,
  );
  return `${lines.join("\n")}\n`;
}
