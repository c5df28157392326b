import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './article-list.js';
import type { InfestArticleList } from './article-list.js';
import type { InfestErrorDetail } from '../../internal/infest-element.js';
import { forgetFeeds } from '../../load/feed-loader.js';
import { storeFeed } from '../../load/feed-store.js';
import { jsonResponse, mockFetch, nextEvent, shadowText, untilStatus, widgetFeed } from '../../../test/widgets/helpers.js';

const part = (element: Element, name: string): HTMLElement | null => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const parts = (element: Element, name: string): HTMLElement[] => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
const items = (element: Element): HTMLElement[] => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part~="list"] > [part~="item"]') ?? [])];
const buttons = (element: Element): HTMLElement[] => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('button, [role="button"]') ?? [])];
const titles = (element: Element): string[] => parts(element, 'title-link').map((link) => link.textContent.trim());
const DAY = 86_400_000;

/** The shared sample feed (its one image is served by the test server: nothing leaves the machine). */
function sampleFeed(): Record<string, unknown> {
  return widgetFeed();
}

/** Articles `a{from}` … `a{from + count - 1}`, each a day older than the one before. */
function items_(from: number, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, offset) => {
    const n = from + offset;
    return {
      id: `a${String(n)}`,
      url: `https://example.org/artikel/${String(n)}/`,
      title: `Artikel ${String(n)}`,
      summary: `Ringkasan artikel ${String(n)}.`,
      // One thumbnail, from the test server: it loads, and nothing leaves the machine.
      ...(n === 0 ? { image: '/demo/images/arsip-digital.svg' } : {}),
      date_published: new Date(Date.UTC(2024, 0, 1) - n * DAY).toISOString(),
      authors: [{ name: n % 2 === 0 ? 'Sofwan Hadi' : 'Penulis Contoh' }],
      tags: n % 3 === 0 ? ['desa', 'data'] : ['kota'],
      _infest: { program: n % 2 === 0 ? 'pmi' : 'kip', category: 'Berita' },
    };
  });
}

function pageFeed(from: number, count: number, next?: string): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Halaman',
    items: items_(from, count),
    ...(next ? { next_url: next } : {}),
  };
}

/** A WordPress REST posts page of `count` posts from `from`; the next page is named by its `Link` header. */
function wordPressPage(from: number, count: number, next?: string, delay = 0): Promise<Response> {
  const posts = Array.from({ length: count }, (_, offset) => {
    const id = 100 + from + offset;
    return {
      id,
      date_gmt: new Date(Date.UTC(2024, 0, 1) - (from + offset) * DAY).toISOString().slice(0, 19),
      link: `https://desa.example/?p=${String(id)}`,
      title: { rendered: `Kabar ${String(from + offset)}` },
      excerpt: { rendered: `<p>Ringkasan kabar ${String(from + offset)}.</p>` },
      content: { rendered: `<p>Isi kabar ${String(from + offset)}.</p>` },
    };
  });
  const headers = { 'content-type': 'application/json', ...(next ? { link: `<${next}>; rel="next"` } : {}) };
  return new Promise((resolve) => setTimeout(() => { resolve(new Response(JSON.stringify(posts), { headers })); }, delay));
}

