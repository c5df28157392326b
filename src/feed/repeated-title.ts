import { htmlToText } from './html-text.js';

// The start of a post's first block, inside any wrappers: a heading, a paragraph or a bold line.
// (Ad plugins put a comment before it: "<!--CusAdsVi1-->".)
const firstBlockStart = /\s*(?:(?:<(?:div|section|header|article)\b[^>]*>|<!--[^>]*-->)\s*)*<(h[1-6]|p|strong|b)\b[^>]*>/iy;

/** The HTML inside a post's first block, when it is short enough to be a title. */
function firstBlock(html: string, title: string): string | undefined {
  firstBlockStart.lastIndex = 0;
  const start = firstBlockStart.exec(html);
  if (!start) return undefined;
  // Found by indexOf, not by a lazy pattern up to the closing tag nor in a lower-cased copy:
  // this runs for every item.
  const from = firstBlockStart.lastIndex;
  const name = (start[1] ?? '').toLowerCase();
  const limit = from + title.length + 300;
  for (let at = html.indexOf('</', from); at !== -1 && at < limit; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && /^[\s/>]/.test(html.charAt(at + 2 + name.length))) return html.slice(from, at);
  }
  return undefined;
}

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
  const block = firstBlock(html, title);
  const opensWithTitle = block !== undefined && block.length >= title.length * 0.8 && comparable(htmlToText(block, { plain: true })) === comparable(title);
  return opensWithTitle ? (text) => withoutLeadingTitle(text, title) : unchanged;
}
