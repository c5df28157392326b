import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Feed, FeedWarning } from '../feed/types.js';
import { DEFAULT_TIMEOUT, loadFeed, parseSnapshot, snapshotOf, storedSnapshot, type FeedSnapshot } from '../load/feed-loader.js';
import { VERSION } from '../version.js';
import type { ArticleContext } from './article-parts.js';
import { LocalizeController, type Localizer } from './localize.js';
import { pastedValue } from '../feed/pasted-value.js';
import { sharedStyles } from './shared.styles.js';
import { toWidgetError, WidgetError, type WidgetErrorDetails, type WidgetErrorKind } from './widget-error.js';

export type Theme = 'light' | 'dark' | 'auto';
export type WidgetStatus = 'loading' | 'loaded' | 'empty' | 'error';

/** What a widget decided to show for a feed. */
export type View = { readonly status: 'loaded' | 'empty'; readonly content: unknown } | WidgetError;

export interface InfestLoadDetail {
  /** The feed's URL, or "inline <script>" / "feed property". */
  readonly source: string;
  readonly feed: Feed;
  /** What the feed got wrong but the widget could repair or skip. */
  readonly warnings: readonly FeedWarning[];
  /** `empty` when the feed loaded but nothing matched (the widget says so). */
  readonly status: 'loaded' | 'empty';
  /**
   * True when this is the copy kept on the device from an earlier visit: shown at once while
   * a fresh copy loads, or instead of an error when the network fails.
   */
  readonly stored: boolean;
}

/** Why the widget shows its error state: the kind, the full English reason, and its details (feed URL, HTTP status, JSON path …). */
export interface InfestErrorDetail extends WidgetErrorDetails {
  readonly kind: WidgetErrorKind;
  /** The full reason, in English, for developers. */
  readonly message: string;
  readonly error: WidgetError;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'infest-load': CustomEvent<InfestLoadDetail>;
    'infest-error': CustomEvent<InfestErrorDetail>;
  }
}

/** How long a widget without a source waits for one before it says it has none (ms). */
export const NO_SOURCE_GRACE = 1500;

const retryable = new Set<WidgetErrorKind>(['network', 'timeout', 'http']);
/** Failures after which the stored copy of a feed is better than an error. */
const servedFromCopy = new Set<WidgetErrorKind>(['network', 'timeout', 'http', 'not-json', 'too-large']);
const warnedSnapshots = new WeakSet<FeedSnapshot>();
const parsedProperties = new WeakMap<object, FeedSnapshot>();
/** Each element class's style sheets made again in a document its elements were moved to. */
const adoptedSheets = new WeakMap<Document, WeakMap<readonly unknown[], CSSStyleSheet[]>>();

/**
 * How attribute values are read. Snippets pass through rich-text editors (WordPress, Blogger),
 * which turn an attribute's quotes into typographic ones that end up in the value (theme=“dark”
 * is read as “dark”), and people type LAYOUT="Grid": every value is read without what cannot
 * belong to it at either end (`pastedValue`) before Lit converts it (a number, say), except ids
 * that `findPasted` looks up as written first (a feed's own id may begin with a quote).
 */
const writtenAttributes = new Set(['article', 'program']);
/** Values from a fixed set, compared in lower case as HTML compares its own keywords. */
const keywordAttributes = new Set(['theme', 'layout']);
/**
 * Reflected, so written back clean: the styles match `[theme='dark']`, `[layout='grid']`, and
 * assistive technology reads `lang`.
 */
const reflectedAttributes = new Set([...keywordAttributes, 'lang']);

const notText = Symbol('not text');

/**
 * What a script set on a text property, as the attribute would read: a number (a post id) as
 * its digits, a URL object as its address, a Date as its instant, a list as its entries with
 * commas between. `notText` for anything else (an object, a boolean, a function).
 */
