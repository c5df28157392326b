import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, repo, startBenchServer, watchPage } from './browser.js';
import { spread, type BenchRow } from './row.js';
import type { TimelineResult } from './timeline.page.js';

/**
 * `<infest-program-timeline>` against TimelineJS3 showing the same 20 phases, in one Chromium
 * run (bench/timeline.html, bench/timeline.page.ts): time from creating the widget with its data
 * in memory to every phase's text in the DOM and laid out; median of `rounds`, alternating,
 * after `warmup` rounds.
 */
export async function benchTimeline({ phases = 20, rounds = 11, warmup = 4, settle = 1200 } = {}): Promise<BenchRow> {
  const server = await startBenchServer();
  try {
    const url = `${server.origin}/bench/timeline.html?phases=${String(phases)}&rounds=${String(rounds)}&warmup=${String(warmup)}&settle=${String(settle)}`;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
      const problems = watchPage(page);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__timelineBench !== undefined || window.__timelineBenchError !== undefined, {
        timeout: 300_000,
        polling: 500,
      });
      const { result, error } = await page.evaluate(() => ({ result: window.__timelineBench, error: window.__timelineBenchError }));
      if (error !== undefined || !result) throw new Error(`timeline bench failed in the page: ${error ?? 'no result'}`);
      if (problems.length > 0) console.warn(`timeline bench: the page said:\n  ${problems.join('\n  ')}`);
      // Neither side may touch the network while it is timed.
      if (result.requests.length > 0) console.warn(`timeline bench: requests while timing (there should be none):\n  ${result.requests.join('\n  ')}`);
      return toRow(result);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

function toRow(result: TimelineResult): BenchRow {
  const version = (JSON.parse(readFileSync(join(repo, 'node_modules/@knight-lab/timelinejs/package.json'), 'utf8')) as { version: string }).version;
  return {
    name: `program timeline, ${String(result.phases)} phases: time to rendered content`,
    subject: '<infest-program-timeline>',
    baseline: `TimelineJS3 ${version}`,
    subjectValue: result.subject,
    baselineValue: result.baseline,
    unit: 'ms',
    target: '≤ 1× (no slower)',
    details: [
      `<infest-program-timeline>: ${spread(result.subjectSamples)}; ${String(result.ours.phases)} phases, ${String(result.ours.elements)} elements in its shadow root, ${result.ours.layout} layout (960 px stage).`,
      `TimelineJS3: ${spread(result.baselineSamples)}; ${String(result.timelineJs.slides)} slides, ${String(result.timelineJs.markers)} markers, ${String(result.timelineJs.elements)} elements (960 × 600 px container).`,
      'Start: the widget is created with its data in memory (a fresh copy of the raw JSON each run, so both parse it). End, ours: `infest-load` (phases committed) + forced layout. End, TimelineJS: its `ready` event (fired after `loaded`, once the story slider with every slide and the time navigation with every marker are built) + forced layout. A check run first asserts every phase title and summary is in each side\'s DOM. No request from either side while timing (checked with resource timing; the icon font of TimelineJS loads during the check run).',
      `${String(result.warmup)} warm-up rounds, then ${String(result.rounds)} alternating rounds; gc() and ${String(result.settle)} ms between runs (TimelineJS animates for 1 s after \`ready\`). TimelineJS options: \`font: null\` (no extra font CSS), \`language: 'en'\` (built in; \`id\` would be fetched).`,
    ],
  };
}
