import { parseDate, type DateFormat } from './dates.js';
import { child, jsonType, quote, type Warnings } from './errors.js';
import { decodeEntities, MAX_LENGTH, shownText } from './html-text.js';
import { checkUrl } from './urls.js';
import type { FeedDate } from './types.js';

export type JsonObject = Readonly<Record<string, unknown>>;

/** 10000-01-01T00:00:00Z: HTML's dates have four-digit years. */
const LAST_HTML_INSTANT = 253_402_300_800_000;

/**
 * Copies the values of `optional` that are not undefined onto `object`: the model leaves out
 * what a feed does not say, and building it this way allocates far less than spreading
 * `...(x ? { x } : {})` per field (it matters for feeds of thousands of items).
 */
export function withDefined<T extends object, U extends object>(object: T, optional: U): T & Partial<U> {
  const target = object as Record<string, unknown>;
  const source = optional as Record<string, unknown>;
  // for…in, not Object.entries: no array per field.
  for (const key in source) {
    const value = source[key];
    if (value !== undefined) target[key] = value;
  }
  return object;
}

/**
 * Items (or posts) of one feed document read at most. Ten thousand is years of an
 * organisation's articles; past it, reading would hold up the page for seconds (a 5 MB feed of
 * bare `{"id":1}` items has 380 000), and paging (`next_url`) is what feeds have for it.
 */
export const MAX_ITEMS = 10_000;

/** The first MAX_ITEMS of `items`. */
export function readableItems(items: readonly unknown[]): readonly unknown[] {
  return items.length <= MAX_ITEMS ? items : items.slice(0, MAX_ITEMS);
}

