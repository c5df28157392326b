import { parseUtcDateTime } from './dates.js';
import { child, FeedError, quote, type Warnings } from './errors.js';
import { draftArticle, setIf } from './article-text.js';
import { cleanText, htmlToText } from './html-text.js';
import { readItemExtension } from './infest-extension.js';
import { FieldReader, isObject, type JsonObject } from './read.js';
import { httpUrl } from './urls.js';
import type { Article, Author, Feed, FeedDate, Image, ParseOptions } from './types.js';

/**
 * Reads the WordPress REST API v2 posts response (`/wp-json/wp/v2/posts?_embed`), or a single
 * post. Shapes: https://developer.wordpress.org/rest-api/reference/posts/
 */

/** A post object: a numeric id and a rendered title or a link. */
export function looksLikeWordPressPost(value: unknown): value is JsonObject {
  if (!isObject(value) || !(typeof value.id === 'number' || typeof value.id === 'string')) return false;
  return isObject(value.title) || 'link' in value || 'guid' in value;
}

/** WordPress answers failures with `{ code, message, data: { status } }`. */
export function wordPressErrorMessage(input: JsonObject): string | undefined {
  if (typeof input.code !== 'string' || typeof input.message !== 'string') return undefined;
  const status = isObject(input.data) && typeof input.data.status === 'number' ? ` (HTTP ${String(input.data.status)})` : '';
  return `the site answered with a WordPress error instead of posts: ${input.code}${status}: ${htmlToText(input.message)}`;
}

/** `pathOf` names where each post sits: `$[3]` in a posts array, `$` for a single post. */
export function parseWordPressPosts(
  posts: readonly unknown[],
  options: ParseOptions,
  warnings: Warnings,
  pathOf: (index: number) => string = (index) => child('$', index),
): Feed {
  const first = posts[0];
  if (first !== undefined && !looksLikeWordPressPost(first)) {
    throw new FeedError(pathOf(0), `expected a WordPress post (an object with "id", "link" and "title"), got ${quote(first)}`);
  }
  const reader = new FieldReader(warnings, httpUrl(options.baseUrl));
  const articles: Article[] = [];
  const ids = new Set<string>();
  posts.forEach((post, index) => {
    const path = pathOf(index);
    if (!looksLikeWordPressPost(post)) {
      warnings.add('item-dropped', path, `expected a WordPress post object, got ${quote(post)}; it was dropped`);
      return;
    }
    const id = String(post.id);
    if (ids.has(id)) {
      warnings.add('duplicate-id', child(path, 'id'), `post id ${id} appears twice; this one was dropped (each post should come once)`);
      return;
    }
    ids.add(id);
    articles.push(readPost(reader, post, path, id));
  });
  const homePageUrl = siteHome(options.baseUrl);
  // A `Link: <…>; rel="next"` target may be relative to the request URL.
  const nextUrl = httpUrl(options.nextUrl, reader.base);
  return {
    format: 'wordpress-rest',
    title: homePageUrl ? new URL(homePageUrl).hostname : '',
    ...(homePageUrl ? { homePageUrl } : {}),
    ...(reader.base ? { feedUrl: reader.base } : {}),
    ...(nextUrl ? { nextUrl } : {}),
    articles,
    programs: [],
  };
}

