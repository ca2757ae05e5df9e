import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  CONFIG_SCHEMA,
  DEFAULT_FOLDERS,
  explainSchemaErrors,
  parseDuration,
  validateConfigSchema
} from "./chunk-2IUYJEZW.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  IANAZone,
  diag,
  parseYaml,
  positionOf
} from "./chunk-V7YJQQZP.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/config/parse.ts
init_define_SMS_SITE_ASSETS();
var CONFIG_FILE = "sms.config.yml";
function defaultConfig() {
  return {
    organization: "",
    timezone: "UTC",
    edition: "2018",
    teams: {},
    calendars: {},
    folders: [],
    backdateToleranceSeconds: 24 * 3600,
    evidenceBranch: "sms/evidence",
    maxFileSize: DEFAULT_MAX_FILE_SIZE
  };
}
function parseConfig(text, file = CONFIG_FILE) {
  const config = defaultConfig();
  if (text === void 0) {
    return {
      config,
      diagnostics: [
        diag(
          file,
          1,
          1,
          "config-missing",
          `${file} is missing; create it (see sms-template/${CONFIG_FILE}) or run 'sms init'`
        )
      ]
    };
  }
  const parsed = parseYaml(text);
  const diagnostics = parsed.problems.map((p) => diag(file, p.line, p.column, p.code, p.message));
  if (!parsed.data) return { config, diagnostics };
  const data = parsed.data;
  const known = Object.keys(CONFIG_SCHEMA.properties ?? {});
  for (const p of explainSchemaErrors(validateConfigSchema(data), file, known, data)) {
    const at = positionOf(parsed, p.pointer, p.atKey ? "key" : "value");
    diagnostics.push(
      diag(
        file,
        at.line,
        at.column,
        p.code === "schema-unknown-field" ? p.code : "config-invalid",
        p.message
      )
    );
  }
  const str = (v) => typeof v === "string" ? v : void 0;
  config.organization = str(data.organization) ?? "";
  config.timezone = str(data.timezone) ?? "UTC";
  config.edition = String(data.edition ?? "2018") === "2011" ? "2011" : "2018";
  if (isObject(data.teams)) config.teams = data.teams;
  if (isObject(data.calendars)) config.calendars = data.calendars;
  if (isObject(data.priorities)) config.priorities = data.priorities;
  if (Array.isArray(data.folders))
    config.folders = data.folders.filter((f) => typeof f === "string");
  if (typeof data.max_file_size === "number") config.maxFileSize = data.max_file_size;
  if (typeof data.evidence_branch === "string") config.evidenceBranch = data.evidence_branch;
  if (isObject(data.improvements)) config.improvements = data.improvements;
  const tolerance = parseDuration(data.backdate_tolerance);
  if (tolerance !== null) config.backdateToleranceSeconds = tolerance;
  const zones = [["/timezone", config.timezone]];
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
          `'${zone}' is not an IANA time zone; use a name such as Europe/Berlin or America/New_York`
        )
      );
    }
  }
  if (!IANAZone.isValidZone(config.timezone)) config.timezone = "UTC";
  return { config, diagnostics };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/loader/folders.ts
init_define_SMS_SITE_ASSETS();
function recordFolders(config) {
  return [.../* @__PURE__ */ new Set([...DEFAULT_FOLDERS, ...config.folders.filter(isSafeFolder)])];
}
function isSafeFolder(folder) {
  return /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(folder) && !/(?:^|\/)\.\.?(?:\/|$)/.test(folder);
}
function isRecordFileName(name) {
  return name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md" && !/^[_.]/.test(name);
}

export {
  CONFIG_FILE,
  parseConfig,
  recordFolders,
  isRecordFileName
};
