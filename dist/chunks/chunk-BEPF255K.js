import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  periodLabel
} from "./chunk-K6HXRANE.js";
import {
  escapeMarkdown
} from "./chunk-N3LW2OJT.js";
import {
  CONTROLLED_KINDS
} from "./chunk-EJPDLTRP.js";
import {
  localDate
} from "./chunk-U5PZHFZ2.js";
import {
  parseDuration
} from "./chunk-NU6NBEOK.js";
import {
  positionOf
} from "./chunk-5SNFJVHI.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/improvements/index.ts
init_define_SMS_SITE_ASSETS();

// src/improvements/act.ts
init_define_SMS_SITE_ASSETS();

// src/improvements/format-md.ts
init_define_SMS_SITE_ASSETS();
var ID = /^[A-Z][A-Z0-9]*(?:-[A-Za-z0-9._]+)+$/;
function md(text) {
  return escapeMarkdown(text ?? "");
}
function plainTitle(text) {
  const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").replace(/\s+/g, " ").trim();
  return clean.length > 256 ? `${clean.slice(0, 255)}\u2026` : clean;
}
function recordLink(id, byId) {
  const record = byId.get(id);
  if (!ID.test(id)) return md(id);
  if (!record) return `\`${id}\``;
  const href = record.path.split("/").map(encodeURIComponent).join("/");
  return `[${id}](../blob/HEAD/${href})`;
}
function humanSeconds(total) {
  const s = Math.max(0, Math.round(total));
  const d = Math.floor(s / 86400);
  const h = Math.floor(s % 86400 / 3600);
  const m = Math.floor(s % 3600 / 60);
  const parts = [d ? `${d}d` : "", h ? `${h}h` : "", m ? `${m}m` : ""].filter(Boolean);
  if (parts.length === 0) return `${s % 60}s`;
  return parts.slice(0, 2).join(" ");
}
function pct(value) {
  return value === null ? "n/a" : `${Number(value.toFixed(3))} %`;
}

