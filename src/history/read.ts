import { isUtf8 } from "node:buffer";
import { readRecord } from "../records/read.js";
import type { RecordData } from "../records/record.js";
import { digestYaml, type VersionDigest } from "./digest.js";
import { readPlainFrontmatter } from "./fast-yaml.js";

const fatal = new TextDecoder("utf-8", { fatal: true });

/** A record file's frontmatter: the plain-YAML reader when it can, else the full one; null if unreadable. */
export function readVersionData(
  path: string,
  oid: string,
  bytes: Uint8Array,
  maxSize: number,
): RecordData | null {
  const text = plainText(bytes, maxSize);
  const fast = text === undefined ? undefined : readPlainFrontmatter(text);
  if (fast) return fast as RecordData;
  return readRecord(path, oid, bytes, maxSize).record?.data ?? null;
}

/** The text of a record file when it is small, NUL-free UTF-8 (BOM removed); else undefined. */
function plainText(bytes: Uint8Array, maxSize: number): string | undefined {
  if (bytes.length > maxSize || bytes.indexOf(0) >= 0) return undefined;
  try {
    const text = fatal.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/**
 * The YAML between a record's `---` lines, decoded without its body, when the file is one the full
 * reader would accept as text (size, no NUL, valid UTF-8) and plainly fenced; else undefined.
 */
function frontmatterOf(bytes: Uint8Array, maxSize: number): string | undefined {
  if (bytes.length > maxSize || bytes.indexOf(0) >= 0 || !isUtf8(bytes)) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  if (buf.toString("latin1", start, start + 4) !== "---\n") return undefined;
  const close = buf.indexOf("\n---", start + 3);
  const after = buf[close + 4];
  if (close < 0 || !(after === undefined || after === 10)) return undefined;
  return buf.toString("utf8", start + 4, close + 1);
}

/** What history keeps of a version: read line by line when it can, else from the parsed frontmatter. */
export function readVersionDigest(
  path: string,
  oid: string,
  bytes: Uint8Array,
  maxSize: number,
): VersionDigest | null {
  const yaml = frontmatterOf(bytes, maxSize);
  const digest = yaml === undefined ? undefined : digestYaml(yaml);
  if (digest) return digest;
  const data = readVersionData(path, oid, bytes, maxSize);
  if (!data) return null;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const entries: VersionDigest["entries"] = [];
  if (Array.isArray(data.timeline)) {
    for (const e of data.timeline as { at?: unknown; status?: unknown }[]) {
      if (typeof e?.at === "string" && typeof e.status === "string")
        entries.push({ at: e.at, status: e.status });
    }
  }
  return { id: str(data.id), kind: str(data.kind), status: str(data.status) ?? null, entries };
}
