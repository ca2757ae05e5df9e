import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  recordMessage
} from "./chunk-N3LW2OJT.js";
import {
  DateTime,
  positionOf
} from "./chunk-5SNFJVHI.js";
import {
  UsageError
} from "./chunk-NUII5PFN.js";
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/approval/reviews.ts
init_define_SMS_SITE_ASSETS();

// src/approval/time.ts
init_define_SMS_SITE_ASSETS();
var SHORT = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
var ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
var DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
function parseDurationSeconds(text) {
  if (typeof text !== "string" || text.length < 2 || text === "P") return null;
  const m = SHORT.exec(text) ?? ISO.exec(text);
  if (!m) return null;
  const [w, d, h, min, s] = [m[1], m[2], m[3], m[4], m[5]].map((v) => Number(v ?? 0));
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60 + s;
}
function isDateOnly(text) {
  return DATE_ONLY.test(text);
}
function instantOf(text, zone, edge) {
  if (typeof text !== "string") return null;
  if (isDateOnly(text)) {
    const day = DateTime.fromISO(text, { zone }).startOf("day");
    if (!day.isValid) return null;
    return (edge === "end" ? day.plus({ days: 1 }) : day).toMillis();
  }
  const t = DateTime.fromISO(text, { zone });
  return t.isValid ? t.toMillis() : null;
}
function addSeconds(iso, seconds) {
  const t = DateTime.fromISO(iso, { setZone: true });
  if (!t.isValid) return null;
  return t.plus({ seconds }).toISO({ suppressMilliseconds: true });
}
function epochOf(iso) {
  if (typeof iso !== "string") return null;
  const t = DateTime.fromISO(iso, { setZone: true });
  return t.isValid ? t.toMillis() : null;
}

// src/approval/reviews.ts
var lower = (s) => s.toLowerCase();
function isBot(login) {
  return lower(login).endsWith("[bot]");
}
function latestReviewStates(reviews, headSha) {
  const ordered = reviews.map((review, index) => ({ review, index, at: epochOf(review.submitted_at) ?? Number.NEGATIVE_INFINITY })).sort((a, b) => a.at - b.at || a.index - b.index);
  const head = lower(headSha);
  const states = /* @__PURE__ */ new Map();
  for (const { review } of ordered) {
    const { state } = review;
    if (state !== "APPROVED" && state !== "CHANGES_REQUESTED" && state !== "DISMISSED") continue;
    if (typeof review.user !== "string" || review.user === "") continue;
    const key = lower(review.user);
    states.set(key, {
      user: review.user,
      key,
      state,
      review,
      onHead: typeof review.commit_id === "string" && lower(review.commit_id) === head
    });
  }
  return [...states.values()];
}
function membersOf(team, teams, config) {
  if (Object.hasOwn(teams, team)) return teams[team];
  const configured = Object.hasOwn(config.teams, team) ? config.teams[team] : void 0;
  return Array.isArray(configured) ? configured : void 0;
}
function isTeam(name, teams, config) {
  return Object.hasOwn(teams, name) || Object.hasOwn(config.teams, name);
}
function resolveAllowed(req, owner, teams, config) {
  const members = /* @__PURE__ */ new Map();
  const add = (login) => {
    if (typeof login === "string" && login !== "" && !members.has(lower(login)))
      members.set(lower(login), login);
  };
  const labels = [];
  const unknownTeams = [];
  const addTeam = (team) => {
    const list = membersOf(team, teams, config);
    if (list) list.forEach(add);
    else unknownTeams.push(team);
  };
  for (const team of req.teams ?? []) {
    labels.push(team);
    addTeam(team);
  }
  for (const user of req.users ?? []) {
    labels.push(user);
    add(user);
  }
  if (req.from === "owner") {
    if (typeof owner === "string" && owner !== "") {
      labels.push(`owner ${owner}`);
      if (isTeam(owner, teams, config)) addTeam(owner);
      else add(owner);
    } else labels.push("the owner (none set)");
  }
  const anyone = !req.teams?.length && !req.users?.length && req.from !== "owner";
  return { anyone, members, label: anyone ? "any reviewer" : labels.join(" or "), unknownTeams };
}
function excludedReason(login, who) {
  const key = lower(login);
  if (isBot(key)) return "bot";
  if (who.selfApproval) return null;
  if (key === lower(who.author)) return "author";
  if (who.commitAuthors.has(key)) return "commit-author";
  return null;
}
function tally(states, allowed, who) {
  const approvers = [];
  const ignored = [];
  const blockers = [];
  for (const s of states) {
    const ignore = (reason) => ignored.push({ user: s.user, reason, review_id: s.review.id });
    if (isBot(s.key)) {
      ignore("bot");
      continue;
    }
    const isAllowed = allowed.anyone || allowed.members.has(s.key);
    if (s.state === "DISMISSED") ignore("superseded");
    else if (s.state === "CHANGES_REQUESTED") {
      if (isAllowed) {
        blockers.push(s.user);
        ignore("changes-requested");
      } else ignore("not-allowed");
    } else {
      const excluded = excludedReason(s.user, who);
      if (excluded) ignore(excluded);
      else if (!isAllowed) ignore("not-allowed");
      else if (who.staleOnPush && !s.onHead) ignore("stale");
      else
        approvers.push({
          user: s.user,
          review_id: s.review.id,
          commit_id: s.review.commit_id,
          submitted_at: s.review.submitted_at
        });
    }
  }
  const counted = new Set(approvers.map((a) => lower(a.user)));
  const could = allowed.anyone ? [] : [...allowed.members.entries()].filter(([key, login]) => !counted.has(key) && excludedReason(login, who) === null).map(([, login]) => login).sort((a, b) => lower(a).localeCompare(lower(b)));
  return { approvers, ignored, blockers, allowed: could };
}

