import { expect } from 'chai';
import { MAX_AUTHORS, MAX_TAGS } from '../../src/feed/article-text.js';
import { MAX_LENGTH } from '../../src/feed/html-text.js';
import { MAX_MILESTONES, MAX_PHASES } from '../../src/feed/infest-extension.js';
import { jsonFeed, only, parse, warningAt } from './helpers.js';

/**
 * What a widget is given to show stays within what a reader can take in, however much a
 * broken or hostile feed sends (a megabyte title took 650 ms to lay out in a card and made it
 * 290 000 px tall), and text that shows nothing is no text.
 */

const words = (count: number): string => 'kata '.repeat(count).trim();

function article(fields: Record<string, unknown>) {
  return only(parse(jsonFeed([{ id: 'a', url: 'https://site.example/a', content_text: 'Isi.', ...fields }])).feed.articles);
}

describe('what an article shows is bounded', () => {
  it('cuts a long title and summary at a word, with an ellipsis', () => {
    const shown = article({ title: words(200_000), summary: words(200_000) });
    for (const [text, max] of [[shown.title, MAX_LENGTH.title], [shown.summary, MAX_LENGTH.summary]] as const) {
      expect(text.length).to.be.at.most(max + 1);
      expect(text).to.match(/^kata( kata)+…$/);
    }
  });

  it(`keeps ${String(MAX_TAGS)} tags and ${String(MAX_AUTHORS)} authors, each of them and an image's alternative text cut to length`, () => {
    const tags = Array.from({ length: 10_000 }, (_, index) => `tag ${String(index)}`);
    const authors = Array.from({ length: 500 }, (_, index) => ({ name: `Penulis ${String(index)}` }));
    const shown = article({ tags, authors });
    expect(shown.tags).to.deep.equal(tags.slice(0, MAX_TAGS));
    expect(shown.authors.map((author) => author.name)).to.deep.equal(authors.slice(0, MAX_AUTHORS).map((author) => author.name));
    const long = article({ tags: [words(1000)], authors: [{ name: words(1000) }], image: 'https://site.example/a.jpg', _infest: { image_alt: words(100_000) } });
    expect(long.tags[0]!.length).to.be.at.most(MAX_LENGTH.name + 1);
    expect(long.authors[0]!.name.length).to.be.at.most(MAX_LENGTH.name + 1);
    expect(long.image!.alt.length).to.be.at.most(MAX_LENGTH.alt + 1);
    const fromContent = article({ content_html: `<p>Isi.</p><img src="https://site.example/b.jpg" alt="${words(100_000)}">` });
    expect(fromContent.image!.alt.length).to.be.at.most(MAX_LENGTH.alt + 1);
  });

  it('leaves text of invisible characters out: an untitled article, no blank tags or authors', () => {
    const blank = ['\u200B', '\u00AD', '\u2800\u2800', '\u034F\u034F'];
    const shown = article({ content_text: '\u200B', tags: [...blank, 'Desa'], authors: [{ name: '\u200B' }, { name: 'Sari' }] });
    expect(shown.title).to.equal('');
    expect(shown.summary).to.equal('');
    expect(shown.tags).to.deep.equal(['Desa']);
    expect(shown.authors.map((author) => author.name)).to.deep.equal(['Sari']);
    expect(article({ content_html: '<p>\u2800\u2800</p>' }).title).to.equal('');
  });

  it('bounds program, phase and milestone titles, summaries, the region and village names too', () => {
    const programs = [
      {
        id: 'p',
        title: words(10_000),
        region: words(10_000),
        summary: words(100_000),
        phases: [{ id: 'f', title: words(10_000), start: '2020', summary: `<p>${words(100_000)}</p>`, villages: [words(1000), '\u200B'], milestones: [words(10_000), '\u2800'] }],
      },
    ];
    const { feed } = parse(jsonFeed([], { _infest: { programs } }));
    const program = only(feed.programs);
    const phase = only(program.phases);
    expect(program.title.length).to.be.at.most(MAX_LENGTH.title + 1);
    expect(phase.title.length).to.be.at.most(MAX_LENGTH.title + 1);
    expect(phase.villages).to.have.lengthOf(1);
    expect(phase.villages[0]!.length).to.be.at.most(MAX_LENGTH.name + 1);
    expect(phase.milestones).to.have.lengthOf(1);
    expect(phase.milestones[0]!.title.length).to.be.at.most(MAX_LENGTH.title + 1);
    expect(program.region!.length).to.be.at.most(MAX_LENGTH.title + 1);
    for (const summary of [program.summary, phase.summary]) {
      expect(summary.length).to.be.within(MAX_LENGTH.description - 10, MAX_LENGTH.description + 1);
      expect(summary).to.match(/^kata( kata)+…$/);
    }
    // Paragraphs under the limit stay paragraphs.
    const { feed: short } = parse(jsonFeed([], { _infest: { programs: [{ id: 'p', title: 'P', phases: [{ id: 'f', start: '2020', summary: '<p>Satu.</p><p>Dua.</p>' }] }] } }));
    expect(only(only(short.programs).phases).summary).to.equal('Satu.\n\nDua.');
  });

  it(`keeps a program's first ${String(MAX_PHASES)} phases and a phase's first ${String(MAX_MILESTONES)} milestones, and says so`, () => {
    const milestones = Array.from({ length: 400 }, (_, index) => `Capaian ${String(index)}`);
    const phases = Array.from({ length: 1000 }, (_, index) => ({ id: `f${String(index)}`, title: 'F', start: String(2999 - index), milestones }));
    const { feed, warnings } = parse(jsonFeed([], { _infest: { programs: [{ id: 'p', title: 'P', phases }] } }));
    const program = only(feed.programs);
    // The first 100 as written, then sorted by start.
    expect(program.phases.map((phase) => phase.id)).to.deep.equal(phases.slice(0, MAX_PHASES).map((phase) => phase.id).reverse());
    expect(program.phases[0]!.milestones.map((milestone) => milestone.title)).to.deep.equal(milestones.slice(0, MAX_MILESTONES));
    expect(warningAt(warnings, 'item-dropped', '$._infest.programs[0].phases[100]').message).to.equal(
      '1000 phases were given; only the first 100 were read (a timeline of more is past reading: split the program)',
    );
    expect(warningAt(warnings, 'item-dropped', '$._infest.programs[0].phases[0].milestones[50]').message).to.match(/^400 milestones were given; only the first 50 were read \(keep the ones a reader needs\)$/);
  });
});
