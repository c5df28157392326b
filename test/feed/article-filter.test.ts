import { expect } from 'chai';
import fc from 'fast-check';
import {
  activeFilters,
  appendArticles,
  DEFAULT_LIMIT,
  filterArticles,
  filtersFrom,
  matchesFilters,
  needsNextPage,
  normalizeLimit,
  paging,
  parseFilterList,
  sortNewestFirst,
} from '../../src/feed/article-filter.js';
import { parseDate } from '../../src/feed/dates.js';
import type { Article, FeedDate } from '../../src/feed/types.js';

function date(text: string): FeedDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`test setup: ${text} does not parse`);
  return result.date;
}

/** A hand-made article: only `id` is required; `published` is a date string. */
function article(fields: Partial<Omit<Article, 'published'>> & { id: string; published?: string; authorNames?: string[] }): Article {
  const { published, authorNames, ...rest } = fields;
  return {
    title: fields.id,
    summary: '',
    contentText: '',
    authors: (authorNames ?? []).map((name) => ({ name })),
    tags: [],
    categories: [],
    ...rest,
    ...(published === undefined ? {} : { published: date(published) }),
  };
}

const ids = (articles: readonly Article[]): string[] => articles.map((item) => item.id);

const articles: Article[] = [
  article({ id: 'ponorogo', published: '2021-11-02T10:00:00+07:00', tags: ['pekerja migran', 'Ponorogo', 'desa'], authorNames: ['Sofwan Hadi'], program: 'pmi', categories: ['Pekerja Migran'] }),
  article({ id: 'kopi', published: '2019-05-20T09:00:00+07:00', tags: ['pekerja migran', 'Desa'], authorNames: ['Penulis Contoh', 'Penulis Kedua'], program: 'pmi', categories: ['Pekerja Migran'] }),
  article({ id: 'data', published: '2023-02-14T08:00:00+07:00', tags: ['jurnalisme data', 'desa'], authorNames: ['Penulis Contoh'], program: 'kip', categories: ['Keterbukaan Informasi'] }),
  article({ id: 'undated', tags: ['desa'], authorNames: ['Sofwan Hadi'] }),
  article({ id: 'wonosobo', published: '2020', tags: ['Wonosobo'], program: 'kip' }),
];

describe('parseFilterList', () => {
  it('splits on commas, trims, drops empty entries', () => {
    expect(parseFilterList('a, b')).to.deep.equal(['a', 'b']);
    expect(parseFilterList('  pekerja migran ,, Ponorogo , ')).to.deep.equal(['pekerja migran', 'Ponorogo']);
    expect(parseFilterList('')).to.deep.equal([]);
    expect(parseFilterList(' , ,')).to.deep.equal([]);
    expect(parseFilterList(null)).to.deep.equal([]);
    expect(parseFilterList(undefined)).to.deep.equal([]);
  });

  it('keeps repeats once, in their first spelling, and collapses inner spaces', () => {
    expect(parseFilterList('Desa, desa,DESA, kota')).to.deep.equal(['Desa', 'kota']);
    expect(parseFilterList('pekerja   migran, Pekerja Migran')).to.deep.equal(['pekerja migran']);
  });
});

describe('filtersFrom / activeFilters', () => {
  it('parses each attribute and leaves empty ones out', () => {
    expect(filtersFrom({ tag: 'desa, Ponorogo', author: ' ', program: undefined, category: null })).to.deep.equal({ tag: ['desa', 'Ponorogo'] });
  });

  it('lists active filters in tag, author, program, category order', () => {
    const filters = { category: ['x'], tag: ['desa'], author: [], program: ['pmi'] };
    expect(activeFilters(filters).map(([name]) => name)).to.deep.equal(['tag', 'program', 'category']);
  });
});

