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
          doc = parseDocument(raw, {
            lineCounter: lines,
            uniqueKeys: true,
            prettyErrors: false,
            strict: true,
          });
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
    const doc = parseDocument(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw, {
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
    });
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
  const problems: FrontmatterProblem[] = doc.errors.map((e) => ({
    code: e.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax",
    ...at(e.pos[0]),
    message: yamlMessage(e.code, e.message),
  }));
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
