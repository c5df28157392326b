import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { InfestProgramTimeline } from './program-timeline.js';
import type { InfestErrorDetail, InfestLoadDetail } from '../../internal/infest-element.js';
import { jsonResponse, mockFetch, shadowText, untilStatus } from '../../../test/widgets/helpers.js';

/** A feed made for the timeline: programs with approximate, overlapping and missing phases. */
function timelineFeed(): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Contoh feed linimasa',
    home_page_url: 'https://example.org/',
    items: [
      {
        id: 'kolaborasi-ponorogo',
        url: 'https://example.org/sampel/kolaborasi-ponorogo/',
        title: 'Kolaborasi dan Koordinasi Pelindungan Pekerja Migran Indonesia di Kabupaten Ponorogo',
        content_text: 'Contoh.',
        date_published: '2021-11-02T10:00:00+07:00',
        _infest: { program: 'pmi', phase: 'fase-2' },
      },
      {
        id: 'kopi-tiga-desa',
        url: 'https://example.org/sampel/kopi-tiga-desa/',
        title: 'Komunitas Pekerja Migran Terbentuk di Tiga Desa',
        content_text: 'Contoh.',
        date_published: '2019-05-20T09:00:00+07:00',
        _infest: { program: 'pmi', phase: 'fase-1' },
      },
      {
        // No phase: it belongs to the phase it was published in (fase-1, 2018–2020).
        id: 'purna-pmi-rkp-desa',
        url: 'https://example.org/sampel/purna-pmi-rkp-desa/',
        title: 'Purna PMI Ikut Menyusun RKP Desa',
        content_text: 'Contoh.',
        date_published: '2019-07-22T09:30:00+07:00',
        _infest: { program: 'pmi' },
      },
      {
        // No phase, published in 2022: fase-2 (2021–2023).
        id: 'literasi-keuangan',
        url: 'https://example.org/sampel/literasi-keuangan/',
        title: 'Literasi Keuangan Keluarga PMI',
        content_text: 'Contoh.',
        date_published: '2022-10-04T14:30:00+07:00',
        _infest: { program: 'pmi' },
      },
      {
        // Names its phase although published after it ended: the phase wins over the date.
        id: 'catatan-fase-1',
        url: 'https://example.org/sampel/catatan-fase-1/',
        title: 'Catatan Akhir Fase 1',
        content_text: 'Contoh.',
        date_published: '2021-02-01T09:00:00+07:00',
        _infest: { program: 'pmi', phase: 'fase-1' },
      },
      {
        id: 'data-desa',
        url: 'https://example.org/sampel/data-desa/',
        title: 'Jurnalisme Data untuk Desa',
        content_text: 'Contoh.',
        date_published: '2023-02-14T08:00:00+07:00',
        _infest: { program: 'kip' },
      },
      {
        id: 'tanpa-program',
        url: 'https://example.org/sampel/tanpa-program/',
        title: 'Artikel Tanpa Program',
        content_text: 'Contoh.',
        date_published: '2019-01-10T08:00:00+07:00',
      },
    ],
    _infest: {
      programs: [
        {
          id: 'pmi',
          title: 'Pelindungan Pekerja Migran Indonesia dari Hulu',
          region: 'Kabupaten Ponorogo',
          url: 'https://example.org/program/pmi/',
          phases: [
            {
              id: 'fase-1',
              title: 'Fase 1',
              start: '2018',
              end: '2020',
              summary: 'KOPI terbentuk di tiga desa.',
              villages: ['Pondok', 'Bringinan', 'Gelanglor'],
              milestones: ['KOPI terbentuk', { title: 'Advokasi di level desa', date: '2019-05' }],
            },
            {
              id: 'fase-2',
              title: 'Fase 2',
              start: '2021',
              end: '2023',
              summary: 'Pemberdayaan sosial ekonomi.',
              villages: ['Pondok', 'Bringinan', 'Gelanglor', 'Pager', 'Karangpatihan'],
              milestones: [{ title: 'Koordinasi dengan Bappeda Litbang', date: '2021-11-02' }],
            },
            { id: 'fase-3', title: 'Fase 3', start: '2024', summary: 'Replikasi.' },
          ],
        },
        { id: 'kip', title: 'Keterbukaan Informasi Desa', phases: [{ id: 'kip-1', title: 'Rintisan', start: '2022-03', end: '2023-08' }] },
        {
          // As other sources tell it: phase 1 ran to 2021, the new villages joined in 2020.
          id: 'approx',
          title: 'Data yang Tumpang Tindih',
          phases: [
            { id: 'fase-1', title: 'Fase 1', start: '2018', end: '2021', villages: ['Pondok', 'Bringinan', 'Gelanglor'] },
            { id: 'fase-2', title: 'Fase 2', start: '2020', end: '2023', villages: ['Pager', 'Karangpatihan'] },
          ],
        },
        { id: 'kosong', title: 'Program Baru', region: 'Kabupaten Contoh' },
        {
          id: 'panjang',
          title: 'Program Panjang',
          phases: Array.from({ length: 8 }, (_, index) => ({
            id: `f${String(index + 1)}`,
            title: `Fase ${String(index + 1)}`,
            start: String(2016 + index),
            end: String(2016 + index),
          })),
        },
      ],
    },
  };
}

