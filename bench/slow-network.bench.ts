import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { scriptSnippet } from '../src/embed/snippets.js';
import { contentTypes, launchBrowser, repo, watchPage } from './browser.js';
import { cdnBundle, embedPage } from './cdn-bundle.js';
import { median, spread, type BenchRow } from './row.js';

/**
 * Time to the first article on a phone's slow network: the iframe embed page, whose first
 * script asks for the feed while the widgets' script is still arriving, against the same
 * widget pasted as the script snippet, which asks for the feed only once the widgets' script
 * has run. Both built from the working tree, served gzipped by one plain server, the same
 * widget (an article list of 3) and feed; Chromium's network and CPU throttling; a fresh
 * browser context (empty cache, no stored feed copy) per run, the two pages alternating.
 */
interface Profile {
  readonly name: string;
  /** Round trip added to every request (ms), download and upload (bytes/s), CPU slowdown. */
  readonly latency: number;
  readonly download: number;
  readonly upload: number;
  readonly cpu: number;
}

const profiles: readonly Profile[] = [
  { name: 'slow 3G (400 ms RTT, 400 kbit/s, CPU 6× slower)', latency: 400, download: 400_000 / 8, upload: 400_000 / 8, cpu: 6 },
  { name: 'slow 4G (150 ms RTT, 1.6 Mbit/s, CPU 4× slower)', latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpu: 4 },
];
const RUNS = 7;
const LIMIT = '3';


/** `/embed/…` from the embed build, `/cdn/…` from the script-tag build, `/script.html` the snippet page; gzip, as CDNs and hosts send them. */
async function startServer(embedDir: string, cdnDir: string, scriptPage: string): Promise<{ origin: string; server: Server }> {
  const roots: [string, string][] = [['/embed/', embedDir], ['/cdn/', cdnDir], ['/images/', join(repo, 'demo/images')]];
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    void (async () => {
      let body: Buffer | undefined;
      let type = contentTypes['.html'];
      if (pathname === '/script.html') body = Buffer.from(scriptPage);
      else if (pathname === '/feed.json') body = await readFile(join(repo, 'demo/feed.json'));
      else {
        const [prefix, dir] = roots.find(([candidate]) => pathname.startsWith(candidate)) ?? [];
        const path = prefix !== undefined && dir !== undefined ? normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length)))) : undefined;
        if (path?.startsWith(`${dir ?? ''}${sep}`) === true) body = await readFile(path).catch(() => undefined);
        type = contentTypes[extname(pathname)];
      }
      if (body === undefined) {
        response.writeHead(pathname === '/favicon.ico' ? 204 : 404);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      response.end(gzipSync(body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`, server };
}

interface Run {
  /** When the feed was asked for, and the first article's title was on screen (ms after navigation start). */
  readonly feedAsked: number;
  readonly content: number;
}

async function measure(browser: Browser, url: string, profile: Profile): Promise<Run> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = watchPage(page, (text) => text.includes('favicon'));
    await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.download, uploadThroughput: profile.upload });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () => {
        const list = document.querySelector('infest-article-list');
        return list?.shadowRoot?.querySelector('[part~="title-link"]') ? performance.now() : false;
      },
      { timeout: 60_000, polling: 'raf' },
    );
    const feedAsked = await page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/feed.json'))?.startTime ?? NaN);
    const content = await page.evaluate(() => performance.now());
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
    return { feedAsked, content };
  } finally {
    await context.close();
  }
}

export async function benchSlowNetwork(): Promise<BenchRow[]> {
  const [embedDir, cdn] = await Promise.all([embedPage(), cdnBundle()]);
  const snippet = scriptSnippet(
    { widget: 'article-list', src: '/feed.json', lang: 'id', attributes: { limit: LIMIT }, fallback: { href: 'https://infest.or.id/', text: 'Baca di infest.or.id' } },
    { scriptUrl: '/cdn/infest-widgets.js', embedUrl: '/embed/index.html' },
  );
  const scriptPage = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mitra</title></head><body>${snippet.replace('<script src=', '<script type="module" src=')}</body></html>`;
  const { origin, server } = await startServer(embedDir, cdn.dir, scriptPage);
  const browser = await launchBrowser();
  const pages = { embed: `${origin}/embed/index.html?widget=article-list&limit=${LIMIT}&src=contoh&locale=id`, script: `${origin}/script.html` };
  try {
    const rows: BenchRow[] = [];
    for (const profile of profiles) {
      const runs: Record<keyof typeof pages, Run[]> = { embed: [], script: [] };
      await measure(browser, pages.embed, profile); // warm-up: the server's first gzip, the browser's first context
      for (let i = 0; i < RUNS; i++) {
        for (const side of i % 2 === 0 ? (['embed', 'script'] as const) : (['script', 'embed'] as const)) runs[side].push(await measure(browser, pages[side], profile));
      }
      const contents = (side: keyof typeof pages): number[] => runs[side].map((run) => run.content);
      const asked = (side: keyof typeof pages): number => median(runs[side].map((run) => run.feedAsked));
      rows.push({
        name: `time to the first article, article list, 360 px, ${profile.name}`,
        subject: 'embed page (feed asked by its first script)',
        baseline: 'script snippet (feed asked once the widgets run)',
        subjectValue: median(contents('embed')),
        baselineValue: median(contents('script')),
        unit: 'ms',
        target: '< baseline',
        details: [
          `embed page: ${spread(contents('embed'))}; feed asked at ${asked('embed').toFixed(0)} ms (median).`,
          `script snippet: ${spread(contents('script'))}; feed asked at ${asked('script').toFixed(0)} ms (median).`,
          `From navigation start to the first article title in the widget's shadow root (polled each frame). ${String(RUNS)} runs a side after one warm-up, alternating; each in a fresh browser context (empty cache, no stored feed copy); Chromium's network throttling (${String(profile.latency)} ms added to each request) and CPU throttling. Both pages built from the working tree now (\`vite build --mode embed\` and \`--mode cdn\`), gzipped by one server; the same feed (demo/feed.json) and widget.`,
        ],
      });
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}
