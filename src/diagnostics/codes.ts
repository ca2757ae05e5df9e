import { SLA_CODES } from "../sla/codes.js";
import type { Severity } from "./diagnostic.js";

/** A diagnostic code: its default severity and what it means (used by SARIF rules and the docs). */
export interface CodeInfo {
  severity: Severity;
  summary: string;
}

/** Every stable diagnostic code the engine emits. Codes never change meaning once released. */
export const CODES = {
  "file-too-large": { severity: "error", summary: "A record file is larger than max_file_size." },
  "file-binary": { severity: "error", summary: "A file in a record folder is binary, not Markdown." },
  "file-encoding": { severity: "error", summary: "A record file is not valid UTF-8." },
  "file-symlink": {
    severity: "error",
    summary: "A record path is a symbolic link; records must be regular files.",
  },
  "file-unreadable": { severity: "error", summary: "A record file could not be read." },
  "frontmatter-missing": {
    severity: "error",
    summary: "A Markdown file in a record folder has no YAML frontmatter.",
  },
  "frontmatter-unclosed": { severity: "error", summary: "The frontmatter has no closing --- line." },
  "frontmatter-language": {
    severity: "error",
    summary: "The frontmatter is not YAML (for example ---js); it is never run.",
  },
  "frontmatter-not-mapping": { severity: "error", summary: "The frontmatter is not a mapping of fields." },
  "yaml-syntax": { severity: "error", summary: "The YAML frontmatter does not parse." },
  "yaml-duplicate-key": { severity: "error", summary: "A key appears twice in the same mapping." },
  "yaml-alias-limit": {
    severity: "error",
    summary: "The YAML uses too many aliases (a possible alias bomb).",
  },
  "config-missing": { severity: "error", summary: "sms.config.yml is missing." },
  "config-invalid": { severity: "error", summary: "sms.config.yml does not match its schema." },
  "config-timezone": { severity: "error", summary: "A time zone is not a known IANA zone." },
  "kind-missing": { severity: "error", summary: "A record has no kind field." },
  "kind-unknown": { severity: "error", summary: "A record's kind is not one of the known kinds." },
  "schema-required": { severity: "error", summary: "A required field is missing." },
  "schema-unknown-field": {
    severity: "error",
    summary: "A field is not part of the kind's schema (prefix extensions with x-).",
  },
  "schema-type": { severity: "error", summary: "A field has the wrong type." },
  "schema-enum": { severity: "error", summary: "A field's value is not one of the allowed values." },
  "schema-format": { severity: "error", summary: "A field's value does not have the expected format." },
  "schema-invalid": { severity: "error", summary: "A field's value breaks a schema constraint." },
  "id-invalid": { severity: "error", summary: "A record id does not match the id pattern." },
  "id-duplicate": { severity: "error", summary: "Two records share one id." },
  "status-unknown": { severity: "error", summary: "A status is not one of the kind's statuses." },
  "reference-missing": { severity: "error", summary: "A reference names an id that no record has." },
  "reference-wrong-kind": { severity: "error", summary: "A reference names a record of the wrong kind." },
  "team-unknown": { severity: "error", summary: "A team name is not defined in sms.config.yml." },
  "clause-unknown": { severity: "error", summary: "A clause number is not in the configured edition." },
  "timeline-order": { severity: "error", summary: "Timeline entries are not in time order." },
  "timeline-before-open": { severity: "error", summary: "A timeline entry is earlier than opened_at." },
  "timeline-final-status": {
    severity: "error",
    summary: "The record's status differs from its last timeline entry.",
  },
  "interval-order": { severity: "error", summary: "An interval ends before it starts." },
  "section-missing": { severity: "error", summary: "A required Markdown section is missing." },
  "review-overdue": { severity: "warning", summary: "A controlled document's next review date has passed." },
  "approver-missing": { severity: "error", summary: "An approved document names no approver." },
  "priority-unresolved": {
    severity: "error",
    summary: "No priority, and no priorities matrix to derive it from impact and urgency.",
  },
  "closed-record-modified": { severity: "error", summary: "A closed record was changed." },
  "closed-record-deleted": { severity: "error", summary: "A closed record was deleted." },
  "timeline-future": {
    severity: "error",
    summary:
      "Recorded before it happened: a timeline entry is dated after the commit that first contains it.",
  },
  "timeline-late": {
    severity: "warning",
    summary: "Recorded late: a timeline entry was committed more than backdate_tolerance after its time.",
  },
  "history-shallow": {
    severity: "warning",
    summary: "The clone is shallow, so timelines could not be corroborated with git history.",
  },
  "retrospective-overdue": {
    severity: "warning",
    summary:
      "An emergency change's retrospective approval is still owed after its deadline (approval ledger).",
  },
  "approval-policy-invalid": {
    severity: "error",
    summary: "The approval block of the change management policy is malformed.",
  },
  "approval-policy-multiple": {
    severity: "error",
    summary: "More than one policy carries an approval block.",
  },
  "approval-team-unknown": {
    severity: "error",
    summary: "An approval rule names a team that sms.config.yml does not define.",
  },
  "change-freeze": {
    severity: "error",
    summary: "A change's window overlaps a change freeze that does not allow its type.",
  },
  "standard-change-template-missing": { severity: "error", summary: "A standard change names no template." },
  "standard-change-template-invalid": {
    severity: "error",
    summary: "A standard change names something other than an approved standard-change procedure.",
  },
  "approved-without-approval": {
    severity: "error",
    summary: "A change entered approved or later without the approvals its rule requires.",
  },
  "site-manifest-missing": { severity: "error", summary: "The site folder has no manifest.json." },
  "site-manifest-invalid": {
    severity: "error",
    summary: "The site's manifest.json is not a valid manifest.",
  },
  "site-file-missing": { severity: "error", summary: "A file listed in the site's manifest is missing." },
  "site-file-modified": {
    severity: "error",
    summary: "A site file's sha256 differs from its manifest entry.",
  },
  "site-file-unlisted": {
    severity: "error",
    summary: "The site folder holds a file its manifest does not list.",
  },
  "site-template-refused": { severity: "warning", summary: "An organization's site template was refused." },
  "improvements-label-unknown": {
    severity: "warning",
    summary: "improvements.labels in sms.config.yml names a label key the register does not use.",
  },
  "improvement-issue-unknown": {
    severity: "warning",
    summary: "An improvement or nonconformity record names an issue that is not in the improvement register.",
  },
  "improvement-stage-mismatch": {
    severity: "warning",
    summary: "An improvement record's status differs from the PDCA stage of the issue it names.",
  },
  ...SLA_CODES,
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
