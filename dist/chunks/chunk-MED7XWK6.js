import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/diagnostics/codes.ts
init_define_SMS_SITE_ASSETS();

// src/sla/codes.ts
init_define_SMS_SITE_ASSETS();
var SLA_CODES = {
  "sla-duration-invalid": {
    severity: "error",
    summary: "An SLA target's `within` is not a duration (30m, 4h, 2d, PT4H)."
  },
  "sla-metric-invalid": {
    severity: "error",
    summary: "An SLA target's metric is not response or resolution."
  },
  "sla-goal-invalid": {
    severity: "error",
    summary: "An SLA target's goal is not a percentage from 0 to 100."
  },
  "sla-applies-to-invalid": {
    severity: "error",
    summary: "An SLA target's applies_to is not a mapping naming a kind."
  },
  "sla-target-invalid": { severity: "error", summary: "An SLA target is malformed (name, pause_on)." },
  "sla-target-duplicate": {
    severity: "error",
    summary: "Two targets of one SLA share a name; metrics key on it."
  },
  "sla-pause-status-unknown": {
    severity: "warning",
    summary: "pause_on names a status the target's kind does not have."
  },
  "sla-period-invalid": { severity: "error", summary: "An SLA's period is not month, quarter or week." },
  "sla-availability-invalid": {
    severity: "error",
    summary: "An SLA's availability block has no numeric target 0-100."
  },
  "sla-unknown-calendar": {
    severity: "error",
    summary: "An SLA names a calendar that sms.config.yml does not define."
  },
  "sla-unknown-service": { severity: "error", summary: "An SLA names a service that no service record has." },
  "calendar-invalid": {
    severity: "error",
    summary: "A calendar has impossible hours, overlapping ranges, bad holidays or no hours."
  },
  "sla-timestamp-invalid": { severity: "error", summary: "A timestamp used by an SLA clock does not parse." },
  "sla-no-start": {
    severity: "warning",
    summary: "A record has no opened_at, timeline or history; its clock cannot start."
  },
  "sla-no-transitions": {
    severity: "warning",
    summary: "A record left its first status but nothing says when; not measured."
  },
  "sla-outage-invalid": {
    severity: "error",
    summary: "An incident's outage entry lacks a valid start, end or effect."
  },
  "sla-outage-service": {
    severity: "warning",
    summary: "An outage entry names services its incident does not name."
  },
  "sla-window-invalid": { severity: "error", summary: "A planned-outage change has no valid window." }
};

// src/diagnostics/codes.ts
var CODES = {
  "file-too-large": { severity: "error", summary: "A record file is larger than max_file_size." },
  "file-binary": { severity: "error", summary: "A file in a record folder is binary, not Markdown." },
  "file-encoding": { severity: "error", summary: "A record file is not valid UTF-8." },
  "file-symlink": {
    severity: "error",
    summary: "A record path is a symbolic link; records must be regular files."
  },
  "file-unreadable": { severity: "error", summary: "A record file could not be read." },
  "frontmatter-missing": {
    severity: "error",
    summary: "A Markdown file in a record folder has no YAML frontmatter."
  },
  "frontmatter-unclosed": { severity: "error", summary: "The frontmatter has no closing --- line." },
  "frontmatter-language": {
    severity: "error",
    summary: "The frontmatter is not YAML (for example ---js); it is never run."
  },
  "frontmatter-not-mapping": { severity: "error", summary: "The frontmatter is not a mapping of fields." },
  "yaml-syntax": { severity: "error", summary: "The YAML frontmatter does not parse." },
  "yaml-duplicate-key": { severity: "error", summary: "A key appears twice in the same mapping." },
  "yaml-alias-limit": {
    severity: "error",
    summary: "The YAML uses too many aliases (a possible alias bomb)."
  },
  "config-missing": { severity: "error", summary: "sms.config.yml is missing." },
  "config-invalid": { severity: "error", summary: "sms.config.yml does not match its schema." },
  "config-timezone": { severity: "error", summary: "A time zone is not a known IANA zone." },
  "kind-missing": { severity: "error", summary: "A record has no kind field." },
  "kind-unknown": { severity: "error", summary: "A record's kind is not one of the known kinds." },
  "schema-required": { severity: "error", summary: "A required field is missing." },
  "schema-unknown-field": {
    severity: "error",
    summary: "A field is not part of the kind's schema (prefix extensions with x-)."
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
    summary: "The record's status differs from its last timeline entry."
  },
  "interval-order": { severity: "error", summary: "An interval ends before it starts." },
  "section-missing": { severity: "error", summary: "A required Markdown section is missing." },
  "review-overdue": { severity: "warning", summary: "A controlled document's next review date has passed." },
  "approver-missing": { severity: "error", summary: "An approved document names no approver." },
  "priority-unresolved": {
    severity: "error",
    summary: "No priority, and no priorities matrix to derive it from impact and urgency."
  },
  "closed-record-modified": { severity: "error", summary: "A closed record was changed." },
  "closed-record-deleted": { severity: "error", summary: "A closed record was deleted." },
  "timeline-future": {
    severity: "error",
    summary: "Recorded before it happened: a timeline entry is dated after the commit that first contains it."
  },
  "timeline-late": {
    severity: "warning",
    summary: "Recorded late: a timeline entry was committed more than backdate_tolerance after its time."
  },
  "history-shallow": {
    severity: "warning",
    summary: "The clone is shallow, so timelines could not be corroborated with git history."
  },
  "retrospective-overdue": {
    severity: "warning",
    summary: "An emergency change's retrospective approval is still owed after its deadline (approval ledger)."
  },
  "approval-policy-invalid": {
    severity: "error",
    summary: "The approval block of the change management policy is malformed."
  },
  "approval-policy-multiple": {
    severity: "error",
    summary: "More than one policy carries an approval block."
  },
  "approval-team-unknown": {
    severity: "error",
    summary: "An approval rule names a team that sms.config.yml does not define."
  },
  "change-freeze": {
    severity: "error",
    summary: "A change's window overlaps a change freeze that does not allow its type."
  },
  "standard-change-template-missing": { severity: "error", summary: "A standard change names no template." },
  "standard-change-template-invalid": {
    severity: "error",
    summary: "A standard change names something other than an approved standard-change procedure."
  },
  "approved-without-approval": {
    severity: "error",
    summary: "A change entered approved or later without the approvals its rule requires."
  },
  "site-manifest-missing": { severity: "error", summary: "The site folder has no manifest.json." },
  "site-manifest-invalid": {
    severity: "error",
    summary: "The site's manifest.json is not a valid manifest."
  },
  "site-file-missing": { severity: "error", summary: "A file listed in the site's manifest is missing." },
  "site-file-modified": {
    severity: "error",
    summary: "A site file's sha256 differs from its manifest entry."
  },
  "site-file-unlisted": {
    severity: "error",
    summary: "The site folder holds a file its manifest does not list."
  },
  "site-template-refused": { severity: "warning", summary: "An organization's site template was refused." },
  "improvements-label-unknown": {
    severity: "warning",
    summary: "improvements.labels in sms.config.yml names a label key the register does not use."
  },
  "improvement-issue-unknown": {
    severity: "warning",
    summary: "An improvement or nonconformity record names an issue that is not in the improvement register."
  },
  "improvement-stage-mismatch": {
    severity: "warning",
    summary: "An improvement record's status differs from the PDCA stage of the issue it names."
  },
  ...SLA_CODES
};

export {
  CODES
};