// src/improvements/act.ts
function actKey(...parts) {
  return parts.join(":").replace(/[^A-Za-z0-9._:-]+/g, "-").replace(/-{2,}/g, "-");
}
function slug(text, fallback) {
  const s = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return s || fallback;
}
var day = (iso) => iso.slice(0, 10);
function incidentsDown(records, service, from, to) {
  const [a, b] = [Date.parse(from), Date.parse(to)];
  return records.filter((r) => {
    const d = r.data;
    const names = [d.service, ...Array.isArray(d.services) ? d.services : []];
    if (d.kind !== "incident" || !names.includes(service) || !Array.isArray(d.outage)) return false;
    return d.outage.some((o) => {
      const x = o ?? {};
      const s = Date.parse(String(x.start));
      const e = x.end === void 0 || x.end === null ? b : Date.parse(String(x.end));
      return (x.effect ?? "down") === "down" && s < b && e > a;
    });
  }).map((r) => r.data.id);
}
function targetFinding(sla, t, index, p, byId) {
  const label = periodLabel(p.from, p.to);
  const link = (id) => recordLink(id, byId);
  const rows = t.breaches.map(
    (b) => `| ${link(b.record)} | ${humanSeconds(b.elapsed_seconds)} | ${humanSeconds(b.elapsed_seconds - t.within_seconds)} |`
  );
  const evidence = [
    `**SLA:** ${link(sla)} ${md(byId.get(sla)?.data.title ?? "")}`,
    `**Target:** ${md(t.name)}: ${t.metric} within ${humanSeconds(t.within_seconds)}, goal ${pct(t.goal)}`,
    `**Period:** ${label} (${p.from} to ${p.to})`,
    `**Result:** ${pct(t.achieved)} achieved: ${t.met} of ${t.measured} measured records met the target; ${t.breaches.length} breached it.`,
    "",
    ...rows.length ? ["| Record | Elapsed (counted time) | Over by |", "|---|---|---|", ...rows] : ["No breaching record was listed."]
  ].join("\n");
  return {
    key: actKey("sla-target", sla, slug(t.name, `target-${index + 1}`), `${day(p.from)}..${day(p.to)}`),
    source: "sla-target",
    title: plainTitle(
      `${sla}: target "${t.name}" missed in ${label} (${pct(t.achieved)} against a goal of ${pct(t.goal)})`
    ),
    evidence,
    records: [sla, ...new Set(t.breaches.map((b) => b.record))],
    nonconformity: false
  };
}
function availabilityFinding(sla, a, p, records, byId) {
  const label = periodLabel(p.from, p.to);
  const incidents = incidentsDown(records, a.service, p.from, p.to);
  const allowed = a.agreed_seconds * (100 - a.target) / 100;
  const evidence = [
    `**SLA:** ${recordLink(sla, byId)} ${md(byId.get(sla)?.data.title ?? "")}`,
    `**Service:** ${recordLink(a.service, byId)}`,
    `**Period:** ${label} (${p.from} to ${p.to})`,
    `**Result:** ${pct(a.achieved)} available against a target of ${pct(a.target)}.`,
    `**Figures:** agreed service time ${humanSeconds(a.agreed_seconds)}; downtime ${humanSeconds(a.downtime_seconds)} (allowed: ${humanSeconds(allowed)}); degraded ${humanSeconds(a.degraded_seconds)}.`,
    `**Incidents with downtime in the period:** ${incidents.length ? incidents.map((id) => recordLink(id, byId)).join(", ") : "none recorded"}`
  ].join("\n");
  return {
    key: actKey("availability", sla, a.service, `${day(p.from)}..${day(p.to)}`),
    source: "availability",
    title: plainTitle(
      `${a.service}: availability ${pct(a.achieved)} below the target of ${pct(a.target)} in ${label} (${sla})`
    ),
    evidence,
    records: [sla, a.service, ...incidents],
    nonconformity: false
  };
}
function reviewFindings(input, byId) {
  const today = localDate(input.now, input.config.timezone);
  return input.records.flatMap((r) => {
    const d = r.data;
    const controlled = CONTROLLED_KINDS.includes(d.kind) || d.controlled === true || d.kind === "supplier";
    if (!controlled || typeof d.next_review !== "string" || d.status === "retired" || d.next_review >= today)
      return [];
    const days = Math.round((Date.parse(today) - Date.parse(d.next_review)) / 864e5);
    const evidence = [
      `**Document:** ${recordLink(d.id, byId)} ${md(d.title)} (${md(d.kind)}, owner ${md(d.owner)})`,
      `**Review due:** ${md(d.next_review)}, ${days} day${days === 1 ? "" : "s"} ago (on ${today}).`,
      `**Document control:** version ${md(d.version ?? "none")}, approved on ${md(d.approved_on ?? "never")}, review every ${md(d.review_every ?? "(not set)")}.`,
      "",
      "Review the document (clause 7.5.3), then update `next_review` (and `version` if it changed) in a pull request."
    ].join("\n");
    return [
      {
        key: actKey("review-overdue", d.id, d.next_review),
        source: "review-overdue",
        title: plainTitle(`${d.id}: document review overdue since ${d.next_review}`),
        evidence,
        records: [d.id],
        nonconformity: false
      }
    ];
  });
}
function retrospectiveFindings(input, byId) {
  return input.retrospectives.filter((s) => s.status === "overdue").map((s) => ({
    key: actKey("retrospective-overdue", s.record, `pr-${s.pr}`),
    source: "retrospective-overdue",
    title: plainTitle(
      `${s.record}: retrospective approval of the emergency change (#${s.pr}) overdue since ${day(s.due)}`
    ),
    evidence: [
      `**Change:** ${recordLink(s.record, byId)} ${md(byId.get(s.record)?.data.title ?? "")}, merged in #${s.pr}`,
      `**Due:** ${md(s.due)}; overdue by ${humanSeconds(s.overdue_seconds)}.`,
      `**Approvals:** ${s.approvers.length} of ${s.required} required${s.approvers.length ? ` (${s.approvers.map(md).join(", ")})` : ""}; ${s.missing} missing.`,
      "",
      "The change management policy requires a full approval after an emergency change; give it by approving a pull request that names the change, and record the reason it was late."
    ].join("\n"),
    records: [s.record],
    nonconformity: false
  }));
}
function auditFindings(input, byId) {
  const covered = /* @__PURE__ */ new Set();
  for (const r of input.records)
    if (r.data.kind === "nonconformity" && typeof r.data.audit === "string" && typeof r.data.finding === "string")
      covered.add(`${r.data.audit}\0${r.data.finding}`);
  return input.records.flatMap((audit) => {
    if (audit.data.kind !== "audit" || !Array.isArray(audit.data.findings)) return [];
    const a = audit.data;
    return a.findings.flatMap((raw) => {
      const f = raw ?? {};
      if (typeof f.id !== "string" || f.class !== "major" && f.class !== "minor") return [];
      const named = typeof f.nonconformity === "string" ? byId.get(f.nonconformity) : void 0;
      if (covered.has(`${a.id}\0${f.id}`) || named?.data.kind === "nonconformity") return [];
      return [
        {
          key: actKey("audit-finding", a.id, f.id),
          source: "audit-finding",
          title: plainTitle(
            `${a.id} ${f.id}: ${f.class} nonconformity (clause ${String(f.clause ?? "?")}) has no nonconformity record`
          ),
          evidence: [
            `**Audit:** ${recordLink(a.id, byId)} ${md(a.title)}, ${md(a.date ?? "")}${a.auditor ? `, auditor ${md(a.auditor)}` : ""}`,
            `**Finding ${md(f.id)}** (${md(f.class)}, clause ${md(f.clause ?? "?")}): ${md(f.text ?? "")}`,
            "",
            `Record it (clause 10.1): add a \`nonconformity\` record with \`audit: ${a.id}\` and \`finding: ${md(f.id)}\`, its correction and corrective action, and name this issue in \`issue:\`.`
          ].join("\n"),
          records: [a.id],
          nonconformity: true
        }
      ];
    });
  });
}
function actFindings(input) {
  const byId = new Map(input.records.map((r) => [r.data.id, r]));
  const out = [];
  for (const p of input.periods) {
    for (const sla of p.slas) {
      sla.targets.forEach((t, i) => {
        if (!t.ok) out.push(targetFinding(sla.id, t, i, p, byId));
      });
      for (const a of sla.availability)
        if (!a.ok) out.push(availabilityFinding(sla.id, a, p, input.records, byId));
    }
  }
  out.push(
    ...reviewFindings(input, byId),
    ...retrospectiveFindings(input, byId),
    ...auditFindings(input, byId)
  );
  const seen = /* @__PURE__ */ new Set();
  return out.filter((f) => !seen.has(f.key) && seen.add(f.key));
}