// src/approval/evaluate.ts
init_define_SMS_SITE_ASSETS();

// src/approval/checks.ts
init_define_SMS_SITE_ASSETS();
var APPROVED_OR_LATER = /* @__PURE__ */ new Set([
  "approved",
  "scheduled",
  "implemented",
  "reviewed",
  "closed"
]);
function finding(record, pointer, code, message) {
  const { line, column } = positionOf(record, pointer);
  return { violation: { file: record.path, line, column, severity: "error", code, message }, block: message };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}
function freezeFindings(head, policy, timezone) {
  if (head.data.kind !== "change" || policy.freeze.length === 0) return [];
  const window = head.data.window;
  if (!isObject(window)) return [];
  const ws = instantOf(window.start, timezone, "start");
  let we = instantOf(window.end, timezone, "end");
  if (ws === null || we === null) return [];
  if (we <= ws) we = ws + 1;
  const type = String(head.data.type ?? "");
  const out = [];
  for (const freeze of policy.freeze) {
    const fs = instantOf(freeze.start, timezone, "start");
    const fe = instantOf(freeze.end, timezone, "end");
    if (fs === null || fe === null || !(ws < fe && fs < we) || freeze.allow.includes(type)) continue;
    const allows = freeze.allow.length ? `only ${freeze.allow.join(" and ")} changes` : "no changes";
    out.push(
      finding(
        head,
        "/window",
        "change-freeze",
        `the change window of ${head.data.id} (${String(window.start)} to ${String(window.end)}) overlaps the freeze "${freeze.name}" (${freeze.start} to ${freeze.end}), which allows ${allows}; move the window out of the freeze`
      )
    );
  }
  return out;
}
function templateFinding(head, ruleWantsTemplate, procedures) {
  const isStandard = head.data.kind === "change" && head.data.type === "standard";
  if (!isStandard && !ruleWantsTemplate) return null;
  const id = head.data.template;
  const what = isStandard ? "a standard change" : "this record";
  if (typeof id !== "string" || id === "") {
    return finding(
      head,
      "/type",
      "standard-change-template-missing",
      `${head.data.id} is ${what} but names no template; set template: to an approved standard-change procedure`
    );
  }
  const proc = procedures.get(id);
  let problem = null;
  if (!proc) problem = `${id} is not a procedure in the base branch (templates must be approved before use)`;
  else if (proc.data.standard_change !== true) problem = `${id} is not a standard-change template`;
  else if (proc.data.status !== "approved")
    problem = `${id} has status ${String(proc.data.status)}, not approved`;
  if (!problem) return null;
  return finding(
    head,
    "/template",
    "standard-change-template-invalid",
    `template of ${head.data.id}: ${problem}`
  );
}
function entersApproved(base, head) {
  if (head.data.kind !== "change" || !APPROVED_OR_LATER.has(String(head.data.status))) return false;
  return base?.data.kind !== "change" || !APPROVED_OR_LATER.has(String(base.data.status));
}
function enteredApprovedFinding(head, rule) {
  return finding(
    head,
    "/status",
    "approved-without-approval",
    `${head.data.id} is set to ${String(head.data.status)} but rule "${rule}" is not met by this pull request`
  );
}
function isProperReopen(base, head) {
  if (head.body !== base.body) return false;
  const before = base.data.timeline ?? [];
  const after = head.data.timeline;
  if (!Array.isArray(before) || !Array.isArray(after) || after.length !== before.length + 1) return false;
  if (!before.every((entry2, i) => deepEqual(entry2, after[i]))) return false;
  const entry = after[after.length - 1];
  if (!isObject(entry) || entry.reopened !== true) return false;
  if (typeof entry.status !== "string" || entry.status === "closed" || head.data.status !== entry.status) {
    return false;
  }
  const rest = (data) => {
    const { status: _s, timeline: _t, ...others } = data;
    return others;
  };
  return deepEqual(rest(base.data), rest(head.data));
}
function closedFinding(base, head) {
  if (base?.data.status !== "closed") return null;
  if (!head) {
    return finding(
      base,
      "/status",
      "closed-record-deleted",
      `${base.data.id} is closed; closed records are immutable and cannot be deleted`
    );
  }
  if (head.oid === base.oid || isProperReopen(base, head)) return null;
  return finding(
    head,
    "/status",
    "closed-record-modified",
    `${base.data.id} is closed; closed records are immutable. To reopen it, change nothing but the status and add one timeline entry with reopened: true and that status`
  );
}

