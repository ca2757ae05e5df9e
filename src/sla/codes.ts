import type { CodeInfo } from "../diagnostics/codes.js";

/**
 * Diagnostic codes the SLA engine adds to those in diagnostics/codes.ts (it also emits timeline-order,
 * timeline-before-open, status-unknown and config-timezone from there). Same shape, to be merged there.
 */
export const SLA_CODES = {
  "sla-duration-invalid": {
    severity: "error",
    summary: "An SLA target's `within` is not a duration (30m, 4h, 2d, PT4H).",
  },
  "sla-metric-invalid": {
    severity: "error",
    summary: "An SLA target's metric is not response or resolution.",
  },
  "sla-goal-invalid": {
    severity: "error",
    summary: "An SLA target's goal is not a percentage from 0 to 100.",
  },
  "sla-applies-to-invalid": {
    severity: "error",
    summary: "An SLA target's applies_to is not a mapping naming a kind.",
  },
  "sla-target-invalid": { severity: "error", summary: "An SLA target is malformed (name, pause_on)." },
  "sla-target-duplicate": {
    severity: "error",
    summary: "Two targets of one SLA share a name; metrics key on it.",
  },
  "sla-pause-status-unknown": {
    severity: "warning",
    summary: "pause_on names a status the target's kind does not have.",
  },
  "sla-period-invalid": { severity: "error", summary: "An SLA's period is not month, quarter or week." },
  "sla-availability-invalid": {
    severity: "error",
    summary: "An SLA's availability block has no numeric target 0-100.",
  },
  "sla-unknown-calendar": {
    severity: "error",
    summary: "An SLA names a calendar that sms.config.yml does not define.",
  },
  "sla-unknown-service": { severity: "error", summary: "An SLA names a service that no service record has." },
  "calendar-invalid": {
    severity: "error",
    summary: "A calendar has impossible hours, overlapping ranges, bad holidays or no hours.",
  },
  "sla-timestamp-invalid": { severity: "error", summary: "A timestamp used by an SLA clock does not parse." },
  "sla-no-start": {
    severity: "warning",
    summary: "A record has no opened_at, timeline or history; its clock cannot start.",
  },
  "sla-no-transitions": {
    severity: "warning",
    summary: "A record left its first status but nothing says when; not measured.",
  },
  "sla-outage-invalid": {
    severity: "error",
    summary: "An incident's outage entry lacks a valid start, end or effect.",
  },
  "sla-outage-service": {
    severity: "warning",
    summary: "An outage entry names services its incident does not name.",
  },
  "sla-window-invalid": { severity: "error", summary: "A planned-outage change has no valid window." },
} as const satisfies Record<string, CodeInfo>;
