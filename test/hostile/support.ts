/**
 * What the hostile-input tests share: the page-level trap payloads call, a walk over every
 * shadow root that lists what feed data must never have produced, and small waiting helpers.
 * Nothing here knows a widget's markup beyond what a reader (or an attacker) would see.
 */
import type { InfestElement, WidgetStatus } from '../../src/internal/infest-element.js';

declare global {
  interface Window {
    /** Called by every payload in payloads.ts when it runs. */
    __pwned?: (code: unknown) => void;
  }
}

const hits: unknown[] = [];

/** Installs `window.__pwned` (idempotent) and returns the list of codes it has been called with. */
export function pwnedTrap(): unknown[] {
  window.__pwned = (code: unknown) => {
    hits.push(code);
  };
  return hits;
}

export const widgetTags = ['infest-article-card', 'infest-article-list', 'infest-related-articles', 'infest-program-timeline'] as const;
export type WidgetTag = (typeof widgetTags)[number];

/** Elements feed data must never be able to create inside a widget. */
const forbiddenElements = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe',
  'style', 'link', 'base', 'meta', 'form', 'isindex', 'noscript', 'noembed', 'noframes', 'template',
  'xmp', 'plaintext', 'marquee', 'math', 'maction', 'foreignobject', 'animate', 'animatemotion',
  'animatetransform', 'set', 'handler', 'listener',
]);

/** Attributes whose value is fetched or navigated to. */
const urlAttributes = new Set([
  'href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'cite', 'longdesc',
  'codebase', 'manifest', 'lowsrc', 'dynsrc', 'icon', 'xlink:href',
]);
const urlListAttributes = new Set(['srcset', 'imagesrcset', 'ping']);

function isHttp(value: string, base: string): boolean {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    // Unparsable: the browser will not navigate to it or fetch it either.
    return true;
  }
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function label(element: Element): string {
  const part = element.getAttribute('part');
  return `<${element.localName}${part ? ` part="${part}"` : ''}>`;
}

/** What is wrong with one element of a shadow root (empty when nothing). */
function elementProblems(element: Element): string[] {
  const problems: string[] = [];
  const name = element.localName.toLowerCase();
  if (forbiddenElements.has(name)) problems.push(`${label(element)} element`);
  for (const attribute of Array.from(element.attributes)) {
    const attr = attribute.name.toLowerCase();
    const value = attribute.value;
    if (attr.startsWith('on')) problems.push(`${label(element)} has an event-handler attribute ${attr}="${value.slice(0, 80)}"`);
    if (attr === 'srcdoc') problems.push(`${label(element)} has srcdoc`);
    if (attr === 'http-equiv') problems.push(`${label(element)} has http-equiv`);
    if ((urlAttributes.has(attr) || attr.endsWith(':href')) && !isHttp(value, element.baseURI)) {
      problems.push(`${label(element)} ${attr}="${value.slice(0, 80)}" is not http(s)`);
    }
    if (urlListAttributes.has(attr)) {
      const urls = attr === 'ping' ? value.split(/\s+/) : value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
      for (const url of urls.filter(Boolean)) {
        if (!isHttp(url, element.baseURI)) problems.push(`${label(element)} ${attr} has a non-http(s) URL "${url.slice(0, 80)}"`);
      }
    }
    if (attr === 'style') {
      if (/expression\s*\(|behavio(?:u)?r\s*:|-moz-binding|javascript:|vbscript:/i.test(value)) {
        problems.push(`${label(element)} style="${value.slice(0, 80)}" runs code`);
      }
      for (const match of value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
        if (!isHttp(match[2] ?? '', element.baseURI)) problems.push(`${label(element)} style loads "${(match[2] ?? '').slice(0, 80)}"`);
      }
    }
  }
  return problems;
}

const checkedSheets = new WeakSet<CSSStyleSheet>();

/** Every shadow root under `host`, itself included. */
function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (element: Element): void => {
    if (element.shadowRoot) {
      roots.push(element.shadowRoot);
      for (const child of Array.from(element.shadowRoot.querySelectorAll('*'))) visit(child);
    }
  };
  visit(host);
  return roots;
}

/**
 * Everything in `host`'s shadow roots that feed data must never have produced: scripts,
 * frames, style elements, base and meta, event-handler attributes, URLs that are not http(s)
 * (href, src, srcset, action, formaction, xlink:href …), CSS that runs code, and adopted
 * style sheets that mention a script URL.
 */
