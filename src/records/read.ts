import { CODES, type Code } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseFrontmatter } from "./frontmatter.js";
import type { RecordData, SmsRecord } from "./record.js";

/** Default largest record file read, in bytes. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Outcome of reading one record file: the record when it parsed, and what was wrong. */
export interface ReadResult {
  record?: SmsRecord;
  diagnostics: Diagnostic[];
}

/** Makes a diagnostic with the code's default severity. */
export function diag(file: string, line: number, column: number, code: Code, message: string): Diagnostic {
  return { file, line, column, severity: CODES[code].severity, code, message };
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Turns a record file's bytes into a record. Pure: bytes in, plain data out. Never throws. */
export function readRecord(
  path: string,
  oid: string,
  bytes: Uint8Array,
  maxSize = DEFAULT_MAX_FILE_SIZE,
): ReadResult {
  if (bytes.length > maxSize) {
    return fail(
      path,
      1,
      1,
      "file-too-large",
      `file is ${formatBytes(bytes.length)}, more than the ${formatBytes(maxSize)} a record may be; move attachments out of the record folders or raise max_file_size in sms.config.yml`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // A NUL after valid text is a stray byte in a record, shown where it is; otherwise the file is binary.
    const at = validUtf8(bytes.subarray(0, nul)) ? positionAfter(bytes.subarray(0, nul)) : undefined;
    return fail(
      path,
      at?.line ?? 1,
      at?.column ?? 1,
      "file-binary",
      at
        ? "file contains a NUL byte here, so it is not a text record; remove the byte"
        : "file is binary (it contains NUL bytes); record folders hold Markdown records only",
    );
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail(path, at.line, at.column, "file-encoding", "file is not valid UTF-8; save it as UTF-8");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let fm: ReturnType<typeof parseFrontmatter>;
  try {
    fm = parseFrontmatter(text);
  } catch (error) {
    // parseFrontmatter catches what it expects; anything else must not stop the other records.
    const message = error instanceof Error ? error.message : String(error);
    return fail(path, 1, 1, "yaml-syntax", `the frontmatter could not be read: ${message.split("\n")[0]}`);
  }
  const diagnostics = fm.problems.map((p) => diag(path, p.line, p.column, p.code, p.message));
  if (!fm.data) return { diagnostics };
  const record: SmsRecord = {
    path,
    oid,
    data: fm.data as RecordData,
    body: fm.body,
    bodyLine: fm.bodyLine,
    positions: fm.positions,
  };
  return { record, diagnostics };
}

function fail(path: string, line: number, column: number, code: Code, message: string): ReadResult {
  return { diagnostics: [diag(path, line, column, code, message)] };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} bytes`;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The 1-based line and column just after a valid UTF-8 prefix; columns count UTF-16 units, as YAML does. */
function positionAfter(prefix: Uint8Array): { line: number; column: number } {
  const lineStart = prefix.lastIndexOf(0x0a) + 1;
  let line = 1;
  for (let i = prefix.indexOf(0x0a); i !== -1; i = prefix.indexOf(0x0a, i + 1)) line++;
  return { line, column: new TextDecoder().decode(prefix.subarray(lineStart)).length + 1 };
}

/** Finds the line and column of the first byte that breaks UTF-8, so the user can find it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest prefix that is valid or ends in an unfinished sequence
  // (a property that only gets lost as the prefix grows); decoding is linear, so this stays cheap.
  const streaming = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (streaming(mid)) lo = mid;
    else hi = mid - 1;
  }
  // The prefix may end inside the broken sequence (an opening byte whose continuation is wrong):
  // step back to where that sequence starts, which is where the user must look.
  while (lo > 0 && !validUtf8(bytes.subarray(0, lo))) lo--;
  return positionAfter(bytes.subarray(0, lo));
}
