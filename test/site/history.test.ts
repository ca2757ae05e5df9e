import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import type { HistoryState } from "../../src/history/types.js";
import { historyIndex, isoInZone } from "../../src/site/history.js";
import { replayForSite, siteHistoryOf } from "../../src/site/replay.js";
import { replayInWorker } from "../../src/site/workers.js";
import { projectRoot } from "../helpers/cli.js";
import { cleanupRepos, makeTempRepo } from "../helpers/git-repo.js";

afterAll(() => cleanupRepos());

const luxon = (seconds: number, zone: string) =>
  DateTime.fromSeconds(seconds, { zone }).toISO({ suppressMilliseconds: true }) ?? "";

describe("dates on a record's history", () => {
  const zones = [
    "Europe/Berlin",
    "America/New_York",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Europe/London",
    "Etc/GMT+5",
    "UTC",
    "utc",
    "UTC+3",
    "Africa/Monrovia",
    "Not/AZone",
  ];

  it("read as luxon writes them, across offsets, daylight saving changes and odd years", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const instants = [
      0,
      -1,
      1_711_846_800, // 2024-03-31 01:00 UTC: Europe changes to summer time
      1_711_846_799,
      1_730_595_600, // 2024-11-03 01:00 UTC
      1_730_599_200, // New York falls back
      -2_208_988_800, // 1900
      -30_610_224_000, // year 999
      253_402_300_800, // year 10000
      ...Array.from({ length: 400 }, () => Math.floor(rnd() * 2_000_000_000)),
      // Every quarter of an hour around a change, and the seconds next to it.
      ...Array.from({ length: 200 }, (_, i) => 1_711_800_000 + i * 450),
    ];
    for (const zone of zones) {
      const format = isoInZone(zone);
      for (const s of instants) expect(format(s), `${zone} ${s}`).toBe(luxon(s, zone));
      expect(format(1.5), zone).toBe(luxon(1.5, zone));
    }
  });

  it("show each version's commit, author and status, newest last", () => {
    const state: HistoryState = {
      zone: "Europe/Berlin",
      folders: ["incidents"],
      commits: [
        { oid: "a".repeat(40), time: 1_711_846_799, tz: 60, author: 0 },
        { oid: "b".repeat(40), time: 1_711_846_800, tz: 120, author: 1 },
      ],
      authors: [
        { name: "Carol", email: "carol@example.com", login: null },
        { name: "Dave", email: "1+dave@users.noreply.github.com", login: "dave" },
      ],
      paths: new Map([["incidents/INC-1.md", "INC-1"]]),
      records: new Map([
        [
          "INC-1",
          {
            id: "INC-1",
            kind: "incident",
            status: null,
            firstSeen: {},
            versions: [
              { commit: 0, path: "incidents/INC-1.md", blob: "1".repeat(40), status: "new" },
              { commit: 1, path: "incidents/INC-1.md", blob: null, status: null },
            ],
          },
        ],
      ]),
    };
    const index = historyIndex(siteHistoryOf(state), "Europe/Berlin", new Map([["b".repeat(40), 12]]));
    expect(index.get("INC-1")?.versions).toEqual([
      {
        commit: "a".repeat(40),
        author: "Carol",
        date: "2024-03-31T01:59:59+01:00",
        status: "new",
        pr: undefined,
      },
      {
        commit: "b".repeat(40),
        author: "dave",
        date: "2024-03-31T03:00:00+02:00",
        status: "deleted",
        pr: 12,
      },
    ]);
    expect(index.get("INC-2")).toBeUndefined();
  });
});

describe("history replayed in its own thread", () => {
  const INC = (status: string) =>
    `---\nid: INC-1\nkind: incident\ntitle: Disk full\nowner: frank\nstatus: ${status}\npriority: P3\n---\nText.\n`;

  it("is what this thread replays: versions, clocks, commits and authors; a shallow clone says so", async () => {
    const repo = makeTempRepo("sms-site-history-");
    repo.write("sms.config.yml", "organization: Test\ntimezone: Europe/Berlin\n");
    repo.write("incidents/INC-1.md", INC("new"));
    repo.commit("open", { date: "2026-10-01T10:00:00+02:00" });
    repo.write("incidents/INC-1.md", INC("resolved"));
    const head = repo.commit("resolve", { date: "2026-10-01T12:00:00+02:00" });
    const req = { repo: repo.dir, head, folders: ["incidents"], zone: "Europe/Berlin", cache: false };
    const script = path.join(projectRoot, "dist", "site-history.js");
    const inThread = await replayForSite(req);
    expect(await replayInWorker(req, { script })).toEqual(inThread);
    expect(inThread).not.toBe("shallow");
    if (inThread === "shallow") return;
    expect(inThread.versions.get("INC-1")?.map((v) => v.status)).toEqual(["new", "resolved"]);
    expect(inThread.clocks.get("INC-1")?.transitions.map((t) => t.status)).toEqual(["new", "resolved"]);
    const shallow = repo.shallowClone();
    expect(await replayInWorker({ ...req, repo: shallow.dir }, { script })).toBe("shallow");
  });
});
