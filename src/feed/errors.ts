import type { FeedWarning, WarningCode } from './types.js';

/** The input cannot be read as a feed at all. `path` points at the value that decided it. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    /** JSONPath of the offending value, e.g. `$.items`. */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Extends a JSONPath: `child('$', 'items')` is `$.items`, `child('$.items', 3)` is `$.items[3]`. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${String(key)}]`;
  if (identifier.test(key)) return `${path}.${key}`;
  return `${path}['${key.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`;
}

/** Collects what a parse repaired or dropped. */
export class Warnings {
  readonly list: FeedWarning[] = [];

  add(code: WarningCode, path: string, message: string): void {
    this.list.push({ code, path, message });
  }
}

/** Formats a warning as one line: `$.items[3].date_published: "2021-13-45" is not …`. */
export function formatWarning(warning: FeedWarning): string {
  return `${warning.path}: ${warning.message}`;
}

// JSON.stringify returns undefined for undefined, functions and symbols; its lib type omits that.
const stringify = JSON.stringify as (value: unknown) => string | undefined;

/** `text` cut to `max` characters with "…": feed text quoted in a message stays one short line. */
export function shortened(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

/** Shows a value the way it appeared in the feed, shortened for one-line messages. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = stringify(value) ?? typeof value;
  } catch {
    // Cycles or BigInt in objects handed over by code, or nesting too deep to stringify.
    text = jsonType(value);
  }
  return shortened(text);
}

/** Names a JSON value's type the way a feed publisher thinks of it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
