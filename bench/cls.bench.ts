import type { Browser } from 'puppeteer-core';
import { launchBrowser, startBenchServer, watchPage } from './browser.js';
import { cdnBundle } from './cdn-bundle.js';
import { median, type BenchRow } from './row.js';

/**
 * Cumulative layout shift of bench/cls.html: ten widgets (all four kinds) pasted as the script
 * snippet, on a page of text, loading demo/feed.json from a server that answers late (so the
 * skeletons show first). A `layout-shift` PerformanceObserver (`buffered: true`, registered
 * before the page's first byte) sums `value` over entries without `hadRecentInput`, until every
 * widget fired `infest-load` or `infest-error`, plus a settle time. Each run is a fresh browser
 * context (no feed copy kept from an earlier run). Also records, per widget, its height when the
 * page is parsed (the skeleton: the snippet's script comes first, so each element is upgraded as
 * it is parsed) and loaded. CLS counts only what moves inside the viewport; the height changes
 * say what a reader who scrolled down while the feed loads would see move.
 */

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface ShiftSource {
  /** The shifted node, e.g. `infest-program-timeline #1 › ol[part="phases"]` or `p#text-2`. */
  readonly node: string;
  /** The widget it is in, else the last widget before it in the page: what most likely pushed it. */
  readonly cause?: string;
  readonly previous: Rect;
  readonly current: Rect;
}

interface Shift {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly startTime: number;
  readonly sources: readonly ShiftSource[];
}

interface WidgetHeights {
  readonly index: number;
  /** e.g. `infest-article-card article="…" layout="compact"` */
  readonly label: string;
  /** Height when the page was parsed, and the widget's status then (`loading`: its skeleton). */
  readonly parsed: number;
  readonly parsedStatus: string;
  loaded?: number;
  status?: string;
}

interface ClsRecord {
  readonly shifts: Shift[];
  readonly events: { readonly type: string; readonly time: number; readonly widget: number }[];
  widgets: WidgetHeights[];
  /** When all four elements were defined (the script ran). */
  defined?: number;
  firstPaint?: number;
}

/** The `layout-shift` entry, which TypeScript's DOM library does not type. */
interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly sources: readonly { readonly node: Node | null; readonly previousRect: DOMRectReadOnly; readonly currentRect: DOMRectReadOnly }[];
}

declare global {
  interface Window {
    __cls?: ClsRecord;
  }
}

