import { expect } from 'chai';
import { firstContentImage } from '../../src/feed/content-image.js';
import { only, parse } from './helpers.js';

const BASE = 'https://desa.example/berita/';

describe('firstContentImage', () => {
  it('takes the first img, resolved against the base, with its alt text', () => {
    const html = '<p>Musyawarah desa.</p><figure><img src="/wp-content/uploads/musdes.jpg" alt="Warga &amp; perangkat desa" width="800"></figure><img src="b.jpg">';
    expect(firstContentImage(html, BASE)).to.deep.equal({ url: 'https://desa.example/wp-content/uploads/musdes.jpg', alt: 'Warga & perangkat desa' });
  });

  it('reads unquoted and single-quoted attributes, in any case', () => {
    expect(firstContentImage(`<IMG ALT='Sawah' SRC=https://desa.example/sawah.jpg>`)).to.deep.equal({ url: 'https://desa.example/sawah.jpg', alt: 'Sawah' });
  });

  it('skips emoji, icons and tracking pixels', () => {
    const html = [
      '<img draggable="false" class="emoji" alt="🙂" src="https://s.w.org/images/core/emoji/14.0.0/72x72/1f642.png">',
      '<img class="wp-smiley" src="https://desa.example/smile.gif">',
      '<img src="https://stats.example/pixel.gif" width="1" height="1">',
      '<img src="https://desa.example/ikon.png" width="32">',
      '<img src="https://desa.example/foto.jpg" width="100%">',
    ].join('');
    expect(firstContentImage(html)?.url).to.equal('https://desa.example/foto.jpg');
  });

  it('skips the counters feeds end each post with, which give no width: Matomo, WordPress.com Stats, FeedBurner, hidden ones', () => {
    const counters = [
      // journal.3960.org's feed, as NetNewsWire's tests keep it.
      '<img src="https://stats.3960.org/p.php?idsite=8&amp;action_name=Feed" style="border:0;" alt="" />',
      '<img src="https://analytics.desa.example/matomo.php?rec=1" alt="">',
      '<img src="https://pixel.wp.com/b.gif?host=desa.example&blog=1" alt=":)">',
      '<img src="https://feeds.feedburner.com/~r/KabarDesa/~4/abc">',
      '<img src="https://desa.example/track/open.png" height="1">',
      '<img src="https://desa.example/hit.png" style="width:1px;height:1px">',
      '<img src="https://desa.example/x.png" style="display: none">',
    ];
    for (const counter of counters) expect(firstContentImage(`<p>Isi.</p>${counter}`), counter).to.equal(undefined);
    expect(firstContentImage(`${counters[0]!}<img src="https://desa.example/foto.jpg" style="border:0">`)?.url).to.equal('https://desa.example/foto.jpg');
    // A picture whose file is merely named like one is still a picture.
    expect(firstContentImage('<img src="https://desa.example/uploads/b.gif.jpg">')?.url).to.equal('https://desa.example/uploads/b.gif.jpg');
  });

  it("takes a lazy-loading plugin's data-src over its placeholder src", () => {
    const html = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="https://desa.example/a.jpg" alt="A">';
    expect(firstContentImage(html)).to.deep.equal({ url: 'https://desa.example/a.jpg', alt: 'A' });
    expect(firstContentImage('<img data-src="/b.jpg" src="data:image/svg+xml,%3Csvg%3E">', BASE)?.url).to.equal('https://desa.example/b.jpg');
  });

  it("prefers data-lazy-src, then data-src, then a data-srcset, to a lazy-loading plugin's http(s) placeholder in src", () => {
    const placeholder = 'https://site.example/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif';
    const a3 = `<img class="lazy lazy-hidden" src="${placeholder}" data-lazy-type="image" data-src="https://site.example/wp-content/uploads/real.jpg" width="800">`;
    expect(firstContentImage(a3)?.url).to.equal('https://site.example/wp-content/uploads/real.jpg');
    const rocket = `<img src="${placeholder}" data-src="https://site.example/b.jpg" data-lazy-src="https://site.example/c.jpg" data-lazy-srcset="https://site.example/d.jpg 2x">`;
    expect(firstContentImage(rocket)?.url).to.equal('https://site.example/c.jpg');
    // lazysizes and others: the image only in data-srcset, its first candidate taken.
    const lazysizes = `<img class="lazyload" src="${placeholder}" data-srcset="https://site.example/f-800.jpg 800w, https://site.example/f-1600.jpg 1600w" width="800">`;
    expect(firstContentImage(lazysizes)?.url).to.equal('https://site.example/f-800.jpg');
    expect(firstContentImage('<img data-srcset="javascript:x 1x" src="https://site.example/g.jpg">')?.url).to.equal('https://site.example/g.jpg');
    // A lazy attribute that is no http(s) URL still leaves src.
    expect(firstContentImage('<img src="https://site.example/e.jpg" data-src="javascript:x">')?.url).to.equal('https://site.example/e.jpg');
  });

  it('never gives a javascript:, data: or relative-without-base URL', () => {
    for (const html of ['<img src="javascript:alert(1)">', '<img src="data:image/png;base64,AAAA">', '<img src="foto.jpg">', '<img src=" JaVaScRiPt:x">', '<img alt="tanpa src">']) {
      expect(firstContentImage(html), html).to.equal(undefined);
    }
  });

  it('reads thousands of unclosed img tags in time linear in their length', () => {
    const time = (html: string): number => {
      const start = performance.now();
      firstContentImage(html);
      return performance.now() - start;
    };
    time('<p>kata</p>'.repeat(100)); // warm up
    const plain = time('kata '.repeat(20_000));
    expect(time('<img src="x'.repeat(8_000)), `ms (plain text: ${plain.toFixed(1)} ms)`).to.be.below(Math.max(20 * plain, 100));
  });
});

describe('an article without an image of its own', () => {
  it('shows the first picture of its JSON Feed content_html, but never over image or banner_image', () => {
    const item = (fields: object) => ({ id: '1', content_html: '<p><img src="https://desa.example/isi.jpg" alt="Isi"></p>', ...fields });
    const feed = (fields: object) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Umpan', items: [item(fields)] });
    expect(only(parse(feed({})).feed.articles).image).to.deep.equal({ url: 'https://desa.example/isi.jpg', alt: 'Isi' });
    expect(only(parse(feed({ image: 'https://desa.example/utama.jpg' })).feed.articles).image?.url).to.equal('https://desa.example/utama.jpg');
    expect(only(parse(feed({ banner_image: 'https://desa.example/spanduk.jpg' })).feed.articles).image?.url).to.equal('https://desa.example/spanduk.jpg');
  });

  it('shows the first picture of a WordPress post without a featured image', () => {
    const post = { id: 3, link: 'https://desa.example/a/', title: { rendered: 'A' }, date_gmt: '2021-11-02T03:00:00', content: { rendered: '<p><img src="/uploads/a.jpg" alt=""></p>' }, excerpt: { rendered: '' } };
    expect(only(parse([post], { baseUrl: 'https://desa.example/wp-json/wp/v2/posts' }).feed.articles).image).to.deep.equal({ url: 'https://desa.example/uploads/a.jpg', alt: '' });
  });
});
