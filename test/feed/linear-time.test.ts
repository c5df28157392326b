import { expect } from 'chai';
import { htmlToText, parseFeed } from '../../src/feed/index.js';
import { parseJsonText } from '../../src/feed/json-text.js';
import { findArticleByUrl } from '../../src/feed/related-selection.js';
import { findArticle } from '../../src/feed/select.js';
import { pastedValue } from '../../src/feed/pasted-value.js';
import { timelinePhases } from '../../src/feed/timeline-selection.js';
import { postText } from '../../src/feed/wordpress-markup.js';
import { article, jsonFeed } from './helpers.js';

/**
 * Inputs shaped to make a pattern or a duplicate check retry what it already saw. Each is
 * timed against benign input of the same size in the same run: before these fixes, each
 * hostile case took between one second and minutes at these sizes; now each is linear.
 */

const SIZE = 30_000;

/** Median milliseconds of three runs of `run`, after one to warm up. */
function time(run: () => unknown): number {
  run();
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return runs.sort((a, b) => a - b)[1]!;
}

function expectLinear(hostile: () => unknown, benign: () => unknown): void {
  const base = time(benign);
  expect(time(hostile), `ms (benign input of the same size: ${base.toFixed(1)} ms)`).to.be.below(Math.max(20 * base, 100));
}

