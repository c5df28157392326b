/**
 * Browser side of the timeline benchmark (bench/timeline.html): the same 20 phases shown by
 * `<infest-program-timeline>` and by TimelineJS3, each from data already in memory (no
 * network), alternating, with warm-up; exposes the medians on `window.__timelineBench`.
 *
 * Time to rendered content, both from the moment the widget is created with its data:
 *   - ours: create the element, set `feed` (a fresh copy of the raw JSON Feed object, so the
 *     parse is timed too), append it; `infest-load` (fired from `updated()`, the phases are
 *     committed); forced layout.
 *   - TimelineJS: create and append its container, `new TL.Timeline(container, data, options)`
 *     with a fresh copy of its JSON; its `ready` event (fired at the end of `_onDataLoaded`,
 *     after the story slider with every slide's text and the time navigation with every
 *     marker were built, and after its own `loaded`); forced layout.
 * A check before timing proves both show every phase's title and summary.
 */
import '../src/components/program-timeline/program-timeline.js';
import type { InfestProgramTimeline } from '../src/components/program-timeline/program-timeline.js';
import { programFeed, programPhases, timelineJsData } from './program-data.js';

export interface TimelineResult {
  readonly phases: number;
  readonly rounds: number;
  readonly warmup: number;
  readonly settle: number;
  /** Median ms, `<infest-program-timeline>`. */
  readonly subject: number;
  /** Median ms, TimelineJS3. */
  readonly baseline: number;
  readonly subjectSamples: readonly number[];
  readonly baselineSamples: readonly number[];
  /** What each side put in the DOM, from the check run. */
  readonly ours: { readonly phases: number; readonly elements: number; readonly layout: string };
  readonly timelineJs: { readonly slides: number; readonly markers: number; readonly elements: number };
  /** URLs requested during the timed rounds (warm-up included). */
  readonly requests: readonly string[];
}

interface TimelineJs {
  ready: boolean;
  on(type: string, handler: () => void): void;
}

declare global {
  interface Window {
    TL?: { Timeline: new (container: HTMLElement, data: object, options?: object) => TimelineJs };
    __timelineBench?: TimelineResult;
    __timelineBenchError?: string;
  }
}

const params = new URLSearchParams(location.search);
const PHASES = Number(params.get('phases') ?? 20);
const ROUNDS = Number(params.get('rounds') ?? 11);
const WARMUP = Number(params.get('warmup') ?? 4);
/** Milliseconds between runs: TimelineJS animates for 1000 ms after it is ready; let that end. */
const SETTLE = Number(params.get('settle') ?? 1200);
/** `?only=ours` or `?only=timelinejs` times one side alone: for profiling it in DevTools. */
const ONLY = params.get('only');
/** A fixed day, so the phase statuses (completed, current, upcoming) are the same on every run. */
const NOW = '2015-06-01';

/**
 * TimelineJS options: no font CSS (its default `font: 'default'` loads one more stylesheet),
 * English (built in; other languages are fetched), its files where this server has them.
 */
const TIMELINE_OPTIONS = { font: null, language: 'en', script_path: '/__bench/timelinejs/js/', hash_bookmark: false };

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`timeline bench: no ${what}`);
  return value;
}

const stage = required(document.getElementById('stage'), '#stage');
const report = required(document.getElementById('report'), '#report');
const TL = required(window.TL, 'window.TL (timeline.js did not load)');

const phases = programPhases(PHASES);
const feed = programFeed(phases);
const tlData = timelineJsData(phases);

const collect = (globalThis as { gc?: () => void }).gc;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(): Promise<void> {
  await sleep(SETTLE);
  collect?.();
  await sleep(30);
}

function clearStage(): void {
  stage.replaceChildren();
  stage.getBoundingClientRect();
}

function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(what())))]);
}

async function timeOurs(keep = false): Promise<number> {
  const data = structuredClone(feed); // a new object: the element parses it (parsed objects are cached per object)
  const element = document.createElement('infest-program-timeline');
  element.setAttribute('now', NOW);
  const loaded = new Promise<void>((resolve, reject) => {
    element.addEventListener('infest-load', () => { resolve(); }, { once: true });
    element.addEventListener('infest-error', (event) => { reject(new Error(event.detail.message)); }, { once: true });
  });
  const start = performance.now();
  element.feed = data;
  stage.append(element);
  await within(loaded, 10_000, () => 'no infest-load within 10 s');
  element.getBoundingClientRect(); // style and layout
  const time = performance.now() - start;
  if (element.status !== 'loaded') throw new Error(`<infest-program-timeline> shows "${element.status}"`);
  if (!keep) clearStage();
  return time;
}

