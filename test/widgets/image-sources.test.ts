/**
 * A picture the feed has at several widths (WordPress's image sizes, an `<img>`'s srcset): the
 * reader's browser downloads the one as wide as the widget draws it, not the card-sized one
 * for a phone's thumbnail.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/article-card/article-card.js';
import '../../src/components/article-list/article-list.js';
import type { InfestElement } from '../../src/internal/infest-element.js';
import { untilStatus, widgetFeed } from './helpers.js';

// One file at several addresses (the test server ignores the query): which one the browser
// chose shows in currentSrc. New ones for each test: a browser may take any size it has in its
// cache already.
const picture = new URL('/demo/images/kolaborasi-ponorogo.svg', location.href).href;
let round = 0;
beforeEach(() => {
  round += 1;
});
const at = (width: number): string => `${picture}?round=${String(round)}&w=${String(width)}`;

function feedWithSizes(srcset = `${at(300)} 300w, ${at(768)} 768w, ${at(1024)} 1024w, javascript:alert(1) 200w`): Record<string, unknown> {
  const feed = widgetFeed();
  // The newest article, which a list of one shows.
  const newest = (feed.items as Record<string, unknown>[]).find((item) => item.id === 'data-desa');
  if (!newest) throw new Error('no item data-desa');
  newest.content_html = `<p><img src="${at(768)}" width="768" height="432" srcset="${srcset}" alt="Pertemuan"></p><p>Isi.</p>`;
  return feed;
}

async function shownPicture(markup: ReturnType<typeof html>): Promise<HTMLImageElement> {
  const container = await fixture<HTMLElement>(markup);
  const element = container.firstElementChild as InfestElement;
  await untilStatus(element, 'loaded');
  let image: HTMLImageElement | null = null;
  await waitUntil(() => {
    image = element.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]');
    return image?.complete === true && image.currentSrc !== '';
  }, 'the picture loads', { timeout: 3000 }).catch((error: unknown) => {
    const shown = element.shadowRoot!.querySelector<HTMLImageElement>('img');
    throw new Error(`${String(error)}: ${shown ? `complete ${String(shown.complete)} currentSrc ${shown.currentSrc} rect ${JSON.stringify(shown.getBoundingClientRect())} ${shown.outerHTML}` : element.shadowRoot!.innerHTML.slice(0, 2000)}`);
  });
  return image!;
}

describe('a picture the feed has at several widths', () => {
  it('is offered with its http(s) widths and sizes="auto", its src the card-sized one', async () => {
    const image = await shownPicture(html`<div style="width: 360px"><infest-article-list limit="1" .feed=${feedWithSizes()}></infest-article-list></div>`);
    expect(image.getAttribute('src')).to.equal(at(1024));
    expect(image.getAttribute('srcset')).to.equal(`${at(300)} 300w, ${at(768)} 768w, ${at(1024)} 1024w`);
    expect(image.getAttribute('sizes')?.startsWith('auto,')).to.equal(true);
    expect(image.alt).to.equal('Pertemuan');
  });

  it('downloads the narrow one for a thumbnail in a phone-wide list', async () => {
    const image = await shownPicture(html`<div style="width: 360px"><infest-article-list limit="1" .feed=${feedWithSizes()}></infest-article-list></div>`);
    expect(image.getBoundingClientRect().width * devicePixelRatio, 'drawn narrower than 300 device pixels').to.be.below(300);
    expect(image.currentSrc).to.equal(at(300));
  });

  it('downloads a wide one for a card across a wide column', async () => {
    const image = await shownPicture(html`<div style="width: 900px"><infest-article-card article="data-desa" .feed=${feedWithSizes()}></infest-article-card></div>`);
    expect(image.getBoundingClientRect().width * devicePixelRatio).to.be.above(768);
    expect(image.currentSrc).to.equal(at(1024));
  });

  it('falls back to its src when the size the browser chose is missing (an optimizer deleted it), not to the placeholder', async () => {
    const missing = new URL('/__missing__/foto-300.jpg', location.href).href;
    const image = await shownPicture(html`<div style="width: 360px"><infest-article-list limit="1" .feed=${feedWithSizes(`${missing} 300w, ${at(768)} 768w, ${at(1024)} 1024w`)}></infest-article-list></div>`);
    await waitUntil(() => image.currentSrc === at(1024) && image.complete && image.naturalWidth > 0, 'the src loads', { timeout: 3000 });
    expect(image.hasAttribute('srcset')).to.equal(false);
    expect(image.isConnected, 'still the picture, not the placeholder').to.equal(true);
  });
});
