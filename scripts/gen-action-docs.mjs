// Writes docs/reference/action-inputs.md from action.yml. `--check` exits 1 when the page is stale.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.join(root, "docs/reference/action-inputs.md");

/** Renders the reference page for an action.yml text. */
export function renderActionDocs(text) {
  const action = parse(text);
  const cell = (s) =>
    String(s ?? "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/\|/g, "\\|");
  const lines = [
    "<!-- Generated from action.yml by scripts/gen-action-docs.mjs; do not edit by hand. -->",
    "# Action inputs and outputs",
    "",
    cell(action.description),
    "",
    `Runs on \`${action.runs.using}\` from \`${action.runs.main}\`. Worked examples: [The GitHub Action](../action.md).`,
    "",
    "## Inputs",
    "",
    "| Input | Required | Default | Description |",
    "|---|---|---|---|",
  ];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const def = input.default === undefined ? "" : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${input.required ? "yes" : "no"} | ${def} | ${cell(input.description)} |`);
  }
  lines.push("", "## Outputs", "", "| Output | Description |", "|---|---|");
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  lines.push(
    "",
    "## Usage",
    "",
    "```yaml",
    "- uses: sms-as-code/sms-as-code@v1",
    "  with:",
    ...Object.entries(action.inputs ?? {}).map(
      ([name, input]) =>
        `    # ${name}:${input.default === undefined ? " (required)" : ` ${String(input.default)}`}`,
    ),
    "```",
    "",
  );
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderActionDocs(await readFile(path.join(root, "action.yml"), "utf8"));
  if (process.argv.includes("--check")) {
    if ((await readFile(target, "utf8").catch(() => "")) !== text) {
      console.error("docs/reference/action-inputs.md is stale: run node scripts/gen-action-docs.mjs");
      process.exit(1);
    }
  } else {
    await writeFile(target, text);
    console.log("wrote docs/reference/action-inputs.md");
  }
}
