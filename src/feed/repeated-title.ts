import { htmlToText } from './html-text.js';

// The first block of a post, inside any wrappers: a heading, a paragraph or a bold line.
const firstBlock = /^\s*(?:<(?:div|section|header|article)\b[^>]*>\s*)*<(h[1-6]|p|strong|b)\b[^>]*>([^]{1,400}?)<\/\1\s*>/i;

const comparable = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** `text` without the `title` it starts with, and the spaces or punctuation after it. */
function withoutLeadingTitle(text: string, title: string): string {
  if (comparable(text.slice(0, title.length)) !== comparable(title) || /^[\p{L}\p{N}]/u.test(text.slice(title.length))) return text;
  return text.slice(title.length).replace(/^[\s:.|–—-]+/, '');
}

const unchanged = (text: string): string => text;

/**
 * What takes the title off the start of a post's summary and text when its HTML opens with
 * its own title as a block of its own: themes and page builders put `<h3>{title}</h3>` first
 * in the content, and WordPress's automatic excerpt then starts with it too. A card would show
 * the headline twice. Only then: a summary may well start with its title's words ("Sekolah
 * Desa dibuka …" under "Sekolah Desa").
 */
export function leadingTitleRemover(html: string, title: string): (text: string) => string {
  if (title === '') return unchanged;
  const block = firstBlock.exec(html.slice(0, 2000));
  const opensWithTitle = block !== null && comparable(htmlToText(block[2] ?? '', { plain: true })) === comparable(title);
  return opensWithTitle ? (text) => withoutLeadingTitle(text, title) : unchanged;
}
