import type { EmbedConfig } from './config.js';

/** Object.hasOwn, which Safari before 15.4 and Chrome before 93 lack. */
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** The widgets the embed page can show, by the `widget=` value. */
export const widgetTags = {
  'article-card': 'infest-article-card',
  'article-list': 'infest-article-list',
  'related-articles': 'infest-related-articles',
  'program-timeline': 'infest-program-timeline',
} as const;

export type WidgetName = keyof typeof widgetTags;

/**
 * Query parameters, named like the element's attributes except `lang`, which travels as
 * `locale`: village-site sanitizers turn `&lang=` into "⟨=" because `lang` is an HTML entity
 * name. A test checks every name here against the HTML entity list. There is no `target`
 * (also an entity name): inside an iframe, article links always open a new tab.
 */
export const commonParameters = ['src', 'locale', 'theme', 'heading-level', 'timeout'] as const;
export const widgetParameters: Readonly<Record<WidgetName, readonly string[]>> = {
  'article-card': ['article', 'layout'],
  'article-list': ['limit', 'layout', 'tag', 'author', 'program', 'category'],
  'related-articles': ['article', 'limit', 'threshold', 'layout'],
  'program-timeline': ['program', 'now', 'layout'],
};

export type EmbedPlan =
  | {
      readonly ok: true;
      readonly tag: (typeof widgetTags)[WidgetName];
      readonly widget: WidgetName;
      /** Attributes for the element, `src` resolved, `locale` as `lang`. */
      readonly attributes: readonly (readonly [string, string])[];
    }
  | { readonly ok: false; readonly kind: 'unknown-widget' | 'blocked'; readonly message: string; readonly lang?: string };

/** A parameter's value, trimmed; undefined when absent or empty. */
function read(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name)?.trim();
  return value === '' ? undefined : value;
}

function isWidget(name: string | null): name is WidgetName {
  return name !== null && hasOwn(widgetTags, name);
}

function allowedOrigins(pageUrl: URL, config: EmbedConfig): Set<string> {
  const origins = new Set([pageUrl.origin, ...config.origins]);
  for (const url of Object.values(config.feeds)) origins.add(new URL(url, pageUrl).origin);
  return origins;
}

/**
 * Reads the embed page's query string into the element to create, or says why it must not
 * be created: an unknown widget, or a feed that is neither a named feed nor on an allowed
 * origin (no request is made for it).
 */
export function planEmbed(search: string, pageUrl: string, config: EmbedConfig): EmbedPlan {
  const query = new URLSearchParams(search);
  const page = new URL(pageUrl);
  const lang = read(query, 'locale');
  const widget = read(query, 'widget') ?? null;
  if (!isWidget(widget)) {
    return {
      ok: false,
      kind: 'unknown-widget',
      message: `widget=${widget ?? ''} is not a widget this page shows; use one of ${Object.keys(widgetTags).join(', ')}`,
      ...(lang ? { lang } : {}),
    };
  }
  const names = Object.keys(config.feeds);
  const src = read(query, 'src') ?? names[0] ?? '';
  const named = hasOwn(config.feeds, src) ? config.feeds[src] : undefined;
  let feedUrl: URL;
  try {
    feedUrl = new URL(named ?? src, page);
  } catch {
    return { ok: false, kind: 'blocked', message: `src=${src} is neither a named feed (${names.join(', ')}) nor a URL`, ...(lang ? { lang } : {}) };
  }
  const origins = allowedOrigins(page, config);
  if (named === undefined && (!/^https?:$/.test(feedUrl.protocol) || !origins.has(feedUrl.origin))) {
    return {
      ok: false,
      kind: 'blocked',
      message: `this embed page shows only its named feeds (${names.join(', ')}) and feeds from ${[...origins].join(', ')}; ${feedUrl.origin} is not one of them. The publisher can allow it at build time (INFEST_EMBED_ORIGINS).`,
      ...(lang ? { lang } : {}),
    };
  }
  const attributes: [string, string][] = [['src', feedUrl.href], ['target', '_blank']];
  if (lang) attributes.push(['lang', lang]);
  for (const name of [...commonParameters.slice(2), ...widgetParameters[widget]]) {
    const value = read(query, name);
    if (value !== undefined) attributes.push([name, value]);
  }
  return { ok: true, widget, tag: widgetTags[widget], attributes };
}
