import { excerpt, SUMMARY_LENGTH } from './html-text.js';
import type { Article } from './types.js';

export interface ArticleTextSource {
  /** Plain title from the feed; empty when it has none. */
  readonly title: string;
  /** Plain summary from the feed; empty when it has none. */
  readonly summary: string;
  /** Turns the body into plain text. */
  readonly body: () => string;
}

/** An article while an adapter fills in the fields the feed has. */
export type ArticleDraft = { -readonly [K in keyof Article]: Article[K] };

/**
 * Starts an article with its `contentText`, `summary` and `title`. Turning a long HTML body
 * into text is the costliest part of reading a feed, and a widget needs it for the few
 * articles it shows, so the body (and what falls back on it: a summary from the body, a title
 * from the summary) is converted on first read, then kept. They are getters of the object
 * literal, so they are own, enumerable properties: spreading, JSON.stringify and deep
 * comparisons see them. The caller sets the other fields on the draft, leaving out those the
 * feed does not have.
 */
export function draftArticle(
  id: string,
  { authors, tags, categories }: Pick<Article, 'authors' | 'tags' | 'categories'>,
  source: ArticleTextSource,
): ArticleDraft {
  let content: string | undefined;
  let summary = shown(source.summary);
  let title = shown(source.title);
  return {
    id,
    authors,
    tags,
    categories,
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
}

// Format characters (zero-width space and joiners, soft hyphen, word joiner, BOM …) and the
// blank letters that invisible-name tricks use: a text of only these shows as nothing.
const invisible = /^[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]*$/u;

/** The text, or undefined when it shows nothing. */
function shown(text: string): string | undefined {
  return invisible.test(text) ? undefined : text;
}

/** Sets `key` on the draft when the feed gave a value for it: the model leaves the rest out. */
export function setIf<K extends keyof ArticleDraft>(draft: ArticleDraft, key: K, value: ArticleDraft[K] | undefined): void {
  if (value !== undefined) draft[key] = value;
}
