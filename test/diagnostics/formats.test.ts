import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODES } from "../../src/diagnostics/codes.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatSarif } from "../../src/diagnostics/format.js";
import { bin, cli, FIXTURES, NOW, ROOT, TEMPLATE } from "../hostile/setup.js";

const require = createRequire(import.meta.url);
type AjvClass = typeof import("ajv-draft-04").default;
const ajvModule = require("ajv-draft-04") as AjvClass | { default: AjvClass };
const AjvDraft04 = "default" in ajvModule ? ajvModule.default : ajvModule;
const addFormatsModule = require("ajv-formats") as
  | typeof import("ajv-formats").default
  | { default: typeof import("ajv-formats").default };
const addFormats = "default" in addFormatsModule ? addFormatsModule.default : addFormatsModule;

const SARIF_SCHEMA = path.join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

type Report = { errors: number; warnings: number; diagnostics: Diagnostic[] };

/** File names that need escaping in every format; made at test time (a newline cannot be committed portably). */
const ODD_FILES = {
  comma: "incidents/odd name, 100% : x.md",
  hash: "incidents/INC#1?x=y.md",
  unicode: "incidents/Störung ü.md",
  newline: "incidents/two\nlines.md",
};

let dir: string;
let json: Report;
const outputs: Record<string, string> = {};

