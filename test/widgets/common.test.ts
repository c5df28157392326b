import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { InfestElement, InfestErrorDetail, InfestLoadDetail } from '../../src/internal/infest-element.js';
import { forgetFeeds } from '../../src/load/feed-loader.js';
import { MAX_COPY_BYTES, storeFeed } from '../../src/load/feed-store.js';
import { jsonResponse, mockFetch, nextEvent, shadowText, untilStatus, widgetFeed } from './helpers.js';

/** The infest-error events a widget made by `create` has fired. */
async function errorOf(element: InfestElement): Promise<InfestErrorDetail> {
  await untilStatus(element, 'error');
  const [detail, ...more] = errors.get(element) ?? [];
  expect(more, 'one infest-error event').to.have.length(0);
  if (!detail) throw new Error('no infest-error event');
  return detail;
}

/** What every widget shares, checked on each of them. */
const widgets = ['infest-article-card', 'infest-article-list', 'infest-related-articles', 'infest-program-timeline'];

const errors = new WeakMap<Element, InfestErrorDetail[]>();

/** Creates and connects a widget, recording its infest-error events from the start. */
async function create(tag: string, attributes: Record<string, string> = {}, children = ''): Promise<InfestElement> {
  const container = document.createElement('div');
  const element = document.createElement(tag) as InfestElement;
  const recorded: InfestErrorDetail[] = [];
  errors.set(element, recorded);
  element.addEventListener('infest-error', (event) => recorded.push(event.detail));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = children;
  container.append(element);
  await fixture(container);
  return element;
}

