import type { RecordData } from "../records/record.js";
import type { VersionDigest } from "./digest.js";

/** Who wrote commits: name and email as git recorded them, and a GitHub login when the email shows one. */
export interface HistoryAuthor {
  name: string;
  email: string;
  /** From a users.noreply.github.com address; null when the email does not name a login. */
  login: string | null;
}

/** One commit of HEAD's first-parent chain. Index 0 is the root commit. */
export interface HistoryCommit {
  oid: string;
  /** Author time, seconds since the epoch. */
  time: number;
  /** Author's offset from UTC in minutes, east positive. */
  tz: number;
  /** Index into HistoryState.authors. */
  author: number;
}

/** One version of a record: what a commit left in its file. */
export interface RecordVersion {
  /** Index into HistoryState.commits. */
  commit: number;
  path: string;
  /** Blob id of the file; null when this commit deleted the record. */
  blob: string | null;
  /** The `status` field, or null when absent, unreadable or deleted. */
  status: string | null;
  /** True when the file could not be read as a record in this version. */
  broken?: boolean;
}

/** Everything history says about one record id. */
export interface RecordHistory {
  id: string;
  kind: string | null;
  /** Oldest first; at most one per commit. */
  versions: RecordVersion[];
  /** The latest version's status, kept beside the versions so that reports can skip reading them. */
  status: string | null;
  /** Timeline entry ("<epoch ms>|<status>") -> index of the first commit whose version contained it. */
  firstSeen: Record<string, number>;
  /** Frontmatter of the current version; absent when the record is deleted or unreadable now. */
  data?: RecordData;
  /**
   * Earliest and latest instant (epoch ms) the record mentions or was committed at: what it can affect
   * in a report lies in between, so reports skip records whose span misses their range.
   */
  span?: [number, number];
}

/** The replayed history of a repository up to `commits[commits.length - 1]`. Plain data. */
export interface HistoryState {
  /** Time zone in which timeline stamps without an offset were read. */
  zone: string;
  /** Record folders the replay looked at. */
  folders: string[];
  commits: HistoryCommit[];
  authors: HistoryAuthor[];
  /** Current record files: path -> record id ("" for a file that could not be read). */
  paths: Map<string, string>;
  records: Map<string, RecordHistory>;
}

/** A changed record file of one commit, with its new content already read (when not deleted). */
export interface VersionChange {
  status: "added" | "modified" | "deleted";
  path: string;
  /** New blob id; null for a deletion. */
  blob: string | null;
  /** What history keeps of the new content, or null when it is not a readable record. Absent for deletions. */
  digest?: VersionDigest | null;
}

/** A commit with the record changes it made, ready to apply. */
export interface CommitInput {
  oid: string;
  time: number;
  tz: number;
  authorName: string;
  authorEmail: string;
  changes: VersionChange[];
}