export function auditWidget(host: Element): string[] {
  const problems: string[] = [];
  const roots = shadowRoots(host);
  if (roots.length === 0) problems.push('no shadow root');
  for (const root of roots) {
    for (const element of Array.from(root.querySelectorAll('*'))) problems.push(...elementProblems(element));
    for (const sheet of root.adoptedStyleSheets) {
      // Widgets share their sheets: read each once.
      if (checkedSheets.has(sheet)) continue;
      checkedSheets.add(sheet);
      for (const rule of Array.from(sheet.cssRules)) {
        if (/javascript:|vbscript:|expression\s*\(|__pwned/i.test(rule.cssText)) problems.push(`adopted style rule "${rule.cssText.slice(0, 80)}"`);
      }
    }
  }
  return problems;
}

/** Every element of every shadow root under `host`. */
export function shadowElements(host: Element): Element[] {
  return shadowRoots(host).flatMap((root) => Array.from(root.querySelectorAll('*')));
}

/** The text of a widget's shadow roots, whitespace collapsed. */
export function shadowText(host: Element): string {
  return normalize(shadowRoots(host).map((root) => root.textContent).join(' '));
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Does what a reader does to a widget without leaving the page: sends focus and hover events
 * to its links, buttons and summaries (synthetic events run inline handlers like real ones,
 * without a style recalculation each), and opens every `<details>`. (Handlers smuggled onto other elements
 * are caught by `auditWidget` whether or not anything triggers them.)
 */
export function interactWith(host: Element): void {
  for (const element of shadowElements(host)) {
    if (element.matches('a, button, summary, [tabindex]') && element instanceof HTMLElement) {
      for (const type of ['focus', 'focusin']) element.dispatchEvent(new FocusEvent(type, { bubbles: type === 'focusin', composed: true }));
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter']) {
        element.dispatchEvent(new MouseEvent(type, { bubbles: type.endsWith('over'), composed: true }));
      }
    }
    if (element instanceof HTMLDetailsElement) element.open = true;
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The longest gap between the ticks of a 0 ms timer, and between animation frames, while
 * `body` runs: how long the page could not respond.
 */
export async function longestPause(body: () => Promise<void>): Promise<{ timer: number; frame: number }> {
  let running = true;
  let timer = 0;
  let frame = 0;
  let lastTick = performance.now();
  let lastFrame: number | undefined;
  const tick = (): void => {
    const now = performance.now();
    timer = Math.max(timer, now - lastTick);
    lastTick = now;
    if (running) setTimeout(tick, 0);
  };
  const onFrame = (now: number): void => {
    if (lastFrame !== undefined) frame = Math.max(frame, now - lastFrame);
    lastFrame = now;
    if (running) requestAnimationFrame(onFrame);
  };
  setTimeout(tick, 0);
  requestAnimationFrame(onFrame);
  try {
    await body();
    // One more tick and frame after the body, so the gap that covers its last work counts.
    await delay(20);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    running = false;
  }
  return { timer, frame };
}

/** Waits until no element in `elements` is `loading`; throws (naming one) after `timeout` ms. */
export async function settled(elements: readonly InfestElement[], timeout = 5000): Promise<void> {
  const start = performance.now();
  for (;;) {
    await Promise.all(elements.map((element) => element.updateComplete));
    const pending = elements.find((element) => element.status === 'loading');
    if (!pending) return;
    if (performance.now() - start > timeout) throw new Error(`<${pending.localName}> stayed "loading" for ${String(timeout)} ms`);
    await delay(5);
  }
}

/** Waits until `element` shows `status`; throws after `timeout` ms with what it shows instead. */
export async function untilStatus(element: InfestElement, status: WidgetStatus, timeout = 3000): Promise<void> {
  const start = performance.now();
  for (;;) {
    await element.updateComplete;
    if (element.status === status) return;
    if (performance.now() - start > timeout) {
      throw new Error(`<${element.localName}> stayed "${element.status}" (${shadowText(element).slice(0, 120)}), expected "${status}"`);
    }
    await delay(10);
  }
}

/** Runs `body` with console.warn silenced (widgets warn about every repaired feed problem). */
export async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await body();
  } finally {
    console.warn = warn;
  }
}

/** Dangerous elements anywhere in the document's light DOM, to compare before and after. */
export function documentDangerCount(): number {
  return document.querySelectorAll('base, meta[http-equiv], iframe, object, embed, frame, frameset').length;
}
