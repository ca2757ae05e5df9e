import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  kpiPeriod,
  recordInputs,
  relevantTo,
  reportRange,
  runMetrics
} from "./chunk-2XCZLWEG.js";
import "./chunk-CVC72QI4.js";
import "./chunk-2Z572IB4.js";
import "./chunk-JVHHDIMA.js";
import "./chunk-QIJSURDE.js";
import "./chunk-6NIB3Z66.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-CAYXJQL7.js";
import "./chunk-NUII5PFN.js";
import "./chunk-H426QMPE.js";
import "./chunk-K6HXRANE.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-2IUYJEZW.js";
import "./chunk-V7YJQQZP.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  kpiPeriod,
  recordInputs,
  relevantTo,
  reportRange,
  runMetrics
};
