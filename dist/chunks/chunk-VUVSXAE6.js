import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  DEFAULT_FOLDERS
} from "./chunk-EJPDLTRP.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/loader/folders.ts
init_define_SMS_SITE_ASSETS();
function recordFolders(config) {
  return [.../* @__PURE__ */ new Set([...DEFAULT_FOLDERS, ...config.folders.filter(isSafeFolder)])];
}
function isSafeFolder(folder) {
  return /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(folder) && !/(?:^|\/)\.\.?(?:\/|$)/.test(folder);
}
function isRecordFileName(name) {
  return name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md" && !/^[_.]/.test(name);
}

export {
  recordFolders,
  isRecordFileName
};
