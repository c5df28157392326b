import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Article, Milestone, Program } from '../../feed/types.js';
import { parseNow, selectProgram, timelinePhases, type TimelinePhase } from '../../feed/timeline-selection.js';
import type { FeedSnapshot } from '../../load/feed-loader.js';
import { articleLink, boneLines, textLang } from '../../internal/article-parts.js';
import { define } from '../../internal/define.js';
import { focusAfterMore } from '../../internal/focus-after-more.js';
import { InfestElement, type View } from '../../internal/infest-element.js';
import type { Localizer } from '../../internal/localize.js';
import { findPasted, pastedValue } from '../../feed/pasted-value.js';
import { WidgetError } from '../../internal/widget-error.js';
import { programTimelineStyles } from './program-timeline.styles.js';

export type ProgramTimelineLayout = 'vertical' | 'horizontal';

/** A phase lists this many of its articles at first, and "show more" adds as many again. */
const ARTICLES_PER_STEP = 20;
/** Villages named at most; the rest are counted ("dan 30 desa lainnya"). */
const VILLAGES_NAMED = 20;

/**
 * @tagname infest-program-timeline
 * @summary A program's phases in order, each with its dates, status (completed, in progress,
 * upcoming), summary, villages, milestones and the feed's articles about it.
 *
 * Phases may overlap or leave gaps (program data is often approximate): each shows its own
 * date range and status, so two phases can be in progress at once.
 *
 * @slot - Fallback content (e.g. a link to the program's page), shown until the timeline has
 * data and again if loading fails; it is also what readers without JavaScript see.
 *
 * @csspart timeline - Everything, around the header and the list of phases.
 * @csspart header - The program's title and region.
 * @csspart title - The program heading.
 * @csspart title-link - The link inside the program heading, when the program has a URL.
 * @csspart region - The program's region.
 * @csspart phases - The `<ol>` of phases.
 * @csspart phase - One phase (`<li>`); also `phase-completed`, `phase-current` or `phase-upcoming`.
 * @csspart phase-completed - A phase that has ended (also `phase`).
 * @csspart phase-current - A phase in progress (also `phase`).
 * @csspart phase-upcoming - A phase that has not started (also `phase`).
 * @csspart marker - The shape on the line: filled check (completed), ring with a dot (in progress), dashed ring (upcoming).
 * @csspart phase-body - Everything beside (vertical) or below (horizontal) the marker.
 * @csspart phase-title - The phase heading, one level below the program's.
 * @csspart phase-meta - The line with the date range and the status.
 * @csspart dates - The phase's date range.
 * @csspart status - The status label; also `status-completed`, `status-current` or `status-upcoming`.
 * @csspart status-completed - The label of a phase that has ended (also `status`).
 * @csspart status-current - The label of a phase in progress (also `status`).
 * @csspart status-upcoming - The label of a phase that has not started (also `status`).
 * @csspart summary - The phase's summary.
 * @csspart villages - The villages: count and names (the first 20, then how many more).
 * @csspart villages-count - "5 desa".
 * @csspart milestones-label - The "Milestones" label.
 * @csspart milestones - The list of milestones.
 * @csspart milestone - One milestone.
 * @csspart milestone-date - A milestone's `<time>`.
 * @csspart articles - The `<details>` with the phase's articles.
 * @csspart articles-summary - Its `<summary>` ("3 artikel").
 * @csspart article-list - The list of articles.
 * @csspart article - One article.
 * @csspart article-link - An article's link.
 * @csspart article-date - An article's `<time>`.
 * @csspart show-more - The "show more" button under a phase's first 20 articles, when it has more.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart message - The sentence shown when empty or on error.
 * @csspart error - The error message.
 * @csspart retry - The "try again" button shown for network errors.
 * @csspart empty - The sentence shown when there is nothing to show (also `message`).
 * @csspart notice - The small notice above a copy kept from an earlier visit, shown when the network fails (also `offline`).
 * @csspart offline - Same element as `notice`.
 *
 * @cssproperty --infest-marker-size - Size of the phase markers (default 1.5em).
 * @cssproperty --infest-color-line - The line joining the markers (default: the border color).
 * @cssproperty --infest-title-font-size - Size of the program title (default 1.3em).
 * @cssproperty --infest-font-family - Font of the widget (default: the system UI font).
 * @cssproperty --infest-font-size - Base font size; every size in the widget follows it (default: the text size where the widget sits, at least 12px).
 * @cssproperty --infest-color-text - Text color.
 * @cssproperty --infest-color-text-muted - Secondary text (dates, region, upcoming phases).
 * @cssproperty --infest-color-background - Background of the widget.
 * @cssproperty --infest-color-border - Borders.
 * @cssproperty --infest-color-accent - Links, completed and current markers.
 * @cssproperty --infest-color-on-accent - The check mark on completed markers.
 * @cssproperty --infest-color-focus - Focus ring.
 * @cssproperty --infest-color-danger - Error accents.
 * @cssproperty --infest-color-skeleton - Loading placeholder bones.
 * @cssproperty --infest-radius - Corner radius.
 * @cssproperty --infest-space - Inner spacing.
 *
 * @fires infest-load - The feed loaded and the timeline shows it (or says there is nothing to show).
 * `detail`: `{ source, feed, warnings, status }`.
 * @fires infest-error - Loading failed or the program is not in the feed; the timeline shows a
 * short message. `detail`: `{ kind, message, url?, status?, path?, line?, column?, error }`.
 */
