import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildManifest, hashFiles, MANIFEST_FILE, verifySiteManifest } from "../../src/site/manifest.js";
import { writeSite } from "../../src/site/write.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function site(files: Record<string, string>): Promise<string> {
  const base = await mkdtemp(path.join(os.tmpdir(), "sms-site-"));
  dirs.push(base);
  const out = path.join(base, "site");
  const map = new Map(Object.entries(files));
  const manifest = buildManifest(
    hashFiles(map),
    { commit: "d".repeat(40), date: "2026-11-01T00:00:00Z" },
    "2026-11-02T00:00:00Z",
    "test",
  );
  map.set(MANIFEST_FILE, JSON.stringify(manifest));
  await writeSite(out, map, path.join(base, "repo"));
  return out;
}

describe("site manifest", () => {
  it("lists every file with its sha256 and passes verification untouched", async () => {
    const dir = await site({ "index.html": "<p>hi</p>", "records/A.html": "a" });
    const check = await verifySiteManifest(dir);
    expect(check).toMatchObject({ ok: true, checked: 2, diagnostics: [] });
    expect(check.manifest?.source_commit).toBe("d".repeat(40));
    expect(check.manifest?.files["index.html"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports a changed, a missing and an extra file, each with a stable code", async () => {
    const dir = await site({ "index.html": "<p>hi</p>", "records/A.html": "a", "records/B.html": "b" });
    await writeFile(path.join(dir, "index.html"), "<p>tampered</p>");
    await rm(path.join(dir, "records/A.html"));
    await writeFile(path.join(dir, "records/C.html"), "c");
    const check = await verifySiteManifest(dir);
    expect(check.ok).toBe(false);
    expect(check.diagnostics.map((d) => `${d.code} ${d.file}`).sort()).toEqual([
      "site-file-missing records/A.html",
      "site-file-modified index.html",
      "site-file-unlisted records/C.html",
    ]);
    for (const d of check.diagnostics) expect(d).toMatchObject({ line: 1, column: 1, severity: "error" });
  });

  it("never reads outside the site when the manifest names ../ paths", async () => {
    const dir = await site({ "index.html": "x" });
    await writeFile(
      path.join(dir, MANIFEST_FILE),
      JSON.stringify({
        format: 1,
        source_commit: "x",
        files: { "../../etc/passwd": "0".repeat(64), "index.html": "0" },
      }),
    );
    const check = await verifySiteManifest(dir);
    expect(check.diagnostics.map((d) => d.code)).toEqual(["site-manifest-invalid", "site-file-modified"]);
  });

  it("treats a symbolic link in the site as a problem, never following it", async () => {
    const dir = await site({ "index.html": "x" });
    await symlink("/etc/hostname", path.join(dir, "link.html"));
    const check = await verifySiteManifest(dir);
    expect(check.diagnostics.map((d) => d.code)).toEqual(["site-file-unlisted"]);
  });

  it("reports a missing or malformed manifest", async () => {
    const dir = await site({ "index.html": "x" });
    await writeFile(path.join(dir, MANIFEST_FILE), "not json");
    expect((await verifySiteManifest(dir)).diagnostics[0]?.code).toBe("site-manifest-invalid");
    await rm(path.join(dir, MANIFEST_FILE));
    expect((await verifySiteManifest(dir)).diagnostics[0]?.code).toBe("site-manifest-missing");
  });

  it("refuses to replace a folder that is not a site", async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), "sms-site-"));
    dirs.push(base);
    await writeFile(path.join(base, "precious.txt"), "keep me");
    await expect(
      writeSite(base, new Map([["index.html", "x"]]), path.join(base, "..", "repo")),
    ).rejects.toThrow(/not empty/);
  });
});
