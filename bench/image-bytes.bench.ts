import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { contentTypes, launchBrowser, watchPage } from './browser.js';
import { cdnBundle } from './cdn-bundle.js';
import type { BenchRow } from './row.js';

/**
 * Picture bytes a reader downloads for widgets fed by a WordPress site: posts whose featured
 * images WordPress keeps in its usual sizes (300, 768, 1024, 1536 and 2048 px wide, real JPEGs
 * drawn and encoded by Chromium), shown with those sizes (up to 1280 px) as a srcset with
 * sizes="auto", against the same posts whose media list only medium_large (768 px), the one
 * the widgets showed before. The CDN bundle built from the working tree; a fresh browser
 * context per page; bytes as the browser counts them (Resource Timing's encodedBodySize).
 */
const POSTS = 6;
const WIDTHS = [300, 768, 1024, 1536, 2048];
const heightOf = (width: number): number => Math.round((width * 2) / 3);

interface Setting {
  readonly name: string;
  /** What the page shows: an article list of POSTS in this layout, or the newest article's card. */
  readonly widget: 'list' | 'grid' | 'card';
  readonly width: number;
  readonly scale: number;
}

const settings: readonly Setting[] = [
  { name: `article list of ${String(POSTS)}, list layout, 360 px phone (DPR 2)`, widget: 'list', width: 360, scale: 2 },
  { name: `article list of ${String(POSTS)}, grid layout, 1280 px desktop (DPR 1)`, widget: 'grid', width: 1280, scale: 1 },
  { name: 'article card across a 1280 px desktop page (DPR 1)', widget: 'card', width: 1280, scale: 1 },
];
const pictureCount = (setting: Setting): number => (setting.widget === 'card' ? 1 : POSTS);

/** Page script: a photo-like JPEG (base64) of each width, smooth shapes and fine grain, as a camera's picture is. */
const drawing = (widths: readonly number[]): string => `(() => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return ${JSON.stringify(widths)}.map((width) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = Math.round((width * 2) / 3);
    const context = canvas.getContext('2d');
    const sky = context.createLinearGradient(0, 0, 0, canvas.height);
    sky.addColorStop(0, '#7fa7c9');
    sky.addColorStop(1, '#d9c9a3');
    context.fillStyle = sky;
    context.fillRect(0, 0, canvas.width, canvas.height);
    seed = 7;
    for (let shape = 0; shape < 120; shape++) {
      context.fillStyle = 'hsla(' + Math.round(random() * 360) + ', 40%, ' + Math.round(30 + random() * 40) + '%, 0.6)';
      context.beginPath();
      context.arc(random() * canvas.width, random() * canvas.height, (0.02 + random() * 0.12) * canvas.width, 0, Math.PI * 2);
      context.fill();
    }
    const grain = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < grain.data.length; i += 4) {
      const noise = (random() - 0.5) * 24;
      grain.data[i] += noise;
      grain.data[i + 1] += noise;
      grain.data[i + 2] += noise;
    }
    context.putImageData(grain, 0, 0);
    return [width, canvas.toDataURL('image/jpeg', 0.82).split(',')[1]];
  });
})()`;

async function pictures(browser: Browser): Promise<Map<number, Buffer>> {
  const page = await browser.newPage();
  try {
    // A string, not a function: tsx (which runs the benchmarks) wraps named functions in a
    // helper that the page does not have.
    const encoded = (await page.evaluate(drawing(WIDTHS))) as [number, string][];
    return new Map(encoded.map(([width, base64]) => [width, Buffer.from(base64, 'base64')]));
  } finally {
    await page.close();
  }
}

/** WordPress REST posts with `_embed`; `allSizes` false lists only medium_large, with no size of the original. */
function posts(origin: string, allSizes: boolean): unknown[] {
  return Array.from({ length: POSTS }, (_, index) => {
    const id = index + 1;
    const file = (width: number): string => `${origin}/img/${String(id)}-${String(width)}.jpg`;
    const size = (width: number): Record<string, unknown> => ({ source_url: file(width), width, height: heightOf(width), mime_type: 'image/jpeg' });
    const sizes = allSizes ? { medium: size(300), medium_large: size(768), large: size(1024), '1536x1536': size(1536), '2048x2048': size(2048) } : { medium_large: size(768) };
    const day = String(28 - index).padStart(2, '0');
    return {
      id,
      date: `2024-05-${day}T10:00:00`,
      date_gmt: `2024-05-${day}T03:00:00`,
      modified: `2024-05-${day}T10:00:00`,
      modified_gmt: `2024-05-${day}T03:00:00`,
      link: `https://desa.example/berita/${String(id)}/`,
      title: { rendered: `Kabar desa nomor ${String(id)}: musyawarah warga membahas air bersih` },
      content: { rendered: '<p>Isi berita.</p>', protected: false },
      excerpt: { rendered: '<p>Warga dan pemerintah desa membahas rencana air bersih untuk dusun-dusun di lereng bukit.</p>', protected: false },
      author: 1,
      featured_media: 100 + id,
      _embedded: {
        author: [{ id: 1, name: 'Admin Desa' }],
        'wp:featuredmedia': [
          {
            id: 100 + id,
            media_type: 'image',
            mime_type: 'image/jpeg',
            alt_text: 'Musyawarah warga',
            source_url: file(2048),
            media_details: allSizes ? { width: 2048, height: heightOf(2048), sizes } : { sizes },
          },
        ],
        'wp:term': [[{ id: 2, name: 'Berita', slug: 'berita', taxonomy: 'category' }], []],
      },
    };
  });
}

