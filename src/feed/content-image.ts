import { cleanText, decodeEntities, isEmojiImage, MAX_LENGTH, shownText, tagAttribute } from './html-text.js';
import { imageSources, sameShape } from './image-sources.js';
import { withDefined } from './read.js';
import type { Image } from './types.js';
import { httpUrl } from './urls.js';
import { withoutReadAlso } from './read-also.js';
import { withoutAppendedMarkup } from './wordpress-markup.js';

// One <img> start tag; `[^<>]*` keeps each try within one tag, so unclosed tags stay linear.
const imageTag = /<img\b[^<>]*>/gi;

// Lazy-loading plugins (a3 Lazy Load, BJ Lazy Load, WP Rocket, lazysizes) put a placeholder in
// src, often an http(s) gif of their own, and the image in data-lazy-(src)set or data-(src)set:
// those come first. A srcset beats a lone URL (a gallery's src is its 150 px thumbnail), and so
// does Jetpack's data-large-file (the "large" size, 1024 px by default).
const sources = ['data-lazy-srcset', 'data-srcset', 'srcset', 'data-large-file', 'data-lazy-src', 'data-src', 'src'];

// Counters that feeds put in every post without a size: Matomo (Piwik), WordPress.com Stats,
// FeedBurner, Google Analytics, and the usual names of a pixel; and Gravatar's avatars.
const tracker = /[?&]idsite=|\/(?:piwik|matomo)\.php|\/\/(?:pixel\.wp\.com\/|stats\.wordpress\.com\/|feeds\.feedburner\.com\/~r\/|www\.google-analytics\.com\/|(?:[\w-]+\.)*gravatar\.com\/)|\/(?:pixel|spacer|blank|1x1|b)\.gif(?:$|\?)/i;
// Drawn at under 50 px, or not at all.
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*[0-4]?\d(?:\.\d+)?px)/i;
// An author box's or a comment's picture (WordPress's get_avatar() and the plugins that replace it).
const avatar = /\bavatar\b/i;
// A srcset candidate: a URL (which may hold commas, but neither starts nor ends with one), then
// its descriptors up to the next comma, as the HTML spec splits them.
const candidate = /([^\s,](?:\S*[^\s,])?)(?:,|\s+([^,]*))?/g;

/**
 * The candidate of `srcset` for a card shown 360–640 px wide at 1–3 device pixels a px: the
 * nearest to 1024 px wide of those up to 1280, else the narrowest; with its width when a `w`
 * descriptor says it. A density is that many times the img's width or, without one, 512 px (a
 * 1x picture is drawn about a card's width, so 2x suits).
 */
function fromSrcset(srcset: string, imgWidth: number): [url?: string, width?: number] {
  let best: [string?, number?] = [];
  let bestScore = Infinity;
  for (const [, url, descriptor = ''] of srcset.matchAll(candidate)) {
    const [, count = '1', unit = 'x'] = /^([\d.]+)([wx])/.exec(descriptor) ?? [];
    const width = parseFloat(count) * (unit === 'w' ? 1 : imgWidth || 512);
    const score = width > 1280 ? width : Math.abs(width - 1024);
    if (score < bestScore) {
      bestScore = score;
      best = [url, unit === 'w' && Number.isSafeInteger(width) && width > 0 ? width : undefined];
    }
  }
  return best;
}

