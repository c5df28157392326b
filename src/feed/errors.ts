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

/**
 * Warnings of one code listed at most: a feed broken the same way in every item says so in the
 * first ones, and a hostile one cannot make megabytes of warnings (and the time to build them).
 */
export const MAX_WARNINGS_PER_CODE = 100;

/** Collects what a parse repaired or dropped. */
export class Warnings {
  private readonly kept: FeedWarning[] = [];
  private readonly counts = new Map<WarningCode, number>();

  /** `message` is left out only by the script-tag build (build/warning-codes.ts): the code is the message then. */
  add(code: WarningCode, path: string, message: string = code): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= MAX_WARNINGS_PER_CODE) this.kept.push({ code, path, message });
  }

  /** The warnings, in the order they came; past the cap, one more per code that says how many were left out. */
  get list(): FeedWarning[] {
    const left: FeedWarning[] = [];
    for (const [code, count] of this.counts) {
      if (count <= MAX_WARNINGS_PER_CODE) continue;
      const more = count - MAX_WARNINGS_PER_CODE;
      left.push({ code, path: '$', message: `${String(more)} more "${code}" problem${more === 1 ? '' : 's'} like the ones above were not listed` });
    }
    return left.length === 0 ? this.kept : [...this.kept, ...left];
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