function propertyText(value: unknown): string | null | undefined | typeof notText {
  if (value === undefined || value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof URL) return value.href;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string' || typeof entry === 'number')) return value.join(',');
  return notText;
}

/** An attribute's value as the widget reads it. */
function cleanAttribute(name: string, value: string): string {
  if (writtenAttributes.has(name)) return value;
  const clean = pastedValue(value);
  return keywordAttributes.has(name) ? clean.toLowerCase() : clean;
}

/** The short sentence a widget shows for an error, in the reader's language. */
export function errorMessage(error: WidgetError, { t }: Localizer): string {
  return error.details.display ?? (error.kind === 'http' ? t.errors.http(error.details.status ?? 0) : t.errors[error.kind]);
}

/**
 * What every widget shares: where the data comes from (`src`, an inline
 * `<script type="application/json">` child, or the `feed` property), the loading, empty and
 * error states, the `infest-load` / `infest-error` events, language and theme.
 */
export abstract class InfestElement extends LitElement {
  static readonly version = VERSION;
  static override styles = sharedStyles;

  /** URL of the JSON Feed (or WordPress REST posts URL). Relative URLs resolve against the page's base URL (its address, or its `<base href>`). */
  @property() src?: string;

  /**
   * The feed itself, instead of `src`: a JSON Feed object, a WordPress posts array, or their
   * JSON text. Takes precedence over `src` and an inline script.
   */
  @property({ attribute: false }) feed?: unknown;

  /** Language of the widget (`id`, `en`); by default the closest `lang` in the page, else `id`. */
  @property({ reflect: true }) override lang!: string;

  /** `light`, `dark`, or `auto`: follows the page's `color-scheme` (dark only where the page declares a dark scheme). `light` and `dark` make the widget a panel, inset by `--infest-space`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Level (1–6) of the widget's heading; nested headings go one deeper. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Where article links open, e.g. `_blank` for a new tab (with `rel="noopener"`). */
  @property() target?: string;

  /** Milliseconds to wait for the feed before giving up. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  @state() private inlineJson?: string;

  protected readonly localize = new LocalizeController(this);
  private readonly childObserver = new MutationObserver(() => {
    this.readInlineJson();
  });
  private view?: View;
  /** The snapshot on screen, if any. */
  private shown?: FeedSnapshot;
  /** This device's copy of the feed being loaded, shown until the fresh one arrives. */
  private storedCopy?: FeedSnapshot;
  private announced?: { readonly key: unknown; readonly status: WidgetStatus };
  /** Set by "try again", which the next render replaces: where focus goes meanwhile and after. */
  private retrying = false;

  protected readonly data = new Task(this, {
    task: ([src, feed, inlineJson, timeout], { signal }) => this.loadSnapshot(src, feed, inlineJson, timeout, signal),
    args: () => [this.src, this.feed, this.inlineJson, this.timeout] as const,
  });

