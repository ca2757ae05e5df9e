import { makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

/** Front matter lines plus a body, as a record file. */
export function record(lines: string[], body = "Details.\n"): string {
  return `---\n${lines.join("\n")}\n---\n${body}`;
}

export const CONFIG = `organization: Metrics Test GmbH
timezone: Europe/Berlin
teams:
  ops: [carol, dave]
calendars:
  business-hours:
    timezone: Europe/Berlin
    hours: { mon: "09:00-17:00", tue: "09:00-17:00", wed: "09:00-17:00", thu: "09:00-17:00", fri: "09:00-17:00" }
`;

export const SLA = record([
  "id: SLA-web",
  "kind: sla",
  "title: Web shop SLA",
  "owner: ops",
  "services: [SVC-web]",
  "customer: Retail",
  "period: month",
  "targets:",
  "  - { name: P1 response, metric: response, applies_to: { kind: incident, priority: P1 }, within: 30m, calendar: 24x7, goal: 90 }",
  "  - { name: P1 resolution, metric: resolution, applies_to: { kind: incident, priority: P1 }, within: 4h, calendar: 24x7, goal: 90 }",
  "  - name: P2 resolution",
  "    metric: resolution",
  "    applies_to: { kind: incident, priority: P2 }",
  "    within: 8h",
  "    calendar: business-hours",
  "    pause_on: [on-hold]",
  "    goal: 50",
  "availability:",
  "  target: 99.9",
  "  calendar: 24x7",
  "  exclude_planned: true",
]);

const SERVICE = record([
  "id: SVC-web",
  "kind: service",
  "title: Web shop",
  "owner: ops",
  "status: live",
  "criticality: high",
]);

function incident(id: string, priority: string, lines: string[]): string {
  return record([
    `id: ${id}`,
    "kind: incident",
    `title: Incident ${id}`,
    "owner: ops",
    "service: SVC-web",
    `priority: ${priority}`,
    ...lines,
  ]);
}

/**
 * March 2026 in Europe/Berlin (UTC+1 until 29 March 02:00, then UTC+2), figures worked out by hand:
 *
 * INC-1 (P1, timeline): opened 3 Mar 10:00, in-progress 10:20, resolved 13:00.
 *   P1 response 20m = 1200 s (met); P1 resolution 3h = 10800 s (met).
 *   outage 10:00-10:42 down: 42m of downtime.
 * INC-2 (P1, no timeline: history): added 10 Mar 09:00 (new), 09:45 in-progress, 15:00 resolved,
 *   reopened 11 Mar 09:00 (in-progress), resolved again 10:00.
 *   P1 response 45m = 2700 s (breach); P1 resolution 6h + 1h = 25200 s (breach at 13:00 on 10 Mar).
 * INC-3 (P2): opened Fri 13 Mar 16:00, in-progress 16:30, on-hold 16:45, in-progress Mon 16 Mar 10:00,
 *   resolved 14:00. Business hours 09-17: Fri 16:00-16:45 (45m) + Mon 10:00-14:00 (4h) = 17100 s (met).
 * INC-4 (P2): opened Wed 25 Mar 09:00, resolved Thu 26 Mar 12:00: Wed 8h + Thu 3h = 39600 s (breach).
 * INC-5 (P3, caused by CHG-1): opened 20 Mar 22:35, resolved 23:45; outage 22:30-23:30 down, of which
 *   22:30-23:00 lies in CHG-1's planned window: 30m of downtime.
 * CHG-1 (normal, closed, planned outage 20 Mar 22:00-23:00, successful).
 * CHG-2 (emergency, failed, implemented 27 Mar 12:00).
 * PRB-1 opened 12 Mar 10:00, investigating.
 *
 * P1 response: measured 2, met 1, achieved 50 (goal 90: missed), breach INC-2 2700.
 * P1 resolution: measured 2, met 1, achieved 50, breach INC-2 25200.
 * P2 resolution: measured 2, met 1, achieved 50 (goal 50: ok), breach INC-4 39600.
 * Availability: March is 31 days minus the DST hour = 743h = 2674800 s; minus the 1h window = 2671200 s
 *   agreed. Downtime 42m + 30m = 4320 s. (2671200 - 4320) / 2671200 = 99.83827...% -> 99.838, missed.
 * KPIs: 5 incidents opened (P1 2, P2 2, P3 1), 5 resolved. Times to resolve (wall clock): INC-5 4200,
 *   INC-1 10800, INC-2 90000 (10 Mar 09:00 to 11 Mar 10:00), INC-4 97200, INC-3 252000 (Fri 16:00 to
 *   Mon 14:00); mean 454200 / 5 = 90840; 90th percentile (nearest rank 5 of 5) 252000. 1 reopened
 *   (INC-2), 1 linked to a change (INC-5). Changes: 2 (normal 1, emergency 1), successful 1, failed 1,
 *   success rate 50, emergency ratio 50. Problems: 1 opened, 0 resolved.
 */
export function marchRepo(): TempRepo {
  const repo = makeTempRepo("sms-metrics-");
  const at = (date: string, who = "Carol") => ({
    authorName: who,
    authorEmail: `${who.toLowerCase()}@example.com`,
    date,
  });
  repo.write("sms.config.yml", CONFIG).write("services/SVC-web.md", SERVICE).write("slas/SLA-web.md", SLA);
  repo.commit("catalogue and SLA", at("2026-02-20T10:00:00+01:00"));

  repo.write(
    "incidents/2026/03/INC-1.md",
    incident("INC-1", "P1", [
      "status: resolved",
      "opened_at: 2026-03-03T10:00:00+01:00",
      "timeline:",
      "  - { at: 2026-03-03T10:20:00+01:00, status: in-progress }",
      "  - { at: 2026-03-03T13:00:00+01:00, status: resolved }",
      "outage:",
      "  - { start: 2026-03-03T10:00:00+01:00, end: 2026-03-03T10:42:00+01:00, effect: down }",
    ]),
  );
  repo.commit("INC-1", at("2026-03-03T13:05:00+01:00"));

  const inc2 = (status: string) => incident("INC-2", "P1", [`status: ${status}`]);
  repo
    .write("incidents/2026/03/INC-2.md", inc2("new"))
    .commit("INC-2 opened", at("2026-03-10T09:00:00+01:00"));
  repo.write("incidents/2026/03/INC-2.md", inc2("in-progress"));
  repo.commit("INC-2 taken", at("2026-03-10T09:45:00+01:00", "Dave"));
  repo.write("incidents/2026/03/INC-2.md", inc2("resolved"));
  repo.commit("INC-2 resolved", at("2026-03-10T15:00:00+01:00", "Dave"));
  repo.write("incidents/2026/03/INC-2.md", inc2("in-progress"));
  repo.commit("INC-2 reopened", at("2026-03-11T09:00:00+01:00"));
  repo.write("incidents/2026/03/INC-2.md", inc2("resolved"));
  repo.commit("INC-2 resolved again", at("2026-03-11T10:00:00+01:00"));

  repo.write(
    "problems/PRB-1.md",
    record([
      "id: PRB-1",
      "kind: problem",
      "title: Recurring P1s",
      "owner: ops",
      "status: investigating",
      "incidents: [INC-1, INC-2]",
      "opened_at: 2026-03-12T10:00:00+01:00",
      "timeline:",
      "  - { at: 2026-03-12T11:00:00+01:00, status: investigating }",
    ]),
  );
  repo.commit("PRB-1", at("2026-03-12T11:10:00+01:00"));

  repo.write(
    "incidents/2026/03/INC-3.md",
    incident("INC-3", "P2", [
      "status: resolved",
      "opened_at: 2026-03-13T16:00:00+01:00",
      "timeline:",
      "  - { at: 2026-03-13T16:30:00+01:00, status: in-progress }",
      "  - { at: 2026-03-13T16:45:00+01:00, status: on-hold, note: waiting for the customer }",
      "  - { at: 2026-03-16T10:00:00+01:00, status: in-progress }",
      "  - { at: 2026-03-16T14:00:00+01:00, status: resolved }",
    ]),
  );
  repo.commit("INC-3", at("2026-03-16T14:10:00+01:00"));

  const change = (id: string, lines: string[]) =>
    record([
      `id: ${id}`,
      "kind: change",
      `title: Change ${id}`,
      "owner: ops",
      "risk: medium",
      "services: [SVC-web]",
      ...lines,
    ]);
  repo.write(
    "changes/CHG-1.md",
    change("CHG-1", [
      "type: normal",
      "status: closed",
      "planned_outage: true",
      "window: { start: 2026-03-20T22:00:00+01:00, end: 2026-03-20T23:00:00+01:00 }",
      "implemented_on: 2026-03-20T23:00:00+01:00",
      "outcome: successful",
      "incidents: [INC-5]",
    ]),
  );
  repo.write(
    "incidents/2026/03/INC-5.md",
    incident("INC-5", "P3", [
      "status: resolved",
      "change: CHG-1",
      "opened_at: 2026-03-20T22:35:00+01:00",
      "timeline:",
      "  - { at: 2026-03-20T22:40:00+01:00, status: in-progress }",
      "  - { at: 2026-03-20T23:45:00+01:00, status: resolved }",
      "outage:",
      "  - { start: 2026-03-20T22:30:00+01:00, end: 2026-03-20T23:30:00+01:00, effect: down }",
    ]),
  );
  repo.commit("CHG-1 and INC-5", at("2026-03-21T00:10:00+01:00"));

  repo.write(
    "incidents/2026/03/INC-4.md",
    incident("INC-4", "P2", [
      "status: resolved",
      "opened_at: 2026-03-25T09:00:00+01:00",
      "timeline:",
      "  - { at: 2026-03-25T09:30:00+01:00, status: in-progress }",
      "  - { at: 2026-03-26T12:00:00+01:00, status: resolved }",
    ]),
  );
  repo.commit("INC-4", at("2026-03-26T12:30:00+01:00"));

  repo.write(
    "changes/CHG-2.md",
    change("CHG-2", [
      "type: emergency",
      "status: failed",
      "implemented_on: 2026-03-27T12:00:00+01:00",
      "outcome: failed",
    ]),
  );
  repo.commit("CHG-2", at("2026-03-27T13:00:00+01:00"));
  return repo;
}