/** Runs in the page before any of its own script (serialized by puppeteer: no outside references). */
function recordLayoutShifts(): void {
  const tags = ['infest-article-card', 'infest-article-list', 'infest-related-articles', 'infest-program-timeline'];
  const record: ClsRecord = { shifts: [], events: [], widgets: [] };
  window.__cls = record;
  const widgets = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(tags.join(','))];
  const height = (element: Element): number => Math.round(element.getBoundingClientRect().height);
  const describe = (node: Node | null): string => {
    if (!node) return '(a removed node)';
    const path: string[] = [];
    let current: Node | null = node;
    while (current && current !== document.body && current !== document.documentElement) {
      if (current instanceof ShadowRoot) {
        current = current.host;
        continue;
      }
      if (current instanceof Element) {
        const index = widgets().indexOf(current as HTMLElement);
        if (index >= 0) {
          path.push(`${current.localName} #${String(index + 1)}`);
          break;
        }
        const part = current.getAttribute('part');
        const child = current.firstElementChild;
        let text = current.localName;
        if (current.id) text += `#${current.id}`;
        else if (part) text += `[part="${part}"]`;
        else if (current.classList.length > 0) text += `.${[...current.classList].join('.')}`;
        else if (child && tags.includes(child.localName)) text += ` (wrapper of ${child.localName} #${String(widgets().indexOf(child as HTMLElement) + 1)})`;
        path.push(text);
        if (current.id || text.includes('(wrapper of')) break;
      } else {
        path.push('#text');
      }
      current = current.parentNode;
    }
    return path.reverse().join(' › ');
  };
  const cause = (node: Node | null): string | undefined => {
    let inside: Node | null = node;
    while (inside) {
      if (inside instanceof ShadowRoot) inside = inside.host;
      const index = widgets().indexOf(inside as HTMLElement);
      if (index >= 0) return `${(inside as Element).localName} #${String(index + 1)}, which it is in`;
      inside = inside.parentNode;
    }
    if (!node) return undefined;
    const before = widgets().filter((widget) => (widget.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0).pop();
    return before ? `the nearest widget above it, ${before.localName} #${String(widgets().indexOf(before) + 1)}` : undefined;
  };
  const rect = (r: DOMRectReadOnly): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShiftEntry[]) {
      record.shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        startTime: entry.startTime,
        sources: entry.sources.map((source) => ({ node: describe(source.node), cause: cause(source.node), previous: rect(source.previousRect), current: rect(source.currentRect) })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'first-paint') continue;
      record.firstPaint = entry.startTime;
      // Lets the server send the widgets' script (see BenchServerOptions.scriptAfterPaint).
      void fetch('/__bench/painted', { method: 'POST' });
    }
  }).observe({ type: 'paint', buffered: true });
  // 'interactive': parsing is done, deferred and module scripts have not run yet.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    record.widgets = widgets().map((element, index) => {
      const attributes = [...element.attributes].filter((attribute) => !['src', 'lang'].includes(attribute.name)).map((attribute) => ` ${attribute.name}="${attribute.value}"`);
      const status = (element as HTMLElement & { status?: string }).status ?? 'not upgraded';
      return { index: index + 1, label: `${element.localName}${attributes.join('')}`, parsed: height(element), parsedStatus: status };
    });
  });
  for (const type of ['infest-load', 'infest-error']) {
    document.addEventListener(type, (event) => {
      record.events.push({ type, time: performance.now(), widget: widgets().indexOf(event.target as HTMLElement) + 1 });
    }, true);
  }
  void Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() => {
    record.defined = performance.now();
  });
}

interface Run {
  readonly width: number;
  readonly cls: number;
  readonly beforeFeed: number;
  readonly afterFeed: number;
  readonly record: ClsRecord;
  readonly feedAt: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(browser: Browser, url: string, width: number, settle: number): Promise<Run> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = watchPage(page);
    // Not `isMobile`: Chromium's mobile emulation marks the early shifts `hadRecentInput` (no input
    // happened), which would hide them. The page has a width=device-width viewport, so a 360 px
    // window lays it out as a 360 px phone does.
    await page.setViewport({ width, height: width < 600 ? 780 : 800, deviceScaleFactor: width < 600 ? 2 : 1 });
    // As source text: tsx (esbuild keepNames) wraps named functions in `__name(…)`, which the page lacks.
    await page.evaluateOnNewDocument(`const __name = (target) => target; (${recordLayoutShifts.toString()})();`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () => {
        const record = window.__cls;
        return record !== undefined && record.widgets.length > 0 && new Set(record.events.map((event) => event.widget)).size >= record.widgets.length;
      },
      { timeout: 30_000, polling: 50 },
    );
    await sleep(settle);
    const record = await page.evaluate(() => {
      const result = window.__cls;
      if (!result) throw new Error('no layout shift record');
      const elements = [...document.querySelectorAll<HTMLElement & { status?: string }>('infest-article-card, infest-article-list, infest-related-articles, infest-program-timeline')];
      elements.forEach((element, index) => {
        const widget = result.widgets[index];
        if (widget) {
          widget.loaded = Math.round(element.getBoundingClientRect().height);
          widget.status = element.status;
        }
      });
      return result;
    });
    const unexpected = problems.filter((text) => !text.includes('ERR_NAME_NOT_RESOLVED'));
    if (unexpected.length > 0) console.warn(`CLS bench (${String(width)} px): the page said:\n  ${unexpected.join('\n  ')}`);
    const notLoaded = record.widgets.filter((widget) => widget.status !== 'loaded');
    if (notLoaded.length > 0) console.warn(`CLS bench (${String(width)} px): not loaded: ${notLoaded.map((widget) => `#${String(widget.index)} ${widget.label} (${widget.status ?? '?'})`).join(', ')}`);
    const counted = record.shifts.filter((shift) => !shift.hadRecentInput);
    const feedAt = Math.min(...record.events.map((event) => event.time));
    const sum = (shifts: readonly Shift[]): number => shifts.reduce((total, shift) => total + shift.value, 0);
    return {
      width,
      cls: sum(counted),
      beforeFeed: sum(counted.filter((shift) => shift.startTime < feedAt)),
      afterFeed: sum(counted.filter((shift) => shift.startTime >= feedAt)),
      record,
      feedAt,
    };
  } finally {
    await context.close();
  }
}

