/**
 * What ships, tested as users get it: the built script-tag bundles and embed page (run
 * `npm run build` first), served by a plain HTTP server, in Chromium, with and without a
 * strict Content-Security-Policy (Trusted Types enforced too).
 */
import { expect } from 'chai';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { iframeSnippet, scriptSnippet } from '../../src/embed/snippets.js';

const root = new URL('../..', import.meta.url).pathname;
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xhtml': 'application/xhtml+xml',
};
const tags = ['infest-article-card', 'infest-article-list', 'infest-related-articles', 'infest-program-timeline'];
const widgetsMarkup = (src: string): string =>
  tags.map((tag) => `<div><${tag} src="${src}" lang="id"><a href="https://infest.or.id/">fallback</a></${tag}></div>`).join('\n');

/** Test pages by path; everything else is a file under the repository. */
const pages = new Map<string, string>();
const requests: string[] = [];
/** Set by a test: the embed page's widget chunk is answered only once the feed was asked for (or after 3 s). */
let holdWidgetsForFeed = false;
let feedAsked = (): void => undefined;
let server: Server;
let origin: string;
let browser: Browser;

function page(path: string, body: string, head = ''): string {
  pages.set(path, `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>test</title>${head}</head><body>${body}</body></html>`);
  return `${origin}${path}`;
}

