import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/records/kinds.ts
init_define_SMS_SITE_ASSETS();
var KINDS = [
  "policy",
  "procedure",
  "plan",
  "objective",
  "risk",
  "service",
  "sla",
  "ci",
  "supplier",
  "change",
  "release",
  "incident",
  "request",
  "problem",
  "known-error",
  "audit",
  "review",
  "nonconformity",
  "improvement",
  "report"
];
function isKind(value) {
  return typeof value === "string" && KINDS.includes(value);
}
var CONTROLLED_KINDS = ["policy", "procedure", "plan", "objective"];
var STATUSES = {
  incident: ["new", "in-progress", "on-hold", "resolved", "closed", "cancelled"],
  request: ["new", "approved", "in-progress", "on-hold", "fulfilled", "closed", "rejected", "cancelled"],
  problem: ["new", "investigating", "known-error", "resolved", "closed"],
  change: [
    "draft",
    "submitted",
    "approved",
    "scheduled",
    "implemented",
    "reviewed",
    "closed",
    "rejected",
    "failed",
    "cancelled"
  ],
  release: ["planned", "approved", "deployed", "verified", "closed", "failed", "rolled-back"],
  nonconformity: ["open", "correcting", "verifying", "closed"]
};
var CLOCK_STOP_STATUSES = ["resolved", "fulfilled", "closed", "cancelled"];
var DEFAULT_FOLDERS = [
  "policies",
  "procedures",
  "plans",
  "objectives",
  "risks",
  "services",
  "slas",
  "cis",
  "suppliers",
  "changes",
  "releases",
  "incidents",
  "requests",
  "problems",
  "known-errors",
  "audits",
  "reviews",
  "nonconformities",
  "improvements",
  "reports"
];
var KIND_CLAUSES = {
  policy: ["5.2"],
  procedure: ["4.4"],
  plan: ["6.2.2"],
  objective: ["6.2.1"],
  risk: ["6.1"],
  service: ["8.2.4"],
  sla: ["8.3.3"],
  ci: ["8.2.6"],
  supplier: ["8.3.4"],
  change: ["8.5.1"],
  release: ["8.5.3"],
  incident: ["8.6.1"],
  request: ["8.6.2"],
  problem: ["8.6.3"],
  "known-error": ["8.6.3"],
  audit: ["9.2"],
  review: ["9.3"],
  nonconformity: ["10.1"],
  improvement: ["10.2"],
  report: ["9.4"]
};
function aKind(kind) {
  const k = String(kind);
  return /^[aeiou]/i.test(k) ? `an ${k}` : `a ${k}`;
}

export {
  KINDS,
  isKind,
  CONTROLLED_KINDS,
  STATUSES,
  CLOCK_STOP_STATUSES,
  DEFAULT_FOLDERS,
  KIND_CLAUSES,
  aKind
};
