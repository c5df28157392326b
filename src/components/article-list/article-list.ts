import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  activeFilters,
  appendArticles,
  filterArticles,
  filtersFrom,
  needsNextPage,
  normalizeLimit,
  paging,
  type ArticleFilters,
  type FilterName,
} from '../../feed/article-filter.js';
import type { Article } from '../../feed/types.js';
import { loadFeed, type FeedSnapshot } from '../../load/feed-loader.js';
import { define } from '../../internal/define.js';
import { focusAfterMore } from '../../internal/focus-after-more.js';
import { InfestElement, type View } from '../../internal/infest-element.js';
import type { Localizer } from '../../internal/localize.js';
import { toWidgetError, type WidgetError } from '../../internal/widget-error.js';
import { articleItem, boneLines, brokenImageCount, gridFill, repeated, type ArticleContext, type ItemOptions } from '../../internal/article-parts.js';
import { articleStyles } from '../../internal/article.styles.js';
import { articleListStyles } from './article-list.styles.js';

export type ArticleListLayout = 'list' | 'grid' | 'compact';

/** Skeleton rows at most: past a screenful, more bones only cost time. */
const MAX_SKELETON_ROWS = 24;
/** Pages one "load more" follows at most while looking for matches (a guard against endless feeds). */
const MAX_PAGES_PER_CLICK = 10;

/** The sentence beside "try again" when a further page failed: about the next articles, not the feed. */
function moreErrorMessage(error: WidgetError, { t }: Localizer): string {
  const { kind } = error;
  if (kind === 'http') return t.moreErrors.http(error.details.status ?? 0);
  return t.moreErrors[kind === 'network' || kind === 'timeout' ? kind : 'other'];
}

/** What the list has loaded and shows for one feed and one set of filters. */
interface ListState {
  readonly snapshot: FeedSnapshot;
  /** Every article loaded so far (first page, then further pages), each id once. */
  all: Article[];
  /** URL of the page after the last one loaded, if any. */
  nextUrl: string | undefined;
  /** Pages already loaded, so a feed whose `next_url` loops is not followed forever. */
  readonly visited: Set<string>;
  readonly filterKey: string;
  readonly filters: ArticleFilters;
  /** The articles that pass the filters, in display order. */
  matching: Article[];
  /** How many of `matching` are on screen. */
  shown: number;
  /** Set while a further page is being fetched. */
  controller: AbortController | undefined;
  /** Why the last further page failed: the button says "try again" and this beside it, until a retry succeeds. */
  error: WidgetError | undefined;
  /** What the polite live region says. */
  announcement: string;
}

/** Everything an item's markup depends on besides the article. */
interface ItemContext {
  readonly key: string;
  readonly article: ArticleContext;
  readonly options: ItemOptions;
  /** Each article's rendered item, so a re-render ("load more") doesn't rebuild the ones shown. */
  readonly items: WeakMap<Article, TemplateResult>;
}