function noProgramsFeed(): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Tanpa program', items: [] };
}

const root = (element: Element): ShadowRoot => element.shadowRoot!;
const part = (element: Element, name: string): HTMLElement | null => root(element).querySelector(`[part~="${name}"]`);
const parts = (element: Element, name: string, within: ParentNode = root(element)): HTMLElement[] => [...within.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const phasesOf = (element: Element): HTMLLIElement[] => [...root(element).querySelectorAll<HTMLLIElement>('ol[part~="phases"] > li')];
const inside = (node: ParentNode, name: string): HTMLElement | null => node.querySelector(`[part~="${name}"]`);
const statusesOf = (element: Element): string[] => phasesOf(element).map((li) => text(inside(li, 'status')));
/** Text a sighted reader sees: without the visually hidden additions. */
const visibleText = (node: Element): string => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => {
    hidden.remove();
  });
  return text(copy);
};
/** The oracle for year ranges: what Intl itself says in that language. */
const years = (lang: string, from: number, to: number): string =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'Asia/Jakarta' }).formatRange(Date.UTC(from, 5), Date.UTC(to, 5)).replace(/\s+/g, ' ');
const listStyle = (element: Element): CSSStyleDeclaration => getComputedStyle(root(element).querySelector('[part~="phases"], .phases')!);

/** One program whose `phaseCount` ongoing phases all began before its `articleCount` articles, the newest last. */
function manyArticlesFeed(phaseCount: number, articleCount: number): Record<string, unknown> {
  const phases = Array.from({ length: phaseCount }, (_, index) => ({ id: `f${String(index)}`, title: `Fase ${String(index)}`, start: '2019' }));
  const items = Array.from({ length: articleCount }, (_, index) => ({
    id: `a${String(index)}`,
    url: `https://example.org/a/${String(index)}`,
    title: `Artikel ${String(index)}`,
    content_text: 'Isi.',
    date_published: new Date(Date.UTC(2020, 0, 1) + index * 60_000).toISOString(),
    _infest: { program: 'p' },
  }));
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Banyak artikel', items, _infest: { programs: [{ id: 'p', title: 'Program', phases }, { id: 'q', title: 'Lain', phases: [] }] } };
}

async function timeline(template: ReturnType<typeof html>): Promise<InfestProgramTimeline> {
  const parent = await fixture(template);
  const element = parent instanceof InfestProgramTimeline ? parent : parent.querySelector('infest-program-timeline')!;
  await untilStatus(element, 'loaded');
  return element;
}

