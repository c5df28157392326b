import { htmlToText } from './html-text.js';

// "Baca juga:" ("read also"), "Lihat juga", "Simak juga", "Baca:" — which Indonesian news and
// NGO sites put between paragraphs, before a link to another of their articles. That article's
// title is not this one's text, and in a summary it reads as if it were.
// Also "Artikel terkait:", "Berita terkait" (related), as a line or a heading over a list.
const readAlsoStart = /\b(?:(?:baca|lihat|simak)(?:(?:\s|&nbsp;)+(?:juga|pula)\b|(?=(?:\s|&nbsp;|<\/[a-z]+>)*:))|(?:artikel|berita|tulisan|postingan)(?:\s|&nbsp;)+terkait\b)/gi;
// Between the words and the link: a colon, spaces, inline tags, and the end of a paragraph or
// heading when the words stand in one of their own ("<p><b>BACA JUGA</b></p><p><a …>",
// "<h3>Baca Juga</h3><ul><li><a …>").
const beforeLink = /(?:\s|&nbsp;|:|<\/?(?:strong|b|em|i|span|p|br|ul|ol|li|h[1-6])\b[^<>]*>)*<a\b/iy;
// Between one link and the next of a list of them.
const betweenLinks = /(?:\s|&nbsp;|[,;|]|<\/?(?:strong|b|em|i|span|p|br|li)\b[^<>]*>)*<a\b/iy;
const closingLink = /<\/a\s*>(?:(?:\s|&nbsp;|<\/(?:strong|b|em|i|span)\s*>)*\))?/i;
// Such a line stands alone: after a paragraph, a line break, a list item or a block …
const lineBefore = /(?:<(?:p|br|li|div|h[1-6]|td)\b[^<>]*>|<\/(?:p|li|div|h[1-6]|ul|ol|table|figure|blockquote)\s*>)$/i;
// … and its links end one (or close the brackets it opened). "Lihat juga <a>peta desa</a>
// untuk detailnya" is a sentence of the article.
const lineAfter = /(?:\s|&nbsp;|<\/(?:strong|b|em|i|span)\s*>)*(?:$|<\/(?:p|li|div|h[1-6]|td|ul|ol)\s*>|<br\b|<(?:ul|ol|p)\b)/iy;

// What may stand between the start of a line and its "Baca": an opening bracket, bold.
const lineOpening = /(?:\(|\s|&nbsp;|<(?:strong|b|em|i|span)\b[^<>]*>)$/i;

/**
 * Where the line that the words at `index` start begins, and whether in brackets; undefined
 * when they do not start one.
 */
function lineStart(html: string, index: number): { start: number; bracketed: boolean } | undefined {
  const from = Math.max(0, index - 100);
  let before = html.slice(from, index);
  let bracket = -1;
  for (let found = lineOpening.exec(before); found; found = lineOpening.exec(before)) {
    if (found[0] === '(') bracket = from + found.index;
    before = before.slice(0, found.index);
  }
  if (bracket !== -1) return { start: bracket, bracketed: true };
  return (before === '' && from === 0) || lineBefore.test(before) ? { start: index, bracketed: false } : undefined;
}

/** Where each "Baca juga: <a …>…</a>" line of `html` starts and ends. */
function readAlsoSpans(html: string): [number, number][] {
  const spans: [number, number][] = [];
  readAlsoStart.lastIndex = 0;
  for (let start = readAlsoStart.exec(html); start; start = readAlsoStart.exec(html)) {
    let follows = beforeLink;
    let end = readAlsoStart.lastIndex;
    for (;;) {
      follows.lastIndex = end;
      if (!follows.test(html)) break;
      // Within its next 1000 characters (an article's title and its link's attributes), so
      // that links never closed cannot make this quadratic; nor past the next "<a".
      const link = html.slice(follows.lastIndex, follows.lastIndex + 1000);
      const close = closingLink.exec(link);
      if (!close || link.lastIndexOf('<a', close.index) !== -1) break;
      end = follows.lastIndex + close.index + close[0].length;
      follows = betweenLinks;
    }
    lineAfter.lastIndex = end;
    const line = follows === betweenLinks ? lineStart(html, start.index) : undefined;
    if (line && (line.bracketed ? html.charAt(end - 1) === ')' : lineAfter.test(html))) spans.push([line.start, end]);
    readAlsoStart.lastIndex = Math.max(end, readAlsoStart.lastIndex);
  }
  return spans;
}

const mentionsReadAlso = /baca|lihat|simak|terkait/i;

/** `html` without its "Baca juga" links (see above). */
export function withoutReadAlso(html: string): string {
  if (!mentionsReadAlso.test(html)) return html;
  let kept = '';
  let copied = 0;
  for (const [start, end] of readAlsoSpans(html)) {
    kept += `${html.slice(copied, start)} `;
    copied = end;
  }
  return kept + html.slice(copied);
}

/**
 * `text` (a plain excerpt that WordPress made from the content, links gone) without the "Baca
 * juga" lines the content has.
 */
export function withoutReadAlsoText(text: string, contentHtml: string): string {
  if (!mentionsReadAlso.test(text) || !mentionsReadAlso.test(contentHtml)) return text;
  let out = text;
  for (const [start, end] of readAlsoSpans(contentHtml)) {
    const line = htmlToText(contentHtml.slice(start, end));
    if (line !== '') out = out.replace(line, ' ');
  }
  return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
}
