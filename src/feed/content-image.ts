import { cleanText, isEmojiImage, MAX_LENGTH, shownText, tagAttribute } from './html-text.js';
import type { Image } from './types.js';
import { httpUrl } from './urls.js';

// One <img> start tag; `[^<>]*` keeps each try within one tag, so unclosed tags stay linear.
const imageTag = /<img\b[^<>]*>/gi;

// Lazy-loading plugins (a3 Lazy Load, BJ Lazy Load, WP Rocket, lazysizes) put a placeholder in
// src, often an http(s) gif of their own, and the image in data-lazy-src or data-src, or only in
// a data-srcset (its first candidate is taken): those come first.
const sources = ['data-lazy-src', 'data-src', 'data-lazy-srcset', 'data-srcset', 'src'];

/**
 * The first picture in an article's HTML, for an article that names none, as feed readers
 * show it: an http(s) image that is no emoji, icon or tracking pixel (under 50 px wide).
 * `base` is the article's own page where it has one: the HTML is that page's (Hugo's page
 * bundles write `<img src="photo.jpg">`), as a browser and feed readers resolve it.
 */
export function firstContentImage(html: string, base?: string): Image | undefined {
  for (const [tag] of html.matchAll(imageTag)) {
    if (Number(tagAttribute(tag, 'width')) < 50 || isEmojiImage(tag)) continue;
    for (const source of sources) {
      const value = tagAttribute(tag, source)?.trim();
      const url = httpUrl(source.endsWith('srcset') ? value?.split(/\s/, 1)[0] : value, base);
      if (url) return { url, alt: shownText(cleanText(tagAttribute(tag, 'alt') ?? ''), MAX_LENGTH.alt) };
    }
  }
  return undefined;
}
