import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The folder of the installed sms-as-code package (holds sms-template/ and schemas/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "sms-as-code")
          return (root = dir);
      } catch {
        // keep walking up
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the sms-as-code package folder");
    dir = up;
  }
}

/** The starter SMS shipped with the package. */
export function templateDir(): string {
  return path.join(packageRoot(), "sms-template");
}

/** The package version, for SARIF and evidence. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string })
    .version;
}

// scripts/build.mjs sets this to a digest of the sources and schemas the bundle was built from.
declare const __SMS_BUILD_ID__: string | undefined;

/** Names the engine's rules exactly: caches of results made by another build are not reused. */
export function engineId(): string {
  return `${packageVersion()}+${typeof __SMS_BUILD_ID__ === "undefined" ? "source" : __SMS_BUILD_ID__}`;
}
