import { SmsError } from "../errors.js";

/** JSON text: a string, or UTF-8 bytes (a slice of the file it was read from, copied back as is). */
export type JsonText = string | Uint8Array;

// Text not parsed yet, per object and property, so that saving can write it back untouched.
const unparsed = new WeakMap<object, Map<string, JsonText>>();
const utf8 = new TextDecoder();

function settle(obj: object, key: string, value: unknown): void {
  unparsed.get(obj)?.delete(key);
  if (value === undefined) Reflect.deleteProperty(obj, key);
  else Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Makes `obj[key]` the JSON value of `text`, parsed the first time it is read. A report touches few
 * of the records a cache holds, and parsing only those saves most of the time loading it costs.
 * `check` returns the value to use, or throws when it has the wrong shape.
 */
export function lazyJson(obj: object, key: string, text: JsonText, check: (value: unknown) => unknown): void {
  let texts = unparsed.get(obj);
  if (!texts) unparsed.set(obj, (texts = new Map()));
  texts.set(key, text);
  Object.defineProperty(obj, key, {
    configurable: true,
    enumerable: true,
    get(this: object) {
      let value: unknown;
      try {
        value = check(JSON.parse(typeof text === "string" ? text : utf8.decode(text)));
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
  });
}

/** The JSON text of a property that was never read, or undefined once it was parsed or replaced. */
export function unparsedJson(obj: object, key: string): JsonText | undefined {
  // A `delete` removes the lazy property without passing through settle(): then the text is stale.
  if (Object.getOwnPropertyDescriptor(obj, key)?.get === undefined) return undefined;
  return unparsed.get(obj)?.get(key);
}
