import { lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import { MANIFEST_FILE } from "./manifest.js";
import { isSafeSitePath } from "./paths.js";

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/**
 * Writes the site into `out`, replacing a site built there before. The files go to a sibling
 * folder first and are swapped in at the end, so a failed build never leaves half a site. A folder
 * that holds anything but an earlier site is refused rather than emptied.
 */
export async function writeSite(
  out: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  repo: string,
): Promise<void> {
  const target = path.resolve(out);
  const repoRoot = path.resolve(repo);
  if (target === repoRoot || inside(target, repoRoot) || target === path.parse(target).root)
    throw new UsageError(
      `--out ${out} would replace the repository itself; choose a folder for the site alone`,
    );
  const st = await lstat(target).catch(() => undefined);
  if (st) {
    if (!st.isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes(MANIFEST_FILE))
      throw new UsageError(
        `--out ${out} is not empty and holds no site built by sms (no ${MANIFEST_FILE}); choose an empty folder`,
      );
  }
  const tmp = `${target}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    for (const [rel, content] of files) {
      const abs = path.resolve(tmp, rel);
      // Paths come from sanitized names; check again where it matters, at the file system.
      if (!isSafeSitePath(rel) || !inside(tmp, abs))
        throw new Error(`refusing to write ${JSON.stringify(rel)} outside the site`);
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, content);
    }
    if (st) await rm(target, { recursive: true, force: true });
    else await mkdir(path.dirname(target), { recursive: true });
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}
