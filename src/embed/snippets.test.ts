import { expect } from '@open-wc/testing';
import { widgetParameters, widgetTags, type WidgetName } from './params.js';
import { fallbackIframeProblems, iframeProblems, iframeSnippet, npmSnippet, scriptSnippet, webAddressProblem, type SnippetOptions } from './snippets.js';
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

  it('starts the feed\'s download with a preload, before the script, made as the widget asks (crossorigin, as fetch)', () => {
    const html = scriptSnippet({ ...optionsFor('article-list'), src: 'https://infest.example/wp-json/wp/v2/posts?_embed&per_page=20' }, targets);
    const page = parse(html);
    const links = page.querySelectorAll('link');
    expect(links).to.have.length(1);
    const link = links[0]!;
    expect([link.rel, link.getAttribute('as'), link.getAttribute('crossorigin')]).to.deep.equal(['preload', 'fetch', 'anonymous']);
    expect(link.getAttribute('href')).to.equal('https://infest.example/wp-json/wp/v2/posts?_embed&per_page=20');
    expect(link.getAttribute('href')).to.equal(page.querySelector('infest-article-list')?.getAttribute('src'));
    expect(link.compareDocumentPosition(page.querySelector('script')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // Blogger's theme editor and XHTML templates read the snippet as XML: every element closed.
    const xml = new DOMParser().parseFromString(`<div xmlns="http://www.w3.org/1999/xhtml">${html}</div>`, 'application/xhtml+xml');
    expect(xml.querySelector('parsererror')?.textContent ?? '').to.equal('');
  });

  it('escapes what it writes into HTML', () => {
    const html = scriptSnippet({ ...optionsFor('article-card'), fallback: { href: 'https://x.example/?a="><script>', text: '<b>x</b>' } }, targets);
    expect(parse(html).querySelectorAll('script')).to.have.length(1);
    expect(parse(html).querySelector('a')?.textContent).to.equal('<b>x</b>');
    const hostileSrc = scriptSnippet({ ...optionsFor('article-card'), src: 'https://x.example/"><script>alert(1)</script>' }, targets);
    expect(parse(hostileSrc).querySelectorAll('script')).to.have.length(1);
    expect(parse(hostileSrc).querySelector('link')?.getAttribute('href')).to.equal('https://x.example/"><script>alert(1)</script>');
  });

  describe('the fallback link', () => {
    const withLink = (href: string, text = 'Baca di infest.example'): SnippetOptions => ({ ...optionsFor('program-timeline'), fallback: { href, text } });
    /** The link after OpenSID has sanitized the snippet `passes` times (pasted, then saved again). */
    const linkAfter = (snippet: string, passes: number): [string | null, string | null] => {
      let html = snippet;
      for (let pass = 0; pass < passes; pass += 1) html = sanitizeLikeOpenSid(html);
      const link = parse(html).querySelector('p > a');
      return [link?.getAttribute('href') ?? null, link?.textContent ?? null];
    };

    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'VBScript:msgbox(1)', 'mailto:info@infest.example', '/artikel/', 'infest.example/artikel/', '//infest.example/', '']) {
      it(`no snippet carries the address ${JSON.stringify(href)}`, () => {
        expect(webAddressProblem(href)).to.be.a('string');
        for (const make of [() => scriptSnippet(withLink(href), targets), () => iframeSnippet(withLink(href), targets), () => npmSnippet(withLink(href))]) {
          expect(make).to.throw(/fallback link address (uses|has|is)/);
        }
      });
    }

    it('says what is wrong with an address and what to write instead', () => {
      expect(webAddressProblem('JAVASCRIPT:alert(1)')).to.contain('“javascript:”');
      expect(webAddressProblem('infest.example/artikel/')).to.contain('start it with https://infest.example/artikel/');
      expect(webAddressProblem('//infest.example/')).to.contain('start it with https://infest.example/');
      expect(webAddressProblem('feed.json')).to.contain('start it with https:// and the site’s name');
      expect(webAddressProblem('https://infest.example/?a=1&b=2')).to.equal(undefined);
      expect(webAddressProblem('http://desa.example')).to.equal(undefined);
    });

    for (const [href, text] of [
      ['https://infest.example/', 'Baca artikel Infest Yogyakarta'],
      ['https://infest.example/artikel/?utm_source=opensid&utm_medium=widget', 'Desa & Kota: “Laporan” 2024'],
      ['https://infest.example/?p=12&b=2', 'Infest’s \'articles\', 100% free'],
      ['https://infest.example/feed.json', 'See the feed -> here'],
    ] as const) {
      it(`survives OpenSID's sanitizer, pasted and saved again: ${href}`, () => {
        const options = withLink(href, text);
        expect(fallbackIframeProblems(options.fallback)).to.deep.equal([]);
        expect(iframeProblems(options)).to.deep.equal([]);
        const snippet = iframeSnippet(options, targets);
        expect(linkAfter(snippet, 1)).to.deep.equal([href, text]);
        expect(linkAfter(snippet, 2)).to.deep.equal([href, text]);
        expect(parse(sanitizeLikeOpenSid(snippet)).querySelector('iframe')).to.not.equal(null);
      });
    }

    for (const [field, href, text] of [
      ['fallback-href', 'https://infest.example/?q=%22x', 'Baca'],
      ['fallback-href', 'https://infest.example/?a=%3Cb%3E', 'Baca'],
      ['fallback-href', 'https://infest.example/?a=1&copy=2', 'Baca'],
      ['fallback-href', 'https://infest.example/?x=1&lang=en', 'Baca'],
      ['fallback-href', 'https://infest.example/?q="x"', 'Baca'],
      ['fallback-href', 'https://infest.example/app.js', 'Baca'],
      ['fallback-text', 'https://infest.example/', 'Infest &copy 2024'],
      ['fallback-text', 'https://infest.example/', 'Desa&lang'],
      ['fallback-text', 'https://infest.example/', 'Baca <b>ini</b>'],
      ['fallback-text', 'https://infest.example/', 'Diskon 50%25'],
    ] as const) {
      it(`reports a ${field} that OpenSID would change: ${field === 'fallback-href' ? href : text}`, () => {
        const options = withLink(href, text);
        const problems = fallbackIframeProblems(options.fallback);
        expect(problems.map((problem) => problem.field)).to.deep.equal([field]);
        expect(problems[0]?.message).to.match(/^(has|ends in) “.+”.*: \w/);
        expect(iframeProblems(options)).to.deep.equal([field]);
        // The report is not a false alarm: pasted, or saved once more, the link changes.
        const snippet = iframeSnippet(options, targets);
        expect([linkAfter(snippet, 1), linkAfter(snippet, 2)]).to.not.deep.equal([[href, text], [href, text]]);
      });
    }
  });
});