// The size WordPress names its renditions by: "foto-300x200.jpg".
const sizeInName = /-(\d+)x(\d+)\.\w+(?:[?#]|$)/;
const aspectInName = (url: string): number | undefined => {
  const [, width, height] = sizeInName.exec(url) ?? [];
  return Number(height) > 0 ? Number(width) / Number(height) : undefined;
};

/**
 * The candidates of `srcset` that say their width ("foto-300x200.jpg 300w"), as sources of
 * `chosen`: of its shape, where their names say (a square thumbnail crop is another picture).
 */
function srcsetSources(srcset: string, chosen: string, base: string | undefined): Image['sources'] {
  const aspect = aspectInName(chosen);
  const widths = [...srcset.matchAll(candidate)].flatMap(([, url = '', descriptor = '']) => {
    const width = /^(\d+)w$/.exec(descriptor.trim())?.[1];
    const own = aspectInName(url);
    const shaped = aspect === undefined || own === undefined || sameShape(aspect, own);
    return width === undefined || !shaped ? [] : [[url, Number(width)] as const];
  });
  return imageSources(widths, base);
}

/** Whether the img at `index` opens a link to Google News: a "follow us" badge. */
function isNewsBadge(html: string, index: number): boolean {
  const before = html.slice(html.lastIndexOf('<', index - 1), index);
  return /^<a\s/i.test(before) && /^https?:\/\/news\.google\.com\//i.test(tagAttribute(before, 'href') ?? '');
}

/**
 * The first picture in an article's HTML, for an article that names none, as feed readers
 * show it: an http(s) image that is no emoji, icon, avatar, banner (wider than 3:1) or tracking
 * pixel (under 50 px wide or high, hidden, or a known counter), at the size a card needs.
 * `base` is the article's own page where it has one: the HTML is that page's (Hugo's page
 * bundles write `<img src="photo.jpg">`), as a browser and feed readers resolve it.
 */
export function firstContentImage(html: string, base?: string): Image | undefined {
  for (const { 0: tag, index } of html.matchAll(imageTag)) {
    const width = Number(tagAttribute(tag, 'width'));
    const height = Number(tagAttribute(tag, 'height'));
    if (width < 50 || height < 50 || width > 3 * height || hiddenStyle.test(tagAttribute(tag, 'style') ?? '') || isEmojiImage(tag) || avatar.test(tagAttribute(tag, 'class') ?? '') || isNewsBadge(html, index)) continue;
    for (const source of sources) {
      const value = tagAttribute(tag, source);
      const [raw, size] = value !== undefined && source.endsWith('srcset') ? fromSrcset(value, width) : [value?.trim()];
      const url = httpUrl(raw, base);
      if (url) {
        if (tracker.test(url) || isEmojiUrl(url) || isLogo(url, tagAttribute(tag, 'alt'), width)) break;
        const alt = shownText(cleanText(tagAttribute(tag, 'alt') ?? ''), MAX_LENGTH.alt);
        return withDefined({ url, alt }, { width: size, sources: value !== undefined && size ? srcsetSources(value, raw ?? '', base) : undefined });
      }
    }
  }
  return builderImage(html, base);
}

/**
 * The first picture of the article's own markup, not of what themes and plugins put in it (a
 * related post's thumbnail, an ad banner, an author's photo, a "Baca juga" link's picture).
 */
export function firstArticleImage(html: string, base?: string): Image | undefined {
  return firstContentImage(withoutReadAlso(withoutAppendedMarkup(html)), base);
}

/** WordPress's and Twitter's emoji pictures (s.w.org/images/core/emoji/…/1f642.svg, twemoji). */
export function isEmojiUrl(url: string): boolean {
  return /^https?:\/\/(?:s\.w\.org\/images\/core\/emoji\/|[^/]+\/(?:[^?#]*\/)?twemoji\/)/i.test(url);
}

/**
 * A site's or an office's logo heading a press release ("logo-kabupaten.png", alt "Logo …"),
 * small or of unknown size: the article's picture is what follows. A large one (a post about
 * a new logo) is kept.
 */
function isLogo(url: string, alt: string | undefined, width: number): boolean {
  const file = /[^/?#]*(?=[?#]|$)/.exec(url.replace(/^https?:\/\/[^/]+/i, ''))?.[0] ?? '';
  // "logo" as a word of the name ("logo-kabupaten.png", "kab_logo.png"), not inside one ("katalogo.jpg").
  return (/(?:^|[\W_])logo(?:[\W_]|$)/i.test(file) || /^logo\b/i.test(alt?.trim() ?? '')) && !(width > 400);
}

/**
 * Divi's and Avada's image shortcodes, which the REST API leaves unrendered (see
 * wordpress-markup.ts): `[et_pb_image src="…" alt="…"]`, `[fusion_imageframe …]https://…[/fusion_imageframe]`.
 * WordPress writes their quotes as the entities of ” and ″. `[^[\]]` keeps each try in one tag.
 */
const builderImageTag = /\[(?:et_pb_(?:fullwidth_)?image|fusion_imageframe)\b([^[\]]*)\](?:([^[\]<>]*)\[\/fusion_imageframe\])?/gi;
const quoted = (name: string): RegExp => new RegExp(`\\b${name}=["'“”″]([^"'“”″]*)`, 'i');
const builderSrc = quoted('src');
const builderAlt = quoted('alt');

function builderImage(html: string, base?: string): Image | undefined {
  for (const { 1: written = '', 2: content } of html.matchAll(builderImageTag)) {
    const attributes = decodeEntities(written);
    const url = httpUrl(builderSrc.exec(attributes)?.[1]?.trim() ?? decodeEntities(content ?? '').trim(), base);
    if (url && !tracker.test(url)) return { url, alt: shownText(cleanText(builderAlt.exec(attributes)?.[1] ?? ''), MAX_LENGTH.alt) };
  }
  return undefined;
}
