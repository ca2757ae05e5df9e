import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  CONFIG_RECORD_KIND,
  completeFacts,
  configAt,
  ensureCommits,
  evaluateCheck,
  findMergeBase,
  formatVerdictText,
  loadPullRequest,
  readFactsFile,
  resolveTeams,
  runCheckPr,
  runPullRequestCheck,
  validateHead,
  verdictJson
} from "./chunk-BSGKTKUQ.js";
import "./chunk-YIFSFFMI.js";
import "./chunk-XZCHGBP2.js";
import "./chunk-L43RMUHW.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-IUYJB6F7.js";
import "./chunk-EJPDLTRP.js";
import "./chunk-OLQXB76A.js";
import "./chunk-U5PZHFZ2.js";
import "./chunk-MDI4L5WW.js";
import "./chunk-NU6NBEOK.js";
import "./chunk-KN4KNFH2.js";
import "./chunk-5SNFJVHI.js";
import "./chunk-GZQFH5ZC.js";
import "./chunk-N42AMR4H.js";
import "./chunk-NUII5PFN.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  CONFIG_RECORD_KIND,
  completeFacts,
  configAt,
  ensureCommits,
  evaluateCheck,
  findMergeBase,
  formatVerdictText,
  loadPullRequest,
  readFactsFile,
  resolveTeams,
  runCheckPr,
  runPullRequestCheck,
  validateHead,
  verdictJson
};
