import { expect } from 'chai';
import fc from 'fast-check';
import { compareDates, dateSpan, parseDate } from '../../src/feed/index.js';
import { at, date } from './helpers.js';

const DAY = 86_400_000;

describe('parseDate', () => {
  it('reads a year, a month and a day at their own precision', () => {
    expect(parseDate('2018')).to.deep.equal({ ok: true, date: { precision: 'year', year: 2018, iso: '2018' } });
    expect(parseDate('2018-03')).to.deep.equal({ ok: true, date: { precision: 'month', year: 2018, month: 3, iso: '2018-03' } });
    expect(parseDate(' 2018-03-05 ')).to.deep.equal({
      ok: true,
      date: { precision: 'day', year: 2018, month: 3, day: 5, iso: '2018-03-05' },
    });
  });

  it('reads an RFC 3339 date-time as an instant', () => {
    // Kept as written when <time datetime> takes it as it is, else normalized to UTC.
    expect(parseDate('2021-11-02T10:00:00+07:00')).to.deep.equal({
      ok: true,
      date: { precision: 'instant', epochMs: at('2021-11-02T03:00:00Z'), iso: '2021-11-02T10:00:00+07:00' },
    });
    expect(parseDate('2021-11-02 10:00:00+07:00')).to.deep.equal({
      ok: true,
      date: { precision: 'instant', epochMs: at('2021-11-02T03:00:00Z'), iso: '2021-11-02T03:00:00.000Z' },
    });
  });

  it("reads midnight in the writer's own offset as that day (Jekyll's and Hugo's date-only posts), not the evening before in Jakarta", () => {
    expect(parseDate('2017-06-28T00:00:00+08:00')).to.deep.equal({ ok: true, date: { precision: 'day', year: 2017, month: 6, day: 28, iso: '2017-06-28' } });
    expect((parseDate('2017-06-28T00:00:00-05:00') as { date: { precision: string } }).date.precision).to.equal('day');
    for (const instant of ['2017-06-28T00:00:01+08:00', '2017-06-28T00:00:00Z', '2017-06-28T00:00:00']) {
      expect((parseDate(instant) as { date: { precision: string } }).date.precision, instant).to.equal('instant');
    }
  });

  it("reads RFC 3339's -00:00 (an unknown local offset) as UTC, written as <time datetime> takes it", () => {
    // HTML's time-zone offset allows "-" only before a non-zero offset; -05:00 stays as written.
    expect(parseDate('2021-11-02T10:00:00-00:00')).to.deep.equal({
      ok: true,
      date: { precision: 'instant', epochMs: at('2021-11-02T10:00:00Z'), iso: '2021-11-02T10:00:00.000Z' },
    });
    expect(parseDate('2021-11-02T10:00:00+00:00')).to.have.nested.property('date.iso', '2021-11-02T10:00:00+00:00');
    expect(parseDate('2021-11-02T10:00:00-05:00')).to.have.nested.property('date.iso', '2021-11-02T10:00:00-05:00');
  });

  it('rejects impossible months and days', () => {
    for (const text of ['2021-02-29', '1900-02-29', '2021-13-45', '2021-13', '2021-00', '2021-04-31', '2021-06-00', '2021-02-29T10:00:00Z']) {
      expect(parseDate(text), text).to.deep.equal({ ok: false });
    }
    for (const text of ['2024-02-29', '2000-02-29', '2021-12-31', '2024-02-29T23:59:59Z']) {
      expect(parseDate(text).ok, text).to.equal(true);
    }
  });

  it('rejects text that is not a date', () => {
    for (const text of ['', 'kemarin', '18', '2021-1-5', '2021/11/02', '02-11-2021', '2021-11-02T24:00:00Z', '2021-11-02T10:60Z', '2021-11-02T10:00:61Z', '2021-11-02T10:00:00+24:00', '2021-11-02T10:00:00+07:60', '2021-11-02T10:00:00  +07:00', '2021-11-02T10:00:00 +07:00 waktu setempat']) {
      expect(parseDate(text), text).to.deep.equal({ ok: false });
    }
  });

  it('reads RSS (RFC 2822) dates with an offset or a zone name, US and Indonesian, and flags them', () => {
    const cases: [string, string][] = [
      ['Tue, 02 Nov 2021 10:00:00 +0700', '2021-11-02T03:00:00Z'],
      ['2 Nov 2021 03:00 GMT', '2021-11-02T03:00:00Z'],
      ['Tue, 02 Nov 2021 10:00:00 WIB', '2021-11-02T03:00:00Z'],
      ['Tue, 02 Nov 2021 11:00:00 wita', '2021-11-02T03:00:00Z'],
      ['Mon, 01 Nov 2021 23:00:00 EDT', '2021-11-02T03:00:00Z'],
      ['Mon, 01 Nov 2021 19:00:00 PST', '2021-11-02T03:00:00Z'],
      // In Indonesian, as WordPress's localized dates write them; "10.00" for 10:00.
      ['Sel, 02 Nov 2021 10:00:00 +0700', '2021-11-02T03:00:00Z'],
      ['Selasa, 2 November 2021 10.00 WIB', '2021-11-02T03:00:00Z'],
      ['Kamis, 2 Mei 2024 09:15 WIB', '2024-05-02T02:15:00Z'],
      ['17 Agustus 2024 08:00 WIB', '2024-08-17T01:00:00Z'],
      ['1 Des 2025 09:00 WITA', '2025-12-01T01:00:00Z'],
      ['Thursday, 02 May 2024 09:15:00 GMT', '2024-05-02T09:15:00Z'],
    ];
    for (const [text, utc] of cases) {
      const parsed = parseDate(text);
      expect(parsed, text).to.deep.include({ ok: true, format: 'rfc2822' });
      expect(parsed.ok && parsed.date.precision === 'instant' && parsed.date.epochMs, text).to.equal(at(utc));
    }
    expect(parseDate('Tue, 02 Nov 2021 10:00:00 XYZ')).to.deep.equal({ ok: false });
    expect(parseDate('02 Xyz 2021 10:00 WIB')).to.deep.equal({ ok: false });
  });

  it('reads an offset without a colon (PHP\'s DATE_ISO8601), and flags it', () => {
    const parsed = parseDate('2021-11-02T10:00:00+0700');
    expect(parsed).to.deep.include({ ok: true, format: 'offset-without-colon' });
    expect(parsed.ok && parsed.date.precision === 'instant' && [parsed.date.epochMs, parsed.date.iso]).to.deep.equal([at('2021-11-02T03:00:00Z'), '2021-11-02T03:00:00.000Z']);
    expect(parseDate('2021-11-02T10:00:00+07:00')).to.not.have.property('format');
    expect(parseDate('2021-11-02T10:00:00Z')).to.not.have.property('format');
  });

  it("reads a space before the offset, and a zone name after it (Hugo's {{ .Date }}, Ruby's Time#to_s), and flags it", () => {
    for (const text of ['2021-11-02 10:00:00 +0700', '2021-11-02 10:00:00 +0700 WIB', '2021-11-02 10:00:00.000000000 +0700 +0700', '2021-11-02T03:00:00 UTC', '2021-11-02 03:00:00 +00:00 UTC']) {
      const parsed = parseDate(text);
      expect(parsed, text).to.deep.include({ ok: true, format: 'spaced-offset' });
      expect(parsed.ok && parsed.date.precision === 'instant' && parsed.date.epochMs, text).to.equal(at('2021-11-02T03:00:00Z'));
    }
    expect(parseDate('2021-11-02 24:00:00 +0700')).to.deep.equal({ ok: false });
    // An Indonesian zone name alone.
    for (const [text, utc] of [['2021-11-02T10:00:00 WIB', '2021-11-02T03:00:00Z'], ['2021-11-02 12:00 WIT', '2021-11-02T03:00:00Z']] as const) {
      const parsed = parseDate(text);
      expect(parsed, text).to.deep.include({ ok: true, format: 'spaced-offset' });
      expect(parsed.ok && parsed.date.precision === 'instant' && parsed.date.epochMs, text).to.equal(at(utc));
    }
  });

  it('reads offsets with and without a colon, Z, and lower-case or space separators', () => {
    const expected = at('2021-11-02T03:00:00Z');
    for (const text of ['2021-11-02T10:00:00+07:00', '2021-11-02T10:00:00+0700', '2021-11-02T03:00:00Z', '2021-11-02t03:00:00z', '2021-11-02 03:00:00Z', '2021-11-01T21:30:00-05:30', '2021-11-02T10:00+07:00']) {
      const result = parseDate(text);
      expect(result.ok && result.date.precision === 'instant' && result.date.epochMs, text).to.equal(expected);
      expect(result, text).to.not.have.property('assumedOffset');
    }
  });

  it('reads a date-time without an offset as Jakarta time and says so', () => {
    expect(parseDate('2021-11-02T10:00:00')).to.deep.equal({
      ok: true,
      date: { precision: 'instant', epochMs: at('2021-11-02T03:00:00Z'), iso: '2021-11-02T03:00:00.000Z' },
      assumedOffset: true,
    });
  });

  it('keeps fractions to the millisecond, truncating like Date.parse', () => {
    for (const text of ['2021-11-02T10:00:00.5Z', '2021-11-02T10:00:00.123456Z', '2021-11-02T10:00:00.9999Z', '2021-11-02T10:00:59.999Z', '2021-11-02T10:00:00.0005Z']) {
      const result = parseDate(text);
      expect(result.ok && result.date.precision === 'instant' && result.date.epochMs, text).to.equal(at(text));
    }
  });

  it('keeps a leap second inside its minute', () => {
    const lastMillisecond = at('2016-12-31T23:59:59.999Z');
    for (const text of ['2016-12-31T23:59:60Z', '2016-12-31T23:59:60.5Z', '2017-01-01T06:59:60.999+07:00']) {
      const result = parseDate(text);
      expect(result.ok && result.date.precision === 'instant' && result.date.epochMs, text).to.equal(lastMillisecond);
    }
    expect(compareDates(date('2016-12-31T23:59:60.9Z'), date('2017-01-01T00:00:00Z'))).to.be.below(0);
  });

  it('does not map years below 100 to the 1900s', () => {
    expect(parseDate('0099')).to.deep.equal({ ok: true, date: { precision: 'year', year: 99, iso: '0099' } });
    expect(dateSpan(date('0099')).start).to.equal(at('0099-01-01T00:00:00+07:00'));
    expect(dateSpan(date('0099-12')).end).to.equal(at('0100-01-01T00:00:00+07:00'));
    expect(dateSpan(date('0004-02-29'))).to.deep.equal({
      start: at('0004-02-29T00:00:00+07:00'),
      end: at('0004-03-01T00:00:00+07:00'),
    });
    // HTML's dates begin at year 1: <time datetime="0000"> is not valid.
    for (const zero of ['0000', '0000-02', '0000-02-29', '0000-01-01T00:00:00Z']) expect(parseDate(zero), zero).to.deep.equal({ ok: false });
    const instant = parseDate('0050-06-01T12:00:00Z');
    expect(instant.ok && instant.date.precision === 'instant' && instant.date.epochMs).to.equal(at('0050-06-01T12:00:00Z'));
  });

  it('agrees with Date.parse on every valid day of years 1 to 9999', () => {
    const day = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day: dayOfMonth }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, (text) => {
        const oracle = Date.parse(`${text}T00:00:00+07:00`);
        // V8 rolls 2021-02-30 over to March (others may answer NaN); parseDate rejects it.
        const exists = !Number.isNaN(oracle) && new Date(oracle + 7 * 3_600_000).toISOString().startsWith(text);
        const result = parseDate(text);
        expect(result.ok, text).to.equal(exists);
        if (result.ok) expect(dateSpan(result.date), text).to.deep.equal({ start: oracle, end: oracle + DAY });
      }),
      { numRuns: 400 },
    );
  });

  it('reads back every instant written by toISOString', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (instant) => {
        const result = parseDate(instant.toISOString());
        expect(result).to.deep.equal({ ok: true, date: { precision: 'instant', epochMs: instant.getTime(), iso: instant.toISOString() } });
      }),
      { numRuns: 300 },
    );
  });
});

