import { byNewest } from './phases.js';
import { withoutTrailingSlashes } from './urls.js';
import type { Article, Feed } from './types.js';

/** A URL the way readers think of it: no fragment, no trailing slash. */
function readerUrl(url: string): string {
  const hash = url.indexOf('#');
  return withoutTrailingSlashes(hash === -1 ? url : url.slice(0, hash));
}

/** The article whose id or URL is `key`. */
export function findArticle(feed: Pick<Feed, 'articles'>, key: string): Article | undefined {
  const wanted = key.trim();
  const byId = feed.articles.find((article) => article.id === wanted);
  if (byId) return byId;
  const wantedUrl = readerUrl(wanted);
  return feed.articles.find((article) => article.url !== undefined && readerUrl(article.url) === wantedUrl);
}

/** Articles newest first (a copy; the feed keeps its order). */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort(byNewest);
}
