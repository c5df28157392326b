import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateSpan } from '../feed/dates.js';
import type { FeedDate } from '../feed/types.js';
import type { Catalog } from '../locales/catalog.js';
import { en } from '../locales/en.js';
import { id } from '../locales/id.js';
import { pastedValue } from '../feed/pasted-value.js';

export const DEFAULT_LANG = 'id';
const TIME_ZONE = 'Asia/Jakarta';

/**
 * The language in effect: the element's `lang`, the closest ancestor's (across shadow roots), the
 * document's, else `id`; each read as an editor may have pasted it (`pastedValue`: lang=“en”).
 */
export function resolveLang(element: HTMLElement): string {
  // The element's own property first: Lit renders before it reflects the attribute.
  const own = pastedValue(element.lang);
  if (own !== '') return canonical(own) ?? DEFAULT_LANG;
  for (let node: Node | null = element.parentNode; node; ) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = pastedValue(node.getAttribute('lang'));
      if (lang !== '') return canonical(lang) ?? DEFAULT_LANG;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}

function canonical(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

export type DateStyle = 'full' | 'long';

const formatters = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Formatting in one language: strings from its catalog (Indonesian for unknown languages), Intl for the rest. */
export class Localizer {
  readonly t: Catalog;
  /**
   * What Intl gets: the language of the catalog in use, with the region asked for (en-GB,
   * id-ID). A page in a language without a catalog (ar, nl) reads Indonesian strings, so its
   * dates and lists are Indonesian too, not "Bayu Aji · الثلاثاء، 20 يناير 2026".
   */
  readonly locales: readonly string[];

  constructor(readonly lang: string) {
    const english = lang.toLowerCase().split('-')[0] === 'en';
    this.t = english ? en : id;
    const catalog = english ? 'en' : DEFAULT_LANG;
    this.locales = lang === catalog || !lang.toLowerCase().startsWith(`${catalog}-`) ? [catalog] : [lang, catalog];
  }

  private formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${this.locales.join()}|${JSON.stringify(options)}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat([...this.locales], { ...options, timeZone: TIME_ZONE });
      formatters.set(key, formatter);
    }
    return formatter;
  }

  /**
   * A date at its own precision, in Asia/Jakarta: "2018", "Maret 2018",
   * "Selasa, 2 November 2021" (`full`) or "2 November 2021" (`long`).
   */
  date(date: FeedDate, style: DateStyle = 'full'): string {
    return this.formatter(dateOptions(date, style)).format(dateSpan(date).start);
  }

  /** "2018–2020", "Maret 2022 – Agustus 2023", "2021 – sekarang". */
  dateRange(start: FeedDate, end: FeedDate | undefined): string {
    if (!end) return `${this.date(start, 'long')} – ${this.t.present}`;
    if (start.precision !== end.precision) return `${this.date(start, 'long')} – ${this.date(end, 'long')}`;
    return this.formatter(dateOptions(start, 'long')).formatRange(dateSpan(start).start, dateSpan(end).start);
  }

  /** "A, B dan C" / "A, B, and C"; with `disjunction`, "A, B atau C". */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    if (items.length === 1) return items[0] ?? '';
    const key = `${this.locales.join()}|${type}`;
    let format = listFormats.get(key);
    if (!format) {
      format = new Intl.ListFormat([...this.locales], { type });
      listFormats.set(key, format);
    }
    return format.format(items);
  }

  /** "3 hari yang lalu" / "3 days ago". */
  relative(epochMs: number, now = Date.now()): string {
    const seconds = (epochMs - now) / 1000;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31_536_000], ['month', 2_592_000], ['day', 86_400], ['hour', 3600], ['minute', 60]];
    const format = new Intl.RelativeTimeFormat([...this.locales], { numeric: 'auto' });
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(0, 'minute');
  }
}

function dateOptions(date: FeedDate, style: DateStyle): Intl.DateTimeFormatOptions {
  switch (date.precision) {
    case 'year':
      return { year: 'numeric' };
    case 'month':
      return { month: 'long', year: 'numeric' };
    default:
      // Not dateStyle: 'full', which zero-pads the day in Indonesian ("Selasa, 02 November 2021").
      return style === 'full'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : { day: 'numeric', month: 'long', year: 'numeric' };
  }
}

const hosts = new Set<ReactiveControllerHost>();
let documentObserver: MutationObserver | undefined;

/**
 * Gives an element the Localizer for its language and re-renders it when the document's
 * `lang` changes (one observer for every element; the element's own `lang` is a Lit property).
 */
export class LocalizeController implements ReactiveController {
  private cached?: Localizer;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get localizer(): Localizer {
    const lang = resolveLang(this.host);
    if (this.cached?.lang !== lang) this.cached = new Localizer(lang);
    return this.cached;
  }

  hostConnected(): void {
    hosts.add(this.host);
    documentObserver ??= new MutationObserver(() => {
      for (const host of hosts) host.requestUpdate();
    });
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