describe('dateSpan', () => {
  it('covers a year, month or day of Asia/Jakarta time, end exclusive', () => {
    expect(dateSpan(date('2023'))).to.deep.equal({ start: at('2022-12-31T17:00:00Z'), end: at('2023-12-31T17:00:00Z') });
    expect(dateSpan(date('2024-02'))).to.deep.equal({ start: at('2024-01-31T17:00:00Z'), end: at('2024-02-29T17:00:00Z') });
    expect(dateSpan(date('2023-12'))).to.deep.equal({ start: at('2023-11-30T17:00:00Z'), end: at('2023-12-31T17:00:00Z') });
    expect(dateSpan(date('2023-12-31'))).to.deep.equal({ start: at('2023-12-30T17:00:00Z'), end: at('2023-12-31T17:00:00Z') });
    expect(dateSpan(date('2024-03-01'))).to.deep.equal({ start: at('2024-02-29T17:00:00Z'), end: at('2024-03-01T17:00:00Z') });
  });

  it('covers only itself for an instant', () => {
    const instant = at('2023-06-15T03:00:00Z');
    expect(dateSpan(date('2023-06-15T10:00:00+07:00'))).to.deep.equal({ start: instant, end: instant });
  });
});

describe('compareDates', () => {
  it('orders dates by the moment they begin', () => {
    const texts = ['2023-06', '2022', '2023-01-01T00:00:00+07:00', '2023-05-31T23:59:59+07:00', '2023-01-01'];
    const sorted = texts.map(date).sort(compareDates).map((value) => value.iso);
    expect(sorted).to.deep.equal(['2022', '2023-01-01T00:00:00+07:00', '2023-01-01', '2023-05-31T23:59:59+07:00', '2023-06'].map((text) => date(text).iso));
    expect(compareDates(date('2023'), date('2023-01-01'))).to.equal(0);
  });
});
