import { expect } from '@open-wc/testing';
import { commonParameters, planEmbed, widgetParameters, widgetTags } from './params.js';
import { isEntityName } from '../../test/embed/opensid-sanitizer.js';

const config = { feeds: { contoh: '/demo/feed.json', infest: 'https://infest.example/feed.json' }, origins: ['https://partner.example'] };
const page = 'https://widgets.example/embed/index.html';

describe('embed page parameters', () => {
  it('uses no parameter name that is an HTML entity name (sanitizers would turn &lang= into ⟨=)', () => {
    const names = ['widget', ...commonParameters, ...Object.values(widgetParameters).flat()];
    expect(names.filter(isEntityName)).to.deep.equal([]);
    // The check itself catches what the issue names.
    expect(['lang', 'target', 'not', 'copy', 'part', 'image', 'top', 'times', 'it', 'and', 'or', 'map'].every(isEntityName)).to.equal(true);
  });

  it('builds the element with the attribute names, locale as lang, and a named feed', () => {
    const plan = planEmbed('?widget=program-timeline&src=contoh&locale=en&program=pmi&now=2022-01-01&theme=dark&bogus=1', page, config);
    expect(plan).to.deep.equal({
      ok: true,
      widget: 'program-timeline',
      tag: 'infest-program-timeline',
      attributes: [
        ['src', 'https://widgets.example/demo/feed.json'],
        ['target', '_blank'],
        ['lang', 'en'],
        ['theme', 'dark'],
        ['program', 'pmi'],
        ['now', '2022-01-01'],
      ],
    });
  });

  it('reads values raw, without percent-escapes', () => {
    const plan = planEmbed('?widget=article-list&tag=pekerja migran,desa&author=Sofwan Hadi', page, config);
    expect(plan.ok && plan.attributes).to.deep.include.members([
      ['tag', 'pekerja migran,desa'],
      ['author', 'Sofwan Hadi'],
    ]);
  });

  it('defaults to the first named feed', () => {
    const plan = planEmbed('?widget=article-card', page, config);
    expect(plan.ok && plan.attributes[0]).to.deep.equal(['src', 'https://widgets.example/demo/feed.json']);
  });

  it('accepts feed URLs on its own origin, a named feed origin and the allowed origins', () => {
    for (const src of ['/other/feed.json', 'https://infest.example/other.json', 'https://partner.example/feed.json']) {
      expect(planEmbed(`?widget=article-card&src=${src}`, page, config).ok, src).to.equal(true);
    }
  });

  it('refuses any other feed, and says how to allow it', () => {
    for (const src of ['https://evil.example/feed.json', 'http://widgets.example/feed.json', 'javascript:alert(1)', 'data:application/json,{}']) {
      const plan = planEmbed(`?widget=article-card&src=${src}`, page, config);
      expect(plan.ok, src).to.equal(false);
      expect(!plan.ok && plan.kind, src).to.equal('blocked');
      expect(!plan.ok && plan.message, src).to.contain('INFEST_EMBED_ORIGINS');
    }
  });

  it('names the widgets it knows when given another', () => {
    const plan = planEmbed('?widget=carousel&locale=en', page, config);
    expect(plan).to.include({ ok: false, kind: 'unknown-widget', lang: 'en' });
    expect(!plan.ok && plan.message).to.contain(Object.keys(widgetTags).join(', '));
  });
});
