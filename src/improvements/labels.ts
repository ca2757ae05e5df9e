import type { SmsConfig } from "../config/types.js";
import { OPEN_STAGES, type OpenStage } from "./types.js";

/** The keys `improvements.labels` in sms.config.yml understands. */
export const LABEL_KEYS = ["improvement", "nonconformity", ...OPEN_STAGES] as const;

/** A key of `improvements.labels`. */
export type LabelKey = (typeof LABEL_KEYS)[number];

/** The label names GitHub issues carry unless sms.config.yml renames them. */
export const DEFAULT_LABELS: Readonly<Record<LabelKey, string>> = {
  improvement: "improvement",
  nonconformity: "nonconformity",
  plan: "pdca:plan",
  do: "pdca:do",
  check: "pdca:check",
  act: "pdca:act",
};

/** Label names in use, and a lenient matcher that also knows the default and older spellings. */
export interface LabelSet {
  /** The names the engine applies (configured, else default). */
  names: Readonly<Record<LabelKey, string>>;
  /** The label key a label name stands for, if any. */
  keyOf: (label: string) => LabelKey | undefined;
  /** The stage a label name stands for, if any. */
  stageOf: (label: string) => OpenStage | undefined;
  /** Keys of `improvements.labels` that mean nothing, for a diagnostic. */
  unknownKeys: string[];
}

/**
 * Folds the spellings people give labels ("PDCA: Do", "pdca/do", "pdca-do") to one form, so a
 * label renamed in GitHub's cosmetics still counts.
 */
export function normalizeLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/\s*([:/_.-])\s*/g, ":")
    .replace(/\s+/g, " ");
}

/** The label names of a repository's configuration, defaults filled in. */
export function labelSet(config: Pick<SmsConfig, "improvements">): LabelSet {
  const configured = config.improvements?.labels ?? {};
  const names = { ...DEFAULT_LABELS };
  const unknownKeys: string[] = [];
  for (const [key, value] of Object.entries(configured)) {
    if (!(LABEL_KEYS as readonly string[]).includes(key)) unknownKeys.push(key);
    else if (typeof value === "string" && value.trim() !== "") names[key as LabelKey] = value.trim();
  }
  // A label renamed in the configuration leaves its old name on past events: both count.
  const lookup = new Map<string, LabelKey>();
  for (const key of LABEL_KEYS) lookup.set(normalizeLabel(DEFAULT_LABELS[key]), key);
  for (const key of LABEL_KEYS) lookup.set(normalizeLabel(names[key]), key);
  const keyOf = (label: string) => lookup.get(normalizeLabel(label));
  return {
    names,
    keyOf,
    stageOf: (label) => {
      const key = keyOf(label);
      return key && (OPEN_STAGES as readonly string[]).includes(key) ? (key as OpenStage) : undefined;
    },
    unknownKeys,
  };
}
