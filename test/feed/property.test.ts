import { expect } from 'chai';
import fc from 'fast-check';
import { FeedError, parseFeed } from '../../src/feed/index.js';
import type { ParseOptions, ParseResult } from '../../src/feed/index.js';
import wordPressJsonFeed from '../fixtures/wordpress-json-feed.json' with { type: 'json' };
import wordPressRest from '../fixtures/wordpress-rest-embed.json' with { type: 'json' };
import jsonFeed10 from '../fixtures/json-feed-1.0.json' with { type: 'json' };
import infestFeed from '../fixtures/infest-feed.json' with { type: 'json' };
import { allCodes } from './helpers.js';

const RUNS = { numRuns: 300 };

const urlLike = fc.constantFrom(
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:redaksi@example.org',
  '&#106;avascript:alert(1)',
  '/relatif/halaman',
  '//cdn.example.com/a.png',
  '?page=2',
  'http://',
  'https://exa mple.org/',
  'https://example.org/ok',
  'http://example.com/ok?a=1&b=2',
);

// Markup only: an escaped "&lt;script&gt;" is text about a script tag and stays as such.
const htmlLike = fc.constantFrom(
  '<script>alert(1)</script>',
  '<ScRiPt src="//x.example.com/a.js"></sCrIpT >',
  '<script/>alert(1)</script>',
  '<p>awal<script>alert(1)',
  '<svg><script>alert(1)</script></svg>',
  '<!--<script>alert(1)</script>-->',
  '<a title="<script>">tautan</a>',
  '<<script>script>alert(1)<</script>/script>',
  '<scr<script>ipt>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&#8217;&hellip;&#0;&#xD800;&#150;',
);

const dateLike = fc.constantFrom('2021-13-45', '2021-11-02', '2021-11-02T10:00:00', '2016-12-31T23:59:60.5Z', '0000-02-29', '2023', '2023-07', '');

const fieldName = fc.constantFrom(
  'id', 'url', 'external_url', 'title', 'summary', 'content_html', 'content_text', 'image', 'banner_image',
  'date_published', 'date_modified', 'authors', 'author', 'name', 'avatar', 'tags', 'language', 'items',
  'version', 'next_url', 'feed_url', 'home_page_url', '_infest', 'programs', 'phases', 'start', 'end',
  'program', 'phase', 'category', 'image_alt', 'villages', 'milestones', 'link', 'rendered', 'protected',
  '_embedded', 'wp:featuredmedia', 'wp:term', 'source_url', 'media_details', 'sizes', 'avatar_urls', 'date_gmt',
);

// What JSON can hold but a string conversion cannot take: an object whose toString and valueOf
// are numbers ("Cannot convert object to primitive value"); and what code can hand over as
// `feed`: an object without a prototype.
// (Made anew each time: mutations may change them.)
const unconvertible = fc.constantFrom('{"toString":1,"valueOf":2}', '[{"toString":1,"valueOf":2}]', null).map((json): unknown => (json === null ? Object.create(null) : JSON.parse(json)));

const tricky = fc.oneof(urlLike, htmlLike, dateLike, unconvertible);

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  tricky,
  fc.array(fc.oneof(tricky, fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }),
  fc.dictionary(fieldName, fc.oneof(tricky, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 4 }),
);

const options: fc.Arbitrary<ParseOptions> = fc
  .tuple(fc.option(fc.oneof(urlLike, fc.webUrl(), fc.string())), fc.option(fc.oneof(urlLike, fc.webUrl(), fc.string())))
  .map(([baseUrl, nextUrl]) => ({ ...(baseUrl === null ? {} : { baseUrl }), ...(nextUrl === null ? {} : { nextUrl }) }));

type Container = Record<string, unknown> | unknown[];

function isContainer(node: unknown): node is Container {
  return typeof node === 'object' && node !== null;
}

/** Every container in `root`, `root` first. */
function containers(root: unknown): Container[] {
  if (!isContainer(root)) return [];
  return [root, ...Object.values(root).flatMap(containers)];
}

// defineProperty, so that a "__proto__" key is an own field as in parsed JSON.
function setField(parent: Container, key: string | number, field: unknown): void {
  Object.defineProperty(parent, key, { value: field, enumerable: true, writable: true, configurable: true });
}

interface Mutation {
  readonly pick: number;
  readonly action: 'replace' | 'insert' | 'delete';
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  action: fc.constantFrom('replace', 'insert', 'delete'),
  key: fc.oneof(fieldName, fc.string({ maxLength: 5 })),
  value,
});

/** A deep copy that keeps a missing prototype and "__proto__" keys (structuredClone does neither). */
function copy(node: unknown): unknown {
  if (!isContainer(node)) return node;
  if (Array.isArray(node)) return node.map(copy);
  const out = Object.getPrototypeOf(node) === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [key, field] of Object.entries(node)) setField(out, key, copy(field));
  return out;
}

