import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { findArticle, newestFirst } from '../../feed/select.js';
import type { Article } from '../../feed/types.js';
import type { FeedSnapshot } from '../../load/feed-loader.js';
import { define } from '../../internal/define.js';
import { InfestElement, type View } from '../../internal/infest-element.js';
import type { Localizer } from '../../internal/localize.js';
import { findPasted, pastedValue } from '../../feed/pasted-value.js';
import { WidgetError } from '../../internal/widget-error.js';
import { articleImage, articleMeta, articleSummary, articleTags, articleTitle, boneLines, newTabHint } from '../../internal/article-parts.js';
import { articleStyles } from '../../internal/article.styles.js';
import { articleCardStyles } from './article-card.styles.js';

export type ArticleCardLayout = 'vertical' | 'horizontal' | 'compact';

/**
 * @tagname infest-article-card
 * @summary One article as a card: cover image, title, authors, date, summary, tags and a
 * "read more" link.
 *
 * @slot - Fallback content (e.g. a plain link to the article), shown until the card has data
 * and again if loading fails; it is also what readers without JavaScript see.
 *
 * @csspart card - The `<article>` around everything.
 * @csspart image - The cover image, or (also `placeholder`) an empty box of its size when it fails to load.
 * @csspart placeholder - The empty box in place of a cover image that failed to load.
 * @csspart body - Everything beside or below the image.
 * @csspart title - The heading.
 * @csspart title-link - The link inside the heading.
 * @csspart meta - The line with authors and date.
 * @csspart authors - The authors' names.
 * @csspart date - The `<time>` element.
 * @csspart summary - The summary, clamped to `--infest-summary-lines`.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart read-more - The "read more" link.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart message - The sentence shown when empty or on error.
 * @csspart error - The error message.
 * @csspart retry - The "try again" button shown for network errors.
 * @csspart empty - The sentence shown when there is nothing to show (also `message`).
 * @csspart notice - The small notice above a copy kept from an earlier visit, shown when the network fails (also `offline`).
 * @csspart offline - Same element as `notice`.
 *
 * @cssproperty --infest-summary-lines - Lines of summary before it is cut (default 3).
 * @cssproperty --infest-image-aspect-ratio - Aspect ratio of the cover image (default 16 / 9).
 * @cssproperty --infest-image-max-height - Tallest the cover image gets; a wider one is cropped to it (default 20em).
 * @cssproperty --infest-title-font-size - Size of the title (default 1.2em).
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
 * @fires infest-load - The feed loaded and the card shows it (or says the feed is empty).
 * `detail`: `{ source, feed, warnings, status }`.
 * @fires infest-error - Loading failed or the article is not in the feed; the card shows a short
 * message. `detail`: `{ kind, message, url?, status?, path?, line?, column?, error }`.
 */
export class InfestArticleCard extends InfestElement {
  static override styles = [...InfestElement.styles, articleStyles, articleCardStyles];

  /** Id or URL of the article to show; by default the newest. */
  @property() article?: string;

  /** `vertical` (image above), `horizontal` (image beside, when wide enough) or `compact`. */
  @property({ reflect: true }) layout: ArticleCardLayout = 'vertical';

  protected override renderView(snapshot: FeedSnapshot, localizer: Localizer): View {
    const { articles } = snapshot.feed;
    const key = this.article?.trim() ?? '';
    if (pastedValue(key)) {
      const article = findPasted(key, (wanted) => findArticle(snapshot.feed, wanted));
      if (!article) {
        return new WidgetError('not-found', `${snapshot.url} has no article with the id or URL "${key}"`, {
          url: snapshot.url,
          display: localizer.t.articleNotFound(key),
        });
      }
      return { status: 'loaded', content: this.renderCard(article, localizer) };
    }
    const newest = newestFirst(articles)[0];
    if (!newest) return { status: 'empty', content: html`<p part="message empty">${localizer.t.noArticles}</p>` };
    return { status: 'loaded', content: this.renderCard(newest, localizer) };
  }

  private renderCard(article: Article, localizer: Localizer): TemplateResult {
    const context = this.articleContext(localizer);
    const title = article.title || localizer.t.untitled;
    return html`<article part="card" class=${article.image ? 'has-image' : 'no-image'}>
      ${articleImage(article)}
      <div part="body">
        ${articleTitle(article, context)} ${articleMeta(article, localizer, 'full')} ${articleSummary(article, context)}
        ${articleTags(article, localizer)}
        ${article.url
          ? html`<a part="read-more" href=${article.url} target=${context.target ?? nothing} rel=${context.target ? 'noopener' : nothing}
              >${localizer.t.readMore}<span class="visually-hidden">: ${title}</span>${newTabHint(context)}</a
            >`
          : nothing}
      </div>
    </article>`;
  }

  protected override renderSkeleton(): TemplateResult {
    // Shaped like a typical card: its picture, the title, the byline, the summary, two rows of
    // tags, "read more". Text bones sit in the parts of that text, so they take its size; the
    // styles show as many lines as it usually wraps to.
    return html`<div part="card" class="has-image">
      <span class="bone image"></span>
      <div part="body">
        <div part="title" class="lines">${boneLines(3)}</div>
        <div part="meta" class="lines">${boneLines(2)}</div>
        ${this.layout === 'compact'
          ? nothing
          : html`<div part="summary" class="lines">${boneLines(3)}</div>
              <div part="tags">${boneLines(2)}</div>
              <div part="read-more" class="lines">${boneLines(1)}</div>`}
      </div>
    </div>`;
  }
}

define('infest-article-card', InfestArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'infest-article-card': InfestArticleCard;
  }
}