// src/improvements/board.ts
init_define_SMS_SITE_ASSETS();

// src/improvements/types.ts
init_define_SMS_SITE_ASSETS();
var OPEN_STAGES = ["plan", "do", "check", "act"];
var STAGES = [...OPEN_STAGES, "done"];

// src/improvements/board.ts
function mean(values) {
  return values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length * 100) / 100 : null;
}
function median(values) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2 * 100) / 100;
}
function improvementBoard(items) {
  const sorted = [...items].sort((a, b) => a.issue - b.issue);
  const cycles = sorted.filter((i) => i.state === "closed").map((i) => i.age_days);
  const stage_mean_days = Object.fromEntries(
    OPEN_STAGES.map((s) => [
      s,
      mean(sorted.map((i) => i.stage_days[s]).filter((d) => d !== void 0))
    ])
  );
  return {
    columns: STAGES.map((stage) => {
      const list = sorted.filter((i) => i.stage === stage);
      return { stage, count: list.length, items: list };
    }),
    cycle: { closed: cycles.length, mean_days: mean(cycles), median_days: median(cycles) },
    stage_mean_days,
    open: sorted.filter((i) => i.state === "open").length,
    overdue: sorted.filter((i) => i.overdue).length,
    flagged: sorted.filter((i) => i.flags.length > 0).length,
    items: sorted
  };
}
function improvementFigures(items, periods) {
  const by_stage = Object.fromEntries(STAGES.map((s) => [s, 0]));
  for (const i of items) by_stage[i.stage]++;
  const within = (iso, p) => {
    if (!iso) return false;
    const t = Date.parse(iso);
    return t >= Date.parse(p.from) && t < Date.parse(p.to);
  };
  return {
    source: "issues",
    by_stage,
    by_type: {
      improvement: items.filter((i) => i.type === "improvement").length,
      nonconformity: items.filter((i) => i.type === "nonconformity").length
    },
    periods: periods.map((p) => ({
      from: p.from,
      to: p.to,
      opened: items.filter((i) => within(i.opened_at, p)).length,
      closed: items.filter((i) => within(i.closed_at, p)).length
    })),
    mean_cycle_days: mean(items.filter((i) => i.state === "closed").map((i) => i.age_days)),
    overdue: items.filter((i) => i.overdue).length
  };
}
function improvementFiguresFromRecords(records) {
  const by_stage = Object.fromEntries(STAGES.map((s) => [s, 0]));
  let improvement = 0;
  let nonconformity = 0;
  for (const r of records) {
    if (r.data.kind === "improvement") {
      improvement++;
      const s = r.data.status;
      if (typeof s === "string" && STAGES.includes(s)) by_stage[s]++;
    } else if (r.data.kind === "nonconformity") nonconformity++;
  }
  return {
    source: "records",
    by_stage,
    by_type: { improvement, nonconformity },
    periods: [],
    mean_cycle_days: null,
    overdue: null
  };
}

