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

  it("prefers a data-lazy-srcset or data-srcset, then data-lazy-src, then data-src, to a lazy-loading plugin's http(s) placeholder in src", () => {
    const placeholder = 'https://site.example/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif';
    const a3 = `<img class="lazy lazy-hidden" src="${placeholder}" data-lazy-type="image" data-src="https://site.example/wp-content/uploads/real.jpg" width="800">`;
    expect(firstContentImage(a3)?.url).to.equal('https://site.example/wp-content/uploads/real.jpg');
    const rocket = `<img src="${placeholder}" data-src="https://site.example/b.jpg" data-lazy-src="https://site.example/c.jpg">`;
    expect(firstContentImage(rocket)?.url).to.equal('https://site.example/c.jpg');
    // The srcset is the larger picture: data-lazy-src is only the src it replaced.
    expect(firstContentImage(rocket.replace('>', ' data-lazy-srcset="https://site.example/d.jpg 2x">'))?.url).to.equal('https://site.example/d.jpg');
    // lazysizes and others: the image only in data-srcset.
    const lazysizes = `<img class="lazyload" src="${placeholder}" data-srcset="https://site.example/f-400.jpg 400w, https://site.example/f-800.jpg 800w, https://site.example/f-1600.jpg 1600w" width="800">`;
    expect(firstContentImage(lazysizes)).to.deep.equal({
      url: 'https://site.example/f-800.jpg',
      alt: '',
      width: 800,
      sources: [
        { url: 'https://site.example/f-400.jpg', width: 400 },
        { url: 'https://site.example/f-800.jpg', width: 800 },
      ],
    });
    expect(firstContentImage('<img data-srcset="javascript:x 1x" src="https://site.example/g.jpg">')?.url).to.equal('https://site.example/g.jpg');
    // A lazy attribute that is no http(s) URL still leaves src.
    expect(firstContentImage('<img src="https://site.example/e.jpg" data-src="javascript:x">')?.url).to.equal('https://site.example/e.jpg');
  });

  describe('of an image WordPress sent in several sizes, the one a card needs (about 1024 px wide, up to 1280)', () => {
    const up = 'https://desa.example/wp-content/uploads/2021/05/';

    it("a classic [gallery]'s 150 px thumbnail, through its srcset", () => {
      const gallery = `<div id='gallery-1' class='gallery galleryid-12 gallery-columns-3 gallery-size-thumbnail'><dl class='gallery-item'>
        <dt class='gallery-icon landscape'>
          <a href='${up}foto1.jpg'><img width="150" height="150" src="${up}foto1-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" decoding="async" srcset="${up}foto1-150x150.jpg 150w, ${up}foto1-300x200.jpg 300w, ${up}foto1-1024x683.jpg 1024w" sizes="(max-width: 150px) 100vw, 150px" /></a>
        </dt></dl><dl class='gallery-item'><dt class='gallery-icon landscape'><a href='${up}foto2.jpg'><img width="150" height="150" src="${up}foto2-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" /></a></dt></dl></div>`;
      // The width the w descriptor says; no height, which the square thumbnail's attributes do
      // not tell. Its sources leave out that thumbnail: a square crop of the picture.
      expect(firstContentImage(gallery)).to.deep.equal({
        url: `${up}foto1-1024x683.jpg`,
        alt: '',
        width: 1024,
        sources: [
          { url: `${up}foto1-300x200.jpg`, width: 300 },
          { url: `${up}foto1-1024x683.jpg`, width: 1024 },
        ],
      });
    });

    it('a 300 px size-medium image, whose srcset goes up to 2048 px in any order; over 1280 only when nothing smaller is there', () => {
      const medium = (srcset: string) => `<p><img loading="lazy" decoding="async" class="alignnone size-medium wp-image-45" src="${up}panen-300x200.jpg" alt="Panen" width="300" height="200" srcset="${srcset}" sizes="(max-width: 300px) 100vw, 300px" /></p>`;
      const sizes = [300, 1024, 768, 1536, 2048].map((width) => `${up}panen-${String(width)}.jpg ${String(width)}w`);
      expect(firstContentImage(medium(sizes.join(', ')))).to.deep.equal({
        url: `${up}panen-1024.jpg`,
        alt: 'Panen',
        width: 1024,
        sources: [300, 768, 1024].map((width) => ({ url: `${up}panen-${String(width)}.jpg`, width })),
      });
      expect(firstContentImage(medium(`${up}a-1300.jpg 1300w, ${up}a-1280.jpg 1280w`))?.url).to.equal(`${up}a-1280.jpg`);
      expect(firstContentImage(medium(`${up}a-2048.jpg 2048w, ${up}a-1536.jpg 1536w`))?.url).to.equal(`${up}a-1536.jpg`);
      expect(firstContentImage(medium(`${up}a-300.jpg 300w, ${up}a-768.jpg 768w`))?.url).to.equal(`${up}a-768.jpg`);
    });

    it("Jetpack's data-large-file, when there is no srcset", () => {
      const jetpack = `<img data-attachment-id="45" data-orig-file="${up}foto.jpg" data-orig-size="4000,3000" data-medium-file="${up}foto-300x225.jpg" data-large-file="${up}foto-1024x768.jpg" src="${up}foto-150x150.jpg" width="150" height="150" class="attachment-thumbnail size-thumbnail">`;
      expect(firstContentImage(jetpack)).to.deep.equal({ url: `${up}foto-1024x768.jpg`, alt: '' });
      expect(firstContentImage(jetpack.replace('src=', `srcset="${up}foto-1024x768.jpg 1024w" src=`))?.width).to.equal(1024);
    });

    it('x descriptors (times the img width, else 2x), candidates without descriptors, and a lazy-loading plugin\'s data-lazy-srcset and data-srcset', () => {
      const x = 'srcset="https://desa.example/a.jpg 1x, https://desa.example/a@2x.jpg 2x,https://desa.example/a@3x.jpg 3x"';
      expect(firstContentImage(`<img src="https://desa.example/a.jpg" ${x}>`)).to.deep.equal({ url: 'https://desa.example/a@2x.jpg', alt: '' });
      expect(firstContentImage(`<img src="https://desa.example/a.jpg" ${x} width="400">`)?.url).to.equal('https://desa.example/a@3x.jpg');
      expect(firstContentImage('<img srcset="https://desa.example/b.jpg, https://desa.example/b@2x.jpg 2x">')?.url).to.equal('https://desa.example/b@2x.jpg');
      expect(firstContentImage('<img srcset=" https://desa.example/only.jpg,, ">')?.url).to.equal('https://desa.example/only.jpg');
      const rocket = `<img width="300" height="200" src="data:image/svg+xml,%3Csvg%3E" data-lazy-src="${up}panen-300x200.jpg" data-lazy-srcset="${up}panen-300x200.jpg 300w, ${up}panen-1024x683.jpg 1024w">`;
      expect(firstContentImage(rocket)?.url).to.equal(`${up}panen-1024x683.jpg`);
      const a3 = `<img class="lazy lazy-hidden" src="https://desa.example/lazy_placeholder.gif" data-src="${up}panen-300x200.jpg" srcset="" data-srcset="${up}panen-300x200.jpg 300w, ${up}panen-1024x683.jpg 1024w">`;
      expect(firstContentImage(a3)?.url).to.equal(`${up}panen-1024x683.jpg`);
    });

    it('has as sources the srcset\'s http(s) candidates with a width, up to 1280 px, one per width, narrowest first', () => {
      const sourcesOf = (srcset: string) => firstContentImage(`<img src="${up}a.jpg" srcset="${srcset}">`)?.sources;
      expect(sourcesOf(`${up}a-1536.jpg 1536w, ${up}a-1024.jpg 1024w, javascript:alert(1) 300w, ${up}a-768.jpg 768w, ${up}b-768.jpg 768w, data:image/gif,x 200w`)).to.deep.equal([
        { url: `${up}a-768.jpg`, width: 768 },
        { url: `${up}a-1024.jpg`, width: 1024 },
      ]);
      // Relative candidates resolve as the src does.
      expect(firstContentImage('<img srcset="a-300.jpg 300w, a-1024.jpg 1024w">', 'https://desa.example/berita/')?.sources).to.deep.equal([
        { url: 'https://desa.example/berita/a-300.jpg', width: 300 },
        { url: 'https://desa.example/berita/a-1024.jpg', width: 1024 },
      ]);
      // One candidate is the url alone; x descriptors say no width; a 0w or a fraction is no width.
      expect(sourcesOf(`${up}a-1024.jpg 1024w`)).to.equal(undefined);
      expect(sourcesOf(`${up}a.jpg 1x, ${up}a@2x.jpg 2x`)).to.equal(undefined);
      expect(sourcesOf(`${up}a-0.jpg 0w, ${up}a-1.jpg 1.5w, ${up}a-1024.jpg 1024w`)).to.equal(undefined);
    });

    it('URLs with commas and entity-encoded query strings (Cloudinary, Jetpack Photon), never a javascript: or data: one', () => {
      const cloudinary = 'srcset="https://res.cloudinary.com/desa/image/upload/c_fill,w_300/a.jpg 300w, https://res.cloudinary.com/desa/image/upload/c_fill,w_1024/a.jpg 1024w"';
      expect(firstContentImage(`<img src="https://desa.example/a.jpg" ${cloudinary}>`)?.url).to.equal('https://res.cloudinary.com/desa/image/upload/c_fill,w_1024/a.jpg');
      const photon = 'srcset="https://i0.wp.com/desa.example/a.jpg?resize=300%2C200&#038;ssl=1 300w, https://i0.wp.com/desa.example/a.jpg?resize=1024,683&amp;ssl=1 1024w"';
      expect(firstContentImage(`<img src="https://desa.example/a.jpg" ${photon}>`)?.url).to.equal('https://i0.wp.com/desa.example/a.jpg?resize=1024,683&ssl=1');
      for (const srcset of ['https://desa.example/a-300.jpg 300w, javascript:alert(1) 1024w', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=,AAAA 2x', 'JaVaScRiPt:x']) {
        expect(firstContentImage(`<img srcset="${srcset}" src="https://desa.example/a.jpg">`)?.url, srcset).to.equal('https://desa.example/a.jpg');
        expect(firstContentImage(`<img srcset="${srcset}">`), srcset).to.equal(undefined);
      }
    });
  });

  it("skips an author box's or a comment's avatar, and Gravatar's pictures", () => {
    const avatars = [
      "<img alt='' src='https://secure.gravatar.com/avatar/0f1e2d?s=80&#038;d=mm&#038;r=g' srcset='https://secure.gravatar.com/avatar/0f1e2d?s=160&#038;d=mm&#038;r=g 2x' class='avatar avatar-80 photo' height='80' width='80' loading='lazy' decoding='async'/>",
      '<img src="https://0.gravatar.com/avatar/0f1e2d?s=256">',
      '<img src="https://desa.example/wp-content/uploads/2021/05/admin-96x96.jpg" class="avatar avatar-96 photo wp-user-avatar">',
    ];
    for (const avatar of avatars) expect(firstContentImage(`<div class="author-box">${avatar}<p>Admin desa</p></div>`), avatar).to.equal(undefined);
    expect(firstContentImage(`<p><img src="https://desa.example/foto.jpg"></p>${avatars[0]!}`)?.url).to.equal('https://desa.example/foto.jpg');
    expect(firstContentImage(`${avatars[0]!}<p><img src="https://desa.example/foto.jpg"></p>`)?.url).to.equal('https://desa.example/foto.jpg');
    // A picture only named so is a picture.
    expect(firstContentImage('<img src="https://desa.example/uploads/avatar-film.jpg" class="wp-image-5 avatarku">')?.url).to.equal('https://desa.example/uploads/avatar-film.jpg');
  });

  it('skips banners (wider than 3:1) and "follow us on Google News" badges', () => {
    const banners = [
      '<div class="google-news"><img src="https://desa.example/wp-content/uploads/google-news.png" class="wp-image-77" width="300" height="84"></div>',
      '<p><a href="https://news.google.com/publications/CAAqBwgKMKHL9QowkqbaAg" target="_blank" rel="noopener"> <img src="https://desa.example/follow.png" alt="Ikuti kami"></a></p>',
    ];
    for (const banner of banners) expect(firstContentImage(`<p>Isi.</p>${banner}`), banner).to.equal(undefined);
    expect(firstContentImage(`${banners.join('')}<img src="https://desa.example/foto.jpg">`)?.url).to.equal('https://desa.example/foto.jpg');
    // A wide photo, and a photo linked elsewhere, still are.
    expect(firstContentImage('<img src="https://desa.example/sawah.jpg" width="900" height="300">')?.url).to.equal('https://desa.example/sawah.jpg');
    expect(firstContentImage('<a href="https://desa.example/foto.jpg"><img src="https://desa.example/foto-300.jpg"></a>')?.url).to.equal('https://desa.example/foto-300.jpg');
  });

  it('reads a srcset of a megabyte, however it is cut, in time linear in its length', () => {
    const size = 1_000_000;
    const time = (html: string): number => {
      firstContentImage(html);
      const runs = [0, 1, 2].map(() => {
        const start = performance.now();
        firstContentImage(html);
        return performance.now() - start;
      });
      return runs.sort((a, b) => a - b)[1]!;
    };
    const benign = time(`<img srcset="https://a.example/${'y'.repeat(size)}.gif 1x">`);
    const hostile = [
      'a,'.repeat(size / 2),
      'a 1x, '.repeat(size / 6),
      ' ,'.repeat(size / 2),
      `a ${'1'.repeat(size)}`,
      `a ${'a '.repeat(size / 2)}`,
      `https://${'a.'.repeat(size / 2)}gravatar.co/ 1w`,
      `https://a.example/${'/'.repeat(size)} 1w`,
    ];
    for (const srcset of hostile) {
      expect(time(`<img srcset="${srcset}" src="javascript:x">`), `ms for ${srcset.slice(0, 12)}… (benign: ${benign.toFixed(1)} ms)`).to.be.below(Math.max(20 * benign, 100));
    }
    const images = (img: string) => time(img.repeat(size / img.length));
    expect(images('<img srcset="https://secure.gravatar.com/a 1x">')).to.be.below(Math.max(20 * benign, 300));
    expect(images('<a href="https://news.google.com/"><img src="https://a.example/a.jpg">')).to.be.below(Math.max(20 * benign, 300));
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
