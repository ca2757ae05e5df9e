import type { IgnoredReview, RecordVerdict, Verdict } from "./types.js";

/** Joins names as "a", "a or b", "a, b or c". */
export function joinList(items: readonly string[], word = "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Explains, in one clause, why a reviewer's review did not count. */
export function describeIgnored(entry: IgnoredReview, rule: string, from: string): string {
  const u = entry.user;
  switch (entry.reason) {
    case "author":
      return `${u} cannot approve: ${u} authored the pull request`;
    case "commit-author":
      return `${u} cannot approve: ${u} authored a commit in the pull request`;
    case "bot":
      return `${u} cannot approve: bots never count`;
    case "stale":
      return `${u}'s approval is on an older commit`;
    case "not-allowed":
      return `${u}'s review does not count: rule "${rule}" needs ${from}`;
    case "changes-requested":
      return `${u} requested changes; ${u} must approve the head commit or the review must be dismissed`;
    case "superseded":
      return `${u}'s review was dismissed`;
  }
}

/** What a record still needs, e.g. "needs 1 more approval from cab: carol, dave or erin". */
export function describeMissing(r: Pick<RecordVerdict, "missing" | "from" | "allowed" | "anyone">): string {
  const needs = `needs ${plural(r.missing, "more approval", "more approvals")} from ${r.from}`;
  if (r.anyone) return `${needs} other than the pull request's author and commit authors`;
  if (r.allowed.length === 0) return `${needs}, but no one in ${r.from} is left who can approve`;
  if (r.allowed.length === 1 && r.from === r.allowed[0]) return needs;
  return `${needs}: ${joinList(r.allowed)}`;
}

/** The one-paragraph explanation of a record's status. */
export function recordMessage(r: Omit<RecordVerdict, "message">): string {
  const parts: string[] = [...r.blocks];
  if (r.missing > 0) parts.push(describeMissing(r));
  else if (r.status !== "blocked") {
    parts.push(
      r.required === 0
        ? `no approval required by rule "${r.rule}"`
        : `approved by ${joinList(r.approvers, "and")} (${r.approvers.length} of ${r.required} from ${r.from})`,
    );
  }
  for (const entry of r.ignored) {
    // Changes requested are already stated as blocks.
    if (entry.reason !== "changes-requested") parts.push(describeIgnored(entry, r.rule, r.from));
  }
  return parts.join("; ");
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Mentions and autolinks would ping people or turn record text into links.
  "@": "&#64;",
  ":": "&#58;",
};

/** Escapes untrusted text for one line of GitHub Markdown (HTML, Markdown, mentions, table pipes). */
export function escapeMarkdown(text: unknown): string {
  return (
    String(text)
      // Newlines would break tables; bidi overrides and control characters could disguise text.
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
      .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
      .replace(/[&<>"'@:\\`*_{}[\]()#+\-.!|~^=$]/g, (c) => ENTITIES[c] ?? `\\${c}`)
  );
}

const ICON: Record<string, string> = {
  approved: "✅",
  pending: "⏳",
  blocked: "⛔",
  met: "✅",
  missing: "⏳",
};

/** Marker that lets the Action find and update its own comment. */
export const SUMMARY_MARKER = "<!-- sms-as-code:approval -->";

const MAX_VIOLATIONS = 100;

function row(label: string, value: string): string {
  return `| ${label} | ${value === "" ? "—" : value} |`;
}

function names(list: readonly string[]): string {
  return list.map(escapeMarkdown).join(", ");
}

function recordSection(r: RecordVerdict): string[] {
  const e = escapeMarkdown;
  const renamed = r.old_path ? ` from ${e(r.old_path)}` : "";
  const lines = [`### ${ICON[r.status] ?? ""} ${e(r.id)} · ${e(r.path)} (${r.change}${renamed})`, ""];
  lines.push("| Field | Value |", "|---|---|");
  lines.push(row("Rule", e(r.rule)));
  lines.push(row("Status", r.status));
  lines.push(row("Required", r.required === 0 ? "none" : `${r.required} from ${e(r.from)}`));
  lines.push(row("Approvers", names(r.approvers)));
  lines.push(row("Missing", String(r.missing)));
  if (r.missing > 0) lines.push(row("Could approve", r.anyone ? "any reviewer" : names(r.allowed)));
  const ignored = r.ignored.map((i) => `${e(i.user)} (${i.reason})`).join(", ");
  lines.push(row("Ignored", ignored));
  if (r.changes_requested.length) lines.push(row("Changes requested", names(r.changes_requested)));
  if (r.retrospective) {
    const t = r.retrospective;
    const from = [...t.teams, ...t.users].map(e).join(" or ") || "any reviewer";
    lines.push(row("Retrospective", `${t.count} from ${from}, due ${e(t.due)}`));
  }
  lines.push("", e(r.message), "");
  return lines;
}

/** Renders the pull request comment / job summary; everything from records or users is escaped. */
export function renderSummaryMarkdown(verdict: Verdict): string {
  const e = escapeMarkdown;
  const lines = [SUMMARY_MARKER, `## ${ICON[verdict.verdict]} SMS change approval: ${verdict.verdict}`, ""];
  const sha = /^[0-9a-f]{7,64}$/i.test(verdict.head_sha)
    ? verdict.head_sha.slice(0, 12)
    : e(verdict.head_sha);
  lines.push(`Pull request #${Number(verdict.pull_request) || 0} at ${sha}.`);
  lines.push(
    verdict.policy
      ? `Judged by policy ${e(verdict.policy.id)} (${e(verdict.policy.path)}) of the base branch.`
      : "The base branch has no approval policy: every record needs one approval (safe default).",
  );
  lines.push("");
  if (verdict.records.length === 0) lines.push("This pull request changes no SMS records.", "");
  for (const r of verdict.records) lines.push(...recordSection(r));
  if (verdict.violations.length) {
    lines.push(`### Violations (${verdict.violations.length})`, "");
    for (const v of verdict.violations.slice(0, MAX_VIOLATIONS)) {
      lines.push(`- ${e(v.file)} line ${v.line}, column ${v.column} (${e(v.code)}): ${e(v.message)}`);
    }
    const rest = verdict.violations.length - MAX_VIOLATIONS;
    if (rest > 0) lines.push(`- … and ${rest} more`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
