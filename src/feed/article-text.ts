import { excerpt, MAX_LENGTH, shownText, SUMMARY_LENGTH } from './html-text.js';
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
  let summary = placeholder.test(source.summary) ? undefined : shownText(source.summary, MAX_LENGTH.summary) || undefined;
  let title = shownText(source.title, MAX_LENGTH.title) || undefined;
  return {
    id,
    authors: authors.length > MAX_AUTHORS ? authors.slice(0, MAX_AUTHORS) : authors,
    tags: tags.length > MAX_TAGS ? tags.slice(0, MAX_TAGS) : tags,
    categories: categories.length > MAX_TAGS ? categories.slice(0, MAX_TAGS) : categories,
    get contentText(): string {
      return (content ??= source.body());
    },
    get summary(): string {
      summary ??= shownText(excerpt(asOneLine(withoutCredits(this.contentText)), SUMMARY_LENGTH), SUMMARY_LENGTH);
      if (placeholder.test(summary)) summary = '';
      return summary;
    },
    get title(): string {
      return (title ??= madeUpTitle(this.summary));
    },
  };
}

/**
 * The title of an untitled post (a microblog's): its text when that is short, else its first
 * sentence when that is, else its start cut at a word.
 */
function madeUpTitle(summary: string): string {
  if (summary.length <= MADE_UP_TITLE) return summary;
  return firstSentence.exec(summary)?.[0] ?? shownText(excerpt(summary, MADE_UP_TITLE), MADE_UP_TITLE);
}
const MADE_UP_TITLE = 80;
// Ten characters at least, so that "Dr." or "No. 5" is not taken for a sentence.
const firstSentence = /^[\s\S]{10,79}?(?:[.!?](?=\s|$)|[。！？])/u;

// What templates write for "no summary": "N/a", "null", a divider ("- · -", "* * *").
// A text of emoji alone ("🎉") is a microblog's post, not a divider.
const placeholder = /^(?:\s*(?:n\/?a|none|null|undefined)\s*|[^\p{L}\p{N}\p{Extended_Pictographic}]*)$/iu;

/**
 * The text without the byline and photo-credit lines news posts open with ("Oleh: Admin Desa",
 * "Foto: Dok. Humas"): a summary starts with what the article says.
 */
function withoutCredits(text: string): string {
  let rest = text;
  for (let line = creditLine.exec(rest); line && rest.length > line[0].length; line = creditLine.exec(rest)) rest = rest.slice(line[0].length);
  return rest;
}
const creditLine = /^(?:oleh|penulis|reporter|pewarta|editor|penyunting|foto|sumber foto|kontributor|by|photo|words)\s*:[^\n]{0,80}\n+/i;

/**
 * The text's lines as one: a line that ends without punctuation (a heading, a list item) ends
 * its sentence there, or a summary reads "Latar Belakang Desa kekurangan air bersih". A line
 * ending in a dash or a closing quote goes on. Chinese and Japanese sentences end with "。" and
 * follow each other without a space.
 */
const asOneLine = (text: string): string =>
  text
    .replace(/([^\s.!?…:;,"”’»›)\]–—*。！？」』）】؟۔])\n+/gu, (_line, last: string) => (cjk.test(last) ? `${last}。` : `${last}. `))
    .replace(/([。！？」』）】])\n+(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}「『（【])/gu, '$1');
const cjk = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** Authors and tags of an article kept at most: a byline or a row of tags, not a wall of them. */
export const MAX_AUTHORS = 20;
export const MAX_TAGS = 30;

/** Sets `key` on the draft when the feed gave a value for it: the model leaves the rest out. */
export function setIf<K extends keyof ArticleDraft>(draft: ArticleDraft, key: K, value: ArticleDraft[K] | undefined): void {
  if (value !== undefined) draft[key] = value;
}
