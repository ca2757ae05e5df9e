import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyDelta, PackReader } from "../../src/git/packs.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

/** Every object of a repository, with type and bytes as git itself prints them (one cat-file run). */
function allObjects(repo: TempRepo): { oid: string; type: string; bytes: Buffer }[] {
  const out = execFileSync("git", ["cat-file", "--batch-all-objects", "--batch"], {
    cwd: repo.dir,
    maxBuffer: 1 << 28,
  });
  const objects: { oid: string; type: string; bytes: Buffer }[] = [];
  let i = 0;
  while (i < out.length) {
    const nl = out.indexOf(10, i);
    const [oid, type, size] = out.toString("latin1", i, nl).split(" ") as [string, string, string];
    const start = nl + 1;
    objects.push({ oid, type, bytes: out.subarray(start, start + Number(size)) });
    i = start + Number(size) + 1;
  }
  return objects;
}

let base: TempRepo;
beforeAll(() => {
  // Many similar versions of the same files, so that repacking stores most of them as deltas.
  base = makeTempRepo("sms-packs-");
  for (let c = 0; c < 30; c++) {
    for (let f = 0; f < 6; f++) {
      const lines = Array.from(
        { length: 40 + c },
        (_, i) => `line ${i} of file ${f}${i === c ? " (changed)" : ""}`,
      );
      base.write(`incidents/2026/0${1 + (f % 3)}/INC-${f}.md`, `${lines.join("\n")}\n`);
    }
    base.write("big.bin", Buffer.alloc(70_000 + c, c));
    base.commit(`c${c}`, { date: `2026-01-01T00:${String(c).padStart(2, "0")}:00Z` });
  }
});
afterAll(() => cleanupRepos());

describe("reading objects straight from .git/objects", () => {
  it.each([
    ["loose objects", (r: TempRepo) => r],
    ["one pack with offset deltas", (r: TempRepo) => r.gc()],
    [
      "a pack with reference deltas",
      (r: TempRepo) => {
        r.git("-c", "repack.useDeltaBaseOffset=false", "repack", "-a", "-d", "-f", "-q");
        return r;
      },
    ],
    [
      "several packs and loose objects",
      (r: TempRepo) => {
        r.git("repack", "-q");
        r.write("late.md", "after the pack\n").commit("late", { date: "2026-02-01T00:00:00Z" });
        r.git("repack", "-q");
        r.write("later.md", "loose again\n").commit("later", { date: "2026-02-02T00:00:00Z" });
        return r;
      },
    ],
  ])("gives every object of %s exactly as git does", (_name, prepare) => {
    const repo = prepare(base.copy());
    const reader = new PackReader(path.join(repo.dir, ".git"));
    const objects = allObjects(repo);
    expect(objects.length).toBeGreaterThan(200);
    for (const o of objects) {
      const got = reader.read(o.oid);
      expect(got, o.oid).toBeDefined();
      expect(got!.type).toBe(o.type);
      expect(Buffer.from(got!.bytes).equals(o.bytes), `${o.type} ${o.oid}`).toBe(true);
    }
    expect(reader.read("0".repeat(40))).toBeUndefined();
    expect(reader.read("abc")).toBeUndefined();
  });

  it("reads objects that straddle the 4 MiB windows a large pack is read in", () => {
    const repo = makeTempRepo("sms-packs-large-");
    // Random bytes do not compress: twelve 700 KiB blobs make an 8 MiB pack, so some objects
    // cross a window boundary and one is read past the last window.
    let seed = 1;
    const noise = (n: number) =>
      Buffer.from(Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16));
    for (let i = 0; i < 12; i++) repo.write(`blob-${i}.bin`, noise(700 * 1024 + i * 997));
    repo.commit("large", { date: "2026-01-01T00:00:00Z" });
    repo.gc();
    const reader = new PackReader(path.join(repo.dir, ".git"));
    for (const o of allObjects(repo)) {
      const got = reader.read(o.oid);
      expect(got?.type).toBe(o.type);
      expect(Buffer.from(got!.bytes).equals(o.bytes), `${o.type} ${o.oid}`).toBe(true);
    }
    reader.close();
  });

  it("refuses a delta that does not fit its base", () => {
    const baseBytes = Buffer.from("hello world");
    // Base size 11, result size 5: copy 5 bytes from offset 6.
    expect(applyDelta(baseBytes, Buffer.from([11, 5, 0x91, 6, 5])).toString()).toBe("world");
    expect(() => applyDelta(baseBytes, Buffer.from([10, 5, 0x91, 6, 5]))).toThrow(/base size/);
    expect(() => applyDelta(baseBytes, Buffer.from([11, 5, 0x91, 9, 5]))).toThrow(/beyond/);
    expect(() => applyDelta(baseBytes, Buffer.from([11, 5, 0]))).toThrow(/reserved/);
    expect(() => applyDelta(baseBytes, Buffer.from([11, 6, 0x91, 6, 5]))).toThrow(/size mismatch/);
  });
});