describe('reading hostile input takes time linear in its size', () => {
  it('a language tag of thousands of variants, dropped as no tag', () => {
    const tag = `en-${Array.from({ length: 8000 }, (_, i) => `v${i.toString(36).padStart(4, '0')}`).join('-')}`;
    const { feed, warnings } = parseFeed(jsonFeed([{ id: 'a', content_text: 'a', language: tag }]));
    expect(feed.articles[0]!.language).to.equal(undefined);
    expect(warnings.map((warning) => warning.code)).to.deep.equal(['wrong-type']);
  });

  it('"Baca juga" before links that never close, or before a run of tags', () => {
    const count = SIZE / 10;
    expectLinear(
      () => postText('<p>Baca juga: <a href="/x">'.repeat(count)),
      () => postText('<p>Bacalah dia: <b href="/x">'.repeat(count)),
    );
    expectLinear(
      () => postText(`<p>Baca juga: ${'<b>'.repeat(SIZE)}`),
      () => postText(`<p>Bacalah dia ${'<b>'.repeat(SIZE)}`),
    );
    expect(postText('<p>Baca juga: <a href="/x">Lain</a></p><p>Isi.</p>')).to.equal('Isi.');
  });

  it('blocks with only spaces between them, each asking whether the text ends a line', () => {
    const count = SIZE;
    expectLinear(
      () => htmlToText('<div> </div>'.repeat(count), { multiline: true }),
      () => htmlToText('<div>x</div>'.repeat(count), { multiline: true }),
    );
    expect(htmlToText('<div> </div><li> </li><div>a</div> <div>b</div>', { multiline: true })).to.equal('a\nb');
  });

  it('a tag name running into an unclosed quote, in any text field', () => {
    expectLinear(
      () => htmlToText(`<${'a'.repeat(SIZE)} "`, { plain: true }),
      () => htmlToText(`<${'a'.repeat(SIZE)} >`, { plain: true }),
    );
    expect(htmlToText(`x <a href="y>z`)).to.equal('x');
    expect(htmlToText(`x <b title="a>b">y</b>`)).to.equal('x y');
  });

  it('a footnote reference whose link tag never closes, full of in-page links', () => {
    const hrefs = ' href=#a'.repeat(SIZE / 8);
    expectLinear(
      () => htmlToText(`x<sup><a${hrefs}`, { multiline: true }),
      () => htmlToText(`x<sup><b${hrefs}`, { multiline: true }),
    );
    expect(htmlToText(`x<sup><a href=#a${hrefs}>1</a></sup>.`)).to.equal('x.');
  });

  it('a WordPress REST index whose site URL is thousands of slashes, or whose error says megabytes', () => {
    const index = (url: string) => () => {
      expect(() => parseFeed({ namespaces: [], routes: {}, url })).to.throw(/index of a WordPress REST API/);
    };
    expectLinear(index(`${'/'.repeat(SIZE)}x`), index(`${'y'.repeat(SIZE)}x`));
    let message = '';
    try {
      parseFeed({ namespaces: [], routes: {}, url: `https://site.example/${'/'.repeat(SIZE)}` });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.include("the posts are at the site's address + /wp-json/wp/v2/posts?_embed").and.have.length.below(300);
    expect(() => parseFeed({ namespaces: [], routes: {}, url: 'https://site.example///' })).to.throw('the posts are at https://site.example/wp-json/wp/v2/posts?_embed');
    expect(() => parseFeed({ code: 'x'.repeat(SIZE), message: 'y'.repeat(SIZE), data: { status: 500 } })).to.throw(/^\$: the site answered with a WordPress error instead of posts: x{77}… \(HTTP 500\): y{197}…$/);
  });

  it('a URL that ends in thousands of slashes, looked up as an article', () => {
    const feed = { articles: [article({ id: 'a', title: 'A', url: 'https://a.example/x' })] };
    const slashes = `https://a.example/${'/'.repeat(SIZE)}x`;
    const letters = `https://a.example/${'y'.repeat(SIZE)}x`;
    expectLinear(() => findArticle(feed, slashes), () => findArticle(feed, letters));
    expectLinear(() => findArticleByUrl(feed, slashes), () => findArticleByUrl(feed, letters));
    expect(findArticle(feed, 'https://a.example/x//#top')?.id).to.equal('a');
    expect(findArticleByUrl(feed, 'https://a.example/x///?utm_source=wa')?.id).to.equal('a');
  });

  it('a PHP warning full of "<" before the JSON', () => {
    const json = JSON.stringify(jsonFeed([{ id: '1', title: 'A', content_text: 'a' }]));
    expectLinear(
      () => parseJsonText(`Warning: ${'<'.repeat(SIZE)} on line 3\n${json}`),
      () => parseJsonText(`Warning: ${'x'.repeat(SIZE)} on line 3\n${json}`),
    );
  });

  it('text that is not JSON, full of "<!--" or ending in thousands of comments (a page cache adds one)', () => {
    const tryParse = (text: string) => () => {
      try {
        parseJsonText(text);
      } catch {
        // Refused, as it should be: only the time counts.
      }
    };
    expectLinear(tryParse(`{"a": ${'<!--'.repeat(SIZE)}`), tryParse(`{"a": ${'x'.repeat(SIZE * 4)}`));
    expectLinear(tryParse(`{"a": 1${'<!-- c -->'.repeat(SIZE)}`), tryParse(`{"a": 1${'x'.repeat(SIZE * 10)}`));
  });

  it('an attribute value padded with spaces inside', () => {
    expectLinear(() => pastedValue(`x${' '.repeat(SIZE)}x`), () => pastedValue(`x${'y'.repeat(SIZE)}x`));
    expect(pastedValue(' “a b” ')).to.equal('a b');
  });

  it('a program of thousands of phases over thousands of articles, each phase listing its own', () => {
    const count = 5000;
    // The articles are of 2020-01-01; phases of another day list none of them.
    const timeline = (phaseCount: number, day: string) => {
      const phases = Array.from({ length: phaseCount }, (_, index) => ({ id: `f${String(index)}`, title: 'F', start: day, end: day }));
      const items = Array.from({ length: count }, (_, index) => ({ id: `a${String(index)}`, content_text: 'a', date_published: '2020-01-01T12:00:00+07:00', _infest: { program: 'p' } }));
      const { feed } = parseFeed(jsonFeed(items, { _infest: { programs: [{ id: 'p', title: 'P', phases }] } }));
      return () => timelinePhases(feed, feed.programs[0]!, 0);
    };
    expectLinear(timeline(count, '2019-01-01'), timeline(50, '2019-01-01'));
    expect(timeline(3, '2020-01-01')().map((entry) => entry.articles.length)).to.deep.equal([count, count, count]);
  });

  describe('thousands of distinct entries where duplicates are dropped', () => {
    const COUNT = 20_000;
    const distinct = Array.from({ length: COUNT }, (_, index) => `t${String(index)}`);
    const same = Array.from({ length: COUNT }, () => 't');
    const item = { id: '1', title: 'A', content_text: 'a' };

    it('tags', () => {
      expectLinear(() => parseFeed(jsonFeed([{ ...item, tags: distinct }])), () => parseFeed(jsonFeed([{ ...item, tags: same }])));
    });

    it('villages of a phase', () => {
      const feedWith = (villages: string[]) => jsonFeed([item], { _infest: { programs: [{ id: 'p', title: 'P', phases: [{ id: 'f', title: 'F', start: '2020', villages }] }] } });
      expectLinear(() => parseFeed(feedWith(distinct)), () => parseFeed(feedWith(same)));
    });

    it('programs, and phases of a program', () => {
      const program = (id: string) => ({ id, title: id, phases: [] });
      expectLinear(() => parseFeed(jsonFeed([item], { _infest: { programs: distinct.map(program) } })), () => parseFeed(jsonFeed([item], { _infest: { programs: same.map(program) } })));
      const phases = (ids: string[]) => jsonFeed([item], { _infest: { programs: [{ id: 'p', title: 'P', phases: ids.map((id) => ({ id, title: id, start: '2020' })) }] } });
      expectLinear(() => parseFeed(phases(distinct)), () => parseFeed(phases(same)));
    });

    it('articles naming a program that is not there, among hundreds: each warning lists ten', () => {
      const programs = distinct.slice(0, 500).map((id) => ({ id, title: id, phases: [] }));
      const feedNaming = (program: string) => jsonFeed(distinct.slice(0, 5000).map((id) => ({ ...item, id, _infest: { program } })), { _infest: { programs } });
      expectLinear(() => parseFeed(feedNaming('missing')), () => parseFeed(feedNaming('t0')));
      const { warnings } = parseFeed(jsonFeed([{ ...item, _infest: { program: 'x' } }], { _infest: { programs } }));
      expect(warnings[0]?.message).to.equal('program "x" is not defined in _infest.programs ("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9" and 490 more); fix the id or add the program');
    });

    it('WordPress tags and categories', () => {
      const postWith = (names: string[]) => [
        {
          id: 1,
          date_gmt: '2021-11-02T03:00:00',
          link: 'https://site.example/x/',
          title: { rendered: 'A' },
          content: { rendered: 'a' },
          _embedded: { 'wp:term': [names.map((name) => ({ taxonomy: 'post_tag', name }))] },
        },
      ];
      expectLinear(() => parseFeed(postWith(distinct)), () => parseFeed(postWith(same)));
    });
  });
});