describe('<infest-program-timeline>', () => {
  let network: ReturnType<typeof mockFetch>;
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    network = mockFetch((url, init) => {
      if (url.endsWith('/timeline.json')) return jsonResponse(timelineFeed(), { signal: init?.signal ?? null });
      if (url.endsWith('/empty.json')) return jsonResponse(noProgramsFeed(), { signal: init?.signal ?? null });
      if (url.endsWith('/slow.json')) return jsonResponse(timelineFeed(), { delay: 60_000, signal: init?.signal ?? null });
      return Promise.reject(new TypeError('Failed to fetch'));
    });
  });
  afterEach(async () => {
    network.restore();
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('program', () => {
    it('shows the first program by default: heading, region, and a labelled ordered list of phases', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline>`);
      const title = part(element, 'title')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(text(title)).to.equal('Pelindungan Pekerja Migran Indonesia dari Hulu');
      expect(part(element, 'title-link')?.getAttribute('href')).to.equal('https://example.org/program/pmi/');
      expect(text(part(element, 'region'))).to.equal('Kabupaten Ponorogo');
      const list = part(element, 'phases')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('aria-label')).to.equal('Linimasa Pelindungan Pekerja Migran Indonesia dari Hulu');
      expect(phasesOf(element).map((li) => text(inside(li, 'phase-title')))).to.deep.equal(['Fase 1', 'Fase 2', 'Fase 3']);
      const phaseTitle = phasesOf(element)[0]!.querySelector('[part~="phase-title"]')!;
      expect(phaseTitle.getAttribute('aria-level')).to.equal('3');
      expect(text(phasesOf(element)[0]!.querySelector('[part~="summary"]'))).to.equal('KOPI terbentuk di tiga desa.');
    });

    it('shows the program named by id, with headings at heading-level', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} program="kip" heading-level="4" lang="en"></infest-program-timeline>`);
      expect(text(part(element, 'title'))).to.equal('Keterbukaan Informasi Desa');
      expect(part(element, 'title')?.getAttribute('aria-level')).to.equal('4');
      expect(part(element, 'title-link')).to.equal(null);
      expect(part(element, 'region')).to.equal(null);
      expect(part(element, 'phases')?.getAttribute('aria-label')).to.equal('Keterbukaan Informasi Desa timeline');
      expect(phasesOf(element)).to.have.length(1);
      expect(phasesOf(element)[0]!.querySelector('[part~="phase-title"]')?.getAttribute('aria-level')).to.equal('5');
      expect(text(phasesOf(element)[0]!.querySelector('[part~="dates"]'))).to.equal('March 2022 – August 2023');
    });

    it('follows changes to program', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline>`);
      element.program = 'approx';
      await element.updateComplete;
      expect(text(part(element, 'title'))).to.equal('Data yang Tumpang Tindih');
      expect(phasesOf(element)).to.have.length(2);
    });

    it('loads from src and fires infest-load', async () => {
      const element = await fixture<InfestProgramTimeline>(html`<infest-program-timeline src="/timeline.json"></infest-program-timeline>`);
      const { detail } = await oneEvent<CustomEvent<InfestLoadDetail>>(element, 'infest-load');
      expect(detail.status).to.equal('loaded');
      expect(detail.feed.programs).to.have.length(5);
      expect(element.status).to.equal('loaded');
    });
  });

  describe('status', () => {
    const cases: [string, string[]][] = [
      ['2017-06-01', ['Akan datang', 'Akan datang', 'Akan datang']],
      ['2019-06-01', ['Berjalan', 'Akan datang', 'Akan datang']],
      ['2022-06-01', ['Selesai', 'Berjalan', 'Akan datang']],
      ['2023-12-31T23:59:59+07:00', ['Selesai', 'Berjalan', 'Akan datang']],
      ['2024-01-01T00:00:00+07:00', ['Selesai', 'Selesai', 'Berjalan']],
      ['2031-01-01', ['Selesai', 'Selesai', 'Berjalan']],
    ];
    for (const [now, expected] of cases) {
      it(`shows each phase's status on ${now}`, async () => {
        const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} now=${now}></infest-program-timeline>`);
        expect(statusesOf(element)).to.deep.equal(expected);
      });
    }

    it('turns the year in Asia/Jakarta: a phase ending 2023 is current at 23:59:59 on 31 December, completed a second later', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} now="2023-12-31T23:59:59+07:00"></infest-program-timeline>`);
      const second = (): HTMLLIElement => phasesOf(element)[1]!;
      expect(second().getAttribute('aria-current')).to.equal('step');
      expect(second().getAttribute('part')).to.contain('phase-current');
      element.now = '2024-01-01T00:00:00+07:00';
      await element.updateComplete;
      expect(second().hasAttribute('aria-current')).to.equal(false);
      expect(text(second().querySelector('[part~="status"]'))).to.equal('Selesai');
      expect(second().querySelector('[part~="status"]')?.getAttribute('part')).to.equal('status status-completed');
    });

    it('puts aria-current="step" on the current phases only', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} now="2022-06-01"></infest-program-timeline>`);
      expect(phasesOf(element).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
      expect(root(element).querySelectorAll('[aria-current]')).to.have.length(1);
    });

    it('shows status by shape as well as by text: a marker per phase, hidden from screen readers', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} now="2022-06-01"></infest-program-timeline>`);
      const markers = phasesOf(element).map((li) => li.querySelector('[part~="marker"]')!);
      expect(markers.every((marker) => marker.getAttribute('aria-hidden') === 'true')).to.equal(true);
      const [completed, current, upcoming] = markers.map((marker) => ({
        style: getComputedStyle(marker),
        after: getComputedStyle(marker, '::after'),
      }));
      // Completed: a filled disc with a check (a rotated corner); current: a ring with a dot; upcoming: a dashed empty ring.
      expect(completed!.style.backgroundColor).to.equal(completed!.style.borderTopColor);
      expect(completed!.after.content).to.equal('""');
      expect(completed!.after.transform).to.not.equal('none');
      expect(current!.style.borderTopStyle).to.equal('solid');
      expect(current!.after.content).to.equal('""');
      expect(current!.after.borderTopLeftRadius).to.equal('50%');
      expect(current!.style.backgroundColor).to.not.equal(current!.style.borderTopColor);
      expect(upcoming!.style.borderTopStyle).to.equal('dashed');
      expect(upcoming!.after.content).to.equal('none');
    });

    it('ignores an invalid now with a console warning and uses today', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} now="kemarin"></infest-program-timeline>`);
        expect(warnings.map((args) => String(args[0])).filter((message) => message.includes('now="kemarin"'))).to.have.length(1);
        // Today is after 2024: the ongoing phase is current, the others completed.
        expect(statusesOf(element)).to.deep.equal(['Selesai', 'Selesai', 'Berjalan']);
        element.now = '2019-06-01';
        await element.updateComplete;
        expect(statusesOf(element)).to.deep.equal(['Berjalan', 'Akan datang', 'Akan datang']);
      } finally {
        console.warn = original;
      }
    });
  });

  describe('phase details', () => {
    it('shows date ranges, an ongoing one ending "sekarang"', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} now="2024-06-01"></infest-program-timeline>`);
      expect(phasesOf(element).map((li) => text(li.querySelector('[part~="dates"]')))).to.deep.equal([years('id', 2018, 2020), years('id', 2021, 2023), '2024 – sekarang']);
    });

    it('shows an open-ended phase that has not started as starting then, not running to the present', async () => {
      for (const [lang, says, status] of [['id', 'Mulai 2024', 'Akan datang'], ['en', 'From 2024', 'Upcoming']] as const) {
        const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} lang=${lang} now="2023-06-01"></infest-program-timeline>`);
        const last = phasesOf(element).at(-1);
        expect([text(last?.querySelector('[part~="dates"]')), statusesOf(element).at(-1)]).to.deep.equal([says, status]);
      }
    });

    it('shows an ongoing range as "present" in English', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} lang="en" now="2024-06-01"></infest-program-timeline>`);
      expect(phasesOf(element).map((li) => text(li.querySelector('[part~="dates"]')))).to.deep.equal([years('en', 2018, 2020), years('en', 2021, 2023), '2024 – present']);
      expect(statusesOf(element)).to.deep.equal(['Completed', 'Completed', 'In progress']);
    });

    it('shows the villages: count and names', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline>`);
      const [first, second, third] = phasesOf(element);
      expect(text(first!.querySelector('[part~="villages"]'))).to.equal('3 desa: Pondok, Bringinan, dan Gelanglor');
      expect(text(second!.querySelector('[part~="villages-count"]'))).to.equal('5 desa');
      expect(text(second!.querySelector('[part~="villages"]'))).to.equal('5 desa: Pondok, Bringinan, Gelanglor, Pager, dan Karangpatihan');
      expect(third!.querySelector('[part~="villages"]')).to.equal(null);
      element.lang = 'en';
      await element.updateComplete;
      expect(text(first!.querySelector('[part~="villages"]'))).to.equal('3 villages: Pondok, Bringinan, and Gelanglor');
    });

    it('names 20 villages at most, and counts the rest', async () => {
      const villagesFeed = (count: number) => ({
        ...manyArticlesFeed(1, 1),
        _infest: { programs: [{ id: 'p', title: 'P', phases: [{ id: 'f', title: 'F', start: '2019', villages: Array.from({ length: count }, (_, index) => `Desa ${String(index + 1)}`) }] }] },
      });
      const names = (count: number) => Array.from({ length: count }, (_, index) => `Desa ${String(index + 1)}`).join(', ');
      const villagesOf = async (count: number, lang = 'id') => {
        const element = await timeline(html`<infest-program-timeline .feed=${villagesFeed(count)} lang=${lang}></infest-program-timeline>`);
        return text(root(element).querySelector('[part~="villages"]'));
      };
      expect(await villagesOf(21)).to.equal(`21 desa: ${names(20)}, dan Desa 21`);
      expect(await villagesOf(22)).to.equal(`22 desa: ${names(20)}, dan 2 desa lainnya`);
      expect(await villagesOf(100_000)).to.equal(`100000 desa: ${names(20)}, dan 99980 desa lainnya`);
      expect(await villagesOf(50, 'en')).to.equal(`50 villages: ${names(20)}, and 30 more`);
    });

    it('lists milestones, with a <time> when they have a date', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline>`);
      const [first, second, third] = phasesOf(element);
      const milestones = parts(element, 'milestone', first);
      expect(milestones.map(text)).to.deep.equal(['KOPI terbentuk', 'Mei 2019 · Advokasi di level desa']);
      expect(milestones[0]!.querySelector('time')).to.equal(null);
      const time = milestones[1]!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2019-05');
      expect(time.getAttribute('part')).to.equal('milestone-date');
      const list = first!.querySelector('[part~="milestones"]')!;
      expect(list.localName).to.equal('ul');
      expect(text(root(element).getElementById(list.getAttribute('aria-labelledby')!))).to.equal('Capaian');
      const dated = second!.querySelector('[part~="milestone"] time')!;
      expect(dated.getAttribute('datetime')).to.equal('2021-11-02');
      expect(text(dated)).to.equal('2 November 2021');
      expect(third!.querySelector('[part~="milestones"]')).to.equal(null);
    });

    it('lists the articles of each phase in a closed <details>: by phase, else by date in the phase', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline>`);
      const [first, second, third] = phasesOf(element);
      const details = first!.querySelector('details')!;
      expect(details.getAttribute('part')).to.equal('articles');
      expect(details.open).to.equal(false);
      const summary = details.querySelector('summary')!;
      expect(visibleText(summary)).to.equal('3 artikel');
      expect(text(summary)).to.equal('3 artikel: Fase 1');
      // Newest first: named by phase (2021, after the phase ended; 2019) and by date (2019-07).
      const links = parts(element, 'article-link', details) as HTMLAnchorElement[];
      expect(links.map(text)).to.deep.equal(['Catatan Akhir Fase 1', 'Purna PMI Ikut Menyusun RKP Desa', 'Komunitas Pekerja Migran Terbentuk di Tiga Desa']);
      expect(links[1]!.href).to.equal('https://example.org/sampel/purna-pmi-rkp-desa/');
      const dates = parts(element, 'article-date', details);
      expect(dates.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2021-02-01T09:00:00+07:00', '2019-07-22T09:30:00+07:00', '2019-05-20T09:00:00+07:00']);
      expect(text(dates[1])).to.equal('22 Juli 2019');
      expect(parts(element, 'article-link', second!.querySelector('details')!).map(text)).to.deep.equal([
        'Literasi Keuangan Keluarga PMI',
        'Kolaborasi dan Koordinasi Pelindungan Pekerja Migran Indonesia di Kabupaten Ponorogo',
      ]);
      expect(visibleText(second!.querySelector('summary')!)).to.equal('2 artikel');
      expect(third!.querySelector('details')).to.equal(null);
    });

    it('finds articles by date for a program whose articles name no phase', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} program="kip" lang="en"></infest-program-timeline>`);
      const details = phasesOf(element)[0]!.querySelector('details')!;
      expect(visibleText(details.querySelector('summary')!)).to.equal('1 article');
      expect(parts(element, 'article-link', details).map(text)).to.deep.equal(['Jurnalisme Data untuk Desa']);
    });

    it('opens the articles with the keyboard, natively', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline>`);
      const details = phasesOf(element)[0]!.querySelector('details')!;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(false);
    });

    it('keeps overlapping phases apart: each with its own range and status, two current at once', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()} program="approx" now="2020-06-01"></infest-program-timeline>`);
      expect(phasesOf(element).map((li) => text(li.querySelector('[part~="dates"]')))).to.deep.equal([years('id', 2018, 2021), years('id', 2020, 2023)]);
      expect(statusesOf(element)).to.deep.equal(['Berjalan', 'Berjalan']);
      expect(phasesOf(element).map((li) => li.getAttribute('aria-current'))).to.deep.equal(['step', 'step']);
      expect(phasesOf(element).map((li) => text(li.querySelector('[part~="villages"]')))).to.deep.equal([
        '3 desa: Pondok, Bringinan, dan Gelanglor',
        '2 desa: Pager dan Karangpatihan',
      ]);
      element.now = '2022-01-01';
      await element.updateComplete;
      expect(statusesOf(element)).to.deep.equal(['Selesai', 'Berjalan']);
    });

    it('shows a phase’s first 20 articles, and 20 more each time “show more” is pressed', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${manyArticlesFeed(1, 45)}></infest-program-timeline>`);
      const details = phasesOf(element)[0]!.querySelector('details')!;
      details.open = true;
      expect(visibleText(details.querySelector('summary')!)).to.equal('45 artikel');
      const titles = () => parts(element, 'article-link', details).map(text);
      expect(titles()).to.deep.equal(Array.from({ length: 20 }, (_, index) => `Artikel ${String(44 - index)}`));
      const button = parts(element, 'show-more', details)[0] as HTMLButtonElement;
      expect(text(button)).to.equal('Tampilkan lebih banyak: Fase 0');
      const status = root(element).querySelector('[role="status"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(titles()).to.have.lengthOf(40);
      expect(root(element).activeElement?.textContent).to.equal('Artikel 24');
      expect(text(status)).to.equal('Menampilkan 40 dari 45 artikel');
      button.focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(titles()).to.have.lengthOf(45);
      expect(parts(element, 'show-more', details)).to.have.lengthOf(0);
      expect(root(element).activeElement?.textContent).to.equal('Artikel 4');
      expect(text(status)).to.equal('Menampilkan 45 dari 45 artikel. Semua artikel sudah ditampilkan.');
      await expect(element).to.be.accessible();
      // Another program, then this one again: nothing is said until "show more" is pressed.
      element.program = 'q';
      await element.updateComplete;
      element.program = 'p';
      await element.updateComplete;
      expect(text(root(element).querySelector('[role="status"]'))).to.equal('');
    });

    it('renders 20 links a phase however many articles a phase has: 100 phases of 10 000 articles', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${manyArticlesFeed(100, 10_000)}></infest-program-timeline>`);
      expect(phasesOf(element)).to.have.lengthOf(100);
      expect(parts(element, 'article-link')).to.have.lengthOf(2000);
      expect(visibleText(phasesOf(element)[99]!.querySelector('summary')!)).to.equal('10000 artikel');
    });

    it('does not carry an open <details> over to another program', async () => {
      const element = await timeline(html`<infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline>`);
      phasesOf(element)[0]!.querySelector('details')!.open = true;
      element.program = 'kip';
      await element.updateComplete;
      expect(phasesOf(element)[0]!.querySelector('details')!.open).to.equal(false);
    });
  });

  describe('errors and empty states', () => {
    it('says when the program is not in the feed, and fires infest-error (not-found)', async () => {
      const element = await fixture<InfestProgramTimeline>(html`<infest-program-timeline src="/timeline.json" program="nope"></infest-program-timeline>`);
      const { detail } = await oneEvent<CustomEvent<InfestErrorDetail>>(element, 'infest-error');
      expect(detail.kind).to.equal('not-found');
      expect(detail.message).to.contain('"nope"');
      expect(element.status).to.equal('error');
      expect(text(part(element, 'error'))).to.equal('Program “nope” tidak ditemukan.');
      element.lang = 'en';
      await element.updateComplete;
      expect(text(part(element, 'error'))).to.equal('Program “nope” was not found.');
    });

    it('says when the feed has no programs', async () => {
      const element = await fixture<InfestProgramTimeline>(html`<infest-program-timeline src="/empty.json"></infest-program-timeline>`);
      const { detail } = await oneEvent<CustomEvent<InfestLoadDetail>>(element, 'infest-load');
      expect(detail.status).to.equal('empty');
      expect(element.status).to.equal('empty');
      expect(shadowText(element)).to.equal('Belum ada program untuk ditampilkan.');
      expect(part(element, 'phases')).to.equal(null);
    });

    it('says when the program has no phases, under its heading', async () => {
      const element = await fixture<InfestProgramTimeline>(html`<infest-program-timeline .feed=${timelineFeed()} program="kosong" lang="en"></infest-program-timeline>`);
      await untilStatus(element, 'empty');
      expect(text(part(element, 'title'))).to.equal('Program Baru');
      expect(text(part(element, 'region'))).to.equal('Kabupaten Contoh');
      expect(text(part(element, 'empty'))).to.equal('This program has no phases yet.');
      expect(part(element, 'phases')).to.equal(null);
    });

    it('shows a skeleton of three phase rows while loading, with the fallback content', async () => {
      const element = await fixture<InfestProgramTimeline>(
        html`<infest-program-timeline src="/slow.json"><a href="https://example.org/program/pmi/">Program PMI</a></infest-program-timeline>`,
      );
      expect(element.status).to.equal('loading');
      const skeleton = part(element, 'skeleton')!;
      // Says it is loading, in a status region that is not busy (which screen readers would hold back).
      expect(skeleton.querySelector('[role="status"]')?.textContent).to.equal('Memuat…');
      expect(skeleton.closest('[aria-busy="true"]')).to.equal(null);
      expect(skeleton.querySelectorAll('.bones .phases > .phase')).to.have.length(3);
      expect(skeleton.querySelectorAll('.bones .phase .bone.marker')).to.have.length(3);
      expect(root(element).querySelector('slot')?.assignedElements()[0]?.textContent).to.equal('Program PMI');
    });
  });

  describe('layout', () => {
    it('is horizontal in a wide element and vertical in a narrow one', async () => {
      const wide = await timeline(html`<div style="width: 1200px"><infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline></div>`);
      expect(listStyle(wide).display).to.equal('grid');
      expect(listStyle(wide).gridAutoFlow).to.equal('column');
      const widths = phasesOf(wide).map((li) => Math.round(li.getBoundingClientRect().width));
      expect(new Set(widths).size, `equal columns: ${widths.join(', ')}`).to.equal(1);
      const [a, b] = phasesOf(wide).map((li) => li.getBoundingClientRect());
      expect(b!.left).to.be.greaterThan(a!.right - 1);
      expect(b!.top).to.equal(a!.top);

      const narrow = await timeline(html`<div style="width: 360px"><infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline></div>`);
      expect(listStyle(narrow).gridAutoFlow).to.equal('row');
      const [c, d] = phasesOf(narrow).map((li) => li.getBoundingClientRect());
      expect(d!.top).to.be.greaterThan(c!.bottom - 1);
      expect(d!.left).to.equal(c!.left);
    });

    it('switches when the element is resized (a container query, not a media query)', async () => {
      const element = await timeline(html`<div style="width: 1200px"><infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline></div>`);
      expect(listStyle(element).gridAutoFlow).to.equal('column');
      element.parentElement!.style.width = '700px';
      expect(listStyle(element).gridAutoFlow).to.equal('row');
      element.parentElement!.style.width = '768px';
      expect(listStyle(element).gridAutoFlow).to.equal('column');
    });

    it('can be forced either way', async () => {
      const vertical = await timeline(html`<div style="width: 1200px"><infest-program-timeline .feed=${timelineFeed()} layout="vertical"></infest-program-timeline></div>`);
      expect(listStyle(vertical).gridAutoFlow).to.equal('row');
      const horizontal = await timeline(html`<div style="width: 360px"><infest-program-timeline .feed=${timelineFeed()} layout="horizontal"></infest-program-timeline></div>`);
      expect(listStyle(horizontal).gridAutoFlow).to.equal('column');
      const auto = await timeline(html`<div style="width: 1200px"><infest-program-timeline .feed=${timelineFeed()} layout="auto"></infest-program-timeline></div>`);
      expect(listStyle(auto).gridAutoFlow).to.equal('column');
    });

    it('fits a phone at a large text size: long dates wrap rather than push past the edge', async () => {
      const element = await timeline(html`<div style="width: 344px; font-size: 32px"><infest-program-timeline .feed=${timelineFeed()} layout="vertical"></infest-program-timeline></div>`);
      for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
      const dates = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="article-date"], [part~="milestone-date"]')];
      expect(dates, 'the feed has dated articles and milestones').to.not.have.lengthOf(0);
      const right = element.getBoundingClientRect().right;
      for (const date of dates) expect(date.getBoundingClientRect().right, date.textContent).to.be.at.most(right + 0.5);
      const phases = part(element, 'phases')!;
      expect(phases.scrollWidth).to.be.at.most(phases.clientWidth);
    });

    it('scrolls many phases inside the element, never the page, starting at the current one', async () => {
      await setViewport({ width: 400, height: 800 });
      const element = await timeline(
        html`<div style="width: 360px"><infest-program-timeline .feed=${timelineFeed()} program="panjang" layout="horizontal" now="2021-06-01"></infest-program-timeline></div>`,
      );
      const list = part(element, 'phases')!;
      expect(getComputedStyle(list).overflowX).to.equal('auto');
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      expect(element.getBoundingClientRect().width).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(400);
      expect(window.scrollX).to.equal(0);
      const current = phasesOf(element)[5]!;
      expect(current.getAttribute('aria-current')).to.equal('step');
      const listBox = list.getBoundingClientRect();
      const currentBox = current.getBoundingClientRect();
      expect(currentBox.left).to.be.at.least(listBox.left - 1);
      expect(currentBox.left).to.be.below(listBox.right);
      // A list that scrolls is itself a tab stop, so the arrow keys can scroll it.
      expect(list.getAttribute('tabindex')).to.equal('0');
      list.focus();
      const before = list.scrollLeft;
      await sendKeys({ press: 'ArrowRight' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(list.scrollLeft).to.be.greaterThan(before);
      // Wide enough again: no scrolling, no extra tab stop.
      await setViewport({ width: 1280, height: 800 });
      element.parentElement!.style.width = '1250px';
      element.program = undefined;
      await element.updateComplete;
      expect(list.isConnected ? list : part(element, 'phases')!).to.not.have.attribute('tabindex');
    });

    it('does not scroll a list that barely overflows: the first phase keeps its words, the current one is mostly in view', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 750px"><infest-program-timeline .feed=${timelineFeed()} program="pmi" layout="horizontal" now="2024-06-01"></infest-program-timeline></div>`,
      );
      const element = wrapper.querySelector('infest-program-timeline')!;
      await untilStatus(element, 'loaded');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const list = part(element, 'phases')!;
      expect(list.scrollWidth, 'it overflows').to.be.above(list.clientWidth);
      expect(list.scrollWidth - list.clientWidth, 'by less than a quarter of a phase').to.be.below(phasesOf(element)[2]!.offsetWidth / 4);
      expect(list.scrollLeft).to.equal(0);
      expect(phasesOf(element)[0]!.getBoundingClientRect().left).to.be.at.least(list.getBoundingClientRect().left);
    });

    it('starts at the current phase also when it was hidden while it rendered', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 360px; display: none"><infest-program-timeline .feed=${timelineFeed()} program="panjang" layout="horizontal" now="2021-06-01"></infest-program-timeline></div>`,
      );
      const element = wrapper.querySelector('infest-program-timeline')!;
      await untilStatus(element, 'loaded');
      wrapper.style.display = 'block';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const list = part(element, 'phases')!;
      expect(list.scrollLeft).to.be.greaterThan(0);
      const currentBox = phasesOf(element)[5]!.getBoundingClientRect();
      expect(currentBox.left).to.be.at.least(list.getBoundingClientRect().left - 1);
      expect(currentBox.left).to.be.below(list.getBoundingClientRect().right);
    });

    it('shapes the skeleton like the layout', async () => {
      const wide = await fixture<HTMLElement>(html`<div style="width: 1200px"><infest-program-timeline src="/slow.json"></infest-program-timeline></div>`);
      const element = wide.querySelector('infest-program-timeline')!;
      await element.updateComplete;
      expect(listStyle(element).gridAutoFlow).to.equal('column');
      wide.style.width = '360px';
      expect(listStyle(element).gridAutoFlow).to.equal('row');
    });
  });

  describe('keyboard', () => {
    it('reaches the title link, each phase’s summary and its links in order', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="before">before</button><infest-program-timeline .feed=${timelineFeed()}></infest-program-timeline><button id="after">after</button></div>`,
      );
      const element = wrapper.querySelector('infest-program-timeline')!;
      await untilStatus(element, 'loaded');
      for (const details of root(element).querySelectorAll('details')) details.open = true;
      const expected = [...root(element).querySelectorAll('a, summary')];
      expect(expected.map((node) => node.localName)).to.deep.equal(['a', 'summary', 'a', 'a', 'a', 'summary', 'a', 'a']);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const reached: Element[] = [];
      for (let index = 0; index < expected.length + 1; index++) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement === element ? root(element).activeElement : document.activeElement;
        if (active) reached.push(active);
      }
      expect(reached.slice(0, expected.length)).to.deep.equal(expected);
      expect(reached[expected.length]?.id).to.equal('after');
      expect(part(element, 'phases')).to.not.have.attribute('tabindex');
    });
  });

  describe('accessibility (axe)', () => {
    // auto-dark: theme="auto" on a page that offers a dark scheme, read with a dark system setting.
    const themes = ['light', 'dark', 'auto-dark'] as const;
    async function darkPage(): Promise<void> {
      document.documentElement.style.colorScheme = 'light dark';
      await emulateMedia({ colorScheme: 'dark' });
    }
    const layouts = [
      { name: 'vertical', width: '360px', layout: undefined },
      { name: 'horizontal', width: '1200px', layout: undefined },
      { name: 'forced horizontal, narrow', width: '360px', layout: 'horizontal' },
    ] as const;

    async function check(theme: (typeof themes)[number], width: string, layout: string | undefined, program: string | undefined, feed: unknown, status: string): Promise<void> {
      if (theme === 'auto-dark') await darkPage();
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: ${width}">
          <infest-program-timeline
            theme=${theme === 'auto-dark' ? 'auto' : theme}
            layout=${layout ?? ''}
            program=${program ?? ''}
            now="2022-06-01"
            .feed=${feed}
          ></infest-program-timeline>
        </div>`,
      );
      const element = wrapper.querySelector('infest-program-timeline')!;
      if (layout === undefined) element.removeAttribute('layout');
      await untilStatus(element, status as 'loaded');
      for (const details of root(element).querySelectorAll('details')) details.open = true;
      await expect(wrapper).to.be.accessible();
    }

    for (const theme of themes) {
      for (const { name, width, layout } of layouts) {
        it(`passes when loaded: ${theme}, ${name}`, async () => {
          await check(theme, width, layout, undefined, timelineFeed(), 'loaded');
        });
      }
      it(`passes with overlapping phases: ${theme}`, async () => {
        await check(theme, '1200px', undefined, 'approx', timelineFeed(), 'loaded');
      });
      it(`passes with many phases scrolling: ${theme}`, async () => {
        await check(theme, '360px', 'horizontal', 'panjang', timelineFeed(), 'loaded');
      });
      it(`passes in the error state: ${theme}`, async () => {
        await check(theme, '1200px', undefined, 'nope', timelineFeed(), 'error');
      });
      it(`passes in the empty states: ${theme}`, async () => {
        await check(theme, '360px', undefined, undefined, noProgramsFeed(), 'empty');
        await check(theme, '1200px', 'vertical', 'kosong', timelineFeed(), 'empty');
      });
      for (const { name, width, layout } of layouts) {
        it(`passes while loading: ${theme}, ${name}`, async () => {
          if (theme === 'auto-dark') await darkPage();
          const wrapper = await fixture<HTMLElement>(
            html`<div style="width: ${width}">
              <infest-program-timeline src="/slow.json" layout=${layout ?? 'auto'} theme=${theme === 'auto-dark' ? 'auto' : theme}></infest-program-timeline>
            </div>`,
          );
          expect(wrapper.querySelector('infest-program-timeline')?.status).to.equal('loading');
          await expect(wrapper).to.be.accessible();
        });
      }
    }
  });
});
