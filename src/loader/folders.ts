import type { SmsConfig } from "../config/types.js";
import { DEFAULT_FOLDERS } from "../records/kinds.js";

/**
 * Folders that hold records: the conventional ones plus those sms.config.yml adds. An added folder
 * must be a plain relative path inside the repository: one that climbs out with '..' or is absolute
 * is left out (the configuration check reports it), so no file outside the repository is ever read.
 */
export function recordFolders(config: SmsConfig): string[] {
  return [...new Set([...DEFAULT_FOLDERS, ...config.folders.filter(isSafeFolder)])];
}

/** True for a relative folder path without '.', '..' or empty segments. */
export function isSafeFolder(folder: string): boolean {
  return /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(folder) && !/(?:^|\/)\.\.?(?:\/|$)/.test(folder);
}

/** Markdown files in record folders that are not records: READMEs and names starting with '_' or '.'. */
export function isRecordFileName(name: string): boolean {
  return name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md" && !/^[_.]/.test(name);
}