async function startServer(script: Buffer, images: ReadonlyMap<number, Buffer>): Promise<{ origin: string; server: Server }> {
  let origin = '';
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const picture = /^\/img\/\d+-(\d+)\.jpg$/.exec(url.pathname);
    const feed = /^\/(all|single)\.json$/.exec(url.pathname);
    let body: Buffer | string | undefined;
    let type = 'image/jpeg';
    if (picture) body = images.get(Number(picture[1]));
    else if (feed) [body, type] = [JSON.stringify(posts(origin, feed[1] === 'all')), contentTypes['.json'] ?? ''];
    else if (url.pathname === '/infest-widgets.iife.js') [body, type] = [script, contentTypes['.js'] ?? ''];
    else if (url.pathname === '/page.html') {
      const feedName = url.searchParams.get('feed') === 'single' ? 'single' : 'all';
      const widget = url.searchParams.get('widget');
      const element =
        widget === 'card'
          ? `<infest-article-card src="/${feedName}.json" lang="id"></infest-article-card>`
          : `<infest-article-list src="/${feedName}.json" lang="id" layout="${widget === 'grid' ? 'grid' : 'list'}" limit="${String(POSTS)}"></infest-article-list>`;
      body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Desa</title></head><body style="margin: 0 16px"><script src="/infest-widgets.iife.js"></script><div>${element}</div></body></html>`;
      type = contentTypes['.html'] ?? '';
    }
    if (body === undefined) {
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return { origin, server };
}

interface Measured {
  readonly bytes: number;
  /** Width of each picture downloaded, as its address says. */
  readonly widths: number[];
}

async function measure(browser: Browser, url: string, setting: Setting): Promise<Measured> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = watchPage(page, (text) => text.includes('favicon'));
    await page.setViewport({ width: setting.width, height: 800, deviceScaleFactor: setting.scale });
    await page.goto(url, { waitUntil: 'load' });
    // Every picture of the widget, scrolled into view in turn (they are lazy), loaded.
    await page.waitForFunction(
      (count: number) => {
        const images = [...(document.querySelector('infest-article-list, infest-article-card')?.shadowRoot?.querySelectorAll('img') ?? [])];
        images.find((image) => !image.complete)?.scrollIntoView();
        return images.length === count && images.every((image) => image.complete && image.naturalWidth > 0);
      },
      { timeout: 30_000, polling: 100 },
      pictureCount(setting),
    );
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').flatMap((entry) => (entry instanceof PerformanceResourceTiming && entry.name.includes('/img/') ? [[entry.name, entry.encodedBodySize] as const] : [])),
    );
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
    return {
      bytes: entries.reduce((sum, [, size]) => sum + size, 0),
      widths: entries.map(([name]) => Number(/-(\d+)\.jpg$/.exec(name)?.[1])),
    };
  } finally {
    await context.close();
  }
}

export async function benchImageBytes(): Promise<BenchRow[]> {
  const { iifeFile } = await cdnBundle();
  const browser = await launchBrowser();
  let server: Server | undefined;
  try {
    const images = await pictures(browser);
    const started = await startServer(await readFile(iifeFile), images);
    server = started.server;
    const fileSizes = WIDTHS.map((width) => `${String(width)} px ${((images.get(width)?.length ?? 0) / 1000).toFixed(1)} KB`).join(', ');
    const rows: BenchRow[] = [];
    for (const setting of settings) {
      const page = (feed: string): string => `${started.origin}/page.html?feed=${feed}&widget=${setting.widget}`;
      const subject = await measure(browser, page('all'), setting);
      const baseline = await measure(browser, page('single'), setting);
      const widths = (measured: Measured): string => measured.widths.map(String).join(', ');
      rows.push({
        name: `picture bytes from WordPress REST, ${setting.name}`,
        subject: 'WordPress sizes as srcset, sizes="auto"',
        baseline: 'medium_large only (768 px, as before)',
        subjectValue: subject.bytes / 1000,
        baselineValue: baseline.bytes / 1000,
        unit: 'KB',
        target: setting.widget === 'card' ? '— (sharper: drawn wider than 768 px)' : '< baseline',
        details: [
          `srcset: downloaded widths ${widths(subject)}; medium_large only: ${widths(baseline)}.`,
          `The pictures: JPEG (quality 0.82) of 3:2 photo-like drawings, ${fileSizes}; a distinct address per post; served uncompressed, no-store; a fresh browser context per page; Resource Timing's encodedBodySize summed once every picture has loaded.`,
        ],
      });
    }
    return rows;
  } finally {
    await browser.close();
    server?.close();
  }
}