describe('filterArticles', () => {
  it('returns every article newest first when there is no filter, undated last', () => {
    expect(ids(filterArticles(articles))).to.deep.equal(['data', 'ponorogo', 'wonosobo', 'kopi', 'undated']);
    expect(ids(filterArticles(articles, {}))).to.deep.equal(['data', 'ponorogo', 'wonosobo', 'kopi', 'undated']);
  });

  it('matches a tag case-insensitively and trimmed', () => {
    expect(ids(filterArticles(articles, { tag: ['  DESA '] }))).to.deep.equal(['data', 'ponorogo', 'kopi', 'undated']);
    expect(ids(filterArticles(articles, filtersFrom({ tag: 'ponorogo' })))).to.deep.equal(['ponorogo']);
  });

  it('matches any of a filter’s values', () => {
    expect(ids(filterArticles(articles, filtersFrom({ tag: 'wonosobo, jurnalisme data' })))).to.deep.equal(['data', 'wonosobo']);
  });

  it('matches authors by name, program by id, category by name', () => {
    expect(ids(filterArticles(articles, filtersFrom({ author: 'penulis contoh' })))).to.deep.equal(['data', 'kopi']);
    expect(ids(filterArticles(articles, filtersFrom({ author: 'Penulis Kedua' })))).to.deep.equal(['kopi']);
    expect(ids(filterArticles(articles, filtersFrom({ program: 'KIP' })))).to.deep.equal(['data', 'wonosobo']);
    expect(ids(filterArticles(articles, filtersFrom({ category: 'pekerja migran' })))).to.deep.equal(['ponorogo', 'kopi']);
  });

  it('combines several filters with AND', () => {
    expect(ids(filterArticles(articles, filtersFrom({ tag: 'desa', author: 'Sofwan Hadi' })))).to.deep.equal(['ponorogo', 'undated']);
    expect(ids(filterArticles(articles, filtersFrom({ tag: 'desa', author: 'Sofwan Hadi', program: 'pmi' })))).to.deep.equal(['ponorogo']);
    expect(ids(filterArticles(articles, filtersFrom({ tag: 'desa', program: 'nope' })))).to.deep.equal([]);
  });

  it('finds nothing for an article without the field', () => {
    expect(matchesFilters(articles[3]!, { program: ['pmi'] })).to.equal(false);
    expect(matchesFilters(articles[4]!, { category: ['Pekerja Migran'] })).to.equal(false);
    expect(matchesFilters(articles[4]!, { author: ['Sofwan Hadi'] })).to.equal(false);
  });

  it('ignores filters whose values are all blank', () => {
    expect(filterArticles(articles, { tag: ['', '  '] })).to.have.lengthOf(articles.length);
  });

  it('leaves its input alone', () => {
    const copy = [...articles];
    filterArticles(articles, { tag: ['desa'] });
    expect(articles).to.deep.equal(copy);
  });

  it('reads year, month and day dates from their start in Jakarta', () => {
    const list = [
      article({ id: 'year', published: '2022' }),
      article({ id: 'instant', published: '2022-01-01T00:30:00+07:00' }),
      article({ id: 'day', published: '2022-01-01' }),
      article({ id: 'month', published: '2021-12' }),
    ];
    // "2022" and "2022-01-01" both start at 2022-01-01T00:00+07:00: equal, so feed order stays.
    expect(ids(sortNewestFirst(list))).to.deep.equal(['instant', 'year', 'day', 'month']);
  });

  it('is a stable, newest-first subset of its input whatever the filters (property)', () => {
    const tagPool = ['desa', 'Desa', 'kota', 'data', 'migran'];
    const arbitraryArticle = fc.record({
      year: fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }),
      tags: fc.subarray(tagPool),
      program: fc.option(fc.constantFrom('pmi', 'kip', 'PMI'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryArticle, { maxLength: 30 }), fc.subarray(tagPool), fc.subarray(['pmi', 'kip']), (specs, tags, programs) => {
        const list = specs.map((spec, index) =>
          article({ id: `a${String(index)}`, tags: spec.tags, ...(spec.program ? { program: spec.program } : {}), ...(spec.year ? { published: String(spec.year) } : {}) }),
        );
        const filters = { tag: tags, program: programs };
        const result = filterArticles(list, filters);
        const wantedTags = new Set(tags.map((tag) => tag.toLowerCase()));
        const wantedPrograms = new Set(programs);
        const expected = list.filter(
          (item) =>
            (wantedTags.size === 0 || item.tags.some((tag) => wantedTags.has(tag.toLowerCase()))) &&
            (wantedPrograms.size === 0 || (item.program !== undefined && wantedPrograms.has(item.program.toLowerCase()))),
        );
        expect(new Set(ids(result))).to.deep.equal(new Set(ids(expected)));
        expect(result).to.have.lengthOf(expected.length);
        // Newest first; equal years (and undated ones, last) keep their feed order.
        const year = (item: Article): number => (item.published?.precision === 'year' ? item.published.year : -Infinity);
        for (let i = 1; i < result.length; i++) {
          const before = result[i - 1]!;
          const after = result[i]!;
          expect(year(before)).to.be.at.least(year(after));
          if (year(before) === year(after)) expect(list.indexOf(before)).to.be.below(list.indexOf(after));
        }
      }),
    );
  });
});

