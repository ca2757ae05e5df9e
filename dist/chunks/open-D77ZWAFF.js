import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  chooseBackend,
  findRepoRoot,
  hasGitBinary,
  openGit
} from "./chunk-GZQFH5ZC.js";
import "./chunk-NUII5PFN.js";
import "./chunk-6P3NOMSN.js";
export {
  chooseBackend,
  findRepoRoot,
  hasGitBinary,
  openGit
};
