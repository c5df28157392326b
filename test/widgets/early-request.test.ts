/**
 * A feed request started before the widgets' script ran (the embed page's first script does,
 * requestFeedEarly) is the one the widget then uses: never a second request for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article-list/article-list.js';
import type { InfestArticleList } from '../../src/components/article-list/article-list.js';
import { requestFeedEarly } from '../../src/load/feed-request.js';
import { jsonResponse, mockFetch, untilStatus, widgetFeed } from './helpers.js';

describe('a feed request started early', () => {
  let network: ReturnType<typeof mockFetch>;
  let signals: AbortSignal[];
  let failFirst: boolean;
  beforeEach(() => {
    signals = [];
    failFirst = false;
    network = mockFetch((_url, init) => {
      const signal = init?.signal ?? null;
      if (signal) signals.push(signal);
      if (failFirst && network.calls.length === 1) return Promise.reject(new TypeError('Failed to fetch'));
      return jsonResponse(widgetFeed(), { delay: 200, signal });
    });
  });
  afterEach(() => {
    network.restore();
  });

  it('is taken over by the widget that asks for that feed: one request', async () => {
    requestFeedEarly('/early.json#ignored');
    expect(network.calls, 'asked at once').to.have.length(1);
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/early.json"></infest-article-list>`);
    await untilStatus(list, 'loaded');
    expect(network.calls).to.deep.equal([new URL('/early.json', location.href).href]);
  });

  it('stops when the widget that took it over leaves before the answer', async () => {
    requestFeedEarly('/early.json');
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/early.json"></infest-article-list>`);
    list.src = '/other.json';
    await untilStatus(list, 'loaded');
    expect(network.calls.map((url) => new URL(url).pathname)).to.deep.equal(['/early.json', '/other.json']);
    expect(signals[0]?.aborted, 'the early request was stopped').to.equal(true);
  });

  it('fails as the widget\'s own request would, and "try again" asks anew', async () => {
    failFirst = true;
    requestFeedEarly('/early.json');
    const list = await fixture<InfestArticleList>(html`<infest-article-list src="/early.json"></infest-article-list>`);
    await untilStatus(list, 'error');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await untilStatus(list, 'loaded');
    expect(network.calls).to.have.length(2);
  });

  it('is not made for what is not a URL', () => {
    requestFeedEarly('http://[broken');
    expect(network.calls).to.deep.equal([]);
  });
});

describe('a feed preloaded by the script snippet (<link rel="preload" as="fetch" crossorigin="anonymous">)', () => {
  it('is the answer the widget uses: the browser downloads the feed once, not twice', async () => {
    const url = new URL(`/demo/feed.json?preloaded=${String(Date.now())}`, location.href).href;
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: url });
    const preloaded = new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
    });
    document.head.append(link);
    await preloaded;
    try {
      const list = await fixture<InfestArticleList>(html`<infest-article-list src=${url}></infest-article-list>`);
      await untilStatus(list, 'loaded');
      expect(list.shadowRoot!.querySelectorAll('[part~="item"]').length, 'it shows the feed').to.be.above(0);
      expect(performance.getEntriesByName(url).length, 'downloads of the feed').to.equal(1);
    } finally {
      link.remove();
    }
  });
});
