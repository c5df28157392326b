import { expect } from '@open-wc/testing';
import type { HeightMessage } from './height.js';

/** Opens the embed page (from source) in an iframe of `width` px and collects its height messages. */
async function openEmbed(query: string, width = 360): Promise<{ frame: HTMLIFrameElement; heights: number[] }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '300';
  const heights: number[] = [];
  window.addEventListener('message', (event: MessageEvent<Partial<HeightMessage> | null>) => {
    if (event.source === frame.contentWindow && event.data?.type === 'infest-widgets:height') heights.push(event.data.height ?? NaN);
  });
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = `/src/embed/index.html${query}`;
  document.body.append(frame);
  await loaded;
  return { frame, heights };
}

async function until(condition: () => boolean, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the iframe embed page', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => { frame.remove(); });
  });

  it('shows the widget its query asks for, in the language given as locale', async () => {
    const { frame } = await openEmbed('?widget=program-timeline&src=contoh&locale=en&program=pmi-hulu-ponorogo');
    const page = frame.contentDocument!;
    await until(() => page.querySelector('infest-program-timeline')?.status === 'loaded');
    const timeline = page.querySelector('infest-program-timeline')!;
    expect(page.documentElement.lang).to.equal('en');
    expect(timeline.getAttribute('program')).to.equal('pmi-hulu-ponorogo');
    expect(timeline.shadowRoot!.textContent).to.contain('Completed');
  });

  it('says its language is the one it speaks: Indonesian for a locale without a catalog', async () => {
    for (const [locale, lang] of [['ar', 'id'], ['en_US', 'id'], ['en-GB', 'en-GB'], ['xx-<b>', 'id']]) {
      const { frame } = await openEmbed(`?widget=article-list&src=contoh&locale=${locale}`);
      const page = frame.contentDocument!;
      await until(() => page.querySelector('infest-article-list')?.status === 'loaded');
      expect(page.documentElement.lang, locale).to.equal(lang);
      expect(page.querySelector('infest-article-list')!.getAttribute('lang'), locale).to.equal(lang);
      frame.remove();
    }
  });

  it('posts its content height to the parent, again when it changes; first when the widget is drawn, never that of the empty page', async () => {
    const { frame, heights } = await openEmbed('?widget=program-timeline&src=contoh');
    await until(() => frame.contentDocument!.querySelector('infest-program-timeline')?.status === 'loaded');
    await until(() => heights.length > 0);
    expect(heights[0], 'the skeleton is that tall').to.be.above(300);
    await until(() => heights.length > 0 && heights.at(-1)! > 300);
    const narrow = heights.at(-1)!;
    frame.width = '1000';
    await until(() => heights.at(-1) !== narrow);
    expect(heights.at(-1)).to.be.below(narrow);
  });

  it('scrolls inside a fixed-height iframe instead of cutting content off', async () => {
    const { frame } = await openEmbed('?widget=program-timeline&src=contoh');
    const page = frame.contentDocument!;
    await until(() => page.querySelector('infest-program-timeline')?.status === 'loaded');
    expect(page.documentElement.scrollHeight).to.be.above(300);
    page.scrollingElement!.scrollTop = 10_000;
    expect(page.scrollingElement!.scrollTop).to.be.above(0);
  });

  it('refuses a feed from another origin with a clear message, and makes no request', async () => {
    const { frame } = await openEmbed('?widget=article-card&src=https://evil.example/feed.json');
    const page = frame.contentDocument!;
    await until(() => page.querySelector('.embed-error') !== null);
    expect(page.querySelector('.embed-error')!.textContent).to.contain('Konten ini tidak diizinkan di sini.');
    expect(page.querySelector('infest-article-card')).to.equal(null);
    const requested = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => url.includes('evil.example'))).to.deep.equal([]);
  });

  it('opens article links in a new tab, since it lives in a frame', async () => {
    const { frame } = await openEmbed('?widget=article-card&src=contoh');
    await until(() => frame.contentDocument!.querySelector('infest-article-card')?.status === 'loaded');
    const card = frame.contentDocument!.querySelector('infest-article-card')!;
    const link = card.shadowRoot!.querySelector('a[part~="title-link"]')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener');
  });
});
