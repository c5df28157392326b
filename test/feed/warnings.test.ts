import { expect } from 'chai';
import { MAX_WARNINGS_PER_CODE, Warnings } from '../../src/feed/errors.js';
import { MAX_ITEMS } from '../../src/feed/read.js';
import { formatWarning, parseFeed } from '../../src/feed/index.js';
import { JsonSyntaxError, parseJsonText } from '../../src/feed/json-text.js';
import type { FeedWarning, ParseOptions, ParseResult, WarningCode } from '../../src/feed/index.js';
import { allCodes, at, jsonFeed, listsEveryCode, only, warningAt } from './helpers.js';

const seen = new Set<WarningCode>();

function parseNoting(input: unknown, options?: ParseOptions): ParseResult {
  const result = parseFeed(input, options);
  for (const warning of result.warnings) seen.add(warning.code);
  return result;
}

/** The warning with `code` at `path`, whose message quotes `value` and says `advice`. */
function expectWarning(warnings: readonly FeedWarning[], code: WarningCode, path: string, value: string, advice: string): FeedWarning {
  const warning = warningAt(warnings, code, path);
  expect(warning.message).to.include(value).and.include(advice);
  return warning;
}

const HOME = { home_page_url: 'https://example.org/' };

function item(fields: Record<string, unknown>): Record<string, unknown> {
  return { id: 'x', content_text: 'Isi.', ...fields };
}