// src/improvements/format.ts
init_define_SMS_SITE_ASSETS();
function pad(cells) {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => (r[c] ?? "").length)));
  return cells.map(
    (r) => r.map((cell, c) => c === r.length - 1 ? cell : cell.padEnd(widths[c])).join("  ").trimEnd()
  ).join("\n");
}
function cut(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function formatRegisterTable(items, diagnostics = []) {
  if (items.length === 0 && diagnostics.length === 0)
    return "No issues labelled improvement or nonconformity.\n";
  const rows = [["ISSUE", "TYPE", "STAGE", "DAYS IN STAGE", "AGE", "OWNER", "RECORDS", "TITLE"]];
  for (const i of items) {
    const inStage = i.stage === "done" ? "" : String(i.stage_days[i.stage] ?? 0);
    rows.push([
      `#${i.issue}`,
      i.type === "nonconformity" ? "NC" : "IMP",
      `${i.stage}${i.overdue ? " (overdue)" : ""}${i.flags.length ? " !" : ""}`,
      inStage,
      `${i.age_days}d`,
      i.owner ?? "-",
      cut(i.records.join(",") || "-", 32),
      cut(i.title, 60)
    ]);
  }
  const out = [pad(rows)];
  const open = items.filter((i) => i.state === "open").length;
  const overdue = items.filter((i) => i.overdue).length;
  out.push("", `${items.length} items: ${open} open, ${items.length - open} done, ${overdue} overdue.`);
  const flagged = items.filter((i) => i.flags.length);
  for (const i of flagged) {
    const why = i.flags.map(
      (f) => f === "stage-label-missing" ? "no stage label (counted as plan); add one of the pdca labels" : f === "stage-labels-multiple" ? "several stage labels; remove all but the current one" : "the label history does not explain the current stage (a label renamed?); time in stage is approximate"
    );
    out.push(`! #${i.issue}: ${why.join("; ")}`);
  }
  for (const d of diagnostics)
    out.push(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
  return `${out.join("\n")}
`;
}
var VERB = {
  created: "opened",
  updated: "updated",
  unchanged: "up to date",
  closed: "already closed",
  "would-create": "would open",
  "would-update": "would update"
};
function formatActReport(outcomes, dryRun) {
  if (outcomes.length === 0) return "Act loop: nothing missed, nothing overdue; no issue to open.\n";
  const lines = outcomes.map((o) => {
    const issue = o.issue === null ? "" : ` #${o.issue}`;
    const labels = o.labels.length ? ` [+${o.labels.join(", +")}]` : "";
    const dups = o.duplicates_closed.length ? ` (closed duplicate ${o.duplicates_closed.map((n) => `#${n}`).join(", ")})` : "";
    return `${VERB[o.action]}${issue}: ${o.title}${labels}${dups}`;
  });
  const count = (a) => outcomes.filter((o) => a.includes(o.action)).length;
  lines.push(
    "",
    dryRun ? `Dry run: ${count(["would-create"])} to open, ${count(["would-update"])} to update, ${count(["unchanged", "closed"])} unchanged; nothing was written.` : `${count(["created"])} opened, ${count(["updated"])} updated, ${count(["unchanged", "closed"])} unchanged.`
  );
  return `${lines.join("\n")}
`;
}

// src/improvements/labels.ts
init_define_SMS_SITE_ASSETS();
var LABEL_KEYS = ["improvement", "nonconformity", ...OPEN_STAGES];
var DEFAULT_LABELS = {
  improvement: "improvement",
  nonconformity: "nonconformity",
  plan: "pdca:plan",
  do: "pdca:do",
  check: "pdca:check",
  act: "pdca:act"
};
function normalizeLabel(label) {
  return label.trim().toLowerCase().replace(/\s*([:/_.-])\s*/g, ":").replace(/\s+/g, " ");
}
function labelSet(config) {
  const configured = config.improvements?.labels ?? {};
  const names = { ...DEFAULT_LABELS };
  const unknownKeys = [];
  for (const [key, value] of Object.entries(configured)) {
    if (!LABEL_KEYS.includes(key)) unknownKeys.push(key);
    else if (typeof value === "string" && value.trim() !== "") names[key] = value.trim();
  }
  const lookup = /* @__PURE__ */ new Map();
  for (const key of LABEL_KEYS) lookup.set(normalizeLabel(DEFAULT_LABELS[key]), key);
  for (const key of LABEL_KEYS) lookup.set(normalizeLabel(names[key]), key);
  const keyOf = (label) => lookup.get(normalizeLabel(label));
  return {
    names,
    keyOf,
    stageOf: (label) => {
      const key = keyOf(label);
      return key && OPEN_STAGES.includes(key) ? key : void 0;
    },
    unknownKeys
  };
}

// src/improvements/mentions.ts
init_define_SMS_SITE_ASSETS();
var CANDIDATE = /(?<![A-Za-z0-9._-])[A-Z][A-Z0-9]*(?:-[A-Za-z0-9._]+)+/g;
function mentionedIds(text, known) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(CANDIDATE)) {
    let candidate = m[0];
    for (; ; ) {
      if (known.has(candidate)) {
        if (!seen.has(candidate)) {
          seen.add(candidate);
          found.push(candidate);
        }
        break;
      }
      const cut2 = candidate.lastIndexOf(".");
      if (cut2 <= 0) break;
      candidate = candidate.slice(0, cut2);
    }
  }
  return found;
}

