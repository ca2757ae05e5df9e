import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  formatMetricsText
} from "./chunk-VT3HU3QU.js";
import "./chunk-XZCHGBP2.js";
import "./chunk-OLQXB76A.js";
import "./chunk-U5PZHFZ2.js";
import "./chunk-KN4KNFH2.js";
import "./chunk-5SNFJVHI.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  formatMetricsText
};
