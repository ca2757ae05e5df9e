import { createHash } from "node:crypto";
import { GitError } from "../errors.js";
import type { CommitInfo, Signature, TreeEntry } from "./types.js";

/** Kinds of object stored in a git object database. */
export type ObjectType = "blob" | "tree" | "commit" | "tag";

// Both backends parse the same raw bytes with these functions, so they cannot drift apart.
const decoder = new TextDecoder("utf-8");
const OID_RE = /^[0-9a-f]{4,64}$/;

/** Throws unless `oid` looks like a full or abbreviated hex object id (lower-case, 4-64 digits). */
export function assertOidLike(oid: string): void {
  if (!OID_RE.test(oid)) throw new GitError(`invalid git object id ${JSON.stringify(oid)}`);
}

/** True for a full-length SHA-1 or SHA-256 hex object id. */
export function isFullOid(oid: string): boolean {
  return (oid.length === 40 || oid.length === 64) && OID_RE.test(oid);
}

/** The message both backends use when an object does not exist. */
export function missingObject(oid: string): GitError {
  return new GitError(`git object ${oid} not found`);
}

/** The message both backends use when an object exists with another type. */
export function wrongType(oid: string, actual: string, expected: ObjectType): GitError {
  return new GitError(`git object ${oid} is a ${actual}, not a ${expected}`);
}

/** The message both backends use for a revision that names no commit. */
export function unknownRevision(rev: string): GitError {
  return new GitError(`unknown git revision ${JSON.stringify(rev)}`);
}

/** Git's blob object id of `bytes` (sha1 over "blob <len>\0" + bytes). */
export function hashBlob(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

function typeOfMode(mode: string): TreeEntry["type"] {
  if (mode === "040000") return "tree";
  if (mode === "160000") return "commit";
  return "blob";
}

/** Parses a tree object's binary form: repeated "<octal mode> <name>\0<raw oid>". */
export function parseTree(bytes: Uint8Array, oidBytes = 20): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let i = 0;
  while (i < bytes.length) {
    const space = bytes.indexOf(0x20, i);
    const nul = space < 0 ? -1 : bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + oidBytes > bytes.length)
      throw new GitError("corrupt git tree object");
    let mode = decoder.decode(bytes.subarray(i, space));
    // Git writes trees as "40000"; the interface promises the six-digit form git prints.
    if (mode.length === 5) mode = `0${mode}`;
    const name = decoder.decode(bytes.subarray(space + 1, nul));
    const oid = Buffer.from(bytes.buffer, bytes.byteOffset + nul + 1, oidBytes).toString("hex");
    entries.push({ name, mode, type: typeOfMode(mode), oid });
    i = nul + 1 + oidBytes;
  }
  return entries;
}

const SIG_RE = /^(.*?) ?<([^>]*)> (-?\d+) ([+-])(\d\d)(\d\d)$/;

function parseSignature(value: string, oid: string): Signature {
  const m = SIG_RE.exec(value);
  if (!m) throw new GitError(`git commit ${oid} has a malformed signature line`);
  const minutes = Number(m[5]) * 60 + Number(m[6]);
  return {
    name: m[1] ?? "",
    email: m[2] ?? "",
    timestamp: Number(m[3]),
    tzOffsetMinutes: m[4] === "-" ? -minutes : minutes,
  };
}

/** Splits a commit or tag object into its headers (continuation lines folded) and message. */
export function parseHeaders(bytes: Uint8Array): { headers: [string, string][]; message: string } {
  const text = decoder.decode(bytes);
  const end = text.indexOf("\n\n");
  const head = end < 0 ? text : text.slice(0, end);
  const message = end < 0 ? "" : text.slice(end + 2);
  const headers: [string, string][] = [];
  for (const line of head.split("\n")) {
    const last = headers[headers.length - 1];
    if (line.startsWith(" ") && last) {
      last[1] += `\n${line.slice(1)}`;
      continue;
    }
    const sp = line.indexOf(" ");
    headers.push(sp < 0 ? [line, ""] : [line.slice(0, sp), line.slice(sp + 1)]);
  }
  return { headers, message };
}

/** Parses a commit object's raw bytes. */
export function parseCommit(oid: string, bytes: Uint8Array): CommitInfo {
  const { headers, message } = parseHeaders(bytes);
  let tree: string | undefined;
  let author: Signature | undefined;
  let committer: Signature | undefined;
  const parents: string[] = [];
  for (const [key, value] of headers) {
    if (key === "tree") tree = value;
    else if (key === "parent") parents.push(value);
    else if (key === "author") author = parseSignature(value, oid);
    else if (key === "committer") committer = parseSignature(value, oid);
  }
  if (!tree || !author || !committer) throw new GitError(`git commit ${oid} is missing a header`);
  return { oid, tree, parents, author, committer, message };
}

/** The object a tag object points at. */
export function parseTagTarget(oid: string, bytes: Uint8Array): string {
  const target = parseHeaders(bytes).headers.find(([k]) => k === "object")?.[1];
  if (!target) throw new GitError(`git tag ${oid} has no object header`);
  return target;
}
