import { expect } from 'chai';
import fc from 'fast-check';
import {
  DEFAULT_RELATED_LIMIT,
  findArticleByUrl,
  findCurrentArticle,
  latestArticles,
  latestFromProgram,
  samePage,
  selectRelated,
} from '../../src/feed/related-selection.js';
import type { Article, Program } from '../../src/feed/index.js';
import { article, date } from './helpers.js';

const ids = (articles: readonly Article[]): string[] => articles.map((item) => item.id);

const program: Program = { id: 'pmi', title: 'Pelindungan Pekerja Migran Indonesia dari Hulu', summary: '', phases: [] };

/** The current article and its neighbours; scores against `current` are in the comments. */
function sampleFeed(): { articles: Article[]; programs: Program[] } {
  return {
    programs: [program],
    articles: [
      article({ id: 'current', title: 'Kolaborasi Ponorogo', url: 'https://example.org/sampel/current/', tags: ['pekerja migran', 'desa'], program: 'pmi', phase: 'fase-2', published: date('2021-11-02') }),
      // 2 tags + program + phase = 8
      article({ id: 'best', title: 'A', tags: ['pekerja migran', 'desa'], program: 'pmi', phase: 'fase-2', published: date('2019-01-01') }),
      // 2 tags = 4, older
      article({ id: 'tie-old', title: 'B', tags: ['pekerja migran', 'desa'], published: date('2018-01-01') }),
      // 2 tags = 4, newer
      article({ id: 'tie-new', title: 'C', tags: ['pekerja migran', 'desa'], published: date('2023-01-01') }),
      // 1 tag = 2
      article({ id: 'weak', title: 'D', tags: ['desa'], published: date('2024-01-01') }),
      // 0
      article({ id: 'unrelated', title: 'E', tags: ['data'], published: date('2025-01-01') }),
    ],
  };
}

describe('samePage', () => {
  it('ignores the fragment, the query, trailing slashes and http vs https', () => {
    const page = 'https://example.org/sampel/kolaborasi/';
    expect(samePage(page, 'https://example.org/sampel/kolaborasi')).to.equal(true);
    expect(samePage(page, 'https://example.org/sampel/kolaborasi/#komentar')).to.equal(true);
    expect(samePage(page, 'https://example.org/sampel/kolaborasi/?utm_source=wa&fbclid=x')).to.equal(true);
    expect(samePage(page, 'http://EXAMPLE.org:80/sampel/kolaborasi//')).to.equal(true);
  });

  it('compares percent-escapes without regard to case', () => {
    expect(samePage('https://example.org/caf%c3%a9/', 'https://example.org/café')).to.equal(true);
  });

  it('tells different pages, hosts and non-URLs apart', () => {
    expect(samePage('https://example.org/a/', 'https://example.org/b/')).to.equal(false);
    expect(samePage('https://example.org/a/', 'https://example.com/a/')).to.equal(false);
    expect(samePage('https://example.org/A/', 'https://example.org/a/')).to.equal(false);
    expect(samePage('not a url', 'not a url')).to.equal(false);
    expect(samePage('javascript:alert(1)', 'javascript:alert(1)')).to.equal(false);
  });
});

describe('findArticleByUrl', () => {
  const feed = {
    articles: [
      article({ id: 'home', title: 'Beranda', url: 'https://example.org/' }),
      article({ id: 'pretty', title: 'Pretty', url: 'https://example.org/2021/11/kolaborasi/' }),
      article({ id: 'plain-1', title: 'Plain 1', url: 'https://blog.example.org/?p=1' }),
      article({ id: 'plain-2', title: 'Plain 2', url: 'https://blog.example.org/?p=2' }),
      article({ id: 'no-url', title: 'No URL' }),
    ],
  };

  it('finds the article of a page address with tracking parameters and a fragment', () => {
    expect(findArticleByUrl(feed, 'https://example.org/2021/11/kolaborasi?utm_source=facebook#komentar')?.id).to.equal('pretty');
  });

  it('needs the query of an article URL that has one, and prefers the most specific match', () => {
    expect(findArticleByUrl(feed, 'https://blog.example.org/?p=2&utm_medium=social')?.id).to.equal('plain-2');
    expect(findArticleByUrl(feed, 'https://blog.example.org/')).to.equal(undefined);
    expect(findArticleByUrl(feed, 'https://blog.example.org/?p=3')).to.equal(undefined);
  });

  it('finds nothing for another page, a relative URL without base, or garbage', () => {
    expect(findArticleByUrl(feed, 'https://example.org/tentang/')).to.equal(undefined);
    expect(findArticleByUrl(feed, '/2021/11/kolaborasi/')).to.equal(undefined);
    expect(findArticleByUrl(feed, '')).to.equal(undefined);
  });

  it('resolves a relative URL against the base', () => {
    expect(findArticleByUrl(feed, '/2021/11/kolaborasi/', 'https://example.org/lain/')?.id).to.equal('pretty');
  });
});