describe('<infest-article-list>', () => {
  let network: ReturnType<typeof mockFetch>;
  let failPage2 = false;
  afterEach(() => {
    network.restore();
    failPage2 = false;
  });
  beforeEach(() => {
    network = mockFetch((url, init) => {
      const signal = init?.signal ?? null;
      if (url.endsWith('/feed.json')) return jsonResponse(sampleFeed(), { signal });
      if (url.endsWith('/slow.json')) return jsonResponse(sampleFeed(), { delay: 300, signal });
      if (url.endsWith('/slow-page.json')) return jsonResponse(pageFeed(0, 6), { delay: 300, signal });
      // Three pages of 4, 4 and 2; page 2 repeats a3 from page 1.
      if (url.endsWith('/paged/1.json')) return jsonResponse(pageFeed(0, 4, '/paged/2.json'), { signal });
      if (url.endsWith('/paged/2.json')) {
        if (failPage2) return jsonResponse('down', { status: 503 });
        return jsonResponse({ ...pageFeed(3, 5, '/paged/3.json') }, { signal, delay: 20 });
      }
      if (url.endsWith('/paged/3.json')) return jsonResponse(pageFeed(8, 2), { signal });
      if (url.endsWith('/missing.json')) return jsonResponse('not here', { status: 404 });
      if (url.endsWith('/wp-json/wp/v2/posts')) return wordPressPage(0, 3, '/wp-json/wp/v2/posts?page=2');
      if (url.endsWith('/wp-json/wp/v2/slow-posts')) return wordPressPage(0, 3, '/wp-json/wp/v2/posts?page=2', 300);
      if (url.endsWith('/wp-json/wp/v2/posts?page=2')) return wordPressPage(3, 2);
      return Promise.reject(new TypeError('Failed to fetch'));
    });
  });

  it('shows the newest `limit` articles in an ordered list with title link, date, authors, summary and lazy thumbnail', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${pageFeed(0, 10)} limit="3"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    expect(list.getAttribute('layout')).to.equal('list');
    const ol = part(list, 'list')!;
    expect(ol.localName).to.equal('ol');
    expect(items(list)).to.have.length(3);
    expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 1', 'Artikel 2']);
    const first = items(list)[0]!;
    expect(first.localName).to.equal('li');
    const title = first.querySelector('[part~="title"]')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(first.querySelector('[part~="title-link"]')!.getAttribute('href')).to.equal('https://example.org/artikel/0/');
    const time = first.querySelector('time')!;
    expect(time.getAttribute('part')).to.equal('date');
    expect(time.dateTime).to.equal('2024-01-01T00:00:00.000Z');
    expect(time.textContent).to.equal('1 Januari 2024');
    expect(first.querySelector('[part~="authors"]')!.textContent).to.equal('Sofwan Hadi');
    expect(first.querySelector('[part~="summary"]')!.textContent).to.equal('Ringkasan artikel 0.');
    const image = first.querySelector('img')!;
    expect(image.getAttribute('part')).to.equal('image');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(getComputedStyle(image).aspectRatio).to.equal('16 / 9');
    expect(first.querySelector('[part~="tags"]')).to.equal(null);
    await expect(list).to.be.accessible();
  });

  it('puts titles one level below heading-level, and shows the heading slot', async () => {
    const list = await fixture<InfestArticleList>(
      html`<infest-article-list .feed=${sampleFeed()} heading-level="3"><h3 slot="heading">Artikel terbaru</h3></infest-article-list>`,
    );
    await untilStatus(list, 'loaded');
    expect(part(list, 'title')!.getAttribute('aria-level')).to.equal('4');
    const slot = list.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('Artikel terbaru');
    expect(slot.compareDocumentPosition(part(list, 'list')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('shows tags with show-tags', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${sampleFeed()} show-tags></infest-article-list>`);
    await untilStatus(list, 'loaded');
    expect([...items(list)[0]!.querySelectorAll('[part~="tag"]')].map((tag) => tag.textContent)).to.deep.equal(['jurnalisme data', 'desa']);
  });

  it('compact shows the title and date only', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${sampleFeed()} layout="compact"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    expect(items(list)).to.have.length(3);
    for (const name of ['image', 'summary', 'authors', 'tags']) expect(part(list, name), name).to.equal(null);
    expect(parts(list, 'date')).to.have.length(3);
    await expect(list).to.be.accessible();
  });

  it('reflects layout, and grid is one column at 360 px and several when wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><infest-article-list .feed=${pageFeed(0, 6)} layout="grid"></infest-article-list></div>`,
    );
    const list = wrapper.querySelector('infest-article-list')!;
    await untilStatus(list, 'loaded');
    const columns = (): number => getComputedStyle(part(list, 'list')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    wrapper.style.width = '1100px';
    expect(columns()).to.be.greaterThan(2);
    list.layout = 'compact';
    await list.updateComplete;
    expect(list.getAttribute('layout')).to.equal('compact');
  });

  it('fills a wide row with a grid of 3, as its skeleton does, and leaves larger grids to the column width', async () => {
    network.restore();
    network = mockFetch((_url, init) => jsonResponse(pageFeed(0, 12), { delay: 100, signal: init?.signal ?? null }));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><infest-article-list src="/grid.json" limit="3" layout="grid"></infest-article-list></div>`);
    const list = wrapper.querySelector('infest-article-list')!;
    const columns = (): number => getComputedStyle(part(list, 'list')!).gridTemplateColumns.split(' ').length;
    expect(list.status).to.equal('loading');
    expect(columns(), 'the skeleton').to.equal(3);
    await untilStatus(list, 'loaded');
    expect(columns()).to.equal(3);
    const widths = items(list).map((item) => item.getBoundingClientRect().width);
    expect(widths.reduce((sum, width) => sum + width, 0), 'the three cards fill the row, less the gaps').to.be.above(1100);
    list.limit = 12;
    await list.updateComplete;
    expect(columns(), '16em columns in 1200 px').to.equal(4);
  });

  it('filters by tag, author, program and category (any value, case-insensitive; filters combine)', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${pageFeed(0, 12)} limit="20" tag=" DESA "></infest-article-list>`);
    await untilStatus(list, 'loaded');
    expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 3', 'Artikel 6', 'Artikel 9']);
    list.author = 'sofwan hadi';
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 6']);
    list.tag = undefined;
    list.author = undefined;
    list.program = 'kip, nope';
    list.category = 'berita';
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Artikel 1', 'Artikel 3', 'Artikel 5', 'Artikel 7', 'Artikel 9', 'Artikel 11']);
  });

  it('names the filters when nothing matches, and keeps the heading', async () => {
    const list = await fixture<InfestArticleList>(
      html`<infest-article-list .feed=${sampleFeed()} tag="desa" author="X"><h2 slot="heading">Artikel</h2></infest-article-list>`,
    );
    await untilStatus(list, 'empty');
    expect(part(list, 'message')!.textContent).to.equal('Tidak ada artikel dengan topik “desa” dan penulis “X”.');
    expect(list.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!.assignedElements()).to.have.length(1);
    list.tag = 'desa, kota';
    list.author = undefined;
    list.program = 'zzz';
    list.lang = 'en';
    await list.updateComplete;
    expect(part(list, 'message')!.textContent).to.equal('No articles with topic “desa” or “kota” and program “zzz”.');
    await expect(list).to.be.accessible();
  });

  it('says the feed has no articles when it has none', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${pageFeed(0, 0)} tag="desa"></infest-article-list>`);
    await untilStatus(list, 'empty');
    expect(part(list, 'message')!.textContent).to.equal('Belum ada artikel.');
    expect(part(list, 'load-more')).to.equal(null);
  });

  it('"load more" reveals `limit` more without re-rendering the items shown, announces and moves focus', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${pageFeed(0, 10)} limit="4"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    const before = items(list);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const item of before) observer.observe(item, { subtree: true, childList: true, attributes: true, characterData: true });
    const button = part(list, 'load-more') as HTMLButtonElement;
    expect(button.textContent.trim()).to.equal('Muat lebih banyak');
    button.focus();
    button.click();
    await list.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(items(list)).to.have.length(8);
    expect(items(list).slice(0, 4)).to.deep.equal(before);
    expect(mutations.splice(0)).to.deep.equal([]);
    expect(part(list, 'status')!.textContent).to.equal('Menampilkan 8 dari 10 artikel');
    expect(part(list, 'status')!.getAttribute('role')).to.equal('status');
    expect(list.shadowRoot!.activeElement).to.equal(items(list)[4]!.querySelector('a'));
    // The last press shows the rest and removes the button; focus goes to the first new one.
    (part(list, 'load-more') as HTMLButtonElement).focus();
    (part(list, 'load-more') as HTMLButtonElement).click();
    await list.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(items(list)).to.have.length(10);
    expect(part(list, 'load-more')).to.equal(null);
    expect(part(list, 'status')!.textContent).to.equal('Menampilkan 10 dari 10 artikel. Semua artikel sudah ditampilkan.');
    expect(list.shadowRoot!.activeElement).to.equal(items(list)[8]!.querySelector('a'));
    observer.disconnect();
    expect(mutations).to.deep.equal([]);
  });

  it('follows next_url pages, deduplicating by id, until the feed ends', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/paged/1.json" limit="3"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 1', 'Artikel 2']);
    await list.loadMore(); // a3 is loaded, but 3 more need page 2 (which repeats a3: kept once)
    expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 1', 'Artikel 2', 'Artikel 3', 'Artikel 4', 'Artikel 5']);
    expect(network.calls.filter((url) => url.includes('/paged/')).map((url) => new URL(url).pathname)).to.deep.equal(['/paged/1.json', '/paged/2.json']);
    // Page 3 is still to come: no total yet ("6 of 8" would say that is all there is).
    expect(part(list, 'status')!.textContent).to.equal('Menampilkan 6 artikel');
    await list.loadMore(); // page 3, followed from page 2's next_url
    expect(titles(list)).to.have.length(9);
    expect(part(list, 'load-more')).to.not.equal(null);
    await list.loadMore();
    expect(titles(list)).to.deep.equal(Array.from({ length: 10 }, (_, n) => `Artikel ${String(n)}`));
    expect(network.calls.filter((url) => url.includes('/paged/'))).to.have.length(3);
    expect(part(list, 'load-more')).to.equal(null);
    expect(list.status).to.equal('loaded');
  });

  it('pages a WordPress feed on from the next page its Link header names', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/wp-json/wp/v2/posts" limit="3"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    expect(titles(list)).to.deep.equal(['Kabar 0', 'Kabar 1', 'Kabar 2']);
    await list.loadMore();
    expect(titles(list)).to.deep.equal(['Kabar 0', 'Kabar 1', 'Kabar 2', 'Kabar 3', 'Kabar 4']);
    expect(part(list, 'load-more')).to.equal(null);
  });

  it('offers "load more" on the stored copy of a WordPress feed at once, as the fresh one will', async () => {
    const url = new URL('/wp-json/wp/v2/slow-posts', location.href).href;
    const first = await fixture<InfestArticleList>(html`<infest-article-list src=${url} limit="3"></infest-article-list>`);
    await untilStatus(first, 'loaded');
    first.remove();
    forgetFeeds(); // the next visit: only the copy on this device is known
    const list = await fixture<InfestArticleList>(html`<infest-article-list src=${url} limit="3"></infest-article-list>`);
    expect(network.calls.filter((called) => called === url), 'the fresh copy is still on its way').to.have.length(2);
    expect(list.status).to.equal('loaded');
    expect(titles(list)).to.deep.equal(['Kabar 0', 'Kabar 1', 'Kabar 2']);
    const button = part(list, 'load-more');
    expect(button?.textContent.trim()).to.equal('Muat lebih banyak');
    expect((await nextEvent(list, 'infest-load')).stored, 'the fresh copy').to.equal(false);
    await list.updateComplete;
    expect(part(list, 'load-more'), 'the same button, nothing added or moved').to.equal(button);
  });

  it('keeps the articles a reader asked for, and their focus, when the fresh feed replaces the stored copy', async () => {
    storeFeed(new URL('/slow-page.json', location.href).href, JSON.stringify(pageFeed(0, 6)), Date.now() - 60_000);
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/slow-page.json" limit="2"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    await list.loadMore();
    expect(items(list)).to.have.length(4);
    const link = items(list)[3]!.querySelector('a')!;
    link.focus();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await list.updateComplete;
    expect(network.calls.filter((url) => url.endsWith('/slow-page.json')), 'the fresh copy came').to.have.length(1);
    expect(items(list)).to.have.length(4);
    expect(list.shadowRoot!.activeElement).to.equal(link);
  });

  it('turns "load more" into the one "try again" when a next page fails, keeping the list', async () => {
    failPage2 = true;
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/paged/1.json" limit="4"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    const button = part(list, 'load-more') as HTMLButtonElement;
    button.focus();
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await list.updateComplete;
    expect(list.status).to.equal('loaded');
    expect(items(list)).to.have.length(4);
    expect(part(list, 'more-error')!.textContent.trim()).to.equal('Artikel berikutnya tidak dapat dimuat (HTTP\u00a0503).');
    expect(part(list, 'status')!.textContent).to.equal('Artikel berikutnya tidak dapat dimuat (HTTP\u00a0503).');
    expect(buttons(list)).to.deep.equal([button]);
    expect(button.textContent.trim()).to.equal('Coba lagi');
    expect(part(list, 'retry')).to.equal(button);
    expect(list.shadowRoot!.activeElement).to.equal(button);
    await expect(list).to.be.accessible();
    failPage2 = false;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await list.updateComplete;
    expect(part(list, 'more-error')).to.equal(null);
    expect(part(list, 'retry')).to.equal(null);
    expect(items(list)).to.have.length(8);
    expect((part(list, 'load-more') as HTMLButtonElement).textContent.trim()).to.equal('Muat lebih banyak');
    expect(list.shadowRoot!.activeElement).to.equal(items(list)[4]!.querySelector('a'));
  });

  it('shows what is loaded when the next page fails, with the error beside the button', async () => {
    failPage2 = true;
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/paged/1.json" limit="3"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    const button = part(list, 'load-more') as HTMLButtonElement;
    button.focus();
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 1', 'Artikel 2', 'Artikel 3']);
    expect(part(list, 'status')!.textContent).to.equal('Menampilkan 4 artikel. Artikel berikutnya tidak dapat dimuat (HTTP\u00a0503).');
    expect(part(list, 'more-error')).to.not.equal(null);
    expect(list.shadowRoot!.activeElement).to.equal(items(list)[3]!.querySelector('a'));
  });

  it('tells a reader whose connection failed on the next page to check it', async () => {
    for (const [lang, message] of [
      ['id', 'Artikel berikutnya tidak dapat dimuat. Periksa koneksi internet Anda.'],
      ['en', 'The next articles could not be loaded. Check your internet connection.'],
    ] as const) {
      const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${pageFeed(0, 2, '/offline/2.json')} limit="2" lang=${lang}></infest-article-list>`);
      await untilStatus(list, 'loaded');
      await list.loadMore();
      expect(part(list, 'more-error')!.textContent.trim(), lang).to.equal(message);
      expect(part(list, 'status')!.textContent, lang).to.equal(message);
      expect(buttons(list), lang).to.have.length(1);
    }
  });

  it('offers "load more" when the first page has no match but the feed goes on', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/paged/1.json" tag="nowhere" limit="2"></infest-article-list>`);
    await untilStatus(list, 'empty');
    expect(part(list, 'message')!.textContent).to.equal('Tidak ada artikel dengan topik “nowhere”.');
    await list.loadMore();
    expect(part(list, 'load-more')).to.equal(null);
    expect(network.calls.filter((url) => url.includes('/paged/'))).to.have.length(3);
  });

  it('shows `limit` skeleton rows shaped like the layout while loading', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/slow.json" limit="4" layout="grid"></infest-article-list>`);
    expect(list.status).to.equal('loading');
    const skeleton = part(list, 'skeleton')!;
    expect(skeleton.querySelectorAll('[part~="item"]')).to.have.length(4);
    expect(skeleton.querySelectorAll('.bone.image')).to.have.length(4);
    expect(getComputedStyle(skeleton.querySelector('[part~="list"]')!).display).to.equal('grid');
    await untilStatus(list, 'loaded');
  });

  it('keeps its skeleton rows on a page whose Array.from ignores its map function (MooTools, Prototype.js)', async () => {
    const original = Array.from;
    (Array as { from: unknown }).from = (items: ArrayLike<unknown>): unknown[] => Array.prototype.slice.call(items) as unknown[];
    try {
      const list = await fixture<InfestArticleList>(html`<infest-article-list src="/slow.json" limit="4"></infest-article-list>`);
      expect(part(list, 'skeleton')!.querySelectorAll('[part~="item"]')).to.have.length(4);
      await untilStatus(list, 'loaded');
    } finally {
      Array.from = original;
    }
  });

  it('goes back to the first `limit` when the filters change', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${pageFeed(0, 12)} limit="2"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    await list.loadMore();
    expect(items(list)).to.have.length(4);
    list.tag = 'kota';
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Artikel 1', 'Artikel 2']);
    list.limit = 5;
    await list.updateComplete;
    expect(items(list)).to.have.length(5);
  });

  it('shows the error state when the feed itself fails', async () => {
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/missing.json"><a href="/artikel">Semua artikel</a></infest-article-list>`);
    const { detail } = await oneEvent<CustomEvent<InfestErrorDetail>>(list, 'infest-error');
    expect(detail.kind).to.equal('http');
    expect(shadowText(list)).to.contain('HTTP 404');
  });
});

