// Generated from schemas/ by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen`.

export type Tags = string[];
/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
export type Clauses = string[];
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
export type ApprovedBy = string[];

/**
 * An internal audit and its findings (clause 9.2).
 */
export interface AuditRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "audit";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  date: string;
  /**
   * Clauses audited.
   *
   * @minItems 1
   *
   * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
   */
  scope: [string, ...string[]];
  auditor?: string;
  status?: "planned" | "in-progress" | "done";
  findings: {
    /**
     * Finding id, unique in the audit, e.g. F1.
     */
    id: string;
    class: "major" | "minor" | "observation" | "opportunity";
    /**
     * Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
     */
    clause: string;
    text: string;
    /**
     * Record id, unique in the repository, e.g. INC-0042.
     */
    nonconformity?: string;
  }[];
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `AuditRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "audit"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | [string, ...string[]]
    | "planned"
    | "in-progress"
    | "done"
    | {
        /**
         * Finding id, unique in the audit, e.g. F1.
         */
        id: string;
        class: "major" | "minor" | "observation" | "opportunity";
        /**
         * Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
         */
        clause: string;
        text: string;
        /**
         * Record id, unique in the repository, e.g. INC-0042.
         */
        nonconformity?: string;
      }[]
    | undefined;
}

/**
 * A request for change (clause 8.5.1). Needs 'Implementation plan', 'Back-out plan', 'Test plan'; once implemented also 'Post-implementation review'.
 */
export type ChangeRecord = {
  [k: string]: unknown | undefined;
} & {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "change";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  type: "standard" | "normal" | "emergency";
  risk: "low" | "medium" | "high";
  /**
   * Status; order: draft, submitted, approved, scheduled, implemented, reviewed, closed, rejected, failed, cancelled.
   */
  status:
    | "draft"
    | "submitted"
    | "approved"
    | "scheduled"
    | "implemented"
    | "reviewed"
    | "closed"
    | "rejected"
    | "failed"
    | "cancelled";
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  cis?: string[];
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services?: string[];
  window?: {
    /**
     * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
     */
    start: string;
    /**
     * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
     */
    end: string;
  };
  planned_outage?: boolean;
  /**
   * The standard-change template (a procedure with standard_change: true).
   */
  template?: string;
  outcome?: "successful" | "failed" | "rolled-back";
  /**
   * A date (YYYY-MM-DD) or a date-time with offset.
   */
  implemented_on?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  release?: string;
  /**
   * Incidents this change resolves (an incident names the change that caused it in its own 'change' field).
   *
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  incidents?: string[];
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  problem?: string;
  requested_by?: string;
  /**
   * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
   */
  opened_at?: string;
  timeline?: Timeline;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "change"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "standard"
    | "normal"
    | "emergency"
    | "low"
    | "medium"
    | "high"
    | "draft"
    | "submitted"
    | "approved"
    | "scheduled"
    | "implemented"
    | "reviewed"
    | "closed"
    | "rejected"
    | "failed"
    | "cancelled"
    | string[]
    | {
        /**
         * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
         */
        start: string;
        /**
         * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
         */
        end: string;
      }
    | "successful"
    | "rolled-back"
    | Timeline
    | undefined;
};
/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * Status transitions, oldest first; the source of truth for SLA clocks.
 */
export type Timeline = {
  /**
   * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
   */
  at: string;
  status: string;
  note?: string;
  /**
   * A GitHub login or a team name from sms.config.yml.
   */
  by?: string;
  /**
   * Marks the entry that reopens a closed record.
   */
  reopened?: boolean;
  /**
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}[];

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A configuration item (clause 8.2.6).
 */
export interface CiRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "ci";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * server, application, database, network, saas, ...
   */
  type: string;
  status: "planned" | "active" | "maintenance" | "retired";
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services: string[];
  /**
   * CIs this CI depends on.
   *
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  depends_on?: string[];
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supplier?: string;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  verified_on?: string;
  /**
   * Version of the item (software or firmware).
   */
  ci_version?: string;
  location?: string;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `CiRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "ci"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "planned"
    | "active"
    | "maintenance"
    | "retired"
    | string[]
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * An opportunity for improvement tracked through PDCA (clause 10.2).
 */
