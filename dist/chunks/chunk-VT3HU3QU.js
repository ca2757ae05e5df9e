import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  humanDuration
} from "./chunk-XZCHGBP2.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/metrics-text.ts
init_define_SMS_SITE_ASSETS();
var MAX_BREACHES = 6;
function table(rows, rightAligned) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, visible(cell).length));
  return rows.map(
    (row) => row.map((cell, i) => {
      const pad = " ".repeat((widths[i] ?? 0) - visible(cell).length);
      return rightAligned.has(i) ? pad + cell : i === row.length - 1 ? cell : cell + pad;
    }).join("  ").trimEnd()
  );
}
function visible(s) {
  return s.replace(/\x1b\[[0-9;]*m/g, "");
}
function pct(n, decimals) {
  return n === null ? "-" : `${n.toFixed(decimals)}%`;
}
function counts(map) {
  const entries = Object.entries(map).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return entries.length === 0 ? "none" : entries.map(([k, v]) => `${k} ${v}`).join(", ");
}
function hm(seconds) {
  const m = Math.round(seconds / 60);
  const h = Math.floor(m / 60);
  return h === 0 ? `${m}m` : m % 60 === 0 ? `${h}h` : `${h}h ${m % 60}m`;
}
function day(iso) {
  return iso.slice(0, 10);
}
function kpiLines(k) {
  const i = k.incidents;
  const c = k.changes;
  const time = (s) => s === null ? "-" : humanDuration(s);
  return [
    `  Incidents  ${i.opened} opened (${counts(i.by_priority)}), ${i.resolved} resolved, time to resolve mean ${time(i.mean_time_to_resolve_seconds)} / 90th percentile ${time(i.p90_time_to_resolve_seconds)}, ${i.reopened} reopened, ${i.caused_by_changes} linked to changes`,
    `  Changes    ${c.total} implemented (${counts(c.by_type)}); outcomes: ${counts(c.by_outcome)}; success rate ${pct(c.success_rate, 2)}, emergency ${pct(c.emergency_ratio, 2)}`,
    `  Problems   ${k.problems.opened} opened, ${k.problems.resolved} resolved`
  ];
}
function periodLines(p, kpis, paint) {
  const lines = [`Period ${day(p.from)} to ${day(p.to)}`, ""];
  for (const sla of p.slas) {
    lines.push(sla.id);
    if (sla.targets.length > 0) {
      const rows = [["  Target", "Within", "Measured", "Met", "Achieved", "Goal", "Result", "Breaches"]];
      for (const t of sla.targets) {
        const shown = t.breaches.slice(0, MAX_BREACHES).map((b) => `${b.record} (${humanDuration(b.elapsed_seconds)})`);
        if (t.breaches.length > MAX_BREACHES) shown.push(`+${t.breaches.length - MAX_BREACHES} more`);
        rows.push([
          `  ${t.name}`,
          humanDuration(t.within_seconds),
          String(t.measured),
          String(t.met),
          pct(t.achieved, 2),
          `${t.goal}%`,
          paint(t.ok, t.ok ? "OK" : "MISSED"),
          shown.join(", ")
        ]);
      }
      lines.push(...table(rows, /* @__PURE__ */ new Set([2, 3, 4, 5])));
    }
    if (sla.availability.length > 0) {
      const rows = [["  Availability", "Agreed", "Down", "Degraded", "Achieved", "Target", "Result"]];
      for (const a of sla.availability) {
        rows.push([
          `  ${a.service}`,
          hm(a.agreed_seconds),
          hm(a.downtime_seconds),
          hm(a.degraded_seconds),
          pct(a.achieved, 3),
          `${a.target}%`,
          paint(a.ok, a.ok ? "OK" : "MISSED")
        ]);
      }
      lines.push(...table(rows, /* @__PURE__ */ new Set([1, 2, 3, 4, 5])));
    }
    if (sla.targets.length === 0 && sla.availability.length === 0) lines.push("  nothing to measure");
    lines.push("");
  }
  if (kpis) lines.push("KPIs", ...kpiLines(kpis), "");
  return lines;
}
function formatMetricsText(report, opts = {}) {
  const paint = (ok, s) => opts.color ? `\x1B[${ok ? 32 : 31}m${s}\x1B[0m` : s;
  const who = opts.organization ? ` for ${opts.organization}` : "";
  const lines = [`SLA metrics${who}${opts.zone ? ` (times in ${opts.zone})` : ""}`, ""];
  if (report.periods.length === 0) lines.push("No SLA records: nothing to measure.", "");
  const kpisByFrom = new Map(report.kpis.map((k) => [k.from, k]));
  const shown = /* @__PURE__ */ new Set();
  for (const p of report.periods) {
    const k = kpisByFrom.get(p.from);
    if (k) shown.add(k.from);
    lines.push(...periodLines(p, k, paint));
  }
  for (const k of report.kpis) {
    if (!shown.has(k.from)) lines.push(`KPIs ${day(k.from)} to ${day(k.to)}`, ...kpiLines(k), "");
  }
  return `${lines.join("\n").trimEnd()}
`;
}

export {
  formatMetricsText
};
