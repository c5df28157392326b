import { namedEntities } from './entities.js';
import { graphemePrefix } from './graphemes.js';

/**
 * Turns untrusted HTML into plain text without a DOM, so the result is the same in Node and
 * in every browser, and nothing in it can ever run: tags are dropped, elements whose content
 * is not reader-facing text (script, style, svg …) are dropped with their content, character
 * references are decoded, and block boundaries become line breaks.
 */

// Content of these elements is code, markup or UI, never article text. That of a player or a
// canvas is what a browser without one shows instead (WordPress's [audio] and [video] put
// the file's URL there).
const droppedWithContent = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'object',
  'svg', 'math', 'xmp', 'title', 'head', 'select', 'textarea', 'plaintext', 'audio', 'video',
  'canvas',
]);

// Struck-out text ("<del>Rp 50.000</del> Rp 35.000", a retracted sentence): shown as text,
// without its line through it, it would say the opposite of what the publisher means.
const struckOut = new Set(['del', 's', 'strike']);

// Only SVG and MathML elements honour "/>"; `<script/>` still opens a script element.
const selfClosing = new Set(['svg', 'math']);

const paragraphTags = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'table', 'figure',
  'pre', 'hr', 'section', 'article', 'aside', 'header', 'footer', 'details', 'address',
]);
const lineTags = new Set(['br', 'div', 'li', 'dt', 'dd', 'tr', 'figcaption', 'summary', 'caption']);
// In plain-text fields, the tags publishers format text with; any other "<name>" is text that
// speaks of markup ("The <dialog> element", "Array<Element>"), as JSON Feed's titles are.
const plainMarkup = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i',
  'img', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'p', 'div', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'pre', 'hr', 'figure', 'figcaption', 'dl', 'dt', 'dd',
]);
// One of those cut off by a length limit inside its attributes ('<a href="https://…').
const cutOffMarkup = new RegExp(`^</?(?:${[...plainMarkup].join('|')})\\s+[\\w:-]+\\s*=`, 'i');
const cellTags = new Set(['td', 'th']);
// WordPress turns each emoji into <img class="emoji" alt="🎉"> (wp_staticize_emoji), and its
// old smilies into <img class="wp-smiley" alt=":)">: their alt is the text.
const emojiClass = /\b(?:wp-smiley|emoji)\b/i;