// src/improvements/reconcile.ts
init_define_SMS_SITE_ASSETS();
var MARKER = /<!-- sms-as-code:act:([A-Za-z0-9._:-]+) -->/;
var EVIDENCE_START = "<!-- sms-as-code:evidence:start -->";
var EVIDENCE_END = "<!-- sms-as-code:evidence:end -->";
function actMarker(key) {
  return `<!-- sms-as-code:act:${key} -->`;
}
function markerKey(body) {
  return MARKER.exec(body ?? "")?.[1];
}
function evidenceBlock(f) {
  return [EVIDENCE_START, "### Evidence", "", f.evidence, EVIDENCE_END].join("\n");
}
function newIssueBody(f, stageLabels) {
  return [
    actMarker(f.key),
    "Opened by the Act loop of sms-as-code (`sms improvements --act`). The evidence below is kept up to date by later runs; the rest of this issue is yours.",
    "",
    evidenceBlock(f),
    "",
    "### Plan",
    "",
    "- [ ] Cause: why did it happen?",
    "- [ ] Action: what will be changed, by whom, by when?",
    "- [ ] Measure: how will we know it worked?",
    "",
    `Move the issue through \`${stageLabels.do}\`, \`${stageLabels.check}\` and \`${stageLabels.act}\` as the work progresses, and close it once the result is confirmed. Record the outcome in an \`improvement\` record that names this issue.`
  ].join("\n");
}
function refreshedBody(body, f) {
  const start = body.indexOf(EVIDENCE_START);
  const end = body.indexOf(EVIDENCE_END, start);
  if (start >= 0 && end > start)
    return body.slice(0, start) + evidenceBlock(f) + body.slice(end + EVIDENCE_END.length);
  return `${body.replace(/\s+$/, "")}

${evidenceBlock(f)}`;
}
function duplicateBody(body, key, original) {
  return `${body.replace(actMarker(key), `<!-- sms-as-code:act-duplicate:${key} -->`)}

---
Closed as a duplicate of #${original}: two runs of the Act loop opened the same issue at once.`;
}
function missingLabels(f, current, labels) {
  const keys = new Set(current.map((l) => labels.keyOf(l)));
  const out = [];
  if (!keys.has("improvement")) out.push(labels.names.improvement);
  if (f.nonconformity && !keys.has("nonconformity")) out.push(labels.names.nonconformity);
  if (!current.some((l) => labels.stageOf(l))) out.push(labels.names.plan);
  return out;
}
function issuesByKey(issues) {
  const out = /* @__PURE__ */ new Map();
  for (const i of issues) {
    const key = markerKey(i.body);
    if (key) out.set(key, [...out.get(key) ?? [], i]);
  }
  for (const list of out.values())
    list.sort((a, b) => (a.state === b.state ? 0 : a.state === "open" ? -1 : 1) || a.number - b.number);
  return out;
}
function planAct(findings, existing, labels) {
  const byKey = issuesByKey(existing);
  return findings.map((finding) => {
    const found = byKey.get(finding.key)?.[0];
    if (!found)
      return {
        action: "create",
        finding,
        body: newIssueBody(finding, labels.names),
        labels: missingLabels(finding, [], labels)
      };
    if (found.state === "closed") return { action: "closed", finding, issue: found.number };
    const body = refreshedBody(found.body, finding);
    const add = missingLabels(finding, found.labels, labels);
    if (body === found.body && add.length === 0) return { action: "unchanged", finding, issue: found.number };
    return {
      action: "update",
      finding,
      issue: found.number,
      ...body !== found.body ? { body } : {},
      labels: add
    };
  });
}
function duplicates(open) {
  const out = [];
  for (const [key, list] of issuesByKey(open.filter((i) => i.state === "open"))) {
    const [keep, ...close] = list;
    if (keep && close.length) out.push({ key, keep, close });
  }
  return out;
}