describe('warnings', () => {
  describe('invalid-date, date-without-time, date-without-offset, date-not-rfc3339', () => {
    const { feed, warnings } = parseNoting(
      jsonFeed([
        item({ id: 'a', date_published: '2021-11-02T10:00:00+07:00' }),
        item({ id: 'b', date_published: '2021-11-02' }),
        item({ id: 'c', date_published: '2021-11-02T10:00:00' }),
        item({ id: 'd', date_published: '2021-13-45' }),
        item({ id: 'e', date_modified: 'kemarin' }),
        item({ id: 'f', date_published: 'Tue, 02 Nov 2021 10:00:00 +0700', date_modified: '3 Nov 2021 01:02 GMT' }),
        item({ id: 'g', date_published: 'Tue, 31 Feb 2021 10:00:00 +0700', date_modified: 'Tue, 02 Foo 2021 10:00:00 +0700' }),
      ]),
    );

    it('reports an impossible date with its path and formats it on one line', () => {
      const warning = expectWarning(warnings, 'invalid-date', '$.items[3].date_published', '"2021-13-45"', 'e.g. 2021-11-02T10:00:00+07:00');
      expect(formatWarning(warning).startsWith('$.items[3].date_published: "2021-13-45" is not an RFC 3339 date')).to.equal(true);
      expectWarning(warnings, 'invalid-date', '$.items[4].date_modified', '"kemarin"', 'RFC 3339');
      expect(feed.articles[3]).to.not.have.property('published');
      expect(feed.articles.map((article) => article.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    });

    it('keeps a date without a time as a day', () => {
      expectWarning(warnings, 'date-without-time', '$.items[1].date_published', '"2021-11-02"', 'e.g. 2021-11-02T00:00:00+07:00');
      expect(feed.articles[1]!.published).to.deep.equal({ precision: 'day', year: 2021, month: 11, day: 2, iso: '2021-11-02' });
    });

    it('reads a time without an offset as Jakarta time', () => {
      expectWarning(warnings, 'date-without-offset', '$.items[2].date_published', '"2021-11-02T10:00:00"', 'add "Z" or an offset such as "+07:00"');
      expect(feed.articles[2]!.published).to.deep.include({ epochMs: at('2021-11-02T03:00:00Z') });
    });

    it('reads an RSS (RFC 2822) date, and says to use RFC 3339', () => {
      expectWarning(warnings, 'date-not-rfc3339', '$.items[5].date_published', '"Tue, 02 Nov 2021 10:00:00 +0700"', 'use RFC 3339');
      expect(feed.articles[5]!.published).to.deep.equal({ precision: 'instant', epochMs: at('2021-11-02T03:00:00Z'), iso: '2021-11-02T10:00:00+07:00' });
      expect(feed.articles[5]!.modified).to.deep.include({ epochMs: at('2021-11-03T01:02:00Z') });
      expectWarning(warnings, 'invalid-date', '$.items[6].date_published', '"Tue, 31 Feb 2021 10:00:00 +0700"', 'RFC 3339');
      expectWarning(warnings, 'invalid-date', '$.items[6].date_modified', '"Tue, 02 Foo 2021 10:00:00 +0700"', 'RFC 3339');
    });

    it("reads Hugo's {{ .Date }}, with a space before the offset, and says to use RFC 3339", () => {
      const result = parseNoting(jsonFeed([item({ id: 'a', date_published: '2021-11-02 10:00:00 +0700 WIB' })]));
      expectWarning(result.warnings, 'date-not-rfc3339', '$.items[0].date_published', '"2021-11-02 10:00:00 +0700 WIB" is a date with a space before its offset', 'use RFC 3339');
      expect(result.feed.articles[0]!.published).to.deep.include({ epochMs: at('2021-11-02T03:00:00Z') });
    });

    it('reads a Unix timestamp in seconds or milliseconds, and says to use RFC 3339', () => {
      const result = parseNoting(jsonFeed([item({ id: 'a', date_published: 1635822000, date_modified: 1635822000500 }), item({ id: 'b', date_published: 1e300 })]));
      expectWarning(result.warnings, 'date-not-rfc3339', '$.items[0].date_published', '1635822000 is a Unix timestamp', 'read as 2021-11-02T03:00:00.000Z; use RFC 3339');
      expect(result.feed.articles[0]!.published).to.deep.equal({ precision: 'instant', epochMs: at('2021-11-02T03:00:00Z'), iso: '2021-11-02T03:00:00.000Z' });
      expect(result.feed.articles[0]!.modified).to.deep.include({ epochMs: at('2021-11-02T03:00:00.500Z') });
      expectWarning(result.warnings, 'wrong-type', '$.items[1].date_published', '1e+300', 'expected an RFC 3339 date');
      expect(result.feed.articles[1]).to.not.have.property('published');
    });

    it('takes a number for a timestamp only between 1973 and the year 9999: not a year (2018), 0, or past what HTML dates hold', () => {
      const values = [2018, 0, -1635822000, 8.64e15, 253402300800000];
      const result = parseNoting(jsonFeed(values.map((value, index) => item({ id: String(index), date_published: value }))));
      values.forEach((value, index) => {
        expectWarning(result.warnings, 'wrong-type', `$.items[${String(index)}].date_published`, `(${String(value).replace('+', '')}`, 'expected an RFC 3339 date');
        expect(result.feed.articles[index], String(value)).to.not.have.property('published');
      });
      expect(parseNoting(jsonFeed([item({ id: 'a', date_published: 253402300799999 })])).feed.articles[0]!.published).to.deep.include({ iso: '9999-12-31T23:59:59.999Z' });
    });

    it('reads a time without seconds, or a date with spaces around it, and says how RFC 3339 writes it', () => {
      const result = parseNoting(jsonFeed([item({ id: 'a', date_published: '2021-11-02T10:00Z', date_modified: ' 2021-11-02T10:00:00+07:00 ' })]));
      expectWarning(result.warnings, 'date-not-rfc3339', '$.items[0].date_published', 'a time without seconds', 'it was read as 2021-11-02T10:00Z');
      expectWarning(result.warnings, 'date-not-rfc3339', '$.items[0].date_modified', 'a date with spaces around it', 'it was read as 2021-11-02T10:00:00+07:00');
      expect(result.feed.articles[0]!.published).to.deep.include({ epochMs: at('2021-11-02T10:00:00Z') });
    });

    it('refuses year 0, which HTML dates do not have, in feed dates and phase dates', () => {
      const programs = [{ id: 'p', title: 'P', phases: [{ id: 'a', title: 'A', start: '0000' }, { id: 'b', title: 'B', start: '2020', end: '0000-01' }] }];
      const result = parseNoting(jsonFeed([item({ id: 'a', date_published: '0000-01-01T00:00:00Z' })], { _infest: { programs } }));
      expectWarning(result.warnings, 'invalid-date', '$.items[0].date_published', '"0000-01-01T00:00:00Z"', 'is not an RFC 3339 date');
      expectWarning(result.warnings, 'item-dropped', '$._infest.programs[0].phases[0]', '"a"', 'start date is unusable');
      expect(result.feed.programs[0]!.phases.map((phase) => phase.id)).to.deep.equal(['b']);
      expect(result.feed.programs[0]!.phases[0]).to.not.have.property('end');
    });

    it('gives <time datetime> a valid value for microseconds and leap seconds', () => {
      const result = parseNoting(jsonFeed([item({ id: 'a', date_published: '2021-11-02T03:00:00.123456Z', date_modified: '2016-12-31T23:59:60Z' })]));
      expect(result.feed.articles[0]!.published).to.deep.include({ iso: '2021-11-02T03:00:00.123Z' });
      expect(result.feed.articles[0]!.modified).to.deep.include({ iso: '2016-12-31T23:59:59.999Z' });
    });

    it('says nothing about a correct date', () => {
      expect(warnings.filter((warning) => warning.path.startsWith('$.items[0]'))).to.deep.equal([]);
    });

    it('reports unusable dates in the extension and in WordPress posts', () => {
      const infest = parseNoting(
        jsonFeed([], {
          _infest: { programs: [{ id: 'p', title: 'P', phases: [{ id: 'f', title: 'F', start: '2023', end: '2023-02-30' }] }] },
        }),
      );
      expectWarning(infest.warnings, 'invalid-date', '$._infest.programs[0].phases[0].end', '"2023-02-30"', 'use a year (2018), a month (2018-03)');
      expect(infest.feed.programs[0]!.phases[0]).to.not.have.property('end');

      const wordPress = parseNoting([{ id: 5, link: 'https://example.org/p/', title: { rendered: 'P' }, date_gmt: '2023-08-14T02:30:00+07:00' }]);
      expectWarning(wordPress.warnings, 'invalid-date', '$[0].date_gmt', '"2023-08-14T02:30:00+07:00"', 'e.g. 2021-11-02T03:00:00');
    });
  });

  describe('item-dropped, id-coerced, duplicate-id', () => {
    const { feed, warnings } = parseNoting(
      jsonFeed([
        'just text',
        item({ id: undefined, title: 'Tanpa id' }),
        item({ id: 42, title: 'Angka' }),
        item({ id: 'a', title: 'Pertama' }),
        item({ id: 'a', title: 'Kedua' }),
        item({ id: '42', title: 'Angka lagi' }),
        item({ id: '', title: 'Kosong' }),
        item({ id: true, title: 'Boolean' }),
      ]),
    );

    it('drops items that are not objects or have no usable id', () => {
      expectWarning(warnings, 'item-dropped', '$.items[0]', '"just text"', 'an item must be an object');
      expectWarning(warnings, 'item-dropped', '$.items[1]', 'has no id', 'every item needs a unique string id');
      expectWarning(warnings, 'item-dropped', '$.items[6]', '""', 'every item needs a unique string id');
      expectWarning(warnings, 'item-dropped', '$.items[7]', 'true', 'every item needs a unique string id');
      expect(feed.articles.map((article) => article.title)).to.deep.equal(['Angka', 'Pertama']);
    });

    it('coerces numeric ids to strings', () => {
      expectWarning(warnings, 'id-coerced', '$.items[2].id', '42', 'ids should be strings ("42")');
      expect(feed.articles[0]!.id).to.equal('42');
    });

    it('says an id too large for an exact number is to be quoted: JSON readers round it, and two ids can come out equal', () => {
      const text = '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":12345678901234567890,"content_text":"a"},{"id":12345678901234567891,"content_text":"b"}]}';
      const { warnings: found } = parseNoting(parseJsonText(text, new Warnings()));
      expectWarning(found, 'id-coerced', '$.items[0].id', '12345678901234567000', 'write the id as a string, in quotes');
      expectWarning(found, 'duplicate-id', '$.items[1].id', '"12345678901234567000"', 'this one was dropped');
    });

    it('keeps the first of two items with the same id, also after coercion', () => {
      expectWarning(warnings, 'duplicate-id', '$.items[4].id', '"a"', 'this one was dropped');
      expectWarning(warnings, 'duplicate-id', '$.items[5].id', '"42"', 'this one was dropped');
    });

    it('does the same for programs and phases', () => {
      const { feed: parsed, warnings: found } = parseNoting(
        jsonFeed([], {
          _infest: {
            programs: [
              7,
              { id: 3, title: 'Tiga', phases: [{ id: 'f', title: 'F', start: '2023' }, { id: 'f', title: 'G', start: '2024' }, { id: 'g', title: 'G' }, { id: 'h', title: 'H', start: 'awal' }] },
              { id: '3', title: 'Tiga lagi' },
              { title: 'Tanpa id' },
            ],
          },
        }),
      );
      expectWarning(found, 'item-dropped', '$._infest.programs[0]', '7', 'a program must be an object');
      expectWarning(found, 'id-coerced', '$._infest.programs[1].id', '3', 'ids should be strings ("3")');
      expectWarning(found, 'duplicate-id', '$._infest.programs[2].id', '"3"', 'this one was dropped');
      expectWarning(found, 'item-dropped', '$._infest.programs[3]', 'has no id', 'every program needs a unique string id');
      expectWarning(found, 'duplicate-id', '$._infest.programs[1].phases[1].id', '"f"', 'this one was dropped');
      expectWarning(found, 'item-dropped', '$._infest.programs[1].phases[2]', '"g"', 'add "start", e.g. "2018"');
      expectWarning(found, 'item-dropped', '$._infest.programs[1].phases[3]', '"h"', 'its start date is unusable');
      const program = only(parsed.programs);
      expect(program.title).to.equal('Tiga');
      expect(program.phases.map((phase) => phase.title)).to.deep.equal(['F']);
    });

    it('drops WordPress array entries that are not posts and repeated post ids', () => {
      const post = { id: 5, link: 'https://example.org/p/', title: { rendered: 'P' } };
      const { feed: parsed, warnings: found } = parseNoting([post, { ...post, title: { rendered: 'Q' } }, 'oops']);
      expectWarning(found, 'duplicate-id', '$[1].id', '5', 'this one was dropped');
      expectWarning(found, 'item-dropped', '$[2]', '"oops"', 'expected a WordPress post object');
      expect(parsed.articles.map((article) => article.title)).to.deep.equal(['P']);
    });
  });

  describe('unsafe-url', () => {
    it('drops a link with a user name before "@", which hides the site it goes to, and says to remove it', () => {
      const { feed, warnings } = parseNoting(jsonFeed([item({ url: 'https://infest.or.id@evil.example/' })]));
      expect(feed.articles[0]).to.not.have.property('url');
      expectWarning(warnings, 'unsafe-url', '$.items[0].url', '"https://infest.or.id@evil.example/"', 'remove the part before "@"');
    });

    const scripted = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];

    for (const url of scripted) {
      it(`drops ${JSON.stringify(url)} wherever a URL goes`, () => {
        const { feed, warnings } = parseNoting(
          jsonFeed(
            [
              item({
                url,
                external_url: url,
                image: url,
                banner_image: url,
                authors: [{ name: 'Ratna', url, avatar: url }],
              }),
            ],
            { ...HOME, next_url: url, _infest: { programs: [{ id: 'p', title: 'P', url }] } },
          ),
        );
        const quoted = JSON.stringify(url).slice(0, 40);
        for (const path of [
          '$.items[0].url',
          '$.items[0].external_url',
          '$.items[0].image',
          '$.items[0].banner_image',
          '$.items[0].authors[0].url',
          '$.items[0].authors[0].avatar',
          '$.next_url',
          '$._infest.programs[0].url',
        ]) {
          expectWarning(warnings, 'unsafe-url', path, quoted, 'is not an http or https URL; it was dropped');
        }
        const article = only(feed.articles);
        expect(article).to.not.have.any.keys('url', 'externalUrl', 'image', 'bannerImage');
        expect(article.authors).to.deep.equal([{ name: 'Ratna' }]);
        expect(feed).to.not.have.property('nextUrl');
        expect(only(feed.programs)).to.not.have.property('url');
      });
    }

    it('drops javascript: URLs in WordPress posts', () => {
      const { feed, warnings } = parseNoting([
        {
          id: 5,
          link: 'JavaScript:alert(1)',
          title: { rendered: 'P' },
          _embedded: {
            author: [{ name: 'Ratna', link: 'javascript:alert(2)', avatar_urls: { 96: 'data:image/png;base64,AAAA' } }],
            'wp:featuredmedia': [{ source_url: 'javascript:alert(3)', alt_text: 'x' }],
          },
        },
      ]);
      expectWarning(warnings, 'unsafe-url', '$[0].link', '"JavaScript:alert(1)"', 'not an http or https URL');
      expectWarning(warnings, 'unsafe-url', '$[0]._embedded.author[0].link', '"javascript:alert(2)"', 'not an http or https URL');
      expectWarning(warnings, 'unsafe-url', "$[0]._embedded.author[0].avatar_urls['96']", '"data:image/png;base64,AAAA"', 'not an http or https URL');
      expectWarning(warnings, 'unsafe-url', "$[0]._embedded['wp:featuredmedia'][0].source_url", '"javascript:alert(3)"', 'not an http or https URL');
      const article = only(feed.articles);
      expect(article).to.not.have.any.keys('url', 'image');
      expect(article.authors).to.deep.equal([{ name: 'Ratna' }]);
    });

    it('drops URLs the URL parser rejects', () => {
      // Invalid for Node's and Chromium's parsers alike (Chromium accepts a space in a host).
      const { warnings } = parseNoting(jsonFeed([item({ url: 'http://', image: 'https://example.org:99999/a.png' })], HOME));
      expectWarning(warnings, 'unsafe-url', '$.items[0].url', '"http://"', 'is not a valid URL; it was dropped');
      expectWarning(warnings, 'unsafe-url', '$.items[0].image', '"https://example.org:99999/a.png"', 'is not a valid URL; it was dropped');
    });

    it('does not decode character references in URLs: an encoded scheme is a harmless relative path', () => {
      // JSON strings are not HTML: "&#106;avascript:" has no scheme at all, so it resolves to a
      // page on the feed's own site (the "#" starts a fragment).
      const { feed, warnings } = parseNoting(
        jsonFeed([item({ url: '&#106;avascript:alert(1)', external_url: 'javascript&#58;alert(1)' })], HOME),
      );
      expect(warnings).to.deep.equal([]);
      const article = only(feed.articles);
      expect(article.url).to.equal('https://example.org/&#106;avascript:alert(1)');
      expect(article.externalUrl).to.equal('https://example.org/javascript&#58;alert(1)');
      expect(new URL(article.url!).protocol).to.equal('https:');

      const { warnings: unresolved } = parseNoting(jsonFeed([item({ url: '&#106;avascript:alert(1)' })]));
      expectWarning(unresolved, 'relative-url', '$.items[0].url', '"&#106;avascript:alert(1)"', 'use an absolute URL');
    });
  });

  describe('relative-url', () => {
    it('reports relative URLs when there is nothing to resolve them against', () => {
      const { feed, warnings } = parseNoting(jsonFeed([item({ url: '/2023/08/x/', image: '//cdn.example.com/a.png' })]));
      expectWarning(warnings, 'relative-url', '$.items[0].url', '"/2023/08/x/"', 'use an absolute URL');
      expectWarning(warnings, 'relative-url', '$.items[0].image', '"//cdn.example.com/a.png"', 'use an absolute URL');
      expect(only(feed.articles)).to.not.have.any.keys('url', 'image');
    });

    it('resolves them once the feed says where it lives', () => {
      const { feed, warnings } = parseNoting(jsonFeed([item({ url: '/2023/08/x/', image: '//cdn.example.com/a.png' })], HOME));
      expect(warnings).to.deep.equal([]);
      expect(only(feed.articles)).to.deep.include({ url: 'https://example.org/2023/08/x/', image: { url: 'https://cdn.example.com/a.png', alt: '' } });
    });
  });

  describe('wrong-type', () => {
    it('says so for each item whose language is no tag, however many items share it, and reads a valid one the same each time', () => {
      const { feed, warnings } = parseNoting(
        jsonFeed([item({ id: 'a', language: 'bukan bahasa!' }), item({ id: 'b', language: 'bukan bahasa!' }), item({ id: 'c', language: 'id_ID' }), item({ id: 'd', language: 'id_ID' })]),
      );
      expectWarning(warnings, 'wrong-type', '$.items[0].language', '"bukan bahasa!"', 'is not a language tag');
      expectWarning(warnings, 'wrong-type', '$.items[1].language', '"bukan bahasa!"', 'is not a language tag');
      expect(feed.articles.map((article) => article.language)).to.deep.equal([undefined, undefined, 'id-ID', 'id-ID']);
    });

    it('ignores fields of the wrong type and says what was expected', () => {
      const { feed, warnings } = parseNoting(
        jsonFeed(
          [
            item({
              title: 42,
              tags: 'air, sanitasi',
              language: 'bukan bahasa!',
              authors: [7, 'Ratna', { name: 'Bayu' }],
              _infest: 'air-desa',
            }),
            item({ id: 'y', tags: [1, 'Air', null, 'Air'] }),
          ],
          { language: 12, home_page_url: ['https://example.org/'] },
        ),
      );
      expectWarning(warnings, 'wrong-type', '$.items[0].title', '42', 'expected a string, got a number');
      expectWarning(warnings, 'wrong-type', '$.items[0].tags', '"air, sanitasi"', 'it was read as a comma-separated list (write an array: ["a", "b"])');
      expectWarning(warnings, 'wrong-type', '$.items[0].language', '"bukan bahasa!"', 'is not a language tag (e.g. "id" or "en-US")');
      expectWarning(warnings, 'wrong-type', '$.items[0].authors[0]', '7', 'expected an author object');
      expectWarning(warnings, 'wrong-type', '$.items[0].authors[1]', '"Ratna"', 'it was read as the author\'s name (write { "name": "Ratna" })');
      expectWarning(warnings, 'wrong-type', '$.items[0]._infest', '"air-desa"', 'expected an object, got a string');
      expectWarning(warnings, 'wrong-type', '$.items[1].tags[0]', '1', 'expected a string, got a number');
      expectWarning(warnings, 'wrong-type', '$.items[1].tags[2]', 'null', 'expected a string, got null');
      expectWarning(warnings, 'wrong-type', '$.language', '12', 'expected a string, got a number');
      expectWarning(warnings, 'wrong-type', '$.home_page_url', '["https://example.org/"]', 'expected a string, got an array');
      const [first, second] = feed.articles;
      expect(first!.title).to.equal('Isi.');
      expect(first!.tags).to.deep.equal(['air', 'sanitasi']);
      expect(first!.authors).to.deep.equal([{ name: 'Ratna' }, { name: 'Bayu' }]);
      expect(second!.tags).to.deep.equal(['Air']);
    });

    it('reads tags given as an empty text (Grav) as none, without a word', () => {
      const { feed, warnings } = parseNoting(jsonFeed([item({ id: 'a', tags: '' }), item({ id: 'b', tags: '  ' })]));
      expect(warnings).to.deep.equal([]);
      expect(feed.articles.map((article) => article.tags)).to.deep.equal([[], []]);
    });

    it('reads a WordPress locale and gives an item without authors (null or []) the feed\'s', () => {
      const { feed, warnings } = parseNoting(jsonFeed([item({ id: 'a', language: 'id_ID', authors: null }), item({ id: 'b', authors: [] })], { authors: [{ name: 'Redaksi' }] }));
      expect(warnings).to.deep.equal([]);
      expect(feed.articles.map((article) => [article.language, article.authors])).to.deep.equal([['id-ID', [{ name: 'Redaksi' }]], [undefined, [{ name: 'Redaksi' }]]]);
    });

    it('reports wrong villages and milestones in the extension', () => {
      const { feed, warnings } = parseNoting(
        jsonFeed([], {
          _infest: { programs: [{ id: 'p', title: 'P', phases: [{ id: 'f', title: 'F', start: '2023', villages: [3, 'Sendangrejo'], milestones: [{}, 'Musdes'] }] }] },
        }),
      );
      expectWarning(warnings, 'wrong-type', '$._infest.programs[0].phases[0].villages[0]', '3', 'a village must be a name or an object with a "name"');
      expectWarning(warnings, 'wrong-type', '$._infest.programs[0].phases[0].milestones[0]', '{}', 'a milestone must be a text or an object with a "title"');
      const phase = only(only(feed.programs).phases);
      expect(phase.villages).to.deep.equal(['Sendangrejo']);
      expect(phase.milestones).to.deep.equal([{ title: 'Musdes' }]);
    });

    it('quotes keys that are not identifiers in the path', () => {
      const { warnings } = parseNoting([{ id: 5, link: 'https://example.org/p/', title: { rendered: 'P' }, _embedded: { 'wp:term': 'air' } }]);
      expectWarning(warnings, 'wrong-type', "$[0]._embedded['wp:term']", '"air"', 'expected an array, got a string');
      const { warnings: titled } = parseNoting([{ id: 5, link: 'https://example.org/p/', title: 7 }]);
      expectWarning(titled, 'wrong-type', '$[0].title', '7', 'expected an object, got a number');
    });
  });

  describe('missing-field, unknown-version', () => {
    it('reports a missing version, title and content', () => {
      const { feed, warnings } = parseNoting({ items: [{ id: 'a', title: 'Judul' }] });
      expectWarning(warnings, 'missing-field', '$.version', '"version": "https://jsonfeed.org/version/1.1"', 'read as 1.1');
      expectWarning(warnings, 'missing-field', '$.title', '"title"', 'a JSON Feed needs');
      expectWarning(warnings, 'missing-field', '$.items[0]', '"content_html"', 'JSON Feed requires one of them');
      expect(feed.format).to.equal('json-feed-1.1');
      expect(only(feed.articles).title).to.equal('Judul');
    });

    it('reports programs and phases without a title and shows their id', () => {
      const { feed, warnings } = parseNoting(jsonFeed([], { _infest: { programs: [{ id: 'air-desa', phases: [{ id: 'pemetaan', start: '2023' }] }] } }));
      expectWarning(warnings, 'missing-field', '$._infest.programs[0].title', '"air-desa"', 'its id is shown instead');
      expectWarning(warnings, 'missing-field', '$._infest.programs[0].phases[0].title', '"pemetaan"', 'its id is shown instead');
      const program = only(feed.programs);
      expect(program.title).to.equal('air-desa');
      expect(only(program.phases).title).to.equal('pemetaan');
    });

    it('reads a near miss of a known version as that version and says how to write it', () => {
      for (const [version, format, exact] of [
        ['http://jsonfeed.org/version/1', 'json-feed-1.0', 'https://jsonfeed.org/version/1"'],
        ['https://jsonfeed.org/version/1.0', 'json-feed-1.0', 'https://jsonfeed.org/version/1"'],
        ['https://jsonfeed.org/version/1.1/', 'json-feed-1.1', 'https://jsonfeed.org/version/1.1"'],
      ] as const) {
        const { feed, warnings } = parseNoting(jsonFeed([], { version }));
        expectWarning(warnings, 'unknown-version', '$.version', `"${version}"`, exact);
        expect(feed.format).to.equal(format);
      }
    });

    it('reads an unknown version as 1.1 and says so', () => {
      const { feed, warnings } = parseNoting(jsonFeed([], { version: 'https://jsonfeed.org/version/2' }));
      expectWarning(warnings, 'unknown-version', '$.version', '"https://jsonfeed.org/version/2"', '(1 or 1.1); read as 1.1');
      expect(feed.format).to.equal('json-feed-1.1');
    });
  });

  describe('unknown-field', () => {
    const program = {
      id: 'air-desa',
      title: 'Air Desa',
      pengelola: 'Desa',
      phases: [{ id: 'pemetaan', title: 'Pemetaan', start: '2021', selesai: '2022', milestones: [{ title: 'Peta', tanggal: '2021-05' }] }],
    };
    const { feed, warnings } = parseNoting(
      jsonFeed([item({ id: 'a', _infest: { programme: 'air-desa', phase: 'pemetaan' } })], { _infest: { programs: [program], program: [] } }),
    );

    it('names each key of the _infest extension it does not know, and the one meant where it can tell', () => {
      const unknown = warnings.filter((warning) => warning.code === 'unknown-field').map((warning) => [warning.path, warning.message]);
      expect(unknown).to.deep.equal([
        ['$._infest.program', '"program" is not a field of a feed\'s _infest, so it was not used; did you mean "programs"?'],
        ['$._infest.programs[0].pengelola', '"pengelola" is not a field of a program, so it was not used; the fields are "id", "title", "region", "summary", "url", "phases"'],
        ['$._infest.programs[0].phases[0].selesai', '"selesai" is not a field of a phase, so it was not used; did you mean "end"?'],
        ['$._infest.programs[0].phases[0].milestones[0].tanggal', '"tanggal" is not a field of a milestone, so it was not used; did you mean "date"?'],
        ['$.items[0]._infest.programme', '"programme" is not a field of an item\'s _infest, so it was not used; did you mean "program"?'],
      ]);
      expect(feed.programs[0]!.phases[0]).to.not.have.property('end');
    });

    it('reads a year written as a number, saying to write it as text; an unusable end makes the phase ongoing, and says so', () => {
      const phases = [{ id: 'a', title: 'A', start: 2018, end: '2018-13' }];
      const result = parseNoting(jsonFeed([], { _infest: { programs: [{ id: 'p', title: 'P', phases }] } }));
      expect(result.feed.programs[0]!.phases[0]!.start).to.deep.equal({ precision: 'year', year: 2018, iso: '2018' });
      expectWarning(result.warnings, 'wrong-type', '$._infest.programs[0].phases[0].start', '2018 is a number', 'write dates as text ("2018")');
      expectWarning(result.warnings, 'invalid-date', '$._infest.programs[0].phases[0].end', '"2018-13" is not a date, so the phase is shown as ongoing', 'use a year (2018)');
    });

    it('reads villages written as one comma-separated text, saying to write a list', () => {
      const phases = [{ id: 'a', title: 'A', start: '2018', villages: 'Pondok, Bringinan,  Pager ,' }];
      const result = parseNoting(jsonFeed([], { _infest: { programs: [{ id: 'p', title: 'P', phases }] } }));
      expect(result.feed.programs[0]!.phases[0]!.villages).to.deep.equal(['Pondok', 'Bringinan', 'Pager']);
      expectWarning(result.warnings, 'wrong-type', '$._infest.programs[0].phases[0].villages', 'is a string', 'write an array');
    });

    it('flags a phase date that is read but not written as the schema says', () => {
      const phases = [{ id: 'a', title: 'A', start: ' 2018 ', end: 'Tue, 02 Nov 2021 10:00:00 +0700' }];
      const result = parseNoting(jsonFeed([], { _infest: { programs: [{ id: 'p', title: 'P', phases }] } }));
      expectWarning(result.warnings, 'date-not-rfc3339', '$._infest.programs[0].phases[0].start', 'a date with spaces around it', 'write e.g. 2018');
      expectWarning(result.warnings, 'date-not-rfc3339', '$._infest.programs[0].phases[0].end', 'an RSS (RFC 2822) date', 'it was read as 2021-11-02T10:00:00+07:00');
    });
  });

  describe('unknown-reference, date-order', () => {
    it('reports items that name a program or phase the feed does not define', () => {
      const { feed, warnings } = parseNoting(
        jsonFeed(
          [
            item({ id: 'a', _infest: { program: 'nope' } }),
            item({ id: 'b', _infest: { program: 'air-desa', phase: 'panen' } }),
            item({ id: 'c', _infest: { phase: 'pemetaan' } }),
            item({ id: 'd', _infest: { program: 'air-desa', phase: 'pemetaan' } }),
          ],
          { _infest: { programs: [{ id: 'air-desa', title: 'Air Desa', phases: [{ id: 'pemetaan', title: 'Pemetaan', start: '2023' }] }] } },
        ),
      );
      expectWarning(warnings, 'unknown-reference', '$.items[0]._infest.program', '"nope"', 'is not defined in _infest.programs');
      expectWarning(warnings, 'unknown-reference', '$.items[1]._infest.phase', '"panen"', 'is not a phase of program "air-desa"');
      expectWarning(warnings, 'unknown-reference', '$.items[2]._infest.phase', '"pemetaan"', 'add "program" too');
      expect(warnings.filter((warning) => warning.path.startsWith('$.items[3]'))).to.deep.equal([]);
      // The references stay on the articles; only the warning tells.
      expect(feed.articles[0]!.program).to.equal('nope');
    });

    it('says so when an item names a phase that was dropped, not that the id is unknown', () => {
      const programs = [{ id: 'air-desa', title: 'Air Desa', phases: [{ id: 'a', title: 'A', start: '2023' }, { id: 'panen', title: 'Panen' }] }];
      const { warnings } = parseNoting(jsonFeed([item({ id: 'b', _infest: { program: 'air-desa', phase: 'panen' } })], { _infest: { programs } }));
      expectWarning(warnings, 'item-dropped', '$._infest.programs[0].phases[1]', '"panen"', 'no start date');
      expectWarning(warnings, 'unknown-reference', '$.items[0]._infest.phase', '"panen" of program "air-desa" was dropped', 'at $._infest.programs[0].phases[1]');
    });

    it('matches program and phase links with ids as written: inner spaces count, outer ones do not', () => {
      const programs = [{ id: ' dana  desa ', title: 'Dana Desa', phases: [{ id: 'fase  1', title: 'Fase 1', start: '2023' }] }];
      const { feed, warnings } = parseNoting(jsonFeed([item({ id: 'b', _infest: { program: 'dana  desa', phase: ' fase  1' } })], { _infest: { programs } }));
      expect(warnings.filter((warning) => warning.code === 'unknown-reference')).to.deep.equal([]);
      expect(feed.articles[0]).to.include({ program: 'dana  desa', phase: 'fase  1' });
    });

    it('reports a phase that ends before it starts', () => {
      const { feed, warnings } = parseNoting(
        jsonFeed([], {
          _infest: {
            programs: [
              {
                id: 'p',
                title: 'P',
                phases: [
                  { id: 'mundur', title: 'Mundur', start: '2023-03', end: '2022' },
                  // Same month at two precisions is not backwards.
                  { id: 'sebulan', title: 'Sebulan', start: '2023-05-31', end: '2023-05' },
                ],
              },
            ],
          },
        }),
      );
      expectWarning(warnings, 'date-order', '$._infest.programs[0].phases[0].end', 'ends (2022)', 'before it starts (2023-03)');
      expect(warnings.filter((warning) => warning.path.includes('phases[1]'))).to.deep.equal([]);
      expect(only(feed.programs).phases.map((phase) => phase.id)).to.deep.equal(['mundur', 'sebulan']);
    });
  });

  describe('text-before-json, text-after-json', () => {
    const feedText = JSON.stringify(jsonFeed([item({ id: 'a', title: 'Satu' })]));
    const htmlErrors =
      '<br />\n<b>Deprecated</b>:  Creation of dynamic property Foo::$bar is deprecated in <b>/var/www/html/wp-content/plugins/foo/foo.php</b> on line <b>12</b><br />\n' +
      '<br />\n<b>Warning</b>:  Undefined array key "x" in <b>/var/www/html/wp-includes/y.php</b> on line <b>7</b><br />\n';

    it('reads the JSON behind PHP messages a server printed before it, and says how to stop them', () => {
      const warnings = new Warnings();
      const json = parseJsonText(htmlErrors + feedText, warnings);
      for (const warning of warnings.list) seen.add(warning.code);
      expect(parseFeed(json).feed.articles.map((article) => article.title)).to.deep.equal(['Satu']);
      expectWarning(warnings.list, 'text-before-json', '$', '"Deprecated: Creation of dynamic property Foo::$bar', 'Turn display_errors off');
      expect(warnings.list).to.have.length(1);
    });

    it('reads them without HTML too', () => {
      const warnings = new Warnings();
      parseJsonText(`\nPHP Notice:  Undefined index: x in /srv/a.php on line 3\n${feedText}`, warnings);
      expectWarning(warnings.list, 'text-before-json', '$', '"PHP Notice: Undefined index: x in /srv/a.php on line 3"', 'WP_DEBUG_DISPLAY');
    });

    it("reads the JSON before a page cache's HTML comments (LiteSpeed Cache), and says which setting adds them", () => {
      const warnings = new Warnings();
      const json = parseJsonText(`${feedText}<!-- Page generated by LiteSpeed Cache 3.6.1 on 2021-11-02 10:00:00 -->\n<!-- cached -->\n`, warnings);
      for (const warning of warnings.list) seen.add(warning.code);
      expect(parseFeed(json).feed.articles.map((article) => article.title)).to.deep.equal(['Satu']);
      expectWarning(warnings.list, 'text-after-json', '$', '"<!-- Page generated by LiteSpeed Cache 3.6.1', 'page-cache plugin');
      expect(warnings.list).to.have.length(1);
    });

    it('still refuses text after the JSON that is not a comment, or broken JSON before a comment', () => {
      expect(() => parseJsonText(`${feedText} trailing words`)).to.throw(JsonSyntaxError, 'not valid JSON');
      expect(() => parseJsonText(`${feedText.slice(0, -1)}<!-- cached -->`)).to.throw(JsonSyntaxError, 'not valid JSON');
    });

    it('quotes a fatal error that came instead of the JSON', () => {
      const fatal = '<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function foo() in <b>/var/www/x.php</b> on line <b>9</b><br />';
      expect(() => parseJsonText(fatal)).to.throw(JsonSyntaxError, 'it is a PHP error from the server, not JSON: "Fatal error: Uncaught Error');
    });

    it('says UTF-16 text is UTF-16, with or without a byte order mark, either byte order', () => {
      const json = '{"version": "https://jsonfeed.org/version/1.1", "items": []}';
      // As a file or a response body, read as UTF-8 (this runs in Node and in the browser: no Buffer).
      const readAsUtf8 = (littleEndian: boolean, bom: boolean): string => {
        const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: json.length }, (_unit, index) => json.charCodeAt(index))];
        const bytes = units.flatMap((unit) => (littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
        return new TextDecoder().decode(new Uint8Array(bytes));
      };
      for (const [littleEndian, bom] of [[true, false], [false, false], [true, true], [false, true]] as const) {
        expect(() => parseJsonText(readAsUtf8(littleEndian, bom)), `little endian: ${String(littleEndian)}, BOM: ${String(bom)}`).to.throw(
          JsonSyntaxError,
          'it is UTF-16 text, not UTF-8 as JSON must be; save or serve the feed as UTF-8',
        );
      }
      expect(() => parseJsonText('{"a": 1,}')).to.throw(JsonSyntaxError, 'not valid JSON');
    });

    it('reads JSON behind byte order marks among blank lines (PHP files saved with one, each printing it)', () => {
      for (const text of [`\uFEFF${feedText}`, `\n\uFEFF${feedText}`, `\uFEFF\uFEFF\r\n${feedText}`]) {
        expect(parseFeed(parseJsonText(text)).feed.articles, JSON.stringify(text.slice(0, 4))).to.have.lengthOf(1);
      }
    });

    it("says a JSONP answer is JSONP and to take its callback out of the URL (WordPress's ?_jsonp=)", () => {
      for (const [text, name] of [[`/**/cb(${feedText})`, 'cb'], [`jQuery3310_1({"a":1});`, 'jQuery3310_1']] as const) {
        expect(() => parseJsonText(text)).to.throw(JsonSyntaxError, `it is JSONP (the JSON wrapped in a call of ${name}(…)), not JSON; take _jsonp= or callback= out of the feed URL`);
      }
    });

    it('names what came instead of JSON by its first element: a page, an RSS or Atom feed, an SVG image, other XML', () => {
      const cases = [
        ['<!DOCTYPE html><html><body>Not Found</body></html>', 'it is HTML (a web page or an error page?), not JSON'],
        ['<?xml version="1.0"?>\n<!-- generator --><rss version="2.0"><channel/></rss>', 'it is XML (an RSS or Atom feed?), not JSON'],
        ['<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"/>', 'it is XML (an RSS or Atom feed?), not JSON'],
        ['<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>', 'it is an SVG image, not JSON'],
        ['<svg viewBox="0 0 1 1"></svg>', 'it is an SVG image, not JSON'],
        ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', 'it is HTML (a web page or an error page?), not JSON'],
        ['<?xml version="1.0"?><sitemapindex/>', 'it is XML, not JSON'],
      ] as const;
      for (const [text, says] of cases) expect(() => parseJsonText(text), text).to.throw(JsonSyntaxError, says);
    });

    it('leaves text that only looks like one to the JSON error', () => {
      expect(() => parseJsonText('Warning: the feed moved')).to.throw(JsonSyntaxError, 'not valid JSON');
      expect(() => parseJsonText(`Notice: x on line 3 {"version": `)).to.throw(JsonSyntaxError, 'PHP error');
    });
  });

  describe('local-url', () => {
    const linking = (...urls: string[]) => jsonFeed(urls.map((url, index) => item({ id: String(index), url })));

    it('says once when articles link to a development server or a private address, however the feed came', () => {
      for (const baseUrl of [undefined, 'https://blog.example.id/index.json']) {
        const { feed, warnings } = parseNoting(linking('http://localhost:1313/posts/a/', 'http://192.168.1.5/b', 'https://blog.example.id/c'), baseUrl ? { baseUrl } : {});
        expectWarning(warnings, 'local-url', '$', '2 articles link to a site readers cannot reach, such as http://localhost:1313/posts/a/', 'Hugo: baseURL');
        expect(feed.articles[0]!.url, 'the links stay').to.equal('http://localhost:1313/posts/a/');
      }
    });

    it("flags Hugo's example.org in a fetched feed, not in a file (samples use it on purpose), nor on a site in development", () => {
      expectWarning(parseNoting(linking('https://example.org/posts/a/'), { baseUrl: 'https://myblog.netlify.app/index.json' }).warnings, 'local-url', '$', 'such as https://example.org/posts/a/', 'public address');
      expect(parseNoting(linking('https://example.org/posts/a/')).warnings).to.deep.equal([]);
      expect(parseNoting(linking('http://localhost:1313/a/'), { baseUrl: 'http://localhost:1313/index.json' }).warnings).to.deep.equal([]);
      expect(parseNoting(linking('https://infest.or.id/a/', 'https://localhost.example.id/b'), { baseUrl: 'https://infest.or.id/feed.json' }).warnings).to.deep.equal([]);
    });
  });

  describe('a feed too large to be read item by item', () => {
    it(`reads the first ${String(MAX_ITEMS)} items of a JSON Feed or a posts array, and says how many were left`, () => {
      const count = MAX_ITEMS + 50;
      const items: unknown[] = [];
      for (let index = 0; index < count; index++) items.push(item({ id: String(index) }));
      const { feed, warnings } = parseNoting(jsonFeed(items));
      expect(feed.articles).to.have.lengthOf(MAX_ITEMS);
      expect(feed.articles.at(-1)!.id).to.equal(String(MAX_ITEMS - 1));
      expectWarning(warnings, 'item-dropped', `$.items[${String(MAX_ITEMS)}]`, `the feed has ${String(count)} items`, 'link the next page with next_url');
      const posts = items.map((_, index) => ({ id: index + 1, link: `https://site.example/${String(index)}/`, title: { rendered: 'T' } }));
      const wordpress = parseNoting(posts);
      expect(wordpress.feed.articles).to.have.lengthOf(MAX_ITEMS);
      expectWarning(wordpress.warnings, 'item-dropped', `$[${String(MAX_ITEMS)}]`, `the feed has ${String(count)} items`, 'only the first');
    });

    it(`lists ${String(MAX_WARNINGS_PER_CODE)} warnings of a code at most, then how many more there were`, () => {
      const items: unknown[] = [];
      for (let index = 0; index < 250; index++) items.push(item({ id: String(index), url: `/p/${String(index)}`, date_published: 'kemarin' }));
      const { feed, warnings } = parseNoting(jsonFeed(items));
      expect(feed.articles).to.have.lengthOf(250);
      for (const [code, firstPath] of [['relative-url', '$.items[0].url'], ['invalid-date', '$.items[0].date_published']] as const) {
        const ofCode = warnings.filter((warning) => warning.code === code);
        expect(ofCode, code).to.have.lengthOf(MAX_WARNINGS_PER_CODE + 1);
        expect(ofCode[0]!.path).to.equal(firstPath);
        expect(ofCode.at(-1)).to.deep.equal({ code, path: '$', message: `150 more "${code}" problems like the ones above were not listed` });
      }
      // The summaries come last, after every warning listed.
      expect(warnings.slice(-2).map((warning) => warning.path)).to.deep.equal(['$', '$']);
    });
  });

  // Last: mocha runs a suite's own tests before its child suites.
  describe('coverage', () => {
    it('produces every warning code in the tests above', () => {
      expect(listsEveryCode).to.equal(true);
      expect([...seen].sort()).to.deep.equal([...allCodes].sort());
    });
  });
});
