/**
 * A widget's placeholder is shaped like what replaces it, so that the page under it barely
 * moves when the feed arrives (a layout shift, on a phone over slow 4G): with the typical
 * articles of the sample feed, at phone, column and desktop widths, a loaded widget is about
 * as tall as its skeleton was. (bench/cls.bench.ts measures the same on a whole page.) A whole
 * timeline's height depends on its program's phases, which no placeholder can know: only its
 * header is checked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import type { InfestElement } from '../../src/internal/infest-element.js';
import { jsonResponse, mockFetch, untilStatus } from './helpers.js';

interface SampleItem {
  readonly id: string;
  readonly title: string;
  readonly image?: string;
}
const sample = (await (await fetch('/demo/feed.json')).json()) as { items: SampleItem[] };
// Typical: a title of 40 to 70 characters (the sample's 214-character one is there to test
// cutting), pictures that load.
const feed = {
  ...sample,
  items: sample.items
    .filter((item) => item.title.length <= 70)
    .map((item) => (item.image === undefined ? item : { ...item, image: new URL(item.image, new URL('/demo/', location.href)).href })),
};
const withImage = feed.items.filter((item) => item.image !== undefined).map((item) => item.id);

/**
 * [loading, loaded] heights of the widget `template` renders in a column `width` px wide, or of
 * the part of it that `measured` picks.
 */
async function heights(template: TemplateResult, width: number, measured = (element: InfestElement): Element => element): Promise<[number, number]> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
  render(template, column);
  const element = column.firstElementChild as InfestElement;
  await element.updateComplete;
  expect(element.status).to.equal('loading');
  const loading = measured(element).getBoundingClientRect().height;
  await untilStatus(element, 'loaded');
  return [loading, measured(element).getBoundingClientRect().height];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

describe('skeleton heights', () => {
  let network: ReturnType<typeof mockFetch>;
  beforeEach(() => {
    network = mockFetch((_url, init) => jsonResponse(feed, { delay: 50, signal: init?.signal ?? null }));
  });
  afterEach(() => {
    network.restore();
  });

  const perArticle = (template: (id: string) => TemplateResult): TemplateResult[] => withImage.map(template);
  const cases: [string, TemplateResult[]][] = [
    ['an article card', perArticle((id) => html`<infest-article-card src="/feed.json" article=${id}></infest-article-card>`)],
    ['a horizontal card', perArticle((id) => html`<infest-article-card src="/feed.json" article=${id} layout="horizontal"></infest-article-card>`)],
    ['a compact card', perArticle((id) => html`<infest-article-card src="/feed.json" article=${id} layout="compact"></infest-article-card>`)],
    ['related articles', perArticle((id) => html`<infest-related-articles src="/feed.json" article=${id}></infest-related-articles>`)],
    ['related articles in a grid', perArticle((id) => html`<infest-related-articles src="/feed.json" article=${id} layout="grid"></infest-related-articles>`)],
    ['an article list', ['list', 'grid', 'compact'].map((layout) => html`<infest-article-list src="/feed.json" limit="4" layout=${layout}></infest-article-list>`)],
  ];
  for (const width of [360, 450, 1000]) {
    it(`a program timeline's header, ${String(width)} px wide, is as tall as its placeholder's, within a line`, async () => {
      const programs = (sample as { _infest?: { programs?: { id: string }[] } })._infest?.programs ?? [];
      expect(programs).to.not.be.empty;
      const header = (element: InfestElement): Element => element.shadowRoot!.querySelector('[part~="header"]')!;
      for (const { id } of programs) {
        const [loading, loaded] = await heights(html`<infest-program-timeline src="/feed.json" program=${id}></infest-program-timeline>`, width, header);
        // A line of the title is 1.3em × 1.3 (27 px).
        expect(Math.abs(loaded - loading), `${id}: ${loading.toFixed(0)} → ${loaded.toFixed(0)} px`).to.be.at.most(28);
      }
    });
  }

  for (const [name, templates] of cases) {
    for (const width of [360, 450, 1000]) {
      it(`${name}, ${String(width)} px wide, changes height little when it loads`, async () => {
        const changes: number[] = [];
        const rows: string[] = [];
        for (const template of templates) {
          const [loading, loaded] = await heights(template, width);
          changes.push(Math.abs(loaded / loading - 1));
          rows.push(`${loading.toFixed(0)} → ${loaded.toFixed(0)} px`);
        }
        // Titles wrap to one line more or less than usual: some change, but seldom much.
        expect(median(changes), rows.join(', ')).to.be.at.most(0.08);
        expect(Math.max(...changes), rows.join(', ')).to.be.at.most(0.3);
      });
    }
  }
});