async function timeTimelineJs(keep = false): Promise<number> {
  const data = structuredClone(tlData);
  const start = performance.now();
  const container = document.createElement('div');
  container.className = 'tl-host';
  stage.append(container);
  const timeline = new TL.Timeline(container, data, TIMELINE_OPTIONS);
  const ready = new Promise<void>((resolve) => {
    if (timeline.ready) resolve();
    else timeline.on('ready', () => { resolve(); });
  });
  await within(ready, 10_000, () => `TimelineJS not ready within 10 s; it shows: ${container.textContent.slice(0, 200)}`);
  container.getBoundingClientRect(); // style and layout
  const time = performance.now() - start;
  if (!keep) clearStage();
  return time;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Every phase's title and summary must be in the DOM, on both sides. */
function missingText(root: Node, label: string): void {
  const text = (root.textContent ?? '').replace(/\s+/g, ' ');
  for (const phase of phases) {
    for (const needle of [phase.title, phase.summary]) {
      if (!text.includes(needle)) throw new Error(`${label} does not show "${needle}"`);
    }
  }
}

async function check(): Promise<Pick<TimelineResult, 'ours' | 'timelineJs'>> {
  await timeOurs(true);
  const element = stage.firstElementChild as InfestProgramTimeline;
  const root = required(element.shadowRoot, 'shadow root');
  missingText(root, '<infest-program-timeline>');
  const ours = {
    phases: root.querySelectorAll('li[part~="phase"]').length,
    elements: root.querySelectorAll('*').length,
    layout: getComputedStyle(required(root.querySelector('ol'), 'phase list')).gridAutoFlow.includes('column') ? 'horizontal' : 'vertical',
  };
  clearStage();
  await settle();
  await timeTimelineJs(true);
  const container = required(stage.firstElementChild, 'TimelineJS container');
  missingText(container, 'TimelineJS');
  const timelineJs = {
    slides: container.querySelectorAll('.tl-slide').length,
    markers: container.querySelectorAll('.tl-timemarker').length,
    elements: container.querySelectorAll('*').length,
  };
  clearStage();
  if (ours.phases !== PHASES) throw new Error(`<infest-program-timeline> shows ${String(ours.phases)} phases, not ${String(PHASES)}`);
  if (timelineJs.slides !== PHASES || timelineJs.markers !== PHASES) {
    throw new Error(`TimelineJS shows ${String(timelineJs.slides)} slides and ${String(timelineJs.markers)} markers, not ${String(PHASES)}`);
  }
  await settle();
  return { ours, timelineJs };
}

async function run(): Promise<TimelineResult> {
  const shown = await check();
  // Resource timing entries after this mark are requests made while timing (there should be none).
  performance.mark('timing-start');
  for (let i = 0; i < WARMUP; i++) {
    await timeOurs();
    await settle();
    await timeTimelineJs();
    await settle();
  }
  const subjectSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (ONLY === 'ours') subjectSamples.push(await timeOurs());
    if (ONLY === 'timelinejs') baselineSamples.push(await timeTimelineJs());
    if (ONLY !== null) {
      await settle();
      continue;
    }
    // Alternate which goes first.
    if (i % 2 === 0) {
      subjectSamples.push(await timeOurs());
      await settle();
      baselineSamples.push(await timeTimelineJs());
    } else {
      baselineSamples.push(await timeTimelineJs());
      await settle();
      subjectSamples.push(await timeOurs());
    }
    await settle();
  }
  const timingStart = performance.getEntriesByName('timing-start')[0]?.startTime ?? 0;
  const requests = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= timingStart).map((entry) => entry.name);
  return {
    requests,
    phases: PHASES,
    rounds: ROUNDS,
    warmup: WARMUP,
    settle: SETTLE,
    subject: median(subjectSamples),
    baseline: median(baselineSamples),
    subjectSamples,
    baselineSamples,
    ...shown,
  };
}

run().then(
  (result) => {
    window.__timelineBench = result;
    report.textContent = `${String(result.phases)} phases, median of ${String(result.rounds)}: <infest-program-timeline> ${result.subject.toFixed(1)} ms, TimelineJS ${result.baseline.toFixed(1)} ms, ratio ${(result.subject / result.baseline).toFixed(2)}×`;
  },
  (error: unknown) => {
    window.__timelineBenchError = error instanceof Error ? (error.stack ?? error.message) : String(error);
    report.textContent = `failed: ${window.__timelineBenchError}`;
  },
);
