import { html, nothing, ReactiveElement, type TemplateResult } from 'lit';
import type { Article } from '../feed/types.js';
import type { DateStyle, Localizer } from './localize.js';

/**
 * The pieces every widget that shows articles draws them with (card, list, related), so they
 * look, read and are styled (see article.styles.ts) the same everywhere.
 *
 * Text goes in through `.textContent` rather than a child part: no marker comment to clone and
 * walk, which matters for lists of hundreds (bench/list-render.bench.ts). Templates keep no
 * whitespace between tags for the same reason.
 */

export interface ArticleContext {
  readonly localizer: Localizer;
  /** `aria-level` of article titles. */
  readonly level: number;
  /** Where links open; `_blank` adds a hidden "opens in a new tab". */
  readonly target: string | undefined;
}

/** A visually hidden "(opens in a new tab)" after links that do. */
export function newTabHint({ target, localizer }: ArticleContext): TemplateResult | typeof nothing {
  return target === '_blank' ? html`<span class="visually-hidden"> ${localizer.t.opensInNewTab}</span>` : nothing;
}

/**
 * The language of an article's text where it is not the widget's (Indonesian titles in an
 * English widget), so that a screen reader reads it with the right voice.
 */
export function textLang(article: Article, { localizer }: ArticleContext): string | typeof nothing {
  const { language } = article;
  const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';
  return language !== undefined && primary(language) !== primary(localizer.locales[0] ?? '') ? language : nothing;
}

/** A link (or, without `href`, plain text) with the context's target, `rel="noopener"` and new-tab hint; `lang`, that of its text. */
export function articleLink(href: string | undefined, text: string, part: string, context: ArticleContext, lang: string | typeof nothing = nothing): TemplateResult {
  const { target } = context;
  return html`<a part=${part} href=${href ?? nothing} target=${target ?? nothing} rel=${target ? 'noopener' : nothing}
    ><span class="text" dir="auto" lang=${lang} .textContent=${text}></span>${newTabHint(context)}</a
  >`;
}

/** The article's title as a heading at the context's level, linking to the article. */
export function articleTitle(article: Article, context: ArticleContext): TemplateResult {
  const title = article.title;
  return html`<div role="heading" aria-level=${context.level} part="title"
    >${articleLink(article.url ?? article.externalUrl, title || context.localizer.t.untitled, 'title-link', context, title ? textLang(article, context) : nothing)}</div
  >`;
}

/** `<time>` for the article's publication. */
export function articleDate(article: Article, localizer: Localizer, style: DateStyle = 'long'): TemplateResult | typeof nothing {
  const published = article.published;
  if (!published) return nothing;
  return html`<time part="date" datetime=${published.iso} .textContent=${localizer.date(published, style)}></time>`;
}

/** "Authors · date", or whichever of the two the article has. */
export function articleMeta(article: Article, localizer: Localizer, style: DateStyle = 'long'): TemplateResult | typeof nothing {
  const names = article.authors.map((author) => author.name);
  if (names.length === 0 && !article.published) return nothing;
  const authors = names.length > 0 ? html`<span part="authors" class="text" dir="auto" .textContent=${localizer.list(names)}></span>` : nothing;
  // Joined to the date, which does not wrap: where the line breaks, "· 2 November 2021" starts
  // the next one rather than "·" ending this one.
  const separator = names.length > 0 && article.published ? html`<span aria-hidden="true"> &middot;&nbsp;</span>` : nothing;
  return html`<p part="meta">${authors}${separator}${articleDate(article, localizer, style)}</p>`;
}

/**
 * The summary as shown under the title: none where it only repeats the title (feeds that copy
 * one into the other, and posts without a title, a microblog's or a WordPress "status", whose
 * title is the start of their text cut with "…"), and without its first sentence where that
 * sentence is the title (such a post's title, when its first sentence is short enough).
 */
export function shownSummary({ summary, title }: Article): string {
  if (summary === title || (title.endsWith('…') && summary.startsWith(title.slice(0, -1)))) return '';
  return /[.!?。！？]$/u.test(title) && summary.startsWith(title) ? summary.slice(title.length).trim() : summary;
}

export function articleSummary(article: Article, context: ArticleContext): TemplateResult | typeof nothing {
  const summary = shownSummary(article);
  return summary ? html`<p part="summary" class="text" dir="auto" lang=${textLang(article, context)} .textContent=${summary}></p>` : nothing;
}

export function articleTags(article: Article, localizer: Localizer): TemplateResult | typeof nothing {
  if (article.tags.length === 0) return nothing;
  return html`<ul part="tags" aria-label=${localizer.t.tags}>${article.tags.map(
    (tag) => html`<li part="tag" class="text" dir="auto" .textContent=${tag}></li>`,
  )}</ul>`;
}