/** `https://site.example/blog/wp-json/wp/v2/posts` → `https://site.example/blog/`. */
function siteHome(feedUrl: string | undefined): string | undefined {
  const url = httpUrl(feedUrl);
  if (url === undefined) return undefined;
  const parsed = new URL(url);
  const restRoot = parsed.pathname.indexOf('/wp-json/');
  parsed.pathname = restRoot === -1 ? parsed.pathname : parsed.pathname.slice(0, restRoot + 1);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

/** `{ "rendered": "…" }` fields, as HTML; protected content counts as absent. */
function rendered(reader: FieldReader, post: JsonObject, key: string, path: string): string {
  const field = post[key];
  if (typeof field === 'string') return field;
  const object = reader.object(post, key, path);
  if (!object || object.protected === true) return '';
  return reader.string(object, 'rendered', child(path, key)) ?? '';
}

/**
 * The "Continue reading" link many themes append to excerpts (WordPress's `excerpt_more`
 * filter), with its screen-reader text: a widget has its own link to the article.
 */
const readMoreLink = /<(a|p|span|div)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:more-link|link-more|read-more)\b[^"']*["'][^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Plain text of a rendered excerpt, without the theme's link, ending in "…" rather than " [&hellip;]". */
function excerptText(html: string): string {
  return htmlToText(html.replace(readMoreLink, '')).replace(/\s*\[(?:…|\.\.\.)\]$/, '…');
}

function readPost(reader: FieldReader, post: JsonObject, path: string, id: string): Article {
  const contentHtml = rendered(reader, post, 'content', path);
  const embedded = reader.object(post, '_embedded', path) ?? {};
  const embeddedPath = child(path, '_embedded');
  const extension = readItemExtension(reader, post, path);
  const url = reader.url(post, 'link', path);
  const image = featuredImage(reader, embedded, embeddedPath);
  const published = wordPressDate(reader, post, 'date_gmt', path);
  const modified = wordPressDate(reader, post, 'modified_gmt', path);
  const terms = readTerms(reader, embedded, embeddedPath);
  const category = extension.category ?? terms.categories[0];
  const article = draftArticle(id, readAuthors(reader, embedded, embeddedPath), terms.tags, {
    title: htmlToText(rendered(reader, post, 'title', path)),
    summary: excerptText(rendered(reader, post, 'excerpt', path)),
    body: () => htmlToText(contentHtml, { multiline: true }),
  });
  setIf(article, 'url', url);
  setIf(article, 'image', image);
  setIf(article, 'published', published);
  setIf(article, 'modified', modified);
  setIf(article, 'program', extension.program);
  setIf(article, 'phase', extension.phase);
  setIf(article, 'category', category);
  return article;
}

/** `date_gmt` is UTC without an offset; `null` for drafts. */
function wordPressDate(reader: FieldReader, post: JsonObject, key: string, path: string): FeedDate | undefined {
  const raw = reader.string(post, key, path);
  if (raw === undefined) return undefined;
  const result = parseUtcDateTime(raw);
  if (result.ok) return result.date;
  reader.warnings.add('invalid-date', child(path, key), `${quote(raw)} is not a WordPress GMT date (e.g. 2021-11-02T03:00:00); it was ignored`);
  return undefined;
}

function readAuthors(reader: FieldReader, embedded: JsonObject, path: string): Author[] {
  const authorsPath = child(path, 'author');
  return reader.array(embedded, 'author', path).flatMap((entry, index): Author[] => {
    // An author WordPress will not show comes back as an error object; skip it quietly.
    if (!isObject(entry) || typeof entry.name !== 'string') return [];
    const name = cleanText(htmlToText(entry.name));
    if (name === '') return [];
    const entryPath = child(authorsPath, index);
    const url = reader.url(entry, 'link', entryPath);
    const avatars = isObject(entry.avatar_urls) ? entry.avatar_urls : {};
    const avatarKey = ['96', '48', '24'].find((size) => typeof avatars[size] === 'string');
    const avatar = avatarKey ? reader.url(avatars, avatarKey, child(entryPath, 'avatar_urls')) : undefined;
    return [{ name, ...(url ? { url } : {}), ...(avatar ? { avatar } : {}) }];
  });
}

/** Prefer a mid-size rendition: readers are often on phones and slow connections. */
const preferredSizes = ['medium_large', 'large', 'full'];

function featuredImage(reader: FieldReader, embedded: JsonObject, path: string): Image | undefined {
  const mediaPath = child(child(path, 'wp:featuredmedia'), 0);
  const media = reader.array(embedded, 'wp:featuredmedia', path)[0];
  if (!isObject(media)) return undefined;
  const details = isObject(media.media_details) ? media.media_details : {};
  const sizes = isObject(details.sizes) ? details.sizes : {};
  const sizeKey = preferredSizes.find((size) => {
    const rendition = sizes[size];
    return isObject(rendition) && typeof rendition.source_url === 'string';
  });
  const rendition = sizeKey === undefined ? undefined : sizes[sizeKey];
  const source = isObject(rendition) ? rendition : media;
  const sourcePath = sizeKey ? child(child(child(mediaPath, 'media_details'), 'sizes'), sizeKey) : mediaPath;
  const url = reader.url(source, 'source_url', sourcePath);
  if (url === undefined) return undefined;
  const dimensions = sizeKey ? source : details;
  const width = dimensions.width;
  const height = dimensions.height;
  return {
    url,
    alt: cleanText(typeof media.alt_text === 'string' ? media.alt_text : ''),
    ...(typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0 ? { width, height } : {}),
  };
}

/** `_embedded['wp:term']` is one array per taxonomy; tags are `post_tag`, then categories. */
function readTerms(reader: FieldReader, embedded: JsonObject, path: string): { tags: string[]; categories: string[] } {
  const tags: string[] = [];
  const categories: string[] = [];
  for (const taxonomy of reader.array(embedded, 'wp:term', path)) {
    if (!Array.isArray(taxonomy)) continue;
    for (const term of taxonomy) {
      if (!isObject(term) || typeof term.name !== 'string') continue;
      const name = htmlToText(term.name);
      const list = term.taxonomy === 'post_tag' ? tags : term.taxonomy === 'category' ? categories : undefined;
      if (name !== '' && list && !list.includes(name)) list.push(name);
    }
  }
  return { tags, categories };
}
