import { byNewest } from './phases.js';
import type { Article, Feed } from './types.js';

/** Compares URLs the way readers think of them: no fragment, no trailing slash. */
function sameUrl(a: string, b: string): boolean {
  const normalize = (url: string): string => url.replace(/#.*$/, '').replace(/\/+$/, '');
  return normalize(a) === normalize(b);
}

/** The article whose id or URL is `key`. */
export function findArticle(feed: Pick<Feed, 'articles'>, key: string): Article | undefined {
  const wanted = key.trim();
  return feed.articles.find((article) => article.id === wanted) ?? feed.articles.find((article) => article.url !== undefined && sameUrl(article.url, wanted));
}

/** Articles newest first (a copy; the feed keeps its order). */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort(byNewest);
}
