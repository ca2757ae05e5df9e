import type { ErrorObject } from "ajv";
import common from "../../schemas/common.schema.json" with { type: "json" };
import config from "../../schemas/config.schema.json" with { type: "json" };
import audit from "../../schemas/kinds/audit.schema.json" with { type: "json" };
import change from "../../schemas/kinds/change.schema.json" with { type: "json" };
import ci from "../../schemas/kinds/ci.schema.json" with { type: "json" };
import improvement from "../../schemas/kinds/improvement.schema.json" with { type: "json" };
import incident from "../../schemas/kinds/incident.schema.json" with { type: "json" };
import knownError from "../../schemas/kinds/known-error.schema.json" with { type: "json" };
import nonconformity from "../../schemas/kinds/nonconformity.schema.json" with { type: "json" };
import objective from "../../schemas/kinds/objective.schema.json" with { type: "json" };
import plan from "../../schemas/kinds/plan.schema.json" with { type: "json" };
import policy from "../../schemas/kinds/policy.schema.json" with { type: "json" };
import problem from "../../schemas/kinds/problem.schema.json" with { type: "json" };
import procedure from "../../schemas/kinds/procedure.schema.json" with { type: "json" };
import release from "../../schemas/kinds/release.schema.json" with { type: "json" };
import report from "../../schemas/kinds/report.schema.json" with { type: "json" };
import request from "../../schemas/kinds/request.schema.json" with { type: "json" };
import review from "../../schemas/kinds/review.schema.json" with { type: "json" };
import risk from "../../schemas/kinds/risk.schema.json" with { type: "json" };
import service from "../../schemas/kinds/service.schema.json" with { type: "json" };
import sla from "../../schemas/kinds/sla.schema.json" with { type: "json" };
import supplier from "../../schemas/kinds/supplier.schema.json" with { type: "json" };
import type { Kind } from "../records/kinds.js";
import * as validators from "./validators.generated.js";

/** A JSON Schema object as stored in schemas/. */
export type JsonSchema = Record<string, unknown>;

/** The schema of every kind, by kind name. */
export const KIND_SCHEMAS: Record<Kind, JsonSchema> = {
  policy,
  procedure,
  plan,
  objective,
  risk,
  service,
  sla,
  ci,
  supplier,
  change,
  release,
  incident,
  request,
  problem,
  "known-error": knownError,
  audit,
  review,
  nonconformity,
  improvement,
  report,
};

/** Shared definitions and the configuration schema. */
export const COMMON_SCHEMA: JsonSchema = common;
export const CONFIG_SCHEMA: JsonSchema = config;

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const V = validators as unknown as Record<string, Validator>;

/** Validates a record's data against its kind's schema; returns ajv's raw errors (empty when valid). */
export function validateKind(kind: Kind, data: unknown): ErrorObject[] {
  // Precompiled by scripts/gen-validators.mjs: compiling 21 schemas at start-up cost more than validating 10k records.
  const v = V[`kind_${kind.replace(/-/g, "_")}`];
  if (!v || v(data)) return [];
  return v.errors ?? [];
}

/** Validates sms.config.yml data; returns ajv's raw errors. */
export function validateConfigSchema(data: unknown): ErrorObject[] {
  const v = V.config!;
  return v(data) ? [] : (v.errors ?? []);
}

/** Resolves a `$ref` inside our schemas (only the forms we use). */
export function resolveRef(ref: string): JsonSchema | undefined {
  const [file, fragment] = ref.split("#");
  const root = file?.endsWith("common.schema.json") || file === "" ? common : undefined;
  if (!root || !fragment) return undefined;
  let node: unknown = root;
  for (const part of fragment.split("/").filter(Boolean)) node = (node as Record<string, unknown>)?.[part];
  return node as JsonSchema | undefined;
}
