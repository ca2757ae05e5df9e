import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  DEFAULT_LABELS,
  LABEL_KEYS,
  OPEN_STAGES,
  STAGES,
  actFindings,
  actKey,
  actMarker,
  buildRegister,
  duplicateBody,
  duplicates,
  formatActReport,
  formatRegisterTable,
  improvementBoard,
  improvementFigures,
  improvementFiguresFromRecords,
  issuesByKey,
  labelSet,
  markerKey,
  mentionedIds,
  missingLabels,
  newIssueBody,
  normalizeLabel,
  planAct,
  refreshedBody,
  stageHistory,
  stageTargets,
  toDays
} from "./chunk-H426QMPE.js";
import "./chunk-K6HXRANE.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-2IUYJEZW.js";
import "./chunk-V7YJQQZP.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  DEFAULT_LABELS,
  LABEL_KEYS,
  OPEN_STAGES,
  STAGES,
  actFindings,
  actKey,
  actMarker,
  buildRegister,
  duplicateBody,
  duplicates,
  formatActReport,
  formatRegisterTable,
  improvementBoard,
  improvementFigures,
  improvementFiguresFromRecords,
  issuesByKey,
  labelSet,
  markerKey,
  mentionedIds,
  missingLabels,
  newIssueBody,
  normalizeLabel,
  planAct,
  refreshedBody,
  stageHistory,
  stageTargets,
  toDays
};
