import { child, FeedError, jsonType, quote, type Warnings } from './errors.js';
import { draftArticle, setIf } from './article-text.js';
import { readAttachments } from './attachments.js';
import { firstArticleImage, isEmojiUrl } from './content-image.js';
import { decodeEntities, htmlToText, MAX_LENGTH, shownText } from './html-text.js';
import { checkReferences, readId, readItemExtension, readPrograms } from './infest-extension.js';
import { withoutReadAlsoText } from './read-also.js';
import { leadingTitleRemover } from './repeated-title.js';
import { FieldReader, isObject, noteUnreadItems, readableItems, withDefined, type JsonObject } from './read.js';
import { httpUrl } from './urls.js';
import { firstPageBuilderShortcode, isDefaultCategory, postText, repeatedFooters, withoutPageBuilderShortcodes } from './wordpress-markup.js';
import type { Article, Author, Feed, FeedFormat, Image, ParseOptions } from './types.js';

const versionPrefix = /^https?:\/\/jsonfeed\.org\/version\//;

/** True when `input` declares itself a JSON Feed, or at least looks like one. */
export function looksLikeJsonFeed(input: JsonObject): boolean {
  return (typeof input.version === 'string' && versionPrefix.test(input.version)) || 'items' in input;
}

function readVersion(input: JsonObject, warnings: Warnings): FeedFormat {
  const version = input.version;
  if (version === 'https://jsonfeed.org/version/1.1') return 'json-feed-1.1';
  if (version === 'https://jsonfeed.org/version/1') return 'json-feed-1.0';
  // Near misses seen in the wild: http, "1.0", a trailing slash.
  const near = typeof version === 'string' ? /^https?:\/\/jsonfeed\.org\/version\/1(\.1)?(?:\.0)?\/?$/i.exec(version.trim()) : null;
  if (near) {
    const minor = near[1] ?? '';
    warnings.add('unknown-version', '$.version', `${quote(version)} was read as JSON Feed 1${minor || '.0'}; write "https://jsonfeed.org/version/1${minor}"`);
    return minor ? 'json-feed-1.1' : 'json-feed-1.0';
  }
  if (version === undefined) {
    warnings.add('missing-field', '$.version', 'a JSON Feed must start with "version": "https://jsonfeed.org/version/1.1"; read as 1.1');
  } else {
    warnings.add('unknown-version', '$.version', `${quote(version)} is not a JSON Feed version this library knows (1 or 1.1); read as 1.1`);
  }
  return 'json-feed-1.1';
}

/** Parses a JSON Feed 1.0 or 1.1 object with the `_infest` extension. */
export function parseJsonFeed(input: JsonObject, options: ParseOptions, warnings: Warnings): Feed {
  const format = readVersion(input, warnings);
  if (!('items' in input)) throw new FeedError('$.items', 'a JSON Feed needs an "items" array (it may be empty: "items": [])');
  if (!Array.isArray(input.items)) {
    throw new FeedError('$.items', `"items" must be an array of items, got ${jsonType(input.items)}`);
  }
  // Relative URLs resolve against where the feed came from, else what it says about itself.
  // A base that is not http(s) (a file path, a relative src) would make every URL unresolvable.
  const reader = new FieldReader(warnings, httpUrl(options.baseUrl));
  reader.base ??= httpUrl(stringField(input, 'feed_url')) ?? httpUrl(stringField(input, 'home_page_url'));

  const title = htmlToText(reader.string(input, 'title', '$') ?? '', { plain: true });
  if (title === '') warnings.add('missing-field', '$.title', 'a JSON Feed needs a "title"');
  const feedAuthors = readAuthors(reader, input, '$');
  // An item's language is the feed's unless it says otherwise ("can be different than the
  // primary language for the feed").
  const language = reader.language(input, 'language', '$');
  const extension = reader.object(input, '_infest', '$');
  const programs = extension ? readPrograms(reader, extension, '$._infest') : [];

  const articles: Article[] = [];
  const ids = new Set<string>();
  const programsById = new Map(programs.map((program) => [program.id, program]));
  const items = readableItems(input.items);
  const footers = repeatedFooters(items.map((item) => (isObject(item) && typeof item.content_html === 'string' ? item.content_html : '')));
  items.forEach((item: unknown, index) => {
    const path = child('$.items', index);
    if (!isObject(item)) {
      warnings.add('item-dropped', path, `an item must be an object, got ${quote(item)}; it was dropped`);
      return;
    }
    const id = lacksId(item) && typeof item.url === 'string' && item.url.trim() !== '' ? idFromUrl(reader, item, item.url.trim(), path) : readId(reader, item, path, 'item');
    if (id === undefined) return;
    if (ids.has(id)) {
      warnings.add('duplicate-id', child(path, 'id'), `id "${id}" is used by an earlier item; this one was dropped (give each item its own id)`);
      return;
    }
    ids.add(id);
    const article = readItem(reader, item, path, id, { authors: feedAuthors, language }, footers);
    checkReferences(reader, article, path, programsById);
    articles.push(article);
  });

  // Every item unreadable is a broken feed, not an empty one: say why rather than "no articles".
  const dropped = articles.length === 0 ? warnings.list.find((warning) => warning.code === 'item-dropped' && warning.path.startsWith('$.items')) : undefined;
  if (dropped) throw new FeedError(dropped.path, `none of the ${String(input.items.length)} items can be shown: ${dropped.message}`);
  noteUnreadItems(input.items.length, (index) => child('$.items', index), warnings);
  noteMisnamedFields(items, warnings);

  const homePageUrl = reader.url(input, 'home_page_url', '$');
  const feedUrl = reader.url(input, 'feed_url', '$');
  const nextUrl = pageAfter(reader, input, feedUrl) ?? httpUrl(options.nextUrl, reader.base);
  return {
    format,
    title,
    ...(homePageUrl ? { homePageUrl } : {}),
    ...(feedUrl ? { feedUrl } : {}),
    ...(language ? { language } : {}),
    ...(nextUrl ? { nextUrl } : {}),
    articles,
    programs,
  };
}

