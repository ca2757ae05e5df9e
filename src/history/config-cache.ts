import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { GitBackend } from "../git/types.js";
import { cacheDir } from "../loader/cache-dir.js";

const FORMAT = 1;
// Not imported from config/parse.js: that module brings the schema validators (a megabyte of code),
// which a run that finds the configuration in this cache never needs.
const CONFIG_FILE = "sms.config.yml";

/** sms.config.yml as committed: its text (when there were findings), the parsed configuration, the findings. */
export interface CommittedConfig {
  text: string | undefined;
  config: SmsConfig;
  diagnostics: Diagnostic[];
}

/**
 * The configuration as committed at `head`. Parsing and checking it against its schema costs more
 * than the rest of a run that finds nothing new, so the result is kept by blob id in
 * `.sms/cache/config.json`.
 */
export async function committedConfig(
  git: GitBackend,
  head: string,
  useCache = true,
): Promise<CommittedConfig> {
  const root = await git.readTree((await git.readCommit(head)).tree);
  const entry = root.find((e) => e.name === CONFIG_FILE && e.type === "blob" && e.mode !== "120000");
  const file = path.join(cacheDir(git.dir), "config.json");
  const key = entry?.oid ?? "";
  if (useCache) {
    try {
      const c = JSON.parse(await readFile(file, "utf8")) as {
        format?: number;
        oid?: string;
      } & Partial<CommittedConfig>;
      if (c.format === FORMAT && c.oid === key && c.config && Array.isArray(c.diagnostics)) {
        const text =
          c.diagnostics.length > 0 && entry
            ? new TextDecoder().decode(await git.readBlob(entry.oid))
            : undefined;
        return { text, config: c.config, diagnostics: c.diagnostics };
      }
    } catch {
      // No cache yet, or a damaged one: parse.
    }
  }
  const text = entry ? new TextDecoder().decode(await git.readBlob(entry.oid)) : undefined;
  const { parseConfig } = await import("../config/parse.js");
  const parsed = parseConfig(text);
  if (useCache) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(tmp, JSON.stringify({ format: FORMAT, oid: key, ...parsed }));
      await rename(tmp, file);
    } catch {
      await rm(tmp, { force: true }).catch(() => undefined);
    }
  }
  return { text, ...parsed };
}
