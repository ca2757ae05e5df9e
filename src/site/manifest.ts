import { createHash } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { UsageError } from "../errors.js";
import { diag } from "../records/read.js";
import { isSafeSitePath } from "./paths.js";

/** Name of the manifest at the root of a built site. */
export const MANIFEST_FILE = "manifest.json";

/** The manifest: where the site came from, when it was built, and a checksum of every other file. */
export interface SiteManifest {
  format: 1;
  generator: string;
  source_commit: string;
  source_date: string;
  requested?: string;
  built_at: string;
  /** Site path -> sha256 (hex) of the file's bytes. */
  files: Record<string, string>;
}

/** sha256 of text or bytes, as hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** sha256 of each file of a rendered site, by path. */
export function hashFiles(files: ReadonlyMap<string, string | Uint8Array>): Map<string, string> {
  return new Map([...files].map(([p, content]) => [p, sha256(content)]));
}

/** The manifest of a rendered site from its files' hashes. Pure: the build time is passed in. */
export function buildManifest(
  hashes: ReadonlyMap<string, string>,
  source: { commit: string; date: string; requested?: string },
  builtAt: string,
  generator: string,
): SiteManifest {
  const entries: SiteManifest["files"] = {};
  for (const p of [...hashes.keys()].sort()) entries[p] = hashes.get(p) ?? "";
  return {
    format: 1,
    generator,
    source_commit: source.commit,
    source_date: source.date,
    ...(source.requested ? { requested: source.requested } : {}),
    built_at: builtAt,
    files: entries,
  };
}

/** Result of checking a site folder against its manifest. */
export interface ManifestCheck {
  ok: boolean;
  /** Files whose checksum matched. */
  checked: number;
  manifest?: SiteManifest;
  diagnostics: Diagnostic[];
}

async function listFiles(root: string, rel: string, out: string[]): Promise<void> {
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) await listFiles(root, child, out);
    else out.push(child);
  }
}

/**
 * Checks every file of a built site against its manifest: each listed file present with its sha256,
 * and nothing else in the folder. Paths in the manifest that would leave the folder are refused.
 */
export async function verifySiteManifest(dir: string): Promise<ManifestCheck> {
  const root = path.resolve(dir);
  const st = await lstat(root).catch(() => undefined);
  if (!st?.isDirectory())
    throw new UsageError(`${dir} is not a folder; pass --site with the folder 'sms site' wrote`);
  const diagnostics: Diagnostic[] = [];
  const fail = (file: string, code: Parameters<typeof diag>[3], message: string) =>
    diagnostics.push(diag(file, 1, 1, code, message));
  let text: string;
  try {
    text = await readFile(path.join(root, MANIFEST_FILE), "utf8");
  } catch {
    fail(
      MANIFEST_FILE,
      "site-manifest-missing",
      `${dir} has no ${MANIFEST_FILE}; rebuild the site with 'sms site'`,
    );
    return { ok: false, checked: 0, diagnostics };
  }
  let manifest: SiteManifest;
  try {
    manifest = JSON.parse(text) as SiteManifest;
    if (manifest.format !== 1 || !manifest.files || typeof manifest.files !== "object")
      throw new Error("shape");
  } catch {
    fail(
      MANIFEST_FILE,
      "site-manifest-invalid",
      `${MANIFEST_FILE} is not a site manifest (format 1); rebuild the site with 'sms site'`,
    );
    return { ok: false, checked: 0, diagnostics };
  }
  const present: string[] = [];
  await listFiles(root, "", present);
  const listed = new Set(Object.keys(manifest.files));
  let checked = 0;
  for (const [file, expected] of Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!isSafeSitePath(file) || file === MANIFEST_FILE) {
      fail(
        MANIFEST_FILE,
        "site-manifest-invalid",
        `the manifest lists ${JSON.stringify(file)}, which is not a plain path inside the site; rebuild the site`,
      );
      continue;
    }
    const abs = path.join(root, file);
    const fst = await lstat(abs).catch(() => undefined);
    if (!fst?.isFile()) {
      fail(
        file,
        "site-file-missing",
        `${file} is listed in the manifest but missing; restore it or rebuild the site`,
      );
      continue;
    }
    const actual = sha256(await readFile(abs));
    if (actual !== expected) {
      fail(
        file,
        "site-file-modified",
        `${file} changed after the build (sha256 ${actual.slice(0, 12)}…, manifest ${String(expected).slice(0, 12)}…); rebuild the site from commit ${manifest.source_commit}`,
      );
      continue;
    }
    checked++;
  }
  for (const file of present.sort()) {
    if (file !== MANIFEST_FILE && !listed.has(file))
      fail(file, "site-file-unlisted", `${file} is not in the manifest; remove it or rebuild the site`);
  }
  return { ok: diagnostics.length === 0, checked, manifest, diagnostics };
}
