import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SmsRecord } from "../records/record.js";

/** A repository's records as read from the working tree or a commit. */
export interface LoadedRepository {
  /** Commit the records were read from; undefined for the working tree. */
  commit?: string;
  config: SmsConfig;
  records: SmsRecord[];
  /** Problems met while reading: unreadable files, bad frontmatter, bad configuration. */
  diagnostics: Diagnostic[];
}
