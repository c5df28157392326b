import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './related-articles.js';
import type { InfestRelatedArticles } from './related-articles.js';
import type { InfestErrorDetail, InfestLoadDetail } from '../../internal/infest-element.js';
import { jsonResponse, mockFetch, shadowText, untilStatus } from '../../../test/widgets/helpers.js';

/**
 * Scores against "kolaborasi" (2 per shared tag, 2 for the program, 2 more for the phase):
 * best 8; tie-new and tie-old 4 (2023 and 2020); weak-new, weak-old and program-only 2
 * (2025, 2024 and 2017); unrelated 0. Titles share no words with each other.
 */
function relatedFeed(extraItems: Record<string, unknown>[] = []): Record<string, unknown> {
  const item = (id: string, title: string, published: string | undefined, tags: string[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id,
    url: `https://example.org/sampel/${id}/`,
    title,
    content_text: `Contoh artikel ${id}.`,
    ...(published ? { date_published: published } : {}),
    tags,
    ...extra,
  });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Contoh feed artikel terkait',
    home_page_url: 'https://example.org/',
    items: [
      item('kolaborasi', 'Kolaborasi Pelindungan di Ponorogo', '2021-11-02T10:00:00+07:00', ['pekerja migran', 'desa'], {
        image: '/demo/images/kolaborasi-ponorogo.svg',
        _infest: { program: 'pmi', phase: 'fase-2', image_alt: 'Pertemuan di kantor Infest' },
      }),
      item('best', 'Usaha Olahan Pangan', '2022-05-18T11:00:00+07:00', ['pekerja migran', 'desa'], {
        image: '/demo/images/olahan-pangan.svg',
        _infest: { program: 'pmi', phase: 'fase-2', image_alt: 'Kemasan keripik singkong' },
      }),
      item('tie-old', 'Advokasi Peraturan', '2020-03-05T13:00:00+07:00', ['pekerja migran', 'desa'], { image: '/demo/images/diskusi-perdes.svg' }),
      item('tie-new', 'Literasi Keuangan Keluarga', '2023-10-04T14:30:00+07:00', ['pekerja migran', 'desa']),
      item('weak-old', 'Situs Sekolah', '2024-01-10T09:00:00+07:00', ['desa']),
      item('weak-new', 'Pelatihan Kader', '2025-01-10T09:00:00+07:00', ['desa']),
      item('program-only', 'Arsip Kegiatan Lama', '2017-06-01T09:00:00+07:00', [], { _infest: { program: 'pmi' } }),
      item('unrelated', 'Jurnalisme Anggaran', '2025-06-01T09:00:00+07:00', ['data'], { _infest: { program: 'kip' } }),
      item('no-program', 'Catatan Tanpa Program', '2016-01-01T09:00:00+07:00', []),
      ...extraItems,
    ],
    _infest: {
      programs: [
        { id: 'pmi', title: 'Pelindungan Pekerja Migran Indonesia dari Hulu', phases: [{ id: 'fase-2', title: 'Fase 2', start: '2021', end: '2023' }] },
        { id: 'kip', title: 'Keterbukaan Informasi Desa', phases: [] },
      ],
    },
  };
}