// src/approval/match.ts
init_define_SMS_SITE_ASSETS();
var DEFAULT_RULE_NAME = "default";
function valueMatches(actual, expected) {
  const options = Array.isArray(expected) ? expected : [expected];
  if (Array.isArray(actual)) return actual.some((item) => options.includes(item));
  return options.includes(actual);
}
function matchesWhen(when, data) {
  for (const key of Object.keys(when)) {
    if (!Object.hasOwn(data, key)) return false;
    const expected = when[key];
    if (expected === void 0 || !valueMatches(data[key], expected)) return false;
  }
  return true;
}
function selectRule(policy, data) {
  for (let i = 0; i < policy.rules.length; i++) {
    const rule = policy.rules[i];
    if (rule && matchesWhen(rule.when, data))
      return { index: i, name: rule.name, require: rule.require, rule };
  }
  return { index: -1, name: DEFAULT_RULE_NAME, require: policy.default, rule: null };
}

// src/approval/policy.ts
init_define_SMS_SITE_ASSETS();
var SAFE_DEFAULT = Object.freeze({ count: 1 });
function defaultPolicy() {
  return { rules: [], default: { ...SAFE_DEFAULT }, freeze: [], self_approval: false, stale_on_push: true };
}
function violation(record, pointer, code, message) {
  const { line, column } = positionOf(record, pointer);
  return { file: record.path, line, column, severity: "error", code, message };
}
function policyRecords(records) {
  return records.filter((r) => r.data.kind === "policy" && r.data.approval != null);
}
function findPolicy(base, timezone = "UTC") {
  const found = policyRecords(base);
  const first = found[0];
  if (!first) return { policy: defaultPolicy(), source: null, violations: [] };
  const { policy, violations } = readApprovalBlock(first, timezone);
  if (found.length > 1) {
    const paths = found.map((r) => r.path).join(", ");
    for (const r of found) {
      violations.push(
        violation(
          r,
          "/approval",
          "approval-policy-multiple",
          `more than one policy has an approval block (${paths}); keep exactly one`
        )
      );
    }
  }
  return { policy, source: first, violations };
}
var isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === "string" && x.length > 0);
var isScalar = (v) => ["string", "number", "boolean"].includes(typeof v);
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => Number.isInteger(v) && v >= 0;
function readApprovalBlock(record, timezone) {
  const violations = [];
  const bad = (pointer, message) => violations.push(violation(record, pointer, "approval-policy-invalid", message));
  const policy = defaultPolicy();
  const block = record.data.approval;
  if (!isObject2(block)) {
    bad("/approval", "the approval block must be a mapping");
    return { policy, violations };
  }
  const readRequirement = (raw, at) => {
    if (!isObject2(raw)) {
      bad(at, "a requirement must be a mapping with a count");
      return { ...SAFE_DEFAULT };
    }
    const req = { count: 1 };
    if (isCount(raw.count)) req.count = raw.count;
    else bad(`${at}/count`, "count must be a whole number of at least 0");
    if (raw.teams !== void 0) {
      if (isStringList(raw.teams)) req.teams = [...raw.teams];
      else bad(`${at}/teams`, "teams must be a list of team names");
    }
    if (raw.users !== void 0) {
      if (isStringList(raw.users)) req.users = [...raw.users];
      else bad(`${at}/users`, "users must be a list of logins");
    }
    if (raw.from !== void 0) {
      if (raw.from === "owner") req.from = "owner";
      else bad(`${at}/from`, 'from must be "owner"');
    }
    return req;
  };
  const readWhen = (raw, at) => {
    if (!isObject2(raw)) {
      bad(at, "when must be a mapping of field: value");
      return {};
    }
    const when = {};
    for (const [key, value] of Object.entries(raw)) {
      if (isScalar(value)) when[key] = value;
      else if (Array.isArray(value) && value.every(isScalar)) when[key] = [...value];
      else bad(`${at}/${key}`, `when.${key} must be a value or a list of values`);
    }
    return when;
  };
  const readRetrospective = (raw, at) => {
    if (raw === void 0) return void 0;
    if (!isObject2(raw)) {
      bad(at, "retrospective must be a mapping with within and count");
      return void 0;
    }
    const seconds = parseDurationSeconds(raw.within);
    if (seconds === null) bad(`${at}/within`, "within must be a duration such as 5d, 4h or PT4H");
    const req = readRequirement({ count: raw.count, teams: raw.teams, users: raw.users }, at);
    const retro = {
      within: String(raw.within),
      within_seconds: seconds ?? 0,
      count: req.count
    };
    if (req.teams) retro.teams = req.teams;
    if (req.users) retro.users = req.users;
    return retro;
  };
  if (!Array.isArray(block.rules)) bad("/approval/rules", "rules must be a list");
  else {
    block.rules.forEach((raw, i) => {
      const at = `/approval/rules/${i}`;
      if (!isObject2(raw)) {
        bad(at, "each rule must be a mapping with name, when and require");
        return;
      }
      const name = typeof raw.name === "string" && raw.name.length > 0 ? raw.name : `rule ${i + 1}`;
      if (name !== raw.name) bad(`${at}/name`, "each rule needs a name");
      const rule = {
        name,
        when: readWhen(raw.when, `${at}/when`),
        require: readRequirement(raw.require, `${at}/require`)
      };
      const retro = readRetrospective(raw.retrospective, `${at}/retrospective`);
      if (retro) rule.retrospective = retro;
      if (raw.template !== void 0) {
        if (typeof raw.template === "boolean") rule.template = raw.template;
        else bad(`${at}/template`, "template must be true or false");
      }
      policy.rules.push(rule);
    });
  }
  if (block.default !== void 0) policy.default = readRequirement(block.default, "/approval/default");
  if (block.freeze !== void 0) {
    if (!Array.isArray(block.freeze)) bad("/change-freeze", "freeze must be a list");
    else {
      block.freeze.forEach((raw, i) => {
        const freeze = readFreeze(raw, `/change-freeze/${i}`, timezone, bad);
        if (freeze) policy.freeze.push(freeze);
      });
    }
  }
  for (const key of ["self_approval", "stale_on_push"]) {
    const value = block[key];
    if (value === void 0) continue;
    if (typeof value === "boolean") policy[key] = value;
    else bad(`/approval/${key}`, `${key} must be true or false`);
  }
  return { policy, violations };
}
function readFreeze(raw, at, timezone, bad) {
  if (!isObject2(raw)) {
    bad(at, "each freeze must be a mapping with name, start and end");
    return null;
  }
  const start = instantOf(raw.start, timezone, "start");
  const end = instantOf(raw.end, timezone, "end");
  if (start === null) bad(`${at}/start`, "start must be a date or a datetime with an offset");
  if (end === null) bad(`${at}/end`, "end must be a date or a datetime with an offset");
  if (start === null || end === null) return null;
  if (end <= start) bad(`${at}/end`, "a freeze must end after it starts");
  let allow = [];
  if (raw.allow !== void 0) {
    if (isStringList(raw.allow)) allow = [...raw.allow];
    else bad(`${at}/allow`, "allow must be a list of change types");
  }
  const name = typeof raw.name === "string" && raw.name ? raw.name : `freeze ${at.split("/").pop()}`;
  return { name, start: String(raw.start), end: String(raw.end), allow };
}

