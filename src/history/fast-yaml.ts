/**
 * A reader for the plain subset of YAML that records are usually written in: block mappings and
 * sequences, one-line flow collections, plain and simply quoted scalars. History replay parses every
 * version of every record, and the full YAML parser costs far more than git does to list them.
 *
 * It gives up (returns undefined) on anything outside the subset (anchors, tags, block scalars,
 * escapes, multi-line scalars, tabs, CR, duplicate keys), and the caller then uses the full parser.
 * Whatever it does return equals what the full parser's core schema gives (test/history/fast-yaml).
 */

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

class GiveUp extends Error {}

function giveUp(): never {
  throw new GiveUp();
}

interface Line {
  indent: number;
  /** The line without indentation and without a trailing comment. */
  text: string;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const RESERVED_KEYS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
const INT = /^(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// What the core schema reads as numbers; those the patterns above do not take are left alone.
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** Resolves a plain scalar as the YAML 1.2 core schema does. */
function plain(text: string): Value {
  if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
  if (text === "true" || text === "True" || text === "TRUE") return true;
  if (text === "false" || text === "False" || text === "FALSE") return false;
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (FLOAT.test(text) && text.length <= 24) return Number(text);
  // Hex, octal, .inf, .nan and long numbers are rare in records; leave them to the full parser.
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text) || /^0[ox]/.test(text)) giveUp();
  // Signed numbers (-0!), leading zeros and the like: rare, and subtle enough to leave alone.
  if (CORE_INT.test(text) || CORE_FLOAT.test(text)) giveUp();
  return text;
}

/** Checks a plain scalar written in block context and resolves it. */
function blockScalar(text: string): Value {
  const c = text[0];
  if (c === '"' || c === "'") return quoted(text);
  if (c === undefined) return null;
  if ("[{]}&*!|>%@`?#,".includes(c) || text.startsWith("- ") || text === "-") giveUp();
  if (text.includes(": ") || text.endsWith(":") || text.includes("\t")) giveUp();
  return plain(text);
}

/** A quoted scalar that is the whole of `text`, without escapes. */
function quoted(text: string): string {
  const q = text[0]!;
  const end = text.indexOf(q, 1);
  if (end !== text.length - 1) giveUp();
  const inner = text.slice(1, -1);
  if (q === '"' && inner.includes("\\")) giveUp();
  return inner;
}

/** Strips a trailing comment: a # after whitespace, outside simple quotes. */
function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted scalar only at the start of a value; elsewhere it is text.
      const prev = text[i - 1];
      if (i === 0 || prev === " " || prev === "[" || prev === "{" || prev === ",") quote = c;
    } else if (c === "#" && (i === 0 || text[i - 1] === " ")) {
      return text.slice(0, i).trimEnd();
    }
  }
  if (quote) giveUp();
  return text.trimEnd();
}

/** Parses a one-line flow collection or scalar starting at `pos`. */
class Flow {
  pos = 0;
  constructor(private readonly s: string) {}

  all(): Value {
    const v = this.value();
    this.space();
    if (this.pos !== this.s.length) giveUp();
    return v;
  }

  private space(): void {
    while (this.s[this.pos] === " ") this.pos++;
  }

  private value(): Value {
    this.space();
    const c = this.s[this.pos];
    if (c === "[") return this.seq();
    if (c === "{") return this.map();
    if (c === '"' || c === "'") {
      const end = this.s.indexOf(c, this.pos + 1);
      if (end < 0) giveUp();
      const text = this.s.slice(this.pos, end + 1);
      this.pos = end + 1;
      return quoted(text);
    }
    return plain(this.scalarText());
  }

  private scalarText(): string {
    const start = this.pos;
    const c = this.s[start];
    if (c === undefined || "&*!|>%@`?#-".includes(c)) giveUp();
    while (this.pos < this.s.length) {
      const ch = this.s[this.pos]!;
      if (ch === "," || ch === "]" || ch === "}" || ch === "[" || ch === "{") break;
      if (ch === ":") {
        const next = this.s[this.pos + 1];
        if (next === " " || next === undefined) break;
        if (",[]{}".includes(next)) giveUp();
      }
      this.pos++;
    }
    const text = this.s.slice(start, this.pos).trimEnd();
    if (text === "" || text.includes("\t") || text.endsWith(":")) giveUp();
    return text;
  }