describe('findCurrentArticle', () => {
  const feed = {
    articles: [
      article({ id: 'a', title: 'A', url: 'https://example.org/a/' }),
      article({ id: 'https://example.org/b/', title: 'Id that looks like a URL', url: 'https://example.org/other/' }),
    ],
  };

  it('finds by id first, then by URL', () => {
    expect(findCurrentArticle(feed, ' a ')?.id).to.equal('a');
    expect(findCurrentArticle(feed, 'https://example.org/b/')?.title).to.equal('Id that looks like a URL');
    expect(findCurrentArticle(feed, 'https://example.org/a?ref=home')?.id).to.equal('a');
    expect(findCurrentArticle(feed, '/a', 'https://example.org/x/')?.id).to.equal('a');
  });

  it('finds nothing for an empty or unknown key', () => {
    expect(findCurrentArticle(feed, '  ')).to.equal(undefined);
    expect(findCurrentArticle(feed, 'z')).to.equal(undefined);
  });
});

describe('latestFromProgram and latestArticles', () => {
  const current = article({ id: 'current', title: 'Current', url: 'https://example.org/current/', program: 'pmi', published: date('2021-01-01') });
  const feed = {
    articles: [
      current,
      // The same page under another id (a duplicate in the feed) is the current article too.
      article({ id: 'copy', title: 'Copy', url: 'http://example.org/current?utm=x', program: 'pmi', published: date('2025-01-01') }),
      article({ id: 'p-old', title: 'Old', program: 'pmi', published: date('2018-01-01') }),
      article({ id: 'p-undated', title: 'Undated', program: 'pmi' }),
      article({ id: 'p-new', title: 'New', program: 'pmi', published: date('2023-05') }),
      article({ id: 'other', title: 'Other', program: 'kip', published: date('2024-01-01') }),
      article({ id: 'none', title: 'None', published: date('2022-01-01') }),
    ],
  };

  it('gives the newest of the same program without the current article, undated last', () => {
    const result = latestFromProgram(feed, current, 10);
    expect(ids(result.articles)).to.deep.equal(['p-new', 'p-old', 'p-undated']);
    expect(result.total).to.equal(3);
  });

  it('keeps to the limit but counts them all', () => {
    const result = latestFromProgram(feed, current, 2);
    expect(ids(result.articles)).to.deep.equal(['p-new', 'p-old']);
    expect(result.total).to.equal(3);
  });

  it('gives nothing for an article without a program', () => {
    expect(latestFromProgram(feed, article({ id: 'x', title: 'X' }))).to.deep.equal({ articles: [], total: 0 });
  });

  it('gives the newest of the feed, without the current article when there is one', () => {
    expect(ids(latestArticles(feed, current, 3).articles)).to.deep.equal(['other', 'p-new', 'none']);
    expect(ids(latestArticles(feed, undefined, 2).articles)).to.deep.equal(['copy', 'other']);
    expect(latestArticles(feed, undefined).articles).to.have.lengthOf(DEFAULT_RELATED_LIMIT);
  });
});