/** Item fields of RSS or a site's own JSON that JSON Feed names otherwise, by that name. */
const misnamedFields = new Map([
  ['date', 'date_published'], ['published', 'date_published'], ['pubDate', 'date_published'], ['created_at', 'date_published'],
  ['link', 'url'], ['description', 'summary'], ['content', 'content_html'], ['body', 'content_html'],
  ['thumbnail', 'image'], ['featured_image', 'image'],
]);

/**
 * Says once per name, for the whole feed, that items use a field JSON Feed names otherwise
 * ("date" for "date_published"), where they lack JSON Feed's: it is otherwise silently unused,
 * and the articles show without their dates.
 */
function noteMisnamedFields(items: readonly unknown[], warnings: Warnings): void {
  const found = new Map<string, { path: string; count: number }>();
  items.forEach((item, index) => {
    if (!isObject(item)) return;
    for (const [key, meant] of misnamedFields) {
      if (!(key in item) || meant in item) continue;
      const seen = found.get(key);
      if (seen) seen.count++;
      else found.set(key, { path: child(child('$.items', index), key), count: 1 });
    }
  });
  for (const [key, { path, count }] of found) {
    warnings.add('unknown-field', path, `"${key}" is not a JSON Feed field, so it was not used (${String(count)} item(s) have it); JSON Feed calls it "${misnamedFields.get(key) ?? ''}"`);
  }
}

/** No id, or an empty one: some generators write `"id": ""` for posts without a GUID. */
function lacksId(item: JsonObject): boolean {
  return item.id == null || (typeof item.id === 'string' && item.id.trim() === '');
}

/** An item without an id is known by its URL, as JSON Feed suggests ids be. */
function idFromUrl(reader: FieldReader, item: JsonObject, url: string, path: string): string {
  const problem = item.id == null ? 'has no id' : `has an empty id ${quote(item.id)}`;
  reader.warnings.add('id-coerced', child(path, 'id'), `the item ${problem}; its url is used instead (give every item an "id", e.g. its url)`);
  return url;
}

