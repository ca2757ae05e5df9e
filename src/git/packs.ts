import { closeSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { Lru } from "./lru.js";

/** One object as read from a pack or a loose file. */
export interface PackedObject {
  oid: string;
  type: string;
  bytes: Uint8Array;
}

const TYPES = ["", "commit", "tree", "blob", "tag"];
const OFS_DELTA = 6;
const REF_DELTA = 7;

interface Pack {
  /** Where each first byte's oids start and end in the sorted oid table (index v2 fan-out). */
  fanout: Uint32Array;
  idx: Buffer;
  count: number;
  packFile: string;
  /** Open while the reader is; objects are read at their offsets, never the whole pack. */
  fd?: number;
}

/** Enough bytes for an object's header: type and size, then a base offset or a 20-byte base id. */
const HEADER_BYTES = 40;
const WINDOW = 4 * 1024 * 1024;

/**
 * Reads objects straight from `.git/objects` (pack index v2 and loose files) with Node's own zlib.
 * isomorphic-git's reads pay for a file-system wrapper, a loose-file probe and a JavaScript inflate
 * on every object; replaying history reads hundreds of thousands of them. Anything this reader does
 * not understand (another index version, SHA-256, alternates, damage) yields undefined, and the
 * caller asks isomorphic-git as before.
 */
export class PackReader {
  private packs: Pack[] | undefined;
  // Delta chains share their bases; keeping recent results avoids inflating a base again and again.
  private readonly byOffset = new Lru<{ type: number; bytes: Buffer }>(
    1024,
    32 * 1024 * 1024,
    (o) => o.bytes.length,
  );
  private readonly windows = new Lru<Buffer>(16);

  constructor(private readonly gitdir: string) {}

  /** The object, or undefined when it is not in a pack or loose file this reader can read. */
  read(oid: string): PackedObject | undefined {
    if (!/^[0-9a-f]{40}$/.test(oid)) return undefined;
    try {
      const key = Buffer.from(oid, "hex");
      for (const pack of this.loadPacks()) {
        const offset = this.find(pack, key);
        if (offset !== undefined) {
          const obj = this.at(pack, offset, 0);
          return obj && TYPES[obj.type] ? { oid, type: TYPES[obj.type]!, bytes: obj.bytes } : undefined;
        }
      }
      return this.loose(oid);
    } catch {
      return undefined;
    }
  }

  private loadPacks(): Pack[] {
    if (this.packs) return this.packs;
    const dir = path.join(this.gitdir, "objects", "pack");
    const packs: Pack[] = [];
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".idx"));
    } catch {
      // No packs yet: every object is loose.
    }
    for (const name of names.sort()) {
      const idx = readFileSync(path.join(dir, name));
      // Version 2: "\xfftOc", version 2, 256 fan-out entries, oids, CRCs, offsets, large offsets.
      if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) continue;
      const fanout = new Uint32Array(256);
      for (let i = 0; i < 256; i++) fanout[i] = idx.readUInt32BE(8 + i * 4);
      packs.push({
        fanout,
        idx,
        count: fanout[255]!,
        packFile: path.join(dir, name.replace(/\.idx$/, ".pack")),
      });
    }
    this.packs = packs;
    return packs;
  }

  private find(pack: Pack, key: Buffer): number | undefined {
    const first = key[0]!;
    let lo = first === 0 ? 0 : pack.fanout[first - 1]!;
    let hi = pack.fanout[first]! - 1;
    const table = 8 + 256 * 4;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = pack.idx.compare(key, 0, 20, table + mid * 20, table + mid * 20 + 20);
      if (c === 0) {
        const offsets = table + pack.count * 24;
        const small = pack.idx.readUInt32BE(offsets + mid * 4);
        if ((small & 0x80000000) === 0) return small;
        const large = offsets + pack.count * 4 + (small & 0x7fffffff) * 8;
        return Number(pack.idx.readBigUInt64BE(large));
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The object at an offset of a pack, deltas applied; undefined for what it cannot read. */
  private at(pack: Pack, offset: number, depth: number): { type: number; bytes: Buffer } | undefined {
    const cacheKey = `${pack.packFile}:${offset}`;
    const cached = this.byOffset.get(cacheKey);
    if (cached) return cached;
    if (depth > 64) return undefined;
    // A pack can be hundreds of MiB: read each object's bytes at its offset rather than the whole file.
    const data = this.bytes(pack, offset, HEADER_BYTES);
    let pos = 0;
    let c = data[pos++]!;
    const type = (c >> 4) & 7;
    let size = c & 15;
    let shift = 4;
    while (c & 0x80) {
      c = data[pos++]!;
      size += (c & 0x7f) * 2 ** shift;
      shift += 7;
    }
    let result: { type: number; bytes: Buffer } | undefined;
    if (type === OFS_DELTA || type === REF_DELTA) {
      let base: { type: number; bytes: Buffer } | undefined;
      if (type === OFS_DELTA) {
        c = data[pos++]!;
        let back = c & 0x7f;
        while (c & 0x80) {
          c = data[pos++]!;
          back = (back + 1) * 128 + (c & 0x7f);
        }
        base = this.at(pack, offset - back, depth + 1);
      } else {
        const baseKey = data.subarray(pos, pos + 20);
        pos += 20;
        const baseOffset = this.find(pack, baseKey);
        base = baseOffset === undefined ? undefined : this.at(pack, baseOffset, depth + 1);
      }
      if (!base) return undefined;
      result = {
        type: base.type,
        bytes: applyDelta(base.bytes, inflateSync(this.body(pack, offset + pos, size))),
      };
    } else {
      const bytes = inflateSync(this.body(pack, offset + pos, size));
      if (bytes.length !== size) return undefined;
      result = { type, bytes };
    }
    this.byOffset.set(cacheKey, result);
    return result;
  }

  /**
   * The compressed bytes of an object whose data starts at `at` and inflates to `size` bytes. Deflate
   * never grows data by more than a few bytes per 16 KiB block, so this bound always holds the stream;
   * zlib stops at the stream's end and ignores what follows.
   */
  private body(pack: Pack, at: number, size: number): Buffer {
    return this.bytes(pack, at, size + Math.ceil(size / 1024) + 64);
  }

  /**
   * Up to `length` bytes of a pack from `at` (fewer at its end). Packs are read in windows of 4 MiB,
   * a few kept at a time: replay reads objects close to each other, and one read per object would
   * cost a system call each, while reading the whole pack would hold all of it in memory.
   */
  private bytes(pack: Pack, at: number, length: number): Buffer {
    pack.fd ??= openSync(pack.packFile, "r");
    const start = at - (at % WINDOW);
    if (at + length > start + WINDOW) {
      const direct = Buffer.allocUnsafe(length);
      return direct.subarray(0, readSync(pack.fd, direct, 0, length, at));
    }
    const key = `${pack.packFile}:${start}`;
    let win = this.windows.get(key);
    if (!win) {
      const buf = Buffer.allocUnsafe(WINDOW);
      win = buf.subarray(0, readSync(pack.fd, buf, 0, WINDOW, start));
      this.windows.set(key, win);
    }
    return win.subarray(at - start, Math.min(at - start + length, win.length));
  }

  /** Closes the pack files. */
  close(): void {
    for (const pack of this.packs ?? []) {
      if (pack.fd !== undefined) closeSync(pack.fd);
      pack.fd = undefined;
    }
    this.packs = undefined;
  }

  private loose(oid: string): PackedObject | undefined {
    let raw: Buffer;
    try {
      raw = inflateSync(readFileSync(path.join(this.gitdir, "objects", oid.slice(0, 2), oid.slice(2))));
    } catch {
      return undefined;
    }
    const nul = raw.indexOf(0);
    const [type, size] = raw.toString("latin1", 0, nul).split(" ");
    const bytes = raw.subarray(nul + 1);
    if (!type || !TYPES.includes(type) || Number(size) !== bytes.length) return undefined;
    return { oid, type, bytes };
  }
}

function varint(d: Buffer, at: { i: number }): number {
  let n = 0;
  let shift = 0;
  let c: number;
  do {
    c = d[at.i++]!;
    n += (c & 0x7f) * 2 ** shift;
    shift += 7;
  } while (c & 0x80);
  return n;
}

/** Git's delta format: the base and target sizes, then copy-from-base and insert instructions. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  const at = { i: 0 };
  if (varint(delta, at) !== base.length) throw new Error("delta base size mismatch");
  const out = Buffer.allocUnsafe(varint(delta, at));
  let o = 0;
  while (at.i < delta.length) {
    const op = delta[at.i++]!;
    if (op & 0x80) {
      let off = 0;
      let len = 0;
      for (let b = 0; b < 4; b++) if (op & (1 << b)) off += delta[at.i++]! * 2 ** (8 * b);
      for (let b = 0; b < 3; b++) if (op & (0x10 << b)) len += delta[at.i++]! * 2 ** (8 * b);
      if (len === 0) len = 0x10000;
      if (off + len > base.length) throw new Error("delta copies beyond its base");
      o += base.copy(out, o, off, off + len);
    } else if (op) {
      if (at.i + op > delta.length) throw new Error("delta insert runs past its end");
      o += delta.copy(out, o, at.i, at.i + op);
      at.i += op;
    } else throw new Error("delta has a reserved instruction");
  }
  if (o !== out.length) throw new Error("delta result size mismatch");
  return out;
}
