import { expect, fixture, html } from '@open-wc/testing';
import './article-card.js';
import type { InfestArticleCard } from './article-card.js';
import { storeFeed } from '../../load/feed-store.js';
import { jsonResponse, mockFetch, nextEvent, shadowText, untilStatus, widgetFeed } from '../../../test/widgets/helpers.js';

const part = (element: Element, name: string): HTMLElement | null => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;

describe('<infest-article-card>', () => {
  let network: ReturnType<typeof mockFetch>;
  afterEach(() => {
    network.restore();
  });
  beforeEach(() => {
    network = mockFetch((url, init) => {
      if (url.endsWith('/feed.json')) return jsonResponse(widgetFeed(), { signal: init?.signal ?? null });
      if (url.endsWith('/slow.json')) return jsonResponse(widgetFeed(), { delay: 300, signal: init?.signal ?? null });
      if (url.endsWith('/missing.json')) return jsonResponse('not here', { status: 404 });
      return Promise.reject(new TypeError('Failed to fetch'));
    });
  });

  it('shows the newest article by default', async () => {
    const card = await fixture<InfestArticleCard>(html`<infest-article-card src="/feed.json"></infest-article-card>`);
    await untilStatus(card, 'loaded');
    expect(part(card, 'title-link')?.textContent).to.contain('Jurnalisme Data untuk Desa');
  });

  it('shows title link, authors, date, summary, tags, image and read more', async () => {
    const card = await fixture<InfestArticleCard>(html`<infest-article-card src="/feed.json" article="kolaborasi-ponorogo" lang="id"></infest-article-card>`);
    await untilStatus(card, 'loaded');
    const title = part(card, 'title-link') as HTMLAnchorElement;
    expect(title.textContent).to.contain('Kolaborasi dan Koordinasi Pelindungan');
    expect(title.getAttribute('href')).to.equal('https://example.org/sampel/kolaborasi-ponorogo/');
    expect(part(card, 'title')?.getAttribute('aria-level')).to.equal('2');
    expect(part(card, 'authors')?.textContent).to.equal('Sofwan Hadi');
    const time = part(card, 'date') as HTMLTimeElement;
    expect(time.textContent).to.equal('Selasa, 2 November 2021');
    expect(time.dateTime).to.equal('2021-11-02T10:00:00+07:00');
    expect(part(card, 'summary')?.textContent).to.contain('Kolaborasi lintas aktor');
    expect([...card.shadowRoot!.querySelectorAll('[part~="tag"]')].map((tag) => tag.textContent)).to.deep.equal(['pekerja migran', 'Ponorogo', 'desa']);
    const image = part(card, 'image') as HTMLImageElement;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.alt).to.equal('Pertemuan di kantor Infest');
    expect(part(card, 'read-more')?.textContent).to.contain('Baca selengkapnya');
    await expect(card).to.be.accessible();
  });

  it('crops the cover to a band in a wide column, loading and loaded, and to --infest-image-max-height', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px; font-size: 16px">
      <infest-article-card src="/slow.json" article="kolaborasi-ponorogo"></infest-article-card>
    </div>`);
    const card = wrapper.querySelector('infest-article-card')!;
    const bone = card.shadowRoot!.querySelector('.bone.image')!;
    expect(bone.getBoundingClientRect().height).to.equal(320);
    await untilStatus(card, 'loaded');
    const image = part(card, 'image')!.getBoundingClientRect();
    expect(image.height).to.equal(320);
    expect(image.width, 'still the width of the card').to.be.above(1100);
    card.style.setProperty('--infest-image-max-height', '10em');
    expect(part(card, 'image')!.getBoundingClientRect().height).to.equal(160);
    // Where the column is narrow enough, it keeps its 16:9.
    wrapper.style.width = '320px';
    const narrow = part(card, 'image')!.getBoundingClientRect();
    expect(narrow.height).to.be.closeTo((narrow.width * 9) / 16, 1);
  });

  it('does not repeat the title as the summary', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Contoh',
      items: [
        { id: 'sama', title: 'Judul yang sama', summary: 'Judul yang sama', content_text: 'Isi yang lebih panjang.' },
        { id: 'tanpa-judul', content_text: 'Catatan pendek tanpa judul.' },
        // A microblog post: its title is the start of its text, and the text says no more.
        { id: 'mikroblog', content_text: 'Hari ini kami belajar membuat peta desa bersama warga Pondok, Bringinan dan Gelanglor, lalu menempelkannya di balai desa.' },
        { id: 'berjudul', title: 'Hari ini kami belajar', content_text: 'Hari ini kami belajar membuat peta desa.' },
        // Titled by its first sentence: the summary goes on from there.
        { id: 'kalimat', content_text: 'Peta desa sudah jadi. Warga Pondok, Bringinan dan Gelanglor menggambarnya bersama, lalu menempelkannya di balai desa.' },
      ],
    };
    const titled = await fixture<InfestArticleCard>(html`<infest-article-card .feed=${feed} article="berjudul"></infest-article-card>`);
    await untilStatus(titled, 'loaded');
    expect(part(titled, 'summary')?.textContent, 'a title of its own that its text begins with').to.equal('Hari ini kami belajar membuat peta desa.');
    const sentence = await fixture<InfestArticleCard>(html`<infest-article-card .feed=${feed} article="kalimat"></infest-article-card>`);
    await untilStatus(sentence, 'loaded');
    expect(part(sentence, 'title')?.textContent.trim()).to.equal('Peta desa sudah jadi.');
    expect(part(sentence, 'summary')?.textContent).to.equal('Warga Pondok, Bringinan dan Gelanglor menggambarnya bersama, lalu menempelkannya di balai desa.');
    for (const article of ['sama', 'tanpa-judul', 'mikroblog']) {
      const card = await fixture<InfestArticleCard>(html`<infest-article-card .feed=${feed} article=${article}></infest-article-card>`);
      await untilStatus(card, 'loaded');
      expect(part(card, 'title')?.textContent.trim(), article).to.not.equal('');
      expect(part(card, 'summary'), article).to.equal(null);
    }
  });

  it('shows the article named by id or URL, in English', async () => {
    const card = await fixture<InfestArticleCard>(
      html`<infest-article-card src="/feed.json" article="https://example.org/sampel/kopi-tiga-desa" lang="en"></infest-article-card>`,
    );
    await untilStatus(card, 'loaded');
    expect(part(card, 'title-link')?.textContent).to.contain('Komunitas Pekerja Migran');
    expect(part(card, 'authors')?.textContent).to.equal('Penulis Contoh and Penulis Kedua');
    expect(part(card, 'date')?.textContent).to.equal('Monday, May 20, 2019');
    expect(part(card, 'read-more')?.textContent).to.contain('Read more');
    expect(part(card, 'image')).to.equal(null);
  });

  it('finds an article whose id an editor wrapped in typographic quotes', async () => {
    const card = await fixture<InfestArticleCard>(html`<infest-article-card src="/feed.json" article="\u201Ckolaborasi-ponorogo\u201D\u200B"></infest-article-card>`);
    await untilStatus(card, 'loaded');
    expect(part(card, 'title-link')?.textContent).to.contain('Kolaborasi dan Koordinasi Pelindungan');
  });

  it('finds an article whose own id begins and ends with quotes, by the id as written', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'kutip', title: 'Tanpa tanda kutip', content_text: 'a' },
        { id: '"kutip"', title: 'Dengan tanda kutip', content_text: 'b' },
      ],
    };
    const card = await fixture<InfestArticleCard>(html`<infest-article-card .feed=${feed} article='"kutip"'></infest-article-card>`);
    await untilStatus(card, 'loaded');
    expect(part(card, 'title')?.textContent).to.contain('Dengan tanda kutip');
  });

  it('waits for the fresh feed, without an error, when the stored copy is older than the article', async () => {
    const feed = widgetFeed() as { items: { id: string }[] };
    feed.items = feed.items.filter((item) => item.id !== 'kolaborasi-ponorogo');
    storeFeed(new URL('/slow.json', location.href).href, JSON.stringify(feed), Date.now() - 60_000);
    const errors: unknown[] = [];
    const card = document.createElement('infest-article-card');
    card.addEventListener('infest-error', (event) => errors.push(event.detail));
    card.setAttribute('article', 'kolaborasi-ponorogo');
    card.setAttribute('src', '/slow.json');
    await fixture(card);
    expect(card.status).to.equal('loading');
    await untilStatus(card, 'loaded');
    expect(part(card, 'title-link')?.textContent).to.contain('Kolaborasi dan Koordinasi Pelindungan');
    expect(errors).to.deep.equal([]);
    localStorage.clear();
  });

  it('says so when the article is not in the feed, and fires infest-error', async () => {
    const card = await fixture<InfestArticleCard>(html`<infest-article-card src="/feed.json" article="nope"></infest-article-card>`);
    const detail = await nextEvent(card, 'infest-error');
    expect(detail.kind).to.equal('not-found');
    expect(shadowText(card)).to.contain('Artikel “nope” tidak ditemukan.');
    await expect(card).to.be.accessible();
  });

  it('keeps the fallback link visible while loading and after an error', async () => {
    const card = await fixture<InfestArticleCard>(
      html`<infest-article-card src="/missing.json"><a href="https://example.org/">Baca di example.org</a></infest-article-card>`,
    );
    const detail = await nextEvent(card, 'infest-error');
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(shadowText(card)).to.contain('HTTP 404');
    const slot = card.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('Baca di example.org');
  });

  it('fires infest-load once the card shows the feed', async () => {
    const card = await fixture<InfestArticleCard>(html`<infest-article-card src="/slow.json"></infest-article-card>`);
    expect(card.status).to.equal('loading');
    expect(part(card, 'skeleton')).to.not.equal(null);
    const detail = await nextEvent(card, 'infest-load');
    expect(detail.status).to.equal('loaded');
    expect(detail.feed.articles).to.have.length(3);
    expect(part(card, 'title')).to.not.equal(null);
  });

  it('reads an inline <script type="application/json"> and the feed property without fetching', async () => {
    const inline = await fixture<InfestArticleCard>(
      html`<infest-article-card><script type="application/json">${JSON.stringify(widgetFeed())}</script></infest-article-card>`,
    );
    await untilStatus(inline, 'loaded');
    const fromProperty = await fixture<InfestArticleCard>(html`<infest-article-card .feed=${widgetFeed()} article="data-desa"></infest-article-card>`);
    await untilStatus(fromProperty, 'loaded');
    expect(part(fromProperty, 'title-link')?.textContent).to.contain('Jurnalisme Data');
    expect(network.calls).to.deep.equal([]);
  });
});
