import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { copyTemplate, sms } from "../helpers/cli.js";

// One broken record per kind; each names the problem we expect and where (line of the record file).
const BROKEN: { file: string; text: string; expect: Partial<Diagnostic>[] }[] = [
  {
    file: "policies/POL-broken.md",
    text: "---\nid: POL-broken\nkind: policy\ntitle: Broken policy\nowner: quality\nversion: 1\nstatus: approved\nreview_every: 12 months\nnext_review: 2099-01-01\n---\n",
    expect: [{ code: "approver-missing", line: 7, column: 9 }],
  },
  {
    file: "procedures/PRC-broken.md",
    text: "---\nid: PRC-broken\nkind: procedure\ntitle: Broken procedure\nowner: quality\nversion: 1\nstatus: draft\nreview_every: 12 months\nnext_review: 2020-01-01\n---\n## Purpose\nx\n",
    expect: [
      { code: "review-overdue", line: 9, column: 14, severity: "warning" },
      { code: "section-missing", line: 3 },
    ],
  },
  {
    file: "plans/PLN-broken.md",
    text: "---\nid: PLN-broken\nkind: plan\ntitle: Broken plan\nowner: quality\nversion: 1\nstatus: draft\nreview_every: sometimes\nnext_review: 2099-01-01\n---\n",
    expect: [{ code: "schema-format", line: 8, column: 15 }],
  },
  {
    file: "objectives/OBJ-broken.md",
    text: "---\nid: OBJ-broken\nkind: objective\ntitle: Broken objective\nowner: quality\nversion: 1\nstatus: draft\nreview_every: 1 year\nnext_review: 2099-01-01\ntarget: 95\n---\n",
    expect: [{ code: "schema-required", line: 2, column: 1 }],
  },
  {
    file: "risks/RSK-broken.md",
    text: "---\nid: RSK-broken\nkind: risk\ntitle: Broken risk\nowner: quality\nlikelihood: extreme\nimpact: high\ntreatment: mitigate\nstatus: open\n---\n",
    expect: [{ code: "schema-enum", line: 6, column: 13 }],
  },
  {
    file: "services/SVC-broken.md",
    text: "---\nid: SVC-broken\nkind: service\ntitle: Broken service\nowner: quality\nstatus: live\ncriticality: high\ndepends_on: [SVC-nowhere]\n---\n",
    expect: [{ code: "reference-missing", line: 8, column: 14 }],
  },
  {
    file: "slas/SLA-broken.md",
    text: "---\nid: SLA-broken\nkind: sla\ntitle: Broken SLA\nowner: quality\nservices: [SVC-broken]\ncustomer: Everyone\ntargets:\n  - name: P1 response\n    metric: response\n    applies_to: { kind: incident }\n    within: soon\n    goal: 95\n---\n",
    expect: [{ code: "schema-format", line: 12, column: 13 }],
  },
  {
    file: "cis/CI-broken.md",
    text: "---\nid: CI-broken\nkind: ci\ntitle: Broken CI\nowner: quality\ntype: server\nstatus: active\nservices: [SVC-broken]\ndepends_on: [SVC-broken]\n---\n",
    expect: [{ code: "reference-wrong-kind", line: 9, column: 14 }],
  },
  {
    file: "suppliers/SUP-broken.md",
    text: "---\nid: SUP-broken\nkind: supplier\ntitle: Broken supplier\nowner: quality\nservices: [SVC-broken]\nreview_every: 1 year\n---\n",
    expect: [{ code: "schema-required", line: 2, column: 1 }],
  },
  {
    file: "changes/CHG-broken.md",
    text: "---\nid: CHG-broken\nkind: change\ntitle: Broken change\nowner: quality\ntype: normal\nrisk: low\nstatus: implemented\nservices: [SVC-broken]\ncolour: blue\n---\n## Implementation plan\n## Back-out plan\n## Test plan\n",
    expect: [
      { code: "schema-unknown-field", line: 10, column: 1 },
      { code: "section-missing", line: 3 },
    ],
  },
  {
    file: "releases/REL-broken.md",
    text: "---\nid: REL-broken\nkind: release\ntitle: Broken release\nowner: quality\nstatus: shipped\nchanges: [CHG-broken]\n---\n",
    expect: [{ code: "status-unknown", line: 6, column: 9 }],
  },
  {
    file: "incidents/INC-broken.md",
    text:
      "---\nid: INC-broken\nkind: incident\ntitle: Broken incident\nowner: quality\nstatus: resolved\npriority: P2\nservice: SVC-broken\n" +
      "opened_at: 2026-03-06T15:00:00+01:00\ntimeline:\n  - { at: 2026-03-06T16:00:00+01:00, status: in-progress }\n  - { at: 2026-03-06T15:30:00+01:00, status: closed }\n---\n",
    expect: [
      { code: "timeline-order", line: 12, column: 11 },
      { code: "timeline-final-status", line: 6, column: 9 },
    ],
  },
  {
    file: "requests/REQ-broken.md",
    text: "---\nid: REQ-broken\nkind: request\ntitle: Broken request\nowner: quality\nstatus: new\nservice: SVC-broken\nopened_at: yesterday\n---\n",
    expect: [{ code: "schema-format", line: 8, column: 12 }],
  },
  {
    file: "problems/PRB-broken.md",
    text: "---\nid: PRB-broken\nkind: problem\ntitle: Broken problem\nowner: quality\nstatus: resolved\nincidents: [INC-broken]\n---\nNo analysis.\n",
    expect: [{ code: "section-missing", line: 3 }],
  },
  {
    file: "known-errors/KE-broken.md",
    text: "---\nid: KE-broken\nkind: known-error\ntitle: Broken known error\nowner: quality\nproblem: INC-broken\nworkaround: restart\n---\n",
    expect: [{ code: "reference-wrong-kind", line: 6, column: 10 }],
  },
  {
    file: "audits/AUD-broken.md",
    text: '---\nid: AUD-broken\nkind: audit\ntitle: Broken audit\nowner: quality\ndate: 2026-05-01\nscope: ["8.5.1", "8.9"]\nfindings: []\n---\n',
    expect: [{ code: "clause-unknown", line: 7, column: 18 }],
  },
  {
    file: "reviews/REV-broken.md",
    text: "---\nid: REV-broken\nkind: review\ntitle: Broken review\nowner: quality\ndate: 2026-05-01\nattendees: []\ndecisions: []\n---\n",
    expect: [{ code: "schema-invalid", line: 7, column: 12 }],
  },
  {
    file: "nonconformities/NC-broken.md",
    text: "---\nid: NC-broken\nid: NC-broken-2\nkind: nonconformity\ntitle: Broken NC\n---\n",
    expect: [{ code: "yaml-duplicate-key", line: 3, column: 1 }],
  },
  {
    file: "improvements/IMP-broken.md",
    text: "---\nid: IMP-broken\nkind: improvement\ntitle: Broken improvement\nowner: quality\nstatus: doing\n---\n",
    expect: [{ code: "status-unknown", line: 6, column: 9 }],
  },
  {
    file: "reports/RPT-broken.md",
    text: "---\nid: RPT-broken\nkind: report\ntitle: Broken report\nowner: quality\n---\n",
    expect: [{ code: "schema-required", line: 2, column: 1 }],
  },
];