/** A source rect (clipped to the viewport by the browser): `x 16 y 412 (328 × 48)`, or "out of view". */
const where = (rect: Rect): string => (rect.width === 0 && rect.height === 0 ? 'out of view' : `x ${String(rect.x)} y ${String(rect.y)} (${String(rect.width)} × ${String(rect.height)})`);
const px = (value: number | undefined): string => (value === undefined ? '?' : `${String(value)} px`);

/** The shifted nodes of one run, most shift first: summed value of the entries they are in, largest move. */
function topSources(run: Run, count: number): string[] {
  const bySource = new Map<string, { value: number; moves: string[]; cause?: string }>();
  for (const shift of run.record.shifts) {
    if (shift.hadRecentInput) continue;
    for (const source of shift.sources) {
      const entry = bySource.get(source.node) ?? { value: 0, moves: [], ...(source.cause !== undefined ? { cause: source.cause } : {}) };
      entry.value += shift.value;
      entry.moves.push(`${shift.startTime.toFixed(0)} ms: ${where(source.previous)} → ${where(source.current)}`);
      bySource.set(source.node, entry);
    }
  }
  return [...bySource.entries()]
    .sort((a, b) => b[1].value - a[1].value)
    .slice(0, count)
    .map(([node, entry]) => `  - \`${node}\`${entry.cause !== undefined ? ` (${entry.cause})` : ''}: ${entry.value.toFixed(4)} (sum of the entries it is in; ${entry.moves.join('; ')})`);
}

function toRow(runs: readonly Run[], width: number, { feedDelay, scriptDelay, settle }: { feedDelay: number; scriptDelay: number; settle: number }): BenchRow {
  const values = runs.map((run) => run.cls);
  const cls = median(values);
  const shown = runs.find((run) => run.cls === cls) ?? runs[0];
  const details: string[] = [`CLS of each run: ${values.map((value) => value.toFixed(4)).join(', ')} (median shown).`];
  if (shown) {
    const { record } = shown;
    details.push(
      `Median run: ${shown.cls.toFixed(4)} = ${shown.beforeFeed.toFixed(4)} before the feed arrived (the page's text, then each widget's skeleton as it is parsed) + ${shown.afterFeed.toFixed(4)} after (skeleton → content); ${String(record.shifts.length)} layout-shift entries; feed at ${shown.feedAt.toFixed(0)} ms.`,
    );
    const entries = record.shifts.map((shift) => `${shift.startTime.toFixed(0)} ms: ${shift.value.toFixed(4)}${shift.hadRecentInput ? ' (after input, not counted)' : ''}`);
    details.push(`Entries: ${entries.length > 0 ? entries.join('; ') : 'none'}. First paint at ${record.firstPaint?.toFixed(0) ?? '?'} ms, script ran (all four defined) at ${record.defined?.toFixed(0) ?? '?'} ms.`);
    const sources = topSources(shown, 6);
    details.push(sources.length > 0 ? 'Shifted most (layout-shift entry sources: the elements that moved, up to 5 per entry; rects clipped to the viewport):' : 'No layout-shift entries.');
    details.push(...sources);
    details.push('Widget heights (the cause: content below a widget moves by its change), parsed (status then) → loaded:');
    for (const widget of record.widgets) {
      const change = widget.loaded !== undefined ? widget.loaded - widget.parsed : undefined;
      details.push(`  - #${String(widget.index)} \`${widget.label}\`: ${px(widget.parsed)} (${widget.parsedStatus}) → ${px(widget.loaded)}${change !== undefined && change !== 0 ? ` (${change > 0 ? '+' : ''}${String(change)} px on load)` : ''}`);
    }
  }
  details.push(
    `Viewport ${String(width)} × ${width < 600 ? '780, DPR 2' : '800'}; the script (CDN bundle built from the working tree) answers ${String(scriptDelay)} ms after the page's first paint, the feed ${String(feedDelay)} ms after it is asked for; measured until every widget fired infest-load/infest-error + ${String(settle)} ms; a fresh browser context per run, widths alternating.`,
  );
  return {
    name: `CLS, 10 widgets (script after first paint, feed ${(feedDelay / 1000).toFixed(1)} s), ${String(width)} px wide`,
    subject: 'bench/cls.html (script snippet)',
    subjectValue: cls,
    unit: '',
    target: '0',
    details,
  };
}

