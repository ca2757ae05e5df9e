import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySiteManifest } from "../../src/site/manifest.js";
import { projectRoot, sms } from "../helpers/cli.js";
import { cleanupRepos, makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

const INC = (id: string, title: string) =>
  `---\nid: ${id}\nkind: incident\ntitle: ${title}\nowner: frank\nstatus: new\npriority: P3\nservice: SVC-backup\n---\nText of ${id}.\n`;

function filesUnder(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)],
  );
}

let repo: TempRepo;
let first: string;
let second: string;

beforeAll(() => {
  repo = makeTempRepo("sms-site-");
  cpSync(path.join(projectRoot, "sms-template"), repo.dir, { recursive: true });
  repo.write(".sms/templates/search.hbs", "{{#> layout}}<h1>Committed search template</h1>{{/layout}}\n");
  first = repo.commit("template", { date: "2026-11-10T10:00:00+01:00" });
  repo.write("incidents/INC-0777.md", INC("INC-0777", "Added in March"));
  second = repo.commit("an incident", { date: "2026-12-03T10:00:00+01:00" });
});
const outs: string[] = [];
afterAll(() => {
  for (const o of outs) rmSync(o, { recursive: true, force: true });
  cleanupRepos();
});

/** A folder beside the test repository for one site build, removed after the tests. */
function outDir(name: string): string {
  const o = path.join(repo.dir, "..", `${path.basename(repo.dir)}-${name}`);
  outs.push(o);
  return o;
}

