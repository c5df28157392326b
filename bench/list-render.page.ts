/**
 * Browser side of the list render benchmark (bench/list-render.html): renders 500 articles with
 * `<infest-article-list limit="500" layout="list">` and with a hand-written DOM function that
 * builds the same markup in a shadow root with the same styles, alternating, and exposes the
 * medians on `window.__listRenderBench`.
 */
import { InfestArticleList } from '../src/components/article-list/article-list.js';
import { sortNewestFirst } from '../src/feed/article-filter.js';
import { parseFeed } from '../src/feed/parse.js';
import type { Article } from '../src/feed/types.js';
import { Localizer } from '../src/internal/localize.js';
import { generateFeed } from './generate-feed.js';

export interface ListRenderResult {
  readonly count: number;
  readonly rounds: number;
  /** Median ms, `<infest-article-list>`. */
  readonly subject: number;
  /** Median ms, hand-written DOM. */
  readonly baseline: number;
  readonly subjectSamples: readonly number[];
  readonly baselineSamples: readonly number[];
  /** Elements in one render (both sides build the same). */
  readonly elements: number;
}

declare global {
  interface Window {
    __listRenderBench?: ListRenderResult;
    __listRenderBenchError?: string;
  }
}

const params = new URLSearchParams(location.search);
const COUNT = Number(params.get('count') ?? 500);
const ROUNDS = Number(params.get('rounds') ?? 15);
const WARMUP = Number(params.get('warmup') ?? 5);
/** `?only=element` or `?only=hand` times one side alone: for profiling it in DevTools. */
const ONLY = params.get('only');

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`list render bench: no ${what}`);
  return value;
}

const stage = required(document.getElementById('stage'), '#stage');
const report = required(document.getElementById('report'), '#report');

// One feed object for every run: the element parses it once (its snapshot is kept per object), so
// both sides are timed on already-parsed articles, as the baseline is.
const feed = generateFeed(COUNT);
const articles = parseFeed(feed, { baseUrl: document.baseURI }).feed.articles;
const localizer = new Localizer('id');
const sheets = InfestArticleList.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : required(style.styleSheet, 'constructable style sheet')));

function element(tag: string, part: string | null, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (part !== null) node.setAttribute('part', part);
  if (className !== undefined) node.className = className;
  return node;
}

/** An element for feed text: its direction from its content, as the widgets do. */
function textElement(tag: string, part: string | null): HTMLElement {
  const node = element(tag, part, 'text');
  node.dir = 'auto';
  return node;
}

/**
 * The baseline: the markup `<infest-article-list layout="list">` shows for `list`, built with
 * createElement / textContent into a fragment and appended once. Same sort, same text
 * (the same Localizer), same elements, attributes and parts.
 */
function renderByHand(root: ShadowRoot, list: readonly Article[], level: number): void {
  const fragment = document.createDocumentFragment();
  const slot = document.createElement('slot');
  slot.name = 'heading';
  const ol = element('ol', 'list');
  ol.setAttribute('role', 'list');
  const levelText = String(level);
  for (const article of sortNewestFirst(list)) {
    const image = article.image;
    const li = element('li', 'item', image ? 'has-image' : 'no-image');
    const body = element('div', 'body');
    const heading = element('div', 'title');
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', levelText);
    const link = element('a', 'title-link');
    if (article.url !== undefined) link.setAttribute('href', article.url);
    const title = textElement('span', null);
    title.textContent = article.title || localizer.t.untitled;
    link.append(title);
    heading.append(link);
    body.append(heading);
    const names = article.authors.map((author) => author.name);
    const authors = names.length === 1 ? names[0] : names.length > 1 ? new Intl.ListFormat('id', { type: 'conjunction' }).format(names) : undefined;
    const published = article.published;
    if (authors !== undefined || published) {
      const meta = element('p', 'meta');
      if (authors !== undefined) {
        const span = textElement('span', 'authors');
        span.textContent = authors;
        meta.append(span);
      }
      if (authors !== undefined && published) {
        const dot = document.createElement('span');
        dot.setAttribute('aria-hidden', 'true');
        dot.textContent = ' ·\u00a0';
        meta.append(dot);
      }
      if (published) {
        const time = element('time', 'date');
        time.setAttribute('datetime', published.iso);
        time.textContent = localizer.date(published, 'long');
        meta.append(time);
      }
      body.append(meta);
    }
    if (article.summary) {
      const summary = textElement('p', 'summary');
      summary.textContent = article.summary;
      body.append(summary);
    }
    li.append(body);
    if (image) {
      const img = element('img', 'image') as HTMLImageElement;
      // loading="lazy" before src, or the image is fetched at once.
      img.setAttribute('loading', 'lazy');
      img.setAttribute('decoding', 'async');
      img.setAttribute('src', image.url);
      img.setAttribute('alt', image.alt);
      if (image.width !== undefined) img.setAttribute('width', String(image.width));
      if (image.height !== undefined) img.setAttribute('height', String(image.height));
      li.append(img);
    }
    ol.append(li);
  }
  const status = element('p', 'status', 'visually-hidden');
  status.setAttribute('role', 'status');
  fragment.append(slot, ol, status);
  root.append(fragment);
}

