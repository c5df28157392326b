/**
 * What the browser benchmarks share: a Vite dev server on a free loopback port (the repository
 * as its root, so bench pages import ../src as they are), a few raw files it serves under
 * `/__bench/` (the built CDN bundle, TimelineJS's dist, the sample feed with a delay, the CLS
 * page), and the installed Chromium driven by puppeteer-core.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type Plugin } from 'vite';
import { chromeArgs, findChrome } from '../scripts/find-chrome.js';

export const repo = fileURLToPath(new URL('..', import.meta.url));

export interface BenchServerOptions {
  /** Folder of the built CDN bundle, served at `/__bench/cdn/`. */
  readonly cdnDir?: string;
  /** Milliseconds before `/__bench/feed.json` (demo/feed.json) answers: a slow feed. */
  readonly feedDelay?: number;
  /** Milliseconds before `/__bench/cdn/*` answers: a slow script host. */
  readonly scriptDelay?: number;
  /**
   * Hold `/__bench/cdn/*` until the page POSTs `/__bench/painted` (at most 10 s): the script
   * arrives after the page's first paint, as it does from a CDN, on every run.
   */
  readonly scriptAfterPaint?: boolean;
}

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Content types of the files the bench servers send, by extension. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** `base` + `rest`, or undefined when `rest` climbs out of `base`. */
function inside(base: string, rest: string): string | undefined {
  const path = normalize(join(base, rest));
  return path.startsWith(base.endsWith(sep) ? base : `${base}${sep}`) ? path : undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Raw files under `/__bench/`: no Vite transform, no injected client, what a real host sends. */
function benchAssets(options: BenchServerOptions): Plugin {
  const timelineDist = join(repo, 'node_modules/@knight-lab/timelinejs/dist');
  const routes: { prefix: string; dir: string | undefined; delay: number; gated?: boolean }[] = [
    { prefix: '/__bench/cdn/', dir: options.cdnDir, delay: options.scriptDelay ?? 0, gated: true },
    { prefix: '/__bench/timelinejs/', dir: timelineDist, delay: 0 },
    { prefix: '/__bench/images/', dir: join(repo, 'demo/images'), delay: 0 },
  ];
  const files: Record<string, { path: string; delay: number; gated?: boolean }> = {
    '/__bench/feed.json': { path: join(repo, 'demo/feed.json'), delay: options.feedDelay ?? 0 },
    '/__bench/cls.html': { path: join(repo, 'bench/cls.html'), delay: 0 },
  };
  let waiting: (() => void)[] = [];
  // Script requests wait for the page's first paint; later ones on the same page (a snippet
  // pasted several times) go at once. A new page closes the gate again.
  let painted = false;
  const paintGate = (): Promise<void> =>
    new Promise((resolve) => {
      if (!options.scriptAfterPaint || painted) {
        resolve();
        return;
      }
      waiting.push(resolve);
      setTimeout(resolve, 10_000);
    });
  return {
    name: 'infest-bench-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (pathname === '/__bench/cls.html') painted = false;
        if (pathname === '/__bench/painted') {
          painted = true;
          for (const release of waiting) release();
          waiting = [];
          response.statusCode = 204;
          response.end();
          return;
        }
        if (pathname === '/favicon.ico') {
          // Browsers ask for it on every page; a 404 would show up among the page's problems.
          response.statusCode = 204;
          response.end();
          return;
        }
        if (!pathname.startsWith('/__bench/')) {
          next();
          return;
        }
        let target = files[pathname];
        if (!target) {
          const route = routes.find((candidate) => pathname.startsWith(candidate.prefix));
          const path = route?.dir !== undefined ? inside(route.dir, decodeURIComponent(pathname.slice(route.prefix.length))) : undefined;
          if (route && path !== undefined) target = { path, delay: route.delay, gated: route.gated === true };
        }
        if (!target) {
          response.statusCode = 404;
          response.end();
          return;
        }
        const { path, delay, gated } = target;
        void (async () => {
          try {
            const body = await readFile(path);
            if (gated) await paintGate();
            if (delay > 0) await sleep(delay);
            response.setHeader('content-type', contentTypes[extname(path)] ?? 'application/octet-stream');
            response.setHeader('cache-control', 'no-store');
            response.end(body);
          } catch {
            response.statusCode = 404;
            response.end();
          }
        })();
      });
    },
  };
}

export async function startBenchServer(options: BenchServerOptions = {}): Promise<BenchServer> {
  const server = await createServer({
    root: repo,
    configFile: false, // vite.config.ts serves demo/; this needs the repo root as it is
    logLevel: 'silent',
    clearScreen: false,
    plugins: [benchAssets(options)],
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
    return { origin: `http://127.0.0.1:${String(address.port)}`, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

let chromiumVersion: string | undefined;

/** The Chromium the last benchmark ran in, e.g. `Chrome/156.0.8078.108 (/usr/bin/chromium, headless)`. */
export function browserVersion(): string | undefined {
  return chromiumVersion;
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [
      ...chromeArgs,
      // Sample feeds point at example.org: resolve nothing but this machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      // gc() between runs, so a collection lands in neither side's timing by chance.
      '--js-flags=--expose-gc',
    ],
  });
  chromiumVersion = `${await browser.version()} (${findChrome()}, headless)`;
  return browser;
}

/** Collects what a page says that a benchmark should show: errors, warnings, failed loads. */
export function watchPage(page: Page, ignore: (text: string) => boolean = () => false): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    const text = message.text();
    if ((message.type() === 'error' || message.type() === 'warn') && !ignore(text)) problems.push(text);
  });
  return problems;
}
