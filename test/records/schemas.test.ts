import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReference } from "../../src/docs/reference.js";
import { loadWorktree } from "../../src/loader/worktree.js";
import { parseYaml } from "../../src/records/frontmatter.js";
import { KINDS } from "../../src/records/kinds.js";
import { validateConfigSchema, validateKind } from "../../src/validate/schemas.js";

const root = path.resolve(import.meta.dirname, "../..");

describe("schemas", () => {
  it("has one schema per kind and every schema compiles", async () => {
    const files = (await readdir(path.join(root, "schemas/kinds"))).sort();
    expect(files).toEqual([...KINDS].sort().map((k) => `${k}.schema.json`));
    for (const kind of KINDS) expect(Array.isArray(validateKind(kind, {}))).toBe(true);
  });

  it("accepts every record of the starter template and its configuration", async () => {
    const repo = await loadWorktree(path.join(root, "sms-template"));
    expect(repo.records.length).toBeGreaterThan(40);
    expect(repo.diagnostics).toEqual([]);
    const kinds = new Set<string>();
    for (const record of repo.records) {
      kinds.add(String(record.data.kind));
      expect({
        path: record.path,
        errors: validateKind(record.data.kind as (typeof KINDS)[number], record.data),
      }).toEqual({
        path: record.path,
        errors: [],
      });
    }
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    const config = parseYaml(await readFile(path.join(root, "sms-template/sms.config.yml"), "utf8"));
    expect(validateConfigSchema(config.data)).toEqual([]);
  });

  it("rejects unknown fields on every kind but keeps x- extensions", () => {
    for (const kind of KINDS) {
      const errors = validateKind(kind, {
        id: "X-1",
        kind,
        title: "t",
        owner: "o",
        colour: "red",
        "x-colour": "red",
      });
      const unknown = errors
        .filter((e) => e.keyword === "additionalProperties")
        .map((e) => e.params.additionalProperty);
      expect({ kind, unknown }).toEqual({ kind, unknown: ["colour"] });
    }
  });

  it("keeps the generated TypeScript types in step with the schemas", async () => {
    // @ts-expect-error: plain ESM script without types
    const { renderTypes } = (await import("../../scripts/gen-types.mjs")) as {
      renderTypes: () => Promise<string>;
    };
    const committed = await readFile(path.join(root, "src/records/types.generated.ts"), "utf8");
    expect(
      committed === (await renderTypes()),
      "src/records/types.generated.ts is stale: run npm run gen",
    ).toBe(true);
  });

  it("keeps the precompiled validators in step with the schemas", async () => {
    // @ts-expect-error: plain ESM script without types
    const { renderValidators } = (await import("../../scripts/gen-validators.mjs")) as {
      renderValidators: () => Promise<{ js: string; dts: string }>;
    };
    const { js } = await renderValidators();
    const committed = await readFile(path.join(root, "src/validate/validators.generated.js"), "utf8");
    expect(committed === js, "src/validate/validators.generated.js is stale: run npm run gen").toBe(true);
  });

  it("keeps docs/reference in step with the schemas", async () => {
    for (const [name, text] of Object.entries(renderReference())) {
      const committed = await readFile(path.join(root, "docs/reference", name), "utf8").catch(() => "");
      expect(committed === text, `docs/reference/${name} is stale: run npm run gen`).toBe(true);
    }
  });
});
