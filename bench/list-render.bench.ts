import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { chromeArgs, findChrome } from '../scripts/find-chrome.js';
import type { ListRenderResult } from './list-render.page.js';
import type { BenchRow } from './parse.bench.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * `<infest-article-list limit="500" layout="list">` against a hand-written DOM function that
 * builds the same markup, in one Chromium run (bench/list-render.html): a Vite dev server on a
 * free loopback port serves the page, puppeteer-core drives the installed Chromium, the page
 * exposes its medians, everything is closed afterwards.
 */
export async function benchListRender({ count = 500, rounds = 15, warmup = 5 } = {}): Promise<BenchRow> {
  const server = await createServer({
    root: repo,
    configFile: false, // vite.config.ts serves demo/; this needs the repo root as it is
    logLevel: 'silent',
    clearScreen: false,
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    // Lit's production build (no dev-mode checks), as users get it from the npm package.
    resolve: { conditions: ['module', 'browser', 'production'] },
    // Serve dependencies as they are: a mid-run "new dependencies optimized" reload would spoil the run.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    await server.listen();
    const address = server.httpServer?.address() as AddressInfo | null;
    if (!address) throw new Error('the Vite dev server did not start');
    const url = `http://127.0.0.1:${String(address.port)}/bench/list-render.html?count=${String(count)}&rounds=${String(rounds)}&warmup=${String(warmup)}`;
    const browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: [
        ...chromeArgs,
        // The feed's images point at example.org: resolve nothing but this machine.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        // gc() between runs, so a collection lands in neither side's timing by chance.
        '--js-flags=--expose-gc',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('ERR_NAME_NOT_RESOLVED')) problems.push(message.text());
        if (message.type() === 'warn') problems.push(message.text());
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__listRenderBench !== undefined || window.__listRenderBenchError !== undefined, {
        timeout: 180_000,
        polling: 200,
      });
      const { result, error } = await page.evaluate(() => ({ result: window.__listRenderBench, error: window.__listRenderBenchError }));
      if (error !== undefined || !result) throw new Error(`list render bench failed in the page: ${error ?? 'no result'}`);
      const warnings = problems.filter((text) => !text.includes('Failed to load resource'));
      if (warnings.length > 0) console.warn(`list render bench: the page said:\n  ${warnings.join('\n  ')}`);
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
  };
}
