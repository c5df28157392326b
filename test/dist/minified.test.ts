/**
 * The script-tag bundle has its css and html templates minified at build time
 * (build/minify-literals.ts); the npm build keeps them as written. Run `npm run build` first.
 * Both builds, side by side in Chromium, must give the same style rules and draw every
 * widget the same: same elements, same text, same boxes.
 */
import { expect } from 'chai';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';

const root = new URL('../..', import.meta.url).pathname;
const tags = ['infest-article-card', 'infest-article-list', 'infest-related-articles', 'infest-program-timeline'];
const body = tags.map((tag) => `<${tag} src="/demo/feed.json" lang="id" style="margin-bottom:2rem"></${tag}>`).join('\n');
/** Resolves the npm build's bare `lit` imports to the installed packages. */
const packages: [string, string][] = [
  ['lit', 'lit/index.js'],
  ['lit-html', 'lit-html/lit-html.js'],
  ['lit-element', 'lit-element/index.js'],
  ['@lit/reactive-element', '@lit/reactive-element/reactive-element.js'],
  ['@lit/task', '@lit/task/index.js'],
];
const importMap = {
  imports: Object.fromEntries(packages.flatMap(([name, main]): [string, string][] => [[name, `/node_modules/${main}`], [`${name}/`, `/node_modules/${name}/`]])),
};
const pages: Record<string, string> = {
  '/minified.html': `<script type="module" src="/dist/cdn/infest-widgets.js"></script>`,
  '/readable.html': `<script type="importmap">${JSON.stringify(importMap)}</script><script type="module" src="/dist/index.js"></script>`,
};

let server: Server;
let origin: string;
let browser: Browser;

interface Drawn {
  /** Per tag: the element's style rules as Chromium reads them. */
  readonly rules: Record<string, string[]>;
  /** Per tag: every element of the shadow tree with its parts, text and box. */
  readonly boxes: Record<string, string[]>;
}

async function draw(path: string): Promise<Drawn> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (names: string[]) => names.every((name) => document.querySelector<Element & { status?: string }>(name)?.status === 'loaded'),
    { timeout: 15_000 },
    tags,
  );
  const drawn = await page.evaluate((names: string[]) => {
    const rules: Record<string, string[]> = {};
    const boxes: Record<string, string[]> = {};
    for (const name of names) {
      const element = document.querySelector(name);
      const constructor = customElements.get(name) as unknown as { elementStyles: { cssText: string }[] };
      rules[name] = constructor.elementStyles.flatMap((style) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(style.cssText);
        return [...sheet.cssRules].map((rule) => rule.cssText);
      });
      const host = element?.getBoundingClientRect();
      boxes[name] = [...(element?.shadowRoot?.querySelectorAll('*') ?? [])].map((node) => {
        const box = node.getBoundingClientRect();
        const where = [box.x - (host?.x ?? 0), box.y - (host?.y ?? 0), box.width, box.height].map((value) => Math.round(value * 2) / 2).join(' ');
        return `${node.localName}[${node.getAttribute('part') ?? ''}] ${where} ${node.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)}`;
      });
    }
    return { rules, boxes };
  }, tags);
  expect(errors).to.deep.equal([]);
  await page.close();
  return drawn;
}

describe('the minified script-tag bundle', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(30_000);
    if (!existsSync(join(root, 'dist/cdn/infest-widgets.js')) || !existsSync(join(root, 'dist/index.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first');
    }
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const head = pages[path];
      if (head !== undefined) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`);
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404);
        response.end();
        return;
      }
      const type = { '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' }[extname(file)];
      response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
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

  it('has the same style rules and draws every widget the same as the readable npm build', async () => {
    const minified = await draw('/minified.html');
    const readable = await draw('/readable.html');
    // Values with var() and @supports conditions keep their text as written; a space after a
    // comma or colon, or around a bracket, means nothing there.
    const same = (rules: string[]): string[] => rules.map((rule) => rule.replace(/\s*([,()])\s*/g, '$1').replace(/:\s+/g, ':'));
    for (const tag of tags) {
      expect(same(minified.rules[tag] ?? []), tag).to.deep.equal(same(readable.rules[tag] ?? []));
      expect(minified.rules[tag], tag).to.have.length.greaterThan(10);
      expect(minified.boxes[tag], tag).to.deep.equal(readable.boxes[tag]);
      expect(minified.boxes[tag], tag).to.have.length.greaterThan(5);
    }
  });
});
