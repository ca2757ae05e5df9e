import { describe, expect, it } from "vitest";
import { assignFileNames, isSafeSitePath, rootOf, safeStem } from "../../src/site/paths.js";

describe("page file names", () => {
  it("keeps valid ids as they are", () => {
    const names = assignFileNames([{ id: "INC-0042", key: "incidents/INC-0042.md" }], "records");
    expect(names.get("incidents/INC-0042.md")).toBe("records/INC-0042.html");
  });

  it("rewrites ids that could leave the folder, and gives them a hash so they stay distinct", () => {
    const names = assignFileNames(
      [
        { id: "../../etc/passwd", key: "a.md" },
        { id: "..\\..\\x", key: "b.md" },
        { id: "/abs/path", key: "c.md" },
        { id: "NUL", key: "d.md" },
        { id: "", key: "e.md" },
        { id: "a/b", key: "f.md" },
      ],
      "records",
    );
    const files = [...names.values()];
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) {
      expect(isSafeSitePath(f)).toBe(true);
      expect(f.startsWith("records/")).toBe(true);
      expect(f.slice("records/".length)).not.toContain("/");
      expect(f).not.toContain("..");
    }
    expect(safeStem("NUL")).toBe("_NUL");
  });

  it("never gives two records the same page, not even ids differing only in case", () => {
    const names = assignFileNames(
      [
        { id: "INC-1", key: "incidents/a.md" },
        { id: "INC-1", key: "incidents/b.md" },
        { id: "inc-1", key: "incidents/c.md" },
      ],
      "records",
    );
    const lower = [...names.values()].map((f) => f.toLowerCase());
    expect(new Set(lower).size).toBe(3);
    expect(names.get("incidents/a.md")).toBe("records/INC-1.html");
  });

  it("computes the way back to the site root", () => {
    expect(rootOf("index.html")).toBe("");
    expect(rootOf("records/INC-1.html")).toBe("../");
    expect(isSafeSitePath("../x.html")).toBe(false);
    expect(isSafeSitePath("a/../../x.html")).toBe(false);
    expect(isSafeSitePath("/etc/x")).toBe(false);
  });
});