function mutate(root: unknown, { pick, action, key, value: generated }: Mutation): void {
  // A copy: the property runs again on the same generated values while shrinking.
  const field = copy(generated);
  const all = containers(root);
  const parent = all[pick % all.length]!;
  const keys = Object.keys(parent);
  const existing = keys[pick % Math.max(keys.length, 1)];
  if (Array.isArray(parent)) {
    const index = pick % (parent.length + 1);
    if (action === 'insert') parent.splice(index, 0, field);
    else if (action === 'delete') parent.splice(index, 1);
    else if (index < parent.length) parent[index] = field;
  } else if (action === 'insert') {
    setField(parent, key, field);
  } else if (existing !== undefined) {
    if (action === 'delete') Reflect.deleteProperty(parent, existing);
    else setField(parent, existing, field);
  }
}

const sources: readonly [unknown, ParseOptions][] = [
  [wordPressJsonFeed, {}],
  [jsonFeed10, { baseUrl: 'https://example.com/kabar/feed.json' }],
  [infestFeed, {}],
  [wordPressRest, { baseUrl: 'https://example.org/wp-json/wp/v2/posts?_embed', nextUrl: 'https://example.org/wp-json/wp/v2/posts?_embed&page=2' }],
];

/** JSON Feed's plain-text fields in `input` (content_text, title, summary): text, so kept as written. */
const plainTextKeys = new Set(['content_text', 'title', 'summary']);
function plainTexts(node: unknown): string[] {
  if (!isContainer(node)) return [];
  return Object.entries(node).flatMap(([key, field]) => (plainTextKeys.has(key) && typeof field === 'string' ? [field] : plainTexts(field)));
}

function checkResult({ feed, warnings }: ParseResult, input: unknown): void {
  const urls = [feed.homePageUrl, feed.feedUrl, feed.nextUrl, ...feed.programs.map((program) => program.url)];
  for (const article of feed.articles) {
    urls.push(article.url, article.externalUrl, article.image?.url, article.bannerImage?.url);
    for (const author of article.authors) urls.push(author.url, author.avatar);
  }
  for (const url of urls) {
    if (url === undefined) continue;
    expect(url).to.be.a('string').and.match(/^https?:/);
    expect(new URL(url).href).to.equal(url);
  }
  // Markup from HTML fields never survives into titles or summaries. A plain-text field that
  // reads "<script>" is text about a script tag, and says so.
  const scriptAsText = plainTexts(input).some((text) => /<script/i.test(text));
  for (const text of [feed.title, ...feed.articles.flatMap((article) => [article.title, article.summary])]) {
    expect(text).to.be.a('string');
    if (!scriptAsText) expect(text).to.not.match(/<script/i);
  }
  const ids = feed.articles.map((article) => article.id);
  expect(new Set(ids).size).to.equal(ids.length);
  for (const warning of warnings) {
    expect(allCodes).to.include(warning.code);
    expect(warning.path).to.match(/^\$/);
    expect(warning.message).to.be.a('string').and.not.equal('');
  }
}

/** parseFeed either returns a result that keeps the invariants or throws a FeedError. */
function parsesSafely(input: unknown, parseOptions: ParseOptions): void {
  let result: ParseResult;
  try {
    result = parseFeed(input, parseOptions);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return;
  }
  checkResult(result, input);
}

describe('parseFeed on any input', () => {
  it('keeps the invariants on every fixture', () => {
    for (const [input, parseOptions] of sources) checkResult(parseFeed(input, parseOptions), input);
  });

  it('takes, in every field of every fixture, an object that no string or number conversion can take', () => {
    const hostile = '{"toString":1,"valueOf":2}';
    let fields = 0;
    for (const [source, sourceOptions] of sources) {
      containers(source).forEach((container, index) => {
        for (const key of Object.keys(container)) {
          const input = copy(source);
          const target = containers(input)[index]!;
          if (Array.isArray(target)) target[Number(key)] = JSON.parse(hostile);
          else setField(target, key, JSON.parse(hostile));
          parsesSafely(input, sourceOptions);
          fields++;
        }
      });
    }
    expect(fields).to.be.above(200);
  });

  it('throws nothing but FeedError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), value), options, (input, parseOptions) => {
        parsesSafely(input, parseOptions);
      }),
      RUNS,
    );
  });

  it('throws nothing but FeedError on arbitrary JSON under a feed envelope', () => {
    const envelope = fc.record({
      version: fc.oneof(fc.constant('https://jsonfeed.org/version/1.1'), value),
      items: fc.array(fc.oneof(value, fc.dictionary(fieldName, fc.oneof(tricky, value), { maxKeys: 8 })), { maxLength: 4 }),
      _infest: value,
    });
    fc.assert(
      fc.property(envelope, options, (input, parseOptions) => {
        parsesSafely(input, parseOptions);
      }),
      RUNS,
    );
  });

  it('throws nothing but FeedError on mutated valid feeds, and keeps URLs http(s) and titles script-free', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.option(options),
        (index, mutations, parseOptions) => {
          const [source, sourceOptions] = sources[index]!;
          const input: unknown = structuredClone(source);
          for (const change of mutations) mutate(input, change);
          parsesSafely(input, parseOptions ?? sourceOptions);
        },
      ),
      RUNS,
    );
  });
});
