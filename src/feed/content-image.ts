import { cleanText, isEmojiImage, MAX_LENGTH, shownText, tagAttribute } from './html-text.js';
import type { Image } from './types.js';
import { httpUrl } from './urls.js';

// One <img> start tag; `[^<>]*` keeps each try within one tag, so unclosed tags stay linear.
const imageTag = /<img\b[^<>]*>/gi;

// Lazy-loading plugins (a3 Lazy Load, BJ Lazy Load, WP Rocket, lazysizes) put a placeholder in
// src, often an http(s) gif of their own, and the image in data-lazy-src or data-src, or only in
// a data-srcset (its first candidate is taken): those come first.
const sources = ['data-lazy-src', 'data-src', 'data-lazy-srcset', 'data-srcset', 'src'];

// Counters that feeds put in every post without a size: Matomo (Piwik), WordPress.com Stats,
// FeedBurner, Google Analytics, and the usual names of a pixel.
const tracker = /[?&]idsite=|\/(?:piwik|matomo)\.php|\/\/(?:pixel\.wp\.com\/|stats\.wordpress\.com\/|feeds\.feedburner\.com\/~r\/|www\.google-analytics\.com\/)|\/(?:pixel|spacer|blank|1x1|b)\.gif(?:$|\?)/i;
// Drawn at under 50 px, or not at all.
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*[0-4]?\d(?:\.\d+)?px)/i;

/**
 * The first picture in an article's HTML, for an article that names none, as feed readers
 * show it: an http(s) image that is no emoji, icon or tracking pixel (under 50 px wide or
 * high, hidden, or a known counter).
 * `base` is the article's own page where it has one: the HTML is that page's (Hugo's page
 * bundles write `<img src="photo.jpg">`), as a browser and feed readers resolve it.
 */
export function firstContentImage(html: string, base?: string): Image | undefined {
  for (const [tag] of html.matchAll(imageTag)) {
    if (Number(tagAttribute(tag, 'width')) < 50 || Number(tagAttribute(tag, 'height')) < 50 || hiddenStyle.test(tagAttribute(tag, 'style') ?? '') || isEmojiImage(tag)) continue;
    for (const source of sources) {
      const value = tagAttribute(tag, source)?.trim();
      const url = httpUrl(source.endsWith('srcset') ? value?.split(/\s/, 1)[0] : value, base);
      if (url) {
        if (tracker.test(url)) break;
        return { url, alt: shownText(cleanText(tagAttribute(tag, 'alt') ?? ''), MAX_LENGTH.alt) };
      }
    }
  }
  return undefined;
}
