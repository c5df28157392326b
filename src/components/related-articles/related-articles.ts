import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_RELATED_THRESHOLD } from '../../feed/related.js';
import {
  DEFAULT_RELATED_LIMIT,
  findArticleByUrl,
  findCurrentArticle,
  selectRelated,
  type RelatedSelection,
} from '../../feed/related-selection.js';
import type { FeedSnapshot } from '../../load/feed-loader.js';
import { define } from '../../internal/define.js';
import { InfestElement, type View } from '../../internal/infest-element.js';
import type { Localizer } from '../../internal/localize.js';
import { findPasted, pastedValue } from '../../feed/pasted-value.js';
import { articleItem, boneLines, gridFill, repeated } from '../../internal/article-parts.js';
import { articleStyles } from '../../internal/article.styles.js';
import { relatedArticlesStyles } from './related-articles.styles.js';

export type RelatedArticlesLayout = 'list' | 'grid';

/** The skeleton never draws more rows than this, whatever `limit` says. */
const MAX_SKELETON_ROWS = 12;

interface PageUrl {
  readonly url: string;
  readonly from: 'canonical link' | 'address';
}

/**
 * The URL of the page the element is on: its `<link rel="canonical">` when it has one (sites
 * put the article's clean URL there, without tracking parameters), else `location.href`.
 */
function currentPageUrl(): PageUrl {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  return canonical !== undefined && canonical !== '' ? { url: canonical, from: 'canonical link' } : { url: location.href, from: 'address' };
}

/**
 * @tagname infest-related-articles
 * @summary The articles related to the current one (shared topics, program, phase, category
 * and title words), with "Artikel Terkait · total 12" above them, as on Infest's own article
 * pages. When nothing is related enough it shows the newest of the same program, else the
 * newest of the feed, and its heading says so.
 *
 * The current article is `article` (an id or URL); by default the feed item whose `url` is
 * this page: the page's `<link rel="canonical">`, else its address, compared without the
 * fragment, tracking parameters, trailing slashes, or http vs https.
 *
 * @slot - Fallback content (e.g. links to related articles), shown until the list has data
 * and again if loading fails; it is also what readers without JavaScript see.
 *
 * @csspart base - Everything: the heading and the list (or the empty message).
 * @csspart heading - The heading ("Artikel Terkait · total 12").
 * @csspart total - The muted "· total 12" inside the heading.
 * @csspart list - The `<ul>` of articles.
 * @csspart item - One `<li>`.
 * @csspart title - An article's heading (one level below `heading-level`).
 * @csspart title-link - The link inside it; the whole item is its click target.
 * @csspart date - The `<time>` an article was published.
 * @csspart image - An article's image, or an empty box (also `placeholder`) for articles
 * without one or whose image fails to load, so titles line up.
 * @csspart placeholder - The empty box in place of a missing image, or of one that failed to load.
 * @csspart body - An article's title and date.
 * @csspart skeleton - The placeholder shown while loading: `limit` rows.
 * @csspart message - The sentence shown when empty or on error.
 * @csspart empty - The sentence shown when the feed has no other articles.
 * @csspart error - The error message.
 * @csspart retry - The "try again" button shown for network errors.
 * @csspart notice - The small notice above a copy kept from an earlier visit, shown when the network fails (also `offline`).
 * @csspart offline - Same element as `notice`.
 *
 * @cssproperty --infest-thumbnail-width - Width of the image in the list layout (default 5.5em).
 * @cssproperty --infest-thumbnail-aspect-ratio - Aspect ratio of images (default 4 / 3 in the list, 16 / 9 in the grid).
 * @cssproperty --infest-grid-min-column - Narrowest column of the grid layout (default 12em). A grid of `limit` 5 or less has no more columns than that, so that it fills a wide row.
 * @cssproperty --infest-title-lines - Lines of an article title before it is cut (default 3).
 * @cssproperty --infest-font-family - Font of the widget (default: the system UI font).
 * @cssproperty --infest-font-size - Base font size; every size in the widget follows it (default: the text size where the widget sits, at least 12px).
 * @cssproperty --infest-color-text - Text color.
 * @cssproperty --infest-color-text-muted - Secondary text (dates, the total).
 * @cssproperty --infest-color-background - Background of the widget.
 * @cssproperty --infest-color-surface - Background of empty thumbnails.
 * @cssproperty --infest-color-border - Lines between articles.
 * @cssproperty --infest-color-accent - Links on hover and buttons.
 * @cssproperty --infest-color-focus - Focus ring.
 * @cssproperty --infest-color-danger - Error accents.
 * @cssproperty --infest-color-skeleton - Loading placeholder bones.
 * @cssproperty --infest-radius - Corner radius.
 * @cssproperty --infest-space - Inner spacing.
 *
 * @fires infest-load - The feed loaded and the list shows it (`status: 'empty'` when the feed
 * has no other article). `detail`: `{ source, feed, warnings, status }`.
 * @fires infest-error - Loading failed; the element shows a short message.
 * `detail`: `{ kind, message, url?, status?, path?, line?, column?, error }`.
 */
export class InfestRelatedArticles extends InfestElement {
  static override styles = [...InfestElement.styles, articleStyles, relatedArticlesStyles];

  /**
   * Id or URL of the current article. By default the article whose URL is this page's
   * (`<link rel="canonical">`, else `location.href`). When it is not in the feed the element
   * shows the newest articles and says why in the console.
   */
  @property() article?: string;

