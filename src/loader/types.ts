import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SmsRecord } from "../records/record.js";
import type { FileStat } from "./worktree.js";

/** A repository's records as read from the working tree or a commit. */
export interface LoadedRepository {
  /** Commit the records were read from; undefined for the working tree. */
  commit?: string;
  config: SmsConfig;
  records: SmsRecord[];
  /** Problems met while reading: unreadable files, bad frontmatter, bad configuration. */
  diagnostics: Diagnostic[];
  /** Each file read from a working tree, with its stat and its own findings. */
  files?: LoadedFile[];
  /** Working-tree files not read because the caller already knew them (loadWorktree's `reuse`). */
  reused?: string[];
}

/** One record file read from a working tree. */
export interface LoadedFile {
  path: string;
  oid: string;
  stat: FileStat;
  record?: SmsRecord;
  /** Findings met reading this file (also in the repository's `diagnostics`). */
  diagnostics: Diagnostic[];
}
