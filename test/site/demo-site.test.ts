import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { verifySiteManifest } from "../../src/site/manifest.js";
import { sms } from "../helpers/cli.js";

const base = mkdtempSync(path.join(os.tmpdir(), "sms-demo-site-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

it("sms demo ends with the evidence site of the demonstration repository and prints its index.html", async () => {
  const dir = path.join(base, "demo");
  const r = await sms(["demo", dir]);
  expect(r.stderr).toBe("");
  const last = r.stdout.trimEnd().split("\n").at(-1) ?? "";
  expect(last).toBe(path.join(dir, ".sms", "site", "index.html"));
  expect(existsSync(last)).toBe(true);
  expect(r.stdout).toMatch(/Evidence site: \d+ pages from commit [0-9a-f]{10}/);
  const check = await verifySiteManifest(path.dirname(last));
  expect(check.ok).toBe(true);
  // The demo's months of history reach the site: SLA periods and per-record commits.
  expect(existsSync(path.join(dir, ".sms", "site", "sla", "2026-07-01--2026-08-01.html"))).toBe(true);
}, 120_000);
