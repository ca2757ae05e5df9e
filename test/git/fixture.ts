import { makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

/** Bytes 0..255 twice: every byte value, NULs included, so text decoding would corrupt it. */
export const BINARY = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
export const CRLF = "---\nid: POL-1\r\nkind: policy\r\n---\r\nLine one\r\nLine two\r\n";

/** Oids and names of the fixture history, for assertions. */
export interface Fixture {
  repo: TempRepo;
  c1: string;
  c2: string;
  c3: string;
  c4: string;
  merge: string;
}

/**
 * c1 -- c2 -- c4 -- merge (main)
 *          \        /
 *           c3 ----   (feature)
 * Tags: v1 (annotated, c1), light (c2).
 */
export function buildFixture(): Fixture {
  const repo = makeTempRepo();
  repo
    .write("README.md", "# SMS\n")
    .write("docs/guide.md", "not a record\n")
    .write("incidents/INC-0001.md", "---\nid: INC-0001\nstatus: new\n---\n")
    .write("policies/POL-0001.md", CRLF)
    .write("changes/CHG-0001.md", "---\nid: CHG-0001\n---\n")
    .write("cis/bin.dat", BINARY)
    .write("cis/CI-0001.md", "---\nid: CI-0001\n---\n")
    .write("cis/empty.txt", "");
  const c1 = repo.commit("first\n\nwith a body", {
    authorName: "Alice Ärger",
    authorEmail: "alice@example.com",
    date: "2026-01-05T10:00:00+01:00",
  });
  repo.tag("v1", "release one", c1);

  repo
    .write("incidents/INC-0001.md", "---\nid: INC-0001\nstatus: in-progress\n---\n")
    .write("incidents/2026/03/INC-0002.md", "---\nid: INC-0002\n---\n")
    .write("incidents/2026/03/notes.txt", "not markdown\n")
    .symlink("incidents/link.md", "INC-0001.md")
    .remove("policies/POL-0001.md")
    .write("policies/POL-0002.md", "---\nid: POL-0002\n---\n")
    .remove("changes/CHG-0001.md")
    .write("changes/renamed/CHG-0001.md", "---\nid: CHG-0001\n---\n")
    .write("docs/guide.md", "still not a record\n");
  repo.git("add", "-A");
  repo.gitlink("cis/vendor", c1);
  const c2 = repo.commit("second", {
    authorName: "Bob",
    authorEmail: "bob@example.com",
    date: "2026-02-01T09:30:00-05:00",
    committerName: "Carol",
    committerEmail: "carol@example.com",
    committerDate: "2026-02-02T08:00:00+05:30",
  });
  repo.tag("light");

  repo.switch("feature", true).write("changes/CHG-0002.md", "---\nid: CHG-0002\n---\n");
  const c3 = repo.commit("feature work", { date: "2026-02-03T00:00:00Z" });
  repo.switch("main").write("README.md", "# SMS v2\n");
  const c4 = repo.commit("main work", { date: "2026-02-04T00:00:00Z" });
  const merge = repo.merge("feature", "Merge feature", { date: "2026-02-05T00:00:00Z" });
  return { repo, c1, c2, c3, c4, merge };
}
