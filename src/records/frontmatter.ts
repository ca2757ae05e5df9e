import matter from "gray-matter";
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Code } from "../diagnostics/codes.js";
import type { PositionMap } from "./record.js";

/** A problem found while reading frontmatter, positioned in the file. */
export interface FrontmatterProblem {
  code: Code;
  line: number;
  column: number;
  message: string;
}

/** Frontmatter split from its body and parsed with positions. */
export interface ParsedFrontmatter {
  data: Record<string, unknown> | undefined;
  positions: PositionMap;
  body: string;
  bodyLine: number;
  problems: FrontmatterProblem[];
}

/** Aliases allowed in one frontmatter: enough for honest reuse, far too few for a billion-laughs bomb. */
const MAX_ALIASES = 50;
const OPEN = /^---([^\r\n]*)\r?\n/;

/**
 * Parser options. Duplicate keys are found by `duplicateKeys` in linear time: the parser's own
 * `uniqueKeys` check compares every key with every other one, which takes minutes on a file with
 * tens of thousands of keys. Only the core schema's tags are resolved (no !!binary, !!set, ...).
 */
const YAML_OPTIONS = (lineCounter: LineCounter) =>
  ({
    lineCounter,
    uniqueKeys: false,
    resolveKnownTags: false,
    prettyErrors: false,
    strict: true,
  }) as const;

function refuse(lang: string): never {
  // gray-matter would otherwise eval `---js` frontmatter; records are data, never code.
  throw new Error(`frontmatter language ${lang} is not allowed`);
}

const ENGINES = {
  js: () => refuse("js"),
  javascript: () => refuse("javascript"),
  coffee: () => refuse("coffee"),
  json: () => refuse("json"),
  toml: () => refuse("toml"),
};

/** Splits and parses the YAML frontmatter of a record's text (BOM already removed). Never throws. */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  const empty = (code: Code, message: string, line = 1): ParsedFrontmatter => ({
    data: undefined,
    positions: {},
    body: text,
    bodyLine: 1,
    problems: [{ code, line, column: 1, message }],
  });
  const open = OPEN.exec(text);
  if (!open) {
    return empty(
      "frontmatter-missing",
      "no frontmatter: start the file with a line '---', the YAML fields, and a closing '---'",
    );
  }
  const lang = (open[1] ?? "").trim().toLowerCase();
  if (lang !== "" && lang !== "yaml" && lang !== "yml") {
    return empty(
      "frontmatter-language",
      `frontmatter language '${lang}' is refused: records are data and are never run; write the fields as YAML after a plain '---' line`,
    );
  }
  if (!/\r?\n---[ \t]*(?:\r?\n|$)/.test(text.slice(open[0].length - 1))) {
    return empty(
      "frontmatter-unclosed",
      "the frontmatter is not closed: add a line '---' after the last field",
    );
  }
  let doc: Document.Parsed | undefined;
  let lines: LineCounter | undefined;
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, {
      language: "yaml",
      engines: {
        ...ENGINES,
        yaml: (raw: string) => {
          lines = new LineCounter();
          // gray-matter cuts the block at "\n---", so with CRLF line ends the last line keeps its "\r",
          // which YAML would read as part of the last value ("draft\r") or as a syntax error.
          doc = parseDocument(raw.endsWith("\r") ? raw.slice(0, -1) : raw, YAML_OPTIONS(lines));
          return {};
        },
      },
    } as unknown as Parameters<typeof matter>[1]);
  } catch (error) {
    return empty("yaml-syntax", `the frontmatter could not be read: ${(error as Error).message}`);
  }
  const matterStart = text.indexOf(file.matter, open[0].length - 1);
  const base = { body: file.content, bodyLine: countNewlines(text, text.length - file.content.length) + 1 };
  if (!doc || !lines) return { ...base, data: {}, positions: {}, problems: [] };
  return { ...base, ...fromDocument(doc, lines, countNewlines(text, matterStart)) };
}

/** Parses a standalone YAML file (such as sms.config.yml) with positions. Never throws. */
export function parseYaml(raw: string): {
  data: Record<string, unknown> | undefined;
  positions: PositionMap;
  problems: FrontmatterProblem[];
} {
  const lines = new LineCounter();
  try {
    const doc = parseDocument(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw, YAML_OPTIONS(lines));
    return fromDocument(doc, lines, 0);
  } catch (error) {
    return {
      data: undefined,
      positions: {},
      problems: [
        {
          code: "yaml-syntax",
          line: 1,
          column: 1,
          message: `YAML could not be read: ${(error as Error).message}`,
        },
      ],
    };
  }
}