describe('selectRelated', () => {
  it('shows related articles best first, equal scores newest first, with the total', () => {
    const feed = sampleFeed();
    const selection = selectRelated(feed, feed.articles[0], { limit: 10, threshold: 2 });
    expect(selection.kind).to.equal('related');
    expect(ids(selection.articles)).to.deep.equal(['best', 'tie-new', 'tie-old', 'weak']);
    expect(selection.total).to.equal(4);
  });

  it('keeps to the limit (default 4) while the total counts every related article', () => {
    const feed = sampleFeed();
    const two = selectRelated(feed, feed.articles[0], { limit: 2, threshold: 2 });
    expect(ids(two.articles)).to.deep.equal(['best', 'tie-new']);
    expect(two.total).to.equal(4);
    expect(selectRelated(feed, feed.articles[0], { threshold: 2 }).articles).to.have.lengthOf(4);
  });

  it('treats a limit below 1 or not a number as the default', () => {
    const feed = sampleFeed();
    for (const limit of [0, -3, Number.NaN]) {
      expect(selectRelated(feed, feed.articles[0], { limit, threshold: 2 }).articles, String(limit)).to.have.lengthOf(DEFAULT_RELATED_LIMIT);
    }
    expect(selectRelated(feed, feed.articles[0], { limit: 1.9, threshold: 2 }).articles).to.have.lengthOf(1);
  });

  it('counts only articles at or above the threshold', () => {
    const feed = sampleFeed();
    const four = selectRelated(feed, feed.articles[0], { threshold: 4, limit: 10 });
    expect(ids(four.articles)).to.deep.equal(['best', 'tie-new', 'tie-old']);
    expect(four.total).to.equal(3);
    const eight = selectRelated(feed, feed.articles[0], { threshold: 8 });
    expect(ids(eight.articles)).to.deep.equal(['best']);
    // Not a number: the default threshold, 4.
    expect(selectRelated(feed, feed.articles[0], { threshold: Number.NaN, limit: 10 }).total).to.equal(3);
  });

  it('falls back to the newest of the same program when nothing reaches the threshold', () => {
    const feed = sampleFeed();
    const selection = selectRelated(feed, feed.articles[0], { threshold: 100 });
    expect(selection).to.deep.include({ kind: 'program', programId: 'pmi', program });
    expect(ids(selection.articles)).to.deep.equal(['best']);
  });

  it('names the program by its id when the feed does not describe it', () => {
    const feed = { articles: sampleFeed().articles };
    const selection = selectRelated(feed, feed.articles[0], { threshold: 100 });
    expect(selection.kind).to.equal('program');
    expect(selection).to.not.have.property('program');
  });

  it('falls back to the newest of the feed when the article has no program, or its program no other article', () => {
    const feed = sampleFeed();
    const lonely = article({ id: 'lonely', title: 'Z', program: 'kip', published: date('2020-01-01') });
    const withLonely = { ...feed, articles: [...feed.articles, lonely] };
    const selection = selectRelated(withLonely, lonely, { threshold: 100 });
    expect(selection.kind).to.equal('latest');
    expect(ids(selection.articles)).to.deep.equal(['unrelated', 'weak', 'tie-new', 'current']);
    const noProgram = selectRelated(feed, feed.articles[5], { threshold: 100 });
    expect(noProgram.kind).to.equal('latest');
    expect(ids(noProgram.articles)).to.not.include('unrelated');
  });

  it('does not call every article related when all titles share the site\'s words ("Read … Online - XoxoComics")', () => {
    const comic = (id: string, title: string, published: string) => article({ id, title: `Read ${title} Online - XoxoComics`, published: date(published) });
    const articles = [
      comic('hb3', 'Hellboy Issue #3', '2024-03-01'),
      comic('hb2', 'Hellboy Issue #2', '2024-02-01'),
      comic('bm1', 'Batman Issue #1', '2024-05-01'),
      comic('sg12', 'Saga Issue #12', '2024-04-01'),
      comic('sp300', 'Spawn Issue #300', '2024-01-01'),
    ];
    // Before: { kind: 'related', total: 4 }, "Artikel Terkait · total 4" for any comic.
    const selection = selectRelated({ articles }, articles[0]);
    expect(selection.kind).to.equal('latest');
    expect(ids(selection.articles)).to.deep.equal(['bm1', 'sg12', 'hb2', 'sp300']);
  });

  it('shows the newest of the feed when there is no current article', () => {
    const selection = selectRelated(sampleFeed(), undefined, { limit: 2 });
    expect(selection.kind).to.equal('latest');
    expect(ids(selection.articles)).to.deep.equal(['unrelated', 'weak']);
    expect(selection.total).to.equal(6);
  });

  it('shows nothing when the feed has no other article', () => {
    const only = article({ id: 'only', title: 'Only', program: 'pmi' });
    expect(selectRelated({ articles: [only] }, only)).to.deep.equal({ kind: 'latest', articles: [], total: 0 });
    expect(selectRelated({ articles: [] }, undefined)).to.deep.equal({ kind: 'latest', articles: [], total: 0 });
  });

  it('never shows the current article, never more than the limit, and counts at least what it shows', () => {
    const tags = fc.subarray(['desa', 'pekerja migran', 'data', 'kolaborasi']);
    const generated = fc.record({
      tags,
      program: fc.option(fc.constantFrom('pmi', 'kip'), { nil: undefined }),
      year: fc.option(fc.integer({ min: 2015, max: 2025 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(generated, { maxLength: 12 }), fc.nat(11), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 10 }), (items, pick, limit, threshold) => {
        const articles = items.map((item, index) =>
          article({
            id: `a${String(index)}`,
            title: `Artikel ${String(index)}`,
            tags: item.tags,
            ...(item.program === undefined ? {} : { program: item.program }),
            ...(item.year === undefined ? {} : { published: date(String(item.year)) }),
          }),
        );
        const current = articles[pick];
        const selection = selectRelated({ articles }, current, { limit, threshold });
        expect(selection.articles.length).to.be.at.most(limit);
        expect(selection.total).to.be.at.least(selection.articles.length);
        if (current) expect(ids(selection.articles)).to.not.include(current.id);
        if (articles.length > (current ? 1 : 0)) expect(selection.articles).to.not.be.empty;
      }),
    );
  });
});