// src/improvements/register.ts
init_define_SMS_SITE_ASSETS();

// src/improvements/timeline.ts
init_define_SMS_SITE_ASSETS();
var DAY_MS = 864e5;
function toDays(ms2) {
  return Math.round(Math.max(0, ms2) / DAY_MS * 100) / 100;
}
function ms(iso) {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}
function stageOfLabels(present) {
  return present.at(-1) ?? "plan";
}
function stageHistory(issue, events, labels, now) {
  const flags = [];
  const nowMs = ms(now);
  const sorted = [...events].sort((a, b) => ms(a.created_at) - ms(b.created_at) || a.id - b.id);
  const trail = [];
  let present = [];
  let open = true;
  const current = () => open ? stageOfLabels(present) : "done";
  let visit = { stage: current(), from: issue.created_at, to: null };
  const moveTo = (stage2, at) => {
    if (stage2 === visit.stage) return;
    visit.to = at;
    if (ms(at) > ms(visit.from)) trail.push(visit);
    visit = { stage: stage2, from: at, to: null };
  };
  for (const e of sorted) {
    const at = ms(e.created_at) < ms(issue.created_at) ? issue.created_at : e.created_at;
    const stage2 = e.label ? labels.stageOf(e.label) : void 0;
    if (e.event === "labeled" && stage2) present = [...present.filter((s) => s !== stage2), stage2];
    else if (e.event === "unlabeled" && stage2) present = present.filter((s) => s !== stage2);
    else if (e.event === "closed") open = false;
    else if (e.event === "reopened") open = true;
    else continue;
    moveTo(current(), at);
  }
  const nowStages = issue.labels.map((l) => labels.stageOf(l)).filter((s) => s !== void 0);
  const distinct = [...new Set(nowStages)];
  if (issue.state === "open" && distinct.length === 0) flags.push("stage-label-missing");
  if (issue.state === "open" && distinct.length > 1) flags.push("stage-labels-multiple");
  let stage;
  if (issue.state === "closed") stage = "done";
  else {
    const order = [...distinct].sort(
      (a, b) => present.indexOf(a) - present.indexOf(b) || OPEN_STAGES.indexOf(a) - OPEN_STAGES.indexOf(b)
    );
    stage = order.at(-1) ?? "plan";
  }
  if (stage !== visit.stage) {
    if (!(stage === "done" && issue.closed_at) && !flags.includes("stage-label-missing"))
      flags.push("stage-history-incomplete");
    const last = sorted.at(-1)?.created_at;
    const at = stage === "done" && issue.closed_at ? issue.closed_at : last ?? issue.created_at;
    moveTo(stage, ms(at) < ms(visit.from) ? visit.from : at);
  }
  trail.push(visit);
  const stage_days = {};
  const totals = /* @__PURE__ */ new Map();
  for (const v of trail) {
    if (v.stage === "done") continue;
    const to = Math.min(v.to ? ms(v.to) : nowMs, nowMs);
    totals.set(v.stage, (totals.get(v.stage) ?? 0) + Math.max(0, to - Math.min(ms(v.from), nowMs)));
  }
  for (const s of OPEN_STAGES) {
    const t = totals.get(s);
    if (t !== void 0 && t > 0) stage_days[s] = toDays(t);
  }
  return { stage, trail, stage_days, flags };
}

