// A minimal Hugo project whose content folder is a copy of the records (Hugo reads their YAML
// frontmatter as is), with list and single layouts comparable to the evidence site's registers
// and record pages. Cached under bench/out/hugo/ beside the repository it copies.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { outDir } from "./lib.mjs";

const CONFIG = `baseURL = "/"
title = "SMS benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
`;
const BASEOF =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n';
const SINGLE =
  '{{ define "main" }}<h1>{{ .Params.id }} {{ .Title }}</h1><table>{{ range $k, $v := .Params }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>{{ end }}</table>{{ .Content }}{{ end }}\n';
const LIST =
  '{{ define "main" }}<h1>{{ .Title }}</h1><table>{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Params.id }}</a></td><td>{{ .Title }}</td><td>{{ .Params.status }}</td><td>{{ .Params.owner }}</td></tr>{{ end }}</table>{{ end }}\n';

/** The Hugo project for a benchmark repository (made once per repository). */
export function hugoProject(repo) {
  const dir = path.join(outDir, "hugo", repo.key);
  if (existsSync(path.join(dir, "config.toml"))) return dir;
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, "layouts", "_default"), { recursive: true });
  writeFileSync(path.join(tmp, "layouts", "_default", "baseof.html"), BASEOF);
  writeFileSync(path.join(tmp, "layouts", "_default", "single.html"), SINGLE);
  writeFileSync(path.join(tmp, "layouts", "_default", "list.html"), LIST);
  for (const rel of repo.files) {
    const to = path.join(tmp, "content", rel);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(path.join(repo.dir, rel), to);
  }
  // Written last: its presence marks a complete project.
  writeFileSync(path.join(tmp, "config.toml"), CONFIG);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}