function fromDocument(
  doc: Document.Parsed,
  lc: LineCounter,
  lineOffset: number,
): { data: Record<string, unknown> | undefined; positions: PositionMap; problems: FrontmatterProblem[] } {
  const at = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const none = { data: undefined, positions: {} };
  const tooDeep = doc.errors.find((e) => /call stack/i.test(e.message));
  if (tooDeep) {
    // The parser ran out of stack on deeply nested collections; one clear finding, at the field.
    const field = topLevelKeyBefore(doc, tooDeep.pos[0]);
    return {
      ...none,
      problems: [
        {
          code: "yaml-syntax",
          ...at(field?.offset ?? 0),
          message: `the YAML${field ? ` under '${field.name}'` : ""} is nested too deeply to read; flatten it`,
        },
      ],
    };
  }
  const problems: FrontmatterProblem[] = doc.errors.map((e) => ({
    code: e.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax",
    ...at(e.pos[0]),
    message: yamlMessage(e.code, e.message),
  }));
  for (const w of doc.warnings) {
    if (w.code !== "TAG_RESOLVE_FAILED") continue;
    const tag = /Unresolved tag: (\S+)/.exec(w.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, "!!") ?? "";
    problems.push({
      code: "yaml-syntax",
      ...at(w.pos[0]),
      message: `the tag '${tag}' is not allowed: records hold plain YAML values (text, numbers, lists, mappings); remove the tag`,
    });
  }
  problems.push(...duplicateKeys(doc, at));
  if (problems.length > 0) return { ...none, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = (error as Error).message ?? "";
    const alias = /alias/i.test(message);
    return {
      ...none,
      problems: [
        {
          code: alias ? "yaml-alias-limit" : "yaml-syntax",
          ...at(0),
          message: alias
            ? `the YAML expands too many aliases (limit ${MAX_ALIASES}); write the values out instead of using anchors`
            : `the YAML could not be read: ${message}`,
        },
      ],
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ...none,
      problems: [
        {
          code: "frontmatter-not-mapping",
          ...at(0),
          message: "the YAML must be a mapping of 'field: value' lines",
        },
      ],
    };
  }
  const positions: PositionMap = {};
  collectPositions(doc.contents, "", positions, at);
  return { data: data as Record<string, unknown>, positions, problems: [] };
}

/** Finds keys that appear twice in one mapping, in linear time, without recursion. */
function duplicateKeys(
  doc: Document.Parsed,
  at: (offset: number) => { line: number; column: number },
): FrontmatterProblem[] {
  const problems: FrontmatterProblem[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? `s:${String(pair.key.value)}` : `n:${String(pair.key)}`;
        const offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else {
          const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          problems.push({
            code: "yaml-duplicate-key",
            ...at(offset),
            message: `the key '${name}' appears twice in this mapping (first on line ${at(first).line}): remove one of the two entries`,
          });
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The last top-level key of the document that starts at or before `offset`. */
function topLevelKeyBefore(
  doc: Document.Parsed,
  offset: number,
): { name: string; offset: number } | undefined {
  if (!isMap(doc.contents)) return undefined;
  let found: { name: string; offset: number } | undefined;
  for (const pair of doc.contents.items) {
    const start = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
    if (start === undefined || start > offset) break;
    found = { name: isScalar(pair.key) ? String(pair.key.value) : String(pair.key), offset: start };
  }
  return found;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0] ?? message;
  if (code === "DUPLICATE_KEY") return `${first}: remove one of the two entries`;
  return `YAML syntax error: ${first}`;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function collectPositions(
  node: Node | null | undefined | unknown,
  pointer: string,
  out: PositionMap,
  at: (offset: number) => { line: number; column: number },
): void {
  if (!node || typeof node !== "object") return;
  const range = (node as { range?: [number, number, number] }).range;
  if (range) {
    const p = at(range[0]);
    out[pointer] = [p.line, p.column];
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (keyRange) {
        const p = at(keyRange[0]);
        out[`${child}#key`] = [p.line, p.column];
        if (!pair.value) out[child] = [p.line, p.column];
      }
      collectPositions(pair.value, child, out, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectPositions(item, `${pointer}/${i}`, out, at));
  }
}