export interface ImprovementRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "improvement";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  status: "plan" | "do" | "check" | "act" | "done";
  issue?: number | null;
  source?: string;
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  records?: string[];
  /**
   * Calendar date, YYYY-MM-DD.
   */
  due?: string;
  /**
   * The measured result once done.
   */
  result?: string;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ImprovementRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "improvement"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "plan"
    | "do"
    | "check"
    | "act"
    | "done"
    | null
    | string[]
    | undefined;
}

/**
 * An incident (clause 8.6.1). Major incidents, once resolved, need a 'Major incident review' section.
 */
export type IncidentRecord = {
  [k: string]: unknown | undefined;
} & {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "incident";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Status; order: new, in-progress, on-hold, resolved, closed, cancelled.
   */
  status: "new" | "in-progress" | "on-hold" | "resolved" | "closed" | "cancelled";
  /**
   * P1 (highest) to P5.
   */
  priority?: string;
  impact?: "low" | "medium" | "high";
  urgency?: "low" | "medium" | "high";
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  service: string;
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services?: string[];
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  cis?: string[];
  major?: boolean;
  /**
   * An information security incident (clause 8.7.3.3).
   */
  security?: boolean;
  /**
   * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
   */
  opened_at?: string;
  timeline?: Timeline;
  outage?: {
    /**
     * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
     */
    start: string;
    /**
     * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
     */
    end: string;
    effect: "down" | "degraded";
    /**
     * Items: Record id, unique in the repository, e.g. INC-0042.
     */
    services?: string[];
    note?: string;
  }[];
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  problem?: string;
  /**
   * The change that caused this incident, if any.
   */
  change?: string;
  resolution?: string;
  reported_by?: string;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "incident"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "new"
    | "in-progress"
    | "on-hold"
    | "resolved"
    | "closed"
    | "cancelled"
    | "low"
    | "medium"
    | "high"
    | string[]
    | Timeline
    | {
        /**
         * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
         */
        start: string;
        /**
         * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
         */
        end: string;
        effect: "down" | "degraded";
        /**
         * Items: Record id, unique in the repository, e.g. INC-0042.
         */
        services?: string[];
        note?: string;
      }[]
    | undefined;
};
/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * Status transitions, oldest first; the source of truth for SLA clocks.
 */
/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A known error with its workaround (clause 8.6.3).
 */
export interface KnownErrorRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "known-error";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  problem: string;
  workaround: string;
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services?: string[];
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  cis?: string[];
  status?: "active" | "retired";
  /**
   * The change that removes the error.
   */
  change?: string;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `KnownErrorRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "known-error"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | string[]
    | "active"
    | "retired"
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A nonconformity and its corrective action (clause 10.1).
 */
export interface NonconformityRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "nonconformity";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * audit, incident, review, complaint, ...
   */
  source: string;
  /**
   * Status; order: open, correcting, verifying, closed.
   */
  status: "open" | "correcting" | "verifying" | "closed";
  corrective_action: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  audit?: string;
  /**
   * The audit finding id, e.g. F1.
   */
  finding?: string;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  due?: string;
  /**
   * GitHub issue number that tracks it.
   */
  issue?: number | null;
  root_cause?: string;
  /**
   * The immediate fix, as distinct from the corrective action.
   */
  correction?: string;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  verified_on?: string;
  /**
   * A GitHub login or a team name from sms.config.yml.
   */
  verified_by?: string;
  /**
   * Whether the corrective action proved effective.
   */
  effective?: boolean;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `NonconformityRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "nonconformity"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "open"
    | "correcting"
    | "verifying"
    | "closed"
    | null
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A controlled service management objective (clause 6.2.1).
 */
export interface ObjectiveRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "objective";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every: string;
  /**
   * A past date is a finding.
   */
  next_review: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Document status.
   */
  status: "draft" | "approved" | "retired";
  /**
   * How the objective is measured.
   */
  measure: string;
  /**
   * Target value.
   */
  target: string | number;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  due?: string;
  /**
   * The value achieved at the last measurement.
   */
  achieved?: string | number;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ObjectiveRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "objective"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "draft"
    | "approved"
    | "retired"
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A controlled plan (clauses 6.2.2, 6.3, 8.4.3, 8.7.2).
 */