describe("sms site", () => {
  it("builds the site of HEAD, prints the index path, and the manifest verifies", async () => {
    const out = outDir("out");
    const r = await sms(["--repo", repo.dir, "site", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(path.join(out, "index.html"));
    expect(existsSync(path.join(out, "records", "INC-0777.html"))).toBe(true);
    const check = await verifySiteManifest(out);
    expect(check.ok).toBe(true);
    expect(check.manifest?.source_commit).toBe(second);
  });

  it("builds byte-identical files from the same commit; only the manifest's build time differs", async () => {
    const a = outDir("a");
    const b = outDir("b");
    expect((await sms(["--repo", repo.dir, "site", "--out", a])).code).toBe(0);
    expect((await sms(["--repo", repo.dir, "site", "--out", b, "--no-cache"])).code).toBe(0);
    const files = filesUnder(a).sort();
    expect(filesUnder(b).sort()).toEqual(files);
    for (const f of files) {
      if (f === "manifest.json") continue;
      expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), f).toBe(true);
    }
    const ma = JSON.parse(readFileSync(path.join(a, "manifest.json"), "utf8"));
    const mb = JSON.parse(readFileSync(path.join(b, "manifest.json"), "utf8"));
    expect(mb.files).toEqual(ma.files);
  });

  it("--at DATE builds the site as it stood on that day; --at REV at that commit", async () => {
    const out = outDir("at");
    const r = await sms(["--repo", repo.dir, "site", "--out", out, "--at", "2026-11-30"]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, "records", "INC-0777.html"))).toBe(false);
    expect((await verifySiteManifest(out)).manifest?.source_commit).toBe(first);
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toContain("requested: 2026-11-30");
    expect((await sms(["--repo", repo.dir, "site", "--out", out, "--at", second.slice(0, 10)])).code).toBe(0);
    expect(existsSync(path.join(out, "records", "INC-0777.html"))).toBe(true);
  });

  it("fails with one line and exit 2 on a date before the first commit, an unknown revision or a foreign folder", async () => {
    const out = outDir("bad");
    const early = await sms(["--repo", repo.dir, "site", "--out", out, "--at", "2020-01-01"]);
    expect(early).toMatchObject({ code: 2, stdout: "" });
    expect(early.stderr).toMatch(/^sms: no commit of HEAD is on or before 2020-01-01; pick a later date\n$/);
    const unknown = await sms(["--repo", repo.dir, "site", "--out", out, "--at", "no-such-branch"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    const foreign = await sms(["--repo", repo.dir, "site", "--out", path.join(repo.dir, "policies")]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/not empty and holds no site/);
  });

  it("takes template overrides from the default branch's commit, never from the working tree or a PR branch", async () => {
    const out = outDir("tpl");
    repo.git("checkout", "-q", "-b", "pr-branch");
    repo.write(".sms/templates/search.hbs", "{{#> layout}}<h1>PR branch template</h1>{{/layout}}\n");
    repo.commit("PR changes the template", { date: "2026-12-04T10:00:00+01:00" });
    writeFileSync(
      path.join(repo.dir, ".sms/templates/search.hbs"),
      "{{#> layout}}<h1>Working tree template</h1>{{/layout}}\n",
    );
    try {
      const r = await sms(["--repo", repo.dir, "site", "--out", out]);
      expect(r.code).toBe(0);
      const search = readFileSync(path.join(out, "search.html"), "utf8");
      expect(search).toContain("Committed search template");
      expect(search).not.toMatch(/PR branch template|Working tree template/);
    } finally {
      repo.git("checkout", "-q", "-f", "main");
    }
  });

  it("refuses an override that prints record data unescaped, and says why", async () => {
    const out = outDir("refused");
    repo.write(".sms/templates/home.hbs", "{{#> layout}}{{{edition}}}{{/layout}}\n");
    repo.commit("unsafe template", { date: "2026-12-05T10:00:00+01:00" });
    const r = await sms(["--repo", repo.dir, "site", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\.sms\/templates\/home\.hbs:1:1: warning site-template-refused: .*unescaped/);
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toContain(
      "Readiness for ISO/IEC 20000-1:2018",
    );
  });
});

describe("sms site with hostile records", () => {
  it("writes nothing outside the output folder and no script, handler or javascript: URL from a record", async () => {
    const hostile = makeTempRepo("sms-site-hostile-");
    cpSync(path.join(projectRoot, "sms-template"), hostile.dir, { recursive: true });
    cpSync(path.join(projectRoot, "test/fixtures/hostile"), hostile.dir, { recursive: true });
    hostile.write(
      "incidents/INC-h-svg.md",
      `---\nid: INC-0990\nkind: incident\ntitle: SVG\nowner: '<a href="javascript:alert(1)" onclick="x()">o</a>'\nstatus: new\npriority: P3\nservice: SVC-backup\nx-note: '<svg><script>alert(1)</script></svg>'\n---\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><a xlink:href="javascript:alert(2)">x</a></svg>\n\n<a href="javascript:alert(3)" onmouseover="alert(4)">hover</a> <iframe srcdoc="<script>alert(5)</script>"></iframe>\n`,
    );
    hostile.write("incidents/INC-h-dots.md", INC("../../../../tmp/sms-escape", "dots"));
    hostile.commit("hostile");
    const parent = path.dirname(hostile.dir);
    const before = new Set(readdirSync(parent));
    const repoBefore = filesUnder(hostile.dir).filter((f) => !f.startsWith(".git/"));
    const out = path.join(hostile.dir, ".sms", "site");
    const r = await sms(["--repo", hostile.dir, "site"]);
    expect(r.code).toBe(0);
    // Other processes use the temp folder too: look only for what the hostile ids could have made.
    const added = readdirSync(parent).filter((f) => !before.has(f));
    expect(added.filter((f) => /escape|passwd|\.html$|^x$/.test(f))).toEqual([]);
    expect(existsSync("/tmp/sms-escape.html")).toBe(false);
    const repoAfter = filesUnder(hostile.dir).filter((f) => !f.startsWith(".git/") && !f.startsWith(".sms/"));
    expect(repoAfter.sort()).toEqual(repoBefore.filter((f) => !f.startsWith(".sms/")).sort());
    const files = filesUnder(out);
    expect(files.every((f) => !f.includes(".."))).toBe(true);
    for (const f of files.filter((x) => x.endsWith(".html"))) {
      const html = readFileSync(path.join(out, f), "utf8");
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      for (const tag of scripts) expect(tag, f).toMatch(/^<script src="(\.\.\/)?assets\/[a-z-]+\.js">$/);
      expect(html, f).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(html, f).not.toMatch(/(href|src|action|xlink:href)\s*=\s*["']?\s*javascript:/i);
      expect(html, f).not.toMatch(/<iframe|<object|<embed|<svg[^>]*>\s*<script/i);
    }
    // The hostile records are there, as text.
    const svgPage = readFileSync(path.join(out, "records", "INC-0990.html"), "utf8");
    expect(svgPage).toContain("&lt;svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;");
    expect(svgPage).toContain("<p>hover </p>");
    expect(files.some((f) => f.startsWith("records/etc_passwd-"))).toBe(true);
    hostile.cleanup();
  });
});

describe("sms site with history and the approval ledger", () => {
  it("shows each record's commits and authors, and the pull request and approvers from the ledger", async () => {
    const r = makeTempRepo("sms-site-ledger-");
    cpSync(path.join(projectRoot, "sms-template"), r.dir, { recursive: true });
    r.commit("template", {
      date: "2026-11-10T10:00:00+01:00",
      authorName: "Carol",
      authorEmail: "12+carol@users.noreply.github.com",
    });
    r.write("incidents/INC-0777.md", INC("INC-0777", "Second commit"));
    const merge = r.commit("an incident", {
      date: "2026-11-12T10:00:00+01:00",
      authorName: "Dave",
      authorEmail: "dave@example.com",
    });
    r.git("checkout", "-q", "--orphan", "sms/evidence");
    r.git("rm", "-rfq", ".");
    r.write(
      "approvals/12.json",
      JSON.stringify({
        ledger: "sms-as-code/approvals",
        version: 1,
        sequence: 1,
        type: "merge",
        pr: 12,
        title: "Raise session memory",
        author: "ines",
        merged_at: "2026-11-12T09:00:00Z",
        merge_commit: merge,
        records: [
          {
            id: "CHG-0002",
            path: "changes/CHG-0002.md",
            change: "modified",
            rule: "high-risk normal change",
            required: 2,
            status: "closed",
            approvers: [
              { user: "carol", review_id: 101, submitted_at: "2026-11-12T08:00:00Z", commit_id: merge },
              { user: "erin", review_id: 102, submitted_at: "2026-11-12T08:30:00Z", commit_id: merge },
            ],
          },
        ],
        recorded_at: "2026-11-12T09:01:00Z",
        prev: null,
      }),
    );
    r.commit("ledger: #12", { date: "2026-11-12T10:01:00+01:00" });
    r.git("checkout", "-q", "-f", "main");
    const out = path.join(r.dir, ".sms", "site");
    const run = await sms(["--repo", r.dir, "site"]);
    expect(run.code).toBe(0);
    const inc = readFileSync(path.join(out, "records", "INC-0777.html"), "utf8");
    expect(inc).toContain(`<code>${merge.slice(0, 10)}</code>`);
    expect(inc).toMatch(/<td>Dave<\/td><td>new<\/td><td>#12<\/td>/);
    const pol = readFileSync(path.join(out, "records", "POL-change-management.html"), "utf8");
    expect(pol).toMatch(/<td>carol<\/td><td>approved<\/td>/);
    const chg = readFileSync(path.join(out, "records", "CHG-0002.html"), "utf8");
    expect(chg).toContain("Pull request #12: Raise session memory");
    expect(chg).toMatch(/carol at 2026-11-12T08:00:00Z \(review 101\)/);
    const sampling = readFileSync(path.join(out, "sampling.html"), "utf8");
    expect(sampling).toContain("pull request #12 (high-risk normal change): carol, erin");
    r.cleanup();
  });
});