describe('appendArticles', () => {
  it('appends the new articles of a page, newest first, after those already loaded', () => {
    const first = filterArticles(articles.slice(0, 3));
    const page = [article({ id: 'older', published: '2015' }), articles[1]!, article({ id: 'old', published: '2017' }), article({ id: 'old', published: '2017' })];
    const { articles: merged, added } = appendArticles(first, page);
    expect(ids(added)).to.deep.equal(['old', 'older']);
    expect(ids(merged)).to.deep.equal(['data', 'ponorogo', 'kopi', 'old', 'older']);
    expect(ids(first)).to.deep.equal(['data', 'ponorogo', 'kopi']);
  });

  it('keeps what is shown in place even when a later page has newer articles', () => {
    const { articles: merged } = appendArticles(filterArticles(articles.slice(0, 2)), [article({ id: 'newest', published: '2030' })]);
    expect(ids(merged)).to.deep.equal(['ponorogo', 'kopi', 'newest']);
  });
});

describe('paging', () => {
  it('normalizes the limit', () => {
    expect(normalizeLimit(undefined)).to.equal(DEFAULT_LIMIT);
    expect(DEFAULT_LIMIT).to.equal(6);
    expect(normalizeLimit(12)).to.equal(12);
    expect(normalizeLimit('12')).to.equal(12);
    expect(normalizeLimit(4.7)).to.equal(4);
    expect(normalizeLimit(0)).to.equal(6);
    expect(normalizeLimit(-3)).to.equal(6);
    expect(normalizeLimit(Number.NaN)).to.equal(6);
    expect(normalizeLimit(Infinity)).to.equal(6);
    expect(normalizeLimit('lots')).to.equal(6);
    expect(normalizeLimit('')).to.equal(6);
    expect(normalizeLimit(null, 3)).to.equal(3);
  });

  it('shows at most what is loaded and offers more while something is hidden or another page exists', () => {
    expect(paging(30, 6, false)).to.deep.equal({ shown: 6, total: 30, canLoadMore: true });
    expect(paging(30, 36, false)).to.deep.equal({ shown: 30, total: 30, canLoadMore: false });
    expect(paging(30, 30, true)).to.deep.equal({ shown: 30, total: 30, canLoadMore: true });
    expect(paging(0, 6, false)).to.deep.equal({ shown: 0, total: 0, canLoadMore: false });
    expect(paging(0, 6, true)).to.deep.equal({ shown: 0, total: 0, canLoadMore: true });
  });

  it('fetches the next page only when the loaded matches run out', () => {
    expect(needsNextPage(30, 6, 6, true)).to.equal(false);
    expect(needsNextPage(10, 6, 6, true)).to.equal(true);
    expect(needsNextPage(12, 6, 6, true)).to.equal(false);
    expect(needsNextPage(10, 6, 6, false)).to.equal(false);
  });
});
