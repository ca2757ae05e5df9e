import type { ErrorObject } from "ajv";
import type { Code } from "../diagnostics/codes.js";

/** One schema problem, ready to be positioned: pointer, whether to point at the key, code and message. */
export interface SchemaProblem {
  pointer: string;
  atKey: boolean;
  code: Code;
  message: string;
}

const FORMAT_HINTS: Record<string, string> = {
  date: "a date such as 2026-03-01",
  "date-time": "a date-time with a UTC offset such as 2026-03-06T15:00:00+01:00",
  "date-or-date-time": "a date such as 2026-03-01 or a date-time such as 2026-03-06T15:00:00+01:00",
};

/** Turns ajv errors into problems a person can act on: one per real mistake, with a fix. */
export function explainSchemaErrors(
  errors: readonly ErrorObject[],
  subject: string,
  knownFields: readonly string[],
  data?: unknown,
): SchemaProblem[] {
  const consumed = new Set<number>();
  const out: SchemaProblem[] = [];
  errors.forEach((e, i) => {
    if (e.keyword !== "anyOf") return;
    // ajv reports an anyOf's failed branches just before the anyOf itself: fold them into one message.
    const alternatives: string[][] = [];
    for (let j = i - 1; j >= 0; j--) {
      const b = errors[j]!;
      if (!b.schemaPath.includes("/anyOf/") || !isWithin(b.instancePath, e.instancePath)) break;
      consumed.add(j);
      const branch = /\/anyOf\/(\d+)\//.exec(b.schemaPath)?.[1] ?? "0";
      if (b.keyword === "required") {
        const idx = Number(branch);
        (alternatives[idx] ??= []).unshift(String(b.params.missingProperty));
      }
    }
    consumed.add(i);
    const alts = alternatives.filter(Boolean);
    if (alts.length > 0 && e.instancePath === "") {
      const text = alts.map((a) => a.map((f) => `'${f}'`).join(" and ")).join(", or ");
      out.push({
        pointer: "",
        atKey: false,
        code: "schema-required",
        message: `${subject} needs ${text}; add it to the frontmatter`,
      });
    } else {
      out.push({
        pointer: e.instancePath,
        atKey: false,
        code: "schema-invalid",
        message: `'${field(e.instancePath)}' does not match any allowed form; see the reference for ${subject}`,
      });
    }
  });
  errors.forEach((e, i) => {
    if (consumed.has(i) || e.keyword === "if") return;
    out.push(explainOne(e, subject, knownFields, data));
  });
  return out;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const part of pointer.split("/").slice(1)) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return v;
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function field(pointer: string): string {
  return pointer.split("/").filter(Boolean).join(".") || "frontmatter";
}

function explainOne(
  e: ErrorObject,
  subject: string,
  knownFields: readonly string[],
  data: unknown,
): SchemaProblem {
  const f = field(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required": {
      const missing = String(p.missingProperty);
      const where = e.instancePath ? ` in '${f}'` : "";
      return {
        pointer: e.instancePath,
        atKey: true,
        code: "schema-required",
        message: `${subject} is missing required field '${missing}'${where}; add it`,
      };
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const pointer = `${e.instancePath}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const guess = e.instancePath === "" ? closest(name, knownFields) : undefined;
      const hint = guess ? `did you mean '${guess}'? ` : "";
      return {
        pointer,
        atKey: true,
        code: "schema-unknown-field",
        message: `unknown field '${field(pointer)}' for ${subject}; ${hint}remove it, or prefix it with 'x-' to keep it as an extension`,
      };
    }
    case "enum": {
      const values = (p.allowedValues as unknown[]).map(String);
      const code: Code = /\/status$/.test(e.instancePath) ? "status-unknown" : "schema-enum";
      const actual = valueAt(data, e.instancePath);
      const guess = typeof actual === "string" ? closest(actual, values) : undefined;
      const hint = guess ? `; did you mean '${guess}'?` : "";
      const shown =
        typeof actual === "string"
          ? `'${actual}' is not allowed for '${f}'`
          : `'${f}' has a value that is not allowed`;
      return {
        pointer: e.instancePath,
        atKey: false,
        code,
        message: `${shown}${hint} Use one of: ${values.join(", ")}`,
      };
    }
    case "const":
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-enum",
        message: `'${f}' must be ${JSON.stringify(p.allowedValue)}`,
      };
    case "type":
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-type",
        message: `'${f}' must be ${article(String(p.type))}`,
      };
    case "format":
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-format",
        message: `'${f}' must be ${FORMAT_HINTS[String(p.format)] ?? `in ${String(p.format)} format`}`,
      };
    case "pattern":
      return patternProblem(e, f);
    default:
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-invalid",
        message: `'${f}' ${e.message ?? "is invalid"}`,
      };
  }
}

function patternProblem(e: ErrorObject, f: string): SchemaProblem {
  const pattern = String((e.params as { pattern: string }).pattern);
  if (pattern.startsWith("^[A-Z][A-Z0-9]*(-")) {
    const code: Code = e.instancePath === "/id" ? "id-invalid" : "schema-format";
    return {
      pointer: e.instancePath,
      atKey: false,
      code,
      message: `'${f}' must be a record id such as INC-0042: capital letters, then '-' and letters, digits, '.' or '_'`,
    };
  }
  if (pattern.includes("wdhms") || pattern.includes("(?:\\d+w)")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be a duration such as 30m, 4h, 2d, 1h30m or PT4H`,
    };
  }
  if (pattern.includes("day|week|month|year")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be an interval such as '12 months', '1 year' or P12M`,
    };
  }
  if (pattern.startsWith("^\\d+(?:\\.\\d+)*$")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be a clause number such as 8.5.1`,
    };
  }
  if (pattern.startsWith("^P[1-5]")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be a priority P1 to P5`,
    };
  }
  return {
    pointer: e.instancePath,
    atKey: false,
    code: "schema-format",
    message: `'${f}' does not have the expected form (${pattern})`,
  };
}

function article(type: string): string {
  const t = type.replace(/,/g, " or ");
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

/** The known name closest to a misspelt one, when it is close enough to be a typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
