import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { projectRoot } from "../helpers/cli.js";

it("docs/reference/action-inputs.md is generated from the current action.yml", () => {
  const r = spawnSync(process.execPath, [path.join(projectRoot, "scripts/gen-action-docs.mjs"), "--check"], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});
