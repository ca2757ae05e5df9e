import type { SmsConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diag } from "../records/read.js";
import { positionOf, type SmsRecord } from "../records/record.js";

/** Teams named by a policy's approval rules and calendars named by an SLA must be configured. */
export function checkTeams(record: SmsRecord, config: SmsConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  const teams = new Set(Object.keys(config.teams));
  const calendars = new Set(["24x7", ...Object.keys(config.calendars)]);
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
      ["/availability/calendar", (record.data.availability as { calendar?: unknown } | undefined)?.calendar],
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
  return out;
}
