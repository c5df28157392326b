import { excerpt, SUMMARY_LENGTH } from './html-text.js';
import type { Article } from './types.js';

/** Defines `key` on `target` as a value computed on first read, then kept. */
function lazy(target: object, key: string, compute: () => string): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: object): string {
      const value = compute();
      Object.defineProperty(this, key, { value, enumerable: true });
      return value;
    },
  });
}

export interface ArticleTextSource {
  /** Plain title from the feed; empty when it has none. */
  readonly title: string;
  /** Plain summary from the feed; empty when it has none. */
  readonly summary: string;
  /** Turns the body into plain text. */
  readonly body: () => string;
}

/**
 * Gives an article its `contentText`, `summary` and `title`. Turning a long HTML body into
 * text is the costliest part of reading a feed, and a widget needs it for the few articles it
 * shows, so the body (and what falls back on it: a summary from the body, a title from the
 * summary) is converted on first read.
 */
export function withArticleText<T extends object>(fields: T, source: ArticleTextSource): T & Pick<Article, 'title' | 'summary' | 'contentText'> {
  const article = fields as T & { title: string; summary: string; contentText: string };
  lazy(article, 'contentText', source.body);
  if (source.summary) article.summary = source.summary;
  else lazy(article, 'summary', () => excerpt(article.contentText, SUMMARY_LENGTH));
  if (source.title) article.title = source.title;
  else lazy(article, 'title', () => excerpt(article.summary, 80));
  return article;
}
