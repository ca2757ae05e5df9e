import { IANAZone } from "luxon";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseYaml } from "../records/frontmatter.js";
import { DEFAULT_MAX_FILE_SIZE, diag } from "../records/read.js";
import { positionOf } from "../records/record.js";
import { parseDuration } from "../sla/duration.js";
import { explainSchemaErrors } from "../validate/schema-errors.js";
import { CONFIG_SCHEMA, validateConfigSchema } from "../validate/schemas.js";
import type { SmsConfig } from "./types.js";

/** Name of the configuration file at the repository root. */
export const CONFIG_FILE = "sms.config.yml";

/** The defaults a repository gets for what its configuration leaves out. */
export function defaultConfig(): SmsConfig {
  return {
    organization: "",
    timezone: "UTC",
    edition: "2018",
    teams: {},
    calendars: {},
    folders: [],
    backdateToleranceSeconds: 24 * 3600,
    evidenceBranch: "sms/evidence",
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
  };
}

/** Parses and validates sms.config.yml. Pure; always returns a usable config (defaults where broken). */
export function parseConfig(
  text: string | undefined,
  file = CONFIG_FILE,
): { config: SmsConfig; diagnostics: Diagnostic[] } {
  const config = defaultConfig();
  if (text === undefined) {
    return {
      config,
      diagnostics: [
        diag(
          file,
          1,
          1,
          "config-missing",
          `${file} is missing; create it (see sms-template/${CONFIG_FILE}) or run 'sms init'`,
        ),
      ],
    };
  }
  const parsed = parseYaml(text);
  const diagnostics = parsed.problems.map((p) => diag(file, p.line, p.column, p.code, p.message));
  if (!parsed.data) return { config, diagnostics };
  const data = parsed.data;
  const known = Object.keys((CONFIG_SCHEMA.properties as object) ?? {});
  for (const p of explainSchemaErrors(validateConfigSchema(data), file, known, data)) {
    const at = positionOf(parsed, p.pointer, p.atKey ? "key" : "value");
    diagnostics.push(
      diag(
        file,
        at.line,
        at.column,
        p.code === "schema-unknown-field" ? p.code : "config-invalid",
        p.message,
      ),
    );
  }
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  config.organization = str(data.organization) ?? "";
  config.timezone = str(data.timezone) ?? "UTC";
  config.edition = String(data.edition ?? "2018") === "2011" ? "2011" : "2018";
  if (isObject(data.teams)) config.teams = data.teams as SmsConfig["teams"];
  if (isObject(data.calendars)) config.calendars = data.calendars as SmsConfig["calendars"];
  if (isObject(data.priorities)) config.priorities = data.priorities as SmsConfig["priorities"];
  if (Array.isArray(data.folders))
    config.folders = data.folders.filter((f): f is string => typeof f === "string");
  if (typeof data.max_file_size === "number") config.maxFileSize = data.max_file_size;
  if (typeof data.evidence_branch === "string") config.evidenceBranch = data.evidence_branch;
  if (isObject(data.improvements)) config.improvements = data.improvements as SmsConfig["improvements"];
  const tolerance = parseDuration(data.backdate_tolerance);
  if (tolerance !== null) config.backdateToleranceSeconds = tolerance;
  const zones: [string, string][] = [["/timezone", config.timezone]];
  for (const [name, cal] of Object.entries(config.calendars)) {
    if (isObject(cal) && typeof cal.timezone === "string")
      zones.push([`/calendars/${name}/timezone`, cal.timezone]);
  }
  for (const [pointer, zone] of zones) {
    if (!IANAZone.isValidZone(zone)) {
      const at = positionOf(parsed, pointer);
      diagnostics.push(
        diag(
          file,
          at.line,
          at.column,
          "config-timezone",
          `'${zone}' is not an IANA time zone; use a name such as Europe/Berlin or America/New_York`,
        ),
      );
    }
  }
  if (!IANAZone.isValidZone(config.timezone)) config.timezone = "UTC";
  return { config, diagnostics };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
