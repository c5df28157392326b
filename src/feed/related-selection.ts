import { byNewest } from './phases.js';
import { DEFAULT_RELATED_THRESHOLD, relatedArticles } from './related.js';
import { findArticle } from './select.js';
import { withoutTrailingSlashes } from './urls.js';
import type { Article, Feed, Program } from './types.js';

/**
 * What a "related articles" block shows, beyond the scoring in related.ts: which article the
 * page is about, and what to show when nothing is related enough.
 */

/** How many articles a related block shows unless told otherwise. */
export const DEFAULT_RELATED_LIMIT = 4;

/** `limit` when it is a number ≥ 1 (Infinity included), else the default. */
function sanitizeLimit(limit: number | undefined): number {
  return typeof limit === 'number' && limit >= 1 ? Math.floor(limit) : DEFAULT_RELATED_LIMIT;
}

interface PageUrl {
  /** Host and path: no scheme, no query, no fragment, no trailing slashes. */
  readonly page: string;
  readonly query: URLSearchParams;
}

/** `url` split into the page it names and its query; undefined unless it is an http(s) URL. */
function pageUrlOf(url: string, base?: string): PageUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Percent-escapes compare case-insensitively ("%c3%a9" is "%C3%A9").
  const path = withoutTrailingSlashes(parsed.pathname).replace(/%[\da-f]{2}/gi, (escape) => escape.toUpperCase());
  return { page: `${parsed.host}${path}`, query: parsed.searchParams };
}

/**
 * Whether two URLs name the same page the way readers think of them: the fragment, the query
 * (tracking parameters), trailing slashes and http vs https do not count.
 */
export function samePage(a: string, b: string): boolean {
  const pageA = pageUrlOf(a);
  // `b` is the current article's URL, compared with every other: parsed once, not each time.
  if (b !== lastB.url) lastB = { url: b, page: pageUrlOf(b)?.page };
  return pageA !== undefined && pageA.page === lastB.page;
}
let lastB: { url?: string; page?: string | undefined } = {};

/**
 * The article whose `url` is the page at `pageUrl` (e.g. `location.href`, or the page's
 * canonical link), ignoring the fragment, trailing slashes, http vs https and query parameters
 * the article's own URL does not have (`?utm_source=…`). An article URL that needs its query
 * (WordPress's plain `?p=123` permalinks) matches only a page URL that carries the same
 * parameters; when several match, the one that names the most of them wins.
 */
export function findArticleByUrl(feed: Pick<Feed, 'articles'>, pageUrl: string, base?: string): Article | undefined {
  const wanted = pageUrlOf(pageUrl, base);
  if (!wanted) return undefined;
  let best: Article | undefined;
  let bestSpecificity = -1;
  for (const article of feed.articles) {
    if (article.url === undefined) continue;
    const candidate = pageUrlOf(article.url);
    if (candidate?.page !== wanted.page) continue;
    const needed = [...candidate.query];
    if (!needed.every(([name, value]) => wanted.query.getAll(name).includes(value))) continue;
    if (needed.length > bestSpecificity) {
      best = article;
      bestSpecificity = needed.length;
    }
  }
  return best;
}

/**
 * The article a key names: its id, else its URL (compared as `findArticleByUrl` does; a
 * relative URL resolves against `base`).
 */
export function findCurrentArticle(feed: Pick<Feed, 'articles'>, key: string, base?: string): Article | undefined {
  const wanted = key.trim();
  if (wanted === '') return undefined;
  return findArticle(feed, wanted) ?? findArticleByUrl(feed, wanted, base);
}

/** Whether `candidate` is `current` itself (same id, or the same page). */
function isCurrent(candidate: Article, current: Article | undefined): boolean {
  if (!current) return false;
  if (candidate.id === current.id) return true;
  return candidate.url !== undefined && current.url !== undefined && samePage(candidate.url, current.url);
}

export interface LatestResult {
  /** Newest first, at most `limit`. */
  readonly articles: readonly Article[];
  /** How many there are before `limit`. */
  readonly total: number;
}

function newest(articles: readonly Article[], limit: number): LatestResult {
  const sorted = [...articles].sort(byNewest);
  return { articles: sorted.slice(0, limit), total: sorted.length };
}

/** The newest articles of `current`'s program, without `current`; none when it has no program. */
export function latestFromProgram(feed: Pick<Feed, 'articles'>, current: Article, limit: number = DEFAULT_RELATED_LIMIT): LatestResult {
  const program = current.program;
  if (program === undefined) return { articles: [], total: 0 };
  return newest(
    feed.articles.filter((article) => article.program === program && !isCurrent(article, current)),
    sanitizeLimit(limit),
  );
}

/** The newest articles of the feed, without `current` when there is one. */
export function latestArticles(feed: Pick<Feed, 'articles'>, current: Article | undefined, limit: number = DEFAULT_RELATED_LIMIT): LatestResult {
  return newest(
    feed.articles.filter((article) => !isCurrent(article, current)),
    sanitizeLimit(limit),
  );
}

export interface RelatedSelectionOptions {
  /** At most this many articles (default 4); anything but a number ≥ 1 means the default. */
  readonly limit?: number;
  /** Lowest score that counts as related (default `DEFAULT_RELATED_THRESHOLD`); not a finite number means the default. */
  readonly threshold?: number;
}

/** What a related-articles block shows, and why. */
export type RelatedSelection =
  /** Articles that score at or above the threshold, best first, equal scores newest first. */
  | { readonly kind: 'related'; readonly articles: readonly Article[]; readonly total: number }
  /**
   * Nothing reached the threshold: the newest of the current article's program. `program` is
   * the feed's program with that id (absent when the feed does not describe it).
   */
  | {
      readonly kind: 'program';
      readonly programId: string;
      readonly program?: Program;
      readonly articles: readonly Article[];
      readonly total: number;
    }
  /** No current article, or nothing related and no program to fall back on: the newest articles. Empty when the feed has no other article. */
  | { readonly kind: 'latest'; readonly articles: readonly Article[]; readonly total: number };

/**
 * Chooses what a related-articles block shows for `current` (undefined when the page is not
 * an article of the feed): the related articles when any reach the threshold; else the newest
 * of the same program; else the newest of the feed. `current` itself is never among them.
 */
export function selectRelated(
  feed: Pick<Feed, 'articles'> & Partial<Pick<Feed, 'programs'>>,
  current: Article | undefined,
  options: RelatedSelectionOptions = {},
): RelatedSelection {
  const limit = sanitizeLimit(options.limit);
  const threshold = typeof options.threshold === 'number' && Number.isFinite(options.threshold) ? options.threshold : DEFAULT_RELATED_THRESHOLD;
  if (current) {
    const related = relatedArticles(feed, current, { limit, threshold });
    if (related.total > 0) {
      return { kind: 'related', articles: related.items.map((item) => item.article), total: related.total };
    }
    if (current.program !== undefined) {
      const fromProgram = latestFromProgram(feed, current, limit);
      if (fromProgram.total > 0) {
        const program = feed.programs?.find((candidate) => candidate.id === current.program);
        return { kind: 'program', programId: current.program, ...(program ? { program } : {}), ...fromProgram };
      }
    }
  }
  return { kind: 'latest', ...latestArticles(feed, current, limit) };
}