  /** What the widget shows now. */
  get status(): WidgetStatus {
    if (this.view instanceof WidgetError) return 'error';
    return this.view?.status ?? 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineJson();
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  /**
   * Moved into another document (a same-origin iframe, `document.adoptNode`): the browser drops
   * the shadow root's style sheets, which belong to the first document, and the widget would
   * show unstyled. It gets copies made in its new document.
   */
  adoptedCallback(): void {
    const root = this.renderRoot;
    const view = this.ownerDocument.defaultView;
    if (!(root instanceof ShadowRoot) || !view || !('adoptedStyleSheets' in root)) return;
    const styles = (this.constructor as typeof InfestElement).elementStyles;
    let sheets = adoptedSheets.get(this.ownerDocument)?.get(styles);
    if (!sheets) {
      sheets = styles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText);
        return sheet;
      });
      const forDocument = adoptedSheets.get(this.ownerDocument) ?? new WeakMap();
      forDocument.set(styles, sheets);
      adoptedSheets.set(this.ownerDocument, forDocument);
    }
    root.adoptedStyleSheets = sheets;
  }

  /** Every attribute is read clean (see `cleanAttribute`); a reflected one is also written back clean. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const clean = value === null ? null : cleanAttribute(name, value);
    // Written back, it comes back here with the clean value: once.
    if (clean !== null && clean !== value && reflectedAttributes.has(name)) this.setAttribute(name, clean);
    else super.attributeChangedCallback(name, old, clean);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const properties = this as unknown as Record<string, unknown>;
    // Text properties as a script sets them: article={post.id} in React sets a number.
    for (const [name, options] of (this.constructor as typeof InfestElement).elementProperties) {
      if (!changed.has(name) || options.attribute === false || (options.type !== undefined && options.type !== String)) continue;
      const value = properties[name as string];
      const text = propertyText(value);
      if (text === value) continue;
      if (text === notText) {
        console.warn(`infest-widgets <${this.localName}>: ${String(name)} must be text, got ${Array.isArray(value) ? 'a list' : `a value of type ${typeof value}`}; it was ignored`);
      }
      properties[name as string] = text === notText ? undefined : text;
    }
    // A script may set them unclean too (theme = 'Dark'); Lit then reflects them clean.
    for (const name of reflectedAttributes) {
      const value = properties[name];
      if (changed.has(name) && typeof value === 'string') properties[name] = cleanAttribute(name, value);
    }
  }

  private readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineJson = script?.textContent ?? undefined;
  }

  private async loadSnapshot(
    src: string | undefined,
    feed: unknown,
    inlineJson: string | undefined,
    timeout: number,
    signal: AbortSignal,
  ): Promise<FeedSnapshot> {
    const baseUrl = document.baseURI;
    if (typeof feed === 'string') return parseSnapshot(feed, { source: 'feed property', baseUrl });
    if (feed !== undefined && feed !== null) {
      if (typeof feed !== 'object') return snapshotOf(feed, { source: 'feed property', baseUrl });
      // What `fetch` gives, set before it was read: the feed is in it, not it.
      if (typeof (feed as { then?: unknown }).then === 'function' || feed instanceof Response) {
        throw new WidgetError('not-feed', `the feed property is a ${feed instanceof Response ? 'fetch Response' : 'Promise'}, not a feed: set feed = await response.json(), or give the feed's URL as src`, {
          url: 'feed property',
        });
      }
      let snapshot = parsedProperties.get(feed);
      if (!snapshot) {
        snapshot = snapshotOf(feed, { source: 'feed property', baseUrl });
        parsedProperties.set(feed, snapshot);
      }
      return snapshot;
    }
    if (inlineJson !== undefined) return parseSnapshot(inlineJson, { source: 'inline <script type="application/json">', baseUrl });
    const url = pastedValue(src);
    if (url !== '') return this.loadWithStoredCopy(url, timeout, signal);
    if (document.readyState === 'loading') {
      // Defined before the parser reached this element's children (the script tag came
      // first): a <script type="application/json"> child may still come, and starts a new run.
      await new Promise((resolve) => {
        document.addEventListener('DOMContentLoaded', resolve, { once: true });
      });
    }
    // A framework or script often sets src or feed a moment after adding the element (after
    // its own fetch); only a widget still without one after that has none. Setting one aborts this run.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, NO_SOURCE_GRACE);
      signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
    });
    throw new WidgetError(
      'no-source',
      `<${this.localName}> has no feed: give it a src="…" attribute with the feed URL, a <script type="application/json"> child, or set its feed property`,
    );
  }

  private async loadWithStoredCopy(src: string, timeout: number, signal: AbortSignal): Promise<FeedSnapshot> {
    // Read synchronously, before the first await, so this very render can show it.
    const copy = storedSnapshot(src);
    this.storedCopy = copy;
    try {
      return await loadFeed(src, { signal, timeout });
    } catch (error) {
      if (copy && error instanceof WidgetError && servedFromCopy.has(error.kind)) return { ...copy, offline: error };
      throw error;
    } finally {
      if (this.storedCopy === copy) this.storedCopy = undefined;
    }
  }

  /** Decides what to show for a loaded feed. Return a WidgetError (e.g. `not-found`) to show the error state. */
  protected abstract renderView(snapshot: FeedSnapshot, localizer: Localizer): View;

  /** Placeholder bones shaped like the loaded widget, so nothing moves when data arrives. */
  protected abstract renderSkeleton(): TemplateResult;

  override render(): unknown {
    const localizer = this.localize.localizer;
    const pending = (): unknown => {
      const copy = this.storedCopy;
      const view = copy && this.viewOf(copy, localizer);
      // A stored copy without what the widget asks for (an article newer than the copy) is
      // not shown: the fresh feed may well have it.
      return copy && view && !(view instanceof WidgetError) ? this.renderSnapshot(copy, localizer, view) : this.renderLoading(localizer);
    };
    return this.data.render({
      initial: pending,
      pending,
      complete: (snapshot) => this.renderSnapshot(snapshot, localizer),
      error: (error) => {
        this.shown = undefined;
        this.view = toWidgetError(error, 'not-feed');
        return this.renderError(this.view, localizer);
      },
    });
  }

  /**
   * renderView, or the error its failure means: a page that replaced a built-in the widget
   * uses (an Intl polyfill without formatRange, say) would otherwise leave it a skeleton for
   * good, with an uncaught error on the page.
   */
  private viewOf(snapshot: FeedSnapshot, localizer: Localizer): View {
    try {
      return this.renderView(snapshot, localizer);
    } catch (error) {
      return new WidgetError('render', `the feed loaded, but showing it failed (${String(error)}): a script on this page may have replaced a built-in that the widget uses (Intl, Array …)`, { cause: error });
    }
  }

  private renderSnapshot(snapshot: FeedSnapshot, localizer: Localizer, view = this.viewOf(snapshot, localizer)): unknown {
    this.shown = snapshot;
    this.view = view;
    if (this.view instanceof WidgetError) return this.renderError(this.view, localizer);
    // One template with or without the notice: the content stays in place (and keeps the
    // reader's focus) when the notice comes or goes.
    const { offline } = snapshot;
    // "Offline" only when the network failed: a slow or failing server is not the reader's connection.
    const notice = offline && (offline.kind === 'network' ? localizer.t.offline : localizer.t.savedCopy)(localizer.relative(snapshot.fetchedAt));
    return html`${notice ? html`<p part="notice offline" role="status">${notice}</p>` : nothing}${this.view.content}`;
  }

  private renderLoading(localizer: Localizer): TemplateResult {
    this.view = undefined;
    this.shown = undefined;
    // Not aria-busy: screen readers hold back what a busy region says, and "loading" is what
    // it has to say.
    return html`<div part="skeleton" tabindex="-1">
      <span class="visually-hidden" role="status">${localizer.t.loading}</span>
      <div class="bones" aria-hidden="true">${this.renderSkeleton()}</div>
      <div class="fallback"><slot></slot></div>
    </div>`;
  }

  private renderError(error: WidgetError, localizer: Localizer): TemplateResult {
    const { t } = localizer;
    const message = errorMessage(error, localizer);
    return html`<div part="message error" tabindex="-1">
        <span class="text" role="status">${message}</span>
        ${retryable.has(error.kind)
          ? html` <button part="retry" type="button" @click=${this.retry}>${t.retry}</button>`
          : nothing}
      </div>
      <div class="fallback-after"><slot></slot></div>`;
  }

  private readonly retry = (): void => {
    this.retrying = true;
    void this.data.run();
  };

  /**
   * Keeps the focus of a reader who pressed "try again", whose button the next render removes:
   * on the placeholder while loading, then on what came (its first link or button, or the
   * message).
   */
  private refocusAfterRetry(): void {
    if (!this.retrying) return;
    const root = this.renderRoot;
    const loading = this.status === 'loading';
    this.retrying = loading;
    const target = loading ? root.querySelector('[part~="skeleton"]') : (root.querySelector('[part~="retry"], a[href], button, summary') ?? root.querySelector('[part~="message"]'));
    if (target instanceof HTMLElement) target.focus();
  }

  /** The configured heading level (1–6), `offset` deeper. */
  protected level(offset = 0): number {
    return Math.min(6, Math.max(1, Math.round(Number.isFinite(this.headingLevel) ? this.headingLevel : 2) + offset));
  }

  /** A heading at the configured level, or `offset` deeper. */
  protected heading(content: unknown, part: string, offset = 0): TemplateResult {
    return html`<div role="heading" aria-level=${this.level(offset)} part=${part}>${content}</div>`;
  }

  /** How article pieces are drawn here: titles `offset` below the heading level, links' target. */
  protected articleContext(localizer: Localizer, offset = 0): ArticleContext {
    // _blank, _self … are keywords, compared in any case; a frame's name is not.
    const written = pastedValue(this.target);
    const target = written.startsWith('_') ? written.toLowerCase() : written;
    return { localizer, level: this.level(offset), target: target === '' ? undefined : target };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.markShownLanguage();
    this.refocusAfterRetry();
    const view = this.view;
    if (!view) {
      this.announced = undefined;
      return;
    }
    // Events fire once per thing shown, not on every re-render (a language change, say).
    const key = view instanceof WidgetError ? `${view.kind}: ${view.message}` : this.shown;
    const last = this.announced;
    if (last && last.key === key && last.status === this.status) return;
    this.announced = { key, status: this.status };
    if (view instanceof WidgetError) this.announceError(view);
    else if (this.shown) this.announceLoad(this.shown, view.status);
  }

  /**
   * In a language without a catalog (lang="ar", a page in Javanese), the widget speaks
   * Indonesian: its shadow content says so, or a screen reader reads it with the page's voice.
   */
  private markShownLanguage(): void {
    const { lang, locales } = this.localize.localizer;
    const shown = locales[0] === lang ? undefined : locales[0];
    for (const child of this.renderRoot.children) {
      if (shown === undefined) child.removeAttribute('lang');
      else child.setAttribute('lang', shown);
    }
  }

  private announceLoad(snapshot: FeedSnapshot, status: 'loaded' | 'empty'): void {
    if (snapshot.warnings.length > 0 && !warnedSnapshots.has(snapshot)) {
      warnedSnapshots.add(snapshot);
      const shown = snapshot.warnings.slice(0, 5).map((warning) => `\n  ${warning.path}: ${warning.message}`).join('');
      const more = snapshot.warnings.length > 5 ? `\n  … and ${String(snapshot.warnings.length - 5)} more` : '';
      console.warn(
        `infest-widgets: ${snapshot.url} has ${String(snapshot.warnings.length)} problem(s) that were repaired or skipped:${shown}${more}\nCheck the whole feed with: npx infest-widgets validate ${snapshot.url}`,
      );
    }
    this.dispatchEvent(
      new CustomEvent<InfestLoadDetail>('infest-load', {
        bubbles: true,
        composed: true,
        detail: {
          source: snapshot.url,
          feed: snapshot.feed,
          warnings: snapshot.warnings,
          status,
          stored: snapshot === this.storedCopy || snapshot.offline !== undefined,
        },
      }),
    );
  }

  private announceError(error: WidgetError): void {
    console.warn(`infest-widgets <${this.localName}>: ${error.message}`);
    this.dispatchEvent(
      new CustomEvent<InfestErrorDetail>('infest-error', {
        bubbles: true,
        composed: true,
        detail: { kind: error.kind, message: error.message, ...error.details, error },
      }),
    );
  }
}
