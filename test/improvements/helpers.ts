import { cpSync } from "node:fs";
import path from "node:path";
import type { FakeGitHub, FakeIssue } from "../github/fake-server.js";
import { projectRoot } from "../helpers/cli.js";
import { makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

/** The environment a runner gives: token, repository and API root pointing at the fake server. */
export function githubEnv(gh: FakeGitHub, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: "1",
    GITHUB_TOKEN: gh.token,
    GITHUB_REPOSITORY: "example-corp/sms",
    GITHUB_API_URL: gh.url,
    SMS_GITHUB_RETRY_BASE_MS: "5",
    SMS_GITHUB_WRITE_INTERVAL_MS: "0",
    ...extra,
  };
  delete env.GH_TOKEN;
  return env;
}

/** The environment without any GitHub settings. */
export function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const k of ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_REPOSITORY", "GITHUB_API_URL"]) delete env[k];
  return env;
}

/** An issue event at a given time. */
export function ev(
  id: number,
  event: "labeled" | "unlabeled" | "closed" | "reopened",
  at: string,
  label?: string,
): FakeIssue["events"][number] {
  return { id, event, actor: "quality-manager", created_at: at, ...(label ? { label } : {}) };
}

/** Puts an issue on the fake server. */
export function addIssue(gh: FakeGitHub, issue: Partial<FakeIssue> & { number: number }): FakeIssue {
  const full: FakeIssue = {
    title: `Issue ${issue.number}`,
    body: "",
    state: "open",
    labels: [],
    created_at: "2026-03-01T09:00:00Z",
    closed_at: null,
    events: [],
    ...issue,
  };
  gh.issues.set(full.number, full);
  return full;
}

/** Open issues that carry an Act marker, by key. */
export function actIssues(
  gh: FakeGitHub,
  state: "open" | "closed" | "all" = "open",
): Map<string, FakeIssue[]> {
  const out = new Map<string, FakeIssue[]>();
  for (const i of gh.issues.values()) {
    if (state !== "all" && i.state !== state) continue;
    const key = /<!-- sms-as-code:act:(\S+) -->/.exec(i.body)?.[1];
    if (key) out.set(key, [...(out.get(key) ?? []), i]);
  }
  return out;
}

/** Requests that write (POST, PATCH, PUT, DELETE). */
export function writes(gh: FakeGitHub) {
  return gh.log.filter((r) => r.method !== "GET");
}

const write = (repo: TempRepo, file: string, text: string) => repo.write(file, `${text.trim()}\n`);

/**
 * A git repository made from the starter template (July 2026 misses the shop's availability
 * target) plus, for the Act loop: a P1 incident answered late in July 2026, a policy whose review
 * was due on 2026-08-01, an audit with a minor finding nobody recorded as a nonconformity, and an
 * emergency change whose retrospective approval was due on 2026-08-05 (ledger on sms/evidence).
 */
export function actRepo(): TempRepo {
  const repo = makeTempRepo("sms-act-");
  cpSync(path.join(projectRoot, "sms-template"), repo.dir, { recursive: true });
  write(
    repo,
    "incidents/INC-0901.md",
    `
---
id: INC-0901
kind: incident
title: Shop admin pages time out
owner: dave
service: SVC-shop-hosting
priority: P1
opened_at: 2026-07-20T10:00:00+02:00
timeline:
  - { at: 2026-07-20T10:45:00+02:00, status: in-progress }
  - { at: 2026-07-20T12:00:00+02:00, status: resolved }
status: resolved
---
Answered 45 minutes after it was opened.
`,
  );
  write(
    repo,
    "policies/POL-test-review.md",
    `
---
id: POL-test-review
kind: policy
title: Acceptable use policy
owner: anna
version: "1.0"
status: approved
approved_by: [anna]
approved_on: 2025-08-01
review_every: 12 months
next_review: 2026-08-01
clauses: ["5.2"]
---
# Acceptable use
`,
  );
  write(
    repo,
    "audits/AUD-2026-T.md",
    `
---
id: AUD-2026-T
kind: audit
title: Supplier audit
owner: ben
date: 2026-07-30
scope: ["8.3.4"]
findings:
  - { id: F1, class: minor, clause: "8.3.4", text: "Supplier contracts were not reviewed in 2025." }
  - { id: F2, class: observation, clause: "8.3.4", text: "Contact list out of date." }
---
# Supplier audit
`,
  );
  repo.commit("SMS", { date: "2026-08-01T10:00:00+02:00" });
  repo.git("switch", "-q", "--orphan", "sms/evidence");
  const entry = {
    ledger: "sms-as-code/approvals",
    version: 1,
    sequence: 1,
    type: "merge",
    pr: 41,
    merged_at: "2026-07-31T12:00:00Z",
    records: [
      {
        id: "CHG-0003",
        path: "changes/CHG-0003.md",
        change: "modified",
        rule: "emergency change",
        required: 1,
        status: "met",
        approvers: [],
        retrospective_owed: {
          due: "2026-08-05T12:00:00Z",
          count: 2,
          teams: ["cab"],
          users: [],
          members: { cab: ["carol", "dave", "erin"] },
          excluded: ["hugo"],
        },
      },
    ],
    recorded_at: "2026-07-31T12:01:00Z",
    prev: null,
  };
  repo.write("approvals/41.json", `${JSON.stringify(entry, null, 2)}\n`);
  repo.commit("ledger: #41", { date: "2026-07-31T12:01:00Z" });
  repo.switch("main");
  return repo;
}