export interface PlanRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "plan";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every: string;
  /**
   * A past date is a finding.
   */
  next_review: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Document status.
   */
  status: "draft" | "approved" | "retired";
  /**
   * Period the plan covers, e.g. 2026.
   */
  period?: string;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `PlanRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "plan"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "draft"
    | "approved"
    | "retired"
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A controlled policy document (clauses 5.2, 8.5.1.1, 8.7.3.1). The change management policy carries the approval rules.
 */
export interface PolicyRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "policy";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every: string;
  /**
   * A past date is a finding.
   */
  next_review: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Document status.
   */
  status: "draft" | "approved" | "retired";
  /**
   * Change approval policy as code (SPEC section 6).
   */
  approval?: {
    rules: {
      /**
       * Rule name shown in checks and evidence.
       */
      name: string;
      /**
       * Equality on the head record's fields; a list means any of.
       */
      when: {
        [k: string]: string | number | boolean | (string | number | boolean)[] | undefined;
      };
      require: {
        /**
         * Distinct allowed approvers needed.
         */
        count: number;
        /**
         * Teams from sms.config.yml whose members may approve.
         */
        teams?: string[];
        /**
         * Logins who may approve.
         *
         * Items: A GitHub login or a team name from sms.config.yml.
         */
        users?: string[];
        /**
         * The record's owner (login or team) must approve.
         */
        from?: "owner";
      };
      retrospective?: {
        /**
         * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
         */
        within: string;
        count: number;
        teams?: string[];
        /**
         * Items: A GitHub login or a team name from sms.config.yml.
         */
        users?: string[];
      };
      /**
       * The change must name an approved standard-change template.
       */
      template?: boolean;
    }[];
    default?: {
      /**
       * Distinct allowed approvers needed.
       */
      count: number;
      /**
       * Teams from sms.config.yml whose members may approve.
       */
      teams?: string[];
      /**
       * Logins who may approve.
       *
       * Items: A GitHub login or a team name from sms.config.yml.
       */
      users?: string[];
      /**
       * The record's owner (login or team) must approve.
       */
      from?: "owner";
    };
    freeze?: {
      name: string;
      /**
       * A date (YYYY-MM-DD) or a date-time with offset.
       */
      start: string;
      /**
       * A date (YYYY-MM-DD) or a date-time with offset.
       */
      end: string;
      allow?: ("standard" | "normal" | "emergency")[];
    }[];
    self_approval?: boolean;
    stale_on_push?: boolean;
  };
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `PolicyRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "policy"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "draft"
    | "approved"
    | "retired"
    | {
        rules: {
          /**
           * Rule name shown in checks and evidence.
           */
          name: string;
          /**
           * Equality on the head record's fields; a list means any of.
           */
          when: {
            [k: string]: string | number | boolean | (string | number | boolean)[] | undefined;
          };
          require: {
            /**
             * Distinct allowed approvers needed.
             */
            count: number;
            /**
             * Teams from sms.config.yml whose members may approve.
             */
            teams?: string[];
            /**
             * Logins who may approve.
             *
             * Items: A GitHub login or a team name from sms.config.yml.
             */
            users?: string[];
            /**
             * The record's owner (login or team) must approve.
             */
            from?: "owner";
          };
          retrospective?: {
            /**
             * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
             */
            within: string;
            count: number;
            teams?: string[];
            /**
             * Items: A GitHub login or a team name from sms.config.yml.
             */
            users?: string[];
          };
          /**
           * The change must name an approved standard-change template.
           */
          template?: boolean;
        }[];
        default?: {
          /**
           * Distinct allowed approvers needed.
           */
          count: number;
          /**
           * Teams from sms.config.yml whose members may approve.
           */
          teams?: string[];
          /**
           * Logins who may approve.
           *
           * Items: A GitHub login or a team name from sms.config.yml.
           */
          users?: string[];
          /**
           * The record's owner (login or team) must approve.
           */
          from?: "owner";
        };
        freeze?: {
          name: string;
          /**
           * A date (YYYY-MM-DD) or a date-time with offset.
           */
          start: string;
          /**
           * A date (YYYY-MM-DD) or a date-time with offset.
           */
          end: string;
          allow?: ("standard" | "normal" | "emergency")[];
        }[];
        self_approval?: boolean;
        stale_on_push?: boolean;
      }
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * Status transitions, oldest first; the source of truth for SLA clocks.
 */
