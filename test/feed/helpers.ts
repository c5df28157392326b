import { expect } from 'chai';
import { FeedError, parseDate, parseFeed } from '../../src/feed/index.js';
import type { Article, FeedDate, FeedWarning, ParseOptions, ParseResult, WarningCode } from '../../src/feed/index.js';

/** A date the test knows to be valid. */
export function date(text: string): FeedDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`test setup: ${text} does not parse`);
  return result.date;
}

/** Epoch milliseconds of an ISO string, read by the runtime's own parser (the oracle). */
export function at(iso: string): number {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`test setup: ${iso} is not an ISO date`);
  return time;
}

/** The JSON Feed 1.1 envelope around `items`; `extra` adds or overrides feed-level fields. */
export function jsonFeed(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Kabar Desa', items, ...extra };
}

export function parse(input: unknown, options?: ParseOptions): ParseResult {
  return parseFeed(input, options);
}

/** The one warning with `code` at `path`; fails when there is none or more than one. */
export function warningAt(warnings: readonly FeedWarning[], code: WarningCode, path: string): FeedWarning {
  const found = warnings.filter((warning) => warning.code === code && warning.path === path);
  expect(found, `${code} at ${path} in ${JSON.stringify(warnings, null, 1)}`).to.have.lengthOf(1);
  return found[0]!;
}

/** The FeedError `parseFeed` throws for `input`; fails when it returns or throws something else. */
export function feedErrorOf(input: unknown): FeedError {
  try {
    parseFeed(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  expect.fail(`parseFeed(${JSON.stringify(input)}) did not throw`);
}

/** A hand-made article for the selection functions; only `id` and `title` are required. */
export function article(fields: Partial<Article> & { id: string; title: string }): Article {
  return { summary: '', contentText: '', authors: [], tags: [], categories: [], ...fields };
}

export function only<T>(list: readonly T[]): T {
  expect(list).to.have.lengthOf(1);
  return list[0]!;
}

/** Every warning code there is. */
export const allCodes = [
  'item-dropped',
  'id-coerced',
  'duplicate-id',
  'invalid-date',
  'date-without-time',
  'date-without-offset',
  'date-not-rfc3339',
  'unsafe-url',
  'relative-url',
  'wrong-type',
  'missing-field',
  'unknown-version',
  'unknown-field',
  'unknown-reference',
  'date-order',
  'text-before-json',
  'text-after-json',
  'local-url',
] as const satisfies readonly WarningCode[];

// Does not compile when WarningCode gains a code this list lacks.
export const listsEveryCode: Exclude<WarningCode, (typeof allCodes)[number]> extends never ? true : never = true;
