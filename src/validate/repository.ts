import type { SmsConfig } from "../config/types.js";
import { type Diagnostic, dedupeDiagnostics, sortDiagnostics } from "../diagnostics/diagnostic.js";
import type { Kind } from "../records/kinds.js";
import { diag } from "../records/read.js";
import { positionOf, type SmsRecord } from "../records/record.js";
import { checkClosedRecords } from "./immutability.js";
import { checkRecord, localDate } from "./record.js";
import { refSpecs, valuesAt } from "./references.js";

/** Everything `sms validate` needs, as plain data. */
export interface ValidationInput {
  records: SmsRecord[];
  /** Problems already found while reading files and the configuration. */
  readDiagnostics: Diagnostic[];
  config: SmsConfig;
  /** The current instant (ISO 8601); the core never reads the clock. */
  now: string;
  /** Records at the base revision, for closed-record immutability (`--base`). */
  base?: SmsRecord[];
}

/** The outcome of validation: sorted diagnostics and the records indexed by id. */
export interface ValidationResult {
  diagnostics: Diagnostic[];
  byId: Map<string, SmsRecord>;
}

/** Runs every rule of SPEC sections 2-5 over a repository's records. Pure. */
export function validateRepository(input: ValidationInput): ValidationResult {
  const out: Diagnostic[] = [...input.readDiagnostics];
  const ctx = { config: input.config, today: localDate(input.now, input.config.timezone) };
  const byId = new Map<string, SmsRecord>();
  const kinds = new Map<SmsRecord, Kind>();
  for (const record of input.records) {
    const r = checkRecord(record, ctx);
    out.push(...r.diagnostics);
    if (r.kind) kinds.set(record, r.kind);
    const id = record.data.id;
    if (typeof id !== "string") continue;
    const first = byId.get(id);
    if (first) {
      const p = positionOf(record, "/id");
      const q = positionOf(first, "/id");
      out.push(
        diag(
          record.path,
          p.line,
          p.column,
          "id-duplicate",
          `id ${id} is also used by ${first.path}; give one of them a new id`,
        ),
      );
      out.push(
        diag(
          first.path,
          q.line,
          q.column,
          "id-duplicate",
          `id ${id} is also used by ${record.path}; give one of them a new id`,
        ),
      );
      continue;
    }
    byId.set(id, record);
  }
  for (const [record, kind] of kinds) out.push(...checkReferences(record, kind, byId));
  out.push(...checkTeams(input.records, input.config));
  if (input.base) out.push(...checkClosedRecords(input.base, input.records));
  return { diagnostics: sortDiagnostics(dedupeDiagnostics(out)), byId };
}

function checkReferences(record: SmsRecord, kind: Kind, byId: Map<string, SmsRecord>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const spec of refSpecs(kind)) {
    for (const { pointer, value } of valuesAt(record.data, spec.path)) {
      if (typeof value !== "string") continue;
      const target = byId.get(value);
      const p = positionOf(record, pointer);
      if (!target) {
        out.push(
          diag(
            record.path,
            p.line,
            p.column,
            "reference-missing",
            `'${value}' does not exist; reference an existing ${spec.kinds.join(" or ")} id, or add the record`,
          ),
        );
      } else if (!spec.kinds.includes(String(target.data.kind))) {
        out.push(
          diag(
            record.path,
            p.line,
            p.column,
            "reference-wrong-kind",
            `'${value}' is a ${String(target.data.kind)} (${target.path}), but this field needs a ${spec.kinds.join(" or ")}`,
          ),
        );
      }
    }
  }
  return out;
}

/** Teams named by the approval policy must exist, or the rule could never be met. */
function checkTeams(records: SmsRecord[], config: SmsConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  const teams = new Set(Object.keys(config.teams));
  const calendars = new Set(["24x7", ...Object.keys(config.calendars)]);
  for (const record of records) {
    const approval = record.data.approval as { rules?: unknown[]; default?: unknown } | undefined;
    if (record.data.kind === "policy" && approval && typeof approval === "object") {
      const requires: [string, unknown][] = [];
      (Array.isArray(approval.rules) ? approval.rules : []).forEach((rule, i) => {
        const r = rule as { require?: unknown; retrospective?: unknown } | null;
        requires.push(
          [`/approval/rules/${i}/require`, r?.require],
          [`/approval/rules/${i}/retrospective`, r?.retrospective],
        );
      });
      requires.push(["/approval/default", approval.default]);
      for (const [pointer, req] of requires) {
        const list = (req as { teams?: unknown } | undefined)?.teams;
        if (!Array.isArray(list)) continue;
        list.forEach((team, i) => {
          if (typeof team === "string" && !teams.has(team)) {
            const p = positionOf(record, `${pointer}/teams/${i}`);
            out.push(
              diag(
                record.path,
                p.line,
                p.column,
                "team-unknown",
                `team '${team}' is not defined under 'teams' in sms.config.yml; define it or fix the name`,
              ),
            );
          }
        });
      }
    }
    if (record.data.kind === "sla") {
      const cals: [string, unknown][] = [
        [
          "/availability/calendar",
          (record.data.availability as { calendar?: unknown } | undefined)?.calendar,
        ],
      ];
      if (Array.isArray(record.data.targets)) {
        record.data.targets.forEach((t, i) =>
          cals.push([`/targets/${i}/calendar`, (t as { calendar?: unknown } | null)?.calendar]),
        );
      }
      for (const [pointer, cal] of cals) {
        if (typeof cal === "string" && !calendars.has(cal)) {
          const p = positionOf(record, pointer);
          out.push(
            diag(
              record.path,
              p.line,
              p.column,
              "schema-enum",
              `calendar '${cal}' is not defined; use 24x7 or a calendar under 'calendars' in sms.config.yml`,
            ),
          );
        }
      }
    }
  }
  return out;
}
