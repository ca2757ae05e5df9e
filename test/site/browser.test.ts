// End-to-end in real Chromium: the site opened from disk (file://), with every other request blocked.
// Needs Debian's `chromium` (CI's .ci/run installs it) and the bundle (`npm test` builds it first).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySiteManifest } from "../../src/site/manifest.js";
import { projectRoot, sms } from "../helpers/cli.js";
import { cleanupRepos, makeTempRepo } from "../helpers/git-repo.js";

const SHOTS = path.join(projectRoot, "test-output", "site");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let context: BrowserContext;
let site: string;
let plainSite: string;
const offsite: string[] = [];
const problems: string[] = [];

/** Builds a site with the bundled binary, as users run it. */
function buildWithBinary(repo: string, out: string): string {
  return execFileSync(
    process.execPath,
    [path.join(projectRoot, "bin", "sms.js"), "--repo", repo, "site", "--out", out],
    {
      encoding: "utf8",
    },
  );
}

beforeAll(async () => {
  // A repository with a ledger entry for CHG-0003, built by the bundle.
  const repo = makeTempRepo("sms-site-browser-");
  cpSync(path.join(projectRoot, "sms-template"), repo.dir, { recursive: true });
  const head = repo.commit("template", { date: "2026-11-10T10:00:00+01:00" });
  repo.git("checkout", "-q", "--orphan", "sms/evidence");
  repo.git("rm", "-rfq", ".");
  repo.write(
    "approvals/3.json",
    JSON.stringify({
      type: "merge",
      pr: 3,
      title: "Emergency: raise session cache memory",
      merged_at: "2026-07-16T10:20:00Z",
      merge_commit: head,
      records: [
        {
          id: "CHG-0003",
          rule: "emergency change",
          required: 1,
          approvers: [{ user: "dave", review_id: 31, submitted_at: "2026-07-16T10:07:00Z" }],
        },
      ],
    }),
  );
  repo.commit("ledger", { date: "2026-11-10T10:01:00+01:00" });
  repo.git("checkout", "-q", "-f", "main");
  site = path.join(repo.dir, "..", `${path.basename(repo.dir)}-site`);
  expect(buildWithBinary(repo.dir, site)).toContain(path.join(site, "index.html"));
  // Written and hashed by the bundle's writer threads: the manifest must still hold.
  expect((await verifySiteManifest(site)).ok).toBe(true);
  // The same records without a ledger, built in-process.
  const plain = makeTempRepo("sms-site-browser-plain-");
  cpSync(path.join(projectRoot, "sms-template"), plain.dir, { recursive: true });
  plain.commit("template", { date: "2026-11-10T10:00:00+01:00" });
  plainSite = path.join(plain.dir, ".sms", "site");
  expect((await sms(["--repo", plain.dir, "site"])).code).toBe(0);

  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing may leave the page: every request that is not a file of the site is recorded and refused.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file://")) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  // Browser code is passed as text: this project's TypeScript has no DOM types.
  await context.addInitScript({
    content:
      "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  cleanupRepos();
});

async function open(file: string, root = site): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${file}: console error ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${file}: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`${file}: dialog ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(pathToFileURL(path.join(root, file)).href);
  return page;
}

async function axe(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's Content-Security-Policy stays in force.
  await page.evaluate(axeSource);
  // preload: false keeps axe from fetching the stylesheets itself, which the CSP would (rightly) refuse.
  const result = (await page.evaluate(
    `axe.run(document, { preload: false, runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })`,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function cspViolations(page: Page): Promise<string[]> {
  return (await page.evaluate("window.__csp")) as string[];
}

describe("the evidence site in Chromium, opened from disk", () => {
  it("follows a change from the readiness page to its record page and its approval", async () => {
    const page = await open("index.html");
    await expect(page.title()).resolves.toContain("Readiness");
    await page.locator("#c-8-5-1-3").getByRole("link", { name: "CHG-0003" }).click();
    await page.waitForURL(/records\/CHG-0003\.html$/);
    await expect(page.locator("h1").textContent()).resolves.toContain("Emergency");
    const approvals = page.locator("#sms-approvals-section");
    await expect(approvals.textContent()).resolves.toMatch(
      /Pull request #3[\s\S]*dave at 2026-07-16T10:07:00Z/,
    );
    await page.screenshot({ path: path.join(SHOTS, "record.png"), fullPage: true });
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows the 'no ledger yet' note when the evidence branch does not exist", async () => {
    const page = await open("index.html", plainSite);
    await page.locator("#c-8-5-1-3").getByRole("link", { name: "CHG-0003" }).click();
    await expect(page.locator("#sms-approvals-note").textContent()).resolves.toMatch(/^No ledger yet/);
    await page.close();
  });

  it("audit sampling links each step to its evidence", async () => {
    const page = await open("sampling.html");
    const row = page.locator("tr", { has: page.getByRole("link", { name: "CHG-0003" }) });
    await expect(row.locator("td").nth(1).textContent()).resolves.toMatch(/pull request #3/);
    await row.getByRole("link", { name: /pull request #3/ }).click();
    await page.waitForURL(/records\/CHG-0003\.html#sms-approvals$/);
    await page.close();
  });

  it("searches records from disk, without a server", async () => {
    const page = await open("search.html");
    await page.getByLabel("Search ids, titles, owners and text").fill("session cache");
    await expect(page.locator("#sms-search-status").textContent()).resolves.toMatch(/\d+ records? match/);
    await expect(page.locator("#sms-search-results").textContent()).resolves.toContain("CHG-0003");
    await page.screenshot({ path: path.join(SHOTS, "search.png") });
    await page.locator("#sms-search-results a").first().click();
    await page.waitForURL(/records\//);
    // The header search on any page lands on the search page with the query filled in.
    await page.getByLabel("Search records").fill("CHG-0003");
    await page.getByLabel("Search records").press("Enter");
    await page.waitForURL(/search\.html\?q=CHG-0003$/);
    await expect(page.locator("#sms-search-results li a").first().textContent()).resolves.toBe("CHG-0003");
    await page.close();
  });

  it("sorts and filters a register with the keyboard, and the table is complete without script", async () => {
    const page = await open("registers/change.html");
    await page.getByLabel("Filter").fill("session");
    await expect(page.locator("#sms-filter-count").textContent()).resolves.toBe("3 of 7 records shown");
    await page.getByLabel("Status").selectOption("closed");
    await page.getByLabel("Filter").fill("");
    await expect(page.locator("#sms-register tbody tr:visible").count()).resolves.toBe(5);
    await page.getByRole("button", { name: "Risk" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("th", { hasText: "Risk" }).getAttribute("aria-sort")).resolves.toBe(
      "ascending",
    );
    await page.screenshot({ path: path.join(SHOTS, "register.png") });
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto(pathToFileURL(path.join(site, "registers/change.html")).href);
    await expect(bare.locator("#sms-register tbody tr").count()).resolves.toBe(7);
    await expect(bare.locator("#sms-filters").isVisible()).resolves.toBe(false);
    await noScript.close();
    await page.close();
  });

  it("has a skip link that moves focus to the content", async () => {
    const page = await open("records/CHG-0003.html");
    await page.keyboard.press("Tab");
    await expect(page.evaluate("document.activeElement.textContent")).resolves.toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect(page.evaluate("document.activeElement.id")).resolves.toBe("sms-main");
    await page.close();
  });

  it("has no accessibility violations (axe, WCAG 2.1 AA and best practice)", async () => {
    const pages = [
      "index.html",
      "registers/change.html",
      "records/CHG-0003.html",
      "sampling.html",
      "configuration.html",
      "sla/index.html",
      "sla/2026-07-01--2026-08-01.html",
      "improvements.html",
      "search.html",
      "findings.html",
    ];
    const found: string[] = [];
    for (const file of pages) {
      const page = await open(file);
      if (file === "index.html") await page.screenshot({ path: path.join(SHOTS, "home.png") });
      if (file === "configuration.html")
        await page.screenshot({ path: path.join(SHOTS, "configuration.png"), fullPage: true });
      if (file.startsWith("sla/2026"))
        await page.screenshot({ path: path.join(SHOTS, "sla.png"), fullPage: true });
      for (const v of await axe(page)) found.push(`${file}: ${v}`);
      for (const v of await cspViolations(page)) found.push(`${file}: CSP ${v}`);
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it("prints to PDF without navigation or forms", async () => {
    const page = await open("records/CHG-0003.html");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("nav").first().isVisible()).resolves.toBe(false);
    await expect(page.locator(".quick-search").isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ path: path.join(SHOTS, "record.pdf"), format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });

  it("made no request that left the site and logged no error", async () => {
    expect(problems).toEqual([]);
    // The blocker itself works: a deliberate request to the network is caught (and is the only one).
    const probe = await context.newPage();
    await probe.goto("https://example.invalid/").catch(() => undefined);
    await probe.close();
    expect(offsite).toEqual(["https://example.invalid/"]);
    offsite.length = 0;
  });
});

describe("hostile records in Chromium", () => {
  it("run no script and open no dialog", async () => {
    const repo = makeTempRepo("sms-site-browser-hostile-");
    cpSync(path.join(projectRoot, "sms-template"), repo.dir, { recursive: true });
    cpSync(path.join(projectRoot, "test/fixtures/hostile"), repo.dir, { recursive: true });
    repo.write(
      "incidents/INC-h-svg.md",
      `---\nid: INC-0990\nkind: incident\ntitle: '<img src=x onerror="window.__pwned=1">'\nowner: frank\nstatus: new\npriority: P3\nservice: SVC-backup\n---\n<svg onload="window.__pwned=2"><script>window.__pwned=3</script></svg>\n\n[x](javascript:window.__pwned=4)\n`,
    );
    repo.commit("hostile");
    const out = path.join(repo.dir, ".sms", "site");
    expect((await sms(["--repo", repo.dir, "site"])).code).toBe(0);
    for (const file of [
      "records/INC-0990.html",
      "records/INC-0909.html",
      "registers/incident.html",
      "index.html",
    ]) {
      const page = await open(file, out);
      const pwned = await page.evaluate("[window.__pwned, window.__smsHostilePwned]");
      expect(pwned, file).toEqual([undefined, undefined]);
      for (const link of await page
        .locator("a[href]")
        .evaluateAll((as) => as.map((a) => String(a.getAttribute("href")))))
        expect(link, file).not.toMatch(/^\s*javascript:/i);
      await page.close();
    }
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
