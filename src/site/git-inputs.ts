import Handlebars from "handlebars";
import { DateTime } from "luxon";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { GitError, UsageError } from "../errors.js";
import type { GitBackend, TreeEntry } from "../git/types.js";
import { diag } from "../records/read.js";
import { parseLedgerEntry } from "./ledger.js";
import { templateProblem } from "./render.js";
import type { LedgerEntry } from "./types.js";

/** Where organizations keep their own templates, unless told otherwise. */
export const DEFAULT_TEMPLATE_FOLDER = ".sms/templates";

/** Largest template read from a repository. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when --at names a date or date-time rather than a revision. */
export function isDateLike(at: string): boolean {
  return DATE_RE.test(at);
}

/**
 * The last commit on the first-parent chain of `head` whose committer time is on or before `at`
 * (a whole day means its end, in `zone`). Committer time is when the commit reached the branch.
 */
export async function commitAtDate(git: GitBackend, head: string, at: string, zone: string): Promise<string> {
  const whole = /^\d{4}-\d{2}-\d{2}$/.test(at);
  const dt = DateTime.fromISO(at.replace(" ", "T"), { zone });
  if (!dt.isValid)
    throw new UsageError(`--at ${at} is not a valid date; use YYYY-MM-DD or an ISO 8601 date-time`);
  const cutoff = Math.floor((whole ? dt.endOf("day") : dt).toMillis() / 1000);
  const seen = new Set<string>();
  let oid: string | undefined = await git.resolveCommit(head);
  while (oid && !seen.has(oid)) {
    seen.add(oid);
    const info = await git.readCommit(oid);
    if (info.committer.timestamp <= cutoff) return oid;
    oid = info.parents[0];
  }
  throw new UsageError(`no commit of ${head} is on or before ${at}; pick a later date`);
}

async function tryResolve(
  git: GitBackend,
  refs: readonly string[],
): Promise<{ ref: string; oid: string } | undefined> {
  for (const ref of refs) {
    try {
      return { ref, oid: await git.resolveCommit(ref) };
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
  return undefined;
}

async function treeAt(git: GitBackend, commit: string, folder: string): Promise<TreeEntry[] | undefined> {
  let tree = (await git.readCommit(commit)).tree;
  for (const part of folder.split("/").filter(Boolean)) {
    const e = (await git.readTree(tree)).find((x) => x.name === part && x.type === "tree");
    if (!e) return undefined;
    tree = e.oid;
  }
  return git.readTree(tree);
}

/** Refs tried, in order, for the default branch when none is given. */
export const DEFAULT_BRANCH_REFS = ["refs/remotes/origin/HEAD", "refs/heads/main", "refs/heads/master"];

/** The organization's template overrides and what was refused. */
export interface TemplateOverrides {
  templates: Record<string, string>;
  /** The ref the templates were read from; undefined when no trusted ref exists. */
  ref?: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads `<folder>/<name>.hbs` from the git objects of the default branch, never from the working
 * tree: a pull request's checkout cannot change how the evidence is presented. Only names of
 * built-in templates are taken; a template that prints unescaped or does not compile is refused.
 */
export async function readTemplateOverrides(
  git: GitBackend,
  opts: { folder?: string; trustedRef?: string; known: readonly string[] },
): Promise<TemplateOverrides> {
  const folder = opts.folder ?? DEFAULT_TEMPLATE_FOLDER;
  if (folder.split("/").some((p) => p === ".." || p === "") || folder.startsWith("/"))
    throw new UsageError(
      `--templates ${folder} must be a folder path inside the repository, like .sms/templates`,
    );
  const refs = opts.trustedRef ? [opts.trustedRef] : DEFAULT_BRANCH_REFS;
  const hit = await tryResolve(git, refs);
  if (!hit) {
    if (opts.trustedRef) throw new UsageError(`--trusted-ref ${opts.trustedRef} does not name a commit`);
    return { templates: {}, diagnostics: [] };
  }
  const entries = await treeAt(git, hit.oid, folder);
  const templates: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  for (const e of entries ?? []) {
    if (e.type !== "blob" || !e.name.endsWith(".hbs")) continue;
    const name = e.name.slice(0, -4);
    const file = `${folder}/${e.name}`;
    const refuse = (why: string) =>
      diagnostics.push(
        diag(
          file,
          1,
          1,
          "site-template-refused",
          `${file} (on ${hit.ref}) ${why}; the built-in template is used`,
        ),
      );
    if (!opts.known.includes(name)) {
      refuse(`is not the name of a site template (known: ${opts.known.join(", ")})`);
      continue;
    }
    if (e.mode === "120000") {
      refuse("is a symbolic link; commit the template itself");
      continue;
    }
    const bytes = await git.readBlob(e.oid);
    if (bytes.length > MAX_TEMPLATE_BYTES) {
      refuse(`is larger than ${MAX_TEMPLATE_BYTES / 1024} KiB`);
      continue;
    }
    const source = new TextDecoder().decode(bytes);
    const problem = templateProblem(source);
    if (problem) {
      refuse(problem);
      continue;
    }
    try {
      Handlebars.precompile(source, { knownHelpers: { html: true }, knownHelpersOnly: true });
    } catch (error) {
      refuse(`does not compile: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    templates[name] = source;
  }
  return { templates, ref: hit.ref, diagnostics };
}

/** The approval ledger from the evidence branch; undefined when the branch does not exist yet. */
export async function readLedgerEntries(git: GitBackend, branch: string): Promise<LedgerEntry[] | undefined> {
  const tip = await tryResolve(git, [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]);
  if (!tip) return undefined;
  const entries = (await treeAt(git, tip.oid, "approvals")) ?? [];
  const files = entries.filter((e) => e.type === "blob" && e.name.endsWith(".json"));
  const blobs = await git.readBlobs(files.map((f) => f.oid));
  const out: LedgerEntry[] = [];
  for (const f of files) {
    try {
      const parsed = parseLedgerEntry(
        `approvals/${f.name}`,
        JSON.parse(new TextDecoder().decode(blobs.get(f.oid))),
      );
      if (parsed) out.push(parsed);
    } catch {
      // An unreadable entry is `sms verify`'s finding; the site shows the entries it can read.
    }
  }
  return out.sort((a, b) => a.pr - b.pr || (a.file < b.file ? -1 : 1));
}