/**
 * A problem (clause 8.6.3). Needs a 'Root cause' section once resolved.
 */
export interface ProblemRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "problem";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Status; order: new, investigating, known-error, resolved, closed.
   */
  status: "new" | "investigating" | "known-error" | "resolved" | "closed";
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  incidents: string[];
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  known_error?: string;
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  changes?: string[];
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services?: string[];
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  cis?: string[];
  /**
   * P1 (highest) to P5.
   */
  priority?: string;
  /**
   * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
   */
  opened_at?: string;
  timeline?: Timeline;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ProblemRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "problem"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "new"
    | "investigating"
    | "known-error"
    | "resolved"
    | "closed"
    | string[]
    | Timeline
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A controlled procedure (clauses 4.4, 8.x). Needs 'Purpose' and 'Scope' sections.
 */
export interface ProcedureRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "procedure";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every: string;
  /**
   * A past date is a finding.
   */
  next_review: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Document status.
   */
  status: "draft" | "approved" | "retired";
  /**
   * A pre-authorized standard-change template.
   */
  standard_change?: boolean;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ProcedureRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "procedure"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "draft"
    | "approved"
    | "retired"
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A release and its deployment (clause 8.5.3).
 */
export interface ReleaseRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "release";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Status; order: planned, approved, deployed, verified, closed, failed, rolled-back.
   */
  status: "planned" | "approved" | "deployed" | "verified" | "closed" | "failed" | "rolled-back";
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  changes: string[];
  /**
   * A date (YYYY-MM-DD) or a date-time with offset.
   */
  deployed_on?: string;
  release_type?: "major" | "minor" | "emergency";
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  cis?: string[];
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services?: string[];
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ReleaseRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "release"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "planned"
    | "approved"
    | "deployed"
    | "verified"
    | "closed"
    | "failed"
    | "rolled-back"
    | string[]
    | "major"
    | "minor"
    | "emergency"
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A service report (clause 9.4).
 */
export interface ReportRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "report";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * The period reported on, e.g. 2026-03 or 2026-Q1.
   */
  period: string;
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services?: string[];
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ReportRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "report"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | string[]
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * Status transitions, oldest first; the source of truth for SLA clocks.
 */
/**
 * A service request (clause 8.6.2).
 */
export interface RequestRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "request";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Status; order: new, approved, in-progress, on-hold, fulfilled, closed, rejected, cancelled.
   */
  status: "new" | "approved" | "in-progress" | "on-hold" | "fulfilled" | "closed" | "rejected" | "cancelled";
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  service: string;
  /**
   * P1 (highest) to P5.
   */
  priority?: string;
  requested_by?: string;
  /**
   * Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00.
   */
  opened_at?: string;
  timeline?: Timeline;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `RequestRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "request"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "new"
    | "approved"
    | "in-progress"
    | "on-hold"
    | "fulfilled"
    | "closed"
    | "rejected"
    | "cancelled"
    | Timeline
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A management review (clause 9.3).
 */
export interface ReviewRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "review";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  date: string;
  /**
   * @minItems 1
   */
  attendees: [string, ...string[]];
  decisions: string[];
  actions?: {
    text: string;
    /**
     * A GitHub login or a team name from sms.config.yml.
     */
    owner?: string;
    /**
     * Calendar date, YYYY-MM-DD.
     */
    due?: string;
    done?: boolean;
    /**
     * Calendar date, YYYY-MM-DD.
     */
    done_on?: string;
    /**
     * Record id, unique in the repository, e.g. INC-0042.
     */
    improvement?: string;
  }[];
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ReviewRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "review"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | [string, ...string[]]
    | string[]
    | {
        text: string;
        /**
         * A GitHub login or a team name from sms.config.yml.
         */
        owner?: string;
        /**
         * Calendar date, YYYY-MM-DD.
         */
        due?: string;
        done?: boolean;
        /**
         * Calendar date, YYYY-MM-DD.
         */
        done_on?: string;
        /**
         * Record id, unique in the repository, e.g. INC-0042.
         */
        improvement?: string;
      }[]
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * An entry of the risk and opportunity register (clause 6.1).
 */
export interface RiskRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "risk";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  likelihood: "low" | "medium" | "high";
  impact: "low" | "medium" | "high";
  /**
   * accept, mitigate, transfer or avoid, with the action.
   */
  treatment: string;
  status: "open" | "treating" | "accepted" | "closed";
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services?: string[];
  /**
   * Calendar date, YYYY-MM-DD.
   */
  review_on?: string;
  category?: "risk" | "opportunity";
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `RiskRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "risk"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "low"
    | "medium"
    | "high"
    | "open"
    | "treating"
    | "accepted"
    | "closed"
    | string[]
    | "opportunity"
    | undefined;
}

