// Derives TypeScript types from schemas/ (the single source of truth) into src/records/types.generated.ts.
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is stale.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "src/records/types.generated.ts");

/** Renders the generated types file as a string. */
export async function renderTypes() {
  const kindsDir = path.join(root, "schemas/kinds");
  const files = (await readdir(kindsDir)).filter((f) => f.endsWith(".schema.json")).sort();
  const parts = [
    "// Generated from schemas/ by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen`.\n",
  ];
  const names = [];
  const opts = {
    bannerComment: "",
    cwd: kindsDir,
    additionalProperties: false,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
    format: true,
  };
  for (const file of files) {
    const schema = JSON.parse(await readFile(path.join(kindsDir, file), "utf8"));
    const name = `${file.replace(".schema.json", "").replace(/(^|-)(\w)/g, (_, _d, c) => c.toUpperCase())}Record`;
    names.push(name);
    parts.push(await compile({ ...schema, title: name }, name, opts));
  }
  const config = JSON.parse(await readFile(path.join(root, "schemas/config.schema.json"), "utf8"));
  parts.push(
    await compile({ ...config, title: "SmsConfigFile" }, "SmsConfigFile", {
      ...opts,
      cwd: path.join(root, "schemas"),
    }),
  );
  parts.push(`/** Any record, by its kind. */\nexport type AnyRecord = ${names.join(" | ")};\n`);
  return dedupe(parts.join("\n")).replace(/\n{3,}/g, "\n\n");
}

/** Each kind's compile declares the shared definitions again; keep the first of each name. */
function dedupe(text) {
  const blocks = text.split(/\n(?=\/\*\*\n(?: \*.*\n)* \*\/\nexport |export )/);
  const seen = new Set();
  return blocks
    .filter((block) => {
      const name = /export (?:interface|type) (\w+)/.exec(block)?.[1];
      if (!name) return true;
      if (seen.has(name)) return false;
      seen.add(name);
      return true;
    })
    .join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderTypes();
  if (process.argv.includes("--check")) {
    const current = await readFile(out, "utf8").catch(() => "");
    if (current !== text) {
      console.error("src/records/types.generated.ts is stale: run npm run gen");
      process.exit(1);
    }
  } else {
    await writeFile(out, text);
    console.log(`wrote ${path.relative(root, out)}`);
  }
}