beforeAll(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "sms-formats-")));
  fs.cpSync(TEMPLATE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.sms`) });
  fs.cpSync(FIXTURES, dir, { recursive: true });
  const record = (id: string, kind: string) =>
    `---\nid: ${id}\nkind: ${kind}\ntitle: Odd\nowner: frank\nstatus: new\npriority: P3\nservice: SVC-backup\n---\nbody\n`;
  fs.writeFileSync(path.join(dir, ODD_FILES.comma), record("INC-0951", "incident\\,:%"));
  fs.writeFileSync(path.join(dir, ODD_FILES.hash), record("INC-0952", "'# not a kind'"));
  fs.writeFileSync(path.join(dir, ODD_FILES.unicode), record("INC-0953", "Vorfall"));
  // A kind whose text would forge a second annotation, a fake text line and a terminal escape.
  fs.writeFileSync(
    path.join(dir, ODD_FILES.newline),
    record(
      "INC-0954",
      '"x\\r\\n::error file=forged.md,line=1::forged\\nincidents/forged.md:1:1 error forged \\e[31mred"',
    ),
  );
  const r = await cli(["validate", "--repo", dir, "--format", "json", "--now", NOW, "--no-cache"]);
  expect(r.code).toBe(1);
  expect(r.err).toBe("");
  json = JSON.parse(r.out) as Report;
  for (const format of ["sarif", "github", "text"]) {
    const o = await cli(["validate", "--repo", dir, "--format", format, "--now", NOW, "--no-cache"]);
    expect(o.code).toBe(1);
    expect(o.err).toBe("");
    outputs[format] = o.out;
  }
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("--format json", () => {
  it("has errors, warnings and diagnostics with the fields of the SPEC", () => {
    expect(Object.keys(json).sort()).toEqual(["diagnostics", "errors", "warnings"]);
    expect(json.errors).toBe(json.diagnostics.filter((d) => d.severity === "error").length);
    expect(json.warnings).toBe(json.diagnostics.filter((d) => d.severity === "warning").length);
    expect(json.errors).toBeGreaterThan(0);
    for (const d of json.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(["code", "column", "file", "line", "message", "severity"]);
      expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
      expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
      expect(["error", "warning"]).toContain(d.severity);
      expect(Object.keys(CODES)).toContain(d.code);
      expect(d.severity).toBe(CODES[d.code as keyof typeof CODES].severity);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.file).not.toMatch(/^\/|\\|^\.\.?\//);
    }
    for (const file of Object.values(ODD_FILES)) expect(json.diagnostics.map((d) => d.file)).toContain(file);
  });

  it("is sorted by file, line and column, so runs can be compared", () => {
    const keys = json.diagnostics.map((d) => [d.file, d.line, d.column] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2],
    );
    expect(keys).toEqual(sorted);
  });

  it("--json is the same as --format json", async () => {
    const r = await cli(["validate", "--repo", dir, "--json", "--now", NOW, "--no-cache"]);
    expect(r.out).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });
});

describe("--format sarif", () => {
  const validator = () => {
    const ajv = new AjvDraft04({
      allErrors: true,
      strict: false,
      validateFormats: true,
      unicodeRegExp: false,
    });
    addFormats(ajv);
    return ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, "utf8")) as object);
  };

  it("validates against the official SARIF 2.1.0 schema", () => {
    const validate = validator();
    const log = JSON.parse(outputs.sarif ?? "") as object;
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("validates when there is nothing to report, and when a source root is given", () => {
    const validate = validator();
    expect(validate(JSON.parse(formatSarif([], { version: "1.2.3" })))).toBe(true);
    const withRoot = JSON.parse(
      formatSarif(json.diagnostics, { version: "1.2.3", srcRoot: "file:///work/sms" }),
    );
    expect(validate(withRoot)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("meets what GitHub code scanning requires of runs and results", () => {
    const log = JSON.parse(outputs.sarif ?? "") as {
      version: string;
      runs: {
        tool: {
          driver: {
            name: string;
            version: string;
            rules: { id: string; shortDescription: { text: string } }[];
          };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("sms-as-code");
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(run.results).toHaveLength(json.diagnostics.length);
    run.results.forEach((result, i) => {
      const d = json.diagnostics[i]!;
      expect(result.ruleId).toBe(d.code);
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.level).toBe(d.severity);
      expect(result.message.text).toBe(d.message);
      expect(result.locations).toHaveLength(1);
      const loc = result.locations[0]!.physicalLocation;
      // Relative, no scheme, no leading slash, and it decodes back to exactly the file.
      expect(loc.artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\//i);
      expect(loc.artifactLocation.uri).not.toMatch(/[#?\s\\]/);
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(d.file);
      expect(new URL(loc.artifactLocation.uri, "https://example.com/repo/").pathname).toBe(
        `/repo/${loc.artifactLocation.uri}`,
      );
      expect(loc.region.startLine).toBe(d.line);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBe(d.column);
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{8}:1$/);
    });
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBe(CODES[rule.id as keyof typeof CODES].summary);
    }
  });
});

describe("--format github", () => {
  const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));

  it("prints one workflow command per line that parses back to each diagnostic", () => {
    const out = outputs.github ?? "";
    expect(out.endsWith("\n")).toBe(true);
    const lines = out.slice(0, -1).split("\n");
    expect(lines).toHaveLength(json.diagnostics.length);
    lines.forEach((line, i) => {
      const d = json.diagnostics[i]!;
      const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      const [, command, props = "", data = ""] = m!;
      expect(command).toBe(d.severity);
      expect(line).not.toContain("\r");
      // Escaped as GitHub's toolkit does: '%' only starts an escape; no raw ',' or ':' in a property.
      expect(props.replace(/%(25|0D|0A|3A|2C)/g, "")).not.toContain("%");
      expect(data.replace(/%(25|0D|0A)/g, "")).not.toContain("%");
      const fields = Object.fromEntries(
        props.split(",").map((p) => {
          const eq = p.indexOf("=");
          return [p.slice(0, eq), unescapeProperty(p.slice(eq + 1))];
        }),
      );
      expect(fields).toEqual({ file: d.file, line: String(d.line), col: String(d.column), title: d.code });
      expect(unescapeData(data)).toBe(d.message);
    });
  });

  it("cannot be tricked into a second annotation by record content", () => {
    const out = outputs.github ?? "";
    const forged = out.split("\n").filter((l) => l.includes("forged"));
    expect(forged).toHaveLength(1);
    expect(forged[0]).toMatch(/^::error file=incidents\/two%0Alines\.md,line=3,col=7,title=kind-unknown::/);
    expect(out).not.toMatch(/^::error file=forged/m);
    const comma = out.split("\n").find((l) => l.includes("odd name"));
    expect(comma).toContain("file=incidents/odd name%2C 100%25 %3A x.md,line=3,col=7,");
  });
});

describe("--format text", () => {
  const LINE = /^(.+):(\d+):(\d+) (error|warning) ([a-z0-9-]+) (.+)$/;

  it("groups findings under one heading per file, one 'file:line:col severity code message' line each", () => {
    const out = outputs.text ?? "";
    expect(out).not.toMatch(/\u001b\[/);
    const blocks = out.trimEnd().split("\n\n");
    const summary = blocks.pop();
    expect(summary).toBe(`${json.errors} errors, ${json.warnings} warnings`);
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of json.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    expect(blocks).toHaveLength(byFile.size);
    const shown = (s: string) =>
      s
        .replace(/\n/g, "\\n")
        .replace(/\r/g, "\\r")
        .replace(/\u001b/g, "\\u001b");
    [...byFile].forEach(([file, list], i) => {
      const [heading, ...rows] = blocks[i]!.split("\n");
      expect(heading).toBe(shown(file));
      expect(rows).toHaveLength(list.length);
      rows.forEach((row, j) => {
        const d = list[j]!;
        expect(row).toMatch(LINE);
        expect(row).toBe(
          `${shown(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${shown(d.message)}`,
        );
      });
    });
  });

  it("shows control characters from records escaped, so they neither forge lines nor drive the terminal", () => {
    const out = outputs.text ?? "";
    expect(out).not.toMatch(/^incidents\/forged\.md/m);
    expect(out).toContain("incidents/two\\nlines.md:3:7 error kind-unknown");
    expect(out).toContain("\\u001b[31mred");
  });

  it("is coloured on a terminal unless NO_COLOR is set, and plain from the real binary through a pipe", async () => {
    // node:util styleText looks at this process's own stdout, which is a pipe under the test runner.
    const force = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = "1";
    let coloured = "";
    await import("../../src/cli/program.js").then(({ runCli }) =>
      runCli(["validate", "--repo", dir, "--now", NOW, "--no-cache"], {
        stdout: (s) => (coloured += s),
        stderr: () => undefined,
        isTty: true,
        isErrTty: false,
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: "1" },
        cwd: ROOT,
      }),
    );
    let plain = "";
    await import("../../src/cli/program.js").then(({ runCli }) =>
      runCli(["validate", "--repo", dir, "--now", NOW, "--no-cache"], {
        stdout: (s) => (plain += s),
        stderr: () => undefined,
        isTty: true,
        isErrTty: false,
        env: { ...process.env, NO_COLOR: "1" },
        cwd: ROOT,
      }),
    );
    if (force === undefined) delete process.env.FORCE_COLOR;
    else process.env.FORCE_COLOR = force;
    expect(coloured).toMatch(/\u001b\[31merror\u001b\[39m/);
    expect(plain).toBe(outputs.text);
    const r = bin(["validate", "--repo", dir, "--now", NOW, "--no-cache"], {
      NO_COLOR: undefined,
      FORCE_COLOR: "1",
    });
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).not.toMatch(/\u001b\[/);
    expect(r.out).toBe(outputs.text);
  });
});
