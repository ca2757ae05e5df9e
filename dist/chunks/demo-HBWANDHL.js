import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  runInit
} from "./chunk-ZWS3RARF.js";
import {
  formatMetricsText
} from "./chunk-VT3HU3QU.js";
import {
  runSite
} from "./chunk-LW75CM3Q.js";
import "./chunk-LOXZVYIZ.js";
import {
  runValidate
} from "./chunk-OOH64HV7.js";
import {
  runMetrics
} from "./chunk-LPM5JO4J.js";
import "./chunk-BEPF255K.js";
import "./chunk-HEJFJPQ7.js";
import "./chunk-K6HXRANE.js";
import "./chunk-WUEREMFW.js";
import "./chunk-EB4RF5Q5.js";
import "./chunk-B7RSRMB7.js";
import "./chunk-7Z76JCEG.js";
import {
  templateDir
} from "./chunk-MEKIWOFY.js";
import "./chunk-2MODB7EL.js";
import "./chunk-YIFSFFMI.js";
import "./chunk-XZCHGBP2.js";
import "./chunk-L43RMUHW.js";
import "./chunk-N3LW2OJT.js";
import "./chunk-IUYJB6F7.js";
import "./chunk-EJPDLTRP.js";
import "./chunk-OLQXB76A.js";
import "./chunk-U5PZHFZ2.js";
import "./chunk-MDI4L5WW.js";
import "./chunk-NU6NBEOK.js";
import "./chunk-KN4KNFH2.js";
import "./chunk-5SNFJVHI.js";
import {
  GIT_GLOBAL_ARGS,
  firstLine,
  gitEnv,
  hasGitBinary,
  runGit
} from "./chunk-GZQFH5ZC.js";
import {
  GitError,
  UsageError
} from "./chunk-NUII5PFN.js";
import {
  formatText
} from "./chunk-3YHRD6GL.js";
import "./chunk-Q6J2Z4O2.js";
import "./chunk-MED7XWK6.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/app/demo.ts
init_define_SMS_SITE_ASSETS();
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/demo/index.ts
init_define_SMS_SITE_ASSETS();
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";

// src/demo/fast-import.ts
init_define_SMS_SITE_ASSETS();
import { spawn } from "node:child_process";

// src/demo/model.ts
init_define_SMS_SITE_ASSETS();

// src/demo/time.ts
init_define_SMS_SITE_ASSETS();
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var switches = /* @__PURE__ */ new Map();
function summer(year) {
  let s = switches.get(year);
  if (!s) {
    const lastSunday = (month) => {
      const last = new Date(Date.UTC(year, month + 1, 0));
      return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
    };
    s = [lastSunday(2), lastSunday(9)];
    switches.set(year, s);
  }
  return s;
}
function berlinOffset(ms) {
  const [from, to] = summer(new Date(ms).getUTCFullYear());
  return ms >= from && ms < to ? 120 : 60;
}
function berlinIso(ms) {
  const off = berlinOffset(ms);
  const wall = new Date(Math.floor(ms / MINUTE) * MINUTE + off * MINUTE).toISOString().slice(0, 19);
  return `${wall}+0${off / 60}:00`;
}
function gitOffset(ms) {
  return `+0${berlinOffset(ms) / 60}00`;
}
function berlinClock(ms) {
  const local = new Date(ms + berlinOffset(ms) * MINUTE);
  return { hour: local.getUTCHours(), weekday: (local.getUTCDay() + 6) % 7 + 1 };
}
function berlinAt(ms, hour, minute = 0) {
  const off = berlinOffset(ms);
  const localMidnight = Math.floor((ms + off * MINUTE) / DAY) * DAY;
  return localMidnight + hour * HOUR + minute * MINUTE - off * MINUTE;
}
function toMinute(ms) {
  return Math.floor(ms / MINUTE) * MINUTE;
}
function isBusiness(ms) {
  const { hour, weekday } = berlinClock(ms);
  return weekday <= 5 && hour >= 8 && hour < 18;
}
function nextBusiness(ms) {
  let t = ms;
  for (let i = 0; i < 8 && !isBusiness(t); i++) {
    const { hour, weekday } = berlinClock(t);
    t = weekday <= 5 && hour < 8 ? berlinAt(t, 8) : berlinAt(t + DAY, 8);
  }
  return t;
}
function addBusiness(ms, hours) {
  let t = nextBusiness(ms);
  let rest = hours * HOUR;
  for (let guard = 0; rest > 0 && guard < 1e3; guard++) {
    const close = berlinAt(t, 18);
    const chunk = Math.min(rest, close - t);
    t += chunk;
    rest -= chunk;
    if (rest > 0) t = nextBusiness(close);
  }
  return t;
}

