/**
 * A very long unbroken word in a feed (8 000 characters of "AVAV…", as a broken CMS or a
 * hostile feed may send) must not freeze the page that embeds a widget. Laying out such a run
 * costs Chromium time that grows faster than its length when the font kerns its letters
 * (measured here: 60 000 characters in one field froze the tab for over 20 s), so the widget
 * has to bound what it lays out. Compared with the same amount of text in short words, the
 * long word may cost a few times more, never an order of magnitude more.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { InfestElement } from '../../src/internal/infest-element.js';
import { quietly, settled, widgetTags } from './support.js';

const LENGTH = 8000;

/** A feed with `text(n)` in every field a widget shows. */
function feedWith(text: (n: number) => string): unknown {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Teks panjang',
    items: [1, 2, 3, 4, 5].map((n) => ({
      id: `artikel-${String(n)}`,
      url: `https://example.org/artikel/${String(n)}/`,
      title: text(n),
      summary: text(n + 10),
      content_text: 'Isi.',
      date_published: `2023-01-0${String(n)}T10:00:00+07:00`,
      tags: [text(n + 20)],
      authors: [{ name: text(n + 30) }],
      _infest: { program: 'p', phase: 'f' },
    })),
    _infest: {
      programs: [
        {
          id: 'p',
          title: text(60),
          region: text(61),
          summary: text(62),
          phases: [{ id: 'f', title: text(63), start: '2020', summary: text(64), villages: [text(65)], milestones: [text(66)] }],
        },
      ],
    },
  };
}

/** One unbroken run of kerned letters. */
const longWord = (n: number): string => `${String(n)}${'AV'.repeat(LENGTH / 2)}`;
/** The same letters in 20-character words. */
const words = (n: number): string => `${String(n)}${'AVAVAVAVAVAVAVAVAVA '.repeat(LENGTH / 20)}`;

const properties = { article: 'artikel-1', program: 'p', threshold: 0, showTags: true, limit: 10 };

/** Milliseconds from connecting a widget to its first layout with `feed`. */
async function renderTime(tag: string, feed: unknown): Promise<number> {
  const element = Object.assign(document.createElement(tag) as InfestElement, properties, { feed });
  const start = performance.now();
  try {
    await quietly(async () => {
      document.body.append(element);
      await settled([element]);
      element.getBoundingClientRect();
    });
    expect(element.status).to.equal('loaded');
    return performance.now() - start;
  } finally {
    element.remove();
  }
}

describe('hostile feeds: a very long unbroken word', function () {
  this.timeout(30_000);

  for (const tag of widgetTags) {
    it(`<${tag}> lays out ${String(LENGTH)}-character words in every field about as fast as short words`, async () => {
      await renderTime(tag, feedWith((n) => `Kata ${String(n)}`)); // warm up
      const short = await renderTime(tag, feedWith(words));
      const long = await renderTime(tag, feedWith(longWord));
      expect(long, `ms with one long word per field (short words: ${short.toFixed(0)} ms)`).to.be.below(Math.max(4 * short, short + 150));
    });
  }
});