describe("sms validate on a repository with one broken record of each kind", () => {
  let dir = "";
  let cleanup = async () => {};
  let diagnostics: Diagnostic[] = [];
  let code = -1;

  beforeAll(async () => {
    ({ dir, cleanup } = await copyTemplate());
    for (const b of BROKEN) {
      await mkdir(path.dirname(path.join(dir, b.file)), { recursive: true });
      await writeFile(path.join(dir, b.file), b.text);
    }
    const run = await sms(["validate", "--repo", dir, "--format", "json", "--now", "2026-11-21T12:00:00Z"]);
    code = run.code;
    diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  });
  afterAll(() => cleanup());

  it("exits 1", () => {
    expect(code).toBe(1);
  });

  it.each(BROKEN)("names the problem of $file at its line", (b) => {
    const found = diagnostics.filter((d) => d.file === b.file);
    for (const e of b.expect) expect(found).toContainEqual(expect.objectContaining(e));
    for (const d of found) expect(d.message.length).toBeGreaterThan(20);
  });

  it("reports nothing about the valid template records", () => {
    const broken = new Set(BROKEN.map((b) => b.file));
    expect(diagnostics.filter((d) => !broken.has(d.file))).toEqual([]);
  });

  it("names both files of a duplicate id", async () => {
    const text = (await readFile(path.join(dir, "risks/RSK-broken.md"), "utf8")).replace(
      "RSK-broken",
      "RSK-broken",
    );
    await writeFile(path.join(dir, "risks/RSK-copy.md"), text);
    const run = await sms(["validate", "--repo", dir, "--format", "json", "--now", "2026-11-21T12:00:00Z"]);
    const dups = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter(
      (d) => d.code === "id-duplicate",
    );
    expect(dups.map((d) => d.file).sort()).toEqual(["risks/RSK-broken.md", "risks/RSK-copy.md"]);
    expect(dups[0]?.message).toContain("risks/RSK-");
  });
});