export class InfestProgramTimeline extends InfestElement {
  static override styles = [...InfestElement.styles, ...programTimelineStyles];

  /** Id of the program to show; by default the feed's first program. */
  @property() program?: string;

  /**
   * The day to show the timeline for, instead of today: a date ("2022-06-01", read in
   * Asia/Jakarta) or a date-time ("2023-12-31T23:59:59+07:00"). An invalid value is ignored
   * with a console warning.
   */
  @property() now?: string;

  /**
   * `vertical` or `horizontal` to force one. Unset (or `auto`): horizontal when the element
   * is at least 48em wide, vertical otherwise.
   */
  @property({ reflect: true }) layout?: ProgramTimelineLayout | 'auto';

  /** How many articles each phase shows, by program and phase id, once "show more" was pressed. */
  private readonly shownArticles = new Map<string, number>();
  /** What the last "show more" did, for the live region. */
  private announcement = '';
  /** `now` as epoch ms, when it is set and valid. */
  private nowTime?: number;
  /** The program and day the phase list was last scrolled for. */
  private scrolledFor?: string;
  /** The phase list being watched for overflow. */
  private watchedList?: HTMLOListElement;
  private readonly resizeObserver = new ResizeObserver(() => {
    if (!this.watchedList) return;
    this.syncScrollable(this.watchedList);
    // A timeline shown after it rendered (a closed tab, display: none) has only now a layout.
    this.revealCurrentPhase(this.watchedList);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Watch the list again after the element was moved (updated() re-attaches the observer).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.watchedList = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A program shown anew starts with nothing said about it.
    if (changed.has('program')) this.announcement = '';
    if (!changed.has('now')) return;
    const text = pastedValue(this.now);
    this.nowTime = undefined;
    if (text === '') return;
    const parsed = parseNow(text);
    if (parsed.ok) {
      this.nowTime = parsed.time;
    } else {
      console.warn(
        `infest-widgets <${this.localName}>: now="${text}" is not a date; it was ignored and today is used (write e.g. now="2022-06-01" or now="2023-12-31T23:59:59+07:00")`,
      );
    }
  }

  protected override renderView(snapshot: FeedSnapshot, localizer: Localizer): View {
    const { t } = localizer;
    const written = this.program ?? '';
    const selection =
      findPasted(written, (id) => {
        const found = selectProgram(snapshot.feed, id);
        return found.kind === 'not-found' ? undefined : found;
      }) ?? selectProgram(snapshot.feed, written);
    switch (selection.kind) {
      case 'no-programs':
        return { status: 'empty', content: html`<p part="message empty">${t.noPrograms}</p>` };
      case 'not-found':
        return new WidgetError('not-found', `${snapshot.url} has no program with the id "${selection.id}"`, {
          url: snapshot.url,
          display: t.programNotFound(selection.id),
        });
      case 'program':
        break;
    }
    const { program } = selection;
    if (program.phases.length === 0) {
      return {
        status: 'empty',
        content: html`<div part="timeline">
          ${this.renderHeader(program, localizer)}
          <p part="message empty">${t.noPhases}</p>
        </div>`,
      };
    }
    const phases = timelinePhases(snapshot.feed, program, this.nowTime ?? Date.now());
    return {
      status: 'loaded',
      content: html`<div part="timeline">
        ${this.renderHeader(program, localizer)}
        ${keyed(
          program.id,
          // Keyed by program: open <details> of one program never carry over to another.
          html`<ol part="phases" class="phases" aria-label=${t.timeline(program.title)}>
            ${phases.map((entry, index) => this.renderPhase(program, entry, index, localizer))}
          </ol>`,
        )}
        <p role="status" class="visually-hidden">${this.announcement}</p>
      </div>`,
    };
  }

  private renderHeader(program: Program, localizer: Localizer): TemplateResult {
    const title = program.url
      ? articleLink(program.url, program.title, 'title-link', this.articleContext(localizer))
      : html`<span class="text" dir="auto">${program.title}</span>`;
    return html`<div part="header">
      ${this.heading(title, 'title')}
      ${program.region ? html`<p part="region" class="text" dir="auto">${program.region}</p>` : nothing}
    </div>`;
  }

  private renderPhase(program: Program, { phase, status, articles }: TimelinePhase, index: number, localizer: Localizer): TemplateResult {
    const { t } = localizer;
    const title = phase.title || t.untitled;
    return html`<li part="phase phase-${status}" class="phase ${status}" aria-current=${status === 'current' ? 'step' : nothing}>
      <span part="marker" class="marker" aria-hidden="true"></span>
      <div part="phase-body">
        ${this.heading(html`<span class="text" dir="auto">${title}</span>`, 'phase-title', 1)}
        <p part="phase-meta">
          <span part="dates"
            >${status === 'upcoming' && !phase.end ? t.startsFrom(localizer.date(phase.start, 'long')) : localizer.dateRange(phase.start, phase.end)}</span
          >
          <span part="status status-${status}">${t.phaseStatus[status]}</span>
        </p>
        ${phase.summary ? html`<p part="summary" class="text" dir="auto">${phase.summary}</p>` : nothing}
        ${phase.villages.length > 0
          ? html`<p part="villages">
              <span part="villages-count">${t.villages(phase.villages.length)}</span>:
              <span class="text" dir="auto">${localizer.list(namedVillages(phase.villages, localizer))}</span>
            </p>`
          : nothing}
        ${this.renderMilestones(phase.milestones, index, localizer)} ${this.renderArticles(`${program.id}\n${phase.id}`, articles, title, localizer)}
      </div>
    </li>`;
  }

  private renderMilestones(milestones: readonly Milestone[], index: number, localizer: Localizer): TemplateResult | typeof nothing {
    if (milestones.length === 0) return nothing;
    const labelId = `milestones-${String(index)}`;
    return html`<p part="milestones-label" class="label" id=${labelId}>${localizer.t.milestones}</p>
      <ul part="milestones" aria-labelledby=${labelId}>
        ${milestones.map(
          (milestone) => html`<li part="milestone">
            ${milestone.date
              ? html`<time part="milestone-date" datetime=${milestone.date.iso}>${localizer.date(milestone.date, 'long')}</time>
                  <span aria-hidden="true">&middot;</span> `
              : nothing}<span class="text" dir="auto">${milestone.title}</span>
          </li>`,
        )}
      </ul>`;
  }

  private renderArticles(key: string, articles: readonly Article[], phaseTitle: string, localizer: Localizer): TemplateResult | typeof nothing {
    if (articles.length === 0) return nothing;
    const { t } = localizer;
    const context = this.articleContext(localizer);
    // A phase can have thousands: past the first, they come when asked for.
    const shown = Math.min(articles.length, this.shownArticles.get(key) ?? ARTICLES_PER_STEP);
    return html`<details part="articles">
      <summary part="articles-summary">${t.phaseArticles(articles.length)}<span class="visually-hidden">: ${phaseTitle}</span></summary>
      <ul part="article-list">
        ${articles.slice(0, shown).map((article) => {
          const title = article.title || t.untitled;
          return html`<li part="article">
            ${article.url ? articleLink(article.url, title, 'article-link', context, article.title ? textLang(article, context) : nothing) : html`<span class="text" dir="auto">${title}</span>`}
            ${article.published
              ? html`<time part="article-date" datetime=${article.published.iso}>${localizer.date(article.published, 'long')}</time>`
              : nothing}
          </li>`;
        })}
      </ul>
      ${shown < articles.length
        ? html`<button
            part="show-more"
            type="button"
            @click=${(event: Event) => void this.showMoreArticles(key, shown, articles.length, event.currentTarget as HTMLElement)}
          >
            ${t.showMore}<span class="visually-hidden">: ${phaseTitle}</span>
          </button>`
        : nothing}
    </details>`;
  }

  private async showMoreArticles(key: string, before: number, total: number, trigger: HTMLElement): Promise<void> {
    const shown = Math.min(before + ARTICLES_PER_STEP, total);
    const { t } = this.localize.localizer;
    this.shownArticles.set(key, shown);
    this.announcement = t.shown(shown, total) + (shown < total ? '' : `. ${t.allShown}`);
    const list = trigger.closest('details')?.querySelector('[part~="article-list"]');
    this.requestUpdate();
    await this.updateComplete;
    const root = this.shadowRoot;
    if (root && list) focusAfterMore(root, trigger, list.querySelectorAll<HTMLElement>(':scope > li'), before, shown);
  }

  protected override renderSkeleton(): TemplateResult {
    // Shaped like a typical phase (title, dates, a summary, villages, milestones, articles), so
    // the timeline barely changes height when it loads.
    const row = html`<div class="phase">
      <span class="bone marker"></span>
      <div part="phase-body">
        <div part="phase-title" class="lines">${boneLines(2)}</div>
        <span class="bone line short"></span>
        <span class="bone block summary"></span>
        <span class="bone block villages"></span>
        <span class="bone line short"></span>
        <span class="bone block milestones"></span>
        <span class="bone line short"></span>
      </div>
    </div>`;
    return html`<div class="timeline">
      <div part="header">
        <div part="title" class="lines">${boneLines(3)}</div>
        <div part="region" class="lines">${boneLines(1)}</div>
      </div>
      <div class="phases">${row}${row}${row}</div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector<HTMLOListElement>('ol[part~="phases"]') ?? undefined;
    if (list !== this.watchedList) {
      if (this.watchedList) this.resizeObserver.unobserve(this.watchedList);
      if (list) this.resizeObserver.observe(list);
      this.watchedList = list;
    }
    if (!list) return;
    this.syncScrollable(list);
    this.revealCurrentPhase(list);
  }

  /**
   * A list that scrolls sideways joins the tab order, so keyboard users can scroll it with the
   * arrow keys (phases without links would otherwise be out of their reach).
   */
  private syncScrollable(list: HTMLOListElement): void {
    if (list.scrollWidth > list.clientWidth + 1) list.tabIndex = 0;
    else list.removeAttribute('tabindex');
  }

  /**
   * When the phases scroll sideways, starts the list at the first phase in progress (once per
   * program and day, so the reader's own scrolling is left alone), unless most of it is in view
   * already: scrolling a list that barely overflows would cut the first phase's words for a few
   * pixels of the current one. Never scrolls the page.
   */
  private revealCurrentPhase(list: HTMLOListElement): void {
    const key = `${this.program ?? ''}\u0000${String(this.nowTime)}\u0000${String(this.data.value?.fetchedAt)}`;
    // Without a layout (hidden), there is nothing to scroll yet.
    if (this.scrolledFor === key || list.clientWidth === 0) return;
    this.scrolledFor = key;
    if (list.scrollWidth <= list.clientWidth) return;
    const current = list.querySelector<HTMLLIElement>(':scope > li[aria-current="step"]');
    if (!current) return;
    // offsetLeft: the list is positioned, so this is from its padding edge.
    if (list.clientWidth - current.offsetLeft >= current.offsetWidth * 0.75) return;
    list.scrollLeft = current.offsetLeft - (parseFloat(getComputedStyle(list).paddingInlineStart) || 0);
  }
}

/** The villages to name: all of them, or the first few and a count of the rest. */
function namedVillages(villages: readonly string[], { t }: Localizer): readonly string[] {
  if (villages.length <= VILLAGES_NAMED + 1) return villages;
  return [...villages.slice(0, VILLAGES_NAMED), t.otherVillages(villages.length - VILLAGES_NAMED)];
}

define('infest-program-timeline', InfestProgramTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'infest-program-timeline': InfestProgramTimeline;
  }
}
