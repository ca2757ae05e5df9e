import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  runInit
} from "./chunk-4LCS2GUZ.js";
import "./chunk-JWIW4HGN.js";
import "./chunk-CAYXJQL7.js";
import "./chunk-NUII5PFN.js";
import "./chunk-6P3NOMSN.js";
export {
  runInit
};
