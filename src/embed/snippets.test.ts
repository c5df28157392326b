import { expect } from '@open-wc/testing';
import { widgetParameters, widgetTags, type WidgetName } from './params.js';
import { iframeProblems, iframeSnippet, npmSnippet, scriptSnippet, type SnippetOptions } from './snippets.js';
import { isEntityName, sanitizeLikeOpenSid } from '../../test/embed/opensid-sanitizer.js';

const targets = {
  scriptUrl: 'https://cdn.jsdelivr.net/npm/infest-widgets@0.1/dist/cdn/infest-widgets.iife.js',
  embedUrl: 'https://widgets.example/embed/index.html',
  height: 640,
  title: 'Infest Yogyakarta',
};
const sampleValues: Record<string, string> = {
  article: 'kolaborasi-ponorogo',
  layout: 'compact',
  limit: '6',
  tag: 'pekerja migran,desa',
  author: 'Sofwan Hadi',
  program: 'pmi-hulu-ponorogo',
  category: 'Pekerja Migran',
  threshold: '3',
  now: '2022-06-01',
  theme: 'dark',
  'heading-level': '3',
  target: '_blank',
  timeout: '15000',
};

function optionsFor(widget: WidgetName): SnippetOptions {
  const attributes = Object.fromEntries(['theme', 'heading-level', 'target', 'timeout', ...widgetParameters[widget]].map((name) => [name, sampleValues[name] ?? '']));
  return { widget, src: 'https://infest.example/feed.json', lang: 'id', attributes, fallback: { href: 'https://infest.example/', text: 'Baca di infest.example' } };
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('generated snippets', () => {
  for (const widget of Object.keys(widgetTags) as WidgetName[]) {
    it(`${widget}: the iframe snippet survives OpenSID's sanitizer unchanged`, () => {
      const options = optionsFor(widget);
      expect(iframeProblems(options)).to.deep.equal([]);
      const snippet = iframeSnippet(options, targets);
      const after = sanitizeLikeOpenSid(snippet);
      expect(after).to.equal(snippet);
      expect(snippet).to.not.match(/\.js"/);
      expect(snippet).to.not.contain('style=');

      const iframe = parse(after).querySelector('iframe')!;
      expect(iframe.getAttribute('frameborder')).to.equal('0');
      expect(iframe.getAttribute('width')).to.equal('100%');
      expect(iframe.getAttribute('height')).to.equal('640');
      expect(iframe.title).to.equal('Infest Yogyakarta');
      expect(iframe.getAttribute('src')).to.not.contain('%');
      const query = new URL(iframe.getAttribute('src')!).searchParams;
      expect([...query.keys()].filter(isEntityName)).to.deep.equal([]);
      expect(query.get('widget')).to.equal(widget);
      expect(query.get('locale')).to.equal('id');
      for (const name of widgetParameters[widget]) expect(query.get(name), name).to.equal(sampleValues[name]);
      expect(parse(after).querySelector('p > a')?.getAttribute('href')).to.equal('https://infest.example/');
      expect(parse(after).querySelector('div > iframe')).to.not.equal(null);
    });

    it(`${widget}: the iframe snippet keeps a quote or a bracket inside its src, and adds to an embed address's own query`, () => {
      const hostile = iframeSnippet({ ...optionsFor(widget), src: 'https://infest.example/"onload="alert(1)<b>' }, { ...targets, embedUrl: 'https://w.example/e/index.html?v=2' });
      const iframe = parse(hostile).querySelector('iframe')!;
      expect(iframe.getAttributeNames().sort()).to.deep.equal(['frameborder', 'height', 'loading', 'src', 'title', 'width']);
      expect(parse(hostile).querySelector('b')).to.equal(null);
      const src = new URL(iframe.getAttribute('src')!);
      expect([src.searchParams.get('v'), src.searchParams.get('widget'), src.searchParams.get('src')]).to.deep.equal(['2', widget, 'https://infest.example/"onload="alert(1)<b>']);
    });

    it(`${widget}: the script snippet carries lang, a block wrapper and the fallback link`, () => {
      const html = scriptSnippet(optionsFor(widget), targets);
      const page = parse(html);
      const element = page.querySelector(widgetTags[widget])!;
      expect(element.parentElement?.localName).to.equal('div');
      expect(element.getAttribute('lang')).to.equal('id');
      expect(element.getAttribute('src')).to.equal('https://infest.example/feed.json');
      expect(element.querySelector('a')?.textContent).to.equal('Baca di infest.example');
      const script = page.querySelector('script')!;
      expect(script.getAttribute('src')).to.equal(targets.scriptUrl);
      // Classic and before the element: defined when parsed, so it has its size at first paint.
      expect(script.hasAttribute('type') || script.hasAttribute('defer') || script.hasAttribute('async')).to.equal(false);
      expect(script.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(html).to.not.contain('style=');
    });

    it(`${widget}: the npm snippet imports the widget's own entry`, () => {
      expect(npmSnippet(optionsFor(widget))).to.contain(`import 'infest-widgets/${widget}';`);
    });
  }

  it('flags values that cannot travel in a query string', () => {
    const options = optionsFor('article-list');
    expect(iframeProblems({ ...options, src: 'https://infest.example/wp-json/wp/v2/posts?_embed' })).to.deep.equal(['src']);
    expect(iframeProblems({ ...options, src: 'https://infest.example/feed.js' })).to.deep.equal(['src']);
    expect(iframeProblems({ ...options, attributes: { tag: 'Desa & Kota' } })).to.deep.equal(['tag']);
    expect(iframeProblems({ ...options, attributes: { tag: '100%' } })).to.deep.equal(['tag']);
  });

  it('escapes what it writes into HTML', () => {
    const html = scriptSnippet({ ...optionsFor('article-card'), fallback: { href: 'https://x.example/?a="><script>', text: '<b>x</b>' } }, targets);
    expect(parse(html).querySelectorAll('script')).to.have.length(1);
    expect(parse(html).querySelector('a')?.textContent).to.equal('<b>x</b>');
  });
});
