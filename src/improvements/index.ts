// Public surface of the PDCA register and the Act loop; everything here is pure (no I/O, no clock reads).
export { type ActFinding, type ActInput, type ActSource, actFindings, actKey } from "./act.js";
export {
  type ImprovementBoard,
  type ImprovementFigures,
  improvementBoard,
  improvementFigures,
  improvementFiguresFromRecords,
} from "./board.js";
export { type ActOutcome, formatActReport, formatRegisterTable } from "./format.js";
export {
  DEFAULT_LABELS,
  LABEL_KEYS,
  type LabelKey,
  type LabelSet,
  labelSet,
  normalizeLabel,
} from "./labels.js";
export { mentionedIds } from "./mentions.js";
export {
  type ActIssue,
  type ActOperation,
  actMarker,
  duplicateBody,
  duplicates,
  issuesByKey,
  markerKey,
  missingLabels,
  newIssueBody,
  planAct,
  refreshedBody,
} from "./reconcile.js";
export {
  buildRegister,
  type Register,
  type RegisterInput,
  type RegisterRecord,
  stageTargets,
} from "./register.js";
export { type StageHistory, stageHistory, toDays } from "./timeline.js";
export * from "./types.js";
