import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { InfestElement } from '../../src/internal/infest-element.js';
import { untilStatus, widgetFeed } from './helpers.js';

/** A phone with its default text size raised to 32 px (an accessibility setting). */
describe('a large default text size on a phone', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the program timeline, its articles folded or open, within its width', async () => {
    await setViewport({ width: 360, height: 800 });
    const feed = widgetFeed();
    const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 32px">
      <infest-program-timeline .feed=${feed} program="pmi" now="2022-06-01"></infest-program-timeline>
    </div>`);
    const timeline = wrapper.firstElementChild as InfestElement;
    await untilStatus(timeline, 'loaded');
    const details = [...timeline.shadowRoot!.querySelectorAll('details')];
    expect(details, 'phases with articles').to.not.have.lengthOf(0);
    expect(timeline.scrollWidth, 'folded').to.be.at.most(timeline.clientWidth);
    for (const open of details) open.open = true;
    expect(timeline.scrollWidth, 'open').to.be.at.most(timeline.clientWidth);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(360);
  });
});
