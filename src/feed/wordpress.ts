import { parseUtcDateTime } from './dates.js';
import { child, FeedError, quote, shortened, type Warnings } from './errors.js';
import { draftArticle, setIf } from './article-text.js';
import { firstArticleImage } from './content-image.js';
import { cleanText, decodeEntities, htmlToText, MAX_LENGTH, shownText } from './html-text.js';
import { readItemExtension } from './infest-extension.js';
import { withoutReadAlsoText } from './read-also.js';
import { leadingTitleRemover } from './repeated-title.js';
import { FieldReader, isObject, noteUnreadItems, readableItems, withDefined, type JsonObject } from './read.js';
import { imageSources, sameShape } from './image-sources.js';
import { httpUrl, withoutTrailingSlashes } from './urls.js';
import { firstPageBuilderShortcode, isDefaultCategory, postText } from './wordpress-markup.js';
import type { Article, Author, Feed, FeedDate, Image, ParseOptions } from './types.js';

/**
 * Reads the WordPress REST API v2 posts response (`/wp-json/wp/v2/posts?_embed`), or a single
 * post. Shapes: https://developer.wordpress.org/rest-api/reference/posts/
 */

/**
 * A post object: an id and a rendered title or a link. A title that is text is no v2 post's
 * (WordPress sends { rendered }): a site's own JSON list of articles is not read as one.
 */
export function looksLikeWordPressPost(value: unknown): value is JsonObject {
  if (!isObject(value) || !(typeof value.id === 'number' || typeof value.id === 'string') || typeof value.title === 'string') return false;
  return isObject(value.title) || 'link' in value || 'guid' in value;
}

/** What to do about WordPress's error codes, where its own message does not say. */
const forbiddenAdvice =
  'remove context=edit or a status other than publish from the URL; otherwise a security plugin keeps visitors out of the REST API: allow public reading of /wp/v2/posts, or publish a JSON Feed';
// A Map: the code comes from the response, and "constructor" must not find an object's.
const errorAdvice: ReadonlyMap<string, string> = new Map([
  ['rest_no_route', 'check the address: posts are at /wp-json/wp/v2/posts?_embed, and a custom post type needs show_in_rest'],
  ['rest_forbidden', forbiddenAdvice],
  ['rest_cannot_access', forbiddenAdvice],
  ['rest_not_logged_in', forbiddenAdvice],
  ['rest_login_required', forbiddenAdvice],
]);

/**
 * WordPress answers failures with `{ code, message, data: { status } }`, WordPress.com and
 * Jetpack with `{ error, message }`.
 */
export function wordPressErrorMessage(input: JsonObject): string | undefined {
  const code = typeof input.code === 'string' ? input.code : input.error;
  if (typeof code !== 'string' || typeof input.message !== 'string') return undefined;
  const data = isObject(input.data) ? input.data : {};
  const status = typeof data.status === 'number' ? ` (HTTP ${String(data.status)})` : '';
  // rest_invalid_param says which parameters; data.params says what is wrong with each.
  const params = isObject(data.params) ? Object.values(data.params).filter((reason) => typeof reason === 'string') : [];
  // The server's words, quoted in one line: an error page can be megabytes.
  const said = [input.message, ...params.slice(0, 5)].map((text) => shortened(htmlToText(shortened(text, 2000)), 200));
  const details = [...said, errorAdvice.get(code)].filter(Boolean).join('; ');
  return `the site answered with a WordPress error instead of posts: ${shortened(code, 80)}${status}: ${details}`;
}

/** The error for the REST API's index (`/wp-json/`), naming the site's posts route. */
export function wordPressIndexMessage(input: JsonObject): string | undefined {
  if (!Array.isArray(input.namespaces) || !isObject(input.routes)) return undefined;
  const home = typeof input.url === 'string' ? httpUrl(input.url) : undefined;
  const site = home === undefined || home.length > 200 ? '' : withoutTrailingSlashes(home);
  return `this is the index of a WordPress REST API, not a list of posts; the posts are at ${site || "the site's address + "}/wp-json/wp/v2/posts?_embed`;
}

/**
 * What a WordPress REST object is when it is not a post (a term, a user, a comment, a media
 * item): the URL asked for the wrong route.
 */