/**
 * @tagname infest-article-list
 * @summary The newest articles of a feed as a list, grid or compact list, optionally filtered by
 * tag, author, program or category, with a "load more" button that follows the feed's pages.
 *
 * @slot heading - The list's heading (e.g. `<h2 slot="heading">Artikel terbaru</h2>`), shown
 * above the list. Set `heading-level` to its level: article titles are one level below it.
 * @slot - Fallback content (e.g. a link to the articles page), shown until the list has data
 * and again if loading fails; it is also what readers without JavaScript see.
 *
 * @csspart list - The `<ol>` of articles (newest first).
 * @csspart item - One `<li>`.
 * @csspart image - An article's thumbnail (`list` and `grid`), or (also `placeholder`) an empty box of its size when it fails to load.
 * @csspart placeholder - The empty box in place of a thumbnail that failed to load.
 * @csspart body - Everything in an item besides the thumbnail.
 * @csspart title - An article's heading.
 * @csspart title-link - The link inside the heading.
 * @csspart meta - The line with authors and date.
 * @csspart authors - The authors' names.
 * @csspart date - The `<time>` element.
 * @csspart summary - The summary, clamped to `--infest-summary-lines` (`list` and `grid`).
 * @csspart tags - An article's tags (with `show-tags`).
 * @csspart tag - One tag.
 * @csspart more - The row with the "load more" button.
 * @csspart load-more - The "load more" button.
 * @csspart more-error - The short message shown when the next page failed to load.
 * @csspart retry - The "try again" button: after a failed feed, or (also `load-more`) the "load more" button after a failed next page.
 * @csspart status - The visually hidden live region that says what "load more" did.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart message - The sentence shown when nothing matches or on error.
 * @csspart error - The error message.
 * @csspart empty - The sentence shown when there is nothing to show (also `message`).
 * @csspart notice - The small notice above a copy kept from an earlier visit, shown when the network fails (also `offline`).
 * @csspart offline - Same element as `notice`.
 *
 * @cssproperty --infest-summary-lines - Lines of summary before it is cut (default 3).
 * @cssproperty --infest-thumbnail-aspect-ratio - Aspect ratio of thumbnails (default 16 / 9).
 * @cssproperty --infest-thumbnail-width - Width of the thumbnail beside the text in `list` (default clamp(5.5em, 30%, 12em)).
 * @cssproperty --infest-grid-min-column - Narrowest grid column (default 16em). A grid of `limit` 5 or less has no more columns than that, so that it fills a wide row.
 * @cssproperty --infest-title-font-size - Size of article titles (default 1.05em).
 * @cssproperty --infest-title-lines - Lines of a title before it is cut (default 4).
 * @cssproperty --infest-font-family - Font of the widget (default: the system UI font).
 * @cssproperty --infest-font-size - Base font size; every size in the widget follows it (default: the text size where the widget sits, at least 12px).
 * @cssproperty --infest-color-text - Text color.
 * @cssproperty --infest-color-text-muted - Secondary text (dates, authors).
 * @cssproperty --infest-color-background - Background of the widget.
 * @cssproperty --infest-color-surface - Background of tags and placeholders.
 * @cssproperty --infest-color-border - Borders.
 * @cssproperty --infest-color-accent - Links and buttons.
 * @cssproperty --infest-color-focus - Focus ring.
 * @cssproperty --infest-color-danger - Error accents.
 * @cssproperty --infest-color-skeleton - Loading placeholder bones.
 * @cssproperty --infest-radius - Corner radius.
 * @cssproperty --infest-space - Inner spacing.
 *
 * @fires infest-load - The feed loaded and the list shows it (or says nothing matches).
 * `detail`: `{ source, feed, warnings, status }`.
 * @fires infest-error - Loading the feed failed; the list shows a short message.
 * `detail`: `{ kind, message, url?, status?, path?, line?, column?, error }`.
 */
export class InfestArticleList extends InfestElement {
  static override styles = [...InfestElement.styles, articleStyles, articleListStyles];

  /** Articles shown at first, and added by each "load more". */
  @property({ type: Number }) limit = 6;

  /** `list` (thumbnail beside the text), `grid` (cards in columns) or `compact` (title and date). */
  @property({ reflect: true }) layout: ArticleListLayout = 'list';

  /** Only articles with any of these tags (comma-separated, case-insensitive). */
  @property() tag?: string;

  /** Only articles by any of these authors (names, comma-separated, case-insensitive). */
  @property() author?: string;

  /** Only articles of any of these programs (`_infest.program` ids, comma-separated). */
  @property() program?: string;

  /** Only articles in any of these categories (`_infest.category`, or a WordPress post's categories; comma-separated). */
  @property() category?: string;

  /** Show each article's tags (`list` and `grid`). */
  @property({ type: Boolean, attribute: 'show-tags' }) showTags = false;

