import { launchBrowser, startBenchServer, watchPage } from './browser.js';
import type { ListRenderResult } from './list-render.page.js';
import { spread, type BenchRow } from './row.js';

/**
 * `<infest-article-list limit="500" layout="list">` against a hand-written DOM function that
 * builds the same markup, in one Chromium run (bench/list-render.html): a Vite dev server on a
 * free loopback port serves the page, puppeteer-core drives the installed Chromium, the page
 * exposes its medians, everything is closed afterwards.
 */
export async function benchListRender({ count = 500, rounds = 15, warmup = 5 } = {}): Promise<BenchRow> {
  const server = await startBenchServer();
  try {
    const url = `${server.origin}/bench/list-render.html?count=${String(count)}&rounds=${String(rounds)}&warmup=${String(warmup)}`;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
      // The feed's images point at example.org, which resolves to nothing here.
      const problems = watchPage(page, (text) => text.includes('ERR_NAME_NOT_RESOLVED') || text.includes('Failed to load resource'));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__listRenderBench !== undefined || window.__listRenderBenchError !== undefined, {
        timeout: 180_000,
        polling: 200,
      });
      const { result, error } = await page.evaluate(() => ({ result: window.__listRenderBench, error: window.__listRenderBenchError }));
      if (error !== undefined || !result) throw new Error(`list render bench failed in the page: ${error ?? 'no result'}`);
      if (problems.length > 0) console.warn(`list render bench: the page said:\n  ${problems.join('\n  ')}`);
      return toRow(result);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

function toRow(result: ListRenderResult): BenchRow {
  return {
    name: `render ${String(result.count)} articles, list layout, to layout (${String(result.elements)} elements)`,
    subject: '<infest-article-list>',
    baseline: 'hand-written DOM',
    subjectValue: result.subject,
    baselineValue: result.baseline,
    unit: 'ms',
    target: '≤ 1.3×',
    details: [
      `<infest-article-list>: ${spread(result.subjectSamples)}`,
      `hand-written DOM: ${spread(result.baselineSamples)}`,
      'From `feed` assignment (already parsed) to the items committed and laid out (forced layout), 1280 × 800 viewport, 960 px stage; alternating, gc() and 30 ms between runs.',
    ],
  };
}