function stringField(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

const contentImage = (html: string | undefined, base: string | undefined): Image | undefined => (html === undefined ? undefined : firstArticleImage(html, base));

/**
 * `image` or `banner_image`, a URL; given as an object with a `url` (as the npm `feed` package
 * passes one through, and as Media RSS thinks of them), its `url`, with a word about it.
 */
function imageUrl(reader: FieldReader, item: JsonObject, key: string, path: string): string | undefined {
  const value = item[key];
  let url: string | undefined;
  if (!isObject(value) || typeof value.url !== 'string') url = reader.url(item, key, path);
  else {
    reader.warnings.add('wrong-type', child(path, key), `${quote(value)} is an object; its "url" was used (JSON Feed's ${key} is the URL itself: "${key}": "https://…")`);
    url = reader.url(value, 'url', child(path, key));
  }
  // A generator that took the first <img> of the post, WordPress's emoji: no cover picture.
  return url !== undefined && isEmojiUrl(url) ? undefined : url;
}

/** What an item without its own has of the feed's. */
interface FeedDefaults {
  readonly authors: Author[];
  readonly language: string | undefined;
}

function readItem(reader: FieldReader, item: JsonObject, path: string, id: string, feed: FeedDefaults, footers: ReadonlySet<string>): Article {
  const contentHtml = reader.string(item, 'content_html', path);
  const contentText = reader.string(item, 'content_text', path);
  if (contentHtml === undefined && contentText === undefined) {
    reader.warnings.add('missing-field', path, 'an item needs "content_html" or "content_text" (JSON Feed requires one of them)');
  }
  const extension = readItemExtension(reader, item, path);
  const imageAlt = extension.imageAlt ?? '';
  const image = imageUrl(reader, item, 'image', path);
  const bannerImage = imageUrl(reader, item, 'banner_image', path);
  const url = reader.url(item, 'url', path);
  const attachments = readAttachments(reader, item, path);
  const externalUrl = reader.url(item, 'external_url', path);
  const published = reader.dateTime(item, 'date_published', path);
  const modified = reader.dateTime(item, 'date_modified', path);
  const language = reader.language(item, 'language', path) ?? feed.language;
  // An item without its own authors (absent, null, [], or only empty names) has the feed's:
  // JSON Feed's "authors" is one or more, and templates write [] or "name": "" for "none of
  // its own". One known only by its url or avatar is its own, with no name to show.
  const ownAuthors = item.authors != null || item.author != null ? readAuthors(reader, item, path) : [];
  const authors = ownAuthors.length > 0 || hasUnnamedAuthor(item) ? ownAuthors : feed.authors;
  const tags = reader.strings(item, 'tags', path, (tag) => htmlToText(tag, { plain: true })).filter((tag) => !isDefaultCategory(tag));
  const summary = reader.string(item, 'summary', path) ?? '';
  noteShortcodes(reader, path, item);
  // WordPress-made feeds carry the theme's "Continue reading" link and " [&hellip;]" too.
  const base = reader.base;
  // WordPress's JSON Feed plugin sends a password-protected post as its password form, with
  // "There is no excerpt because this is a protected post." as the summary: neither is its text.
  const passwordProtected = contentHtml?.includes('post-password-form') === true;
  const title = htmlToText(reader.string(item, 'title', path) ?? '', { plain: true });
  const lead = leadingTitleRemover(contentHtml ?? '', title);
  const article = draftArticle(id, { authors, tags, categories: extension.category === undefined ? [] : [extension.category] }, {
    title,
    summary: passwordProtected ? '' : lead(withoutReadAlsoText(postText(summary, { url, base, plain: true }), contentHtml ?? '')),
    // HTML first: WordPress's JSON Feed plugin fills content_text with the HTML minus its tags,
    // character references (&#8217; &hellip;) and all. content_text is read as the other plain
    // fields are: Hugo templates fill it with {{ .Summary }}, HTML since Hugo 0.134, and
    // Micro.blog with a post's HTML.
    body: () =>
      passwordProtected
        ? ''
        : lead(postText(contentHtml ?? '', { url, base, multiline: true, footers })) || htmlToText(withoutPageBuilderShortcodes(contentText ?? ''), { multiline: true, plain: true }),
  });
  setIf(article, 'url', url);
  setIf(article, 'externalUrl', externalUrl);
  // An item with only a banner shows that rather than nothing.
  const cover = image ?? bannerImage;
  if (cover !== undefined) article.image = { url: cover, alt: imageAlt };
  // Micro.blog themes whose Markdown renderer drops raw HTML leave a photo post's <img> only in
  // content_text ("<!-- raw HTML omitted -->" in content_html).
  else setIf(article, 'image', contentImage(contentHtml, url ?? reader.base) ?? attachments ?? contentImage(contentText, url ?? reader.base));
  if (bannerImage !== undefined) article.bannerImage = { url: bannerImage, alt: imageAlt };
  // The npm `feed` package (Docusaurus, among others) and RSS-Bridge write only date_modified.
  setIf(article, 'published', published ?? modified);
  setIf(article, 'modified', modified);
  setIf(article, 'language', language);
  setIf(article, 'program', extension.program);
  setIf(article, 'phase', extension.phase);
  return article;
}

const textFields = ['content_html', 'content_text', 'summary'] as const;

/** Page-builder shortcodes (WPBakery, Divi, Avada …) that WordPress left unrendered: one warning per item. */
function noteShortcodes(reader: FieldReader, path: string, item: JsonObject): void {
  for (const key of textFields) {
    const text = item[key];
    const shortcode = typeof text === 'string' ? firstPageBuilderShortcode(text) : undefined;
    if (shortcode === undefined) continue;
    reader.warnings.add(
      'wrong-type',
      child(path, key),
      `shortcodes such as ${quote(decodeEntities(shortcode))} (of a page builder, a theme or WordPress) were removed from the text: the site that made the feed did not render them, so the article is shown without what they would draw`,
    );
    return;
  }
}

/** `next_url`, unless it is this page again ("next_url must not be the same as feed_url"). */
function pageAfter(reader: FieldReader, input: JsonObject, feedUrl: string | undefined): string | undefined {
  const next = reader.url(input, 'next_url', '$');
  if (next === undefined || (next !== feedUrl && next !== reader.base)) return next;
  reader.warnings.add('wrong-type', '$.next_url', `${quote(next)} is this feed's own URL, so there is no next page; JSON Feed's next_url must not be the same as feed_url (leave it out on the last page)`);
  return undefined;
}

/** Whether the item gives an author with only a url or an avatar (JSON Feed allows one). */
function hasUnnamedAuthor(item: JsonObject): boolean {
  const entries: unknown[] = Array.isArray(item.authors) ? item.authors : [item.authors ?? item.author];
  return entries.some((entry) => isObject(entry) && (typeof entry.url === 'string' || typeof entry.avatar === 'string'));
}

/** JSON Feed 1.1 `authors`, or 1.0's single `author`. */
function readAuthors(reader: FieldReader, object: JsonObject, path: string): Author[] {
  const authorsPath = child(path, 'authors');
  // A lone author object or name where 1.1 wants a list (a 1.0 "author" renamed, not wrapped).
  if (isObject(object.authors) || typeof object.authors === 'string') {
    reader.warnings.add('wrong-type', authorsPath, `"authors" must be an array; the one author was read (write "authors": [${quote(object.authors)}])`);
    const single = typeof object.authors === 'string' ? readAuthor(reader, { name: object.authors }, authorsPath) : readAuthor(reader, object.authors, authorsPath);
    return single ? [single] : [];
  }
  if (object.authors != null) {
    return reader
      .array(object, 'authors', path)
      .map((entry, index) => readAuthor(reader, entry, child(authorsPath, index)))
      .filter((author) => author !== undefined);
  }
  const single = readAuthor(reader, object.author, child(path, 'author'));
  return single ? [single] : [];
}

function readAuthor(reader: FieldReader, entry: unknown, path: string): Author | undefined {
  if (entry === undefined || entry === null) return undefined;
  if (typeof entry === 'string') {
    const name = shownText(htmlToText(entry, { plain: true }), MAX_LENGTH.name);
    // "author": "" is how templates (Jekyll's) write "no author of its own", as "name": "" is.
    if (name === '') return undefined;
    reader.warnings.add('wrong-type', path, `${quote(entry)} is a string; it was read as the author's name (write { "name": ${quote(entry)} })`);
    return { name };
  }
  if (!isObject(entry)) {
    reader.wrongType(path, entry, 'an author object ({ "name": … })');
    return undefined;
  }
  // Jekyll's {{ site.author | jsonify }} in "name" puts the whole author object there.
  if (isObject(entry.name) && typeof entry.name.name === 'string') {
    reader.warnings.add('wrong-type', child(path, 'name'), `${quote(entry.name)} is an object; its "name" was used (in a Jekyll template, write {{ site.author.name | jsonify }})`);
    return readAuthor(reader, entry.name, child(path, 'name'));
  }
  // JSON Feed allows an author with only a url or avatar; without a name there is nothing to show.
  const name = shownText(htmlToText(reader.string(entry, 'name', path) ?? '', { plain: true }), MAX_LENGTH.name);
  if (name === '') return undefined;
  // JSON Feed allows a mailto: author URL; only http(s) links are shown, so it goes quietly.
  const url = typeof entry.url === 'string' && /^\s*mailto:/i.test(entry.url) ? undefined : reader.url(entry, 'url', path);
  const avatar = reader.url(entry, 'avatar', path);
  return withDefined({ name }, { url, avatar });
}
