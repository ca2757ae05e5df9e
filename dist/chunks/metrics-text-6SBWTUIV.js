import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  formatMetricsText
} from "./chunk-6FMJRSL5.js";
import "./chunk-BPYONNMC.js";
import "./chunk-QIJSURDE.js";
import "./chunk-V7YJQQZP.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  formatMetricsText
};