// src/approval/evaluate.ts
function assertFacts(facts) {
  const problems = [];
  if (typeof facts?.head_sha !== "string" || facts.head_sha === "") problems.push("head_sha is missing");
  if (typeof facts?.author !== "string" || facts.author === "") problems.push("author is missing");
  if (!Array.isArray(facts?.reviews)) problems.push("reviews must be a list");
  if (facts?.commit_authors !== void 0 && !Array.isArray(facts.commit_authors)) {
    problems.push("commit_authors must be a list");
  }
  if (epochOf(facts?.now) === null) problems.push("now must be an ISO 8601 instant");
  if (problems.length) throw new UsageError(`invalid pull request facts: ${problems.join("; ")}`);
}
function reportUnknownTeams(ctx, teams, pointer) {
  for (const team of teams) {
    if (ctx.reportedTeams.has(team)) continue;
    ctx.reportedTeams.add(team);
    const at = ctx.policySource ? positionOf(ctx.policySource, pointer) : { line: 1, column: 1 };
    ctx.violations.push({
      file: ctx.policySource?.path ?? "sms.config.yml",
      ...at,
      severity: "error",
      code: "approval-team-unknown",
      message: `team ${team} has no known members in the base sms.config.yml; nobody from it can approve`
    });
  }
}
function rulePointer(selected, field) {
  return selected.index < 0 ? `/approval/default/${field}` : `/approval/rules/${selected.index}/${field}`;
}
function countFor(ctx, selected, owner) {
  const key = `${selected.index}\0${selected.require.from === "owner" ? owner ?? "" : ""}`;
  let hit = ctx.tallies.get(key);
  if (!hit) {
    const allowed = resolveAllowed(selected.require, owner, ctx.input.teams, ctx.input.config);
    reportUnknownTeams(ctx, allowed.unknownTeams, rulePointer(selected, "require/teams"));
    hit = { allowed, tally: tally(ctx.states, allowed, ctx.who) };
    ctx.tallies.set(key, hit);
  }
  return hit;
}
function retrospectiveOf(ctx, selected) {
  const retro = selected.rule?.retrospective;
  if (!retro) return void 0;
  const allowed = resolveAllowed(retro, void 0, ctx.input.teams, ctx.input.config);
  reportUnknownTeams(ctx, allowed.unknownTeams, rulePointer(selected, "retrospective/teams"));
  return {
    within_seconds: retro.within_seconds,
    count: retro.count,
    teams: [...retro.teams ?? []],
    users: [...retro.users ?? []],
    due: addSeconds(ctx.input.facts.now, retro.within_seconds) ?? ctx.input.facts.now
  };
}
function judgeRecord(ctx, change, base, head) {
  const isPolicy = base !== null && ctx.policySource !== null && base.path === ctx.policySource.path;
  const subject = isPolicy ? base : head ?? base;
  const selected = selectRule(ctx.policy, subject.data);
  const owner = (base ?? head)?.data.owner;
  const { allowed, tally: counted } = countFor(ctx, selected, typeof owner === "string" ? owner : void 0);
  const required = selected.require.count;
  const missing = Math.max(0, required - counted.approvers.length);
  const findings = [];
  const blocks = counted.blockers.map(
    (u) => `${u} requested changes; ${u} must approve the head commit or the review must be dismissed`
  );
  const closed = closedFinding(base, head);
  if (closed) findings.push(closed);
  if (head) {
    findings.push(...freezeFindings(head, ctx.policy, ctx.zone));
    const template = templateFinding(head, selected.rule?.template === true, ctx.procedures);
    if (template) findings.push(template);
    if ((missing > 0 || counted.blockers.length > 0) && entersApproved(base, head)) {
      findings.push(enteredApprovedFinding(head, selected.name));
    }
  }
  for (const f of findings) {
    ctx.violations.push(f.violation);
    blocks.push(f.block);
  }
  const verdict = {
    id: String(subject.data.id),
    path: head?.path ?? subject.path,
    kind: String(subject.data.kind),
    change: change.status,
    rule: selected.name,
    status: blocks.length ? "blocked" : missing > 0 ? "missing" : "met",
    required,
    from: allowed.label,
    approvers: counted.approvers.map((a) => a.user),
    // Copies: records sharing a rule share one tally, and callers may mutate their verdicts.
    reviews: counted.approvers.map((a) => ({ ...a })),
    ignored: counted.ignored.map((i) => ({ ...i })),
    missing,
    allowed: missing > 0 || counted.blockers.length > 0 ? [...counted.allowed] : [],
    anyone: allowed.anyone,
    changes_requested: [...counted.blockers],
    blocks
  };
  if (change.status === "renamed" && base && base.path !== verdict.path) verdict.old_path = base.path;
  const retro = head ? retrospectiveOf(ctx, selected) : void 0;
  if (retro) verdict.retrospective = retro;
  return { ...verdict, message: recordMessage(verdict) };
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((v) => {
    const key = `${v.file}\0${v.line}\0${v.column}\0${v.code}\0${v.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function evaluatePullRequest(input) {
  const { facts, config } = input;
  assertFacts(facts);
  const zone = config.timezone || "UTC";
  const baseByPath = /* @__PURE__ */ new Map();
  const procedures = /* @__PURE__ */ new Map();
  for (const r of input.base) {
    baseByPath.set(r.path, r);
    if (r.data.kind === "procedure" && !procedures.has(r.data.id)) procedures.set(r.data.id, r);
  }
  const headByPath = /* @__PURE__ */ new Map();
  for (const r of input.head) headByPath.set(r.path, r);
  const found = findPolicy(input.base, zone);
  const ctx = {
    input,
    policy: found.policy,
    policySource: found.source,
    zone,
    who: {
      author: facts.author,
      commitAuthors: new Set((facts.commit_authors ?? []).map((a) => String(a).toLowerCase())),
      selfApproval: found.policy.self_approval,
      staleOnPush: found.policy.stale_on_push
    },
    states: latestReviewStates(facts.reviews, facts.head_sha),
    procedures,
    violations: [],
    tallies: /* @__PURE__ */ new Map(),
    reportedTeams: /* @__PURE__ */ new Set()
  };
  const records = [];
  const seen = /* @__PURE__ */ new Set();
  for (const change of input.changed) {
    if (seen.has(change.path)) continue;
    seen.add(change.path);
    const base = change.status === "added" ? null : baseByPath.get(change.oldPath ?? change.path) ?? null;
    const head = change.status === "deleted" ? null : headByPath.get(change.path) ?? null;
    if (!base && !head) continue;
    records.push(judgeRecord(ctx, change, base, head));
  }
  const violations = [];
  if (records.length) violations.push(...found.violations);
  const headPolicies = policyRecords(input.head);
  const baseAmbiguous = found.violations.some((v) => v.code === "approval-policy-multiple");
  if (headPolicies.length > 1 && !baseAmbiguous) {
    const paths = headPolicies.map((r) => r.path).join(", ");
    for (const r of headPolicies) {
      violations.push({
        file: r.path,
        ...positionOf(r, "/approval"),
        severity: "error",
        code: "approval-policy-multiple",
        message: `after this pull request more than one policy would have an approval block (${paths})`
      });
    }
  }
  const validationErrors = (input.headValidation ?? []).filter((d) => d.severity === "error");
  const reported = new Set(validationErrors.map((d) => `${d.file}\0${d.code}`));
  for (const v of ctx.violations) {
    if (!v.code.startsWith("closed-record-") || !reported.has(`${v.file}\0${v.code}`)) violations.push(v);
  }
  for (const d of validationErrors) violations.push({ ...d, severity: "error" });
  const unique = dedupe(violations);
  const blocked = unique.length > 0 || records.some((r) => r.status === "blocked");
  const pending = records.some((r) => r.status === "missing");
  return {
    verdict: blocked ? "blocked" : pending ? "pending" : "approved",
    pull_request: facts.number,
    head_sha: facts.head_sha,
    policy: found.source ? { id: found.source.data.id, path: found.source.path, oid: found.source.oid } : null,
    records,
    violations: unique
  };
}

// src/approval/index.ts
init_define_SMS_SITE_ASSETS();

// src/approval/retrospective.ts
init_define_SMS_SITE_ASSETS();
function retrospectiveStatus(input) {
  const now = epochOf(input.now);
  if (now === null) throw new TypeError(`retrospectiveStatus: now is not an ISO instant: ${input.now}`);
  const byRecord = /* @__PURE__ */ new Map();
  for (const a of input.approvals) {
    const at = epochOf(a.at);
    if (at === null || at > now || typeof a.user !== "string") continue;
    const list = byRecord.get(a.record) ?? [];
    list.push({ user: a.user, at });
    byRecord.set(a.record, list);
  }
  for (const list of byRecord.values()) list.sort((x, y) => x.at - y.at);
  const config = input.config ?? { teams: {} };
  return input.obligations.map((o) => {
    const allowed = resolveAllowed({ teams: o.teams, users: o.users }, void 0, input.teams, config);
    const excluded = new Set((o.excluded ?? []).map((x) => x.toLowerCase()));
    const merged = epochOf(o.merged_at) ?? Number.NEGATIVE_INFINITY;
    const due = epochOf(o.due) ?? merged;
    const approvers = [];
    const seen = /* @__PURE__ */ new Set();
    let metAt = o.count === 0 ? merged : null;
    for (const a of byRecord.get(o.record) ?? []) {
      const key = a.user.toLowerCase();
      if (a.at < merged || seen.has(key) || excluded.has(key) || isBot(key)) continue;
      if (!allowed.anyone && !allowed.members.has(key)) continue;
      seen.add(key);
      approvers.push(a.user);
      if (metAt === null && approvers.length >= o.count) metAt = a.at;
    }
    const missing = Math.max(0, o.count - approvers.length);
    let status;
    if (metAt !== null) status = metAt <= due ? "met" : "late";
    else status = now > due ? "overdue" : "owed";
    const state = {
      pr: o.pr,
      record: o.record,
      due: o.due,
      required: o.count,
      approvers,
      missing,
      status,
      overdue_seconds: status === "overdue" ? Math.floor((now - due) / 1e3) : 0
    };
    if (o.path !== void 0) state.path = o.path;
    return state;
  });
}

export {
  resolveAllowed,
  evaluatePullRequest,
  retrospectiveStatus
};
