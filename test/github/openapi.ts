import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvModule, { type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";

// CommonJS packages: the default export is the module object under NodeNext.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ??
  AjvModule) as typeof AjvModule.default;
type Ajv = InstanceType<typeof Ajv>;
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ??
  formatsModule) as typeof formatsModule.default;

/**
 * GitHub's own OpenAPI description (@octokit/openapi) as the contract of the fake server: every
 * response body it sends is validated against the operation's response schema, and its
 * objects are generated from the same schemas, so the fake cannot drift from the real API.
 */

type Schema = Record<string, unknown>;
interface Doc {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

const BASE = "https://api.github.test/openapi.json";
let doc: Doc | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** OpenAPI 3.0's `nullable` as JSON Schema, and local refs made absolute. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== "object") return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node as Schema)) {
    if (k === "$ref" && typeof v === "string" && v.startsWith("#/")) out[k] = `${BASE}${v}`;
    else if (k === "example" || k === "examples") continue;
    else out[k] = toJsonSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: "null" }] };
  }
  delete out.nullable;
  return out;
}

function load(): { doc: Doc; ajv: Ajv } {
  if (doc && ajv) return { doc, ajv };
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as Doc;
  doc = {
    paths: raw.paths,
    components: { schemas: toJsonSchema(raw.components.schemas) as Doc["components"]["schemas"] },
  };
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: BASE, components: { schemas: doc.components.schemas } });
  return { doc, ajv };
}

function templateRegex(template: string): RegExp {
  return new RegExp(
    `^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`,
  );
}

/** The OpenAPI path template an HTTP path belongs to, e.g. /repos/{owner}/{repo}/pulls/{pull_number}. */
export function operationPath(method: string, path: string): string | undefined {
  const { doc } = load();
  const m = method.toLowerCase();
  const candidates = Object.keys(doc.paths).filter((t) => doc.paths[t]![m] && templateRegex(t).test(path));
  // The most specific template: fewest parameters.
  return candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];
}

/** The JSON schema of one operation's response. */
export function responseSchema(method: string, template: string, status: number): Schema | undefined {
  const { doc } = load();
  const op = doc.paths[template]?.[method.toLowerCase()];
  const schema = op?.responses[String(status)]?.content?.["application/json"]?.schema;
  return schema ? (toJsonSchema(schema) as Schema) : undefined;
}

/** Validates a response body against GitHub's description; returns error strings (empty when valid). */
export function validateResponse(method: string, path: string, status: number, body: unknown): string[] {
  const template = operationPath(method, path);
  if (!template) return [`${method} ${path} is not an operation of the GitHub REST API`];
  if (status >= 400 || status === 204) return [];
  const key = `${method.toLowerCase()} ${template} ${status}`;
  let validate: ValidateFunction | undefined = compiled.get(key);
  if (!validate) {
    const schema = responseSchema(method, template, status);
    if (!schema) return [`${key} has no JSON response in the description`];
    validate = load().ajv.compile({ $id: `https://api.github.test/op/${compiled.size}`, ...schema });
    compiled.set(key, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${key}: ${e.instancePath || "/"} ${e.message}`);
}

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2026-01-01T00:00:00Z",
  date: "2026-01-01",
  uri: "https://github.test/x",
  "uri-template": "https://github.test/x{/y}",
  email: "someone@example.test",
  uuid: "00000000-0000-4000-8000-000000000000",
};

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith(`${BASE}#/components/schemas/`)) {
    const name = ref.slice(`${BASE}#/components/schemas/`.length);
    return resolve(load().doc.components.schemas[name]!);
  }
  return schema;
}

/** A minimal valid instance of a schema: required properties only, the first non-null alternative. */
export function sample(input: Schema, depth = 0): unknown {
  const schema = resolve(input);
  if (depth > 30) return null;
  if (schema.allOf) {
    const parts = (schema.allOf as Schema[]).map((s) => sample(s, depth + 1));
    return Object.assign({}, ...parts.filter((p) => p && typeof p === "object"));
  }
  const alt = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alt) {
    const pick = alt.find((s) => resolve(s).type !== "null") ?? alt[0]!;
    return sample(pick, depth + 1);
  }
  if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null) ?? null;
  if ("const" in schema) return schema.const;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const name of (schema.required ?? []) as string[]) {
        out[name] = props[name] ? sample(props[name], depth + 1) : "x";
      }
      return out;
    }
    case "array":
      return [];
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return false;
    case "string":
      return FORMAT_SAMPLES[schema.format as string] ?? "x";
    default:
      if (schema.properties || schema.required) return sample({ ...schema, type: "object" }, depth);
      return null;
  }
}

/** A sample of a component schema (e.g. "pull-request") with fields replaced; objects merge, arrays replace. */
export function make(component: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const schema = load().doc.components.schemas[component];
  if (!schema) throw new Error(`no component schema ${component}`);
  return merge(sample(schema) as Record<string, unknown>, over);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" && !Array.isArray(b)
        ? merge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}
