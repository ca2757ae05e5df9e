import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  formatDiagnostics,
  formatGithub,
  formatJson,
  formatSarif,
  formatText
} from "./chunk-3YHRD6GL.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  formatDiagnostics,
  formatGithub,
  formatJson,
  formatSarif,
  formatText
};
