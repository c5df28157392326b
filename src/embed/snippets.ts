import { commonParameters, widgetParameters, widgetTags, type WidgetName } from './params.js';

/** What a user chose in the configurator. */
export interface SnippetOptions {
  readonly widget: WidgetName;
  /** Feed URL, or a short feed name the embed page knows (for the iframe). */
  readonly src: string;
  /** Widget language; snippets always carry it, since many sites leave `lang="en-US"` over Indonesian text. */
  readonly lang: string;
  /** Other attributes by name (`limit`, `program`, `theme` …); empty values are left out. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** The plain link every snippet carries for readers whose page drops the widget. */
  readonly fallback: { readonly href: string; readonly text: string };
}

export interface SnippetTargets {
  /** The classic-script bundle, e.g. https://cdn.jsdelivr.net/npm/infest-widgets@0.1/dist/cdn/infest-widgets.iife.js */
  readonly scriptUrl: string;
  /** The embed page, e.g. https://widgets.infest.or.id/embed/index.html */
  readonly embedUrl: string;
}

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributeList(options: SnippetOptions): [string, string][] {
  const allowed = new Set<string>([...commonParameters, 'target', ...widgetParameters[options.widget]]);
  const extra = Object.entries(options.attributes ?? {}).filter(([name, value]) => allowed.has(name) && value.trim() !== '' && name !== 'src' && name !== 'locale');
  return [['src', options.src], ['lang', options.lang], ...extra.map(([name, value]): [string, string] => [name, value.trim()])];
}

/**
 * The iframe's src as attribute text: its `&` stay raw (village-site sanitizers decode
 * `&lang=`-like references, see iframeProblems), but a quote or a bracket a value or the embed
 * page's address was given (flagged by iframeProblems) cannot end the attribute or the tag.
 */
const attributeText = (value: string): string => value.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const fallbackLink = (options: SnippetOptions): string =>
  `<a href="${escapeHtml(options.fallback.href)}">${escapeHtml(options.fallback.text)}</a>`;

/**
 * For pages that run scripts (WordPress Custom HTML with unfiltered_html, Blogger, OpenSID
 * theme files). A classic script before the element, so the element is defined when the page
 * parses it and takes its final size from the first paint: a deferred or module script would
 * upgrade it after the page painted the fallback link, and everything below would jump.
 */
export function scriptSnippet(options: SnippetOptions, targets: SnippetTargets): string {
  const tag = widgetTags[options.widget];
  const attributes = attributeList(options).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return [
    `<script src="${escapeHtml(targets.scriptUrl)}"></script>`,
    '<div>',
    `  <${tag}${attributes}>`,
    `    ${fallbackLink(options)}`,
    `  </${tag}>`,
    '</div>',
  ].join('\n');
}

/** Characters a query value cannot hold once village-site sanitizers have decoded it. */
const unsafeInQuery = /[&#%+"'<>]/;

/**
 * The attributes whose values cannot travel in an iframe snippet's query string as they are:
 * sanitizers decode `%` escapes, so a value with `&`, `#`, `%` or `+` would be read as another
 * parameter or change. A feed URL with its own query (`?`), or ending in `.js` (which one
 * sanitizer deletes), needs a short name defined when the embed page is built.
 */
export function iframeProblems(options: SnippetOptions): string[] {
  return attributeList(options)
    .filter(([name, value]) => unsafeInQuery.test(value) || (name === 'src' && (/[?\s]/.test(value) || /\.js$/i.test(value))))
    .map(([name]) => name);
}

/**
 * For OpenSID's dynamic widget and other editors that drop scripts but keep iframes: no
 * `style` attribute, `frameborder="0"`, `width="100%"`, a fixed height that fits the widget's
 * usual content (it scrolls inside when longer), a title, and the plain link in a `<p>` after it.
 * Parameters are written raw (check `iframeProblems` first): `lang` travels as `locale`, and
 * nothing is percent-escaped.
 */
export function iframeSnippet(options: SnippetOptions, targets: SnippetTargets & { readonly height: number; readonly title: string }): string {
  return [
    '<div>',
    `<iframe src="${attributeText(iframeUrl(options, targets.embedUrl))}" title="${escapeHtml(targets.title)}" width="100%" height="${String(Math.round(targets.height))}" frameborder="0" loading="lazy"></iframe>`,
    '</div>',
    `<p>${fallbackLink(options)}</p>`,
  ].join('\n');
}

/** The embed page address for these options, parameters raw (check `iframeProblems` first). */
export function iframeUrl(options: SnippetOptions, embedUrl: string): string {
  // The embed page opens links in a new tab itself; `target` is also an HTML entity name.
  const carried = attributeList(options).filter(([name]) => name !== 'target');
  const query = [`widget=${options.widget}`, ...carried.map(([name, value]) => `${name === 'lang' ? 'locale' : name}=${value}`)];
  // An address with a query of its own (…/index.html?v=2) takes the parameters after it.
  return `${embedUrl}${embedUrl.includes('?') ? '&' : '?'}${query.join('&')}`;
}

/** For developers: the npm package, one import per widget. */
export function npmSnippet(options: SnippetOptions): string {
  const tag = widgetTags[options.widget];
  const attributes = attributeList(options).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return [
    'npm install infest-widgets',
    '',
    `import 'infest-widgets/${options.widget}';`,
    '',
    `<${tag}${attributes}>`,
    `  ${fallbackLink(options)}`,
    `</${tag}>`,
  ].join('\n');
}