for (const tag of widgets) {
  describe(`<${tag}> shared behaviour`, () => {
    let network: ReturnType<typeof mockFetch>;
    afterEach(() => {
      network.restore();
      localStorage.clear();
    });
    let flaky = 0;
    beforeEach(() => {
      localStorage.clear();
      flaky = 0;
      network = mockFetch((url, init) => {
        const signal = init?.signal ?? null;
        if (url.endsWith('/a.json')) return jsonResponse(widgetFeed(), { delay: 50, signal });
        if (url.endsWith('/slow.json')) return jsonResponse({ ...widgetFeed(), title: 'slow' }, { delay: 400, signal });
        if (url.endsWith('/hang.json')) return jsonResponse(widgetFeed(), { delay: 60_000, signal });
        if (url.endsWith('/down.json')) return Promise.reject(new TypeError('Failed to fetch'));
        if (url.endsWith('/flaky.json')) {
          flaky += 1;
          return flaky === 1 ? Promise.reject(new TypeError('Failed to fetch')) : jsonResponse(widgetFeed(), { delay: 100, signal });
        }
        if (url.endsWith('/late-down.json')) return new Promise((_resolve, reject) => setTimeout(() => { reject(new TypeError('Failed to fetch')); }, 200));
        if (url.endsWith('/php.json')) {
          const notice = '<br />\n<b>Deprecated</b>:  Function x() is deprecated in <b>/var/www/a.php</b> on line <b>4</b><br />\n';
          return jsonResponse(notice + JSON.stringify(widgetFeed()), { signal });
        }
        return jsonResponse('<!doctype html><title>404</title>', { status: 404 });
      });
    });

    it('shows a feed behind PHP messages the server printed, and tells the developer how to stop them', async () => {
      const warn = console.warn;
      const logged: string[] = [];
      console.warn = (message: string) => logged.push(message);
      try {
        const element = document.createElement(tag) as InfestElement;
        element.setAttribute('src', '/php.json');
        const loaded = nextEvent(element, 'infest-load');
        document.body.append(element);
        const detail = await loaded;
        expect(element.status).to.equal('loaded');
        expect(detail.warnings.map((warning) => warning.code)).to.deep.equal(['text-before-json']);
        expect(logged.join('\n')).to.contain('Turn display_errors off');
        element.remove();
      } finally {
        console.warn = warn;
      }
    });

    it('reads a src that a rich-text editor wrapped in typographic quotes, or that ends in a zero-width space', async () => {
      const quoted = await create(tag, { src: '\u201C/a.json\u201D' });
      const spaced = await create(tag, { src: '/a.json\u200B' });
      await Promise.all([untilStatus(quoted, 'loaded'), untilStatus(spaced, 'loaded')]);
      expect(network.calls.map((url) => new URL(url).pathname)).to.deep.equal(['/a.json']);
    });

    it('shares one request between URLs that differ only in their #fragment', async () => {
      const first = await create(tag, { src: '/a.json' });
      const second = await create(tag, { src: '/a.json#berita' });
      await Promise.all([untilStatus(first, 'loaded'), untilStatus(second, 'loaded')]);
      expect(network.calls).to.have.length(1);
    });

    it('waits the default time when timeout is not a number of milliseconds, without failing its neighbours', async () => {
      const odd = await create(tag, { src: '/slow.json', timeout: '10s' });
      const neighbour = await create(tag, { src: '/slow.json' });
      const empty = await create(tag, { src: '/slow.json', timeout: '' });
      await Promise.all([odd, neighbour, empty].map((element) => untilStatus(element, 'loaded')));
      expect(errors.get(odd)).to.deep.equal([]);
    });

    it('gives up at its own timeout on a request it shares: a neighbour that waits longer still loads, one that waits less still gives up', async () => {
      for (const hastyFirst of [true, false]) {
        const first = await create(tag, { src: '/slow.json', ...(hastyFirst ? { timeout: '100' } : {}) });
        const second = await create(tag, { src: '/slow.json', ...(hastyFirst ? {} : { timeout: '100' }) });
        const [hasty, patient] = hastyFirst ? [first, second] : [second, first];
        expect((await errorOf(hasty)).kind, `hasty first: ${String(hastyFirst)}`).to.equal('timeout');
        await untilStatus(patient, 'loaded');
        expect(errors.get(patient)).to.deep.equal([]);
        // Anew, without the copy kept in memory and on the device.
        forgetFeeds();
        localStorage.clear();
      }
      expect(network.calls.filter((url) => url.endsWith('/slow.json')), 'one request each time').to.have.length(2);
    });

    it('says it has no feed when its src is removed', async () => {
      const element = await create(tag, { src: '/a.json' });
      await untilStatus(element, 'loaded');
      element.removeAttribute('src');
      expect((await errorOf(element)).kind).to.equal('no-source');
    });

    it('does not call a copy of this page\'s feed "stored" in a widget added after the feed loaded', async () => {
      storeFeed(new URL('/a.json', location.href).href, JSON.stringify(widgetFeed()), Date.now() - 60_000);
      const first = await create(tag, { src: '/a.json' });
      await new Promise<void>((resolve) => {
        first.addEventListener('infest-load', (event) => {
          if (!event.detail.stored) resolve();
        });
      });
      const later = document.createElement(tag) as InfestElement;
      const stored: boolean[] = [];
      later.addEventListener('infest-load', (event) => stored.push(event.detail.stored));
      later.setAttribute('src', '/a.json');
      await fixture(later);
      await untilStatus(later, 'loaded');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(stored).to.deep.equal([false]);
    });

    it('reads left to right on a right-to-left page, and never at a size of 0', async () => {
      const element = await create(tag, { src: '/a.json' });
      await untilStatus(element, 'loaded');
      const container = element.parentElement!;
      container.dir = 'rtl';
      container.style.fontSize = '0';
      const title = element.shadowRoot?.querySelector('[part~="title"], [part~="heading"]');
      if (!title) throw new Error('no title');
      expect(getComputedStyle(title).direction).to.equal('ltr');
      expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(12);
    });

    it('fits a flex row on a 360px phone beside an image, without scrolling the page sideways', async () => {
      const row = await fixture<HTMLElement>(
        '<div style="display: flex; gap: 12px; width: 344px; padding: 8px"><img alt="" style="flex: none; width: 64px; height: 64px"><div class="place"></div></div>',
      );
      const element = document.createElement(tag) as InfestElement;
      element.setAttribute('src', '/a.json');
      row.querySelector('.place')?.append(element);
      await untilStatus(element, 'loaded');
      expect(row.scrollWidth).to.be.at.most(row.clientWidth);
    });

    it('makes one request for two elements on the same src', async () => {
      const first = await create(tag, { src: '/a.json' });
      const second = await create(tag, { src: '/a.json' });
      await Promise.all([untilStatus(first, 'loaded'), untilStatus(second, 'loaded')]);
      const third = await create(tag, { src: '/a.json' });
      await untilStatus(third, 'loaded');
      expect(network.calls.filter((url) => url.endsWith('/a.json'))).to.have.length(1);
    });

    it('aborts the previous request when src changes and never shows its data', async () => {
      const element = await create(tag, { src: '/slow.json' });
      const loads: string[] = [];
      element.addEventListener('infest-load', (event) => loads.push(event.detail.source));
      element.setAttribute('src', '/a.json');
      await untilStatus(element, 'loaded');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(loads.every((source) => source.endsWith('/a.json'))).to.equal(true);
      expect(loads).to.have.length(1);
      expect(element.status).to.equal('loaded');
    });

    it('says there is no feed when given none', async () => {
      const element = await create(tag);
      const detail = await errorOf(element);
      expect(detail.kind).to.equal('no-source');
      expect(detail.message).to.contain('src');
      expect(shadowText(element)).to.contain('Belum ada konten untuk ditampilkan.');
      await expect(element).to.be.accessible();
    });

    it('waits, without an error, for a feed a script sets a moment after adding the widget', async () => {
      const element = await create(tag);
      await new Promise((resolve) => setTimeout(resolve, 400));
      element.feed = widgetFeed();
      await untilStatus(element, 'loaded');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(errors.get(element)).to.deep.equal([]);
      expect(element.status).to.equal('loaded');
    });

    it('says which src is not a URL', async () => {
      const element = await create(tag, { src: 'http://exa mple[.org/feed.json' });
      const detail = await errorOf(element);
      expect(detail.kind).to.equal('no-source');
      expect(detail.message).to.contain('is not a URL');
      expect(network.calls).to.deep.equal([]);
    });

    it('explains a feed that is not a feed, with the JSON path, in the event and the console', async () => {
      const warn = console.warn;
      const logged: string[] = [];
      console.warn = (message: string) => logged.push(message);
      try {
        const element = await create(tag, {}, '<script type="application/json">{"version": "https://jsonfeed.org/version/1.1", "items": 3}</script>');
        const detail = await errorOf(element);
        expect(detail.kind).to.equal('not-feed');
        expect(detail.path).to.equal('$.items');
        expect(logged.join('\n')).to.contain('$.items');
        expect(shadowText(element)).to.contain('Konten tidak dapat dibaca.');
      } finally {
        console.warn = warn;
      }
    });

    it('says what to do when its feed property is what fetch gave, not yet read: a Promise or a Response', async () => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        for (const [given, what] of [[Promise.resolve(widgetFeed()), 'a Promise'], [new Response(JSON.stringify(widgetFeed())), 'a fetch Response']] as const) {
          const element = await create(tag);
          element.feed = given;
          const detail = await errorOf(element);
          expect(detail.kind).to.equal('not-feed');
          expect(detail.message).to.equal(`the feed property is ${what}, not a feed: set feed = await response.json(), or give the feed's URL as src`);
          expect(shadowText(element)).to.contain('Konten tidak dapat dibaca.');
        }
      } finally {
        console.warn = warn;
      }
    });

    it('resolves its language from itself, then the closest [lang], then the document', async () => {
      const wrapper = document.createElement('section');
      wrapper.lang = 'en';
      const element = document.createElement(tag) as InfestElement;
      wrapper.append(element);
      await fixture(wrapper);
      await untilStatus(element, 'error');
      expect(shadowText(element)).to.contain('There is no content to show yet.');
      element.lang = 'id';
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Belum ada konten untuk ditampilkan.');
      element.removeAttribute('lang');
      wrapper.removeAttribute('lang');
      document.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(shadowText(element)).to.contain('There is no content to show yet.');
      document.documentElement.lang = 'id';
    });

    it('shows its fallback link over the placeholder while it loads, readable and clickable (the pulsing bars stay under it)', async () => {
      const element = await create(tag, { src: '/hang.json' }, '<a href="https://infest.or.id/">Baca di infest.or.id</a>');
      expect(element.status).to.equal('loading');
      const link = element.querySelector('a')!;
      link.scrollIntoView({ block: 'center' });
      const box = link.getBoundingClientRect();
      expect(box.width).to.be.above(0);
      for (const x of [box.left + 2, box.left + box.width / 2, box.right - 2]) expect(document.elementFromPoint(x, box.top + box.height / 2)).to.equal(link);
    });

    it('gives up after `timeout` milliseconds with a timeout error', async () => {
      const element = await create(tag, { src: '/hang.json', timeout: '100' });
      const detail = await errorOf(element);
      expect(detail.kind).to.equal('timeout');
      expect(shadowText(element)).to.contain('Server terlalu lama menjawab');
      expect(element.shadowRoot!.querySelector('[part~="retry"]')).to.not.equal(null);
    });

    it('shows the copy kept from an earlier visit when the network fails, with a notice', async () => {
      const url = new URL('/down.json', location.href).href;
      storeFeed(url, JSON.stringify(widgetFeed()), Date.now() - 3 * 24 * 3600 * 1000);
      const element = await create(tag, { src: '/down.json' });
      await untilStatus(element, 'loaded');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(shadowText(element)).to.contain('luring · diperbarui 3 hari yang lalu');
      await expect(element).to.be.accessible();
    });

    it('says "saved copy", not "offline", with the copy it shows when the server is too slow', async () => {
      storeFeed(new URL('/hang.json', location.href).href, JSON.stringify(widgetFeed()), Date.now() - 3 * 24 * 3600 * 1000);
      const element = await create(tag, { src: '/hang.json', timeout: '100' });
      await waitUntil(() => shadowText(element).includes('salinan tersimpan'), 'the saved-copy notice', { timeout: 3000 });
      expect(shadowText(element)).to.contain('salinan tersimpan · diperbarui 3 hari yang lalu').and.not.contain('luring');
    });

    it('keeps the focus of a reader who pressed "try again": on the placeholder while it loads, then on what came', async () => {
      const element = await create(tag, { src: '/flaky.json' });
      await untilStatus(element, 'error');
      const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
      retry.focus();
      retry.click();
      await element.updateComplete;
      expect(element.status).to.equal('loading');
      expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('skeleton');
      await untilStatus(element, 'loaded');
      const focused = element.shadowRoot!.activeElement;
      expect(focused?.matches('a[href], button, summary'), String(focused?.outerHTML.slice(0, 80))).to.equal(true);
      // Failing again: on the new "try again".
      const again = await create(tag, { src: '/down.json' });
      await untilStatus(again, 'error');
      again.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await waitUntil(() => again.shadowRoot!.activeElement?.getAttribute('part') === 'retry', 'the new "try again" has focus', { timeout: 3000 });
    });

    it('keeps the reader\'s focus in the stored copy when the network then fails and the offline notice comes', async () => {
      storeFeed(new URL('/late-down.json', location.href).href, JSON.stringify(widgetFeed()), Date.now() - 60_000);
      const element = await create(tag, { src: '/late-down.json' });
      await untilStatus(element, 'loaded');
      const focusable = element.shadowRoot!.querySelector<HTMLElement>('a[href], summary, button');
      expect(focusable, 'something to focus').to.not.equal(null);
      focusable!.focus();
      await waitUntil(() => shadowText(element).includes('luring'), 'the offline notice', { timeout: 3000 });
      expect(element.shadowRoot!.activeElement, 'the same element, still in the page').to.equal(focusable);
      expect(focusable!.isConnected).to.equal(true);
    });

    /** The infest-load events of a widget on /slow.json (title "slow") with a copy of the feed titled `storedTitle` kept from an earlier visit. */
    async function loadsOverStoredCopy(storedTitle: string): Promise<{ element: InfestElement; events: InfestLoadDetail[] }> {
      storeFeed(new URL('/slow.json', location.href).href, JSON.stringify({ ...widgetFeed(), title: storedTitle }), Date.now() - 60_000);
      const events: InfestLoadDetail[] = [];
      const element = document.createElement(tag) as InfestElement;
      element.addEventListener('infest-load', (event) => events.push(event.detail));
      element.setAttribute('src', '/slow.json');
      await fixture(element);
      const shownAtOnce = element.status;
      await oneEvent(element, 'infest-load');
      expect(shownAtOnce, 'the stored copy, at once').to.equal('loaded');
      return { element, events };
    }

    it('shows the stored copy at once while a fresh one loads', async () => {
      const { events } = await loadsOverStoredCopy('slow');
      expect(events.map((detail) => detail.stored)).to.deep.equal([true, false]);
      expect(events[1]!.feed, 'the server sent the same text: the copy already read is the fresh feed').to.equal(events[0]!.feed);
    });

    it('replaces the stored copy with the fresh feed when the server sends a changed one', async () => {
      const { events } = await loadsOverStoredCopy('Kemarin');
      expect(events.map((detail) => [detail.stored, detail.feed.title])).to.deep.equal([[true, 'Kemarin'], [false, 'slow']]);
    });

    it('keeps working when storage throws', async () => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- put back unchanged below
      const { setItem, getItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      try {
        const element = await create(tag, { src: '/a.json' });
        await untilStatus(element, 'loaded');
      } finally {
        Storage.prototype.setItem = setItem;
        Storage.prototype.getItem = getItem;
      }
    });

    it('does not keep copies larger than the cap', () => {
      storeFeed('https://example.org/big.json', 'x'.repeat(MAX_COPY_BYTES));
      expect(localStorage.getItem('infest-widgets:feed:v1:https://example.org/big.json')).to.equal(null);
    });

    it('keeps its own typography inside a theme that styles everything it inherits', async () => {
      const element = await create(tag, { src: '/a.json' });
      await untilStatus(element, 'loaded');
      const theme = element.parentElement;
      if (!theme) throw new Error('no container');
      theme.style.cssText =
        'text-align: center; text-transform: uppercase; letter-spacing: 4px; word-spacing: 9px; white-space: pre; ' +
        'font-style: italic; text-indent: 3em; text-shadow: 1px 1px red; font-variant: small-caps; cursor: wait; hyphens: auto';
      const text = element.shadowRoot?.querySelector('[part~="title"], [part~="heading"]');
      if (!text) throw new Error('no title');
      const expected = {
        textAlign: 'start',
        textTransform: 'none',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        whiteSpace: 'normal',
        fontStyle: 'normal',
        textIndent: '0px',
        textShadow: 'none',
        fontVariant: 'normal',
        cursor: 'auto',
        hyphens: 'manual',
      };
      const style = getComputedStyle(text);
      const actual = Object.fromEntries(Object.keys(expected).map((name) => [name, style.getPropertyValue(name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`))]));
      expect(actual).to.deep.equal(expected);
      // What the page means for everything in it still holds.
      theme.style.cssText = 'visibility: hidden';
      expect(getComputedStyle(text).visibility).to.equal('hidden');
    });

    it('sizes everything from the text around it, not from the page root (html { font-size: 62.5% })', async () => {
      const element = await create(tag, { src: '/a.json' });
      await untilStatus(element, 'loaded');
      const container = element.parentElement;
      const title = element.shadowRoot?.querySelector('[part~="title"], [part~="heading"]');
      if (!container || !title) throw new Error('no container or title');
      container.style.fontSize = '16px';
      const size = (): number => parseFloat(getComputedStyle(title).fontSize);
      const atSixteen = { title: size(), height: element.getBoundingClientRect().height };
      document.documentElement.style.fontSize = '62.5%';
      try {
        expect({ title: size(), height: element.getBoundingClientRect().height }).to.deep.equal(atSixteen);
      } finally {
        document.documentElement.style.fontSize = '';
      }
      container.style.fontSize = '20px';
      expect(size()).to.be.closeTo((atSixteen.title * 20) / 16, 0.01);
      element.style.setProperty('--infest-font-size', '12px');
      expect(size()).to.be.closeTo((atSixteen.title * 12) / 16, 0.01);
    });

    it('takes a readable width where the page sizes it to its content (table cell, flex, float, inline-block)', async () => {
      for (const [context, markup] of [
        ['table cell', '<table><tr><td class="place"></td><td>teks</td></tr></table>'],
        ['flex row', '<div style="display: flex"><div class="place"></div><p>teks di samping</p></div>'],
        ['float', '<div class="place" style="float: left"></div>'],
        ['grid auto column', '<div style="display: grid; grid-template-columns: auto 1fr"><div class="place"></div><p>teks</p></div>'],
        ['inline-block', '<span class="place" style="display: inline-block"></span>'],
        // Itself a flex item in a narrow row: no wider than the row.
        ['narrow flex row', '<div class="place" style="display: flex; width: 240px"></div>'],
      ]) {
        const page = await fixture<HTMLElement>(`<div style="width: 800px">${markup}</div>`);
        const element = document.createElement(tag) as InfestElement;
        element.setAttribute('src', '/a.json');
        page.querySelector('.place')?.append(element);
        await untilStatus(element, 'loaded');
        const width = element.getBoundingClientRect().width;
        const room = context === 'narrow flex row' ? 240 : 800;
        expect(width, context).to.be.within(Math.min(240, room), room);
      }
    });

    it('keeps titles readable in a column as narrow as 160px', async () => {
      const element = await create(tag, { src: '/a.json' });
      element.parentElement?.style.setProperty('width', '160px');
      await untilStatus(element, 'loaded');
      const titles = [...(element.shadowRoot?.querySelectorAll('[part~="title"], [part~="phase-title"]') ?? [])];
      expect(titles).to.not.have.length(0);
      for (const title of titles) expect(title.getBoundingClientRect().width, title.textContent).to.be.at.least(120);
    });

    it('is accessible in light and dark themes', async () => {
      for (const theme of ['light', 'dark']) {
        const element = await create(tag, { src: '/a.json', theme });
        await untilStatus(element, 'loaded');
        await expect(element).to.be.accessible();
      }
    });
  });
}

describe('a page in a language the widgets have no strings for', () => {
  it('formats dates and lists in the language of the strings shown (Indonesian), not the page’s', async () => {
    const wrapper = document.createElement('section');
    wrapper.lang = 'ar';
    wrapper.dir = 'rtl';
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 'a', title: 'Rapat', content_text: 'Isi.', date_published: '2021-11-02T10:00:00+07:00', authors: [{ name: 'Sari' }, { name: 'Budi' }] }] };
    const card = Object.assign(document.createElement('infest-article-card') as InfestElement, { feed });
    wrapper.append(card);
    await fixture(wrapper);
    await untilStatus(card, 'loaded');
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent).to.equal('Selasa, 2 November 2021');
    expect(card.shadowRoot!.querySelector('[part~="authors"]')!.textContent).to.equal('Sari dan Budi');
    // A region of a language with strings keeps its region's formats: en-GB writes the day first.
    wrapper.lang = 'en-GB';
    card.requestUpdate();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent).to.equal('Tuesday, 2 November 2021');
    expect(card.shadowRoot!.querySelector('[part~="authors"]')!.textContent).to.equal('Sari and Budi');
  });
});
