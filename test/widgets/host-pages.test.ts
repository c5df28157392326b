import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { InfestElement } from '../../src/internal/infest-element.js';
import { jsonResponse, mockFetch, nextEvent, shadowText, untilStatus, widgetFeed } from './helpers.js';

/**
 * What reviewers met on real host pages: pictures that never arrive, and snippets that went
 * through a rich-text editor (WordPress, Blogger) on their way into the page.
 */

const part = (element: Element, name: string): HTMLElement | null => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const parts = (element: Element, name: string): HTMLElement[] => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
const titles = (element: Element): string[] => parts(element, 'title-link').map((link) => link.textContent.trim());
const dark = 'rgb(21, 25, 30)';

/** A picture the test server does not have (404), as an absolute URL. */
const missing = new URL('/__missing__/x.jpg', location.href).href;

/** The sample feed without pictures (nothing leaves the machine), `image` on the newest article, and an undated one tagged `kota`. */
function feedWith(image?: string): Record<string, unknown> {
  const feed = widgetFeed();
  const items = feed.items as Record<string, unknown>[];
  for (const item of items) delete item.image;
  if (image !== undefined && items[2]) items[2].image = image;
  items.push({ id: 'kota', url: 'https://example.org/sampel/kota/', title: 'Berita dari Kota', content_text: 'Kota.', date_published: '2024-01-10T08:00:00+07:00', tags: ['kota'] });
  return feed;
}

/** Parses `markup` as a page would (the HTML parser, not a template), in a `width` wide container, and returns its widget. */
async function page<T extends InfestElement = InfestElement>(markup: string, width = '360px'): Promise<T> {
  const container = document.createElement('div');
  container.style.width = width;
  container.innerHTML = markup;
  await fixture(container);
  const element = container.firstElementChild as T;
  await untilStatus(element, 'loaded');
  return element;
}

/** Waits until the broken picture has given way to the placeholder (or fails the test). */
async function untilPlaceholder(element: Element): Promise<HTMLElement> {
  await waitUntil(() => element.shadowRoot?.querySelector(`img[src="${missing}"]`) === null && part(element, 'placeholder') !== null, 'the broken image is replaced by the placeholder', {
    timeout: 3000,
  });
  return part(element, 'placeholder')!;
}

/** Width and height of a box, rounded to the pixel. */
const size = (element: Element): { width: number; height: number } => {
  const { width, height } = element.getBoundingClientRect();
  return { width: Math.round(width), height: Math.round(height) };
};

