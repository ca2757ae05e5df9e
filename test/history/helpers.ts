import { IsomorphicGit } from "../../src/git/isomorphic.js";
import { NativeGit } from "../../src/git/native.js";
import type { GitBackend } from "../../src/git/types.js";
import { makeTempRepo, type TempRepo } from "../helpers/git-repo.js";

export type Kind = "native" | "isomorphic";

/** Opens a backend of the given kind. */
export function openKind(kind: Kind, dir: string): GitBackend {
  return kind === "native" ? new NativeGit(dir) : new IsomorphicGit(dir);
}

/** An incident record's text; fields beyond the envelope come as YAML lines. */
export function incident(id: string, lines: string[] = []): string {
  return [
    "---",
    `id: ${id}`,
    "kind: incident",
    `title: Incident ${id}`,
    "owner: service-desk",
    "service: SVC-shop",
    "priority: P2",
    ...lines,
    "---",
    "What happened.",
    "",
  ].join("\n");
}

/** Who commits, as GitHub would record a web edit: a noreply address that names the login. */
export const CAROL = { authorName: "Carol Ops", authorEmail: "1234+carol@users.noreply.github.com" };
export const DAVE = { authorName: "Dave", authorEmail: "dave@example.com" };

/** A repository whose first commit holds only the configuration, so records added later are not imports. */
export function repoWithConfig(date = "2026-02-01T09:00:00+01:00"): TempRepo {
  const repo = makeTempRepo("sms-history-");
  repo.write("sms.config.yml", "organization: Test\ntimezone: Europe/Berlin\n");
  repo.commit("configuration", { ...DAVE, date });
  return repo;
}

export const FOLDERS = ["incidents", "changes", "requests", "problems", "services", "slas"];