  private list?: ListState;
  private itemContext?: ItemContext;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.list?.controller?.abort();
  }

  private get pageSize(): number {
    return normalizeLimit(this.limit);
  }

  override render(): unknown {
    // The host's heading stays above whatever the list shows, loading included: nothing jumps.
    return html`<slot name="heading"></slot>${super.render()}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new page size starts over from the first page's worth.
    if (changed.has('limit') && this.list) this.list.shown = this.pageSize;
  }

  /** The list's state for this snapshot and filters, kept across renders and rebuilt when either changes. */
  private listFor(snapshot: FeedSnapshot): ListState {
    const filterKey = JSON.stringify([this.tag, this.author, this.program, this.category]);
    const current = this.list;
    if (current?.snapshot === snapshot && current.filterKey === filterKey) return current;
    current?.controller?.abort();
    const filters = filtersFrom({ tag: this.tag, author: this.author, program: this.program, category: this.category });
    // Same feed, other filters: keep the pages already loaded and filter them anew.
    const sameFeed = current?.snapshot === snapshot;
    const all = sameFeed ? current.all : [...snapshot.feed.articles];
    const next: ListState = {
      snapshot,
      all,
      nextUrl: sameFeed ? current.nextUrl : snapshot.feed.nextUrl,
      visited: sameFeed ? current.visited : new Set([snapshot.url]),
      filterKey,
      filters,
      matching: filterArticles(all, filters),
      // The fresh copy of the feed replacing the stored one keeps what the reader asked to see;
      // other filters start again from the first `limit`.
      shown: !sameFeed && current?.snapshot.url === snapshot.url && current.filterKey === filterKey ? Math.max(current.shown, this.pageSize) : this.pageSize,
      controller: undefined,
      error: undefined,
      announcement: '',
    };
    this.list = next;
    return next;
  }

  protected override renderView(snapshot: FeedSnapshot, localizer: Localizer): View {
    const list = this.listFor(snapshot);
    const state = paging(list.matching.length, list.shown, list.nextUrl !== undefined);
    if (state.total === 0) {
      const active = activeFilters(list.filters);
      const message =
        list.all.length === 0 || active.length === 0 ? localizer.t.noArticles : localizer.t.noMatches(this.describeFilters(active, localizer));
      return {
        status: 'empty',
        content: html`<p part="message empty">${message}</p>
          ${this.renderMore(list, state.canLoadMore, localizer)}`,
      };
    }
    // An article without a picture has its box too, when others have one: the titles of a
    // list line up (as in its skeleton), and the cards of a grid's row are about as tall.
    const context = this.contextFor(localizer, list.all.some((article) => article.image !== undefined));
    const visible = state.shown === list.matching.length ? list.matching : list.matching.slice(0, state.shown);
    // An <ol>: newest first is an order that means something. role="list" because
    // `list-style: none` makes Safari drop the list semantics.
    return {
      status: 'loaded',
      content: html`<ol part="list" role="list" class=${gridFill(this.pageSize)} aria-busy=${list.controller ? 'true' : nothing}>
          ${visible.map((article) => this.item(article, context))}
        </ol>
        ${this.renderMore(list, state.canLoadMore, localizer)}`,
    };
  }

  /** 'topik “desa” atau “kota” dan penulis “X”'. */
  private describeFilters(active: readonly [FilterName, readonly string[]][], localizer: Localizer): string {
    const names = localizer.t.filterNames;
    const parts = active.map(([name, values]) => `${names[name]} ${localizer.list(values.map((value) => `“${value}”`), 'disjunction')}`);
    return localizer.list(parts);
  }

  private contextFor(localizer: Localizer, placeholders: boolean): ItemContext {
    const article = this.articleContext(localizer, 1);
    const compact = this.layout === 'compact';
    const options: ItemOptions = { authors: !compact, summary: !compact, tags: !compact && this.showTags, image: compact ? false : placeholders ? 'placeholder' : true };
    // A picture that failed since (see articleImage) makes the items drawn with it stale.
    const key = JSON.stringify([article.level, article.target, options, brokenImageCount()]);
    if (this.itemContext?.key !== key || this.itemContext.article.localizer !== localizer) {
      this.itemContext = { key, article, options, items: new WeakMap() };
    }
    return this.itemContext;
  }

  private item(article: Article, context: ItemContext): TemplateResult {
    let item = context.items.get(article);
    if (!item) {
      item = articleItem(article, context.article, context.options);
      context.items.set(article, item);
    }
    return item;
  }

  /**
   * The "load more" row (while there is more), and the polite live region. After a failed page
   * the same button says "try again", with the reason beside it: one button, which keeps the focus.
   */
  private renderMore(list: ListState, canLoadMore: boolean, localizer: Localizer): TemplateResult {
    const { t } = localizer;
    const busy = list.controller !== undefined;
    const error = busy ? undefined : list.error;
    return html`${canLoadMore
        ? html`<div part="more">
            <button
              part=${error ? 'load-more retry' : 'load-more'}
              type="button"
              aria-disabled=${busy ? 'true' : nothing}
              aria-describedby=${error ? 'more-error' : nothing}
              @click=${this.onLoadMore}
            >
              ${busy ? t.loading : error ? t.retry : t.loadMore}
            </button>
            ${error ? html`<p part="more-error" id="more-error">${moreErrorMessage(error, localizer)}</p>` : nothing}
          </div>`
        : nothing}
      <p part="status" role="status" class="visually-hidden">${list.announcement}</p>`;
  }

  private readonly onLoadMore = (event: Event): void => {
    void this.showMore(event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined);
  };

  /**
   * Shows `limit` more articles, as the "load more" button does: fetches further pages while
   * the loaded matches run out. Resolves once they are on screen (or the next page failed).
   */
  loadMore(): Promise<void> {
    return this.showMore(undefined);
  }

  private async showMore(trigger: HTMLElement | undefined): Promise<void> {
    const list = this.list;
    if (!list || list.controller) return;
    const limit = this.pageSize;
    const before = Math.min(list.shown, list.matching.length);
    const localizer = this.localize.localizer;
    let failure: WidgetError | undefined;
    if (needsNextPage(list.matching.length, before, limit, list.nextUrl !== undefined)) {
      const controller = new AbortController();
      list.controller = controller;
      list.announcement = '';
      this.requestUpdate();
      try {
        for (let pages = 0; pages < MAX_PAGES_PER_CLICK; pages++) {
          const url = list.nextUrl;
          if (url === undefined || !needsNextPage(list.matching.length, before, limit, true)) break;
          const page = await loadFeed(url, { signal: controller.signal, timeout: this.timeout });
          if (controller.signal.aborted) return;
          const { articles, added } = appendArticles(list.all, page.feed.articles);
          list.all = articles;
          list.matching = [...list.matching, ...filterArticles(added, list.filters)];
          list.visited.add(url).add(page.url);
          const next = page.feed.nextUrl;
          list.nextUrl = next !== undefined && !list.visited.has(next) ? next : undefined;
        }
      } catch (error) {
        // The list stays; what was loaded is shown, and the error waits beside the button.
        if (controller.signal.aborted) return;
        failure = toWidgetError(error, 'network');
        console.warn(`infest-widgets <${this.localName}>: ${failure.message}`);
      } finally {
        if (list.controller === controller) list.controller = undefined;
        this.requestUpdate();
      }
    }
    if (this.list !== list) return;
    const shown = Math.min(before + limit, list.matching.length);
    list.shown = shown;
    list.error = failure;
    const state = paging(list.matching.length, shown, list.nextUrl !== undefined);
    const { t } = localizer;
    const said: string[] = [];
    // While the feed has pages left to load, the total is not known.
    if (shown > before || !failure) said.push(t.shown(shown, list.nextUrl === undefined ? state.total : undefined));
    if (failure) said.push(moreErrorMessage(failure, localizer));
    else if (!state.canLoadMore) said.push(t.allShown);
    list.announcement = said.join('. ');
    this.requestUpdate();
    await this.updateComplete;
    const root = this.shadowRoot;
    if (!trigger || this.list !== list || !root) return;
    const items = root.querySelectorAll<HTMLElement>('[part~="list"] > [part~="item"]');
    focusAfterMore(root, trigger, items, before, shown, root.querySelector<HTMLElement>('[part~="load-more"]'));
  }

  /**
   * `limit` rows (a screenful at most) of the layout's shape: text bones sit in the same parts
   * as the text, so they take its size, and as many lines as a title and summary usually wrap
   * to at this width (see the styles). A button-sized bone stands for "load more".
   */
  protected override renderSkeleton(): TemplateResult {
    const rows = Math.min(this.pageSize, MAX_SKELETON_ROWS);
    const row =
      this.layout === 'compact'
        ? html`<li part="item"
            ><div part="body"
              ><div part="title" class="lines">${boneLines(3)}</div
              ><div part="date" class="lines">${boneLines(1)}</div></div
          ></li>`
        : html`<li part="item" class="has-image"
            ><div part="body"
              ><div part="title" class="lines">${boneLines(4)}</div
              ><div part="meta" class="lines">${boneLines(1)}</div
              ><div part="summary" class="lines">${boneLines(3)}</div></div
            ><span class="bone image"></span
          ></li>`;
    return html`<ol part="list" class=${gridFill(this.pageSize)}>${repeated(row, rows)}</ol><span class="bone more"></span>`;
  }
}

define('infest-article-list', InfestArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'infest-article-list': InfestArticleList;
  }
}
