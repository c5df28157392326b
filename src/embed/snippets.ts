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

/** "infest.or.id/artikel/" looks like an address without its https:// ("feed.json" does not). */
const withoutScheme = /^[\w-]+(\.[\w-]+)*\.(?!(json|xml|html?|php|js|rss|txt)\b)[a-z]{2,}(:\d+)?([/?#]|$)/i;

/**
 * What is wrong with a link address, as the rest of a sentence that starts with the field's
 * name ("… uses “javascript:” …"); undefined for an absolute http(s) address. Relative ones
 * are refused: pasted into a page they would point at that site.
 */
export function webAddressProblem(address: string): string | undefined {
  if (address === '') return 'is empty: enter the full address of a web page, such as https://infest.or.id/';
  // The URL parser skips tabs, newlines and leading control characters (so "java\tscript:"
  // is javascript:); refusing them keeps what is checked and what the reader's browser reads one.
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(address)) return 'has a space or an invisible character in it: remove it';
  const scheme = /^([a-z][a-z\d+.-]*):(?!\d)/i.exec(address)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme)) return `uses “${scheme.toLowerCase()}:”, which is not a web page address: enter one that starts with https:// instead`;
  if (!/^https?:\/\//i.test(address)) {
    const example = address.startsWith('//') ? `https:${address}` : withoutScheme.test(address) ? `https://${address}` : 'https:// and the site’s name';
    return `is not a full address, so it would point at whatever site the snippet is pasted into: start it with ${example}`;
  }
  try {
    new URL(address);
  } catch {
    return 'is not a valid web address: check it for typing mistakes';
  }
  return undefined;
}

/** @throws {Error} when the fallback link's address is not an absolute http(s) address (see webAddressProblem). */
function fallbackLink(options: SnippetOptions): string {
  const problem = webAddressProblem(options.fallback.href);
  if (problem !== undefined) throw new Error(`infest-widgets snippets: the fallback link address ${problem}`);
  return `<a href="${escapeHtml(options.fallback.href)}">${escapeHtml(options.fallback.text)}</a>`;
}

/**
 * For pages that run scripts (WordPress Custom HTML with unfiltered_html, Blogger, OpenSID
 * theme files). A classic script before the element, so the element is defined when the page
 * parses it and takes its final size from the first paint: a deferred or module script would
 * upgrade it after the page painted the fallback link, and everything below would jump.
 * First, a preload of the feed: the browser downloads it beside the script rather than after
 * it (on a slow phone network the script alone takes a second or more), and the widget's own
 * request, made as the link's `crossorigin` says (see feed-request.ts), takes that answer.
 * @throws {Error} when the fallback link's address is not an absolute http(s) address (see webAddressProblem).
 */
export function scriptSnippet(options: SnippetOptions, targets: SnippetTargets): string {
  const tag = widgetTags[options.widget];
  const attributes = attributeList(options).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return [
    `<link rel="preload" href="${escapeHtml(options.src)}" as="fetch" crossorigin="anonymous" />`,
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
  const names = attributeList(options)
    .filter(([name, value]) => unsafeInQuery.test(value) || (name === 'src' && (/[?\s]/.test(value) || /\.js$/i.test(value))))
    .map(([name]) => name);
  return [...new Set([...names, ...fallbackIframeProblems(options.fallback).map((problem) => problem.field)])];
}

export interface FallbackProblem {
  readonly field: 'fallback-href' | 'fallback-text';
  /** The rest of a sentence that starts with the field's name: what is wrong, what to do. */
  readonly message: string;
}

/**
 * What the browser makes of `&name;` (or `&#…;`), or in text also of `&name` alone, where it
 * reads the longest reference it knows ("&copyright" is "©right"); undefined when it stays.
 */
function characterReference(name: string, inText: boolean): string | undefined {
  const probe = document.createElement('textarea');
  for (const written of inText ? [`&${name};`, `&${name}`] : [`&${name};`]) {
    probe.innerHTML = written;
    if (probe.value !== written) return probe.value;
  }
  return undefined;
}

/**
 * Why the iframe snippet's fallback link would not survive OpenSID's dynamic widget, which
 * decodes `%` escapes and `&name` references (with or without `;`) in what is pasted, and
 * again each time the widget is saved (so the `&amp;` the snippet writes comes back as `&`
 * first, then as a character), and deletes from `src="` to a quoted value ending in `.js`.
 * Empty when the link survives. Needs a DOM: the browser says which names are references.
 */
export function fallbackIframeProblems(fallback: SnippetOptions['fallback']): FallbackProblem[] {
  const problems: FallbackProblem[] = [];
  for (const [field, value] of [['fallback-href', fallback.href], ['fallback-text', fallback.text]] as const) {
    const add = (message: string): void => {
      problems.push({ field, message });
    };
    const href = field === 'fallback-href';
    const escape = /%[\dA-Fa-f]{2}/.exec(value)?.[0];
    if (escape !== undefined) add(`has “${escape}”, which OpenSID decodes into another character: ${href ? 'use an address without % escapes' : 'write the character itself'}`);
    for (const [written, name = ''] of value.matchAll(/&(#?[A-Za-z\d]+)/g)) {
      const decoded = characterReference(name, !href);
      if (decoded === undefined) continue;
      add(`has “${written}”, which OpenSID turns into “${decoded}”: ${href ? 'leave out or rename that part of the address' : 'put a space after the “&” or write “and”'}`);
      break;
    }
    const markup = (href ? /["<]/ : /</).exec(value)?.[0];
    if (markup !== undefined) add(`has “${markup}”, which OpenSID turns back into markup: remove it`);
    if (href && /\.js$/i.test(value)) add('ends in “.js”, and OpenSID deletes the iframe along with it: link to a page instead of a script');
    if (!href && /\.js"/i.test(value)) add('has “.js"”, and OpenSID deletes the iframe along with it: reword it');
  }
  return problems;
}

/**
 * For OpenSID's dynamic widget and other editors that drop scripts but keep iframes: no
 * `style` attribute, `frameborder="0"`, `width="100%"`, a fixed height that fits the widget's
 * usual content (it scrolls inside when longer), a title, and the plain link in a `<p>` after it.
 * Parameters are written raw (check `iframeProblems` first): `lang` travels as `locale`, and
 * nothing is percent-escaped.
 * @throws {Error} when the fallback link's address is not an absolute http(s) address (see webAddressProblem).
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

/**
 * For developers: the npm package, one import per widget.
 * @throws {Error} when the fallback link's address is not an absolute http(s) address (see webAddressProblem).
 */
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
