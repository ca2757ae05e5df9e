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
} from "./chunk-BEPF255K.js";
import "./chunk-K6HXRANE.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-EJPDLTRP.js";
import "./chunk-U5PZHFZ2.js";
import "./chunk-NU6NBEOK.js";
import "./chunk-5SNFJVHI.js";
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