// src/improvements/register.ts
var JOINED_KINDS = /* @__PURE__ */ new Set(["improvement", "nonconformity"]);
function warning(file, at, code, message) {
  return { file, line: at.line, column: at.column, severity: "warning", code, message };
}
function stageTargets(config) {
  const out = {};
  for (const [stage, text] of Object.entries(config.improvements?.stage_targets ?? {})) {
    const seconds = parseDuration(text);
    if (seconds !== null && ["plan", "do", "check", "act"].includes(stage)) out[stage] = seconds;
  }
  return out;
}
function resultOf(record) {
  const d = record?.data;
  if (!d) return null;
  if (typeof d.result === "string" && d.result.trim()) return d.result;
  if (d.effective === true) return "effective";
  if (d.effective === false) return "not effective";
  return null;
}
function buildRegister(input) {
  const labels = labelSet(input.config);
  const targets = stageTargets(input.config);
  const diagnostics = [];
  const configAt = (pointer) => positionOf({ positions: input.configPositions ?? {} }, pointer, "key");
  for (const key of labels.unknownKeys)
    diagnostics.push(
      warning(
        "sms.config.yml",
        configAt(`/improvements/labels/${key}`),
        "improvements-label-unknown",
        `improvements.labels.${key} is not a label the register uses; use one of improvement, nonconformity, plan, do, check, act`
      )
    );
  const known = new Set(input.records.map((r) => r.data.id).filter((id) => typeof id === "string"));
  const byIssue = /* @__PURE__ */ new Map();
  for (const r of input.records) {
    if (!JOINED_KINDS.has(r.data.kind) || typeof r.data.issue !== "number") continue;
    byIssue.set(r.data.issue, [...byIssue.get(r.data.issue) ?? [], r]);
  }
  const today = localDate(input.now, input.config.timezone);
  const nowMs = Date.parse(input.now);
  const items = [];
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const history = stageHistory(issue, input.events.get(issue.number) ?? [], labels, input.now);
    const joined = byIssue.get(issue.number) ?? [];
    const records = [
      .../* @__PURE__ */ new Set([
        ...joined.map((r) => r.data.id),
        ...joined.flatMap((r) => Array.isArray(r.data.records) ? r.data.records : []).filter((id) => typeof id === "string" && known.has(id)),
        ...mentionedIds(`${issue.title}
${issue.body}`, known)
      ])
    ];
    const isNc = issue.labels.some((l) => labels.keyOf(l) === "nonconformity") || !issue.labels.some((l) => labels.keyOf(l) === "improvement") && joined.some((r) => r.data.kind === "nonconformity");
    const improvementRecord = joined.find((r) => r.data.kind === "improvement") ?? joined[0];
    const end = issue.state === "closed" && issue.closed_at ? Date.parse(issue.closed_at) : nowMs;
    let overdue_reason = null;
    if (history.stage !== "done") {
      const target = targets[history.stage];
      const spent = history.stage_days[history.stage] ?? 0;
      if (target !== void 0 && spent * 86400 > target) overdue_reason = "stage-target";
      else if (joined.some((r) => typeof r.data.due === "string" && r.data.due < today))
        overdue_reason = "due";
    }
    items.push({
      issue: issue.number,
      title: issue.title,
      type: isNc ? "nonconformity" : "improvement",
      stage: history.stage,
      state: issue.state,
      records,
      opened_at: issue.created_at,
      closed_at: issue.state === "closed" ? issue.closed_at : null,
      stage_days: history.stage_days,
      owner: (typeof improvementRecord?.data.owner === "string" ? improvementRecord.data.owner : void 0) ?? issue.assignees?.[0] ?? null,
      age_days: toDays(end - Date.parse(issue.created_at)),
      overdue: overdue_reason !== null,
      overdue_reason,
      result: resultOf(improvementRecord),
      url: issue.html_url,
      flags: history.flags,
      trail: history.trail
    });
  }
  const listed = new Map(items.map((i) => [i.issue, i]));
  for (const [number, joined] of byIssue) {
    const item = listed.get(number);
    for (const r of joined) {
      if (!item) {
        diagnostics.push(
          warning(
            r.path ?? r.data.id,
            positionOf({ positions: r.positions ?? {} }, "/issue"),
            "improvement-issue-unknown",
            `${r.data.id} names issue #${number}, which is not an issue labelled ${labels.names.improvement} or ${labels.names.nonconformity}; label the issue on GitHub or correct 'issue'`
          )
        );
      } else if (r.data.kind === "improvement" && typeof r.data.status === "string" && r.data.status !== item.stage && !item.flags.includes("stage-label-missing")) {
        diagnostics.push(
          warning(
            r.path ?? r.data.id,
            positionOf({ positions: r.positions ?? {} }, "/status"),
            "improvement-stage-mismatch",
            `${r.data.id} has status ${r.data.status} but issue #${number} is in stage ${item.stage}; set 'status: ${item.stage}' or ${r.data.status === "done" ? "close the issue" : `label the issue ${labels.names[r.data.status] ?? r.data.status}`}`
          )
        );
      }
    }
  }
  return { items, diagnostics };
}

export {
  actKey,
  actFindings,
  OPEN_STAGES,
  STAGES,
  improvementBoard,
  improvementFigures,
  improvementFiguresFromRecords,
  formatRegisterTable,
  formatActReport,
  LABEL_KEYS,
  DEFAULT_LABELS,
  normalizeLabel,
  labelSet,
  mentionedIds,
  actMarker,
  markerKey,
  newIssueBody,
  refreshedBody,
  duplicateBody,
  missingLabels,
  issuesByKey,
  planAct,
  duplicates,
  toDays,
  stageHistory,
  stageTargets,
  buildRegister
};
