import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

/** A small, valid SMS repository for pull request scenarios, driven by the real git binary. */

export const CONFIG = `organization: Example Corp
timezone: Europe/Berlin
teams:
  cab: [carol, dave, erin]
  ecab: [dave]
  quality: { github: example-corp/quality }
`;

export const POLICY = `---
id: POL-change
kind: policy
title: Change management policy
owner: quality
version: 1
status: approved
approved_by: [quinn]
approved_on: 2026-01-01
review_every: 12 months
next_review: 2027-01-01
approval:
  rules:
    - name: high-risk normal change
      when: { kind: change, type: normal, risk: high }
      require: { count: 2, teams: [cab] }
    - name: normal change
      when: { kind: change, type: normal }
      require: { count: 1, teams: [cab] }
    - name: emergency change
      when: { kind: change, type: emergency }
      require: { count: 1, teams: [ecab] }
      retrospective: { within: 5d, count: 2, teams: [cab] }
    - name: standard change
      when: { kind: change, type: standard }
      require: { count: 0 }
      template: true
    - name: controlled documents
      when: { kind: [policy, procedure, plan] }
      require: { count: 1, from: owner }
  default: { count: 1 }
  freeze:
    - { name: Year-end freeze, start: 2026-12-20, end: 2027-01-04, allow: [emergency] }
  self_approval: false
  stale_on_push: true
---
# Change management policy

The rules above are enforced on every pull request.
`;

export const SERVICE = `---
id: SVC-shop
kind: service
title: Web shop
owner: dave
status: live
criticality: high
---
# Web shop
`;

export const TEMPLATE = `---
id: PRC-std-restart
kind: procedure
title: "Standard change: restart the shop"
owner: quality
version: 1
status: approved
approved_by: [quinn]
approved_on: 2026-01-01
review_every: 12 months
next_review: 2027-01-01
standard_change: true
---
# Restart the shop

## Purpose

Restart.

## Scope

The shop.
`;

/** A valid change record. */
export function changeRecord(id: string, fields: Record<string, string> = {}): string {
  const data: Record<string, string> = {
    id,
    kind: "change",
    title: `Change ${id}`,
    owner: "alice",
    type: "normal",
    risk: "low",
    status: "submitted",
    services: "[SVC-shop]",
    ...fields,
  };
  const yaml = Object.entries(data)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
  const pir = ["implemented", "reviewed", "closed"].includes(data.status ?? "")
    ? "\n## Post-implementation review\n\nWent well.\n"
    : "";
  return `---\n${yaml}\n---\n# ${id}\n\n## Implementation plan\n\nDo it.\n\n## Back-out plan\n\nUndo it.\n\n## Test plan\n\nCheck it.\n${pir}`;
}

/** Base commit on `main` with config, policy, a service, a standard-change template and CHG-1..CHG-3. */
export function baseRepo(): { repo: TempRepo; base: string } {
  const repo = makeTempRepo("sms-pr-");
  repo
    .write("sms.config.yml", CONFIG)
    .write("policies/POL-change.md", POLICY)
    .write("services/SVC-shop.md", SERVICE)
    .write("procedures/PRC-std-restart.md", TEMPLATE)
    .write("changes/CHG-1.md", changeRecord("CHG-1"))
    .write("changes/CHG-2.md", changeRecord("CHG-2"))
    .write("changes/CHG-3.md", changeRecord("CHG-3", { status: "closed", outcome: "successful" }))
    .write("README.md", "# SMS\n");
  const base = repo.commit("base", { date: "2026-03-01T10:00:00+01:00" });
  return { repo, base };
}

/** Switches to a new branch `pr`, applies `edit`, commits and returns the head commit. */
export function prBranch(repo: TempRepo, edit: (r: TempRepo) => void, name = "pr"): string {
  repo.switch(name, true);
  edit(repo);
  const head = repo.commit("pull request", { date: "2026-03-09T10:00:00+01:00", authorName: "Alice" });
  repo.switch("main");
  return head;
}

/** Writes a facts file and returns its path. */
export function factsFile(dir: string, facts: unknown): string {
  const file = path.join(dir, `facts-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(facts, null, 2));
  return file;
}

export const tmp = os.tmpdir();