/**
 * Pictures that failed to load on this page (404, hotlink protection, CSP img-src, mixed
 * content), by their `src`: drawn as the placeholder from then on, in every widget.
 */
const brokenImages = new Set<string>();

/** How many pictures have failed so far: widgets that keep rendered items key them with it. */
export function brokenImageCount(): number {
  return brokenImages.size;
}

/** An image's `error`: the browser would draw its broken-image icon and alt text; the widget draws the placeholder instead. */
function onImageError(event: Event): void {
  const image = event.currentTarget as HTMLImageElement;
  // One of its sizes missing (an optimizer plugin deleted it) loses no picture: without the
  // srcset, the browser loads `src`, the size shown where there are no sources.
  if (image.hasAttribute('srcset')) {
    image.removeAttribute('srcset');
    image.removeAttribute('sizes');
    return;
  }
  brokenImages.add(image.getAttribute('src') ?? '');
  const root = image.getRootNode();
  if (root instanceof ShadowRoot && root.host instanceof ReactiveElement) root.host.requestUpdate();
}

/**
 * Which of an image's sources the browser downloads: one as wide as the picture is drawn
 * ("auto", known to a lazy image once laid out; Chrome since 126); elsewhere, one for a box of
 * the screen's width on a phone and 24em beside that, about the `url` a feed's reader picks.
 */
const IMAGE_SIZES = 'auto, (max-width: 24em) 100vw, 24em';

/**
 * The cover image, lazy, with its intrinsic size when the feed gives one (the aspect ratio is
 * reserved by the styles either way); with `placeholder`, an empty box for articles without
 * one, so titles in a list line up. An image that fails to load becomes that box too (with or
 * without `placeholder`: its space was already taken), so nothing moves.
 */
export function articleImage(article: Article, placeholder = false): TemplateResult | typeof nothing {
  const image = article.image;
  const broken = image !== undefined && brokenImages.has(image.url);
  if (!image || broken) return placeholder || broken ? html`<span part="image placeholder"></span>` : nothing;
  const { sources } = image;
  return html`<img
    part="image"
    loading="lazy"
    decoding="async"
    src=${image.url}
    srcset=${sources ? sources.map(({ url, width }) => `${url} ${String(width)}w`).join(', ') : nothing}
    sizes=${sources ? IMAGE_SIZES : nothing}
    alt=${image.alt}
    width=${image.width ?? nothing}
    height=${image.height ?? nothing}
    @error=${onImageError}
  />`;
}

export interface ItemOptions {
  readonly authors: boolean;
  readonly summary: boolean;
  readonly tags: boolean;
  /** `placeholder` draws a box where an article has no image. */
  readonly image: boolean | 'placeholder';
}

/**
 * One article in a list: the text first (so the title is read first), then the image, which
 * the styles place beside or above it.
 */
export function articleItem(article: Article, context: ArticleContext, options: ItemOptions): TemplateResult {
  const { localizer } = context;
  const image = options.image === false ? nothing : articleImage(article, options.image === 'placeholder');
  return html`<li part="item" class=${image === nothing ? 'no-image' : 'has-image'}
    ><div part="body"
      >${articleTitle(article, context)}${options.authors ? articleMeta(article, localizer) : articleDate(article, localizer)}${options.summary
        ? articleSummary(article, context)
        : nothing}${options.tags ? articleTags(article, localizer) : nothing}</div
    >${image}</li
  >`;
}

/**
 * The class of a grid of at most `limit` articles (and of its skeleton) that fills its row
 * when more columns would fit than it has articles (article.styles.ts): 3 across a wide page,
 * not 3 and three empty columns.
 */
export function gridFill(limit: number): string | typeof nothing {
  return limit <= 3 ? 'fill-3' : limit <= 5 ? `fill-${String(limit)}` : nothing;
}

/**
 * `count` times `item`, for skeleton rows. A loop, not Array.from({ length }, fn): MooTools and
 * Prototype.js replace Array.from with one that ignores the function.
 */
export function repeated<T>(item: T, count: number): T[] {
  const items: T[] = [];
  for (let i = 0; i < count; i++) items.push(item);
  return items;
}

const lineBone = html`<span class="bone"></span>`;
const shortLineBone = html`<span class="bone short"></span>`;

/** Skeleton bones for `lines` lines of text in a `.lines` part (shared.styles.ts), the last one short. */
export function boneLines(lines: number): TemplateResult[] {
  return [...repeated(lineBone, lines - 1), shortLineBone];
}
