import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  runInit
} from "./chunk-ZWS3RARF.js";
import "./chunk-MEKIWOFY.js";
import "./chunk-2MODB7EL.js";
import "./chunk-NUII5PFN.js";
import "./chunk-6P3NOMSN.js";
export {
  runInit
};
