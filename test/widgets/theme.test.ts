import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { InfestElement } from '../../src/internal/infest-element.js';
import { untilStatus, widgetFeed } from './helpers.js';

const white = 'rgb(255, 255, 255)';
const dark = 'rgb(21, 25, 30)';

/** What the browser paints a page of this color-scheme with by default (Canvas). */
function canvas(scheme: 'light' | 'dark'): string {
  const probe = document.createElement('div');
  probe.style.cssText = `color-scheme: ${scheme}; background: Canvas`;
  document.body.append(probe);
  const color = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return color;
}

/** The background a widget paints once loaded, on a page whose root has `pageScheme`. */
async function background(theme: string | undefined, pageScheme: string): Promise<string> {
  document.documentElement.style.colorScheme = pageScheme;
  const element = await fixture<InfestElement>(html`<infest-article-card theme=${theme ?? ''} .feed=${widgetFeed()}></infest-article-card>`);
  if (theme === undefined) element.removeAttribute('theme');
  await untilStatus(element, 'loaded');
  return getComputedStyle(element).backgroundColor;
}

describe('theme', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('auto (the default) stays light on a page that has no dark scheme, also when the reader’s system is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await background(undefined, '')).to.equal(white);
    expect(await background('auto', 'light')).to.equal(white);
  });

  it("auto follows a page that has a dark scheme: its system setting, or always dark, on the page's own default background", async () => {
    const darkCanvas = canvas('dark');
    expect(darkCanvas, 'a dark grey of the browser').to.not.equal(white);
    await emulateMedia({ colorScheme: 'dark' });
    expect(await background(undefined, 'light dark')).to.equal(darkCanvas);
    expect(await background('auto', 'dark')).to.equal(darkCanvas);
    await emulateMedia({ colorScheme: 'light' });
    expect(await background(undefined, 'light dark')).to.equal(canvas('light'));
    expect(await background(undefined, 'dark')).to.equal(darkCanvas);
  });

  it('light and dark ignore the page and the system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await background('light', 'dark')).to.equal(white);
    await emulateMedia({ colorScheme: 'light' });
    expect(await background('dark', '')).to.equal(dark);
  });

  it('takes the page’s colours over its own in every theme', async () => {
    document.documentElement.style.setProperty('--infest-color-background', 'rgb(1, 2, 3)');
    try {
      for (const theme of ['light', 'dark', 'auto']) expect(await background(theme, 'light dark'), theme).to.equal('rgb(1, 2, 3)');
    } finally {
      document.documentElement.style.removeProperty('--infest-color-background');
    }
  });

  it('a chosen theme insets the list, related articles and timeline from their panel’s edges; auto and the card (a panel already) are not', async () => {
    const padding = async (tag: string, theme: string): Promise<string> => {
      const element = document.createElement(tag) as InfestElement;
      element.setAttribute('theme', theme);
      element.feed = widgetFeed();
      return getComputedStyle(await fixture<InfestElement>(element)).padding;
    };
    for (const tag of ['infest-article-list', 'infest-related-articles', 'infest-program-timeline']) {
      expect(await padding(tag, 'dark'), `${tag} dark`).to.match(/^[1-9]\d*(\.\d+)?px$/);
      expect(await padding(tag, 'light'), `${tag} light`).to.not.equal('0px');
      expect(await padding(tag, 'auto'), `${tag} auto`).to.equal('0px');
    }
    expect(await padding('infest-article-card', 'dark')).to.equal('0px');
  });
});
