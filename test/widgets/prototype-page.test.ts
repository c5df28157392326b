import { expect, fixture, html } from '@open-wc/testing';
import './prototype/reduce-replaced.js';
import '../../src/index.js';
import './prototype/reduce-restored.js';
import type { InfestElement } from '../../src/internal/infest-element.js';
import { MAX_TOTAL_BYTES, readStoredFeed, storeFeed } from '../../src/load/feed-store.js';
import { untilStatus, widgetFeed } from './helpers.js';

/** The widgets were loaded while Array.prototype.reduce was Prototype.js 1.6's; its Array toJSON is set per test. */
describe('a page that loaded Prototype.js 1.6 before the widgets', () => {
  it('keeps the colour defaults: a dark widget is dark, a light one white', async () => {
    const darkCard = await fixture<InfestElement>(html`<infest-article-card theme="dark" .feed=${widgetFeed()}></infest-article-card>`);
    const lightCard = await fixture<InfestElement>(html`<infest-article-card theme="light" .feed=${widgetFeed()}></infest-article-card>`);
    await Promise.all([untilStatus(darkCard, 'loaded'), untilStatus(lightCard, 'loaded')]);
    expect(getComputedStyle(darkCard).backgroundColor).to.equal('rgb(21, 25, 30)');
    expect(getComputedStyle(lightCard).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('lays a horizontal timeline out in columns, side by side', async () => {
    const element = await fixture<InfestElement>(html`<div style="width: 900px">
      <infest-program-timeline layout="horizontal" .feed=${widgetFeed()}></infest-program-timeline>
    </div>`).then((div) => div.firstElementChild as InfestElement);
    await untilStatus(element, 'loaded');
    const phases = [...element.shadowRoot!.querySelectorAll('[part~="phase"]')].map((phase) => phase.getBoundingClientRect());
    expect(phases.length).to.be.greaterThan(1);
    expect(phases[1]!.top).to.equal(phases[0]!.top);
    expect(phases[1]!.left).to.be.greaterThan(phases[0]!.right - 1);
    await expect(element).to.be.accessible();
  });

  it('keeps stored copies within their total cap while arrays have Prototype’s toJSON', () => {
    const arrayPrototype = Array.prototype as unknown as Record<string, unknown>;
    // Prototype 1.6's: the array serialized by hand, returned as a string.
    arrayPrototype.toJSON = function prototypeToJson(this: unknown[]): string {
      return `[${this.map((value) => JSON.stringify(value)).join(', ')}]`;
    };
    localStorage.clear();
    try {
      const text = 'x'.repeat(200_000);
      const copies = Math.ceil(MAX_TOTAL_BYTES / (text.length * 2)) + 1;
      const urls = Array.from({ length: copies }, (_value, index) => `https://example.org/feed-${String(index)}.json`);
      urls.forEach((url, index) => { storeFeed(url, text, 1_000 + index); });
      expect(readStoredFeed(urls[0]!), 'the oldest copy went').to.equal(undefined);
      expect(readStoredFeed(urls.at(-1)!)?.savedAt, 'the newest copy stays').to.equal(1_000 + copies - 1);
    } finally {
      delete arrayPrototype.toJSON;
      localStorage.clear();
    }
  });
});
