import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  runValidate
} from "./chunk-I357NGMY.js";
import "./chunk-GX2F45EK.js";
import "./chunk-2Z572IB4.js";
import "./chunk-7IX44ROT.js";
import "./chunk-B7RSRMB7.js";
import "./chunk-24OGOJRB.js";
import "./chunk-BPYONNMC.js";
import "./chunk-EFKND2VB.js";
import "./chunk-JVHHDIMA.js";
import "./chunk-QIJSURDE.js";
import "./chunk-6NIB3Z66.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-JWIW4HGN.js";
import "./chunk-CAYXJQL7.js";
import "./chunk-NUII5PFN.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-2IUYJEZW.js";
import "./chunk-V7YJQQZP.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  runValidate
};