// src/demo/model.ts
var NAMES = {
  anna: "Anna Albrecht",
  ben: "Ben Becker",
  carol: "Carol Schmidt",
  dave: "Dave Okafor",
  erin: "Erin Novak",
  frank: "Frank Weber",
  gina: "Gina Rossi",
  hugo: "Hugo Lange",
  ines: "Ines Yilmaz"
};
var PEOPLE = Object.fromEntries(
  Object.entries(NAMES).map(([login, name], i) => [
    login,
    { login, name, email: `${41001 + i}+${login}@users.noreply.github.com` }
  ])
);
var TEAMS = {
  desk: ["frank", "gina"],
  ops: ["carol", "dave", "hugo", "ines"],
  cab: ["carol", "dave", "erin"],
  ecab: ["dave"],
  management: ["anna", "ben"]
};
function renderRecord(rec, applied, at) {
  const out = ["---", `id: ${rec.id}`, ...rec.head, ...rec.refs?.() ?? []];
  const steps = rec.steps.slice(0, applied);
  if (rec.timeline) {
    out.push(`opened_at: ${berlinIso(rec.openedAt)}`);
    if (steps.length > 0) {
      out.push("timeline:");
      for (const s of steps) {
        const extra = `${s.reopened ? ", reopened: true" : ""}${s.note ? `, note: ${s.note}` : ""}`;
        out.push(`  - { at: ${berlinIso(s.at)}, status: ${s.status}, by: ${s.by}${extra} }`);
      }
    }
  }
  out.push(`status: ${steps.length > 0 ? steps[steps.length - 1].status : rec.initial}`);
  for (const f of rec.fields) if (f.afterSteps <= applied) out.push(...f.lines);
  out.push("---", rec.body.trimEnd(), "");
  for (const s of rec.sections) if (s.afterSteps <= applied) out.push(...s.lines, "");
  const notes = rec.notes.filter((n) => n.at <= at);
  if (notes.length > 0) {
    out.push("## Work log", "");
    for (const n of notes) out.push(`- ${berlinIso(n.at).slice(0, 16).replace("T", " ")} ${n.by}: ${n.text}`);
    out.push("");
  }
  return out.join("\n");
}
function recordPath(folder, id, openedAt, layout) {
  if (layout === "flat") return `${folder}/${id}.md`;
  const iso = berlinIso(openedAt);
  return `${folder}/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${id}.md`;
}

// src/demo/fast-import.ts
function data(text) {
  return `data ${Buffer.byteLength(text)}
${text}
`;
}
async function fastImport(dir, commits) {
  const child = spawn("git", [...GIT_GLOBAL_ARGS, "fast-import", "--quiet", "--done"], {
    cwd: dir,
    env: gitEnv(),
    stdio: ["pipe", "ignore", "pipe"]
  });
  const stderr = [];
  child.stderr.on("data", (c) => stderr.push(c));
  const closed = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code2) => resolve(code2 ?? -1));
  });
  child.stdin.on("error", () => {
  });
  let chunk = [];
  let size = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const ok = child.stdin.write(chunk.join(""));
    chunk = [];
    size = 0;
    if (!ok) await new Promise((resolve) => child.stdin.once("drain", () => resolve()));
  };
  for (const c of commits) {
    const who = PEOPLE[c.author] ?? PEOPLE.ben;
    const sig = `${who.name} <${who.email}> ${Math.floor(c.time / 1e3)} ${gitOffset(c.time)}`;
    chunk.push(`commit refs/heads/main
author ${sig}
committer ${sig}
${data(c.message)}`);
    for (const f of c.files) {
      const text = f.content();
      chunk.push(`M 100644 inline ${f.path}
${data(text)}`);
      size += text.length;
    }
    chunk.push("\n");
    if (size > 1 << 20) await flush();
  }
  chunk.push("done\n");
  await flush();
  child.stdin.end();
  const code = await closed;
  if (code !== 0)
    throw new GitError(`git fast-import failed: ${firstLine(Buffer.concat(stderr).toString("utf8"))}`);
}
async function checkoutHead(dir) {
  const out = await runGit(dir, ["reset", "-q", "--hard", "HEAD"]);
  if (out.code !== 0) throw new GitError(`git reset failed: ${firstLine(out.stderr)}`);
}

// src/demo/plan.ts
init_define_SMS_SITE_ASSETS();

// src/demo/changes.ts
init_define_SMS_SITE_ASSETS();