before(async function () {
  this.timeout(30_000);
  if (!existsSync(join(root, 'dist/cdn/infest-widgets.js')) || !existsSync(join(root, 'dist/embed/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    // /csp…: the strict policy; /no-lit-policy…: one whose Trusted Types list leaves out Lit's.
    const policy = url.pathname.includes('/no-lit-policy') ? csp.replace("trusted-types lit-html 'allow-duplicates'", 'trusted-types default') : csp;
    const headers: Record<string, string> = url.searchParams.has('csp') || url.pathname.includes('/csp') || url.pathname.includes('/no-lit-policy') ? { 'content-security-policy': policy } : {};
    const generated = pages.get(url.pathname);
    if (generated !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': types['.html'] ?? '' });
      // A page that arrives in two parts, the second 300 ms later, where it says <!--pause-->.
      const [first = '', rest] = generated.split('<!--pause-->');
      if (rest === undefined) {
        response.end(generated);
        return;
      }
      response.write(first);
      setTimeout(() => response.end(rest), 300);
      return;
    }
    if (url.pathname.endsWith('/embed/feed.json')) feedAsked();
    if (holdWidgetsForFeed && /\/embed\/assets\/widgets-[^/]+\.js$/.test(url.pathname)) {
      holdWidgetsForFeed = false;
      const timer = setTimeout(() => { feedAsked(); }, 3000);
      feedAsked = () => {
        clearTimeout(timer);
        feedAsked = () => undefined;
        requests.push('widgets answered');
        response.writeHead(200, { 'content-type': types['.js'] ?? '' });
        createReadStream(join(root, url.pathname)).pipe(response);
      };
      return;
    }
    const file = normalize(join(root, url.pathname === '/feed.json' ? 'demo/feed.json' : url.pathname.startsWith('/images/') ? `demo${url.pathname}` : url.pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? String(address.port) : '0'}`;
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser.close();
  server.close();
});

interface Watched {
  readonly page: Page;
  readonly violations: string[];
  readonly errors: string[];
  readonly warnings: string[];
}

async function open(url: string): Promise<Watched> {
  const tab = await browser.newPage();
  const watched: Watched = { page: tab, violations: [], errors: [], warnings: [] };
  await tab.exposeFunction('reportViolation', (text: string) => watched.violations.push(text));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (text: string) => Promise<void> }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  tab.on('pageerror', (error) => watched.errors.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'warn') watched.warnings.push(message.text());
  });
  await tab.goto(url, { waitUntil: 'load' });
  return watched;
}

/** Waits until every widget in the frame (or page) shows data. */
async function allLoaded(target: Page | NonNullable<ReturnType<Page['mainFrame']>>, count: number): Promise<void> {
  await target.waitForFunction(
    (selector: string, expected: number) => {
      const widgets = [...document.querySelectorAll(selector)] as (Element & { status?: string })[];
      return widgets.length === expected && widgets.every((widget) => widget.status === 'loaded');
    },
    { timeout: 15_000 },
    tags.join(','),
    count,
  );
}

describe('the built bundles and embed page', function () {
  this.timeout(30_000);

  for (const [name, script] of [
    ['module', '<script type="module" src="/dist/cdn/infest-widgets.js"></script>'],
    ['classic', '<script src="/dist/cdn/infest-widgets.iife.js" defer></script>'],
  ] as const) {
    it(`shows every widget with the ${name} script under a strict CSP, with no violation`, async () => {
      const watched = await open(page(`/csp-${name}.html`, widgetsMarkup('/feed.json'), script));
      await allLoaded(watched.page, 4);
      expect(watched.violations).to.deep.equal([]);
      expect(watched.errors).to.deep.equal([]);
      await watched.page.close();
    });
  }

  it("says in the console what to add when the page's Trusted Types list leaves out Lit's policy (the widgets cannot start)", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.goto(page('/no-lit-policy.html', widgetsMarkup('/feed.json'), '<script src="/dist/cdn/infest-widgets.iife.js"></script>'), { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors.filter((text) => text.startsWith('infest-widgets:'))).to.have.lengthOf(1);
    expect(errors.find((text) => text.startsWith('infest-widgets:'))).to.include('add lit-html to its trusted-types directive');
    // Nothing was defined: the fallback links are what readers get.
    expect(await tab.evaluate(() => customElements.get('infest-article-card') === undefined)).to.equal(true);
    await tab.close();
  });

  it('shows the embed page under a strict CSP, on its own and in an iframe, with no violation', async () => {
    const alone = await open(`${origin}/dist/embed/index.html?widget=program-timeline&src=contoh&csp`);
    await allLoaded(alone.page, 1);
    expect(alone.violations).to.deep.equal([]);
    await alone.page.close();

    const host = await open(page('/csp-iframe.html', '<iframe src="/dist/embed/index.html?widget=article-list&src=contoh&csp" title="t" width="360" height="600"></iframe>'));
    const frame = await (await host.page.waitForSelector('iframe'))?.contentFrame();
    if (!frame) throw new Error('no frame');
    await allLoaded(frame, 1);
    expect(host.violations).to.deep.equal([]);
    expect(host.errors).to.deep.equal([]);
    await host.page.close();
  });

  it('asks for the feed before the widgets\' script has arrived, once, and loads only the widget it shows', async () => {
    requests.length = 0;
    holdWidgetsForFeed = true;
    const watched = await open(`${origin}/dist/embed/index.html?widget=article-list&src=contoh`);
    await allLoaded(watched.page, 1);
    const asked = requests.filter((path) => path.endsWith('/embed/feed.json') || path === 'widgets answered');
    expect(asked, 'the feed was asked for while the widgets were held back, and not again').to.deep.equal(['/dist/embed/feed.json', 'widgets answered']);
    const widgetChunks = requests.flatMap((path) => /\/(article-card|article-list|related-articles|program-timeline)-[^/]+\.js$/.exec(path)?.[1] ?? []);
    expect(widgetChunks, 'the one widget it shows, not all four').to.deep.equal(['article-list']);
    expect(watched.errors).to.deep.equal([]);
    await watched.page.close();
  });

  it('says it could not load, with a link, in an iframe sandboxed without allow-same-origin (no CORS headers here)', async () => {
    const host = await open(page('/sandboxed.html', '<iframe sandbox="allow-scripts allow-popups" src="/dist/embed/index.html?widget=article-list&src=contoh" title="t" width="360" height="300"></iframe>'));
    const frame = await (await host.page.waitForSelector('iframe'))?.contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.waitForSelector('.embed-fallback');
    const shown = (): Promise<{ display: string; visible: string[]; link: string | undefined }> =>
      frame.evaluate(() => {
        const fallback = document.querySelector('.embed-fallback')!;
        return {
          display: getComputedStyle(fallback).display,
          visible: [...fallback.children].filter((child) => getComputedStyle(child).visibility === 'visible').map((child) => child.textContent.trim()),
          link: fallback.querySelector('a')?.href,
        };
      });
    expect(await shown()).to.deep.include({ display: 'grid', visible: ['Memuat konten Infest…'] });
    // Ten seconds later (the animations' delay, skipped here) it says it could not load.
    await frame.evaluate(() => { for (const animation of document.getAnimations()) animation.finish(); });
    expect(await shown()).to.deep.equal({ display: 'grid', visible: ['Konten tidak dapat dimuat di sini. Buka infest.or.id'], link: 'https://infest.or.id/' });
    await host.page.close();
  });

  it('leaves the elements undefined on an XHTML page, where Lit cannot build templates: the fallback shows, with one warning and no error', async () => {
    const watched = await open(`${origin}/test/dist/xhtml-page.xhtml`);
    const shown = await watched.page.evaluate(() => ({
      defined: ['infest-article-list', 'infest-program-timeline'].filter((tag) => customElements.get(tag) !== undefined),
      fallbacks: [...document.querySelectorAll('a')].filter((link) => link.getBoundingClientRect().height > 0).length,
    }));
    expect(shown).to.deep.equal({ defined: [], fallbacks: 2 });
    expect(watched.errors).to.deep.equal([]);
    expect(watched.warnings.filter((text) => text.includes('XML document'))).to.have.lengthOf(1);
    await watched.page.close();
  });

  it('parses on Safari 15 (iOS 15): no class static blocks, no regular-expression lookbehind', () => {
    const embedScripts = readdirSync(join(root, 'dist/embed/assets')).filter((file) => file.endsWith('.js')).map((file) => join('embed/assets', file));
    for (const file of ['cdn/infest-widgets.js', 'cdn/infest-widgets.iife.js', ...embedScripts]) {
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      expect(code, file).to.not.match(/\bstatic\s*\{/);
      expect(code, file).to.not.match(/\(\?<[=!]/);
    }
  });

  it('reads right on a page that is not UTF-8 (the bundles are pure ASCII)', async () => {
    for (const file of ['infest-widgets.js', 'infest-widgets.iife.js']) {
      expect(readFileSync(join(root, 'dist/cdn', file), 'utf8'), file).to.not.match(/[^\p{ASCII}]/u);
    }
    // Served without a charset, a script is read in the page's encoding.
    pages.set(
      '/windows-1252.html',
      '<!doctype html><html lang="id"><head><meta charset="windows-1252"><title>t</title><script src="/dist/cdn/infest-widgets.iife.js" defer></script></head>' +
        '<body><infest-article-card src="/feed.json"></infest-article-card><infest-article-list src="/missing.json"></infest-article-list></body></html>',
    );
    const watched = await open(`${origin}/windows-1252.html`);
    await watched.page.waitForFunction(() =>
      ['infest-article-card loaded', 'infest-article-list error'].every((wanted) => {
        const [tag = '', status] = wanted.split(' ');
        return (document.querySelector(tag) as { status?: string } | null)?.status === status;
      }),
    );
    const shown = await watched.page.evaluate(() => {
      const card = document.querySelector('infest-article-card')?.shadowRoot;
      const error = document.querySelector('infest-article-list')?.shadowRoot?.querySelector('[part~="error"] > .text');
      return { meta: card?.querySelector('[part~="meta"]')?.textContent ?? '', mark: error ? getComputedStyle(error, '::before').content : '' };
    });
    expect(shown.meta).to.contain(' ·\u00a0');
    expect(shown.mark, 'the sign, read right on a page that is not UTF-8').to.match(/^"⚠ "/);
    await watched.page.close();
  });

  it('warns with the code and JSON path of each repaired field, and still says why a feed with no usable item failed', async () => {
    const inline = (feed: unknown): string => `<script type="application/json">${JSON.stringify(feed)}</script>`;
    const repaired = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 'a', url: 'https://infest.or.id/a', title: 'A', content_text: 'x', date_published: 'kemarin' }] };
    const broken = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: ['not an item'] };
    const markup = `<infest-article-list id="repaired">${inline(repaired)}</infest-article-list><infest-article-list id="broken">${inline(broken)}</infest-article-list>`;
    const watched = await open(page('/warnings.html', markup, '<script type="module" src="/dist/cdn/infest-widgets.js"></script>'));
    await watched.page.waitForFunction(() => ['repaired', 'broken'].every((id) => ['loaded', 'error'].includes((document.getElementById(id) as Element & { status?: string }).status ?? '')));
    const warning = watched.warnings.find((text) => text.includes('repaired or skipped')) ?? '';
    expect(warning).to.contain('$.items[0].date_published: invalid-date');
    expect(warning).to.contain('npx infest-widgets validate');
    const error = watched.warnings.find((text) => text.includes('none of the 1 items')) ?? '';
    expect(error).to.contain('$.items[0]').and.to.contain('an item must be an object, got "not an item"');
    await watched.page.close();
  });

  it('makes one request for 50 widgets on one feed', async () => {
    requests.length = 0;
    const markup = Array.from({ length: 50 }, (_, index) => `<infest-article-card src="/feed.json?fifty" article="${index % 5 === 0 ? '' : 'kolaborasi-koordinasi-pelindungan-pmi-ponorogo'}"></infest-article-card>`).join('');
    const watched = await open(page('/fifty.html', markup, '<script type="module" src="/dist/cdn/infest-widgets.js"></script>'));
    await allLoaded(watched.page, 50);
    expect(requests.filter((path) => path === '/feed.json')).to.have.length(1);
    await watched.page.close();
  });

  it('reads an inline feed that the parser had not reached yet when the element was defined, without a false error', async () => {
    const feed = readFileSync(join(root, 'demo/feed.json'), 'utf8').replaceAll('</', '<\\/');
    const markup = `<infest-program-timeline><!--pause--><script type="application/json">${feed}</script></infest-program-timeline>`;
    const watched = await open(page('/inline-late.html', markup, '<script src="/dist/cdn/infest-widgets.iife.js"></script>'));
    await allLoaded(watched.page, 1);
    expect(watched.warnings.filter((text) => text.includes('has no feed'))).to.deep.equal([]);
    expect(watched.errors).to.deep.equal([]);
    await watched.page.close();
  });

  it('is harmless when loaded twice, and upgrades markup added later', async () => {
    const scripts = '<script type="module" src="/dist/cdn/infest-widgets.js"></script><script src="/dist/cdn/infest-widgets.iife.js"></script>';
    const watched = await open(page('/twice.html', widgetsMarkup('/feed.json'), scripts));
    await allLoaded(watched.page, 4);
    await watched.page.evaluate(() => {
      const late = document.createElement('div');
      late.innerHTML = '<infest-article-card src="/feed.json"></infest-article-card>';
      document.body.append(late);
    });
    await allLoaded(watched.page, 5);
    expect(watched.errors).to.deep.equal([]);
    expect(watched.warnings.filter((text) => text.includes('already defined'))).to.deep.equal([]);
    await watched.page.close();
  });

  it('warns once, and keeps the page working, when another version is already on the page', async () => {
    const watched = await open(page('/other-version.html', widgetsMarkup('/feed.json'), '<script src="/test/dist/other-version.js"></script><script type="module" src="/dist/cdn/infest-widgets.js"></script>'));
    await watched.page.waitForFunction(() => customElements.get('infest-program-timeline') !== undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watched.errors).to.deep.equal([]);
    expect(watched.warnings.filter((text) => text.includes('already defined'))).to.have.length(1);
    await watched.page.close();
  });

  it('works with the configurator’s snippets pasted into a plain page', async () => {
    const options = {
      widget: 'article-list' as const,
      src: `${origin}/feed.json`,
      lang: 'en',
      attributes: { limit: '3' },
      fallback: { href: 'https://infest.or.id/', text: 'Read Infest Yogyakarta’s articles' },
    };
    const targets = { scriptUrl: `${origin}/dist/cdn/infest-widgets.iife.js`, embedUrl: `${origin}/dist/embed/index.html` };
    const body = `${scriptSnippet(options, targets)}\n${iframeSnippet({ ...options, widget: 'program-timeline', src: 'contoh' }, { ...targets, height: 600, title: 'Program' })}`;
    const before = requests.length;
    const watched = await open(page('/pasted.html', body));
    await allLoaded(watched.page, 1);
    // The snippet's preload is the widget's request: one download, and no word from the
    // browser about a preload it could not use.
    expect(requests.slice(before).filter((path) => path === '/feed.json')).to.have.length(1);
    expect(watched.warnings.filter((text) => /preload/i.test(text))).to.deep.equal([]);
    const frame = await (await watched.page.waitForSelector('iframe'))?.contentFrame();
    if (!frame) throw new Error('no frame');
    await allLoaded(frame, 1);
    const text = await watched.page.$eval('infest-article-list', (list) => list.shadowRoot?.textContent ?? '');
    expect(text).to.contain('Load more');
    expect(watched.errors).to.deep.equal([]);
    await watched.page.close();
  });
});
