import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  require_isomorphic_git
} from "./chunk-2MODB7EL.js";
import "./chunk-6P3NOMSN.js";
export default require_isomorphic_git();
