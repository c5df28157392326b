import { decodeEntities, htmlToText } from './html-text.js';
import { withoutReadAlso } from './read-also.js';
import { httpUrl } from './urls.js';

/**
 * Markup WordPress puts around a post's text that a widget shows better without: the theme's
 * "Continue reading" link, Jetpack's share buttons and related posts, a link to the post ending
 * an excerpt, " [&hellip;]", and page-builder shortcodes that reach readers unrendered. The REST API and WordPress-made JSON Feeds carry
 * the same markup, so both adapters use these.
 */

/**
 * Shortcode name prefixes of page builders (WPBakery, Divi, Avada, Enfold, Cornerstone, Themify,
 * Shortcodes Ultimate, Jupiter, Tatsu, KingComposer, Flatsome, Impreza), of TieLabs' news themes
 * (Jannah, Sahifa) and the builders' layout shortcodes (Elementor, Beaver Builder). Only these
 * and the names below: "[1]", "[Foto]" or "[…]" are text.
 */
const pageBuilderNames = [
  'vc_', 'et_pb_', 'fusion_', 'av_', 'cs_', 'themify_', 'su_', 'mk_', 'tatsu_', 'kc_', 'ux_', 'us_',
  'elementor-template', 'fl_builder_insert_layout', 'tie_',
];
/**
 * WordPress's own shortcodes, and a theme favourite, by their whole name (they are words):
 * left as text by blogs moved off WordPress (exporters keep them) and by sites whose theme or
 * plugin that rendered them is gone. `[video]` in a sentence is taken for one too; rare.
 */