  /** How many articles to show (default 4). */
  @property({ type: Number }) limit = DEFAULT_RELATED_LIMIT;

  /**
   * Lowest relatedness score that counts (default 4: two shared topics, a topic and the same
   * program, or the same program and phase).
   * Points: 2 per shared topic, 2 for the same program, 2 more for the same phase, 1 for the
   * same category, 1 per shared title word; in a feed of 5 articles or more, a title word or
   * category that more than half of the articles share, or a topic every article has, counts
   * nothing.
   */
  @property({ type: Number }) threshold = DEFAULT_RELATED_THRESHOLD;

  /** `list` (thumbnail beside the title, default) or `grid` (small cards side by side). */
  @property({ reflect: true }) layout: RelatedArticlesLayout = 'list';

  /** The last "article not found" explanation logged, so re-renders don't repeat it. */
  private explained?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another widget's layout (the article list's "compact") would take part of its styles.
    // Typed as a layout, but an attribute can say anything.
    const written: string = this.layout;
    if (changed.has('layout') && written !== 'list' && written !== 'grid') {
      console.warn(`infest-widgets <${this.localName}>: layout="${written}" is not one of list, grid; it shows the list`);
      this.layout = 'list';
    }
  }

  protected override renderView(snapshot: FeedSnapshot, localizer: Localizer): View {
    const { feed } = snapshot;
    const key = pastedValue(this.article) ? this.article?.trim() : undefined;
    const pageUrl = key ? undefined : currentPageUrl();
    const current = key ? findPasted(key, (wanted) => findCurrentArticle(feed, wanted, document.baseURI)) : pageUrl && findArticleByUrl(feed, pageUrl.url);
    if (!current && feed.articles.length > 0) this.explainNotFound(snapshot.url, key, pageUrl);
    const selection = selectRelated(feed, current, { limit: this.limit, threshold: this.threshold });
    if (selection.articles.length === 0) {
      // With any article in the feed, it is the current one: there are just no others.
      return {
        status: 'empty',
        content: html`<div part="base">
          ${this.heading(html`<span class="label">${localizer.t.relatedHeading}</span>`, 'heading')}
          <p part="message empty">${feed.articles.length > 0 ? localizer.t.noRelated : localizer.t.noArticles}</p>
        </div>`,
      };
    }
    return { status: 'loaded', content: this.renderSelection(selection, localizer) };
  }

  private explainNotFound(source: string, key: string | undefined, pageUrl: PageUrl | undefined): void {
    let why = `${source} has no article with the id or URL "${key ?? ''}"`;
    if (pageUrl?.from === 'canonical link') {
      why = `no article in ${source} has this page's canonical URL (${pageUrl.url}); if this page is an article, give the element article="…"`;
    } else if (pageUrl) {
      why = `no article in ${source} has this page's URL (${pageUrl.url}); if this page is an article, give the element article="…" or the page a <link rel="canonical">`;
    }
    const message = `infest-widgets <${this.localName}>: ${why}. It shows the newest articles instead.`;
    if (message === this.explained) return;
    this.explained = message;
    console.warn(message);
  }

  /** How many articles the widget shows at most: `limit`, read as a count. */
  private get rowCount(): number {
    return Number.isFinite(this.limit) && this.limit >= 1 ? Math.floor(this.limit) : DEFAULT_RELATED_LIMIT;
  }

  private renderSelection(selection: RelatedSelection, localizer: Localizer): TemplateResult {
    const context = this.articleContext(localizer, 1);
    // Boxes for missing images only when some article has one, so titles line up.
    const image = selection.articles.some((article) => article.image !== undefined) ? 'placeholder' : false;
    const options = { authors: false, summary: false, tags: false, image } as const;
    return html`<div part="base">
      ${this.renderHeading(selection, localizer)}
      <ul part="list" role="list" class=${gridFill(this.rowCount)}>
        ${selection.articles.map((article) => articleItem(article, context, options))}
      </ul>
    </div>`;
  }

  private renderHeading(selection: RelatedSelection, localizer: Localizer): TemplateResult {
    const { t } = localizer;
    switch (selection.kind) {
      case 'related':
        // One heading, so screen readers read "Artikel Terkait, total 12" together.
        return this.heading(
          html`<span class="label">${t.relatedHeading}</span>
            <span part="total"><span aria-hidden="true">&middot;</span> ${t.relatedTotal(selection.total)}</span>`,
          'heading',
        );
      case 'program':
        return this.heading(html`<span class="text">${t.latestFromProgram(selection.program?.title ?? selection.programId)}</span>`, 'heading');
      case 'latest':
        return this.heading(html`<span class="label">${t.latestArticles}</span>`, 'heading');
    }
  }

  protected override renderSkeleton(): TemplateResult {
    const rows = repeated(
      html`<li part="item" class="has-image">
      <div part="body">
        <div part="title" class="lines">${boneLines(3)}</div>
        <div part="date" class="lines">${boneLines(1)}</div>
      </div>
      <span class="bone image"></span>
    </li>`,
      Math.min(this.rowCount, MAX_SKELETON_ROWS),
    );
    return html`<div part="base">
      <span class="bone heading"></span>
      <ul part="list" class=${gridFill(this.rowCount)}>
        ${rows}
      </ul>
    </div>`;
  }
}

define('infest-related-articles', InfestRelatedArticles);

declare global {
  interface HTMLElementTagNameMap {
    'infest-related-articles': InfestRelatedArticles;
  }
}
