import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/approval/messages.ts
init_define_SMS_SITE_ASSETS();
function joinList(items, word = "or") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}
var plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function describeIgnored(entry, rule, from) {
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
function describeMissing(r) {
  const needs = `needs ${plural(r.missing, "more approval", "more approvals")} from ${r.from}`;
  if (r.anyone) return `${needs} other than the pull request's author and commit authors`;
  if (r.allowed.length === 0) return `${needs}, but no one in ${r.from} is left who can approve`;
  if (r.allowed.length === 1 && r.from === r.allowed[0]) return needs;
  return `${needs}: ${joinList(r.allowed)}`;
}
function recordMessage(r) {
  const parts = [...r.blocks];
  if (r.missing > 0) parts.push(describeMissing(r));
  else if (r.status !== "blocked") {
    parts.push(
      r.required === 0 ? `no approval required by rule "${r.rule}"` : `approved by ${joinList(r.approvers, "and")} (${r.approvers.length} of ${r.required} from ${r.from})`
    );
  }
  for (const entry of r.ignored) {
    if (entry.reason !== "changes-requested") parts.push(describeIgnored(entry, r.rule, r.from));
  }
  return parts.join("; ");
}
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Mentions and autolinks would ping people or turn record text into links.
  "@": "&#64;",
  ":": "&#58;"
};
function escapeMarkdown(text) {
  return String(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").replace(/[&<>"'@:\\`*_{}[\]()#+\-.!|~^=$]/g, (c) => ENTITIES[c] ?? `\\${c}`);
}
var ICON = {
  approved: "\u2705",
  pending: "\u23F3",
  blocked: "\u26D4",
  met: "\u2705",
  missing: "\u23F3"
};
var SUMMARY_MARKER = "<!-- sms-as-code:approval -->";
var MAX_VIOLATIONS = 100;
function row(label, value) {
  return `| ${label} | ${value === "" ? "\u2014" : value} |`;
}
function names(list) {
  return list.map(escapeMarkdown).join(", ");
}
function recordSection(r) {
  const e = escapeMarkdown;
  const renamed = r.old_path ? ` from ${e(r.old_path)}` : "";
  const lines = [`### ${ICON[r.status] ?? ""} ${e(r.id)} \xB7 ${e(r.path)} (${r.change}${renamed})`, ""];
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
function renderSummaryMarkdown(verdict) {
  const e = escapeMarkdown;
  const lines = [SUMMARY_MARKER, `## ${ICON[verdict.verdict]} SMS change approval: ${verdict.verdict}`, ""];
  const sha = /^[0-9a-f]{7,64}$/i.test(verdict.head_sha) ? verdict.head_sha.slice(0, 12) : e(verdict.head_sha);
  lines.push(`Pull request #${Number(verdict.pull_request) || 0} at ${sha}.`);
  lines.push(
    verdict.policy ? `Judged by policy ${e(verdict.policy.id)} (${e(verdict.policy.path)}) of the base branch.` : "The base branch has no approval policy: every record needs one approval (safe default)."
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
    if (rest > 0) lines.push(`- \u2026 and ${rest} more`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}
`;
}

export {
  joinList,
  recordMessage,
  escapeMarkdown,
  SUMMARY_MARKER,
  renderSummaryMarkdown
};