/** Next pages from the test server (test/hostile/fault-server.js), over the real network. */
describe('<infest-article-list> with a next page that answers 404', () => {
  beforeEach(() => {
    forgetFeeds();
    localStorage.clear();
  });

  for (const [lang, message, retry, all] of [
    ['id', 'Artikel berikutnya tidak dapat dimuat (HTTP\u00a0404).', 'Coba lagi', 'Menampilkan 4 dari 4 artikel. Semua artikel sudah ditampilkan.'],
    ['en', 'The next articles could not be loaded (HTTP\u00a0404).', 'Try again', 'Showing 4 of 4 articles. All articles are shown.'],
  ] as const) {
    it(`says the next articles could not be loaded, keeps the first page, offers one "try again" that continues (${lang})`, async () => {
      // 404 the first time, the healthy feed (two articles, no next page) afterwards.
      const next = `/__faults/after/404/list-${lang}-${String(Date.now())}-${String(Math.random())}`;
      const list = await fixture<InfestArticleList>(html`<infest-article-list .feed=${pageFeed(0, 2, next)} limit="2" lang=${lang}></infest-article-list>`);
      await untilStatus(list, 'loaded');
      const button = part(list, 'load-more') as HTMLButtonElement;
      button.focus();
      button.click();
      await waitUntil(() => part(list, 'more-error') !== null, 'the next page fails', { timeout: 3000 });
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 1']);
      expect(part(list, 'more-error')!.textContent.trim()).to.equal(message);
      expect(shadowText(list)).to.not.contain(lang === 'id' ? 'Konten tidak tersedia' : 'The content is unavailable');
      expect(buttons(list)).to.deep.equal([button]);
      expect(button.textContent.trim()).to.equal(retry);
      expect(list.shadowRoot!.activeElement).to.equal(button);
      const status = part(list, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal(message);
      await expect(list).to.be.accessible();

      button.click();
      await waitUntil(() => items(list).length === 4, 'the retry shows the next page', { timeout: 3000 });
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['Artikel 0', 'Artikel 1', 'Artikel sehat pertama', 'Artikel sehat kedua']);
      expect(part(list, 'more-error')).to.equal(null);
      expect(buttons(list)).to.deep.equal([]);
      expect(status.textContent).to.equal(all);
      expect(list.shadowRoot!.activeElement).to.equal(items(list)[2]!.querySelector('a'));
    });
  }
});
