// The floor for `sms validate`: read every record file and YAML-parse its frontmatter in one
// process, nothing else. Started like the CLI (a fresh node), so both pay the same startup.
// Usage: node bench/floor-validate.mjs REPO LIST (LIST: one record path a line, relative to REPO)
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";

const [dir, list] = process.argv.slice(2);
const files = (await readFile(list, "utf8")).split("\n").filter(Boolean);
let parsed = 0;
for (const rel of files) {
  const text = await readFile(path.join(dir, rel), "utf8");
  const end = text.indexOf("\n---", 3);
  if (text.startsWith("---") && end > 0 && parse(text.slice(4, end))) parsed++;
}
if (parsed < files.length * 0.9)
  throw new Error(`only ${parsed} of ${files.length} records have frontmatter`);