function otherRoute(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.taxonomy === 'string') return `terms of the taxonomy ${quote(value.taxonomy)}`;
  if (value.type === 'page') return 'pages (/wp/v2/pages), such as "About" or "Contact"';
  if (value.type === 'attachment' || 'media_type' in value) return 'media items (/wp/v2/media)';
  if (value.type === 'comment' || 'author_name' in value) return 'comments (/wp/v2/comments)';
  if ('avatar_urls' in value && !('title' in value)) return 'users (/wp/v2/users)';
  if ('permalink' in value && ('price' in value || 'prices' in value)) return 'WooCommerce products';
  return undefined;
}

/**
 * The error for a WordPress.com REST API v1.1 answer (`{ found, posts: [{ ID, URL, … }] }`);
 * undefined for anything else. It names the v2 URL of the site the feed URL is about.
 */
export function wordPressComV1Message(input: JsonObject, feedUrl = ''): string | undefined {
  if (!Array.isArray(input.posts)) return undefined;
  const first: unknown = input.posts[0];
  if (!(isObject(first) ? 'ID' in first : 'found' in input)) return undefined;
  const site = /\/rest\/v1[.\d]*\/sites\/([^/?#]+)/.exec(feedUrl)?.[1] ?? '<your-site>';
  return `this is the WordPress.com REST API v1.1, which is not read here; use its v2: https://public-api.wordpress.com/wp/v2/sites/${site}/posts?_embed`;
}

/** `pathOf` names where each post sits: `$[3]` in a posts array, `$` for a single post. */
export function parseWordPressPosts(
  posts: readonly unknown[],
  options: ParseOptions,
  warnings: Warnings,
  pathOf: (index: number) => string = (index) => child('$', index),
): Feed {
  const first = posts[0];
  // The WP-API plugin's v1 (/wp-json/posts, before WordPress 4.7): "ID", a string title.
  if (isObject(first) && 'ID' in first && !('id' in first)) {
    throw new FeedError(pathOf(0), 'this is the old WP-API v1 (/wp-json/posts, before WordPress 4.7), which is not read here; ask for /wp-json/wp/v2/posts?_embed');
  }
  const other = otherRoute(first);
  if (other !== undefined) {
    throw new FeedError(pathOf(0), `WordPress sent ${other}, not posts; ask for posts instead: /wp-json/wp/v2/posts?_embed`);
  }
  if (isObject(first) && typeof first.title === 'string') {
    throw new FeedError(
      child(pathOf(0), 'title'),
      'a list of articles of its own shape, not WordPress posts (whose "title" is { "rendered": … }), is no feed the widgets read: publish it as a JSON Feed ({ "version": "https://jsonfeed.org/version/1.1", "title": …, "items": [{ "id", "url", "title", "content_html", "date_published" }] }), or give /wp-json/wp/v2/posts?_embed',
    );
  }
  if (first !== undefined && !looksLikeWordPressPost(first)) {
    throw new FeedError(pathOf(0), `expected a WordPress post (an object with "id", "link" and "title"), got ${quote(first)}; a list that is not one of WordPress posts is no feed the widgets read: give a JSON Feed, or /wp-json/wp/v2/posts?_embed`);
  }
  const reader = new FieldReader(warnings, httpUrl(options.baseUrl));
  const articles: Article[] = [];
  const ids = new Set<string>();
  const missingGmt = new Set<string>();
  // What posts lack for want of `_embed`, and the fields a `_fields` request left out.
  const unembedded: Unembedded = { lost: new Set(), notListed: new Set(), refusedAuthors: new Set() };
  const leftOut = new Set<string>();
  // The first post linked by its short address, for the one warning about them.
  let shortLinked: string | undefined;
  readableItems(posts).forEach((post, index) => {
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
    // Only an authenticated request (context=edit, status=any) or a copy saved from one has
    // these; shown on a public page, they would leak unpublished posts and link to nothing.
    if (typeof post.status === 'string' && post.status !== 'publish') {
      warnings.add('item-dropped', child(path, 'status'), `the post is ${quote(post.status)}, not published; it was dropped (widgets show only published posts: ask for /wp-json/wp/v2/posts without status= or context=edit)`);
      return;
    }
    const article = readPost(reader, post, path, id, missingGmt);
    articles.push(article);
    noteUnembedded(post, article, unembedded);
    for (const key of ['link', 'title']) if (!(key in post)) leftOut.add(key);
    if (post.link == null) shortLinked ??= article.url;
    if (!('excerpt' in post || 'content' in post)) leftOut.add('excerpt');
  });
  // Every post unreadable (drafts of a context=edit request, say): why, rather than "no articles".
  const dropped = articles.length === 0 ? warnings.list.find((warning) => warning.code === 'item-dropped') : undefined;
  if (dropped) throw new FeedError(dropped.path, `${posts.length === 1 ? 'the post cannot' : `none of the ${String(posts.length)} posts can`} be shown: ${dropped.message}`);
  noteUnreadItems(posts.length, pathOf, warnings);
  // Without `?_embed`, posts have only the ids of their image, authors and terms. (A post with
  // nothing to embed has no `_embedded` even with it: one that has tells it was asked for.)
  const { lost, notListed, refusedAuthors } = unembedded;
  if (lost.size > 0 && !posts.some((post) => isObject(post) && '_embedded' in post)) {
    warnings.add('missing-field', '$', `the posts have no "_embedded" data, so their ${listed([...lost])} are missing; add _embed to the URL (e.g. /wp-json/wp/v2/posts?_embed; with _fields, list _links,_embedded too)`);
  }
  if (notListed.size > 0) {
    warnings.add('missing-field', '$', `the posts' "_embedded" data has only some of what they link to, so their ${listed([...notListed])} are missing; _embed was given a list (e.g. _embed=wp:featuredmedia): write _embed alone (/wp-json/wp/v2/posts?_embed)`);
  }
  if (refusedAuthors.size > 0) {
    warnings.add(
      'missing-field',
      '$',
      `WordPress refused the posts' authors (${listed([...refusedAuthors].map((code) => quote(code)))}): a security plugin (Wordfence, Solid Security …) hides the site's users from its REST API, so a byline is Yoast SEO's where it gives one, else there is none; to show them, let the plugin allow /wp-json/wp/v2/users`,
    );
  }
  // (Messages are built inside the calls: the script-tag build keeps only the codes.)
  if (shortLinked !== undefined) {
    leftOut.delete('link');
    warnings.add('missing-field', '$', `the posts have no link, so articles link to their short address (${shortLinked}), which WordPress redirects to the post; with _fields, list link too`);
  }
  if (leftOut.size > 0) warnings.add('missing-field', '$', leftOutMessage(leftOut));
  // `_fields` without date_gmt, said once rather than for every post.
  if (missingGmt.size > 0) warnings.add('date-without-offset', '$', missingGmtMessage([...missingGmt].join(' and ')));
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

function leftOutMessage(leftOut: ReadonlySet<string>): string {
  const keys = [...leftOut].flatMap((key) => (key === 'excerpt' ? ['excerpt', 'content'] : [key]));
  return `the posts have no ${listed(keys, ' or ')}, so the articles are shown without ${leftOut.size === 1 ? 'it' : 'them'}; with _fields, list ${[...leftOut].join(',')} too`;
}

function missingGmtMessage(keys: string): string {
  return `the posts have no ${keys}, so their dates (site time, without an offset) were read as Asia/Jakarta time (+07:00); WordPress gives the exact time in ${keys}: with _fields, list ${keys} too`;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[], last = ' and '): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1] ?? ''}`;
}

/**
 * Whether a post's field links to an object by id (WordPress writes 0 for none). Only a number
 * or a string is converted: an object from JSON may have a "valueOf" that is not a function.
 */
function isLinked(id: unknown): boolean {
  return (typeof id === 'number' || typeof id === 'string') && Number(id) > 0;
}

/** What the posts of a response link to but lack, said once for the response. */
interface Unembedded {
  /** Of posts without `_embedded`. */
  readonly lost: Set<string>;
  /** Of posts whose `_embedded` leaves it out: `_embed` listed only some links. */
  readonly notListed: Set<string>;
  /** The error codes WordPress gave for embedded authors (a security plugin hides its users). */
  readonly refusedAuthors: Set<string>;
}

/** Notes in `unembedded` what `post` links to by id but `article` lacks: it was not embedded. */
function noteUnembedded(post: JsonObject, article: Article, { lost, notListed, refusedAuthors }: Unembedded): void {
  const embedded = isObject(post._embedded) ? post._embedded : undefined;
  const missing = (key: string): boolean => embedded === undefined || !(key in embedded);
  const into = embedded === undefined ? lost : notListed;
  if (isLinked(post.featured_media) && article.image === undefined && missing('wp:featuredmedia')) into.add('images');
  if (isLinked(post.author) && article.authors.length === 0 && missing('author')) into.add('authors');
  for (const taxonomy of ['categories', 'tags'] as const) {
    const terms = post[taxonomy];
    if (Array.isArray(terms) && terms.length > 0 && missing('wp:term')) into.add(taxonomy);
  }
  for (const author of embedded && Array.isArray(embedded.author) ? embedded.author : []) {
    // A few codes name the refusal; a hostile feed's thousands would make the warning a wall.
    if (isObject(author) && typeof author.code === 'string' && refusedAuthors.size < 3) refusedAuthors.add(author.code.slice(0, 60));
  }
}

// WordPress.com's REST API for a hosted site named by its domain: /wp/v2/sites/<domain>/posts
// (a numeric site id names no home page).
const wordpressComSite = /^\/wp\/v2\/sites\/([\w-]+(?:\.[\w-]+)*\.[a-z][\w-]*)\//i;

/**
 * The site's home page from its REST URL: `https://site.example/blog/wp-json/wp/v2/posts` and
 * `https://site.example/blog/index.php?rest_route=/wp/v2/posts` → `https://site.example/blog/`;
 * `https://public-api.wordpress.com/wp/v2/sites/kabar.wordpress.com/posts` → `https://kabar.wordpress.com/`.
 */
function siteHome(feedUrl: string | undefined): string | undefined {
  const url = httpUrl(feedUrl);
  if (url === undefined) return undefined;
  const parsed = new URL(url);
  if (parsed.hostname === 'public-api.wordpress.com') {
    const site = wordpressComSite.exec(parsed.pathname)?.[1];
    return site === undefined ? undefined : `https://${site.toLowerCase()}/`;
  }
  const restRoot = parsed.pathname.indexOf('/wp-json/');
  if (restRoot !== -1) parsed.pathname = parsed.pathname.slice(0, restRoot + 1);
  else if (parsed.searchParams.has('rest_route')) parsed.pathname = parsed.pathname.replace(/\/index\.php$/, '/');
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

function slugTitle(slug: unknown): string {
  if (typeof slug !== 'string') return '';
  let words = slug;
  try {
    words = decodeURIComponent(slug);
  } catch {
    // A malformed escape: the slug as it is.
  }
  const text = shownText(cleanText(words.replace(/[-_]+/g, ' ')), MAX_LENGTH.title);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `https://site.example/?p=123` for a post without its `link` (a `_fields` request that left
 * it out): WordPress redirects that to the post, wherever its permalink is.
 */
function shortLink(post: JsonObject, base: string | undefined): string | undefined {
  const home = post.link == null && typeof post.id === 'number' && Number.isSafeInteger(post.id) && post.id > 0 ? siteHome(base) : undefined;
  return home === undefined ? undefined : `${home}?p=${String(post.id)}`;
}

/** `{ "rendered": "…" }` fields, as HTML; protected content counts as absent. */
function rendered(reader: FieldReader, post: JsonObject, key: string, path: string): string {
  const field = post[key];
  if (typeof field === 'string') return field;
  const object = reader.object(post, key, path);
  if (!object || object.protected === true) return '';
  return reader.string(object, 'rendered', child(path, key)) ?? '';
}

function readPost(reader: FieldReader, post: JsonObject, path: string, id: string, missingGmt: Set<string>): Article {
  const contentHtml = rendered(reader, post, 'content', path);
  const embedded = reader.object(post, '_embedded', path) ?? {};
  const embeddedPath = child(path, '_embedded');
  const extension = readItemExtension(reader, post, path);
  const url = reader.url(post, 'link', path) ?? shortLink(post, reader.base);
  const image = featuredImage(reader, post, embedded, path) ?? firstArticleImage(contentHtml, url ?? reader.base);
  const published = wordPressDate(reader, post, 'date', path, missingGmt);
  const modified = wordPressDate(reader, post, 'modified', path, missingGmt);
  const terms = readTerms(reader, embedded, embeddedPath);
  // `_infest.category` names the main category; WordPress lists them by name.
  const categories = extension.category === undefined ? terms.categories : [extension.category, ...terms.categories.filter((name) => name !== extension.category)];
  const excerptHtml = rendered(reader, post, 'excerpt', path);
  noteShortcodes(reader, post, path, { content: contentHtml, excerpt: excerptHtml });
  const embeddedAuthors = readAuthors(reader, embedded, embeddedPath);
  // PublishPress Authors' bylines (its `authors` field; _embedded has the WordPress user who
  // posted it), else Yoast's for a post without an embedded author: not asked for, or refused.
  const bylines = publishPressAuthors(post);
  const authors = bylines.length > 0 ? bylines : embeddedAuthors.length === 0 ? yoastAuthor(post) : embeddedAuthors;
  // A `_fields` request that left the title out still has the slug: "musyawarah-desa-2023".
  const title = htmlToText(rendered(reader, post, 'title', path)) || (post.title == null ? slugTitle(post.slug) : '');
  const lead = leadingTitleRemover(contentHtml, title);
  const article = draftArticle(id, { authors, tags: terms.tags, categories }, {
    title,
    // An excerpt WordPress cut from unrendered page-builder shortcodes spent its 55 words on
    // their attributes ("[vc_row type=… full_screen_row_position=…]"): the content says more.
    summary: firstPageBuilderShortcode(excerptHtml) === undefined ? lead(withoutReadAlsoText(postText(excerptHtml, { url, base: reader.base }), contentHtml)) : '',
    body: () => lead(postText(contentHtml, { url, base: reader.base, multiline: true })),
  });
  setIf(article, 'url', url);
  setIf(article, 'image', image);
  setIf(article, 'published', published);
  setIf(article, 'modified', modified);
  setIf(article, 'language', postLanguage(reader, post, path));
  setIf(article, 'program', extension.program);
  setIf(article, 'phase', extension.phase);
  return article;
}

/**
 * The REST API says no post's language; Polylang adds `lang` ("id"), WPML
 * `wpml_current_locale` ("en_US"), and Yoast SEO's `og_locale` ("id_ID") is the site's or
 * the translation's locale.
 */
function postLanguage(reader: FieldReader, post: JsonObject, path: string): string | undefined {
  if (typeof post.lang === 'string') return reader.language(post, 'lang', path);
  if (typeof post.wpml_current_locale === 'string') return reader.language(post, 'wpml_current_locale', path);
  const head = isObject(post.yoast_head_json) ? post.yoast_head_json : undefined;
  return head && typeof head.og_locale === 'string' ? reader.language(head, 'og_locale', child(path, 'yoast_head_json')) : undefined;
}

/**
 * Sites built with WPBakery, Divi, Avada … store posts as shortcodes that only the page builder
 * renders, and it does not for the REST API: say once per post that they were taken out.
 */
function noteShortcodes(reader: FieldReader, post: JsonObject, path: string, fields: Record<string, string>): void {
  for (const [key, html] of Object.entries(fields)) {
    const shortcode = firstPageBuilderShortcode(html);
    if (shortcode === undefined) continue;
    const fieldPath = typeof post[key] === 'string' ? child(path, key) : child(child(path, key), 'rendered');
    reader.warnings.add(
      'wrong-type',
      fieldPath,
      `shortcodes such as ${quote(decodeEntities(shortcode))} (of a page builder, a theme or WordPress) were removed from the text: the WordPress REST API does not render them, so the post is shown without what they would draw`,
    );
    return;
  }
}

/**
 * `date_gmt` is UTC without an offset. Without it (`_fields` requests, some
 * plugins), `date` is site time without an offset, read as Asia/Jakarta time; `missingGmt`
 * collects the keys so that the response gets one warning.
 */
function wordPressDate(reader: FieldReader, post: JsonObject, local: string, path: string, missingGmt: Set<string>): FeedDate | undefined {
  const key = `${local}_gmt`;
  if (post[key] === undefined) return reader.dateTime(post, local, path, () => missingGmt.add(key));
  // WordPress's "no date yet" (null in its REST answers, the zero date in some exports); the
  // post's date in site time is then all there is.
  const gmt = post[key];
  if (gmt === null || (typeof gmt === 'string' && gmt.startsWith('0000-00-00'))) {
    return reader.dateTime(post, local, path, () => {
      reader.warnings.add('date-without-offset', child(path, key), `${quote(gmt)} is no date, so ${local} (site time, without an offset) was read as Asia/Jakarta time (+07:00)`);
    });
  }
  const raw = reader.string(post, key, path);
  if (raw === undefined) return undefined;
  const result = parseUtcDateTime(raw);
  if (result.ok) return result.date;
  reader.warnings.add('invalid-date', child(path, key), `${quote(raw)} is not a WordPress GMT date (e.g. 2021-11-02T03:00:00); it was ignored`);
  return undefined;
}

/**
 * An author's name as a byline shows it; none for the site's account names ("admin", "root"),
 * which many village and small-organisation sites post under: not a byline a reader can use.
 */
function authorName(raw: string): string {
  const name = shownText(cleanText(htmlToText(raw, { plain: true })), MAX_LENGTH.name);
  return accountName.test(name) ? '' : name;
}
const accountName = /^(?:admin|administrator|administrador|superadmin|root|webmaster|wpadmin)$/i;

function readAuthors(reader: FieldReader, embedded: JsonObject, path: string): Author[] {
  const authorsPath = child(path, 'author');
  return reader.array(embedded, 'author', path).flatMap((entry, index): Author[] => {
    // An author WordPress will not show comes back as an error object (one warning for the
    // response: noteUnembedded).
    if (!isObject(entry) || typeof entry.name !== 'string') return [];
    const name = authorName(entry.name);
    if (name === '') return [];
    const entryPath = child(authorsPath, index);
    const url = reader.url(entry, 'link', entryPath);
    const avatars = isObject(entry.avatar_urls) ? entry.avatar_urls : {};
    const avatarKey = ['96', '48', '24'].find((size) => typeof avatars[size] === 'string');
    const avatar = avatarKey ? reader.url(avatars, avatarKey, child(entryPath, 'avatar_urls')) : undefined;
    return [{ name, ...(url ? { url } : {}), ...(avatar ? { avatar } : {}) }];
  });
}

/**
 * Prefer a mid-size rendition: readers are often on phones and slow connections. Sites can
 * turn sizes off; then the next larger one, before the original (2560 px "-scaled" or more).
 */
const preferredSizes = ['medium_large', 'large', '1536x1536', '2048x2048', 'full'];

/** The embedded featured image, else Jetpack's `jetpack_featured_media_url`. */
function featuredImage(reader: FieldReader, post: JsonObject, embedded: JsonObject, postPath: string): Image | undefined {
  const path = child(postPath, '_embedded');
  const mediaPath = child(child(path, 'wp:featuredmedia'), 0);
  const media = reader.array(embedded, 'wp:featuredmedia', path)[0];
  // A page builder or a video plugin can make a video or a PDF the "featured image" (and
  // Jetpack's URL then points at it too): the article falls back to a picture in its content.
  if (isObject(media) && !isImage(media)) return undefined;
  const image = isObject(media) ? embeddedImage(reader, media, mediaPath) : undefined;
  if (image) return image;
  const url = reader.url(post, 'jetpack_featured_media_url', postPath);
  const social = url === undefined && media === undefined && isLinked(post.featured_media) ? yoastImage(reader, post, postPath) : undefined;
  if (social) return social;
  // An embed WordPress would not give: a 404 for an image deleted (or lost in a migration), a
  // 401/403 for one attached to a draft or private post. Nothing to say when Jetpack's URL
  // still shows it (WordPress.com answers 401 for every embedded image).
  if (url === undefined && isObject(media) && typeof media.code === 'string') {
    const status = isObject(media.data) ? media.data.status : undefined;
    const [problem, advice] =
      status === 404 || media.code === 'rest_post_invalid_id'
        ? ['no longer exists', 'choose a new featured image for the post']
        : ['is not public', 'detach the image from its draft or private post in the Media Library'];
    reader.warnings.add('missing-field', mediaPath, `the featured image ${problem} (WordPress answered ${quote(media.code)}); the article is shown without it (${advice})`);
  }
  return url ? { url, alt: '' } : undefined;
}

/**
 * The picture Yoast SEO gives for sharing (`yoast_head_json.og_image`), for a post that has a
 * featured image in a response without `_embedded` (a `_fields` request, a proxy): it is that
 * image then (without one, Yoast falls back to the site's default, often a logo).
 */
function yoastImage(reader: FieldReader, post: JsonObject, postPath: string): Image | undefined {
  const head = isObject(post.yoast_head_json) ? post.yoast_head_json : undefined;
  const first: unknown = head && Array.isArray(head.og_image) ? (head.og_image as unknown[])[0] : undefined;
  if (!isObject(first)) return undefined;
  const url = reader.url(first, 'url', child(child(child(postPath, 'yoast_head_json'), 'og_image'), 0));
  if (url === undefined) return undefined;
  const size = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);
  return withDefined({ url, alt: '' }, { width: size(first.width), height: size(first.height) });
}

function publishPressAuthors(post: JsonObject): Author[] {
  if (!Array.isArray(post.authors)) return [];
  return post.authors.flatMap((entry: unknown): Author[] => {
    const name = isObject(entry) && typeof entry.display_name === 'string' ? authorName(entry.display_name) : '';
    return name === '' ? [] : [{ name }];
  });
}

/** The byline Yoast SEO gives (`yoast_head_json.author`). */
function yoastAuthor(post: JsonObject): Author[] {
  const name = isObject(post.yoast_head_json) && typeof post.yoast_head_json.author === 'string' ? post.yoast_head_json.author : '';
  const shown = authorName(name);
  return shown === '' ? [] : [{ name: shown }];
}

function isImage(media: JsonObject): boolean {
  if (typeof media.media_type === 'string' && media.media_type !== 'image') return false;
  return typeof media.mime_type !== 'string' || media.mime_type.startsWith('image/');
}

function embeddedImage(reader: FieldReader, media: JsonObject, mediaPath: string): Image | undefined {
  const details = isObject(media.media_details) ? media.media_details : {};
  const sizes = isObject(details.sizes) ? details.sizes : {};
  const sizeKey = preferredSizes.find((size) => {
    const rendition = sizes[size];
    // (Some image plugins leave a rendition's source_url empty.)
    return isObject(rendition) && typeof rendition.source_url === 'string' && rendition.source_url.trim() !== '';
  });
  const rendition = sizeKey === undefined ? undefined : sizes[sizeKey];
  const source = isObject(rendition) ? rendition : media;
  const sourcePath = sizeKey ? child(child(child(mediaPath, 'media_details'), 'sizes'), sizeKey) : mediaPath;
  const url = reader.url(source, 'source_url', sourcePath);
  if (url === undefined) return undefined;
  const dimensions = sizeKey ? source : details;
  const width = dimensions.width;
  const height = dimensions.height;
  const sized = typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0;
  return withDefined(
    { url, alt: shownText(cleanText(typeof media.alt_text === 'string' ? media.alt_text : ''), MAX_LENGTH.alt) },
    { width: sized ? width : undefined, height: sized ? height : undefined, sources: sized ? renditions(media, details, width / height, reader.base) : undefined },
  );
}

/**
 * The sizes WordPress made of the picture (and its original) that show all of it: a size
 * cropped to another shape (the 150 × 150 thumbnail, a theme's crops) is another picture.
 */
function renditions(media: JsonObject, details: JsonObject, aspect: number, base: string | undefined): Image['sources'] {
  const sizes = isObject(details.sizes) ? Object.values(details.sizes) : [];
  const all = [...sizes, { ...details, source_url: media.source_url }].filter(isObject);
  const whole = all.filter(({ width, height }) => typeof width === 'number' && typeof height === 'number' && height > 0 && sameShape(aspect, width / height));
  return imageSources(whole.map((size) => [typeof size.source_url === 'string' ? size.source_url : undefined, size.width]), base);
}

/** `_embedded['wp:term']` is one array per taxonomy; tags are `post_tag`, then categories. */
function readTerms(reader: FieldReader, embedded: JsonObject, path: string): { tags: string[]; categories: string[] } {
  // Once however capitalized ("Air Bersih", "air bersih"), as filters compare them; first spelling wins.
  const tags = new Map<string, string>();
  const categories = new Map<string, string>();
  for (const taxonomy of reader.array(embedded, 'wp:term', path)) {
    if (!Array.isArray(taxonomy)) continue;
    for (const term of taxonomy) {
      if (!isObject(term) || typeof term.name !== 'string') continue;
      if (term.taxonomy === 'category' && typeof term.slug === 'string' && isDefaultCategory(term.slug)) continue;
      const name = htmlToText(term.name, { plain: true });
      const list = term.taxonomy === 'post_tag' ? tags : term.taxonomy === 'category' ? categories : undefined;
      if (name !== '' && !list?.has(name.toLowerCase())) list?.set(name.toLowerCase(), name);
    }
  }
  return { tags: [...tags.values()], categories: [...categories.values()] };
}