/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * A service in the catalogue (clause 8.2.4).
 */
export interface ServiceRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "service";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  status: "pipeline" | "live" | "retired";
  criticality: "low" | "medium" | "high" | "critical";
  customers?: string[];
  /**
   * Services this service depends on.
   *
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  depends_on?: string[];
  /**
   * Service hours: 24x7 or a calendar from sms.config.yml.
   */
  hours?: string;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `ServiceRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "service"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | "pipeline"
    | "live"
    | "retired"
    | "low"
    | "medium"
    | "high"
    | "critical"
    | string[]
    | undefined;
}

/**
 * An SLA with measurable targets (clauses 8.3.3, 8.7.1).
 */
export type SlaRecord = {
  [k: string]: unknown | undefined;
} & {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "sla";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every?: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * @minItems 1
   *
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services: [string, ...string[]];
  customer: string;
  /**
   * Reporting period (default month).
   */
  period?: "month" | "quarter" | "week";
  /**
   * For an underpinning agreement: the supplier bound by it.
   */
  supplier?: string;
  /**
   * Workload limits the targets assume (clause 8.3.3).
   */
  workload_limits?: string;
  /**
   * Agreed exceptions to the targets (clause 8.3.3).
   */
  exceptions?: string;
  targets?: {
    /**
     * Unique within the SLA; the key in metrics output.
     */
    name: string;
    metric: "response" | "resolution";
    /**
     * Equality on record fields; a list means any of.
     */
    applies_to: {
      kind: "incident" | "request" | "problem" | "change";
      [k: string]:
        | string
        | number
        | boolean
        | (string | number | boolean)[]
        | "incident"
        | "request"
        | "problem"
        | "change"
        | undefined;
    };
    /**
     * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
     */
    within: string;
    /**
     * 24x7 (default) or a calendar from sms.config.yml.
     */
    calendar?: string;
    /**
     * Percent of measured records that must meet `within`.
     */
    goal: number;
    /**
     * Statuses that stop the resolution clock.
     */
    pause_on?: string[];
  }[];
  availability?: {
    target: number;
    calendar?: string;
    exclude_planned?: boolean;
  };
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "sla"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | [string, ...string[]]
    | "month"
    | "quarter"
    | "week"
    | {
        /**
         * Unique within the SLA; the key in metrics output.
         */
        name: string;
        metric: "response" | "resolution";
        /**
         * Equality on record fields; a list means any of.
         */
        applies_to: {
          kind: "incident" | "request" | "problem" | "change";
          [k: string]:
            | string
            | number
            | boolean
            | (string | number | boolean)[]
            | "incident"
            | "request"
            | "problem"
            | "change"
            | undefined;
        };
        /**
         * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
         */
        within: string;
        /**
         * 24x7 (default) or a calendar from sms.config.yml.
         */
        calendar?: string;
        /**
         * Percent of measured records that must meet `within`.
         */
        goal: number;
        /**
         * Statuses that stop the resolution clock.
         */
        pause_on?: string[];
      }[]
    | {
        target: number;
        calendar?: string;
        exclude_planned?: boolean;
      }
    | undefined;
};
/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * Clauses of ISO/IEC 20000-1 this record serves.
 *
 * Items: Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1.
 */
/**
 * Who approved this version.
 *
 * Items: A GitHub login or a team name from sms.config.yml.
 */
/**
 * An external or internal supplier (clause 8.3.4).
 */
export interface SupplierRecord {
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  id: string;
  /**
   * Record kind.
   */
  kind: "supplier";
  /**
   * One-line title.
   */
  title: string;
  /**
   * Accountable login or team.
   */
  owner: string;
  tags?: Tags;
  /**
   * Puts the record under document control (clause 7.5.3).
   */
  controlled?: boolean;
  clauses?: Clauses;
  /**
   * Document version, e.g. 1.3.
   */
  version?: string | number;
  approved_by?: ApprovedBy;
  /**
   * Calendar date, YYYY-MM-DD.
   */
  approved_on?: string;
  /**
   * Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M.
   */
  review_every: string;
  /**
   * A past date is a finding.
   */
  next_review?: string;
  /**
   * Record id, unique in the repository, e.g. INC-0042.
   */
  supersedes?: string;
  /**
   * Contract reference and term.
   */
  contract: string;
  /**
   * Items: Record id, unique in the repository, e.g. INC-0042.
   */
  services: string[];
  contact?: string;
  supplier_type?: "external" | "internal";
  /**
   * Calendar date, YYYY-MM-DD.
   */
  contract_end?: string;
  /**
   * Extension field, ignored by the engine.
   *
   * This interface was referenced by `SupplierRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown | undefined;
      }
    | string
    | "supplier"
    | Tags
    | boolean
    | Clauses
    | number
    | ApprovedBy
    | string[]
    | "external"
    | "internal"
    | undefined;
}

