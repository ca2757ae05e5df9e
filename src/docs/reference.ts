import { CODES } from "../diagnostics/codes.js";
import { CONTROLLED_KINDS, KIND_CLAUSES, KINDS, type Kind, STATUSES } from "../records/kinds.js";
import { type JsonSchema, KIND_SCHEMAS, resolveRef } from "../validate/schemas.js";
import { requiredSections } from "../validate/sections.js";

/** The generated reference pages: file name (under docs/reference/) -> Markdown. Pure. */
export function renderReference(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const kind of KINDS) pages[`${kind}.md`] = renderKind(kind);
  pages["README.md"] = renderIndex();
  pages["diagnostics.md"] = renderDiagnostics();
  return pages;
}

const HEADER = "<!-- Generated from schemas/ by `npm run gen`. Do not edit by hand. -->\n\n";

function renderIndex(): string {
  const rows = KINDS.map(
    (k) =>
      `| [${k}](${k}.md) | ${KIND_CLAUSES[k].join(", ")} | ${String(KIND_SCHEMAS[k].description ?? "")} |`,
  );
  return `${HEADER}# Record kinds\n\nEvery record is a Markdown file with YAML frontmatter. The \`kind\` field decides what it is.\n\n| kind | clause (2018) | what it is |\n|---|---|---|\n${rows.join("\n")}\n\nSee also [diagnostics](diagnostics.md) for every code \`sms validate\` reports.\n`;
}

function renderKind(kind: Kind): string {
  const schema = KIND_SCHEMAS[kind];
  const required = new Set((schema.required as string[]) ?? []);
  const props = (schema.properties as Record<string, JsonSchema>) ?? {};
  const rows = Object.entries(props).map(([name, sub]) => {
    const refs = refKinds(sub);
    const desc = [String(sub.description ?? (refs ? "" : (deref(sub).description ?? "")))];
    if (refs) desc.push(`References: ${refs.join(", ")}.`);
    return `| \`${name}\` | ${typeOf(sub)} | ${required.has(name) ? "yes" : ""} | ${desc.filter(Boolean).join(" ").replace(/\|/g, "\\|")} |`;
  });
  const parts = [
    `${HEADER}# ${String(schema.title)} (\`${kind}\`)\n`,
    `${String(schema.description ?? "")}\n`,
    `Clause (2018): ${KIND_CLAUSES[kind].join(", ")}. Schema: [\`schemas/kinds/${kind}.schema.json\`](../../schemas/kinds/${kind}.schema.json).\n`,
    "## Fields\n",
    "| field | type | required | description |",
    "|---|---|---|---|",
    ...rows,
    "",
    "Fields starting with `x-` are extensions: kept, shown, and otherwise ignored. Any other field is an error.\n",
  ];
  const alternatives = (schema.anyOf as JsonSchema[] | undefined)?.map((a) =>
    (a.required as string[]).map((f) => `\`${f}\``).join(" and "),
  );
  if (alternatives) parts.push(`Also required: ${alternatives.join(", or ")}.\n`);
  if (CONTROLLED_KINDS.includes(kind)) {
    parts.push(
      "## Document control\n",
      "This kind is always a controlled document: `version`, `status` (draft, approved, retired), `review_every` and `next_review` are required; an approved document must name `approved_by`. A past `next_review` is a warning (an error with `--strict`).\n",
    );
  }
  const statuses = STATUSES[kind];
  if (statuses) parts.push("## Statuses\n", `In order: ${statuses.map((s) => `\`${s}\``).join(", ")}.\n`);
  const sections = sectionRules(kind);
  if (sections) parts.push("## Required sections\n", `${sections}\n`);
  return parts.join("\n");
}

function sectionRules(kind: Kind): string | undefined {
  const base = requiredSections({ id: "X-1", kind, title: "", owner: "" });
  switch (kind) {
    case "change":
      return `Always: ${base.map((s) => `"${s}"`).join(", ")}. Once \`implemented\`, \`reviewed\` or \`closed\`: also "Post-implementation review".`;
    case "incident":
      return 'A major incident (`major: true`) once resolved or closed: "Major incident review".';
    case "problem":
      return 'Once `resolved` or `closed`: "Root cause".';
    case "procedure":
      return `${base.map((s) => `"${s}"`).join(", ")}.`;
    default:
      return undefined;
  }
}

function deref(s: JsonSchema): JsonSchema {
  let out = s;
  for (let i = 0; i < 5 && typeof out.$ref === "string"; i++) {
    const { $ref, ...rest } = out;
    out = { ...(resolveRef($ref as string) ?? {}), ...rest };
  }
  return out;
}

function refKinds(s: JsonSchema): string[] | undefined {
  const r = deref(s);
  if (Array.isArray(r["x-ref"])) return r["x-ref"] as string[];
  const items = r.items as JsonSchema | undefined;
  if (items) return refKinds(items);
  return undefined;
}

function typeOf(s: JsonSchema): string {
  const r = deref(s);
  if (r.const !== undefined) return `\`${JSON.stringify(r.const)}\``;
  if (Array.isArray(r.enum)) return r.enum.map((v) => `\`${String(v)}\``).join(" \\| ");
  if (refKinds(r) && r.type !== "array") return "id";
  if (r.type === "array") {
    const items = r.items as JsonSchema | undefined;
    return `list of ${items ? typeOf(items) : "any"}`;
  }
  if (r.format) return String(r.format);
  if (Array.isArray(r.type)) return r.type.join(" \\| ");
  return String(r.type ?? "object");
}

function renderDiagnostics(): string {
  const rows = Object.entries(CODES).map(
    ([code, info]) => `| <a id="${code}"></a>\`${code}\` | ${info.severity} | ${info.summary} |`,
  );
  return `${HEADER}# Diagnostics\n\nEvery finding of \`sms validate\` has a stable code. \`--strict\` turns warnings into errors.\n\n| code | default severity | meaning |\n|---|---|---|\n${rows.join("\n")}\n`;
}
