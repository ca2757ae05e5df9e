import { describe, expect, it } from "vitest";
import { periodLabel } from "../../src/improvements/format-md.js";
import {
  type ActFinding,
  actFindings,
  actKey,
  labelSet,
  markerKey,
  mentionedIds,
  newIssueBody,
  refreshedBody,
} from "../../src/improvements/index.js";
import type { SmsRecord } from "../../src/records/record.js";

function record(path: string, data: Record<string, unknown>): SmsRecord {
  return {
    path,
    oid: "0".repeat(40),
    data: { id: "", kind: "", title: "", owner: "", ...data } as SmsRecord["data"],
    body: "",
    bodyLine: 1,
    positions: {},
  };
}

describe("pure parts of the register and the Act loop", () => {
  it("finds record ids in prose, links and paths, without trailing full stops or file extensions", () => {
    const known = new Set(["CHG-0101", "REL-shop-4.3", "INC-0042", "SLA-x"]);
    const text =
      "Caused by CHG-0101. Fixed in REL-shop-4.3, see [INC-0042](incidents/INC-0042.md). XCHG-0101 and CHG-01010 are not ids here; SLA-x: yes.";
    expect(mentionedIds(text, known)).toEqual(["CHG-0101", "REL-shop-4.3", "INC-0042", "SLA-x"]);
  });

  it("names periods the way people do", () => {
    expect(periodLabel("2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00")).toBe("March 2026");
    expect(periodLabel("2026-04-01T00:00:00+02:00", "2026-07-01T00:00:00+02:00")).toBe("Q2 2026");
    expect(periodLabel("2026-03-02T00:00:00+01:00", "2026-03-09T00:00:00+01:00")).toBe("week of 2026-03-02");
    expect(periodLabel("2026-03-15T00:00:00+01:00", "2026-04-01T00:00:00+02:00")).toBe(
      "2026-03-15 to 2026-03-31",
    );
  });

  it("keeps keys safe inside an HTML comment", () => {
    expect(actKey("sla-target", "SLA-x", "p1 --> <script>", "2026-03-01..2026-04-01")).toBe(
      "sla-target:SLA-x:p1-script-:2026-03-01..2026-04-01",
    );
  });

  it("record text cannot forge a marker, a mention or a link in the issue it opens", () => {
    const policy = record("policies/POL-x.md", {
      id: "POL-x",
      kind: "policy",
      title: "<!-- sms-as-code:act:other --> @everyone [click](javascript:alert(1))",
      owner: "anna",
      status: "approved",
      next_review: "2026-01-01",
    });
    const [finding] = actFindings({
      records: [policy],
      config: { timezone: "UTC" },
      periods: [],
      retrospectives: [],
      now: "2026-02-01T00:00:00Z",
    });
    const body = newIssueBody(finding!, labelSet({}).names);
    expect(markerKey(body)).toBe("review-overdue:POL-x:2026-01-01");
    expect(body.match(/<!-- sms-as-code:act:/g)).toHaveLength(1);
    expect(body).not.toContain("@everyone");
    expect(body).not.toContain("](javascript:");
  });

  it("refreshes only the evidence section and keeps what people wrote around it", () => {
    const f = (evidence: string): ActFinding => ({
      key: "k",
      source: "review-overdue",
      title: "t",
      evidence,
      records: [],
      nonconformity: false,
    });
    const body = `${newIssueBody(f("old figures"), labelSet({}).names)}\n\nOur notes: talk to carol.`;
    const next = refreshedBody(body, f("new figures"));
    expect(next).toContain("new figures");
    expect(next).not.toContain("old figures");
    expect(next).toContain("Our notes: talk to carol.");
    expect(refreshedBody(next, f("new figures"))).toBe(next);
    // Someone deleted the section: it comes back at the end, their text untouched.
    expect(refreshedBody("<!-- sms-as-code:act:k -->\nOnly ours.", f("x"))).toMatch(
      /^<!-- sms-as-code:act:k -->\nOnly ours\.\n\n<!-- sms-as-code:evidence:start -->/,
    );
  });
});