export interface SmsConfigFile {
  organization: string;
  /**
   * IANA time zone, e.g. Europe/Berlin.
   */
  timezone: string;
  /**
   * ISO/IEC 20000-1 edition (default 2018).
   */
  edition?: "2018" | "2011" | 2018 | 2011;
  teams?: {
    [k: string]:
      | string[]
      | {
          github: string;
        }
      | undefined;
  };
  calendars?: {
    [k: string]:
      | {
          timezone?: string;
          hours: {
            mon?: string;
            tue?: string;
            wed?: string;
            thu?: string;
            fri?: string;
            sat?: string;
            sun?: string;
          };
          /**
           * Items: Calendar date, YYYY-MM-DD.
           */
          holidays?: string[];
        }
      | undefined;
  };
  priorities?: {
    high?: {
      /**
       * P1 (highest) to P5.
       */
      high?: string;
      /**
       * P1 (highest) to P5.
       */
      medium?: string;
      /**
       * P1 (highest) to P5.
       */
      low?: string;
    };
    medium?: {
      /**
       * P1 (highest) to P5.
       */
      high?: string;
      /**
       * P1 (highest) to P5.
       */
      medium?: string;
      /**
       * P1 (highest) to P5.
       */
      low?: string;
    };
    low?: {
      /**
       * P1 (highest) to P5.
       */
      high?: string;
      /**
       * P1 (highest) to P5.
       */
      medium?: string;
      /**
       * P1 (highest) to P5.
       */
      low?: string;
    };
  };
  /**
   * Extra folders that hold records.
   */
  folders?: string[];
  /**
   * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
   */
  backdate_tolerance?: string;
  /**
   * Branch of the approval ledger (default sms/evidence).
   */
  evidence_branch?: string;
  /**
   * Largest record file read, in bytes (default 1 MiB).
   */
  max_file_size?: number;
  improvements?: {
    stage_targets?: {
      /**
       * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
       */
      plan?: string;
      /**
       * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
       */
      do?: string;
      /**
       * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
       */
      check?: string;
      /**
       * Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H.
       */
      act?: string;
    };
    labels?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * This interface was referenced by `SmsConfigFile`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}

/** Any record, by its kind. */
export type AnyRecord = AuditRecord | ChangeRecord | CiRecord | ImprovementRecord | IncidentRecord | KnownErrorRecord | NonconformityRecord | ObjectiveRecord | PlanRecord | PolicyRecord | ProblemRecord | ProcedureRecord | ReleaseRecord | ReportRecord | RequestRecord | ReviewRecord | RiskRecord | ServiceRecord | SlaRecord | SupplierRecord;
