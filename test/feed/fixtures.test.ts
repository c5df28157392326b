import { expect } from 'chai';
import { parseFeed } from '../../src/feed/index.js';
import type { Article } from '../../src/feed/index.js';
import { at, jsonFeed, only } from './helpers.js';
import wordPressJsonFeed from '../fixtures/wordpress-json-feed.json' with { type: 'json' };
import wordPressRest from '../fixtures/wordpress-rest-embed.json' with { type: 'json' };
import jsonFeed10 from '../fixtures/json-feed-1.0.json' with { type: 'json' };
import infestFeed from '../fixtures/infest-feed.json' with { type: 'json' };

const REST_URL = 'https://example.org/wp-json/wp/v2/posts?_embed&page=1';
const REST_NEXT = 'https://example.org/wp-json/wp/v2/posts?_embed&page=2';

/** A deep copy to edit without touching the imported module's object. */
const copy = <T>(value: T): T => structuredClone(value);

function byId(articles: readonly Article[], id: string): Article {
  const found = articles.find((candidate) => candidate.id === id);
  expect(found, `article ${id}`).to.not.equal(undefined);
  return found!;
}

describe('parseFeed: JSON Feed 1.1 from the WordPress JSON Feed plugin', () => {
  const { feed, warnings } = parseFeed(wordPressJsonFeed);

  it('detects the format and reads the feed fields', () => {
    expect(warnings).to.deep.equal([]);
    expect(feed.format).to.equal('json-feed-1.1');
    expect(feed.title).to.equal('Infest Yogyakarta');
    expect(feed.homePageUrl).to.equal('https://example.org/');
    expect(feed.feedUrl).to.equal('https://example.org/feed/json/');
    expect(feed.language).to.equal('id-ID');
    expect(feed.nextUrl).to.equal('https://example.org/feed/json/?paged=2');
    expect(feed.programs).to.deep.equal([]);
    expect(feed.articles.map((item) => item.id)).to.deep.equal(['https://example.org/?p=123', 'https://example.org/?p=118']);
  });

  it('turns content_html into plain text with its character references decoded', () => {
    const first = byId(feed.articles, 'https://example.org/?p=123');
    // The plugin also sends content_text, which is content_html minus tags with &#8217; etc. still
    // in it; the text must come from the HTML. (The picture's caption is not the article's text.)
    expect(first.contentText).to.equal(
      'Warga Desa Sendangrejo memetakan sumber air bersih setiap Jum’at sejak Juli … dan hasilnya lebih akurat daripada data kabupaten.\n\n' +
        'Langkah berikutnya\n\n' +
        'Pemerintah desa akan membahas hasilnya dalam musyawarah “Musdes” bulan depan.',
    );
  });

  it('makes a summary from the content when there is none, as plain text', () => {
    const first = byId(feed.articles, 'https://example.org/?p=123');
    // A line without punctuation (a heading) ends its sentence in the one-line summary.
    expect(first.summary).to.equal(first.contentText.replace('Langkah berikutnya\n', 'Langkah berikutnya.').replace(/\s+/g, ' '));
    const second = byId(feed.articles, 'https://example.org/?p=118');
    expect(second.summary).to.equal('Angkatan kedua Sekolah Data Desa dibuka untuk 12 desa di Kulon Progo. Pendaftaran ditutup 31 Juli…');
    for (const item of feed.articles) expect(item.summary).to.not.match(/&[#\w]+;|</);
  });

  it('maps title, url, dates, image, authors and tags', () => {
    const first = byId(feed.articles, 'https://example.org/?p=123');
    expect(first.title).to.equal('Warga Sendangrejo menjaga “Air Desa” bersama');
    expect(first.url).to.equal('https://example.org/2023/08/14/jaga-air-desa/');
    expect(first.published).to.deep.equal({ precision: 'instant', epochMs: at('2023-08-14T02:30:00Z'), iso: '2023-08-14T09:30:00+07:00' });
    expect(first.modified).to.deep.include({ precision: 'instant', epochMs: at('2023-08-20T08:02:11Z') });
    // JSON Feed has no alt text for `image`: the image is decorative.
    expect(first.image).to.deep.equal({ url: 'https://example.org/wp-content/uploads/2023/08/peta.jpg', alt: '' });
    expect(first.authors).to.deep.equal([
      {
        name: 'Ratna Dewi',
        url: 'https://example.org/author/ratna/',
        avatar: 'https://secure.example.com/avatar/4f6c2e0d9a?s=512&d=mm&r=g',
      },
    ]);
    expect(first.tags).to.deep.equal(['Air Bersih', 'Sanitasi', 'Kesehatan Lingkungan']);
    expect(first).to.not.have.any.keys('externalUrl', 'bannerImage', 'program', 'phase');
    expect(first.categories).to.deep.equal([]);
  });

  it('decodes the references PHP leaves in titles', () => {
    // html_entity_decode() before PHP 8.1 leaves &#039; alone.
    expect(byId(feed.articles, 'https://example.org/?p=118').title).to.equal("Sekolah Data Desa 'angkatan kedua' dibuka");
    expect(byId(feed.articles, 'https://example.org/?p=118').image).to.equal(undefined);
  });

  it('drops a next_url that is the feed itself (it must not be the same as feed_url), with a warning', () => {
    const self = { ...wordPressJsonFeed, next_url: wordPressJsonFeed.feed_url };
    const { feed: parsed, warnings: found } = parseFeed(self);
    expect(parsed).to.not.have.property('nextUrl');
    expect(found.map((warning) => [warning.code, warning.path])).to.deep.equal([['wrong-type', '$.next_url']]);
    const fetched = 'https://example.org/feed/json/?paged=2';
    expect(parseFeed({ ...wordPressJsonFeed, next_url: fetched }, { baseUrl: fetched }).feed, 'the page it was fetched from').to.not.have.property('nextUrl');
  });

  it('keeps next_url over the nextUrl option', () => {
    expect(parseFeed(wordPressJsonFeed, { nextUrl: 'https://example.org/other' }).feed.nextUrl).to.equal(
      'https://example.org/feed/json/?paged=2',
    );
  });
});

describe('parseFeed: JSON Feed 1.0', () => {
  const { feed, warnings } = parseFeed(jsonFeed10);

  it('detects version 1 and reads the single author objects', () => {
    expect(warnings).to.deep.equal([]);
    expect(feed.format).to.equal('json-feed-1.0');
    expect(feed.title).to.equal('Kabar Desa');
    const panen = byId(feed.articles, 'kabar-2');
    expect(panen.authors).to.deep.equal([{ name: 'Sri Lestari', url: 'https://example.com/penulis/sri/' }]);
    // An item without an author has the feed's.
    expect(byId(feed.articles, 'kabar-1').authors).to.deep.equal([
      { name: 'Redaksi Kabar Desa', url: 'https://example.com/tentang/', avatar: 'https://example.com/img/redaksi.png' },
    ]);
  });

  it('reads summary as text and content_text as it is', () => {
    const panen = byId(feed.articles, 'kabar-2');
    expect(panen.summary).to.equal('Petani & pemuda desa memanen kakao bersama.');
    expect(panen.contentText).to.equal('Petani dan pemuda desa memanen kakao bersama.\n\nHasilnya dijual ke koperasi.');
    expect(panen.externalUrl).to.equal('https://news.example.org/panen-raya-2019');
    expect(panen.bannerImage).to.deep.equal({ url: 'https://cdn.example.com/banner/panen.jpg', alt: '' });
    expect(panen.published).to.deep.include({ epochMs: at('2019-03-05T10:00:00Z') });
    expect(panen.tags).to.deep.equal(['Pertanian', 'Kakao']);
  });

  it('gives an untitled item a title from its summary', () => {
    const musdes = byId(feed.articles, 'kabar-1');
    expect(musdes.title).to.equal('Musyawarah desa membahas anggaran 2019.');
    expect(musdes.published).to.deep.include({ epochMs: at('2019-02-11T12:30:00Z') });
  });

  it('reads plain-text fields as text: a "<" that starts no complete tag stays, and so does a tag that is not formatting', () => {
    const { feed: parsed } = parseFeed({
      version: 'https://jsonfeed.org/version/1',
      title: 'Catatan <kode',
      items: [{ id: '1', title: 'Belajar tag <script> di HTML', summary: 'Jika a<b maka', tags: ['Kopi &amp; <b>Teh</b>'], author: { name: 'Tim <Infest' }, content_text: 'Isi' }],
    });
    const item = only(parsed.articles);
    expect([parsed.title, item.title, item.summary, item.authors[0]?.name]).to.deep.equal(['Catatan <kode', 'Belajar tag <script> di HTML', 'Jika a<b maka', 'Tim <Infest']);
    expect(item.tags).to.deep.equal(['Kopi & Teh']);
  });

  it('shows the banner image of an item that has no image', () => {
    const { feed } = parseFeed(jsonFeed([{ id: 'a', content_text: 'Isi.', banner_image: 'https://example.org/banner.jpg' }]));
    expect(only(feed.articles).image).to.deep.equal({ url: 'https://example.org/banner.jpg', alt: '' });
  });

  it('resolves relative URLs against baseUrl, then feed_url, then home_page_url', () => {
    expect(byId(feed.articles, 'kabar-2').url).to.equal('https://feeds.example.com/kabar/berita/panen-raya');
    expect(byId(feed.articles, 'kabar-2').image?.url).to.equal('https://feeds.example.com/img/panen.jpg');

    const fromBase = parseFeed(jsonFeed10, { baseUrl: 'https://mirror.example.org/a/feed.json' }).feed;
    expect(byId(fromBase.articles, 'kabar-2').url).to.equal('https://mirror.example.org/a/berita/panen-raya');
    expect(byId(fromBase.articles, 'kabar-2').image?.url).to.equal('https://mirror.example.org/img/panen.jpg');

    const withoutFeedUrl: Record<string, unknown> = copy(jsonFeed10);
    delete withoutFeedUrl.feed_url;
    const fromHome = parseFeed(withoutFeedUrl).feed;
    expect(byId(fromHome.articles, 'kabar-2').url).to.equal('https://example.com/blog/berita/panen-raya');
    expect(byId(fromHome.articles, 'kabar-2').image?.url).to.equal('https://example.com/img/panen.jpg');
  });

  it('takes the next page from the nextUrl option when the feed has no next_url, if it is http(s)', () => {
    expect(feed).to.not.have.property('nextUrl');
    expect(parseFeed(jsonFeed10, { nextUrl: 'feed.json?page=2' }).feed.nextUrl).to.equal('https://feeds.example.com/kabar/feed.json?page=2');
    expect(parseFeed(jsonFeed10, { nextUrl: 'javascript:alert(1)' }).feed).to.not.have.property('nextUrl');
  });

  it('falls back to feed_url when baseUrl is not an http(s) URL', () => {
    for (const baseUrl of ['/feed.json', 'file:///home/ratna/feed.json', 'not a url']) {
      const { feed: parsed, warnings: found } = parseFeed(jsonFeed10, { baseUrl });
      expect(found, baseUrl).to.deep.equal([]);
      expect(byId(parsed.articles, 'kabar-2').url, baseUrl).to.equal('https://feeds.example.com/kabar/berita/panen-raya');
      expect(byId(parsed.articles, 'kabar-1').url, baseUrl).to.equal('https://example.com/blog/2019/02/musdes');
    }
  });
});

describe('parseFeed: WordPress REST posts with _embed', () => {
  const { feed, warnings } = parseFeed(wordPressRest, { baseUrl: REST_URL, nextUrl: REST_NEXT });

  it('detects the format and derives the site from the REST URL', () => {
    // Post 85's author embed is WordPress's refusal.
    expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([['missing-field', '$']]);
    expect(warnings[0]?.message).to.include('refused the posts\' authors ("rest_user_invalid_id")');
    expect(feed.format).to.equal('wordpress-rest');
    expect(feed.homePageUrl).to.equal('https://example.org/');
    expect(feed.feedUrl).to.equal(REST_URL);
    expect(feed.title).to.equal('example.org');
    expect(feed.nextUrl).to.equal(REST_NEXT);
    expect(feed.articles.map((item) => item.id)).to.deep.equal(['123', '118', '97', '85']);
  });

  it('leaves out the "Continue reading" link themes append to excerpts', () => {
    const excerpts = [
      '<p>Ringkasan singkat [&hellip;]</p>\n<p class="link-more"><a href="https://example.org/a/" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;A&#8221;</span></a></p>',
      '<p>Ringkasan singkat [&hellip;] <a class="read-more" href="https://example.org/a/">Baca selengkapnya &raquo;</a></p>',
      '<p>Ringkasan singkat&hellip; <a href="https://example.org/a/" class="more-link">Read more<span class="screen-reader-text">A</span></a></p>',
      // A theme's excerpt_more of " &hellip;" without brackets.
      '<p>Ringkasan singkat &hellip;</p>',
    ];
    for (const excerpt of excerpts) {
      const post = { id: 1, link: 'https://example.org/a/', title: { rendered: 'A' }, content: { rendered: '<p>Isi</p>' }, excerpt: { rendered: excerpt } };
      expect(parseFeed([post], { baseUrl: REST_URL }).feed.articles[0]?.summary, excerpt).to.equal('Ringkasan singkat…');
    }
  });

  it('maps a complete post', () => {
    const post = byId(feed.articles, '123');
    expect(post.url).to.equal('https://example.org/2023/08/14/jaga-air-desa/');
    expect(post.title).to.equal('Warga Sendangrejo’s “Jaga Air” & sanitasi');
    // The automatic excerpt's " [&hellip;]" becomes a plain ellipsis.
    expect(post.summary).to.equal(
      'Warga Desa Sendangrejo memetakan sumber air bersih setiap Jum’at sejak Juli. Hasilnya dibahas dalam “Musdes” – musyawarah desa…',
    );
    expect(post.contentText).to.equal(
      'Warga Desa Sendangrejo memetakan sumber air bersih setiap Jum’at sejak Juli.\n\nLangkah berikutnya\n\nHasilnya dibahas dalam “Musdes” – musyawarah desa.',
    );
    // date_gmt is UTC without an offset; `date` is site-local and must not be used.
    expect(post.published).to.deep.equal({ precision: 'instant', epochMs: at('2023-08-14T02:30:00Z'), iso: '2023-08-14T02:30:00Z' });
    expect(post.modified).to.deep.include({ epochMs: at('2023-08-20T08:02:11Z') });
    expect(post.authors).to.deep.equal([
      {
        name: 'Ratna Dewi',
        url: 'https://example.org/author/ratna/',
        avatar: 'https://secure.example.com/avatar/ratna?s=96&d=mm&r=g',
      },
    ]);
    expect(post.tags).to.deep.equal(['Air Bersih', 'Sanitasi']);
    expect(post.categories).to.deep.equal(['Kesehatan & Lingkungan']);
  });

  it('chooses medium_large, then large, then the original for the featured image, with the sizes of its shape as sources', () => {
    const uploads = 'https://example.org/wp-content/uploads/2023/';
    expect(byId(feed.articles, '123').image).to.deep.equal({
      url: `${uploads}08/peta-air-768x512.jpg`,
      alt: 'Peta sumber air bersih Desa Sendangrejo',
      width: 768,
      height: 512,
      // Not the 150 × 150 thumbnail, a crop, nor the 2048 px original.
      sources: [
        { url: `${uploads}08/peta-air-300x200.jpg`, width: 300 },
        { url: `${uploads}08/peta-air-768x512.jpg`, width: 768 },
        { url: `${uploads}08/peta-air-1024x683.jpg`, width: 1024 },
      ],
    });
    expect(byId(feed.articles, '118').image).to.deep.equal({
      url: `${uploads}07/rapat-1024x683.png`,
      alt: '',
      width: 1024,
      height: 683,
      sources: [
        { url: `${uploads}07/rapat-300x200.png`, width: 300 },
        { url: `${uploads}07/rapat-1024x683.png`, width: 1024 },
        { url: `${uploads}07/rapat.png`, width: 1200 },
      ],
    });
    expect(byId(feed.articles, '85').image).to.deep.equal({
      url: 'https://example.org/wp-content/uploads/2022/06/kelas.jpg',
      alt: 'Peserta Sekolah Data Desa',
      width: 640,
      height: 427,
    });
  });

  it('shows nothing of a password-protected post but its title', () => {
    const post = byId(feed.articles, '118');
    expect(post.title).to.equal('Laporan internal mitra');
    expect(post.summary).to.equal('');
    expect(post.contentText).to.equal('');
    expect(post.tags).to.deep.equal([]);
    expect(post.categories).to.deep.equal(['Laporan']);
  });

  it('reads a post without featured media and one whose author embed is an error (a refusal)', () => {
    const noMedia = byId(feed.articles, '97');
    expect(noMedia.image).to.equal(undefined);
    expect(noMedia.authors.map((author) => author.name)).to.deep.equal(['Bayu Pratama']);
    const noAuthor = byId(feed.articles, '85');
    expect(noAuthor.authors).to.deep.equal([]);
    expect(noAuthor.title).to.equal('Sekolah Data Desa – angkatan pertama');
  });

  it('derives the home page from REST URLs in a folder or with rest_route', () => {
    expect(parseFeed(wordPressRest, { baseUrl: 'https://example.org/blog/wp-json/wp/v2/posts?_embed' }).feed.homePageUrl).to.equal(
      'https://example.org/blog/',
    );
    expect(parseFeed(wordPressRest, { baseUrl: 'https://example.org/?rest_route=/wp/v2/posts&_embed' }).feed.homePageUrl).to.equal(
      'https://example.org/',
    );
  });

  it('has no home page, feed URL or title without a baseUrl', () => {
    const bare = parseFeed(wordPressRest).feed;
    expect(bare).to.not.have.any.keys('homePageUrl', 'feedUrl', 'nextUrl');
    expect(bare.title).to.equal('');
  });

  it('resolves relative links and a relative next link against the REST URL', () => {
    const posts = copy(wordPressRest);
    posts[0]!.link = '/2023/08/14/jaga-air-desa/';
    const parsed = parseFeed(posts, { baseUrl: REST_URL, nextUrl: '/wp-json/wp/v2/posts?_embed&page=2' }).feed;
    expect(byId(parsed.articles, '123').url).to.equal('https://example.org/2023/08/14/jaga-air-desa/');
    expect(parsed.nextUrl).to.equal(REST_NEXT);
  });

  it('keeps absolute links when baseUrl is not an http(s) URL, and drops an unsafe next link', () => {
    const { feed: parsed, warnings: found } = parseFeed(wordPressRest, { baseUrl: '/wp-json/wp/v2/posts', nextUrl: 'javascript:alert(1)' });
    expect(found).to.deep.equal(warnings);
    expect(byId(parsed.articles, '123').url).to.equal('https://example.org/2023/08/14/jaga-air-desa/');
    expect(byId(parsed.articles, '123').image?.url).to.equal('https://example.org/wp-content/uploads/2023/08/peta-air-768x512.jpg');
    expect(parsed).to.not.have.any.keys('homePageUrl', 'feedUrl', 'nextUrl');
  });

  it('reads a single post object', () => {
    const { feed: single, warnings: found } = parseFeed(wordPressRest[2], { baseUrl: REST_URL });
    expect(found).to.deep.equal([]);
    expect(single.format).to.equal('wordpress-rest');
    expect(single.articles.map((item) => item.id)).to.deep.equal(['97']);
  });
});

describe('parseFeed: the _infest extension', () => {
  const { feed, warnings } = parseFeed(infestFeed);

  it('reads programs, phases in start order, villages and milestones', () => {
    expect(warnings).to.deep.equal([]);
    expect(feed.title).to.equal('Infest Yogyakarta – Program');
    const [school, water] = feed.programs;
    expect(school).to.deep.include({
      id: 'sekolah-data',
      title: 'Sekolah Data Desa',
      region: 'Kabupaten Kulon Progo',
      summary: 'Pelatihan data untuk perangkat desa.\n\nDua angkatan.',
      url: 'https://example.org/program/sekolah-data/',
    });
    expect(school!.phases.map((phase) => phase.id)).to.deep.equal(['angkatan-1', 'angkatan-2']);
    const [first, second] = school!.phases;
    expect(first!.start).to.deep.equal({ precision: 'year', year: 2022, iso: '2022' });
    expect(first!.end).to.deep.equal({ precision: 'day', year: 2022, month: 12, day: 20, iso: '2022-12-20' });
    expect(second!.start).to.deep.equal({ precision: 'month', year: 2023, month: 7, iso: '2023-07' });
    expect(second!.end).to.equal(undefined);
    expect(second!.villages).to.deep.equal(['Sendangrejo', 'Banjarharjo']);
    expect(second!.milestones).to.deep.equal([
      { title: 'Pendaftaran dibuka' },
      { title: 'Kelas pertama', date: { precision: 'day', year: 2023, month: 8, day: 5, iso: '2023-08-05' } },
    ]);
    expect(water!.phases[0]!.start).to.deep.include({ precision: 'instant', epochMs: at('2023-01-01T01:00:00Z') });
  });

  it('reads program, phase, category and image alt of an item', () => {
    const kelas = byId(feed.articles, 'a1');
    expect(kelas).to.deep.include({ program: 'sekolah-data', phase: 'angkatan-2', categories: ['Kegiatan'] });
    expect(kelas.image).to.deep.equal({ url: 'https://example.org/img/kelas.jpg', alt: 'Peserta di kelas' });
    expect(kelas.url).to.equal('https://example.org/2023/08/kelas-pertama/');
    expect(kelas.authors).to.deep.equal([{ name: 'Tim Infest', url: 'https://example.org/tim/' }]);
    expect(byId(feed.articles, 'a2')).to.not.have.property('phase');
  });
});
