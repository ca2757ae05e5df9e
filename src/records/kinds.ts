/** Every record kind of SPEC section 3, in catalogue order. */
export const KINDS = [
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
  "report",
] as const;

export type Kind = (typeof KINDS)[number];

/** True when `value` names a known kind. */
export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && (KINDS as readonly string[]).includes(value);
}

/** Kinds that are always under document control (clause 7.5.3). */
export const CONTROLLED_KINDS: readonly Kind[] = ["policy", "procedure", "plan", "objective"];

/** Ordered statuses of the kinds whose lifecycle SPEC section 4 defines. */
export const STATUSES: Partial<Record<Kind, readonly string[]>> = {
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
    "cancelled",
  ],
  release: ["planned", "approved", "deployed", "verified", "closed", "failed", "rolled-back"],
  nonconformity: ["open", "correcting", "verifying", "closed"],
};

/** Statuses at which an SLA resolution clock stops. */
export const CLOCK_STOP_STATUSES: readonly string[] = ["resolved", "fulfilled", "closed", "cancelled"];

/** Kinds that record operations and may carry a timeline. */
export const TIMELINE_KINDS: readonly Kind[] = ["incident", "request", "problem", "change"];

/** Default folder of each kind (a convention; the `kind` field decides). */
export const DEFAULT_FOLDERS: readonly string[] = [
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
  "reports",
];

/** The clauses of the 2018 edition that a kind serves by its nature (SPEC section 3). */
export const KIND_CLAUSES: Record<Kind, readonly string[]> = {
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
  report: ["9.4"],
};

/** "a change", "an incident": the kind with its article, for messages. */
export function aKind(kind: unknown): string {
  const k = String(kind);
  return /^[aeiou]/i.test(k) ? `an ${k}` : `a ${k}`;
}
