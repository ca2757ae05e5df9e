import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digestYaml } from "../../src/history/digest.js";
import { parsePlainYaml, readPlainFrontmatter } from "../../src/history/fast-yaml.js";
import { parseFrontmatter } from "../../src/records/frontmatter.js";
import { projectRoot } from "../helpers/cli.js";

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** What the full reader makes of a record's text (undefined when it reports problems). */
function full(text: string): Record<string, unknown> | undefined {
  const fm = parseFrontmatter(text);
  return fm.problems.length > 0 ? undefined : fm.data;
}

describe("the plain-YAML frontmatter reader", () => {
  it("reads every template record exactly as the full parser does, and most of them at all", () => {
    const files = markdownFiles(path.join(projectRoot, "sms-template"));
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const fast = readPlainFrontmatter(text);
      if (fast === undefined) continue;
      read++;
      expect(fast, file).toEqual(full(text));
    }
    expect(read).toBeGreaterThan(files.length * 0.8);
  });

  it("never disagrees with the full parser on hostile fixtures", () => {
    for (const file of markdownFiles(path.join(projectRoot, "test/fixtures/hostile"))) {
      const text = readFileSync(file, "utf8");
      const fast = readPlainFrontmatter(text);
      if (fast !== undefined) expect(fast, file).toEqual(full(text));
    }
  });

  it("gives up on what it does not fully understand", () => {
    for (const yaml of [
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: |\n  text\n",
      "a: >\n  text\n",
      'a: "esc\\"aped"\n',
      "a: 'it''s'\n",
      "a: one\n  two\n",
      "a: 1\na: 2\n",
      "a:\tb\n",
      "__proto__: x\n",
      "a: { __proto__: x }\n",
      "a: [1, 2,]\n",
      "a: 0x1f\n",
      "a: -1\n",
      "a: 007\n",
      "a: .inf\n",
      "a: b: c\n",
      "? a\n: b\n",
      "a: [b: c]\n",
      "a: {b: c:, d: e}\n",
      "- a\n- b\n",
    ]) {
      expect(parsePlainYaml(yaml), yaml).toBeUndefined();
    }
  });

  it("agrees with the full parser on generated frontmatter", () => {
    const word = fc.constantFrom(
      "in-progress",
      "P1",
      "24x7",
      "1.3",
      "12",
      "0",
      "-4",
      "+3",
      "1e3",
      ".5",
      "1.",
      "007",
      "true",
      "False",
      "null",
      "~",
      "yes",
      "2026-03-06",
      "2026-03-06T15:20:00+01:00",
      "a b c",
      "C#",
      "a #b",
      "x:y",
      "http://x.example/a?b=c",
      '"quoted, with: colon"',
      "'single # not a comment'",
      "it's",
      "a'b",
      '"a"b',
      "{ k: v }",
      "[x, y]",
      "[]",
      "{}",
      "-",
      "- x",
      "@at",
      "`tick`",
      "%pct",
      "*star",
      "&amp",
      "!bang",
      "|",
      ">",
      "a: b",
      "ends:",
      ":start",
      "",
    );
    const key = fc.constantFrom("id", "status", "at", "note", "x-extra", "a_b", "Key", "k2", "true", "null");
    const flowMap = fc
      .uniqueArray(fc.tuple(key, word), { selector: (t) => t[0], maxLength: 4 })
      .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")} }`);
    const flowSeq = fc.array(word, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`);
    const inline = fc.oneof(word, flowMap, flowSeq);
    let n = 0;
    const top = () => `t${n++}`;
    const entry = fc.oneof(
      fc.tuple(key, inline).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, inline).map(([k, v]) => `${k}: ${v}`),
      fc
        .tuple(key, fc.array(inline, { minLength: 1, maxLength: 3 }), fc.constantFrom("", "  "))
        .map(([k, items, ind]) => `${k}:\n${items.map((i) => `${ind}- ${i}`).join("\n")}`),
      fc
        .tuple(
          key,
          fc.uniqueArray(fc.tuple(key, word), { selector: (t) => t[0], minLength: 1, maxLength: 3 }),
        )
        .map(([k, pairs]) => `${k}:\n  - ${pairs.map(([a, b]) => `${a}: ${b}`).join("\n    ")}`),
      fc
        .tuple(
          key,
          fc.uniqueArray(fc.tuple(key, word), { selector: (t) => t[0], minLength: 1, maxLength: 3 }),
        )
        .map(([k, pairs]) => `${k}:\n${pairs.map(([a, b]) => `  ${a}: ${b}`).join("\n")}`),
      fc.constantFrom("# a comment", "", "k3:", "k4:   # comment only"),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        // Top-level keys are made unique so that most documents are valid YAML worth comparing.
        const lines = entries.map((e) =>
          e.replace(/^(?:id|status|at|note|x-extra|a_b|Key|k2|true|null):/, () => `${top()}:`),
        );
        const text = `---\n${lines.join("\n")}\n---\nbody\n`;
        const fast = readPlainFrontmatter(text);
        if (fast !== undefined) {
          accepted++;
          expect(fast).toEqual(full(text));
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});

describe("the line-by-line version digest", () => {
  /** What the digest must say for text the full parser reads. */
  function expected(data: Record<string, unknown>) {
    const str = (v: unknown) => (typeof v === "string" ? v : undefined);
    return {
      id: str(data.id),
      kind: str(data.kind),
      status: str(data.status) ?? null,
      entries: Array.isArray(data.timeline)
        ? data.timeline.map((e: { at?: unknown; status?: unknown }) => ({ at: e.at, status: e.status }))
        : [],
    };
  }

  function agrees(text: string): boolean {
    const close = text.indexOf("\n---", 3);
    const digest = digestYaml(text.slice(4, close + 1));
    const data = full(text);
    if (digest === undefined || data === undefined) return digest !== undefined;
    const want = expected(data);
    expect({ ...digest, id: digest.id, kind: digest.kind }).toEqual(want);
    return true;
  }

  it("reads id, kind, status and the timeline of every template record as the full parser does", () => {
    let read = 0;
    for (const file of markdownFiles(path.join(projectRoot, "sms-template"))) {
      const text = readFileSync(file, "utf8");
      if (text.startsWith("---\n") && agrees(text)) read++;
    }
    expect(read).toBeGreaterThan(60);
  });

  it("gives up on timelines, ids and statuses written in other ways", () => {
    for (const yaml of [
      "status: in\n  progress\n",
      "status: 'in-progress\n",
      "timeline:\n  - at: 2026-01-01T10:00:00Z\n    status: new\n",
      'timeline:\n  - { at: "2026-01-01T10:00:00Z", status: new }\n',
      "timeline:\n  - { status: new, at: 2026-01-01T10:00:00Z }\n",
      "timeline: [{ at: 2026-01-01T10:00:00Z, status: new }]\n",
      "id: INC-1\nid: INC-2\n",
      "status: null\n",
      "status: 12\n",
      "id:\n  nested: x\n",
      "title: { a: b,\nstatus: new }\n",
      "--- \n",
    ]) {
      expect(digestYaml(yaml), yaml).toBeUndefined();
    }
    expect(digestYaml("status:\nid: INC-1\n")).toEqual({ id: "INC-1", status: null, entries: [] });
  });

  it("agrees with the full parser on generated records", () => {
    const stamp = fc.constantFrom(
      "2026-03-06T15:20:00+01:00",
      "2026-03-06",
      "2026-03-06T14:20:00Z",
      "12",
      "null",
    );
    const status = fc.constantFrom(
      "new",
      "in-progress",
      "on-hold",
      "resolved",
      "closed",
      "null",
      "7",
      "'new'",
    );
    const entry = fc
      .tuple(
        stamp,
        status,
        fc.constantFrom("", ", by: gina", ", note: waiting for the customer", ", note: a #b"),
      )
      .map(([a, s, rest]) => `{ at: ${a}, status: ${s}${rest} }`);
    const doc = fc.record({
      id: fc.constantFrom("id: INC-1", "id: 'INC-2'", 'id: "INC-3"', "id: INC-4 # comment", ""),
      status: fc.constantFrom(
        "status: new",
        "status: in-progress",
        "status:",
        "status: ~",
        "status: 'closed'",
        "",
      ),
      timeline: fc.array(entry, { maxLength: 4 }),
      indent: fc.constantFrom("  ", "", "    "),
      extra: fc.constantFrom(
        "",
        "title: Something: broken",
        "tags: [a, b]",
        "body: |\n  status: fake\n  - { at: x, status: y }",
      ),
    });
    let compared = 0;
    fc.assert(
      fc.property(doc, (d) => {
        const lines = [d.id, "kind: incident", d.extra, d.status];
        if (d.timeline.length > 0) lines.push("timeline:", ...d.timeline.map((e) => `${d.indent}- ${e}`));
        const text = `---\n${lines.filter((l) => l !== "").join("\n")}\n---\nbody\n`;
        if (agrees(text)) compared++;
      }),
      { numRuns: 1500 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
