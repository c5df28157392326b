import { excerpt, SUMMARY_LENGTH } from './html-text.js';
import { withDefined } from './read.js';
import type { Article } from './types.js';

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
 * summary) is converted on first read, then kept. They are getters of the object literal, so
 * they are own, enumerable properties: spreading, JSON.stringify and deep comparisons see them.
 */
export function withArticleText<T extends object>(
  fields: T,
  source: ArticleTextSource,
): T & Pick<Article, 'title' | 'summary' | 'contentText'> {
  let content: string | undefined;
  let summary = source.summary === '' ? undefined : source.summary;
  let title = source.title === '' ? undefined : source.title;
  const text = {
    get contentText(): string {
      return (content ??= source.body());
    },
    get summary(): string {
      return (summary ??= excerpt(this.contentText, SUMMARY_LENGTH));
    },
    get title(): string {
      return (title ??= excerpt(this.summary, 80));
    },
  };
  return withDefined(text, fields) as T & typeof text;
}
