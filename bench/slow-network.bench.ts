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
 * widget pasted as the script snippet, whose <link rel="preload"> starts the feed's download
 * beside the script; and that snippet against itself without the link, where the feed is asked
 * for only once the widgets' script has run. All built from the working tree, served gzipped
 * by one plain server, the same widget (an article list of 3) and feed; Chromium's network and
 * CPU throttling; a fresh browser context (empty cache, no stored feed copy) per run, the pages
 * taking turns.
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


/** `/embed/…` from the embed build, `/cdn/…` from the script-tag build, the snippet pages by path; gzip, as CDNs and hosts send them. */
async function startServer(embedDir: string, cdnDir: string, snippetPages: ReadonlyMap<string, string>): Promise<{ origin: string; server: Server }> {
  const roots: [string, string][] = [['/embed/', embedDir], ['/cdn/', cdnDir], ['/images/', join(repo, 'demo/images')]];
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    void (async () => {
      let body: Buffer | undefined;
      let type = contentTypes['.html'];
      const snippetPage = snippetPages.get(pathname);
      if (snippetPage !== undefined) body = Buffer.from(snippetPage);
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

const sides = ['embed', 'script', 'unpreloaded'] as const;
type Side = (typeof sides)[number];

export async function benchSlowNetwork(): Promise<BenchRow[]> {
  const [embedDir, cdn] = await Promise.all([embedPage(), cdnBundle()]);
  const snippet = scriptSnippet(
    { widget: 'article-list', src: '/feed.json', lang: 'id', attributes: { limit: LIMIT }, fallback: { href: 'https://infest.or.id/', text: 'Baca di infest.or.id' } },
    { scriptUrl: '/cdn/infest-widgets.js', embedUrl: '/embed/index.html' },
  ).replace('<script src=', '<script type="module" src=');
  const preload = /^<link rel="preload"[^>]*>\n/.exec(snippet)?.[0];
  if (preload === undefined) throw new Error('the script snippet no longer starts with the feed\'s preload: update this benchmark');
  const snippetPage = (body: string): string =>
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mitra</title></head><body>${body}</body></html>`;
  const snippetPages = new Map([
    ['/script.html', snippetPage(snippet)],
    ['/unpreloaded.html', snippetPage(snippet.replace(preload, ''))],
  ]);
  const { origin, server } = await startServer(embedDir, cdn.dir, snippetPages);
  const browser = await launchBrowser();
  const pages: Record<Side, string> = {
    embed: `${origin}/embed/index.html?widget=article-list&limit=${LIMIT}&src=contoh&locale=id`,
    script: `${origin}/script.html`,
    unpreloaded: `${origin}/unpreloaded.html`,
  };
  const names: Record<Side, string> = {
    embed: 'embed page (feed asked by its first script)',
    script: 'script snippet (feed preloaded by its <link>)',
    unpreloaded: 'script snippet without the preload (feed asked once the widgets run)',
  };
  try {
    const rows: BenchRow[] = [];
    for (const profile of profiles) {
      const runs: Record<Side, Run[]> = { embed: [], script: [], unpreloaded: [] };
      await measure(browser, pages.embed, profile); // warm-up: the server's first gzip, the browser's first context
      for (let i = 0; i < RUNS; i++) {
        // Each side first, second and third in turn.
        for (let k = 0; k < sides.length; k++) {
          const side = sides[(i + k) % sides.length] ?? 'embed';
          runs[side].push(await measure(browser, pages[side], profile));
        }
      }
      const contents = (side: Side): number[] => runs[side].map((run) => run.content);
      const asked = (side: Side): number => median(runs[side].map((run) => run.feedAsked));
      const detail = (side: Side): string => `${names[side]}: ${spread(contents(side))}; feed asked at ${asked(side).toFixed(0)} ms (median).`;
      const method = `From navigation start to the first article title in the widget's shadow root (polled each frame). ${String(RUNS)} runs a side after one warm-up, taking turns; each in a fresh browser context (empty cache, no stored feed copy); Chromium's network throttling (${String(profile.latency)} ms added to each request) and CPU throttling. All pages built from the working tree now (\`vite build --mode embed\` and \`--mode cdn\`), gzipped by one server; the same feed (demo/feed.json) and widget.`;
      const row = (subject: Side, baseline: Side, what: string): BenchRow => ({
        name: `time to the first article, article list, 360 px, ${profile.name}: ${what}`,
        subject: names[subject],
        baseline: names[baseline],
        subjectValue: median(contents(subject)),
        baselineValue: median(contents(baseline)),
        unit: 'ms',
        target: '< baseline',
        details: [detail(subject), detail(baseline), method],
      });
      rows.push(row('embed', 'script', 'embed page against script snippet'), row('script', 'unpreloaded', 'the snippet\'s feed preload'));
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}
