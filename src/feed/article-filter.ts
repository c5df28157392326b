import { dateSpan } from './dates.js';
import type { Article } from './types.js';
import { pastedValue } from './pasted-value.js';

/**
 * Filtering, ordering and paging of an article list (`<infest-article-list>`), as plain
 * functions: no DOM, no Lit, so they run in Node too.
 */

/** The filters a list accepts, in the order their names are read out ("topik … dan penulis …"). */
export const FILTER_NAMES = ['tag', 'author', 'program', 'category'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * Wanted values per filter. An article passes a filter when it has any of its values; it must
 * pass every filter given. A filter that is absent or has no values lets everything through.
 */
export type ArticleFilters = Partial<Record<FilterName, readonly string[]>>;

/** Articles shown at first and added by each "load more", unless the host says otherwise. */
export const DEFAULT_LIMIT = 6;

/** How values are compared: Unicode-normalized, trimmed, inner spaces collapsed, lower case. */
export function normalizeValue(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The values of a comma-separated attribute: `' desa, Ponorogo ,,desa'` → `['desa', 'Ponorogo']`,
 * and `“desa”,“Ponorogo”` as a rich-text editor pastes it, the same.
 * Trimmed, empty entries dropped, repeats (however capitalized) kept once, first spelling wins.
 */
export function parseFilterList(value: string | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of value.split(',')) {
    const trimmed = pastedValue(part).replace(/\s+/g, ' ');
    const key = normalizeValue(trimmed);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    values.push(trimmed);
  }
  return values;
}

/** Filters from attribute values (each a comma-separated list); empty ones are left out. */
export function filtersFrom(attributes: Partial<Record<FilterName, string | null | undefined>>): ArticleFilters {
  const filters: Partial<Record<FilterName, string[]>> = {};
  for (const name of FILTER_NAMES) {
    const values = parseFilterList(attributes[name]);
    if (values.length > 0) filters[name] = values;
  }
  return filters;
}

/** The filters that restrict anything, in `FILTER_NAMES` order. */
export function activeFilters(filters: ArticleFilters): [FilterName, readonly string[]][] {
  const active: [FilterName, readonly string[]][] = [];
  for (const name of FILTER_NAMES) {
    const values = filters[name];
    if (values?.some((value) => normalizeValue(value) !== '')) active.push([name, values]);
  }
  return active;
}

/** The article's values for one filter: its tags, its authors' names, its program id, its categories. */
function valuesOf(article: Article, name: FilterName): readonly string[] {
  switch (name) {
    case 'tag':
      return article.tags;
    case 'author':
      return article.authors.map((author) => author.name);
    case 'program':
      return article.program === undefined ? [] : [article.program];
    case 'category':
      return article.categories;
  }
}

type Matcher = (article: Article) => boolean;

function matcher(filters: ArticleFilters): Matcher {
  const tests = activeFilters(filters).map(([name, values]) => {
    const wanted = new Set(values.map(normalizeValue).filter((value) => value !== ''));
    return (article: Article): boolean => valuesOf(article, name).some((value) => wanted.has(normalizeValue(value)));
  });
  return (article) => tests.every((test) => test(article));
}

/** Whether `article` passes every filter (any of each filter's values, case-insensitive). */
export function matchesFilters(article: Article, filters: ArticleFilters): boolean {
  return matcher(filters)(article);
}

/**
 * Newest first by publication date; articles without a date go last. Equal dates keep their
 * order (the sort is stable). A copy: the input is left as it is.
 */
export function sortNewestFirst(articles: readonly Article[]): Article[] {
  // Each date is read once, not once per comparison.
  const keyed = articles.map((article, index) => ({
    article,
    index,
    time: article.published ? dateSpan(article.published).start : -Infinity,
  }));
  keyed.sort((a, b) => (a.time === b.time ? a.index - b.index : b.time > a.time ? 1 : -1));
  return keyed.map((entry) => entry.article);
}

/** The articles that pass `filters`, newest first. */
export function filterArticles(articles: readonly Article[], filters: ArticleFilters = {}): Article[] {
  const matches = matcher(filters);
  return sortNewestFirst(activeFilters(filters).length === 0 ? articles : articles.filter(matches));
}

/**
 * Adds a further page to the articles loaded so far: articles whose id is already there (or
 * repeats within the page) are skipped. `added` is what is new, newest first; `articles` is
 * the old list followed by `added`, so what readers already see keeps its place.
 */
export function appendArticles(current: readonly Article[], incoming: readonly Article[]): { articles: Article[]; added: Article[] } {
  const ids = new Set(current.map((article) => article.id));
  const fresh: Article[] = [];
  for (const article of incoming) {
    if (ids.has(article.id)) continue;
    ids.add(article.id);
    fresh.push(article);
  }
  const added = sortNewestFirst(fresh);
  return { articles: [...current, ...added], added };
}

/** A usable page size from an attribute value: a whole number ≥ 1, else `fallback`. */
export function normalizeLimit(value: unknown, fallback = DEFAULT_LIMIT): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 1) return fallback;
  return Math.floor(number);
}

/** Where a paged list stands. */
export interface Paging {
  /** How many articles are on screen. */
  readonly shown: number;
  /** How many matching articles are loaded (more may come from further pages). */
  readonly total: number;
  /** Whether a "load more" would show anything: loaded articles are hidden, or another page exists. */
  readonly canLoadMore: boolean;
}

/** The state of a list that wants `wanted` articles shown out of `total` loaded matches. */
export function paging(total: number, wanted: number, hasNextPage: boolean): Paging {
  const shown = Math.max(0, Math.min(Math.floor(wanted), total));
  return { shown, total, canLoadMore: shown < total || hasNextPage };
}

/**
 * Whether "load more" must fetch another page before it can show `limit` more: the loaded
 * matches run out before `shown + limit`, and the feed has a next page.
 */
export function needsNextPage(total: number, shown: number, limit: number, hasNextPage: boolean): boolean {
  return hasNextPage && total < shown + limit;
}
