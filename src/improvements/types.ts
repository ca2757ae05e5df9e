/** PDCA stages of an improvement item; `done` is a closed issue. */
export type Stage = "plan" | "do" | "check" | "act" | "done";

/** The stages an open issue can be in, in order. */
export const OPEN_STAGES = ["plan", "do", "check", "act"] as const;

/** A stage an open issue can be in. */
export type OpenStage = (typeof OPEN_STAGES)[number];

/** Every stage, in order. */
export const STAGES: readonly Stage[] = [...OPEN_STAGES, "done"];

/** An issue as the register needs it (structurally the GitHub adapter's IssueInfo). */
export interface RegisterIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  created_at: string;
  closed_at: string | null;
  html_url: string;
  assignees?: string[];
}

/** One issue event (labeled, unlabeled, closed, reopened; others are ignored). */
export interface RegisterEvent {
  id: number;
  event: string;
  label: string | null;
  created_at: string;
}

/** One stay of an issue in a stage; `to` is null while it lasts. */
export interface StageVisit {
  stage: Stage;
  from: string;
  to: string | null;
}

/**
 * Something the register noticed about an issue that a quality manager should fix on GitHub:
 * stage-label-missing, stage-labels-multiple, stage-history-incomplete.
 */
export type ItemFlag = "stage-label-missing" | "stage-labels-multiple" | "stage-history-incomplete";

/** One row of the improvement register: SPEC section 7's item plus the url, flags and trail. */
export interface ImprovementItem {
  issue: number;
  title: string;
  type: "improvement" | "nonconformity";
  stage: Stage;
  state: "open" | "closed";
  /** Ids of records the issue mentions or that name the issue. */
  records: string[];
  opened_at: string;
  closed_at: string | null;
  /** Days spent in each open stage, all visits counted; rounded to two decimals. */
  stage_days: Partial<Record<OpenStage, number>>;
  owner: string | null;
  age_days: number;
  overdue: boolean;
  /** Why it is overdue: the stage took longer than its target, or the record's `due` passed. */
  overdue_reason: "stage-target" | "due" | null;
  result: string | null;
  url: string;
  flags: ItemFlag[];
  /** Stage visits in time order, `done` included (the site's trail). */
  trail: StageVisit[];
}