describe('host pages', () => {
  describe('an image that does not load (404, hotlink protection, CSP, mixed content)', () => {
    it('gives way to the placeholder in a list, which keeps the thumbnail’s 16:9 box', async () => {
      const element = await fixture<InfestElement>(html`<div style="width: 360px">
        <infest-article-list .feed=${feedWith(missing)}></infest-article-list>
      </div>`).then((div) => div.firstElementChild as InfestElement);
      await untilStatus(element, 'loaded');
      await untilPlaceholder(element);
      // The article whose picture failed (the others have none, and their box too).
      const item = [...element.shadowRoot!.querySelectorAll('[part~="item"]')].find((candidate) => candidate.querySelector('[part~="title-link"]')?.textContent === 'Jurnalisme Data untuk Desa');
      const placeholder = item?.querySelector<HTMLElement>('[part~="placeholder"]');
      if (!placeholder) throw new Error('no placeholder where the picture failed');
      expect(placeholder.matches('[part~="image"]'), 'also the image part').to.equal(true);
      const box = size(placeholder);
      expect(box.width).to.be.greaterThan(50);
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    });

    it('gives way to the placeholder among related articles, the same size as an article without an image', async () => {
      const element = await fixture<InfestElement>(html`<div style="width: 360px">
        <infest-related-articles article="kota" .feed=${feedWith(missing)}></infest-related-articles>
      </div>`).then((div) => div.firstElementChild as InfestElement);
      await untilStatus(element, 'loaded');
      await untilPlaceholder(element);
      const boxes = parts(element, 'image');
      expect(boxes.length, 'every article has an image box').to.be.greaterThan(1);
      expect(boxes.every((box) => box.matches('[part~="placeholder"]'))).to.equal(true);
      const [broken, ...others] = boxes.map(size);
      for (const other of others) expect(broken).to.deep.equal(other);
      expect(broken!.height).to.be.closeTo((broken!.width * 3) / 4, 1);
      expect(element.shadowRoot!.querySelector(`img[src="${missing}"]`)).to.equal(null);
    });

    it('gives way to the placeholder on a card, which keeps the cover’s box', async () => {
      const element = await fixture<InfestElement>(html`<div style="width: 360px">
        <infest-article-card article="data-desa" .feed=${feedWith(missing)}></infest-article-card>
      </div>`).then((div) => div.firstElementChild as InfestElement);
      await untilStatus(element, 'loaded');
      const placeholder = await untilPlaceholder(element);
      const box = size(placeholder);
      expect(box.width).to.be.greaterThan(200);
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    });

    it('does not come back when the list renders again', async () => {
      const element = await fixture<InfestElement>(html`<infest-article-list .feed=${feedWith(missing)}></infest-article-list>`);
      await untilStatus(element, 'loaded');
      await untilPlaceholder(element);
      element.lang = 'en';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part(element, 'placeholder')).to.not.equal(null);
    });
  });

  describe('a snippet pasted through a rich-text editor', () => {
    let network: ReturnType<typeof mockFetch>;
    beforeEach(() => {
      network = mockFetch((url, init) => jsonResponse(url.endsWith('/feed.json') ? feedWith() : widgetFeed(), { signal: init?.signal ?? null }));
    });
    afterEach(() => {
      network.restore();
    });

    /** What the list shows for the reviewer's snippet: English, a grid of two `desa` articles, dark. */
    function expectSnippet(element: InfestElement): void {
      expect(titles(element)).to.deep.equal(['Jurnalisme Data untuk Desa', 'Kolaborasi dan Koordinasi Pelindungan Pekerja Migran Indonesia di Kabupaten Ponorogo']);
      expect(part(element, 'load-more')?.textContent.trim()).to.equal('Load more');
      expect(part(element, 'date')?.textContent).to.equal('February 14, 2023');
      expect(element.getAttribute('layout')).to.equal('grid');
      expect(getComputedStyle(part(element, 'item')!).borderTopWidth, 'grid items are cards').to.equal('1px');
      expect(element.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(element).backgroundColor).to.equal(dark);
    }

    it('reads attribute values wrapped in typographic quotes', async () => {
      const element = await page('<infest-article-list src=“/feed.json” lang=“en” limit=“2” layout=“grid” tag=“desa” theme=“dark”></infest-article-list>');
      expectSnippet(element);
      expect(element.getAttribute('lang')).to.equal('en');
    });

    it('reads upper-case values', async () => {
      expectSnippet(await page('<infest-article-list src="/feed.json" LANG="EN" LIMIT="2" LAYOUT="Grid" TAG="DESA" THEME="Dark"></infest-article-list>'));
    });

    it('keeps reading the values when they change later, and when a script sets them', async () => {
      const element = await page('<infest-article-list src="/feed.json" lang="en" limit="2" tag="desa"></infest-article-list>');
      element.setAttribute('theme', '\u201Cdark\u201D');
      element.setAttribute('layout', 'GRID');
      await element.updateComplete;
      expectSnippet(element);
      element.theme = 'Light' as 'light';
      await element.updateComplete;
      await element.updateComplete;
      expect(element.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(element).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('reads every entry of a filter list, each in quotes', async () => {
      const element = await page('<infest-article-list src="/feed.json" tag=“kota”,“jurnalisme-data”,’Ponorogo’></infest-article-list>');
      expect(titles(element)).to.deep.equal([
        'Berita dari Kota',
        'Kolaborasi dan Koordinasi Pelindungan Pekerja Migran Indonesia di Kabupaten Ponorogo',
      ]);
    });

    it('opens links where target=“_blank” says, with the new-tab hint', async () => {
      for (const target of ['“_blank”', '_BLANK']) {
        const element = await page(`<infest-article-card src=“/feed.json” article=“data-desa” lang=en target=${target}></infest-article-card>`);
        const links = [part(element, 'title-link'), part(element, 'read-more')];
        for (const link of links) {
          expect(link?.getAttribute('target'), target).to.equal('_blank');
          expect(link?.getAttribute('rel')).to.equal('noopener');
        }
        expect(shadowText(element)).to.contain('(opens in a new tab)');
      }
    });

    it('reads numbers in quotes: heading level, limit, threshold, timeout', async () => {
      const card = await page('<infest-article-card src=“/feed.json” heading-level=“4” timeout=“5000”></infest-article-card>');
      expect(part(card, 'title')?.getAttribute('aria-level')).to.equal('4');
      expect(card.timeout).to.equal(5000);
      const related = await page('<infest-related-articles src=“/feed.json” article=“data-desa” limit=“1” threshold=“1” lang=“en”></infest-related-articles>');
      expect(parts(related, 'item')).to.have.length(1);
      expect(part(related, 'heading')?.textContent).to.contain('Related articles');
    });

    it('reads a timeline’s layout and day in quotes', async () => {
      const element = await page('<infest-program-timeline src=“/feed.json” layout=“Horizontal” now=“2022-06-01” lang=“en”></infest-program-timeline>');
      expect(element.getAttribute('layout')).to.equal('horizontal');
      expect(getComputedStyle(part(element, 'phases')!).gridAutoFlow).to.equal('column');
      expect(part(element, 'phase-current')?.querySelector('[part~="phase-title"]')?.textContent.trim()).to.equal('Fase 2');
      expect(part(element, 'status-current')?.textContent).to.equal('In progress');
    });
  });
  describe('a script or a framework that sets properties, not attributes (React 19 sets article={post.id}: a number)', () => {
    let network: ReturnType<typeof mockFetch>;
    beforeEach(() => {
      const feed = feedWith();
      (feed.items as Record<string, unknown>[]).push({ id: '4512', url: 'https://example.org/sampel/4512/', title: 'Artikel Bernomor', content_text: 'Isi.', date_published: '2020-02-01T08:00:00+07:00' });
      network = mockFetch((_url, init) => jsonResponse(feed, { signal: init?.signal ?? null }));
    });
    afterEach(() => {
      network.restore();
    });

    async function created<T extends InfestElement>(tag: string, properties: Record<string, unknown>): Promise<T> {
      const element = document.createElement(tag) as T;
      Object.assign(element, properties);
      const container = document.createElement('div');
      container.append(element);
      await fixture(container);
      await untilStatus(element, 'loaded');
      return element;
    }

    it('reads a number as its digits, a URL object as its address and a list as its entries', async () => {
      const address = new URL('/feed.json', location.href);
      const card = await created('infest-article-card', { src: address, article: 4512 });
      expect(titles(card)).to.deep.equal(['Artikel Bernomor']);
      expect(card.getAttribute('src')).to.equal(null);
      expect((card as InfestElement & { article?: unknown }).article).to.equal('4512');
      expect(card.src).to.equal(address.href);
      expect(network.calls).to.deep.equal([address.href]);
      const list = await created('infest-article-list', { src: '/feed.json', tag: ['kota', 'Ponorogo'] });
      expect(titles(list)).to.deep.equal(['Berita dari Kota', 'Kolaborasi dan Koordinasi Pelindungan Pekerja Migran Indonesia di Kabupaten Ponorogo']);
    });

    it('reads a Date as the day a timeline is shown for', async () => {
      const timeline = await created('infest-program-timeline', { src: '/feed.json', now: new Date('2022-06-01T00:00:00+07:00'), lang: 'en' });
      expect(part(timeline, 'phase-current')?.querySelector('[part~="phase-title"]')?.textContent.trim()).to.equal('Fase 2');
    });

    it('ignores what is not text (an object, a boolean), with a warning naming it, and shows the rest', async () => {
      const warn = console.warn;
      const logged: string[] = [];
      console.warn = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      try {
        const card = await created('infest-article-card', { src: '/feed.json', article: { id: '4512' }, theme: true });
        expect(titles(card), 'the newest article').to.deep.equal(['Berita dari Kota']);
        expect(card.hasAttribute('theme')).to.equal(false);
        expect(logged.filter((line) => line.includes('must be text'))).to.deep.equal([
          'infest-widgets <infest-article-card>: theme must be text, got a value of type boolean; it was ignored',
          'infest-widgets <infest-article-card>: article must be text, got a value of type object; it was ignored',
        ]);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('a browser without AbortSignal.throwIfAborted and .reason (Safari before 15.4, old Android WebViews)', () => {
    it('loads, and drops a request its src replaced, without an error', async () => {
      const prototype = AbortSignal.prototype as unknown as Record<string, unknown>;
      const throwIfAborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'throwIfAborted');
      const reason = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason');
      delete prototype.throwIfAborted;
      delete prototype.reason;
      const { restore } = mockFetch((url, init) => jsonResponse(widgetFeed(), { delay: url.includes('slow') ? 300 : 0, signal: init?.signal }));
      try {
        const container = document.createElement('div');
        container.innerHTML = '<infest-article-list src="https://example.org/slow.json" limit="2"></infest-article-list>';
        await fixture(container);
        const element = container.firstElementChild as InfestElement;
        element.setAttribute('src', 'https://example.org/feed.json');
        await untilStatus(element, 'loaded');
        expect(parts(element, 'title-link')).to.have.lengthOf(2);
      } finally {
        restore();
        if (throwIfAborted) Object.defineProperty(AbortSignal.prototype, 'throwIfAborted', throwIfAborted);
        if (reason) Object.defineProperty(AbortSignal.prototype, 'reason', reason);
      }
    });
  });

  describe('a page in a language without a catalog (Javanese, Arabic)', () => {
    it('speaks Indonesian, and its shadow content says so to screen readers; in a language it has, nothing is added', async () => {
      const { restore } = mockFetch((_url, init) => jsonResponse(widgetFeed(), { signal: init?.signal }));
      try {
        const languages = (card: Element): (string | null)[] => [...card.shadowRoot!.children].filter((child) => child.localName !== 'style').map((child) => child.getAttribute('lang'));
        for (const [page, text, shown] of [['jv', 'Baca selengkapnya', 'id'], ['ar', 'Baca selengkapnya', 'id'], ['en-GB', 'Read more', null], ['id', 'Baca selengkapnya', null]] as const) {
          const section = await fixture<HTMLElement>(html`<section lang=${page}><infest-article-card src="/feed.json"></infest-article-card></section>`);
          const card = section.querySelector<InfestElement>('infest-article-card')!;
          await untilStatus(card, 'loaded');
          expect(shadowText(card), page).to.contain(text);
          expect(languages(card), page).to.not.be.empty;
          expect(languages(card).every((lang) => lang === shown), `${page}: ${String(languages(card))}`).to.equal(true);
          await expect(card).to.be.accessible();
        }
      } finally {
        restore();
      }
    });
  });

  describe('articles in another language than the widget (Indonesian titles in an English widget)', () => {
    it('mark their title and summary with their language, the item\'s or else the feed\'s, for screen readers', async () => {
      const feed = widgetFeed();
      const items = feed.items as Record<string, unknown>[];
      if (items[2]) items[2].language = 'en';
      const langs = async (widgetLang: string): Promise<(string | null)[][]> => {
        const list = await fixture<InfestElement>(html`<infest-article-list .feed=${feed} lang=${widgetLang} limit="3"></infest-article-list>`);
        await untilStatus(list, 'loaded');
        const langOf = (element: Element | null): string | null => element?.getAttribute('lang') ?? null;
        return parts(list, 'item').map((item) => [langOf(item.querySelector('[part~="title-link"] .text')), langOf(item.querySelector('[part~="summary"]'))]);
      };
      // Newest first: the English item, then two Indonesian ones (the feed's language).
      expect(await langs('en')).to.deep.equal([[null, null], ['id', 'id'], ['id', 'id']]);
      expect(await langs('id')).to.deep.equal([['en', 'en'], [null, null], [null, null]]);
    });
  });

  describe('a page whose script broke a built-in the widget uses (an Intl polyfill without formatRange)', () => {
    it('shows the error state with its fallback and fires infest-error, instead of a skeleton for good and an uncaught error', async () => {
      const formatRange = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'formatRange');
      delete (Intl.DateTimeFormat.prototype as unknown as Record<string, unknown>).formatRange;
      const { restore } = mockFetch((_url, init) => jsonResponse(widgetFeed(), { signal: init?.signal }));
      try {
        const container = document.createElement('div');
        container.innerHTML = '<infest-program-timeline src="/feed.json" program="pmi"><a href="https://infest.or.id/">Program di infest.or.id</a></infest-program-timeline>';
        const element = container.firstElementChild as InfestElement;
        const failed = nextEvent(element, 'infest-error');
        await fixture(container);
        const detail = await failed;
        expect(detail.kind).to.equal('render');
        expect(detail.message).to.include('showing it failed').and.include('formatRange');
        expect(element.status).to.equal('error');
        expect(part(element, 'error')?.textContent).to.include('Konten tidak dapat ditampilkan di halaman ini.');
        expect(part(element, 'retry'), 'retrying cannot help').to.equal(null);
        expect(element.querySelector('a')?.assignedSlot, 'the fallback link shows').to.not.equal(null);
      } finally {
        restore();
        if (formatRange) Object.defineProperty(Intl.DateTimeFormat.prototype, 'formatRange', formatRange);
      }
    });
  });

  describe('a page whose fetch is not the browser’s (whatwg-fetch 2, wrappers that pass on only the URL)', () => {
    /** The widget `markup` makes, and the detail of its first infest-error (listened to before it is connected). */
    const list = async (markup: string): Promise<{ element: InfestElement; error: ReturnType<typeof nextEvent<'infest-error'>> }> => {
      const container = document.createElement('div');
      container.innerHTML = markup;
      const error = nextEvent(container, 'infest-error');
      await fixture(container);
      return { element: container.firstElementChild as InfestElement, error };
    };

    it('gives up at the timeout when the request ignores the abort signal', async () => {
      const { restore } = mockFetch(() => new Promise<Response>(() => undefined));
      try {
        const { element, error } = await list('<infest-article-list src="https://example.org/hangs.json" timeout="300"></infest-article-list>');
        expect((await error).message).to.equal('the feed https://example.org/hangs.json did not answer within 0.3 s');
        await untilStatus(element, 'error');
        expect(shadowText(element)).to.contain('Server terlalu lama menjawab');
      } finally {
        restore();
      }
    });

    it('gives up at the timeout when the body never ends and the signal is ignored', async () => {
      const endless = new ReadableStream<Uint8Array>({ start: (controller) => { controller.enqueue(new TextEncoder().encode('{"version":')); } });
      const { restore } = mockFetch(() => new Response(endless, { headers: { 'content-type': 'application/json' } }));
      try {
        const { error } = await list('<infest-article-list src="https://example.org/trickle.json" timeout="300"></infest-article-list>');
        expect((await error).kind).to.equal('timeout');
      } finally {
        restore();
      }
    });

    it('loads from a response object without real Headers or a body stream', async () => {
      const text = JSON.stringify(widgetFeed());
      const { restore } = mockFetch(() => ({ ok: true, status: 200, url: '', text: () => Promise.resolve(text) }) as unknown as Response);
      try {
        const { element } = await list('<infest-article-list src="https://example.org/wrapped.json" limit="2"></infest-article-list>');
        await untilStatus(element, 'loaded');
        expect(titles(element)).to.have.lengthOf(2);
      } finally {
        restore();
      }
    });

    it('reports the HTTP status of such a response that has no `ok`', async () => {
      const { restore } = mockFetch(() => ({ status: 503, statusText: 'Service Unavailable', text: () => Promise.resolve('busy') }) as unknown as Response);
      try {
        const detail = await (await list('<infest-article-list src="https://example.org/busy.json"></infest-article-list>')).error;
        expect([detail.kind, detail.message]).to.deep.equal(['http', 'the feed https://example.org/busy.json answered HTTP 503 Service Unavailable']);
      } finally {
        restore();
      }
    });
  });

  describe('text in a right-to-left script (Arabic titles and summaries)', () => {
    it('reads right to left in its own box, while Indonesian text beside it stays left to right', async () => {
      const feed = feedWith();
      Object.assign((feed.items as Record<string, unknown>[])[2]!, { title: 'العمال المهاجرون في القرية', summary: 'ملخص المقال.' });
      const element = await fixture<InfestElement>(html`<infest-article-list limit="2" .feed=${feed}></infest-article-list>`);
      await untilStatus(element, 'loaded');
      const direction = (node: Element | null | undefined): string => (node ? getComputedStyle(node).direction : 'missing');
      const items = parts(element, 'item');
      const arabic = items.find((item) => item.textContent.includes('العمال'));
      const latin = items.find((item) => item !== arabic);
      expect(direction(arabic?.querySelector('[part~="title-link"] .text')), 'title').to.equal('rtl');
      expect(direction(arabic?.querySelector('[part~="summary"]')), 'summary').to.equal('rtl');
      expect(direction(latin?.querySelector('[part~="title-link"] .text'))).to.equal('ltr');
      await expect(element).to.be.accessible();
    });
  });
});

describe('a widget moved into another document (a same-origin iframe)', () => {
  it('keeps its styles there, and again when moved back', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 400px; height: 600px"></iframe>`);
    const card = await fixture<InfestElement>(html`<infest-article-card .feed=${feedWith()}></infest-article-card>`);
    await untilStatus(card, 'loaded');
    const styled = (element: Element): string[] => {
      const view = element.ownerDocument.defaultView!;
      return [view.getComputedStyle(element).display, view.getComputedStyle(part(element, 'card')!).borderTopStyle];
    };
    expect(styled(card)).to.deep.equal(['block', 'solid']);
    const other = frame.contentDocument!;
    other.body.append(other.adoptNode(card));
    expect(styled(card)).to.deep.equal(['block', 'solid']);
    document.body.append(document.adoptNode(card));
    expect(styled(card)).to.deep.equal(['block', 'solid']);
    card.remove();
  });
});

describe("a feed the page's Content-Security-Policy does not let it reach (connect-src)", () => {
  const url = 'https://blocked-by-policy.example/feed.json';
  let network: ReturnType<typeof mockFetch>;
  beforeEach(() => {
    network = mockFetch((requested) => {
      // What Chromium does: it reports the violation to the document, and the request fails.
      const report = { blockedURI: requested, effectiveDirective: 'connect-src', violatedDirective: 'connect-src', originalPolicy: "connect-src 'self'", statusCode: 200 };
      setTimeout(() => document.dispatchEvent(new SecurityPolicyViolationEvent('securitypolicyviolation', { ...report, disposition: 'enforce' })));
      return Promise.reject(new TypeError('Failed to fetch'));
    });
  });
  afterEach(() => {
    network.restore();
  });

  it('says so, for developers with the directive to change, without a retry that cannot work, and asks no more', async () => {
    const card = await fixture<InfestElement>(html`<infest-article-card src=${url}></infest-article-card>`);
    const failed = nextEvent(card, 'infest-error');
    await untilStatus(card, 'error');
    const detail = await failed;
    expect(detail.kind).to.equal('blocked');
    expect(detail.message).to.include('Content-Security-Policy').and.include('add https://blocked-by-policy.example to its connect-src directive');
    expect(shadowText(card)).to.contain('Konten ini tidak diizinkan di sini.');
    expect(part(card, 'retry')).to.equal(null);
    const calls = network.calls.length;
    const list = await fixture<InfestElement>(html`<infest-article-list src=${url}></infest-article-list>`);
    await untilStatus(list, 'error');
    expect(network.calls.length, 'the refused request is not made again').to.equal(calls);
  });

  it('a report-only policy blocks nothing: the failure stays a network one', async () => {
    network.restore();
    network = mockFetch((requested) => {
      setTimeout(() => document.dispatchEvent(new SecurityPolicyViolationEvent('securitypolicyviolation', { blockedURI: requested, effectiveDirective: 'connect-src', violatedDirective: 'connect-src', originalPolicy: '', statusCode: 200, disposition: 'report' })));
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    const card = await fixture<InfestElement>(html`<infest-article-card src="https://report-only.example/feed.json"></infest-article-card>`);
    const failed = nextEvent(card, 'infest-error');
    await untilStatus(card, 'error');
    expect((await failed).kind).to.equal('network');
  });
});

describe("a theme's universal reset and body text styles", () => {
  it('stop at the widget: its text is not uppercase, centred, spaced out or in the page’s serif', async () => {
    const style = document.createElement('style');
    style.textContent =
      '*, *::before, *::after { all: unset; display: revert } body { text-transform: uppercase; text-align: center; letter-spacing: 3px; font-family: Georgia, serif; font-style: italic }' +
      // What themes put on "*" too: words broken anywhere, gradient text (a transparent fill), hyphens.
      ' * { word-break: break-all; hyphens: auto; -webkit-text-fill-color: transparent; font-feature-settings: "smcp" }';
    document.head.append(style);
    try {
      const card = await fixture<InfestElement>(html`<infest-article-card .feed=${feedWith()}></infest-article-card>`);
      await untilStatus(card, 'loaded');
      for (const name of ['title-link', 'summary', 'date']) {
        const shown = getComputedStyle(part(card, name)!);
        expect([shown.textTransform, shown.textAlign, shown.letterSpacing, shown.fontStyle], name).to.deep.equal(['none', 'start', 'normal', 'normal']);
        expect([shown.wordBreak, shown.hyphens, shown.fontFeatureSettings], name).to.deep.equal(['normal', 'manual', 'normal']);
        expect(shown.webkitTextFillColor, name).to.equal(shown.color);
        expect(shown.fontFamily, name).to.not.include('Georgia');
      }
      // The reset also takes the element's box-sizing and overflow-wrap: a long word still wraps.
      const feed = widgetFeed();
      (feed.items as Record<string, unknown>[])[0]!.title = `Kolaborasi${'x'.repeat(80)}`;
      const list = await fixture<InfestElement>(html`<infest-article-list style="display: block; width: 360px" .feed=${feed}></infest-article-list>`);
      await untilStatus(list, 'loaded');
      expect(list.scrollWidth).to.be.at.most(list.clientWidth);
    } finally {
      style.remove();
    }
  });
});

describe('a theme with small body text (Blogger\u2019s Simple: 12 px)', () => {
  it('shows no text of any widget under 12 px: dates, bylines, badges and totals included', async () => {
    const feed = feedWith();
    const container = await fixture<HTMLElement>(html`<div style="font: 12px Arial, sans-serif; width: 360px">
      <infest-article-list .feed=${feed} limit="3"></infest-article-list>
      <infest-article-card .feed=${feed} article="kolaborasi-ponorogo"></infest-article-card>
      <infest-related-articles .feed=${feed} article="kolaborasi-ponorogo"></infest-related-articles>
      <infest-program-timeline .feed=${feed} program="pmi"></infest-program-timeline>
    </div>`);
    for (const element of container.children as HTMLCollectionOf<InfestElement>) {
      await untilStatus(element, 'loaded');
      const sizes = [...element.shadowRoot!.querySelectorAll('*')]
        .filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '') && node.getClientRects().length > 0)
        .map((node) => [node.getAttribute('part') ?? node.localName, Number.parseFloat(getComputedStyle(node).fontSize)] as const);
      expect(sizes.length, element.localName).to.be.above(3);
      expect(sizes.filter(([, size]) => size < 12), element.localName).to.deep.equal([]);
    }
  });
});