/** Says, at the first item not read, how many items `readableItems` left out, if any. */
export function noteUnreadItems(count: number, path: (index: number) => string, warnings: Warnings): void {
  if (count <= MAX_ITEMS) return;
  warnings.add(
    'item-dropped',
    path(MAX_ITEMS),
    `the feed has ${String(count)} items; only the first ${String(MAX_ITEMS)} were read (serve fewer per page, and link the next page with next_url)`,
  );
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Language tags as written → canonical, or '' for what is no tag. */
const canonicalLanguages = new Map<string, string>();

function canonicalLanguage(raw: string): string {
  // Real tags are under 35 characters; the runtime checks one of thousands of variants in
  // time quadratic in their number.
  if (raw.trim().length > 64) return '';
  try {
    // WordPress writes locales with an underscore: "id_ID".
    return Intl.getCanonicalLocales(raw.trim().replaceAll('_', '-'))[0] ?? '';
  } catch {
    return '';
  }
}

/**
 * Typed, forgiving access to the fields of untrusted JSON: a field of the wrong type is
 * dropped and reported with its JSONPath; absent fields are simply undefined.
 */
export class FieldReader {
  constructor(
    readonly warnings: Warnings,
    /** Base for relative URLs; undefined means relative URLs cannot be resolved. */
    public base?: string,
  ) {}

  string(object: JsonObject, key: string, path: string): string | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.wrongType(child(path, key), value, 'a string');
    return undefined;
  }

  array(object: JsonObject, key: string, path: string): readonly unknown[] {
    const value = object[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.wrongType(child(path, key), value, 'an array');
    return [];
  }

  object(object: JsonObject, key: string, path: string): JsonObject | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (isObject(value)) return value;
    this.wrongType(child(path, key), value, 'an object');
    return undefined;
  }

  /** An http(s) URL, resolved against the base; anything else is dropped with a warning. */
  url(object: JsonObject, key: string, path: string): string | undefined {
    const raw = this.string(object, key, path);
    return raw === undefined ? undefined : this.resolveUrl(raw, path, key);
  }

  /** `raw` as an http(s) URL; `path` (and `key` under it) say where it was, for warnings. */
  resolveUrl(raw: string, parent: string, key?: string): string | undefined {
    if (raw.trim() === '') return undefined;
    const result = checkUrl(raw, this.base);
    if (typeof result === 'string') return result;
    // Paths are built only for warnings: building one per field costs more than the rest.
    const path = key === undefined ? parent : child(parent, key);
    if (result.reason === 'unsafe') {
      this.warnings.add('unsafe-url', path, `${quote(raw)} is not an http or https URL; it was dropped (only http: and https: links are shown)`);
    } else if (result.reason === 'credentials') {
      this.warnings.add('unsafe-url', path, `${quote(raw)} has a user name or password before an "@", which hides the site it goes to; it was dropped (remove the part before "@")`);
    } else if (result.reason === 'relative') {
      this.warnings.add(
        'relative-url',
        path,
        `${quote(raw)} is a relative URL, and the feed has no absolute feed_url or home_page_url to resolve it against; use an absolute URL`,
      );
    } else {
      this.warnings.add('unsafe-url', path, `${quote(raw)} is not a valid URL; it was dropped (check for spaces or typos)`);
    }
    return undefined;
  }

  /**
   * A list of non-empty strings; other entries are dropped with a warning. One string is read
   * as a comma-separated list ("desa, air bersih"), with a warning.
   */
  strings(object: JsonObject, key: string, path: string, clean: (text: string) => string): string[] {
    // Kept once however capitalized ("desa", "Desa"), as filters compare them; first spelling wins.
    const out = new Map<string, string>();
    const value = object[key];
    // "" is what generators write for none (Grav's JSON Feed plugin).
    if (typeof value === 'string' && value.trim() === '') return [];
    if (typeof value === 'string') {
      this.warnings.add('wrong-type', child(path, key), `${quote(value)} is a string; it was read as a comma-separated list (write an array: ["a", "b"])`);
    }
    (typeof value === 'string' ? value.split(',') : this.array(object, key, path)).forEach((entry, index) => {
      if (typeof entry === 'string') {
        const text = shownText(clean(entry), MAX_LENGTH.name);
        const same = text.toLowerCase();
        if (text !== '' && !out.has(same)) out.set(same, text);
      } else {
        this.wrongType(child(child(path, key), index), entry, 'a string');
      }
    });
    return [...out.values()];
  }

  /**
   * A calendar date or instant (see `parseDate`), for the `_infest` extension where a year or
   * a month is a meaningful value.
   */
  calendarDate(object: JsonObject, key: string, path: string, ignored = 'it was ignored'): FeedDate | undefined {
    const value = object[key];
    // A year typed as a number (2018): read, and said to write it as text.
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) {
      this.warnings.add('wrong-type', child(path, key), `${String(value)} is a number; it was read as the year ${String(value)}; write dates as text ("${String(value)}")`);
      const year = parseDate(String(value));
      return year.ok ? year.date : undefined;
    }
    const raw = this.string(object, key, path);
    if (raw === undefined) return undefined;
    const result = parseDate(raw);
    if (!result.ok) {
      this.warnings.add(
        'invalid-date',
        child(path, key),
        `${quote(raw)} is not a date, ${ignored}; use a year (2018), a month (2018-03), a day (2018-03-05) or an RFC 3339 date-time`,
      );
      return undefined;
    }
    const format = result.format ?? (raw !== raw.trim() ? 'spaces' : undefined);
    if (format !== undefined) this.notRfc3339(raw, format, result.date.iso, child(path, key), true);
    if (result.assumedOffset === true) this.noteAssumedOffset(raw, child(path, key));
    return result.date;
  }

  /**
   * Warns that date `raw`, read as `iso`, is not written as RFC 3339 (`calendar`: where a year,
   * a month or a day is as good as a date-time). The sentences are written inside the call,
   * so that the browser builds drop them (build/warning-codes.ts).
   */
  private notRfc3339(raw: string, format: DateFormat | 'references' | 'spaces', iso: string, path: string, calendar: boolean): void {
    this.warnings.add(
      'date-not-rfc3339',
      path,
      `${quote(raw)} is ${
        {
          rfc2822: 'an RSS (RFC 2822) date',
          'spaced-offset': 'a date with a space before its offset',
          'offset-without-colon': 'a date whose offset has no colon',
          'no-seconds': 'a time without seconds',
          references: 'written with HTML character references',
          spaces: 'a date with spaces around it',
        }[format]
      }; it was read as ${iso}; ${calendar ? 'write e.g. 2018, 2018-03, 2018-03-05 or 2021-11-02T10:00:00+07:00' : 'use RFC 3339 (e.g. 2021-11-02T10:00:00+07:00)'}`,
    );
  }

  /**
   * An RFC 3339 date-time (JSON Feed's `date_published`). Publishers' near misses are kept
   * and reported: a date without a time stays a day, a time without an offset is read as
   * Asia/Jakarta time; `onAssumedOffset`, when given, is told of that instead of a warning.
   */
  dateTime(object: JsonObject, key: string, path: string, onAssumedOffset?: () => void): FeedDate | undefined {
    const value = object[key];
    if (typeof value === 'number') return this.timestamp(value, child(path, key));
    const raw = this.string(object, key, path);
    if (raw === undefined || raw.trim() === '') return undefined;
    // Hugo's html/template escapes the "+" of an offset: "2024-03-02T06:30:00&#43;07:00".
    const text = raw.includes('&') ? decodeEntities(raw) : raw;
    const result = parseDate(text);
    if (!result.ok) {
      this.warnings.add('invalid-date', child(path, key), `${quote(raw)} is not an RFC 3339 date (e.g. 2021-11-02T10:00:00+07:00); it was ignored`);
      return undefined;
    }
    // Go's zero time, which Hugo writes for pages without a date.
    if (text.trim().startsWith('0001-01-01')) {
      this.warnings.add('invalid-date', child(path, key), `${quote(raw)} is the zero date a generator writes for content without a date; it was ignored`);
      return undefined;
    }
    const format = result.format ?? (text !== raw ? 'references' : raw !== raw.trim() ? 'spaces' : undefined);
    if (format !== undefined) {
      this.notRfc3339(raw, format, result.date.iso, child(path, key), false);
    } else if (result.date.precision !== 'instant') {
      this.warnings.add('date-without-time', child(path, key), `${quote(raw)} has no time; RFC 3339 needs one (e.g. ${result.date.iso}T00:00:00+07:00)`);
    }
    if (result.assumedOffset === true) {
      if (onAssumedOffset) onAssumedOffset();
      else this.noteAssumedOffset(raw, child(path, key));
    }
    return result.date;
  }

  /**
   * A Unix timestamp, in seconds (or milliseconds, when that large), read with a warning. Only
   * one of a time a post can have been written, from 1973 (10^11 ms) to the end of year 9999
   * (HTML's dates): a small number (2018, 0) is a year or a placeholder, not seconds after 1970.
   */
  private timestamp(value: number, path: string): FeedDate | undefined {
    const epochMs = Math.round(Math.abs(value) < 1e11 ? value * 1000 : value);
    if (!(epochMs >= 1e11 && epochMs < LAST_HTML_INSTANT)) {
      this.wrongType(path, value, 'an RFC 3339 date (e.g. 2021-11-02T10:00:00+07:00)');
      return undefined;
    }
    const iso = new Date(epochMs).toISOString();
    this.warnings.add('date-not-rfc3339', path, `${String(value)} is a Unix timestamp; it was read as ${iso}; use RFC 3339 (e.g. 2021-11-02T10:00:00+07:00)`);
    return { precision: 'instant', epochMs, iso };
  }

  noteAssumedOffset(raw: string, path: string): void {
    this.warnings.add('date-without-offset', path, `${quote(raw)} has no time zone offset; it was read as Asia/Jakarta time (+07:00); add "Z" or an offset such as "+07:00"`);
  }

  /** A BCP 47 language tag ("id", "en-US"), canonicalized; anything else is dropped. */
  language(object: JsonObject, key: string, path: string): string | undefined {
    const raw = this.string(object, key, path);
    if (raw === undefined || raw.trim() === '') return undefined;
    // Every item of a feed says the same one or two: asking Intl once each is the cost.
    let canonical = canonicalLanguages.get(raw);
    if (canonical === undefined) {
      canonical = canonicalLanguage(raw);
      if (canonicalLanguages.size < 100) canonicalLanguages.set(raw, canonical);
    }
    if (canonical !== '') return canonical;
    this.warnings.add('wrong-type', child(path, key), `${quote(raw)} is not a language tag (e.g. "id" or "en-US"); it was ignored`);
    return undefined;
  }

  wrongType(path: string, value: unknown, expected: string): void {
    this.warnings.add('wrong-type', path, `expected ${expected}, got ${jsonType(value)} (${quote(value)}); it was ignored`);
  }
}
