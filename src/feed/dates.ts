import type { FeedDate } from './types.js';

/**
 * Asia/Jakarta has been UTC+7 with no daylight saving since 1964, so calendar values can be
 * turned into instants with a fixed offset, identically in every runtime and without tz data.
 */
export const JAKARTA_OFFSET_MINUTES = 7 * 60;
const MINUTE = 60_000;
const JAKARTA_OFFSET_MS = JAKARTA_OFFSET_MINUTES * MINUTE;

const calendarPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

// RFC 2822, RSS's pubDate, which feeds converted from RSS carry: "Tue, 02 Nov 2021 10:00:00 +0700".
// Also with Indonesian names, as WordPress's localized date_i18n() writes them: "Kam, 02 Mei
// 2024 09:15:00 +0700", "Kamis, 2 Agustus 2024 09:15 WIB".
const rfc2822Pattern =
  /^(?:[A-Za-z]{3,9},\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})\s+(\d{2}[:.]\d{2}(?:[:.]\d{2})?)\s*(?:([+-]\d{2})(\d{2})|([A-Z]{1,4}))$/i;
// RFC 2822's obsolete zone names, and Indonesia's, which Indonesian sites write.
const zoneNames: Readonly<Record<string, string>> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', wib: '+07:00', wita: '+08:00', wit: '+09:00',
};
// Hugo's {{ .Date }} ("2021-11-02 10:00:00 +0700 WIB") and Ruby's Time#to_s: RFC 3339 but for
// a space before the offset, and a zone name after it (Go writes "+07" or "-0330" where the
// zone has no abbreviation).
const spacedOffsetPattern = /^(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ([+-]\d{2}:?\d{2}|Z|UTC)(?: [A-Z]{1,5}| [+-]\d{2}(?:\d{2})?)?$/i;
// Or an Indonesian zone name alone: "2024-05-02T09:15:00 WIB".
const zonedPattern = /^(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (WIB|WITA|WIT)$/i;
// Months by their first three letters, in English and Indonesian (Mei, Agustus or Agt, Oktober, Nopember, Desember).
const monthNames = new Map([
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((name, index) => [name, index + 1] as const),
  ['mei', 5], ['agu', 8], ['ags', 8], ['agt', 8], ['okt', 10], ['nop', 11], ['des', 12],
]);

/**
 * Near misses of RFC 3339 that are read: RSS's RFC 2822 ("Tue, 02 Nov 2021 10:00:00 +0700"),
 * a space before the offset (Hugo, Ruby), an offset without its colon ("+0700"), a time
 * without seconds ("10:00Z").
 */
export type DateFormat = 'rfc2822' | 'spaced-offset' | 'offset-without-colon' | 'no-seconds';

export type DateParse =
  | {
      readonly ok: true;
      readonly date: FeedDate;
      readonly assumedOffset?: boolean;
      /** How it was written, when that was not RFC 3339. */
      readonly format?: DateFormat;
    }
  | { readonly ok: false };

const invalid: DateParse = { ok: false };

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Like `Date.UTC`, which maps years 0–99 to 1900–1999; this does not. Months and days may overflow. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, ms = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, 0, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, ms);
  return date.getTime();
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * Reads a year ("2018"), a month ("2018-03"), a day ("2018-03-05") or an instant
 * (RFC 3339, e.g. "2021-11-02T10:00:00+07:00"). An instant without an offset is read as
 * Asia/Jakarta time and flagged with `assumedOffset`; an RFC 2822 date (RSS) is read and
 * flagged with `format: 'rfc2822'`.
 */
export function parseDate(text: string): DateParse {
  const trimmed = text.trim();
  const calendar = calendarPattern.exec(trimmed);
  if (calendar) return calendarDate(calendar);
  const match = dateTimePattern.exec(trimmed);
  if (match) return instant(match);
  const spaced = spacedOffsetPattern.exec(trimmed);
  if (spaced) {
    const result = parseDate(`${spaced[1] ?? ''}${spaced[2]?.toUpperCase() === 'UTC' ? 'Z' : (spaced[2] ?? '')}`);
    return result.ok ? { ...result, format: 'spaced-offset' } : invalid;
  }
  const zoned = zonedPattern.exec(trimmed);
  if (zoned) {
    const result = parseDate(`${zoned[1] ?? ''}${zoneNames[zoned[2]?.toLowerCase() ?? ''] ?? ''}`);
    return result.ok ? { ...result, format: 'spaced-offset' } : invalid;
  }
  const rfc2822 = rfc2822Pattern.exec(trimmed);
  return rfc2822 ? fromRfc2822(rfc2822) : invalid;
}

function fromRfc2822([, day = '', monthName = '', year, time, offsetHours, offsetMinutes, zone = '']: RegExpExecArray): DateParse {
  const month = monthNames.get(monthName.slice(0, 3).toLowerCase()) ?? 0;
  const offset = offsetHours === undefined ? zoneNames[zone.toLowerCase()] : `${offsetHours}:${offsetMinutes ?? '00'}`;
  if (month === 0 || offset === undefined) return invalid;
  // Indonesian writes "09.15" for 09:15.
  const result = parseDate(`${year ?? ''}-${pad(month)}-${day.padStart(2, '0')}T${(time ?? '').replace(/\./g, ':')}${offset}`);
  return result.ok ? { ...result, format: 'rfc2822' } : invalid;
}

function calendarDate([, y, m, d]: RegExpExecArray): DateParse {
  const year = Number(y);
  // HTML's dates start at year 1 (and the proleptic year 0 is a typo, not a date).
  if (year < 1) return invalid;
  if (m === undefined) return { ok: true, date: { precision: 'year', year, iso: pad(year, 4) } };
  const month = Number(m);
  if (month < 1 || month > 12) return invalid;
  if (d === undefined) {
    return { ok: true, date: { precision: 'month', year, month, iso: `${pad(year, 4)}-${pad(month)}` } };
  }
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return invalid;
  return {
    ok: true,
    date: { precision: 'day', year, month, day, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` },
  };
}

function instant(match: RegExpExecArray): DateParse {
  // Indexing rather than destructuring: this runs for every date of feeds of thousands of items.
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6] ?? 0);
  const fraction = match[7] ?? '';
  const sign = match[9];
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid;
  if (hour > 23 || minute > 59 || second > 60 || offsetHours > 23 || offsetMinutes > 59) return invalid;
  const assumedOffset = match[8] === undefined && sign === undefined;
  const offset = assumedOffset ? JAKARTA_OFFSET_MINUTES : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  // Milliseconds from the digits (no float rounding); RFC 3339 allows a leap second (60), kept
  // inside its minute as :59.999 so it never sorts after the next minute.
  const ms = Math.min(second * 1000 + (fraction === '' ? 0 : Number(fraction.slice(1, 4).padEnd(3, '0'))), 59_999);
  const epochMs = utc(year, month, day, hour, minute, ms) - offset * MINUTE;
  // Kept as written when it is already what <time datetime> takes (a "T", at most three digits
  // of fraction, no leap second, "Z" or an offset with a colon): toISOString costs more than
  // the rest of reading the date.
  const text = match[0];
  // (RFC 3339's "-00:00", an unknown offset, is not: HTML allows "-" only before a non-zero one.)
  const asWritten =
    text.charAt(10) === 'T' &&
    fraction.length < 5 &&
    second < 60 &&
    (match[8] === 'Z' || (sign !== undefined && text.charAt(text.length - 3) === ':' && (sign === '+' || offset !== 0)));
  // Midnight in the writer's own offset is how Jekyll and Hugo write a post dated by its day
  // ("2017-06-28T00:00:00+08:00"): that day, not the evening before in Jakarta.
  const date: FeedDate =
    sign !== undefined && hour === 0 && minute === 0 && ms === 0
      ? { precision: 'day', year, month, day, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
      : { precision: 'instant', epochMs, iso: asWritten ? text : new Date(epochMs).toISOString() };
  if (assumedOffset) return { ok: true, date, assumedOffset };
  // "+0700": ISO 8601's basic form, which RFC 3339 leaves out (PHP's DATE_ISO8601, strftime %z).
  if (sign !== undefined && text.charAt(text.length - 3) !== ':') return { ok: true, date, format: 'offset-without-colon' };
  // "10:00Z": HTML takes it, RFC 3339 wants the seconds.
  return match[6] === undefined ? { ok: true, date, format: 'no-seconds' } : { ok: true, date };
}

/** Reads a WordPress `date_gmt` value: RFC 3339 without an offset, meaning UTC. */
export function parseUtcDateTime(text: string): DateParse {
  const match = dateTimePattern.exec(text.trim());
  if (!match || match[8] !== undefined || match[9] !== undefined) return invalid;
  return parseDate(`${text.trim()}Z`);
}

/**
 * The time a date covers, as epoch milliseconds in Asia/Jakarta: `start` inclusive, `end`
 * exclusive. "2023" covers 2023-01-01T00:00+07:00 up to 2024-01-01T00:00+07:00.
 * An instant covers only itself (`start === end`).
 */
export function dateSpan(date: FeedDate): { readonly start: number; readonly end: number } {
  switch (date.precision) {
    case 'instant':
      return { start: date.epochMs, end: date.epochMs };
    case 'year':
      return { start: utc(date.year, 1, 1) - JAKARTA_OFFSET_MS, end: utc(date.year + 1, 1, 1) - JAKARTA_OFFSET_MS };
    case 'month':
      return {
        start: utc(date.year, date.month, 1) - JAKARTA_OFFSET_MS,
        end: utc(date.year, date.month + 1, 1) - JAKARTA_OFFSET_MS,
      };
    case 'day':
      return {
        start: utc(date.year, date.month, date.day) - JAKARTA_OFFSET_MS,
        end: utc(date.year, date.month, date.day + 1) - JAKARTA_OFFSET_MS,
      };
  }
}

/** Orders dates by the moment they begin. */
export function compareDates(a: FeedDate, b: FeedDate): number {
  return dateSpan(a).start - dateSpan(b).start;
}
