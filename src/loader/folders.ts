import type { SmsConfig } from "../config/types.js";
import { DEFAULT_FOLDERS } from "../records/kinds.js";

/** Folders that hold records: the conventional ones plus those sms.config.yml adds. */
export function recordFolders(config: SmsConfig): string[] {
  return [...new Set([...DEFAULT_FOLDERS, ...config.folders])];
}

/** Markdown files in record folders that are not records: READMEs and names starting with '_' or '.'. */
export function isRecordFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md" && !/^[_.]/.test(name);
}
