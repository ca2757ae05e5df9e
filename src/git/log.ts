import { spawn } from "node:child_process";
import { GitError } from "../errors.js";
import { isFullOid } from "./objects.js";
import { firstLine, GIT_GLOBAL_ARGS, gitEnv, spawnFailure } from "./process.js";
import type { CommitInfo, Signature } from "./types.js";

/** Options of GitBackend.listCommits and listChanges. */
export interface ListCommitsOptions {
  /**
   * A commit on the first-parent chain of head: the listing starts just after it. When it is not on
   * the chain, the listing starts elsewhere; callers check the first commit's first parent.
   */
  after?: string;
}

/** One file as `git log --raw` reports it: modes and blob ids on both sides, and the path. */
export interface RawChange {
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
  path: string;
}

/** A commit and, when asked for, its raw changes against its first parent. */
export interface LoggedCommit {
  commit: CommitInfo;
  raw: RawChange[];
}

// Ten NUL-separated fields per commit. %B is the raw message, byte for byte as cat-file shows it.
const FORMAT = "%H%x00%T%x00%P%x00%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd%x00%B";
const FIELDS = 10;
const decoder = new TextDecoder("utf-8");

/** The arguments of the one `git log` that lists a first-parent chain, oldest first. */
export function logArgs(head: string, after: string | undefined, raw: boolean): string[] {
  return [
    "log",
    "--first-parent",
    "--reverse",
    "--no-color",
    "--no-show-signature",
    "--no-notes",
    "--no-mailmap",
    "--encoding=UTF-8",
    "--date=raw",
    "-z",
    `--format=${FORMAT}`,
    // -m with --first-parent diffs a merge against its first parent only, as history replay wants.
    ...(raw
      ? ["--raw", "--root", "-m", "--no-renames", "--no-abbrev", "--no-ext-diff", "--no-textconv"]
      : []),
    head,
    ...(after ? [`^${after}`] : []),
    "--",
  ];
}

function rawSignature(name: string, email: string, raw: string, oid: string): Signature {
  const m = /^(-?\d+) ([+-])(\d\d)(\d\d)$/.exec(raw);
  if (!m) throw new GitError(`git log printed a malformed date for commit ${oid}`);
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  return { name, email, timestamp: Number(m[1]), tzOffsetMinutes: m[2] === "-" ? -minutes : minutes };
}

/** Turns the ten fields of one commit into a CommitInfo; throws GitError when they do not look right. */
export function commitFromFields(fields: readonly string[]): CommitInfo {
  const [oid = "", tree = "", parents = "", an = "", ae = "", ad = "", cn = "", ce = "", cd = "", msg = ""] =
    fields;
  // A NUL inside a message would shift every later field; checking the oids catches it.
  if (!isFullOid(oid) || !isFullOid(tree)) throw new GitError("git log printed output that is not a commit");
  const parentList = parents === "" ? [] : parents.split(" ");
  if (!parentList.every(isFullOid)) throw new GitError(`git log printed bad parents for commit ${oid}`);
  return {
    oid,
    tree,
    parents: parentList,
    author: rawSignature(an, ae, ad, oid),
    committer: rawSignature(cn, ce, cd, oid),
    message: msg,
  };
}

const RAW = /^\n?:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;

/**
 * Parses `git log -z` output token by token (tokens end at NUL). A commit is ten fields, then for
 * --raw any number of ":modes oids status" tokens each followed by a path token.
 */
class LogParser {
  private fields: string[] = [];
  private current: LoggedCommit | undefined;
  private pendingRaw: RegExpExecArray | undefined;

  /** Feeds one token; returns a commit when the token shows the previous one is complete. */
  token(text: string): LoggedCommit | undefined {
    if (this.fields.length > 0 || !this.current) return this.field(text);
    if (this.pendingRaw) {
      const m = this.pendingRaw;
      this.pendingRaw = undefined;
      this.current.raw.push({ oldMode: m[1]!, newMode: m[2]!, oldOid: m[3]!, newOid: m[4]!, path: text });
      return undefined;
    }
    if (text === "") return undefined;
    const m = RAW.exec(text);
    if (m) {
      this.pendingRaw = m;
      return undefined;
    }
    const done = this.current;
    this.current = undefined;
    this.field(text);
    return done;
  }

  /** The last commit, once the output has ended. */
  end(): LoggedCommit | undefined {
    if (this.fields.length > 0 || this.pendingRaw)
      throw new GitError("git log output ended in the middle of a commit");
    const done = this.current;
    this.current = undefined;
    return done;
  }

  private field(text: string): undefined {
    this.fields.push(text);
    if (this.fields.length === FIELDS) {
      this.current = { commit: commitFromFields(this.fields), raw: [] };
      this.fields = [];
    }
    return undefined;
  }
}

/**
 * Runs one `git log` and yields its commits as they arrive, so a long history is never held as text.
 * Stopping the iteration early ends the process; a git failure becomes a GitError.
 */
export async function* streamLog(cwd: string, args: readonly string[]): AsyncGenerator<LoggedCommit> {
  const child = spawn("git", [...GIT_GLOBAL_ARGS, ...args], {
    cwd,
    env: gitEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (c: Buffer) => stderr.push(c));
  let spawnError: GitError | undefined;
  child.on("error", (e) => (spawnError = spawnFailure(e)));
  const closed = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? -1)));
  const parser = new LogParser();
  let rest: Buffer = Buffer.alloc(0);
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      const last = buf.lastIndexOf(0);
      if (last < 0) {
        rest = Buffer.from(buf);
        continue;
      }
      // UTF-8 never has a zero byte inside a character, so text up to a NUL decodes whole, in one go.
      const tokens = decoder.decode(buf.subarray(0, last)).split("\0");
      for (const token of tokens) {
        const done = parser.token(token);
        if (done) yield done;
      }
      // Copy the tail so the whole chunk is not kept alive by a small remainder.
      rest = Buffer.from(buf.subarray(last + 1));
    }
    const code = await closed;
    if (spawnError) throw spawnError;
    if (code !== 0)
      throw new GitError(`git log failed: ${firstLine(Buffer.concat(stderr).toString("utf8"))}`);
    // Every token ends in a NUL, but a missing last one costs nothing to accept.
    if (rest.length > 0) {
      const done = parser.token(decoder.decode(rest));
      if (done) yield done;
    }
    const last = parser.end();
    finished = true;
    if (last) yield last;
  } finally {
    if (!finished && child.exitCode === null && child.signalCode === null) {
      child.kill();
      await closed;
    }
  }
}
