import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_LABELS, labelSet } from "../../src/improvements/index.js";
import { projectRoot, sms } from "../helpers/cli.js";

const DIR = path.join(projectRoot, "sms-template/.github/ISSUE_TEMPLATE");
const read = (name: string) => parse(readFileSync(path.join(DIR, name), "utf8")) as Record<string, unknown>;
const TYPES = ["checkboxes", "dropdown", "input", "markdown", "textarea"];

describe("issue forms in sms-template", () => {
  it("has the three forms and a chooser configuration", () => {
    expect(readdirSync(DIR).sort()).toEqual([
      "config.yml",
      "corrective-action.yml",
      "improvement.yml",
      "nonconformity.yml",
    ]);
    expect(read("config.yml")).toEqual({ blank_issues_enabled: true });
  });

  it.each([
    ["improvement.yml", "improvement"],
    ["nonconformity.yml", "nonconformity"],
    ["corrective-action.yml", "nonconformity"],
  ])("%s opens an issue the register reads, in stage plan", (file, type) => {
    const form = read(file);
    const labels = labelSet({});
    expect(form.labels).toEqual(
      expect.arrayContaining([DEFAULT_LABELS[type as "improvement"], DEFAULT_LABELS.plan]),
    );
    const stages = (form.labels as string[]).map((l) => labels.stageOf(l)).filter(Boolean);
    expect(stages).toEqual(["plan"]);
  });

  it.each(["improvement.yml", "nonconformity.yml", "corrective-action.yml"])(
    "%s is a well-formed GitHub issue form",
    (file) => {
      const form = read(file);
      expect(
        Object.keys(form).every((k) =>
          ["name", "description", "title", "labels", "assignees", "body"].includes(k),
        ),
      ).toBe(true);
      expect(typeof form.name).toBe("string");
      expect(typeof form.description).toBe("string");
      const body = form.body as { type: string; id?: string; attributes: Record<string, unknown> }[];
      expect(body.length).toBeGreaterThan(1);
      const ids = body.flatMap((e) => (e.id ? [e.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of body) {
        expect(TYPES).toContain(e.type);
        if (e.id) expect(e.id).toMatch(/^[A-Za-z0-9_-]+$/);
        if (e.type === "markdown") expect(typeof e.attributes.value).toBe("string");
        else expect(typeof e.attributes.label).toBe("string");
        if (e.type === "dropdown") {
          const options = e.attributes.options as string[];
          expect(options.length).toBeGreaterThan(0);
          expect(new Set(options).size).toBe(options.length);
        }
      }
    },
  );

  it("sms init puts the forms into a new SMS repository", async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), "sms-init-forms-"));
    try {
      const target = path.join(parent, "sms");
      const run = await sms(["init", target]);
      expect(run.code, run.stderr).toBe(0);
      for (const f of ["improvement.yml", "nonconformity.yml", "corrective-action.yml", "config.yml"])
        expect(existsSync(path.join(target, ".github/ISSUE_TEMPLATE", f))).toBe(true);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