// src/demo/incidents.ts
init_define_SMS_SITE_ASSETS();
var SERVICES = {
  "SVC-shop-hosting": {
    cis: [
      "CI-app-shop",
      "CI-db-shop",
      "CI-cache-redis",
      "CI-lb-web",
      "CI-vm-web-01",
      "CI-vm-web-02",
      "CI-cert-shop"
    ],
    titles: [
      "Checkout returns 502 for some shoppers",
      "Product images load slowly",
      "Shop admin login fails",
      "Search results empty after the nightly reindex",
      "Payment callback times out",
      "Certificate warning on a shop domain",
      "Order export job failed",
      "Category pages slow during a campaign",
      "Shoppers lose their cart after login",
      "Newsletter sign-up form returns an error"
    ],
    fixes: [
      "Restarted the stuck worker pool and added a health check",
      "Cleared the corrupted cache entries and warmed the cache",
      "Rolled the faulty configuration back",
      "Raised the connection limit to the documented value",
      "Re-ran the failed job after freeing disk space"
    ]
  },
  "SVC-backup": {
    cis: ["CI-backup-server", "CI-objstore-offsite", "CI-monitoring"],
    titles: [
      "Nightly backup job failed",
      "Backup job ran past its window",
      "Restore test failed verification",
      "Offsite replication is lagging",
      "Backup agent stopped reporting",
      "Backup pool near its quota"
    ],
    fixes: [
      "Re-ran the job after the customer freed space in the quota",
      "Restarted the backup agent and confirmed the next run",
      "Replaced the failed disk and resynchronised the pool",
      "Throttled the replication window to the contracted bandwidth"
    ]
  }
};
var CUSTOMERS = ["Brunnen Naturkost", "Holzwerk M\xF6bel", "Kranich Outdoor"];
var IMPACT_URGENCY = {
  P1: [["high", "high"]],
  P2: [
    ["high", "medium"],
    ["medium", "high"]
  ],
  P3: [
    ["medium", "medium"],
    ["high", "low"],
    ["low", "high"]
  ],
  P4: [
    ["low", "low"],
    ["medium", "low"],
    ["low", "medium"]
  ]
};
function lifecycle(ctx, spec, owner, desk) {
  const { rnd } = ctx;
  const p = spec.priority;
  const urgent = p === "P1";
  const steps = [];
  let t = urgent ? spec.openedAt + Math.max(2 * MINUTE, rnd.expo(12 * MINUTE)) : nextBusiness(spec.openedAt) + rnd.expo((p === "P2" ? 35 : p === "P3" ? 120 : 300) * MINUTE);
  steps.push({ at: t, status: "in-progress", by: owner });
  const work = { P1: 2.3, P2: 4.5, P3: 10, P4: 16 }[p];
  let rest = Math.max(0.3, rnd.expo(work));
  if (!urgent && rnd.chance(0.18)) {
    const part = rest * rnd.next();
    t = addBusiness(t, part);
    steps.push({ at: t, status: "on-hold", by: owner, note: `waiting for ${rnd.pick(CUSTOMERS)}` });
    t = addBusiness(t, Math.max(1, rnd.expo(12)));
    steps.push({ at: t, status: "in-progress", by: owner });
    rest -= part;
  }
  t = urgent ? t + rest * HOUR : addBusiness(t, rest);
  steps.push({ at: t, status: "resolved", by: owner });
  if (rnd.chance(0.04)) {
    t = addBusiness(t, Math.max(0.5, rnd.expo(6)));
    steps.push({ at: t, status: "in-progress", by: owner, reopened: true, note: "the fault came back" });
    t = urgent ? t + Math.max(0.3, rnd.expo(1.5)) * HOUR : addBusiness(t, Math.max(0.3, rnd.expo(2)));
    steps.push({ at: t, status: "resolved", by: owner });
  }
  steps.push({ at: addBusiness(t, 8 + rnd.expo(10)), status: "closed", by: desk });
  return steps.map((s) => ({ ...s, at: toMinute(s.at) }));
}
function clip(steps, openedAt, end) {
  const out = [];
  let last = openedAt;
  for (const s of steps) {
    const at = Math.max(s.at, last + MINUTE);
    if (at >= end) break;
    out.push({ ...s, at });
    last = at;
  }
  return out;
}
function makeIncident(ctx, spec) {
  const { rnd } = ctx;
  const svc = SERVICES[spec.service];
  const owner = spec.priority === "P1" || !isBusiness(spec.openedAt) ? rnd.pick(["dave", "ines"]) : rnd.pick(TEAMS.ops);
  const desk = rnd.pick(TEAMS.desk);
  const openedBy = isBusiness(spec.openedAt) ? desk : owner;
  const steps = clip(lifecycle(ctx, spec, owner, desk), spec.openedAt, ctx.end);
  const title = spec.major ? "Checkout down for all shops (database failover stalled)" : `${rnd.pick(svc.titles)} (${rnd.pick(CUSTOMERS)})`;
  const [impact, urgency] = rnd.pick(IMPACT_URGENCY[spec.priority]);
  const cis = [.../* @__PURE__ */ new Set([rnd.pick(svc.cis), rnd.pick(svc.cis)])];
  const resolvedAt = steps.findIndex((s) => s.status === "resolved");
  const rec = {
    id: "",
    kind: "incident",
    path: "",
    openedAt: spec.openedAt,
    openedBy,
    initial: "new",
    steps,
    timeline: spec.major || spec.priority === "P1" || rnd.chance(0.7),
    head: [],
    fields: [],
    body: spec.major ? "External probes and all three shop customers reported failed checkouts from 14:05. The primary database\nstopped accepting writes and the automatic failover did not complete.\n" : `${rnd.pick(["Monitoring alerted", "A customer called", "A customer wrote to the desk"])} at ${berlinIso(spec.openedAt).slice(11, 16)}.
`,
    sections: [],
    notes: []
  };
  rec.head = [
    "kind: incident",
    `title: ${title}`,
    "owner: service-desk",
    `service: ${spec.service}`,
    `cis: [${cis.join(", ")}]`,
    ...spec.major ? ["major: true"] : [],
    `impact: ${impact}`,
    `urgency: ${urgency}`,
    `priority: ${spec.priority}`,
    `reported_by: ${rnd.pick(["monitoring", "customer phone call", "customer e-mail"])}`
  ];
  if (resolvedAt >= 0) {
    const resolved = steps[resolvedAt].at;
    const lines = [];
    if (spec.service === "SVC-shop-hosting" && (spec.priority === "P1" || rnd.chance(0.25))) {
      const down = spec.priority === "P1";
      const start = toMinute(spec.openedAt - rnd.int(1, 10) * MINUTE);
      const back = spec.major ? resolved - 3 * MINUTE : start + (5 + rnd.expo(down ? 40 : 60)) * MINUTE;
      const stop = toMinute(Math.max(start + 5 * MINUTE, Math.min(back, resolved)));
      lines.push(
        "outage:",
        `  - { start: ${berlinIso(start)}, end: ${berlinIso(stop)}, effect: ${down ? "down" : "degraded"} }`
      );
      if (spec.major) {
        lines.push(
          `  - { start: ${berlinIso(stop)}, end: ${berlinIso(stop + 98 * MINUTE)}, effect: degraded }`
        );
      }
    }
    lines.push(`resolution: ${rnd.pick(svc.fixes)}`);
    rec.fields.push({ afterSteps: resolvedAt + 1, lines });
    if (spec.major) {
      rec.sections.push({
        afterSteps: resolvedAt + 1,
        lines: [
          "## Major incident review",
          "",
          "Held two days later (blameless). The failover waited for a replica that was itself lagging; the",
          "runbook now checks replica lag first, and a problem record tracks the permanent fix."
        ]
      });
    }
  }
  const change = spec.change;
  if (change) rec.refs = () => [`change: ${change.id}`];
  return rec;
}
function openings(ctx, count, businessShare = 0.8) {
  const out = [];
  const from = ctx.start + DAY;
  const span = ctx.end - 2 * DAY - from;
  while (out.length < count) {
    const t = toMinute(from + ctx.rnd.next() * span);
    if (isBusiness(t) || ctx.rnd.chance((1 - businessShare) / businessShare / 2.4)) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

// src/demo/changes.ts
var STANDARD = [
  {
    template: "PRC-std-os-patching",
    title: "Monthly OS patches for the web servers",
    cis: ["CI-vm-web-01", "CI-vm-web-02"]
  },
  { template: "PRC-std-tls-renewal", title: "Renew a shop domain certificate", cis: ["CI-cert-shop"] }
];
var NORMAL = [
  "Upgrade the shop software to the next minor release",
  "Move the product search to the new index cluster",
  "Raise database connection limits",
  "Replace the load balancer certificate chain",
  "Add a disk shelf to the backup server",
  "Switch offsite replication to the new bucket",
  "Reindex and vacuum the shop database"
];
var SECTIONS = [
  "## Implementation plan",
  "",
  "1. Announce the window to the customers. 2. Apply the change on the standby first. 3. Switch over.",
  "",
  "## Back-out plan",
  "",
  "Switch back to the untouched standby and restore the previous configuration from git.",
  "",
  "## Test plan",
  "",
  "External checkout probe green for 15 minutes; error rate and latency at their usual level."
];
function maintenanceSlot(ms, rnd) {
  let t = berlinAt(ms + DAY + rnd.int(0, 6) * DAY, 21);
  while (![2, 3, 4].includes(berlinClock(t).weekday)) t = berlinAt(t + DAY, 21);
  return t;
}
function makeChange(ctx, spec) {
  const { rnd } = ctx;
  const owner = spec.type === "emergency" ? rnd.pick(["dave", "hugo"]) : rnd.pick(TEAMS.ops);
  const approver = spec.type === "emergency" ? "dave" : rnd.pick(TEAMS.cab.filter((p) => p !== owner));
  const outcome = spec.outcome ?? (spec.type === "standard" ? "successful" : rnd.weighted([
    ["successful", 88],
    ["rolled-back", 6],
    ["failed", 6]
  ]));
  const steps = [];
  let t = spec.openedAt;
  let window;
  let initial = "draft";
  if (spec.type === "standard") {
    initial = "submitted";
    t += rnd.int(10, 30) * MINUTE;
    steps.push({ at: t, status: "scheduled", by: owner, note: "pre-authorized standard change" });
    const start = rnd.chance(0.5) ? berlinAt(nextBusiness(t + DAY), 7) : maintenanceSlot(t, rnd);
    window = [start, start + 30 * MINUTE];
  } else if (spec.type === "emergency") {
    initial = "submitted";
    t += rnd.int(3, 10) * MINUTE;
    steps.push({ at: t, status: "approved", by: approver, note: "ECAB approval during the incident" });
    const start = t + rnd.int(5, 20) * MINUTE;
    window = [start, start + 30 * MINUTE];
  } else {
    t = addBusiness(t, rnd.expo(4));
    steps.push({ at: t, status: "submitted", by: owner });
    t = addBusiness(t, 2 + rnd.expo(14));
    steps.push({ at: t, status: "approved", by: approver, note: "CAB approval" });
    const start = spec.plannedOutage ? maintenanceSlot(t, rnd) : berlinAt(nextBusiness(t + DAY), 10);
    window = [start, start + (spec.plannedOutage ? 90 : 60) * MINUTE];
    steps.push({ at: t + rnd.int(10, 60) * MINUTE, status: "scheduled", by: owner });
  }
  const done = toMinute(window[0] + rnd.int(10, 25) * MINUTE);
  if (outcome === "failed")
    steps.push({ at: done, status: "failed", by: owner, note: "aborted in the window" });
  else {
    steps.push({ at: done, status: "implemented", by: owner });
    const review = spec.type === "emergency" ? "retrospective CAB approval" : "post-implementation review";
    steps.push({
      at: addBusiness(done, spec.type === "standard" ? 1 : 16),
      status: "reviewed",
      by: approver,
      note: review
    });
    steps.push({ at: addBusiness(done, spec.type === "standard" ? 4 : 24), status: "closed", by: approver });
  }
  const clipped = clip(
    steps.map((s) => ({ ...s, at: toMinute(s.at) })),
    spec.openedAt,
    ctx.end
  );
  const ended = clipped.findIndex((s) => s.status === "implemented" || s.status === "failed");
  const std = rnd.pick(STANDARD);
  const title = spec.type === "standard" ? std.title : spec.type === "emergency" ? `"Emergency: fix for ${spec.incident?.head.find((l) => l.startsWith("title: "))?.slice(7).replace(/"/g, "") ?? "an incident"}"` : rnd.pick(NORMAL);
  const cis = spec.type === "standard" ? std.cis : [rnd.pick(SERVICES[spec.service].cis)];
  const rec = {
    id: "",
    kind: "change",
    path: "",
    openedAt: spec.openedAt,
    openedBy: owner,
    initial,
    steps: clipped,
    timeline: true,
    head: [
      "kind: change",
      `title: ${title}`,
      `owner: ${owner}`,
      `type: ${spec.type}`,
      ...spec.type === "standard" ? [`template: ${std.template}`] : [],
      `risk: ${spec.type === "standard" ? "low" : rnd.pick(["low", "medium", "medium", "high"])}`,
      `cis: [${cis.join(", ")}]`,
      `services: [${spec.service}]`,
      `requested_by: ${owner}`,
      `window: { start: ${berlinIso(window[0])}, end: ${berlinIso(window[1])} }`,
      `planned_outage: ${spec.plannedOutage === true}`
    ],
    fields: ended >= 0 ? [{ afterSteps: ended + 1, lines: [`implemented_on: ${berlinIso(done)}`, `outcome: ${outcome}`] }] : [],
    body: `${spec.plannedOutage ? "Planned maintenance with the shops offline during the window." : "Routine change."}
`,
    sections: [
      { afterSteps: 0, lines: SECTIONS },
      ...ended >= 0 ? [
        {
          afterSteps: ended + 1,
          lines: [
            "## Post-implementation review",
            "",
            outcome === "successful" ? "Done within the window; no customer impact beyond the announced one." : `Outcome ${outcome}: the previous state was restored; a new attempt will be planned.`
          ]
        }
      ] : []
    ],
    notes: []
  };
  const incident = spec.incident;
  if (incident) rec.refs = () => [`incidents: [${incident.id}]`];
  return rec;
}
function wentWrong(change) {
  const line = change.fields[0]?.lines.find((l) => l.startsWith("outcome: "));
  if (!line || line === "outcome: successful") return void 0;
  const at = change.fields[0].afterSteps - 1;
  return change.steps[at]?.at === void 0 ? void 0 : change.steps[at].at + HOUR / 2;
}

// src/demo/random.ts
init_define_SMS_SITE_ASSETS();
function seeded(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
    z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
    return (z ^ z >>> 16) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (a + b >>> 0) + d >>> 0;
    d = d + 1 >>> 0;
    a = b ^ b >>> 9;
    b = c + (c << 3) >>> 0;
    c = (c << 21 | c >>> 11) >>> 0;
    c = c + t >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const random = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    weighted: (choices) => {
      const total = choices.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of choices) {
        r -= w;
        if (r < 0) return value;
      }
      return choices[choices.length - 1][0];
    },
    expo: (mean) => -Math.log(1 - next()) * mean
  };
  return random;
}

