/**
 * What history needs from each version of a record, read line by line: `id`, `kind`, `status` and
 * the timeline's stamps. Replay reads tens of thousands of versions; only each record's latest one
 * needs its whole frontmatter parsed. Anything written in an unusual way makes this give up, and the
 * caller falls back to parsing the whole frontmatter.
 */

/** The fields of one version that history keeps. */
export interface VersionDigest {
  id?: string;
  kind?: string;
  status: string | null;
  /** Timeline entries as written: stamp and status. */
  entries: { at: string; status: string }[];
}

const TOP = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const SAFE = /^[A-Za-z0-9][A-Za-z0-9._+:-]*$/;
const SPECIAL = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
const NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0[ox]/;
const ENTRY = /^- \{ *at: *([^,{}[\]#"']+?) *, *status: *([A-Za-z0-9._-]+) *(?:,[^{}[\]#]*)?\}$/;

class GiveUp extends Error {}

function giveUp(): never {
  throw new GiveUp();
}

function withoutComment(text: string): string {
  const hash = text.search(/(?:^| )#/);
  return (hash < 0 ? text : text.slice(0, hash)).trimEnd();
}

/** A scalar the way the core schema reads a plain or simply quoted word; gives up on anything else. */
function word(raw: string): string {
  let v = withoutComment(raw);
  const q = v[0];
  if (q === '"' || q === "'") {
    if (v.length < 2 || v[v.length - 1] !== q || v.slice(1, -1).includes(q) || v.includes("\\")) giveUp();
    v = v.slice(1, -1);
  } else if (SPECIAL.has(v) || v === "~" || NUMBER.test(v)) giveUp();
  if (!SAFE.test(v)) giveUp();
  return v;
}

/** The digest of a frontmatter block's YAML, or undefined when it is not written plainly enough. */
export function digestYaml(yaml: string): VersionDigest | undefined {
  try {
    const out: VersionDigest = { status: null, entries: [] };
    const seen = new Set<string>();
    let inTimeline = false;
    let scalar = false;
    for (const line of yaml.split("\n")) {
      if (line.includes("\r") || line.includes("\t")) giveUp();
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith(" ") || (inTimeline && line.startsWith("- "))) {
        // An id or status that runs on to the next line is a multi-line scalar: leave it to the parser.
        if (scalar && line.trim() !== "" && !line.trim().startsWith("#")) giveUp();
        if (!inTimeline) continue;
        const text = withoutComment(line.trimStart());
        if (text === "") continue;
        const m = ENTRY.exec(text);
        if (!m) giveUp();
        const at = m[1]!;
        const st = m[2]!;
        if (NUMBER.test(at) || SPECIAL.has(at) || at.includes(": ") || NUMBER.test(st) || SPECIAL.has(st))
          giveUp();
        out.entries.push({ at, status: st });
        continue;
      }
      inTimeline = false;
      scalar = false;
      if (line.startsWith("---") || line.startsWith("...") || line.startsWith("%")) giveUp();
      const m = TOP.exec(line);
      if (!m) giveUp();
      const key = m[1]!;
      const rest = withoutComment(m[2] ?? "");
      // A collection or quoted text that continues on the next lines would hide what follows.
      if (/^[[{]/.test(rest) && !/[\]}]$/.test(rest)) giveUp();
      if (/^["']/.test(rest) && (rest.length < 2 || rest[rest.length - 1] !== rest[0])) giveUp();
      if (key !== "id" && key !== "kind" && key !== "status" && key !== "timeline") continue;
      if (seen.has(key)) giveUp();
      seen.add(key);
      if (key === "timeline") {
        if (rest === "") inTimeline = true;
        else if (rest !== "[]") giveUp();
      } else if (rest === "") {
        // An empty value is null; a nested block under id or status is unusual enough to leave alone.
        if (key === "status") continue;
        giveUp();
      } else {
        if (key === "status") out.status = word(rest);
        else out[key] = word(rest);
        scalar = true;
      }
    }
    return out;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