const part = (element: Element, name: string): HTMLElement | null => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const parts = (element: Element, name: string): HTMLElement[] => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
const titles = (element: Element): string[] => parts(element, 'title-link').map((link) => link.textContent.trim());
const headingText = (element: Element): string => (part(element, 'heading')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Collects console.warn calls until `restore`. */
function spyWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

async function related(template: ReturnType<typeof html>): Promise<InfestRelatedArticles> {
  const element = await fixture<InfestRelatedArticles>(template);
  await untilStatus(element, 'loaded');
  return element;
}

describe('<infest-related-articles>', () => {
  let network: ReturnType<typeof mockFetch>;
  let warnings: ReturnType<typeof spyWarn>;
  beforeEach(() => {
    warnings = spyWarn();
    network = mockFetch((url, init) => {
      const signal = init?.signal ?? null;
      if (url.includes('/related.json')) return jsonResponse(relatedFeed(), { signal });
      if (url.includes('/related-slow.json')) return jsonResponse(relatedFeed(), { delay: 5000, signal });
      if (url.includes('/related-missing.json')) return jsonResponse('not here', { status: 404 });
      return Promise.reject(new TypeError('Failed to fetch'));
    });
  });
  afterEach(() => {
    network.restore();
    warnings.restore();
    document.head.querySelectorAll('link[data-test-canonical]').forEach((link) => {
      link.remove();
    });
  });

  it('shows the related articles, best first and equal scores newest first, with the total in the heading', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" lang="id"></infest-related-articles>`);
    expect(titles(element)).to.deep.equal(['Usaha Olahan Pangan', 'Literasi Keuangan Keluarga', 'Advokasi Peraturan', 'Pelatihan Kader']);
    expect(headingText(element)).to.equal('Artikel Terkait · total 6');
    expect(part(element, 'total')?.textContent.replace(/\s+/g, ' ').trim()).to.equal('· total 6');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('puts the label and the total in one heading, which reads without the dot', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi"></infest-related-articles>`);
    const headings = element.shadowRoot!.querySelectorAll('[role="heading"][part~="heading"]');
    expect(headings).to.have.lengthOf(1);
    const heading = headings[0]!;
    expect(heading.contains(part(element, 'total'))).to.equal(true);
    expect(heading.querySelector('[aria-hidden="true"]')?.textContent).to.equal('·');
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('lists every related article when the limit allows', async () => {
    // Program-only scores 2 too (same program): 6 related, everything but unrelated and no-program.
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" limit="10"></infest-related-articles>`);
    expect(titles(element)).to.deep.equal([
      'Usaha Olahan Pangan',
      'Literasi Keuangan Keluarga',
      'Advokasi Peraturan',
      'Pelatihan Kader',
      'Situs Sekolah',
      'Arsip Kegiatan Lama',
    ]);
    expect(headingText(element)).to.equal('Artikel Terkait · total 6');
  });

  it('shows at most `limit` articles (default 4) while the total counts them all', async () => {
    const two = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" limit="2"></infest-related-articles>`);
    expect(titles(two)).to.deep.equal(['Usaha Olahan Pangan', 'Literasi Keuangan Keluarga']);
    expect(headingText(two)).to.equal('Artikel Terkait · total 6');
    expect(parts(two, 'item')).to.have.lengthOf(2);
    two.limit = 3;
    await two.updateComplete;
    expect(parts(two, 'item')).to.have.lengthOf(3);
  });

  it('counts only articles at or above `threshold`', async () => {
    const element = await related(html`<infest-related-articles .feed=${relatedFeed()} article="kolaborasi" threshold="4"></infest-related-articles>`);
    expect(titles(element)).to.deep.equal(['Usaha Olahan Pangan', 'Literasi Keuangan Keluarga', 'Advokasi Peraturan']);
    expect(headingText(element)).to.equal('Artikel Terkait · total 3');
    element.threshold = 8;
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Usaha Olahan Pangan']);
    expect(headingText(element)).to.equal('Artikel Terkait · total 1');
  });

  it('falls back to the newest of the same program, and says so, when nothing reaches the threshold', async () => {
    const element = await related(html`<infest-related-articles .feed=${relatedFeed()} article="kolaborasi" threshold="100"></infest-related-articles>`);
    expect(headingText(element)).to.equal('Artikel terbaru dari program Pelindungan Pekerja Migran Indonesia dari Hulu');
    expect(part(element, 'total')).to.equal(null);
    expect(titles(element)).to.deep.equal(['Usaha Olahan Pangan', 'Arsip Kegiatan Lama']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('falls back to the newest articles when the current one has no program and nothing related', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="no-program" lang="en"></infest-related-articles>`);
    expect(headingText(element)).to.equal('Latest articles');
    expect(titles(element)).to.deep.equal(['Jurnalisme Anggaran', 'Pelatihan Kader', 'Situs Sekolah', 'Literasi Keuangan Keluarga']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows the newest articles and explains in the console when the article is not in the feed', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="nope"></infest-related-articles>`);
    expect(element.status).to.equal('loaded');
    expect(headingText(element)).to.equal('Artikel terbaru');
    expect(titles(element)).to.deep.equal(['Jurnalisme Anggaran', 'Pelatihan Kader', 'Situs Sekolah', 'Literasi Keuangan Keluarga']);
    expect(part(element, 'error')).to.equal(null);
    expect(warnings.messages).to.have.lengthOf(1);
    expect(warnings.messages[0]).to.contain('no article with the id or URL "nope"');
    // A re-render (here: a language change) does not repeat the explanation.
    element.lang = 'en';
    await element.updateComplete;
    expect(headingText(element)).to.equal('Latest articles');
    expect(warnings.messages).to.have.lengthOf(1);
  });

  it('finds the current article by URL, ignoring tracking parameters', async () => {
    const element = await related(
      html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="https://example.org/sampel/kolaborasi?utm_source=wa#komentar"></infest-related-articles>`,
    );
    expect(headingText(element)).to.equal('Artikel Terkait · total 6');
  });

  describe('without `article`', () => {
    it("takes the current article from the page's canonical link", async () => {
      const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://example.org/sampel/kolaborasi/?utm_source=newsletter' });
      link.dataset.testCanonical = '';
      document.head.append(link);
      const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()}></infest-related-articles>`);
      expect(headingText(element)).to.equal('Artikel Terkait · total 6');
      expect(titles(element)[0]).to.equal('Usaha Olahan Pangan');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('says in the console when the canonical URL is no article of the feed', async () => {
      const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://example.org/tentang-kami/' });
      link.dataset.testCanonical = '';
      document.head.append(link);
      const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()}></infest-related-articles>`);
      expect(headingText(element)).to.equal('Artikel terbaru');
      expect(warnings.messages).to.have.lengthOf(1);
      expect(warnings.messages[0]).to.contain("has this page's canonical URL (https://example.org/tentang-kami/)");
    });

    it("falls back to the page's address (its query, e.g. tracking parameters, ignored)", async () => {
      // The test page's address carries a query (the runner's session id); the article's URL does not.
      expect(location.search).to.not.equal('');
      const here = { id: 'this-page', url: `${location.origin}${location.pathname}`, title: 'Halaman Ini', tags: ['data'], _infest: { program: 'kip' } };
      const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed([here])}></infest-related-articles>`);
      expect(headingText(element)).to.equal('Artikel Terkait · total 1');
      expect(titles(element)).to.deep.equal(['Jurnalisme Anggaran']);
    });

    it('shows the newest articles on a page that is no article, and says why in the console', async () => {
      const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()}></infest-related-articles>`);
      expect(headingText(element)).to.equal('Artikel terbaru');
      expect(titles(element)).to.have.lengthOf(4);
      expect(warnings.messages).to.have.lengthOf(1);
      expect(warnings.messages[0]).to.contain("has this page's URL");
      expect(warnings.messages[0]).to.contain('rel="canonical"');
    });
  });

  it('shows each article as a title link one level below the heading, with its date', async () => {
    const element = await related(
      html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" heading-level="3" lang="id"></infest-related-articles>`,
    );
    expect(part(element, 'heading')?.getAttribute('aria-level')).to.equal('3');
    const first = parts(element, 'item')[0]!;
    expect(first.querySelector('[part~="title"]')?.getAttribute('aria-level')).to.equal('4');
    const link = first.querySelector<HTMLAnchorElement>('[part~="title-link"]')!;
    expect(link.href).to.equal('https://example.org/sampel/best/');
    const time = first.querySelector<HTMLTimeElement>('time[part~="date"]')!;
    expect(time.textContent).to.equal('18 Mei 2022');
    expect(time.dateTime).to.equal('2022-05-18T11:00:00+07:00');
    expect(element.shadowRoot!.querySelector('ul[part~="list"]')?.children).to.have.lengthOf(4);
    for (const item of parts(element, 'item')) expect(item.tagName).to.equal('LI');
  });

  it('speaks English', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" lang="en"></infest-related-articles>`);
    expect(headingText(element)).to.equal('Related articles · 6 in total');
    expect(part(element, 'date')?.textContent).to.equal('May 18, 2022');
    element.threshold = 100;
    await element.updateComplete;
    expect(headingText(element)).to.equal('Latest articles from Pelindungan Pekerja Migran Indonesia dari Hulu');
  });

  it('shows lazy thumbnails with reserved space, the alt text the feed gives, and boxes where an article has none', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi"></infest-related-articles>`);
    const [best, tieNew, tieOld] = parts(element, 'item');
    const image = best!.querySelector<HTMLImageElement>('img[part~="image"]')!;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.alt).to.equal('Kemasan keripik singkong');
    expect(getComputedStyle(image).aspectRatio).to.equal('4 / 3');
    expect(tieOld!.querySelector('img')?.getAttribute('alt')).to.equal('');
    expect(tieNew!.querySelector('img')).to.equal(null);
    expect(tieNew!.querySelector('[part~="image"][part~="placeholder"]')).to.not.equal(null);
    // Titles line up whether or not the article has an image.
    const left = (item: Element): number => item.querySelector('[part~="title"]')!.getBoundingClientRect().left;
    expect(left(tieNew!)).to.equal(left(best!));
  });

  it('shows no thumbnail column when none of the articles has an image', async () => {
    // Related to weak-new: weak-old and tie-new (score 2, newest first), both without images.
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="weak-new" limit="2"></infest-related-articles>`);
    expect(titles(element)).to.deep.equal(['Situs Sekolah', 'Literasi Keuangan Keluarga']);
    expect(parts(element, 'image')).to.deep.equal([]);
  });

  it('lays the articles out as a grid when asked', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" layout="grid"></infest-related-articles>`);
    element.style.width = '60rem';
    const list = part(element, 'list')!;
    expect(getComputedStyle(list).display).to.equal('grid');
    const [first, second] = parts(element, 'item');
    expect(second!.getBoundingClientRect().top).to.equal(first!.getBoundingClientRect().top);
    expect(getComputedStyle(first!.querySelector('img')!).aspectRatio).to.equal('16 / 9');
  });

  it('shows the list, with a warning, for a layout it does not have (the article list\'s "compact")', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" layout="compact"></infest-related-articles>`);
    expect(element.getAttribute('layout')).to.equal('list');
    expect(warnings.messages.some((message) => message.includes('layout="compact" is not one of list, grid'))).to.equal(true);
    const [item] = parts(element, 'item');
    const image = item!.querySelector('[part~="image"]')!.getBoundingClientRect();
    const body = item!.querySelector('[part~="body"]')!.getBoundingClientRect();
    expect(body.left - image.right, 'the list\'s gap between thumbnail and title').to.be.above(8);
  });

  it('fills a wide row with its grid of `limit` articles instead of leaving empty columns', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" layout="grid" limit="3" style="width: 1200px"></infest-related-articles>`);
    const list = part(element, 'list')!;
    expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(3);
    const right = Math.max(...parts(element, 'item').map((item) => item.getBoundingClientRect().right));
    expect(list.getBoundingClientRect().right - right, 'no empty column at the end').to.be.below(2);
  });

  it('does not expose scores or other internals', async () => {
    const element = await related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi"></infest-related-articles>`);
    const attributes = [...element.shadowRoot!.querySelectorAll('*')].flatMap((node) => node.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('data-'))).to.deep.equal([]);
    expect(shadowText(element)).to.not.match(/score|skor/i);
  });


  it('draws the focus ring around the whole item, its click target, where the title\'s line clamp cannot cut it off', async () => {
    const element = await related(html`<infest-related-articles .feed=${relatedFeed()} article="kolaborasi"></infest-related-articles>`);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="title-link"][href]')!;
    link.focus();
    expect(getComputedStyle(link).outlineStyle).to.equal('none');
    const ring = getComputedStyle(link, '::after');
    expect([ring.outlineStyle, ring.outlineWidth, ring.position]).to.deep.equal(['solid', '2px', 'absolute']);
  });
  it('shows a skeleton of `limit` rows while loading, then fires infest-load', async () => {
    const element = await fixture<InfestRelatedArticles>(
      html`<infest-related-articles src=${`/related-slow.json?${String(Math.random())}`} limit="3" article="kolaborasi"></infest-related-articles>`,
    );
    expect(element.status).to.equal('loading');
    const skeleton = part(element, 'skeleton')!;
    // Says it is loading, in a status region that is not busy (which screen readers would hold back).
    expect(skeleton.querySelector('[role="status"]')?.textContent).to.equal('Memuat…');
    expect(skeleton.closest('[aria-busy="true"]')).to.equal(null);
    expect(skeleton.querySelectorAll('[part~="item"]')).to.have.lengthOf(3);
    expect(skeleton.querySelectorAll('a')).to.have.lengthOf(0);
  });

  it('fires infest-load once it shows the related articles', async () => {
    const element = await fixture<InfestRelatedArticles>(html`<infest-related-articles src="/related.json" article="kolaborasi" threshold="2"></infest-related-articles>`);
    const { detail } = await oneEvent<CustomEvent<InfestLoadDetail>>(element, 'infest-load');
    expect(detail.status).to.equal('loaded');
    expect(titles(element)).to.have.lengthOf(4);
  });

  it('says there are no related articles when the feed has no other article, and no articles when it has none', async () => {
    const feed = relatedFeed();
    feed.items = (feed.items as unknown[]).slice(0, 1);
    const statuses: string[] = [];
    const element = await fixture<InfestRelatedArticles>(
      html`<infest-related-articles .feed=${feed} article="kolaborasi" @infest-load=${(event: CustomEvent<InfestLoadDetail>) => statuses.push(event.detail.status)}></infest-related-articles>`,
    );
    await untilStatus(element, 'empty');
    expect(statuses).to.deep.equal(['empty']);
    expect(headingText(element)).to.equal('Artikel Terkait');
    // The feed has an article, this one: there are none related to it, not none at all.
    expect(part(element, 'empty')?.textContent).to.equal('Belum ada artikel terkait.');
    expect(part(element, 'list')).to.equal(null);
    element.lang = 'en';
    await element.updateComplete;
    expect(part(element, 'empty')?.textContent).to.equal('No related articles yet.');
    const none = await fixture<InfestRelatedArticles>(html`<infest-related-articles .feed=${{ ...feed, items: [] }} lang="en"></infest-related-articles>`);
    await untilStatus(none, 'empty');
    expect(part(none, 'empty')?.textContent).to.equal('No articles yet.');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows an error, keeping the fallback links, when the feed cannot load', async () => {
    const element = await fixture<InfestRelatedArticles>(
      html`<infest-related-articles src="/related-missing.json"><a href="https://example.org/sampel/">Artikel lainnya</a></infest-related-articles>`,
    );
    const { detail } = await oneEvent<CustomEvent<InfestErrorDetail>>(element, 'infest-error');
    expect(detail.kind).to.equal('http');
    expect(shadowText(element)).to.contain('HTTP 404');
    expect(element.shadowRoot!.querySelector('slot')?.assignedElements()[0]?.textContent).to.equal('Artikel lainnya');
  });

  it('moves focus through the articles in reading order, one stop each, in both layouts', async () => {
    for (const layout of ['list', 'grid']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" layout=${layout}></infest-related-articles>
        <button id="after">after</button>
      </div>`);
      const element = wrapper.querySelector('infest-related-articles')!;
      await untilStatus(element, 'loaded');
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const visited: string[] = [];
      for (let step = 0; step < 5; step += 1) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement === element ? element.shadowRoot!.activeElement : document.activeElement;
        visited.push(active?.textContent.trim() ?? '');
      }
      expect(visited, layout).to.deep.equal(['Usaha Olahan Pangan', 'Literasi Keuangan Keluarga', 'Advokasi Peraturan', 'Pelatihan Kader', 'after']);
    }
  });

  describe('accessibility', () => {
    const states: [string, () => Promise<InfestRelatedArticles>][] = [
      [
        'loading',
        async () => {
          const element = await fixture<InfestRelatedArticles>(
            html`<infest-related-articles src=${`/related-slow.json?${String(Math.random())}`} article="kolaborasi"></infest-related-articles>`,
          );
          expect(element.status).to.equal('loading');
          return element;
        },
      ],
      ['related', () => related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi"></infest-related-articles>`)],
      ['related, grid', () => related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="kolaborasi" layout="grid"></infest-related-articles>`)],
      ['program fallback', () => related(html`<infest-related-articles .feed=${relatedFeed()} article="kolaborasi" threshold="100"></infest-related-articles>`)],
      ['latest fallback', () => related(html`<infest-related-articles threshold="2" .feed=${relatedFeed()} article="nope" target="_blank"></infest-related-articles>`)],
      [
        'empty',
        async () => {
          const element = await fixture<InfestRelatedArticles>(html`<infest-related-articles threshold="2" .feed=${{ ...relatedFeed(), items: [] }}></infest-related-articles>`);
          await untilStatus(element, 'empty');
          return element;
        },
      ],
      [
        'error',
        async () => {
          const element = await fixture<InfestRelatedArticles>(html`<infest-related-articles src="/related-missing.json"></infest-related-articles>`);
          await untilStatus(element, 'error');
          return element;
        },
      ],
    ];
    for (const theme of ['light', 'dark']) {
      for (const [name, make] of states) {
        it(`passes axe: ${name}, ${theme} theme`, async () => {
          const element = await make();
          element.theme = theme as 'light' | 'dark';
          await element.updateComplete;
          await expect(element).to.be.accessible();
        });
      }
    }
  });
});
