import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  runSite
} from "./chunk-LW75CM3Q.js";
import "./chunk-LOXZVYIZ.js";
import "./chunk-HEJFJPQ7.js";
import "./chunk-K6HXRANE.js";
import "./chunk-7Z76JCEG.js";
import "./chunk-MEKIWOFY.js";
import "./chunk-YIFSFFMI.js";
import "./chunk-XZCHGBP2.js";
import "./chunk-IUYJB6F7.js";
import "./chunk-EJPDLTRP.js";
import "./chunk-OLQXB76A.js";
import "./chunk-U5PZHFZ2.js";
import "./chunk-MDI4L5WW.js";
import "./chunk-NU6NBEOK.js";
import "./chunk-KN4KNFH2.js";
import "./chunk-5SNFJVHI.js";
import "./chunk-GZQFH5ZC.js";
import "./chunk-NUII5PFN.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-MED7XWK6.js";
import "./chunk-6P3NOMSN.js";
export {
  runSite
};
