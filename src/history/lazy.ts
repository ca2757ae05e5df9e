import { SmsError } from "../errors.js";

/** JSON text: a string, or UTF-8 bytes (a slice of the file it was read from, copied back as is). */
export type JsonText = string | Uint8Array;

/** A file's lines, kept as one buffer and their start offsets: a line is sliced only when read. */
export class Lines {
  private constructor(
    readonly buf: Buffer,
    /** Start of each line, then one past the end of the last (so line i ends at starts[i + 1] - 1). */
    private readonly starts: Int32Array,
  ) {}

  /** Splits at "\n"; the text after the last newline is the last line (empty when the file ends in one). */
  static of(buf: Buffer): Lines {
    let count = 1;
    for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10, at + 1)) count++;
    const starts = new Int32Array(count + 1);
    let line = 1;
    for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10, at + 1)) starts[line++] = at + 1;
    starts[count] = buf.length + 1;
    return new Lines(buf, starts);
  }

  get count(): number {
    return this.starts.length - 1;
  }

  /** The bytes of line i, without copying. */
  bytes(i: number): Uint8Array {
    return this.buf.subarray(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** The text of line i. */
  text(i: number): string {
    return this.buf.toString("utf8", this.starts[i]!, this.starts[i + 1]! - 1);
  }
}

/** Where the unread text of one lazy field is: its rows' line numbers in one file. */
interface Field {
  lines: Lines;
  rows: WeakMap<object, number>;
  line: (row: number) => number;
}

// Getter -> field, so that unparsedJson can find the text of a field nobody read.
const fields = new WeakMap<object, Field>();

function settle(obj: object, key: string, value: unknown): void {
  if (value === undefined) Reflect.deleteProperty(obj, key);
  else Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A field of many objects whose JSON text is a line of `lines` (line(row) for the object's row), parsed
 * the first time it is read. A report touches few of the records a cache holds, and parsing only those
 * saves most of what loading costs. One getter and setter serve every object, so that ten thousand
 * records share one shape instead of carrying closures each. `check` returns the value to use, or
 * throws when it has the wrong shape. Returns the function that makes `obj[key]` lazy.
 */
export function lazyField(
  key: string,
  lines: Lines,
  rows: WeakMap<object, number>,
  line: (row: number) => number,
  check: (value: unknown) => unknown,
): (obj: object) => void {
  const descriptor: PropertyDescriptor = {
    configurable: true,
    enumerable: true,
    get(this: object) {
      let value: unknown;
      try {
        value = check(JSON.parse(lines.text(line(rows.get(this) ?? -1))));
      } catch (error) {
        throw new SmsError("the history cache in .sms/cache is damaged; delete the folder and run again", {
          cause: error,
        });
      }
      settle(this, key, value);
      return value;
    },
    set(this: object, value: unknown) {
      settle(this, key, value);
    },
  };
  fields.set(descriptor.get!, { lines, rows, line });
  return (obj) => Object.defineProperty(obj, key, descriptor);
}

/** The JSON text of a property that was never read, or undefined once it was parsed or replaced. */
export function unparsedJson(obj: object, key: string): JsonText | undefined {
  // Reading or setting replaces the getter with a value, and a `delete` removes it: then there is no text.
  const get = Object.getOwnPropertyDescriptor(obj, key)?.get;
  const field = get && fields.get(get);
  const row = field?.rows.get(obj);
  return field && row !== undefined ? field.lines.bytes(field.line(row)) : undefined;
}