/** The element's markup as a comparable string: elements with sorted attributes, text; no comments or blank text. */
function canonical(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child instanceof Element) {
      const attributes = [...child.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).sort();
      out += `<${child.localName}${attributes.map((attribute) => ` ${attribute}`).join('')}>${canonical(child)}</${child.localName}>`;
    } else if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent ?? '';
      if (text.trim() !== '') out += text;
    }
  }
  return out;
}

const collect = (globalThis as { gc?: () => void }).gc;

/** Between runs: a full garbage collection (when Chromium exposes it) and a quiet moment. */
const settle = async (): Promise<void> => {
  collect?.();
  await new Promise((resolve) => setTimeout(resolve, 30));
};

function clearStage(): void {
  stage.replaceChildren();
  stage.getBoundingClientRect(); // layout, so the next run starts clean
}

/** From `feed` assignment to the 500 items in the DOM and laid out. */
async function timeElement(keep = false): Promise<number> {
  const list = document.createElement('infest-article-list');
  list.setAttribute('limit', String(COUNT));
  list.setAttribute('layout', 'list');
  const loaded = new Promise<void>((resolve, reject) => {
    list.addEventListener('infest-load', () => { resolve(); }, { once: true });
    list.addEventListener('infest-error', (event) => { reject(new Error(event.detail.message)); }, { once: true });
  });
  const start = performance.now();
  list.feed = feed;
  stage.append(list);
  await loaded; // fired from updated(): the items are committed
  list.getBoundingClientRect(); // style and layout
  const time = performance.now() - start;
  if (list.status !== 'loaded') throw new Error(`the element shows "${list.status}"`);
  if (!keep) clearStage();
  return time;
}

/** The same, by hand: shadow root, the element's style sheets, the same markup, layout. */
function timeByHand(keep = false): number {
  const host = document.createElement('div');
  host.setAttribute('layout', 'list');
  const start = performance.now();
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  renderByHand(root, articles, 3);
  stage.append(host);
  host.getBoundingClientRect(); // style and layout
  const time = performance.now() - start;
  if (!keep) clearStage();
  return time;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function sameMarkup(): Promise<number> {
  await timeElement(true);
  const element = stage.firstElementChild as InfestArticleList;
  const fromElement = canonical(required(element.shadowRoot, 'shadow root'));
  const items = element.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
  const elements = element.shadowRoot?.querySelectorAll('*').length ?? 0;
  const height = element.offsetHeight;
  clearStage();
  timeByHand(true);
  const host = stage.firstElementChild as HTMLElement;
  const byHand = canonical(required(host.shadowRoot, 'shadow root'));
  const handHeight = host.offsetHeight;
  clearStage();
  if (items !== COUNT) throw new Error(`the element shows ${String(items)} items, not ${String(COUNT)}`);
  if (fromElement !== byHand) {
    let at = 0;
    while (at < fromElement.length && fromElement[at] === byHand[at]) at++;
    throw new Error(`the baseline builds other markup than the element, from:\n  element: ${fromElement.slice(at - 80, at + 200)}\n  by hand: ${byHand.slice(at - 80, at + 200)}`);
  }
  if (height !== handHeight) throw new Error(`same markup, other heights: ${String(height)} px and ${String(handHeight)} px`);
  return elements;
}

async function run(): Promise<ListRenderResult> {
  const elements = await sameMarkup();
  for (let i = 0; i < WARMUP; i++) {
    await timeElement();
    await settle();
    timeByHand();
    await settle();
  }
  const subjectSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (ONLY === 'element') subjectSamples.push(await timeElement());
    if (ONLY === 'hand') baselineSamples.push(timeByHand());
    if (ONLY !== null) {
      await settle();
      continue;
    }
    // Alternate which goes first, so neither always runs on a just-collected heap.
    if (i % 2 === 0) {
      subjectSamples.push(await timeElement());
      await settle();
      baselineSamples.push(timeByHand());
    } else {
      baselineSamples.push(timeByHand());
      await settle();
      subjectSamples.push(await timeElement());
    }
    await settle();
  }
  return {
    count: COUNT,
    rounds: ROUNDS,
    subject: median(subjectSamples),
    baseline: median(baselineSamples),
    subjectSamples,
    baselineSamples,
    elements,
  };
}

run().then(
  (result) => {
    window.__listRenderBench = result;
    report.textContent = `${String(result.count)} articles, median of ${String(result.rounds)}: <infest-article-list> ${result.subject.toFixed(1)} ms, by hand ${result.baseline.toFixed(1)} ms, ratio ${(result.subject / result.baseline).toFixed(2)}×`;
  },
  (error: unknown) => {
    window.__listRenderBenchError = error instanceof Error ? (error.stack ?? error.message) : String(error);
    report.textContent = `failed: ${window.__listRenderBenchError}`;
  },
);