// src/demo/requests.ts
init_define_SMS_SITE_ASSETS();
var REQUESTS = {
  "SVC-backup": [
    "Restore a deleted folder",
    "Restore last night's database dump",
    "Add a server to the backup plan"
  ],
  "SVC-shop-hosting": [
    "Create a shop admin account",
    "Staging access for an agency",
    "Log extract for a payment dispute",
    "Certificate for a new shop domain"
  ]
};
function makeRequest(ctx, openedAt) {
  const { rnd } = ctx;
  const service = rnd.chance(0.6) ? "SVC-backup" : "SVC-shop-hosting";
  const desk = rnd.pick(TEAMS.desk);
  const owner = rnd.pick(TEAMS.ops);
  const steps = [];
  let t = nextBusiness(openedAt) + rnd.expo(40 * 6e4);
  steps.push({ at: t, status: "approved", by: desk, note: "requester confirmed by call-back" });
  t = addBusiness(t, rnd.expo(1));
  steps.push({ at: t, status: "in-progress", by: owner });
  if (rnd.chance(0.1)) {
    t = addBusiness(t, rnd.expo(1));
    steps.push({ at: t, status: "on-hold", by: owner, note: "waiting for the customer" });
    t = addBusiness(t, Math.max(1, rnd.expo(10)));
    steps.push({ at: t, status: "in-progress", by: owner });
  }
  t = addBusiness(t, Math.max(0.3, rnd.expo(6)));
  steps.push({ at: t, status: "fulfilled", by: owner });
  steps.push({ at: addBusiness(t, 8), status: "closed", by: desk });
  const customer = rnd.pick(CUSTOMERS);
  return {
    id: "",
    kind: "request",
    path: "",
    openedAt,
    openedBy: desk,
    initial: "new",
    steps: clip(
      steps.map((s) => ({ ...s, at: toMinute(s.at) })),
      openedAt,
      ctx.end
    ),
    timeline: rnd.chance(0.8),
    head: [
      "kind: request",
      `title: ${rnd.pick(REQUESTS[service])} for ${customer}`,
      "owner: service-desk",
      `service: ${service}`,
      `priority: ${rnd.chance(0.7) ? "P3" : "P4"}`,
      `requested_by: ${customer} (authorised contact)`
    ],
    fields: [],
    body: `Requested by ${customer} through the customer portal.
`,
    sections: [],
    notes: []
  };
}
function makeProblem(ctx, incidents) {
  const { rnd } = ctx;
  const second = incidents[1];
  if (!second) return void 0;
  const resolved = second.steps.find((s) => s.status === "resolved");
  const openedAt = toMinute(nextBusiness((resolved?.at ?? second.openedAt) + DAY));
  if (openedAt >= ctx.end) return void 0;
  const owner = rnd.pick(["carol", "dave"]);
  const steps = [];
  let t = addBusiness(openedAt, 4 + rnd.expo(6));
  steps.push({ at: t, status: "investigating", by: owner });
  if (rnd.chance(0.5)) {
    t = addBusiness(t, 10 + rnd.expo(20));
    steps.push({ at: t, status: "known-error", by: owner, note: "workaround documented" });
  }
  t = addBusiness(t, 40 + rnd.expo(80));
  steps.push({ at: t, status: "resolved", by: owner, note: "permanent fix deployed" });
  steps.push({ at: addBusiness(t, 100), status: "closed", by: "ben", note: "no recurrence in two weeks" });
  const clipped = clip(
    steps.map((s) => ({ ...s, at: toMinute(s.at) })),
    openedAt,
    ctx.end
  );
  const service = /^service: (\S+)$/m.exec(second.head.join("\n"))?.[1] ?? "SVC-shop-hosting";
  const title = /^title: (.+?)(?: \(|$)/m.exec(second.head.join("\n"))?.[1] ?? "Recurring fault";
  const solvedAfter = clipped.findIndex((s) => s.status === "resolved");
  return {
    id: "",
    kind: "problem",
    path: "",
    openedAt,
    openedBy: owner,
    initial: "new",
    steps: clipped,
    timeline: true,
    head: [
      "kind: problem",
      `title: "Recurring: ${title}"`,
      `owner: ${owner}`,
      "priority: P3",
      `services: [${service}]`
    ],
    refs: () => [`incidents: [${incidents.map((i) => i.id).join(", ")}]`],
    fields: [],
    body: `Opened after ${incidents.length} incidents with the same symptom.
`,
    sections: solvedAfter >= 0 ? [
      {
        afterSteps: solvedAfter + 1,
        lines: [
          "## Root cause",
          "",
          "A default limit was too low for peak traffic; raised and monitored now."
        ]
      }
    ] : [],
    notes: []
  };
}

// src/demo/template.ts
init_define_SMS_SITE_ASSETS();
var FIRST_STATUS = {
  incident: "new",
  request: "new",
  problem: "new",
  change: "draft"
};
var ENTRY = /^ {2}- \{ at: ([^,]+), status: ([a-z-]+)(?:, by: ([a-z]+))?/;
function planTemplate(files) {
  const root = /* @__PURE__ */ new Map();
  const versions = [];
  for (const [path3, text] of files) {
    const kind = /^kind: ([a-z-]+)$/m.exec(text)?.[1] ?? "";
    const opened = /^opened_at: (\S+)$/m.exec(text)?.[1];
    const lines = text.split("\n");
    const tl = lines.indexOf("timeline:");
    if (!(kind in FIRST_STATUS) || !opened || tl < 0) {
      root.set(path3, text);
      continue;
    }
    let end = tl + 1;
    while (ENTRY.test(lines[end] ?? "")) end++;
    const entries = lines.slice(tl + 1, end).map((l) => ENTRY.exec(l));
    const id = /^id: (\S+)$/m.exec(text)?.[1] ?? path3;
    const owner = /^owner: ([a-z]+)$/m.exec(text)?.[1];
    const person = (by) => by ?? owner ?? "ben";
    let time = toMinute(Date.parse(opened) + 4 * MINUTE);
    const version = (k) => {
      if (k === entries.length) return text;
      const status = k === 0 ? FIRST_STATUS[kind] : entries[k - 1][2];
      const kept = k === 0 ? [] : ["timeline:", ...lines.slice(tl + 1, tl + 1 + k)];
      const body = [...lines.slice(0, tl), ...kept, ...lines.slice(end)];
      return body.map((l) => /^status: /.test(l) ? `status: ${status}` : l).join("\n");
    };
    versions.push({ path: path3, time, author: person(void 0), message: `${id}: recorded`, content: version(0) });
    entries.forEach((e, i) => {
      time = Math.max(time + MINUTE, toMinute(Date.parse(e[1]) + (3 + i * 7 % 11) * MINUTE));
      versions.push({ path: path3, time, author: person(e[3]), message: `${id}: ${e[2]}`, content: version(i + 1) });
    });
  }
  return { root, versions };
}

// src/demo/plan.ts
var PREFIX = { incident: "INC", change: "CHG", request: "REQ", problem: "PRB" };
var FOLDER = {
  incident: "incidents",
  change: "changes",
  request: "requests",
  problem: "problems"
};
var MAJOR = Date.parse("2026-09-16T14:05:00+02:00");
function generate(ctx, opts) {
  const { rnd } = ctx;
  const service = () => rnd.chance(0.7) ? "SVC-shop-hosting" : "SVC-backup";
  const incidents = openings(ctx, opts.incidents).map(
    (openedAt) => makeIncident(ctx, {
      openedAt,
      service: service(),
      priority: rnd.weighted([
        ["P1", 3],
        ["P2", 14],
        ["P3", 50],
        ["P4", 33]
      ])
    })
  );
  const changes = [];
  const add = (spec) => changes.push(makeChange(ctx, spec));
  if (MAJOR > ctx.start && MAJOR < ctx.end - 3 * DAY && opts.incidents > 0) {
    const major = makeIncident(ctx, {
      openedAt: MAJOR,
      priority: "P1",
      service: "SVC-shop-hosting",
      major: true
    });
    incidents.push(major);
    add({ openedAt: MAJOR + 40 * MINUTE, type: "emergency", service: "SVC-shop-hosting", incident: major });
  }
  for (let m = berlinAt(ctx.start + 3 * DAY, 10); m < ctx.end - 20 * DAY && changes.length < opts.changes; m += 30 * DAY) {
    add({
      openedAt: m,
      type: "normal",
      service: "SVC-shop-hosting",
      plannedOutage: true,
      outcome: "successful"
    });
  }
  const urgent = incidents.filter((i) => /^priority: P[12]$/m.test(i.head.join("\n")) && i.steps.length > 1);
  for (const openedAt of openings(ctx, Math.max(0, opts.changes - changes.length), 0.95)) {
    const type = rnd.weighted([
      ["standard", 50],
      ["normal", 40],
      ["emergency", 10]
    ]);
    const incident = type === "emergency" ? urgent.find((i) => i.openedAt > openedAt - 3 * DAY) : void 0;
    if (type === "emergency" && incident) {
      urgent.splice(urgent.indexOf(incident), 1);
      add({ openedAt: incident.steps[0].at + 10 * MINUTE, type, service: "SVC-shop-hosting", incident });
    } else {
      const svc = service();
      add({
        openedAt,
        type: type === "emergency" ? "normal" : type,
        service: svc,
        plannedOutage: type === "normal" && svc === "SVC-shop-hosting" && rnd.chance(0.25)
      });
    }
  }
  for (const change of changes) {
    const at = wentWrong(change);
    if (at !== void 0 && at < ctx.end - DAY && rnd.chance(0.5)) {
      incidents.push(
        makeIncident(ctx, { openedAt: toMinute(at), priority: "P2", service: "SVC-shop-hosting", change })
      );
    }
  }
  const requests = openings(ctx, opts.requests, 0.97).map(
    (t) => makeRequest(ctx, isBusiness(t) ? t : t + DAY / 2)
  );
  const problems = [];
  const byTitle = /* @__PURE__ */ new Map();
  for (const i of incidents) {
    const key = i.head.find((l) => l.startsWith("title: "))?.replace(/ \(.*$/, "") ?? "";
    byTitle.set(key, [...byTitle.get(key) ?? [], i]);
  }
  const groups = [...byTitle.values()].sort((a, b) => b.length - a.length);
  for (let round = 0; round < 100 && problems.length < opts.problems; round++) {
    for (const group of groups) {
      if (problems.length >= opts.problems) break;
      const slice = group.slice(round * 4, round * 4 + rnd.int(2, 4));
      const p = slice.length >= 2 ? makeProblem(ctx, slice) : void 0;
      if (p) problems.push(p);
    }
  }
  return [...incidents, ...changes, ...requests, ...problems];
}
function number(records, layout) {
  const counters = {};
  for (const rec of [...records].sort((a, b) => a.openedAt - b.openedAt || a.kind.localeCompare(b.kind))) {
    const n = counters[rec.kind] = (counters[rec.kind] ?? 1e3) + 1;
    rec.id = `${PREFIX[rec.kind]}-${n}`;
    rec.path = recordPath(FOLDER[rec.kind], rec.id, rec.openedAt, layout);
  }
}
function versionsOf(rec, end, seq) {
  const out = [];
  const delay = (i) => rec.timeline ? (2 + i * 5 % 17) * MINUTE : 0;
  let time = toMinute(rec.openedAt + (rec.timeline ? 3 * MINUTE : 0));
  const times = [];
  for (let k = 0; k <= rec.steps.length; k++) {
    if (k > 0) time = Math.max(time + MINUTE, rec.steps[k - 1].at + delay(k));
    if (k > 0 && !rec.timeline) rec.steps[k - 1].at = time;
    if (time >= end) break;
    times.push(time);
  }
  rec.steps.length = Math.max(0, times.length - 1);
  times.forEach((t, k) => {
    const step = rec.steps[k - 1];
    out.push({
      time: t,
      seq: seq.n++,
      author: step?.by ?? rec.openedBy,
      message: `${rec.id}: ${step ? step.status : "opened"}${step?.note ? ` (${step.note})` : ""}`,
      file: { path: rec.path, content: () => renderRecord(rec, k, t) }
    });
  });
  for (const note of rec.notes) {
    const applied = Math.max(0, times.filter((t) => t <= note.at).length - 1);
    out.push({
      time: note.at,
      seq: seq.n++,
      author: note.by,
      message: `${rec.id}: work log`,
      file: { path: rec.path, content: () => renderRecord(rec, applied, note.at) }
    });
  }
  return out;
}
var NOTES = ["checked the logs", "called the customer", "added monitoring", "updated the status page"];
function planDemo(template, opts) {
  const ctx = { rnd: seeded(opts.seed), start: opts.start, end: opts.end };
  const records = generate(ctx, opts);
  number(records, opts.layout);
  const tpl = planTemplate(template);
  const seq = { n: 0 };
  const versions = tpl.versions.filter((v) => v.time < opts.end).map((v) => ({ ...v, seq: seq.n++, file: { path: v.path, content: () => v.content } }));
  const natural = records.reduce((n, r) => n + r.steps.length + 1, 0) + versions.length + 1;
  for (let extra = (opts.commits ?? 0) - natural; extra > 0; extra--) {
    const rec = ctx.rnd.pick(records);
    const last = Math.min(rec.steps[rec.steps.length - 1]?.at ?? rec.openedAt + DAY, opts.end - MINUTE);
    const at = toMinute(
      rec.openedAt + 5 * MINUTE + ctx.rnd.next() * Math.max(MINUTE, last - rec.openedAt - 5 * MINUTE)
    );
    rec.notes.push({ at, by: rec.openedBy, text: ctx.rnd.pick(NOTES) });
  }
  for (const rec of records) {
    rec.notes.sort((a, b) => a.at - b.at);
    versions.push(...versionsOf(rec, opts.end, seq));
  }
  versions.sort((a, b) => a.time - b.time || a.seq - b.seq);
  const root = {
    time: opts.start,
    author: "ben",
    message: "Start the service management system from the sms-as-code template",
    files: [...template.keys()].filter((p) => tpl.root.has(p)).map((p) => ({ path: p, content: () => tpl.root.get(p) }))
  };
  const commits = [root];
  const wanted = Math.max(1, (opts.commits ?? Number.POSITIVE_INFINITY) - 1);
  const per = Math.max(1, versions.length / wanted);
  for (let i = 0; i < versions.length; ) {
    const next = Math.min(versions.length, Math.max(i + 1, Math.round(commits.length * per)));
    const group = versions.slice(i, next);
    const last = group[group.length - 1];
    commits.push({
      time: last.time,
      author: last.author,
      message: group.length === 1 ? last.message : `${group.length} record updates`,
      files: group.map((v) => v.file)
    });
    i = next;
  }
  return { commits, records };
}

// src/demo/index.ts
async function templateFiles(root, rel = "") {
  const out = /* @__PURE__ */ new Map();
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.name === ".sms" || e.name === "node_modules") continue;
    if (e.isDirectory()) for (const [k, v] of await templateFiles(root, p)) out.set(k, v);
    else if (e.isFile()) out.set(p, await readFile(path.join(root, p), "utf8"));
  }
  return new Map([...out].sort(([a], [b]) => a < b ? -1 : 1));
}
function day(text, what) {
  const ms = Date.parse(/T/.test(text) ? text : `${text}T00:00:00+01:00`);
  if (Number.isNaN(ms)) throw new UsageError(`demo ${what} ${JSON.stringify(text)} is not a date`);
  return ms;
}
async function generateDemoHistory(opts) {
  const dir = path.resolve(opts.dir);
  const existing = await readdir(dir).catch(() => void 0);
  if (existing && existing.length > 0)
    throw new UsageError(`${opts.dir} is not empty; choose a new or empty folder`);
  await mkdir(dir, { recursive: true });
  const start = day(opts.start ?? "2026-05-01T00:00:00+02:00", "start");
  const end = day(opts.end ?? "2026-11-16T00:00:00+01:00", "end");
  if (end - start < 14 * 864e5) throw new UsageError("demo history must span at least two weeks");
  const n = opts.records;
  const plan = planDemo(await templateFiles(opts.template ?? templateDir()), {
    seed: opts.seed ?? 1,
    start,
    end,
    incidents: opts.incidents ?? (n !== void 0 ? Math.round(n * 0.7) : 320),
    changes: opts.changes ?? (n !== void 0 ? Math.round(n * 0.2) : 120),
    requests: opts.requests ?? (n !== void 0 ? Math.round(n * 0.08) : 60),
    problems: opts.problems ?? (n !== void 0 ? Math.round(n * 0.02) : 6),
    commits: opts.commits,
    layout: opts.layout ?? "sharded"
  });
  const init = await runGit(dir, ["init", "-q", "-b", "main"]);
  if (init.code !== 0)
    throw new UsageError(`cannot create a git repository in ${dir}: ${init.stderr.trim()}`);
  await fastImport(dir, plan.commits);
  if (opts.checkout !== false) await checkoutHead(dir);
  const head = (await runGit(dir, ["rev-parse", "HEAD"])).stdout.trim();
  const last = new Date(end - 864e5);
  const month = (y, m) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return {
    dir,
    head,
    commits: plan.commits.length,
    records: plan.records.length,
    lastMonth: {
      from: month(last.getUTCFullYear(), last.getUTCMonth() - 1),
      to: month(last.getUTCFullYear(), last.getUTCMonth())
    }
  };
}

// src/app/demo.ts
async function runDemo(opts) {
  const dir = opts.dir ? path2.resolve(opts.io.cwd, opts.dir) : await mkdtemp(path2.join(os.tmpdir(), "sms-demo-"));
  let history;
  let init;
  if (hasGitBinary(opts.io.env)) {
    history = await generateDemoHistory({ dir });
    init = history;
  } else init = await runInit({ dir });
  opts.io.stdout(`Demonstration SMS repository: ${init.dir}
`);
  opts.io.stdout(
    history ? `  ${history.commits} commits from May to November 2026 by the template's nine people

` : "  the template only: months of demo history need the git program on PATH\n\n"
  );
  const report = await runValidate({ repo: init.dir, now: opts.now, backend: opts.backend });
  const byKind = /* @__PURE__ */ new Map();
  const records = report.summaries.filter((s) => s.kind !== void 0);
  for (const r of records) byKind.set(r.kind ?? "", (byKind.get(r.kind ?? "") ?? 0) + 1);
  opts.io.stdout(`${report.config.organization}: ${records.length} records
`);
  for (const [kind, n] of [...byKind].sort()) opts.io.stdout(`  ${kind.padEnd(14)} ${n}
`);
  opts.io.stdout(`
Validation: ${formatText(report.diagnostics, { color: opts.io.isTty })}`);
  if (history) {
    const metrics = await runMetrics({
      repo: init.dir,
      from: history.lastMonth.from,
      to: history.lastMonth.to,
      now: "2026-11-16T00:00:00+01:00",
      backend: opts.backend
    });
    const { organization, timezone } = metrics.config;
    const color = opts.io.isTty && !opts.io.env.NO_COLOR;
    opts.io.stdout(`
${formatMetricsText(metrics.report, { organization, zone: timezone, color })}`);
  }
  const site = await runSite({ repo: init.dir, builtAt: (/* @__PURE__ */ new Date()).toISOString(), backend: opts.backend });
  opts.io.stdout(
    `
Evidence site: ${site.pages} pages from commit ${site.commit.slice(0, 10)}
${site.index}
`
  );
  return report.errors > 0 ? 1 : 0;
}
export {
  runDemo
};
