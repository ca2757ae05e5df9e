import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/paths.ts
init_define_SMS_SITE_ASSETS();
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "sms-as-code")
          return root = dir;
      } catch {
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the sms-as-code package folder");
    dir = up;
  }
}
function templateDir() {
  return path.join(packageRoot(), "sms-template");
}
function packageVersion() {
  return JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")).version;
}
function engineId() {
  return `${packageVersion()}+${false ? "source" : "af67c3db3e40bbc8"}`;
}

export {
  templateDir,
  packageVersion,
  engineId
};