// One token: a comment, a doctype / processing instruction, or a tag
// (quoted attribute values may contain '>'). A tag that never closes runs to the end.
// Attributes start only after white space or '/', so that the name and the attributes cannot
// trade characters: when they could, a long name before an unclosed quote backtracked
// quadratically ('<aaaa… "' of 100 KB took over 20 s).
const tokenPattern =
  /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*(?:>|$)|<(\/?)([A-Za-z][^\s/>]*)(?:[\s/](?:[^>"']|"[^"]*"|'[^']*')*)?(?:>|$)|<\/?[A-Za-z][\s\S]*$/g;

const referencePattern = /&(?:#(\d+);?|#[xX]([\dA-Fa-f]+);?|([A-Za-z][A-Za-z\d]*);)/g;

// HTML maps these numeric references to Windows-1252 characters rather than C1 controls.
const windows1252 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const htmlWhitespace = /[\t\n\f\r ]+/g;
// C0 and C1 controls other than tab and line feed; they are invisible or corrupt layout.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Anything a single-line cleanText would change but a long word: controls (tab and newline
// among them), other white space than a lone space, runs of spaces, spaces at either end.
// eslint-disable-next-line no-control-regex
const needsCleaning = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[^\S ]| {2}|^ | $/;

const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` with every bidi embedding, override and isolate it opens closed at its end. Unclosed,
 * one name's right-to-left override ("\u202Enilam") reverses whatever follows it on the line:
 * the other names of a byline, "dan", the date. (Closers without an opener are ignored.)
 */
function closedBidi(text: string): string {
  if (!bidiControls.test(text)) return text;
  let embeddings = 0;
  let isolates = 0;
  for (const character of text) {
    if (character === '\u202C') embeddings = Math.max(0, embeddings - 1);
    else if (character === '\u2069') isolates = Math.max(0, isolates - 1);
    else if (character >= '\u2066' && character <= '\u2068') isolates++;
    else if (character >= '\u202A' && character <= '\u202E') embeddings++;
  }
  // Isolates first: closing one also ends the embeddings opened inside it.
  return text + '\u2069'.repeat(isolates) + '\u202C'.repeat(embeddings);
}

function fromCodePoint(codePoint: number): string {
  if (codePoint >= 0x80 && codePoint <= 0x9f) return windows1252.charAt(codePoint - 0x80);
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    return '\uFFFD';
  }
  return String.fromCodePoint(codePoint);
}

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2014;`); unknown names stay. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(referencePattern, (whole, decimal?: string, hex?: string, name?: string) => {
    // Too many digits give a huge number (or Infinity), which fromCodePoint turns into U+FFFD.
    if (decimal !== undefined) return fromCodePoint(Number(decimal));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    return namedEntities.get(name ?? '') ?? whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** The decoded value of attribute `name` in one start tag (`<img class="a" alt='b'>`). */
export function tagAttribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** Whether an `<img>` tag is one of WordPress's emoji or smilies. */
export function isEmojiImage(tag: string): boolean {
  return emojiClass.test(tagAttribute(tag, 'class') ?? '');
}

function closingTagPattern(name: string): RegExp {
  return new RegExp(`</${name}[\\s/>]`, 'ig');
}

/** Longest run of non-space characters kept; a real word or URL is far shorter. */
export const MAX_WORD = 200;
// Where a line may break besides white space: between any two characters of Chinese and
// Japanese, and by dictionary in Thai, Lao, Khmer and Burmese, written without spaces. Their
// text is not one long word.
const breaks = '\\s\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
// Words over MAX_WORD, anchored at a word start so that each word is scanned once: a bare
// \S{201,} retries from every character, quadratic in the length of the words (a body of long
// tokens took seconds), and it made the test the costliest step of reading a large feed.
// By code point ("u"); where a word is cut, graphemePrefix keeps its last grapheme whole.
const longWord = new RegExp(`(?:^|[${breaks}])[^${breaks}]{${String(MAX_WORD + 1)}}`, 'u');
const longWords = new RegExp(`(^|[${breaks}])([^${breaks}]{${String(MAX_WORD)}})[^${breaks}]+`, 'gu');

/**
 * Cuts words longer than MAX_WORD. A browser lays out a run of thousands of letters without a
 * break point slowly enough to freeze the page (a broken CMS or a hostile feed can send one).
 */
function shortenWords(text: string): string {
  return text.length <= MAX_WORD
    ? text
    : text.replace(longWords, (whole, before: string, word: string) => `${before}${graphemePrefix(whole.slice(before.length), word.length)}…`);
}

/** Drops control characters, cuts overlong words and normalizes whitespace in plain text. */
export function cleanText(text: string, { multiline = false } = {}): string {
  // Most feed strings are already clean; checking is much cheaper than rewriting.
  if (!multiline && !needsCleaning.test(text) && (text.length <= MAX_WORD || !longWord.test(text))) return text;
  const clean = closedBidi(shortenWords(text.replace(controlCharacters, '')));
  if (!multiline) return clean.replace(/\s+/g, ' ').trim();
  return clean
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * `<![CDATA[…]]>` left by converters from RSS, where it wraps a title or the HTML of a post:
 * its content is what was meant (a browser would drop it all as a bogus comment).
 */
function withoutCdataMarkers(html: string): string {
  return html
    .split('<![CDATA[')
    .map((part, index) => (index === 0 ? part : part.replace(']]>', '')))
    .join('');
}

// After <sup>: a footnote reference, a link within the page whose text is its number ("1",
// "[1]"), up to </sup>. After <a href="#…">: a footnote's link back to it ("↩︎", kramdown's
// "&#8617;"). Neither is text of the article: kept, the number sticks to the word before it.
// (The link's tag is matched whole, then checked: one pattern for both would backtrack
// quadratically over a long unclosed tag.)
const footnoteReference = /\s*(<a\s[^>]*>)[^<]{1,12}<\/a\s*>\s*<\/sup\s*>/iy;
const footnoteBacklink = /\s*(?:\u21A9|&#8617;|&#x21a9;|&larrhk;)(?:\uFE0E|\uFE0F|&#xfe0[ef];|&#6503[89];)?\s*<\/a\s*>/iy;
const linkWithinPage = /\shref\s*=\s*["']?#/i;

/** Where the footnote mark (see above) that start tag `token` (sup or a) opens ends, if it opens one; `position` is just after the tag. */
function footnoteMarkEnd(name: string, token: string, html: string, position: number): number | undefined {
  if (name === 'a' && !linkWithinPage.test(token)) return undefined;
  const mark = name === 'sup' ? footnoteReference : footnoteBacklink;
  mark.lastIndex = position;
  const found = mark.exec(html);
  return found && (name === 'a' || linkWithinPage.test(found[1] ?? '')) ? mark.lastIndex : undefined;
}

// Tags of plainMarkup that are formatting wherever they are: empty ones, and those whose end
// tag HTML lets one leave out (summaries cut from a post often begin '<p>…' and end anywhere).
// Any other is formatting with attributes ('<a href="…">') or with its end tag after it
// ("Why <b> is not <strong>" speaks of tags), and <img> only with a src or as an emoji.
const alwaysPlainMarkup = new Set(['br', 'wbr', 'hr', 'p', 'li', 'dt', 'dd']);
const hasAttributes = /^<[^\s/>]+[\s/]+[^\s/>]/;

/**
 * In a plain-text field, whether a tag of plainMarkup is formatting to drop, rather than text
 * about markup. `lastEnd` caches where each name's last end tag is (one scan per name: the
 * check stays linear however many unpaired tags there are); `open` counts the start tags
 * dropped, so that only their end tags are.
 */
function isFormatting(token: string, slash: string, name: string, at: number, html: string, lastEnd: Map<string, number>, open: Map<string, number>): boolean {
  if (alwaysPlainMarkup.has(name)) return true;
  if (name === 'img') return tagAttribute(token, 'src') !== undefined || isEmojiImage(token);
  const dropped = open.get(name) ?? 0;
  if (slash !== '') {
    if (dropped === 0) return false;
    open.set(name, dropped - 1);
    return true;
  }
  if (hasAttributes.test(token)) {
    open.set(name, dropped + 1);
    return true;
  }
  let end = lastEnd.get(name);
  if (end === undefined) {
    end = -1;
    const closing = closingTagPattern(name);
    for (let match = closing.exec(html); match; match = closing.exec(html)) end = match.index;
    lastEnd.set(name, end);
  }
  if (end < at) return false;
  open.set(name, dropped + 1);
  return true;
}

/**
 * Whether `text` ends with a line break, but for spaces; undefined when it is all spaces. Asked
 * of each piece added to the text, not of the text: that would rescan a run of spaces for every
 * block in it, quadratic ("<div> </div>" a thousand times).
 */
function endsLine(text: string): boolean | undefined {
  let end = text.length - 1;
  while (text.charAt(end) === ' ') end -= 1;
  return end < 0 ? undefined : text.charAt(end) === '\n';
}

/**
 * Plain text of an HTML fragment. With `multiline`, paragraphs are separated by a blank line
 * and line breaks kept; without it, all whitespace collapses to single spaces.
 *
 * With `plain`, for fields that are plain text by their spec but that publishers fill with
 * references and a few formatting tags (JSON Feed's title, summary, tags, names): those tags
 * go when they format something (an end tag follows; `<br>`; an `<img>` with a src), as does
 * one cut off at the end ('<a href="…'), but any other tag-like text stays ("The <dialog>
 * element", "Stop using <div> for buttons", "<script> di HTML"), and so does a "<" that starts
 * no tag ("if a<b then").
 */
export function htmlToText(html: string, { multiline = false, plain = false } = {}): string {
  // Without a single tag it is text that may carry references; its line breaks are meant.
  if (!html.includes('<')) return cleanText(decodeEntities(html), { multiline });
  if (html.includes('<![CDATA[')) html = withoutCdataMarkers(html);
  let out = '';
  // Whether `out` ends a line: one block after another ("</li><li>", "</div><div>") starts one
  // new line, as a browser shows it, where only <br>s add up.
  const line = { ended: true };
  const add = (text: string): void => {
    out += text;
    line.ended = endsLine(text) ?? line.ended;
  };
  let position = 0;
  // Open <pre> elements, whose line breaks are text (counted in multiline mode only).
  let preformatted = 0;
  const textBefore = (end: number): string => {
    const raw = html.slice(position, end);
    return decodeEntities(preformatted > 0 ? raw.replace(/\r\n?/g, '\n') : raw.replace(htmlWhitespace, ' '));
  };
  const neverClosed = new Set<string>();
  const lastEnd = new Map<string, number>();
  const open = new Map<string, number>();
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(html); match; match = tokenPattern.exec(html)) {
    const [token, slash, rawName] = match;
    // Only the last token can run to the end unclosed.
    if (plain && !token.endsWith('>')) {
      if (cutOffMarkup.test(token)) {
        add(textBefore(match.index));
        position = html.length;
      }
      break;
    }
    // Left in place, the tag is part of the next stretch of text.
    if (plain && rawName !== undefined) {
      const lower = rawName.toLowerCase();
      if (!plainMarkup.has(lower) || !isFormatting(token, slash ?? '', lower, match.index, html, lastEnd, open)) continue;
    }
    add(textBefore(match.index));
    position = tokenPattern.lastIndex;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const markEnd = slash === '' && (name === 'sup' || name === 'a') ? footnoteMarkEnd(name, token, html, position) : undefined;
    if (markEnd !== undefined) {
      position = tokenPattern.lastIndex = markEnd;
      continue;
    }
    if (name === 'pre' && multiline) preformatted = Math.max(0, preformatted + (slash === '' ? 1 : -1));
    if (paragraphTags.has(name)) add('\n\n');
    else if (lineTags.has(name) && (name === 'br' || !line.ended)) add('\n');
    else if (cellTags.has(name)) add(' ');
    else if (name === 'img' && isEmojiImage(token)) add(tagAttribute(token, 'alt') ?? '');
    const struck = struckOut.has(name);
    if (slash === '' && (struck || droppedWithContent.has(name)) && !(selfClosing.has(name) && token.endsWith('/>')) && !neverClosed.has(name)) {
      const closing = closingTagPattern(name);
      closing.lastIndex = position;
      const end = closing.exec(html);
      if (!end) {
        // Searching again for each later <script> would make many of them quadratic.
        neverClosed.add(name);
        // A strike-through left open is a slip of the editor: its text stays.
        if (struck) continue;
        position = html.length;
        break;
      }
      const afterTag = html.indexOf('>', closing.lastIndex - 1);
      position = afterTag === -1 ? html.length : afterTag + 1;
      tokenPattern.lastIndex = position;
    }
  }
  add(textBefore(html.length));
  return cleanText(out, { multiline });
}

/** Longest summary made from the content when an article has none. */
export const SUMMARY_LENGTH = 280;

/**
 * Longest texts shown, in characters (`description`: a program's or phase's summary): past
 * them a text is cut with "…". Real ones are far shorter; a broken or hostile feed's megabyte
 * title would take seconds to lay out and make the widget hundreds of thousands of pixels tall
 * (and a screen reader read it all).
 */
export const MAX_LENGTH = { title: 300, summary: 600, name: 100, alt: 300, description: 1500 } as const;

// Format characters (zero-width space and joiners, soft hyphen, word joiner, BOM …), marks
// that draw nothing on their own (grapheme joiner, variation selectors) and the blank letters
// that invisible-name tricks use: a text of only these shows as nothing.
const invisible = /^(?:[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]|\u034F|\u17B4|\u17B5|\p{Variation_Selector})*$/u;

/** `text` as a widget shows it: cut to `maxLength`, or empty when it shows nothing. */
export function shownText(text: string, maxLength: number): string {
  if (invisible.test(text)) return '';
  return text.length > maxLength ? excerpt(text, maxLength) : text;
}

/** The first `maxLength` characters of `text`, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const lastSpace = flat.lastIndexOf(' ', maxLength);
  return `${(lastSpace > maxLength * 0.6 ? flat.slice(0, lastSpace) : graphemePrefix(flat, maxLength)).replace(/[\s,.;:–—-]+$/, '')}…`;
}