const wordPressNames = [
  'caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist', 'dropcap',
  // Plugins' that take no attributes (tables of contents, ratings, share buttons).
  'ez-toc', 'toc', 'lwptoc', 'ratemypost', 'addtoany',
];
// Inside a word ("[dropcap]D[/dropcap]esa"): taken out without the space the others leave.
const inlineShortcode = /\[\/?dropcap(?:[\s/][^[\]]*)?\]/g;
// `[name attr="…"]`, `[/name]` or `[name /]`. Attributes stop at any bracket, so each try ends at
// the next "[" and hostile input ('[vc_' repeated, or never closed) stays linear.
const shortcodeSource = String.raw`\[\/?(?:(?:${pageBuilderNames.join('|')})[\w-]*|(?:${wordPressNames.join('|')})(?![\w-]))(?:[\s/][^[\]]*)?\]`;
// [embed]https://…[/embed]: what is between is the address of what it embeds, not text; that
// of a builder's raw HTML or code block is code (WPBakery's, base64).
const embedShortcode = /\[(embed|vc_raw_html|vc_raw_js|et_pb_code|fusion_code)(?:[\s/][^[\]]*)?\][^[]*\[\/\1\]/g;
// [caption …]<img …> Foto: Dok. Humas[/caption]: the picture stays, its caption goes (see asideClass).
const captionShortcode = /\[((?:wp_)?caption)(?:[\s/][^[\]]*)?\]([^[]*)\[\/\1\]/g;
// Any other `[name key="value" …]` is a plugin's shortcode too (contact forms, ads): never text.
const attributeShortcode = /\[([a-z][\w-]*)(?:\s+[\w-]+\s*=\s*(?:"[^"[\]]*"|'[^'[\]]*'))+\s*\/?\]/gi;
const shortcodeTag = new RegExp(shortcodeSource, 'g');
const firstShortcodeTag = new RegExp(shortcodeSource);

/** The first page-builder shortcode tag in `text`, e.g. `[vc_row]`. */
export function firstPageBuilderShortcode(text: string): string | undefined {
  // includes() first: it finds "no bracket at all" (most posts) many times faster than the pattern.
  return text.includes('[') ? firstShortcodeTag.exec(text)?.[0] : undefined;
}

/** Drops page-builder shortcode tags, keeping the text between them. */
export function withoutPageBuilderShortcodes(text: string): string {
  // A space, not nothing: "kata[/vc_column_text][vc_column_text]lain" is two words.
  if (!text.includes('[')) return text;
  const names = new Set<string>();
  const cleaned = text
    .replace(embedShortcode, ' ')
    .replace(captionShortcode, (_whole, _name, inner: string) => ` ${inner.match(/<[^<>]*>/g)?.join('') ?? ''} `)
    .replace(inlineShortcode, '')
    .replace(shortcodeTag, ' ')
    .replace(attributeShortcode, (_whole, name: string) => {
      names.add(name.toLowerCase());
      return ' ';
    });
  // Their closing tags too ("[su_box title="…"]…[/su_box]").
  return names.size === 0 ? cleaned : cleaned.replace(/\[\/([a-z][\w-]*)\]/gi, (whole, name: string) => (names.has(name.toLowerCase()) ? ' ' : whole));
}

/** An opening tag of the elements below; `[^<>]*` keeps each try within one tag. */
const openingTag = /<(a|p|span|div|blockquote|figcaption|figure|nav|table|ol|ul|sup|form|aside|section|ins)\b([^<>]*)>/gi;
// Never an article's words, whatever their class: forms (a contact, newsletter or search
// form's labels, hidden honeypots included) and asides.
const asideTag = /^(?:figcaption|form|aside)$/;
const classValue = /\bclass\s*=\s*["']([^"']*)/i;
// Tables of contents are known by their id too ("ez-toc-container").
const idValue = /\bid\s*=\s*["']([^"']*)/i;
// Themes' "Continue reading" links (WordPress's `excerpt_more` filter); Jetpack's sharing and
// like buttons (`sharedaddy`, put into the REST API's excerpt and content before Jetpack 11.8)
// and its related posts.
const appendedClass = /\b(?:more-link|link-more|read-more|sharedaddy|jp-relatedposts)\b/i;
// Not the article's words either: a picture's caption ("Foto: Dok. Humas", which news posts
// open with, so it would begin every summary; <figcaption>, or the classic editor's
// wp-caption-text), and the fallback text of social embeds ("View this post on Instagram").
// Nor is an embedded post of the same site ("wp-embedded-content": another post's title), an
// embed whose provider failed (its wrapper holds the bare URL), a pull quote (it repeats a
// paragraph), buttons and file downloads ("Daftar sekarang", "Download"), Elementor's counters
// (a "0" that script counts up, and its label), a plugin's table of contents ("Daftar Isi
// Toggle …"), detik-style inline "read also" boxes, or WordPress's footnotes. Nor what blocks
// and plugins put in a post: lists of other posts (Latest Posts, Query Loop, post grids,
// related posts), share and social buttons, author boxes, reading time and views, breadcrumbs,
// ads with their labels, navigation, and text only screen readers get.
const asideClass = new RegExp(
  `(?:^|\\s)(?:${[
    'wp-caption-text|instagram-media|tiktok-embed|twitter-tweet|twitter-video|fb-xfbml-parse-ignore|wp-embedded-content|wp-block-embed|wp-block-pullquote',
    'wp-block-footnotes|wp-block-buttons?|wp-block-file|gb-button|wp-block-kadence-advancedbtn|elementor-button-wrapper|elementor-widget-button|elementor-widget-counter',
    'ez-toc-container|toc_container|lwptoc|wp-block-yoast-seo-table-of-contents|wp-block-rank-math-toc-block|wp-block-uagb-table-of-contents|wp-block-kadence-tableofcontents|simpletoc|ub_table-of-contents|wp-block-ht-block-toc|ftwp-container-outer',
    'wp-block-latest-posts|wp-block-query|wp-block-social-links|wp-block-navigation|wp-block-search|wp-block-categories|wp-block-rss|wp-block-kadence-posts|wp-block-uagb-post-grid|gb-query-loop-wrapper',
    'linksisip|jnews_inline_related_post_wrapper|yarpp-related|yarpp|crp_related|rp4wp-related-posts',
    'addtoany_share_save_container|addtoany_list|heateor_sss_sharing_container|swp_social_panel|shared-counts-wrap|td-post-sharing[\\w-]*|elementor-widget-share-buttons|elementor-social-icons-wrapper',
    'saboxplugin-wrap|m-a-box|post-views|rt-reading-time|yoast-reading-time__wrapper|yoast-breadcrumbs|rank-math-breadcrumb|post-tags|dkpdf-button-container',
    'code-block|advads-[\\w-]+|td-a-rec|screen-reader-text',
  ].join('|')})(?=\\s|$)`,
  'i',
);

/**
 * Where the element opened by the tag ending at `from` closes (the index after its end tag),
 * counting nested elements of the same name; -1 when it never closes.
 */
function elementEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^<>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/**
 * Drops what themes and plugins append to a post's text, with its screen-reader text: a
 * widget has its own link to the article and shows no share buttons. A scan, not one regular
 * expression: `<tag class="more-link …>…</tag>` as a single pattern backtracks for minutes on
 * hostile HTML.
 */
export function withoutAppendedMarkup(html: string): string {
  let kept = '';
  let copied = 0;
  const neverClosed = new Set<string>();
  for (const open of html.matchAll(openingTag)) {
    const tag = (open[1] ?? '').toLowerCase();
    if (open.index < copied || neverClosed.has(tag)) continue;
    const attributes = open[2] ?? '';
    const classes = classValue.exec(attributes)?.[1] ?? '';
    const aside = asideClass.test(classes) || (attributes.includes('id') && asideClass.test(idValue.exec(attributes)?.[1] ?? ''));
    // A footnote's reference number (<sup class="fn">); "fn" elsewhere is a microformat's name.
    const footnote = tag === 'sup' && (attributes.includes('data-fn') || /(?:^|\s)fn(?:\s|$)/.test(classes));
    if (!asideTag.test(tag) && !aside && !footnote && !appendedClass.test(classes)) continue;
    const end = elementEnd(html, tag, open.index + open[0].length);
    // Once one never closes, later ones are left too: scanning to the end for each would be quadratic.
    if (end === -1) {
      neverClosed.add(tag);
      continue;
    }
    kept += html.slice(copied, open.index);
    copied = end;
  }
  return kept + html.slice(copied);
}

/**
 * Drops a link to the post itself (`url`, with relative hrefs resolved against `base`) that ends
 * an excerpt: a "read more" link without a class. Found by index, not by one regular expression:
 * those backtrack for minutes on hostile HTML.
 */
export function withoutLinkToPost(html: string, url: string | undefined, base: string | undefined): string {
  const start = html.lastIndexOf('<a ');
  const end = /<\/a>\s*(?:<\/(?:p|div)>\s*)?$/i.exec(html);
  const href = /\shref\s*=\s*["']([^"']*)/i.exec(html.slice(start, html.indexOf('>', start)))?.[1];
  return url && end && start >= 0 && end.index > start && href !== undefined && httpUrl(decodeEntities(href), base) === url
    ? html.slice(0, start) + html.slice(end.index + 4)
    : html;
}

const linkTarget = /<a\s[^>]*?\bhref\s*=\s*["']([^"']*)/gi;
const linkElement = /<a\s[^>]*>[\s\S]*?<\/a\s*>/gi;

/**
 * Where the last paragraph of `html` starts when it is short and ends the HTML, as the footers
 * feed generators append are; -1 when there is none.
 */
function footerStart(html: string): number {
  // The end checked first, by hand: this runs for every item, and a `$` pattern scans it all.
  if (html.trimEnd().slice(-4).toLowerCase() !== '</p>') return -1;
  const start = Math.max(html.lastIndexOf('<p>'), html.lastIndexOf('<p '));
  return start === -1 || html.length - start > 1000 ? -1 : start;
}

/**
 * A paragraph's markup outside its links, tags as spaces: what a generator's footer repeats
 * under every post. Not its text: this runs for every item of a feed, and one generator
 * writes its footer the same way each time.
 */
function footerWords(paragraph: string): string {
  return paragraph.replace(linkElement, ' \u2026 ').replace(/<[^>]*>|\s+/g, ' ').trim();
}

/**
 * The footers of a feed's generator: a last paragraph whose words outside its links recur
 * under at least three items and half of them, such as "<a>Title</a> was originally published
 * in <a>Publication</a> on Medium, where people are continuing the conversation …", or "[If the
 * formatting looks odd in your feed reader, <a>visit the original article</a>]". A footer of
 * fewer than three words ("Sumber: <a>…</a>") is left: it can be part of the text.
 */
export function repeatedFooters(htmls: readonly string[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  let withHtml = 0;
  for (const html of htmls) {
    if (html === '') continue;
    withHtml += 1;
    const start = footerStart(html);
    if (start === -1) continue;
    const words = footerWords(html.slice(start));
    if (words.replaceAll('\u2026', ' ').trim().split(' ').length >= 3) counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 3 && count * 2 >= withHtml).map(([words]) => words));
}

/**
 * Drops the line SEO plugins append to a site's feeds (Yoast's, Rank Math's "The post <a>…</a>
 * appeared first on <a>…</a>.", in the site's language): a short last paragraph after the text,
 * of two links, to the post itself (`url`; relative hrefs resolved against `base`) and to the
 * site's home, which the post's URL starts with; and one of the feed's `footers`.
 */
export function withoutFeedFooter(html: string, url: string | undefined, base: string | undefined, footers?: ReadonlySet<string>): string {
  const start = footerStart(html);
  if (start === -1 || html.slice(0, start).trim() === '') return html;
  const footer = html.slice(start);
  if (footers !== undefined && footers.size > 0 && footers.has(footerWords(footer))) return html.slice(0, start);
  if (!url) return html;
  const targets = [...footer.matchAll(linkTarget)].map(([, href = '']) => httpUrl(decodeEntities(href), base));
  const [post, home] = targets;
  const isHome = home !== undefined && home !== url && url.startsWith(home.endsWith('/') ? home : `${home}/`);
  return targets.length === 2 && post === url && isHome ? html.slice(0, start) : html;
}

/**
 * " [&hellip;]", " [...]" or " &hellip;" ending WordPress's excerpts, as plain text, becomes
 * "…"; after a sentence's end, where WordPress's cut fell, nothing ("selesai.", not "selesai.…").
 */
export function withEllipsis(text: string): string {
  return text.replace(/([.!?。！？]?)\s*(?:\[(?:…|\.\.\.)\]|…)$/u, (_ending, stop: string) => stop || '…');
}

export interface PostTextOptions {
  /** The post's own URL: a link to it ending the text goes. */
  readonly url?: string | undefined;
  /** What relative links resolve against. */
  readonly base?: string | undefined;
  readonly multiline?: boolean;
  readonly plain?: boolean;
  /** The feed's generator footers (see `repeatedFooters`). */
  readonly footers?: ReadonlySet<string>;
}

// A paragraph of at most 400 characters (a longer one is the article's own).
const shortParagraph = /<p\b[^<>]*>((?:(?!<\/?p\b)[\s\S]){0,400}?)<\/p\s*>/gi;
// Where Indonesian news sites ask readers to follow them: Google News, a WhatsApp channel, Telegram.
const followLink = /<a\b[^<>]*\bhref\s*=\s*["']?https?:\/\/(?:news\.google\.com\/|(?:www\.)?whatsapp\.com\/channel\/|t\.me\/)/i;

/**
 * Drops the paragraphs that ask readers to follow the site ("Ikuti berita terkini di Google
 * News, klik di sini", "Gabung di saluran WhatsApp …"): a link to Google News, a WhatsApp
 * channel or Telegram in a short paragraph.
 */
function withoutFollowLines(html: string): string {
  return followLink.test(html) ? html.replace(shortParagraph, (paragraph: string, inner: string) => (followLink.test(inner) ? ' ' : paragraph)) : html;
}

/**
 * Plain text of a post's excerpt or content as WordPress renders it: without page-builder
 * shortcodes, the theme's "read more" link, Jetpack's share buttons, picture captions, social
 * embeds' fallback text, "Baca juga" links, an SEO plugin's feed footer or a final link to the post,
 * ending in "…" rather than " [&hellip;]".
 */
export function postText(html: string, { url, base, multiline = false, plain = false, footers }: PostTextOptions = {}): string {
  // Text without a tag or a shortcode (most feeds' summaries): only "Baca juga" lines can go.
  if (!html.includes('<') && !html.includes('[')) return withEllipsis(htmlToText(withoutReadAlso(html), { multiline, plain }));
  const cleaned = withoutLinkToPost(withoutFeedFooter(withoutFollowLines(withoutReadAlso(withoutAppendedMarkup(withoutPageBuilderShortcodes(html)))), url, base, footers), url, base);
  return withEllipsis(htmlToText(cleaned, { multiline, plain }));
}

const defaultCategorySlugs = new Set(['uncategorized', 'uncategorised', 'tak-berkategori', 'tidak-berkategori']);

/**
 * Whether a category's slug or name is that of the one WordPress files every post under until
 * it is given one ("Uncategorized", "Tak Berkategori"): a placeholder, not a topic that posts
 * share. WordPress-made JSON Feeds can list it among an item's tags.
 */
export function isDefaultCategory(slugOrName: string): boolean {
  // Shorter than "uncategorized": none of them (most tags are, and this runs for each).
  if (slugOrName.length < 13) return false;
  return defaultCategorySlugs.has(slugOrName.trim().toLowerCase().replace(/\s+/g, '-'));
}