  private seq(): Value[] {
    this.pos++;
    const out: Value[] = [];
    this.space();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.space();
      const c = this.s[this.pos++];
      if (c === "]") return out;
      if (c !== ",") giveUp();
      this.space();
      // A trailing comma, or "a: b" pairs inside a sequence: leave it to the full parser.
      if (this.s[this.pos] === "]") giveUp();
    }
  }

  private map(): { [key: string]: Value } {
    this.pos++;
    const out: { [key: string]: Value } = {};
    this.space();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.space();
      const key = this.scalarText();
      const bad = !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || RESERVED_KEYS.has(key) || key === "__proto__";
      if (bad || Object.hasOwn(out, key)) giveUp();
      if (this.s[this.pos] !== ":" || this.s[this.pos + 1] !== " ") giveUp();
      this.pos += 2;
      out[key] = this.value();
      this.space();
      const c = this.s[this.pos++];
      if (c === "}") return out;
      if (c !== ",") giveUp();
      this.space();
      if (this.s[this.pos] === "}") giveUp();
    }
  }
}

function inlineValue(text: string): Value {
  const c = text[0];
  if (c === "[" || c === "{") return new Flow(text).all();
  return blockScalar(text);
}

class Block {
  i = 0;
  constructor(private readonly lines: Line[]) {}

  peek(): Line | undefined {
    return this.lines[this.i];
  }

  /** A block mapping whose keys sit at exactly `indent`; `first` is a key line already taken. */
  map(indent: number, first?: string): { [key: string]: Value } {
    const out: { [key: string]: Value } = {};
    let text = first;
    for (;;) {
      if (text === undefined) {
        const line = this.peek();
        if (!line || line.indent < indent) return out;
        if (line.indent > indent) giveUp();
        text = line.text;
        this.i++;
      }
      const m = KEY.exec(text);
      if (!m) giveUp();
      const key = m[1]!;
      if (RESERVED_KEYS.has(key) || key === "__proto__" || Object.hasOwn(out, key)) giveUp();
      const rest = text.slice(m[0].length);
      out[key] = rest === "" ? this.nested(indent) : this.scalarAt(indent, rest);
      text = undefined;
    }
  }

  /** A value given on its key's line; it must not continue on the next lines. */
  private scalarAt(indent: number, rest: string): Value {
    const next = this.peek();
    if (next && next.indent > indent) giveUp();
    return inlineValue(rest);
  }

  /** What follows "key:" on the next lines: a sequence, a mapping, or nothing (null). */
  private nested(indent: number): Value {
    const next = this.peek();
    if (!next) return null;
    const dash = next.text === "-" || next.text.startsWith("- ");
    if (dash && next.indent >= indent) return this.seq(next.indent);
    if (next.indent > indent) return this.map(next.indent);
    return null;
  }

  /** A block sequence whose dashes sit at exactly `indent`. */
  private seq(indent: number): Value[] {
    const out: Value[] = [];
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) return out;
      if (line.indent > indent || !line.text.startsWith("- ")) {
        if (line.indent === indent && !line.text.startsWith("-")) return out;
        giveUp();
      }
      this.i++;
      const rest = line.text.slice(2).trimStart();
      const at = indent + (line.text.length - rest.length);
      if (KEY.test(rest) && !rest.startsWith("{")) out.push(this.map(at, rest));
      else {
        const next = this.peek();
        if (next && next.indent > indent) giveUp();
        out.push(inlineValue(rest));
      }
    }
  }
}

/** Splits frontmatter text into significant lines; gives up on tabs, CR and document markers. */
function toLines(yaml: string): Line[] {
  const out: Line[] = [];
  for (const raw of yaml.split("\n")) {
    if (raw.includes("\r") || raw.includes("\t")) giveUp();
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const body = raw.slice(indent);
    if (body === "" || body.startsWith("#")) continue;
    if (indent === 0 && (body.startsWith("---") || body.startsWith("..."))) giveUp();
    if (body.startsWith("%")) giveUp();
    const text = stripComment(body);
    if (text === "") continue;
    out.push({ indent, text });
  }
  return out;
}

/** Parses the YAML of a frontmatter block, or returns undefined when it is outside the plain subset. */
export function parsePlainYaml(yaml: string): Record<string, unknown> | undefined {
  try {
    const lines = toLines(yaml);
    if (lines[0] && lines[0].indent !== 0) return undefined;
    const block = new Block(lines);
    const data = block.map(0);
    if (block.i !== lines.length) return undefined;
    return data;
  } catch (error) {
    // A stack overflow on hostile nesting is also a reason to hand over to the full parser, which bounds it.
    if (error instanceof GiveUp || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * The frontmatter data of a record file's text, or undefined when the text is not a plainly written
 * record (then the caller uses the full reader, which also explains what is wrong).
 */
export function readPlainFrontmatter(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith("---\n")) return undefined;
  const close = text.indexOf("\n---", 3);
  if (close < 0) return undefined;
  const after = text.charCodeAt(close + 4);
  // Exactly a "---" line: gray-matter would also cut at "\n----" or "\n---x", with other results.
  if (!(Number.isNaN(after) || after === 10)) return undefined;
  return parsePlainYaml(text.slice(4, close + 1));
}