/** Sum over the widgets of |loaded height − skeleton height|: how far content below them moves. */
function heightChange(run: Run): number {
  return run.record.widgets.reduce((total, widget) => total + Math.abs((widget.loaded ?? widget.parsed) - widget.parsed), 0);
}

function heightRow(runs: readonly Run[], width: number): BenchRow {
  const values = runs.map(heightChange);
  const largest = runs[0]?.record.widgets.map((widget) => ({ widget, change: (widget.loaded ?? widget.parsed) - widget.parsed })).sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0];
  return {
    name: `height change on load, skeleton → content, sum over the 10 widgets, ${String(width)} px wide`,
    subject: 'bench/cls.html',
    subjectValue: median(values),
    unit: 'px',
    target: '0 (not in CLS: below the first screen)',
    details: [
      `Each run: ${values.map((value) => `${String(value)} px`).join(', ')}. Largest: #${String(largest?.widget.index ?? '?')} \`${largest?.widget.label ?? ''}\`, ${String(largest?.change ?? '?')} px (per widget: see the CLS row).`,
      'CLS counts only what moves inside the viewport, and these widgets grow mostly below it; a reader who scrolls down while the feed loads sees the content under each widget move by its change. The skeleton cannot know how many phases or tag rows the feed has; it is drawn for typical ones.',
    ],
  };
}

/**
 * The snippet's classic script comes before each element, so the parser waits for it and each
 * element is upgraded (its skeleton drawn) as it is parsed; from a CDN the script arrives after
 * the page painted its first text. The server holds it until the page's first paint (then
 * `scriptDelay` more), so that is the case on every run here too, instead of a race against a
 * loopback server on a busy machine.
 */
export async function benchCls({ widths = [360, 1280], runs = 3, feedDelay = 1500, scriptDelay = 100, settle = 1000 } = {}): Promise<BenchRow[]> {
  const bundle = await cdnBundle();
  const server = await startBenchServer({ cdnDir: bundle.dir, feedDelay, scriptDelay, scriptAfterPaint: true });
  try {
    const browser = await launchBrowser();
    try {
      const results = new Map<number, Run[]>(widths.map((width) => [width, []]));
      for (let i = 0; i < runs; i++) {
        const order = i % 2 === 0 ? widths : [...widths].reverse();
        for (const width of order) results.get(width)?.push(await measure(browser, `${server.origin}/__bench/cls.html`, width, settle));
      }
      return widths.flatMap((width) => {
        const widthRuns = results.get(width) ?? [];
        return [toRow(widthRuns, width, { feedDelay, scriptDelay, settle }), heightRow(widthRuns, width)];
      });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
