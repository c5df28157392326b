import { cleanText, decodeEntities } from './html-text.js';
import type { Image } from './types.js';
import { httpUrl } from './urls.js';

// One <img> start tag; `[^<>]*` keeps each try within one tag, so unclosed tags stay linear.
const imageTag = /<img\b([^<>]*)>/gi;

function attribute(name: string): RegExp {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
}

// Lazy-loading plugins put a placeholder (often a data: URL) in src and the image in data-src.
const sources = ['src', 'data-lazy-src', 'data-src'].map(attribute);
const altAttribute = attribute('alt');
const widthAttribute = attribute('width');
const classAttribute = attribute('class');
const emojiClass = /\b(?:wp-smiley|emoji)\b/i;

function valueOf(pattern: RegExp, attributes: string): string | undefined {
  const match = pattern.exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * The first picture in an article's HTML, for an article that names none, as feed readers
 * show it: an http(s) image that is no emoji, icon or tracking pixel (under 50 px wide).
 */
export function firstContentImage(html: string, base?: string): Image | undefined {
  for (const [, attributes = ''] of html.matchAll(imageTag)) {
    if (Number(valueOf(widthAttribute, attributes)) < 50 || emojiClass.test(valueOf(classAttribute, attributes) ?? '')) continue;
    for (const source of sources) {
      const url = httpUrl(valueOf(source, attributes)?.trim(), base);
      if (url) return { url, alt: cleanText(valueOf(altAttribute, attributes) ?? '') };
    }
  }
  return undefined;
}
