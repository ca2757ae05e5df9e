import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/records/frontmatter.js";

describe("parseFrontmatter", () => {
  it("parses fields and maps values and keys to file lines and columns", () => {
    const r = parseFrontmatter("---\nid: A-1\nkind: x\nlist:\n  - a\n  - b: 1\n---\n# Body\n");
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual({ id: "A-1", kind: "x", list: ["a", { b: 1 }] });
    expect(r.positions["/id"]).toEqual([2, 5]);
    expect(r.positions["/kind#key"]).toEqual([3, 1]);
    expect(r.positions["/list/1/b"]).toEqual([6, 8]);
    expect(r.body).toBe("# Body\n");
    expect(r.bodyLine).toBe(8);
  });

  it("reads CRLF files and reports duplicate keys at the second key", () => {
    const r = parseFrontmatter("---\r\nid: A-1\r\nid: B-2\r\n---\r\nbody");
    expect(r.data).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: "yaml-duplicate-key", line: 3, column: 1 });
  });

  it("refuses ---js frontmatter without running it", () => {
    const g = globalThis as { pwned?: boolean };
    const r = parseFrontmatter("---js\n{ id: (globalThis.pwned = true) }\n---\n");
    expect(r.problems[0]?.code).toBe("frontmatter-language");
    expect(g.pwned).toBeUndefined();
    const r2 = parseFrontmatter("---javascript\nmodule.exports = (globalThis.pwned = true)\n---\n");
    expect(r2.problems[0]?.code).toBe("frontmatter-language");
    expect(g.pwned).toBeUndefined();
  });

  it("stops a YAML alias bomb quickly", () => {
    const bomb =
      "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" +
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n";
    const t0 = performance.now();
    const r = parseFrontmatter(bomb);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.problems[0]?.code).toBe("yaml-alias-limit");
  });

  it("reports syntax errors, missing, unclosed and non-mapping frontmatter", () => {
    expect(parseFrontmatter("---\nid: [unclosed\n---\n").problems[0]?.code).toBe("yaml-syntax");
    expect(parseFrontmatter("no frontmatter").problems[0]?.code).toBe("frontmatter-missing");
    expect(parseFrontmatter("---\nid: A-1\n").problems[0]?.code).toBe("frontmatter-unclosed");
    expect(parseFrontmatter("---\n- a\n---\n").problems[0]?.code).toBe("frontmatter-not-mapping");
  });

  it("keeps dates and date-times as strings", () => {
    const r = parseFrontmatter("---\nd: 2026-01-02\nt: 2026-03-06T15:00:00+01:00\nv: 1.3\n---\n");
    expect(r.data).toEqual({ d: "2026-01-02", t: "2026-03-06T15:00:00+01:00", v: 1.3 });
  });
});
