import { expect } from 'chai';
import fc from 'fast-check';
import { filterArticles, filtersFrom } from '../../src/feed/article-filter.js';
import { FeedError, htmlToText, relatedArticles } from '../../src/feed/index.js';
import type { Article, FeedWarning } from '../../src/feed/index.js';
import { at, feedErrorOf, only, parse, warningAt } from './helpers.js';

/** What WordPress sites send in practice, short of the full `?_embed` response. */

const REST_URL = 'https://site.example/wp-json/wp/v2/posts';
const LINK = 'https://site.example/2021/x/';

/** A published post as `/wp/v2/posts` returns it; `fields` adds or overrides. */
function post(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: 7,
    date: '2021-11-02T10:00:00',
    date_gmt: '2021-11-02T03:00:00',
    modified: '2021-11-03T08:00:00',
    modified_gmt: '2021-11-03T01:00:00',
    link: LINK,
    title: { rendered: 'Judul' },
    content: { rendered: '<p>Isi.</p>', protected: false },
    excerpt: { rendered: '<p>Ringkasan.</p>', protected: false },
    author: 0,
    featured_media: 0,
    categories: [],
    tags: [],
    ...fields,
  };
  // As in parsed JSON: `undefined` leaves the field out.
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

function messagesOf(warnings: readonly FeedWarning[]): string {
  return JSON.stringify(warnings, null, 1);
}

describe('WordPress posts as publishers send them', () => {
  describe('a response without _embed', () => {
    const linked = [
      post({ id: 1, featured_media: 501, author: 3, categories: [4], tags: [11] }),
      post({ id: 2, author: 3 }),
      post({ id: 3, tags: [11] }),
    ];

    it('says once, for the whole response, that images, authors and categories are missing and how to get them', () => {
      const { warnings } = parse(linked, { baseUrl: REST_URL });
      const warning = warningAt(warnings, 'missing-field', '$');
      expect(warning.message).to.include('"_embedded"').and.include('images, authors, categories and tags');
      expect(warning.message).to.include('/wp-json/wp/v2/posts?_embed');
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
    });

    it('names tags alone when the posts have tags but no categories', () => {
      const { warnings } = parse([post({ id: 3, tags: [11] })], { baseUrl: REST_URL });
      expect(warningAt(warnings, 'missing-field', '$').message).to.include('so their tags are missing;');
    });

    it('says it for a single post, and for posts that only have categories or only a featured image', () => {
      for (const fields of [{ categories: [4] }, { featured_media: 9 }]) {
        warningAt(parse(post(fields)).warnings, 'missing-field', '$');
        warningAt(parse([post(fields)]).warnings, 'missing-field', '$');
      }
    });

    it('says nothing when one post has _embedded, or no post links to media, authors or terms', () => {
      const oneEmbedded = [...linked, post({ id: 4, _embedded: { author: [{ name: 'Ratna' }] } })];
      expect(parse(oneEmbedded).warnings).to.deep.equal([]);
      expect(parse([post(), post({ id: 2 })]).warnings).to.deep.equal([]);
      expect(parse([]).warnings).to.deep.equal([]);
    });
  });

  describe('a response without _embed, with Yoast SEO', () => {
    const yoast = { author: 'Ratna &amp; Tim', og_image: [{ url: 'https://site.example/wp-content/uploads/foto.jpg' }] };

    it("shows Yoast's byline, and says only what is still missing", () => {
      const { feed, warnings } = parse([post({ featured_media: 501, author: 3, categories: [4], yoast_head_json: yoast })]);
      expect(only(feed.articles).authors).to.deep.equal([{ name: 'Ratna & Tim' }]);
      expect(warningAt(warnings, 'missing-field', '$').message).to.include('so their categories are missing;');
      expect(warningAt(parse([post({ featured_media: 501, author: 3, yoast_head_json: {} })]).warnings, 'missing-field', '$').message).to.include('so their images and authors are missing;');
    });

    it('says nothing when Yoast gave everything there was', () => {
      expect(parse([post({ featured_media: 501, author: 3, yoast_head_json: yoast })]).warnings).to.deep.equal([]);
    });

    it('loses to the embedded author', () => {
      const { feed } = parse([post({ author: 3, yoast_head_json: yoast, _embedded: { author: [{ name: 'Budi' }] } })]);
      expect(only(feed.articles).authors).to.deep.equal([{ name: 'Budi' }]);
    });
  });

  describe('a response whose _embed listed some links (_embed=wp:featuredmedia)', () => {
    const media = { id: 501, media_type: 'image', mime_type: 'image/jpeg', source_url: 'https://site.example/foto.jpg' };

    it('says once what is missing, and to write _embed alone; Yoast gives the byline', () => {
      const posts = [1, 2].map((id) => post({ id, featured_media: 501, author: 3, categories: [4], yoast_head_json: { author: 'Ratna' }, _embedded: { 'wp:featuredmedia': [media] } }));
      const { feed, warnings } = parse(posts);
      expect(feed.articles.map((article) => article.authors)).to.deep.equal([[{ name: 'Ratna' }], [{ name: 'Ratna' }]]);
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
      expect(warningAt(warnings, 'missing-field', '$').message).to.include('so their categories are missing;').and.include('write _embed alone');
    });
  });

  describe('embedded authors that a security plugin refuses (Wordfence: rest_user_invalid_id)', () => {
    const refused = { code: 'rest_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } };

    it("shows Yoast's byline instead, else none, and says once why and what to allow", () => {
      const posts = [
        post({ id: 1, author: 3, yoast_head_json: { author: 'Sofwan Hadi' }, _embedded: { author: [refused] } }),
        post({ id: 2, author: 3, _embedded: { author: [refused] } }),
      ];
      const { feed, warnings } = parse(posts);
      expect(feed.articles.map((article) => article.authors)).to.deep.equal([[{ name: 'Sofwan Hadi' }], []]);
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
      expect(warningAt(warnings, 'missing-field', '$').message).to.include('"rest_user_invalid_id"').and.include('security plugin').and.include('/wp-json/wp/v2/users');
    });
  });

  describe('a _fields request that leaves out what a widget shows', () => {
    it('says once that the posts have no title or text, and what to list', () => {
      const bare = [1, 2, 3].map((id) => ({ id, link: `${LINK}${String(id)}/`, jetpack_featured_media_url: '' }));
      const { feed, warnings } = parse(bare, { baseUrl: REST_URL });
      expect(feed.articles).to.have.lengthOf(3);
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
      expect(warningAt(warnings, 'missing-field', '$').message).to.equal(
        'the posts have no title, excerpt or content, so the articles are shown without them; with _fields, list title,excerpt too',
      );
    });

    it('says that the posts have no link, so the cards cannot link to them', () => {
      const { feed, warnings } = parse([post({ id: 1, link: undefined }), post({ id: 2, link: undefined })]);
      expect(feed.articles.map((article) => article.url)).to.deep.equal([undefined, undefined]);
      expect(warningAt(warnings, 'missing-field', '$').message).to.include('have no link,').and.include('list link too');
    });

    it("links such posts to their short address on the site the REST URL names, which WordPress redirects to the post", () => {
      const { feed, warnings } = parse([post({ id: 1, link: undefined }), post({ id: 2, link: undefined })], { baseUrl: REST_URL });
      expect(feed.articles.map((article) => article.url)).to.deep.equal(['https://site.example/?p=1', 'https://site.example/?p=2']);
      expect(warningAt(warnings, 'missing-field', '$').message).to.include('link to their short address (https://site.example/?p=1)').and.include('list link too');
    });

    it('titles a post without its title by its slug, rather than "untitled"', () => {
      const { feed } = parse([post({ title: undefined, slug: 'musyawarah-desa-sumberejo-2023' }), post({ id: 8, title: undefined, slug: '%e5%a3%b0' }), post({ id: 9, title: { rendered: '' }, slug: 'status-1' })]);
      expect(feed.articles.map((article) => article.title)).to.deep.equal(['Musyawarah desa sumberejo 2023', '声', 'Ringkasan.']);
    });
  });

  describe('a response with no post to show', () => {
    it('is an error that says why, when every post is unpublished (a context=edit request)', () => {
      const error = feedErrorOf([post({ id: 1, status: 'draft' }), post({ id: 2, status: 'private' })]);
      expect(error.path).to.equal('$[0].status');
      expect(error.message).to.include('none of the 2 posts can be shown: the post is "draft", not published');
      expect(feedErrorOf(post({ status: 'future' })).message).to.include('$.status: the post cannot be shown: the post is "future"');
    });

    it('is no error when the response is empty', () => {
      expect(parse([]).feed.articles).to.deep.equal([]);
    });
  });

  it('refuses the old WP-API v1 (/wp-json/posts), naming the v2 route', () => {
    const v1 = [{ ID: 1789, title: 'Parroquia de Santa Eulalia', status: 'publish', type: 'post', content: '<p>…</p>', link: 'http://appfadeta.example/poi/x/', date_gmt: '2015-06-15T17:50:42' }];
    const error = feedErrorOf(v1);
    expect(error.path).to.equal('$[0]');
    expect(error.message).to.include('WP-API v1').and.include('/wp-json/wp/v2/posts?_embed');
  });

  describe("Jetpack's jetpack_featured_media_url", () => {
    const jetpack = 'https://site.example/wp-content/uploads/2021/11/x.jpg';

    it('is the image when there is no embedded featured image', () => {
      const { feed, warnings } = parse([post({ jetpack_featured_media_url: jetpack, _embedded: {} })]);
      expect(warnings).to.deep.equal([]);
      expect(only(feed.articles).image).to.deep.equal({ url: jetpack, alt: '' });
    });

    it('yields to the embedded featured image', () => {
      const media = { source_url: 'https://site.example/wp-content/uploads/2021/11/y.jpg', alt_text: 'Y' };
      const { feed } = parse([post({ jetpack_featured_media_url: jetpack, _embedded: { 'wp:featuredmedia': [media] } })]);
      expect(only(feed.articles).image).to.deep.equal({ url: media.source_url, alt: 'Y' });
    });

    it('goes through the same URL checks as every other URL', () => {
      const unsafe = parse([post({ jetpack_featured_media_url: 'javascript:alert(1)' })]);
      expect(only(unsafe.feed.articles)).to.not.have.property('image');
      expect(warningAt(unsafe.warnings, 'unsafe-url', '$[0].jetpack_featured_media_url').message).to.include('"javascript:alert(1)"');
      const relative = parse([post({ jetpack_featured_media_url: '/wp-content/uploads/x.jpg' })], { baseUrl: REST_URL });
      expect(only(relative.feed.articles).image).to.deep.equal({ url: 'https://site.example/wp-content/uploads/x.jpg', alt: '' });
      // Jetpack sends "" for a post without a featured image.
      const empty = parse([post({ jetpack_featured_media_url: '' })]);
      expect(empty.warnings).to.deep.equal([]);
      expect(only(empty.feed.articles)).to.not.have.property('image');
    });
  });

  describe('a post without date_gmt or modified_gmt', () => {
    const { feed, warnings } = parse([
      post({ date_gmt: undefined, modified_gmt: undefined }),
      post({ id: 8, date_gmt: undefined, date: 'kemarin', modified_gmt: undefined, modified: undefined }),
      post({ id: 9, date_gmt: null, modified_gmt: null }),
    ]);

    it('reads date and modified as Asia/Jakarta time, and says so', () => {
      const [first] = feed.articles;
      expect(first!.published).to.deep.include({ precision: 'instant', epochMs: at('2021-11-02T03:00:00Z') });
      expect(first!.modified).to.deep.include({ precision: 'instant', epochMs: at('2021-11-03T01:00:00Z') });
      expect(warningAt(warnings, 'date-without-offset', '$').message).to.include('Asia/Jakarta');
    });

    it('says so once for the response, and to send date_gmt, not to change what WordPress writes in date', () => {
      // Once for the two posts without date_gmt; the one with null ones gets its own (see below).
      expect(warnings.filter((warning) => warning.code === 'date-without-offset').map((warning) => warning.path)).to.have.members(['$', '$[2].date_gmt', '$[2].modified_gmt']);
      const advice = warningAt(warnings, 'date-without-offset', '$').message;
      expect(advice).to.include('date_gmt and modified_gmt').and.include('_fields').and.not.include('"Z"');
      const fieldsRequest = parse([1, 2, 3].map((id) => post({ id, date_gmt: undefined, modified_gmt: undefined, modified: undefined })));
      expect(fieldsRequest.warnings).to.have.lengthOf(1);
      expect(fieldsRequest.warnings[0]!.message).to.include('no date_gmt,');
    });

    it('reports a date it cannot read', () => {
      expect(feed.articles[1]).to.not.have.any.keys('published', 'modified');
      expect(warningAt(warnings, 'invalid-date', '$[1].date').message).to.include('"kemarin"');
    });

    it('reads date as Asia/Jakarta time when date_gmt is null or the zero date, and says so for the post', () => {
      expect(feed.articles[2]!.published).to.deep.include({ epochMs: at('2021-11-02T03:00:00Z') });
      expect(feed.articles[2]!.modified).to.deep.include({ epochMs: at('2021-11-03T01:00:00Z') });
      expect(warningAt(warnings, 'date-without-offset', '$[2].date_gmt').message).to.equal('null is no date, so date (site time, without an offset) was read as Asia/Jakarta time (+07:00)');
      const zero = parse([post({ date_gmt: '0000-00-00T00:00:00', modified_gmt: '0000-00-00 00:00:00' })]);
      expect(only(zero.feed.articles).published).to.deep.include({ epochMs: at('2021-11-02T03:00:00Z') });
      expect(zero.warnings.map((warning) => warning.path)).to.deep.equal(['$[0].date_gmt', '$[0].modified_gmt']);
    });

    it('uses date_gmt over date', () => {
      expect(only(parse([post({ date: '2021-11-02T11:00:00' })]).feed.articles).published).to.deep.include({ epochMs: at('2021-11-02T03:00:00Z') });
    });
  });

  describe('a post that is not published (a response to an authenticated request, or a copy of one)', () => {
    it('is left out, with a warning that says how to ask for published posts only', () => {
      const { feed, warnings } = parse(['draft', 'private', 'future', 'pending', 'publish'].map((status, index) => post({ id: index + 1, status })));
      expect(feed.articles.map((article) => article.id)).to.deep.equal(['5']);
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal(
        ['$[0].status', '$[1].status', '$[2].status', '$[3].status'].map((path) => ['item-dropped', path]),
      );
      expect(warnings[0]!.message).to.equal('the post is "draft", not published; it was dropped (widgets show only published posts: ask for /wp-json/wp/v2/posts without status= or context=edit)');
    });
  });

  describe('a "read more" link without a class at the end of an excerpt', () => {
    const summaryOf = (excerpt: string, link = LINK): string | undefined =>
      only(parse([post({ link, excerpt: { rendered: excerpt, protected: false } })], { baseUrl: REST_URL }).feed.articles).summary;

    it('is left out when it links to the post', () => {
      const excerpt = `<p>Teks ringkas &hellip; <a href="${LINK}">Baca Selengkapnya &raquo;</a></p>\n`;
      expect(summaryOf(excerpt)).to.equal('Teks ringkas…');
      expect(summaryOf(`<p>Teks ringkas [&hellip;]</p>\n<p><a href='${LINK}' rel="bookmark">Baca <span>Selengkapnya</span></a></p>`)).to.equal('Teks ringkas…');
      // Where WordPress's cut fell at a sentence's end, the sentence ends there: no "selesai.…".
      expect(summaryOf('<p>Kalimat pertama selesai. Kalimat kedua selesai. [&hellip;]</p>')).to.equal('Kalimat pertama selesai. Kalimat kedua selesai.');
      // esc_url() writes "&" in a query as "&#038;"; a relative href resolves against the REST URL.
      expect(summaryOf('<p>Teks <a href="https://site.example/?p=7&#038;lang=id">Baca</a></p>', 'https://site.example/?p=7&lang=id')).to.equal('Teks');
      expect(summaryOf('<p>Teks <a href="/2021/x/">Baca</a></p>')).to.equal('Teks');
      // Only the last link goes, even after another.
      expect(summaryOf(`<p>Lihat <a href="https://bps.example/">BPS</a>, lalu <a href="${LINK}">Baca</a></p>`)).to.equal('Lihat BPS, lalu');
    });

    it('stays when it is in the middle of the excerpt or links elsewhere', () => {
      expect(summaryOf(`<p>Lihat <a href="${LINK}">tulisan ini</a> dan peta desa.</p>`)).to.equal('Lihat tulisan ini dan peta desa.');
      expect(summaryOf('<p>Data dari <a href="https://bps.example/desa/">BPS</a></p>')).to.equal('Data dari BPS');
      expect(summaryOf(`<p>Lihat <a href="${LINK}">ini</a> dan <a href="https://bps.example/">BPS</a></p>`)).to.equal('Lihat ini dan BPS');
    });

    it('leaves the rest of any excerpt as it was', () => {
      // ("NA", "none" … alone are what templates write for no summary: see the placeholder test.)
      const words = fc.stringMatching(/^[A-Za-z][A-Za-z ,.]{0,39}$/).filter((text) => !/^\s*(?:n\/?a|none|null|undefined)\s*$/i.test(text));
      fc.assert(
        fc.property(words, words, (text, label) => {
          const kept = `<p>${text}</p>`;
          expect(summaryOf(`${kept}<p><a href="${LINK}">${label}</a></p>`)).to.equal(htmlToText(kept));
          expect(summaryOf(`${kept}<p><a href="https://bps.example/">${label}</a></p>`)).to.equal(htmlToText(`${kept}<p>${label}</p>`));
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('an embedded featured image WordPress will not show', () => {
    const forbidden = { code: 'rest_forbidden', message: 'Maaf, Anda tidak diizinkan melakukan hal tersebut.', data: { status: 401 } };
    const path = "$[0]._embedded['wp:featuredmedia'][0]";

    it('is reported at its path, saying why and that the article has no image', () => {
      const { feed, warnings } = parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [forbidden] } })]);
      const warning = warningAt(warnings, 'missing-field', path);
      expect(warning.message).to.include('not public').and.include('"rest_forbidden"').and.include('without it');
      expect(warnings).to.have.lengthOf(1);
      expect(only(feed.articles)).to.not.have.property('image');
    });

    it('says that an image deleted or lost in a migration no longer exists', () => {
      const missing = { code: 'rest_post_invalid_id', message: 'ID pos tidak valid.', data: { status: 404 } };
      const { warnings } = parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [missing] } })]);
      expect(warningAt(warnings, 'missing-field', path).message).to.include('no longer exists').and.include('choose a new featured image').and.not.include('Media Library');
    });

    it("shows Jetpack's image instead, quietly: WordPress.com refuses every embedded image (401) but gives that URL", () => {
      const jetpack = 'https://site.example/wp-content/uploads/x.jpg';
      const unauthorized = { code: 'unauthorized', message: 'That API call requires authentication against the correct blog.', data: { status: 401 } };
      for (const refusal of [forbidden, unauthorized]) {
        const { feed, warnings } = parse([post({ featured_media: 12, jetpack_featured_media_url: jetpack, _embedded: { 'wp:featuredmedia': [refusal] } })]);
        expect(warnings, refusal.code).to.deep.equal([]);
        expect(only(feed.articles).image).to.deep.equal({ url: jetpack, alt: '' });
      }
    });
  });

  describe('a featured "image" that is a video or a document', () => {
    const video = { id: 12, media_type: 'file', mime_type: 'video/mp4', source_url: 'https://site.example/wp-content/uploads/klip.mp4', media_details: [] };
    const content = { rendered: '<p>Isi.</p><img src="https://site.example/wp-content/uploads/foto.jpg" alt="Foto" width="800" height="600">', protected: false };

    it('is not shown as a picture; a picture in the content is, as for a post without one', () => {
      const { feed } = parse([post({ featured_media: 12, content, jetpack_featured_media_url: video.source_url, _embedded: { 'wp:featuredmedia': [video] } })]);
      expect(only(feed.articles).image?.url).to.equal('https://site.example/wp-content/uploads/foto.jpg');
    });

    it("resolves a relative picture in the content against the post's link", () => {
      const relative = { rendered: '<p>Isi.</p><img src="foto-desa.jpg" alt="Foto">', protected: false };
      expect(only(parse([post({ content: relative })], { baseUrl: REST_URL }).feed.articles).image?.url).to.equal(`${LINK}foto-desa.jpg`);
    });

    it('leaves the article without a picture when its content has none', () => {
      for (const media of [video, { ...video, media_type: 'image', mime_type: 'application/pdf', source_url: 'https://site.example/laporan.pdf' }]) {
        const { feed } = parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [media] } })]);
        expect(only(feed.articles), JSON.stringify(media)).to.not.have.property('image');
      }
    });
  });

  describe('a WordPress.com REST API v1.1 answer', () => {
    const v1 = { found: 1, posts: [{ ID: 12, title: 'Judul', URL: 'https://desa.wordpress.com/2021/11/02/judul/', content: '<p>Isi</p>', date: '2021-11-02T10:00:00+07:00' }] };

    it('is refused with the v2 URL of the same site', () => {
      expect(() => parse(v1, { baseUrl: 'https://public-api.wordpress.com/rest/v1.1/sites/desa.wordpress.com/posts/' })).to.throw(
        'use its v2: https://public-api.wordpress.com/wp/v2/sites/desa.wordpress.com/posts?_embed',
      );
      expect(() => parse(v1, { baseUrl: 'https://example.org/proxy.json' })).to.throw(FeedError, /WordPress\.com REST API v1\.1.*\/wp\/v2\/sites\/<your-site>\/posts/);
    });

    it('is refused when it has no posts, too', () => {
      expect(() => parse({ found: 0, posts: [] })).to.throw(FeedError, /REST API v1\.1/);
    });
  });

  describe("a site's own JSON list of articles, not WordPress's", () => {
    it('is refused, saying how to publish it as a JSON Feed', () => {
      const list = [{ id: 'a', title: 'Judul', link: 'https://desa.example/a', description: 'Ringkasan', published: '2026-08-05T08:25:11+00:00' }];
      expect(() => parse(list)).to.throw(FeedError, /its own shape, not WordPress posts[^]*"title" is \{ "rendered": … \}[^]*JSON Feed[^]*"date_published"/);
    });
  });

  describe('another route of the REST API than posts', () => {
    const routes: [string, unknown, RegExp][] = [
      ['/wp/v2/categories', [{ id: 1, count: 12, link: 'https://desa.example/category/berita/', name: 'Berita', slug: 'berita', taxonomy: 'category' }], /terms of the taxonomy "category"/],
      ['/wp/v2/tags/5', { id: 5, count: 2, link: 'https://desa.example/tag/air/', name: 'air', taxonomy: 'post_tag' }, /terms of the taxonomy "post_tag"/],
      ['/wp/v2/users', [{ id: 1, name: 'admin', link: 'https://desa.example/author/admin/', slug: 'admin', avatar_urls: { 96: 'https://secure.gravatar.com/avatar/x?s=96' } }], /users/],
      ['/wp/v2/comments', [{ id: 3, post: 7, author_name: 'Warga', link: 'https://desa.example/2021/x/#comment-3', type: 'comment', content: { rendered: '<p>Setuju</p>' } }], /comments/],
      ['/wp/v2/pages', [{ id: 2, link: 'https://desa.example/tentang-kami/', title: { rendered: 'Tentang Kami' }, type: 'page', parent: 0, menu_order: 0, content: { rendered: '<p>Profil desa</p>' } }], /pages/],
      ['/wp/v2/media', [{ id: 12, link: 'https://desa.example/foto/', title: { rendered: 'foto' }, type: 'attachment', media_type: 'image', source_url: 'https://desa.example/foto.jpg' }], /media items/],
      ['/wc/v3/products', [{ id: 31, name: 'Kopi Desa', slug: 'kopi', permalink: 'https://desa.example/produk/kopi/', type: 'simple', price: '25000' }], /WooCommerce products/],
      ['/wc/store/v1/products', [{ id: 31, name: 'Kopi Desa', permalink: 'https://desa.example/produk/kopi/', prices: { price: '25000' } }], /WooCommerce products/],
    ];
    for (const [route, input, what] of routes) {
      it(`is refused, naming what it is and the posts route: ${route}`, () => {
        expect(() => parse(input)).to.throw(FeedError, what).and.match(/not posts; ask for posts instead: \/wp-json\/wp\/v2\/posts\?_embed/);
      });
    }

    it('is refused at the index of the REST API, with the URL of its posts', () => {
      const index = { name: 'Desa Contoh', url: 'https://desa.example', home: 'https://desa.example', namespaces: ['oembed/1.0', 'wp/v2'], routes: { '/': {} } };
      expect(() => parse(index)).to.throw(FeedError, 'the posts are at https://desa.example/wp-json/wp/v2/posts?_embed');
    });
  });

  describe("Jetpack's share, like and related-posts blocks", () => {
    const sharing =
      '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Bagikan ini:</h3><div class="sd-content"><ul><li class="share-facebook"><a href="https://desa.example/?share=facebook"><span>Facebook</span></a></li></ul></div></div></div>' +
      '<div class=\'sharedaddy sd-block sd-like jetpack-likes-widget-wrapper\'><h3 class="sd-title">Suka ini:</h3><div class=\'likes-widget-placeholder post-likes-widget-placeholder\'><span class="loading">Memuat...</span></div></div>';
    const related = "<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-headline\"><em>Terkait</em></h3></div>";

    it('are left out of the summary and the text, with the text after them kept', () => {
      const article = only(
        parse([post({ excerpt: { rendered: `<p>Warga gotong royong.</p>${sharing}`, protected: false }, content: { rendered: `<div><p>Isi.</p></div>${sharing}${related}<p>Penutup.</p>`, protected: false } })]).feed.articles,
      );
      expect(article.summary).to.equal('Warga gotong royong.');
      expect(article.contentText).to.equal('Isi.\n\nPenutup.');
    });

    it('are kept as text when never closed, without reading the rest again for each', () => {
      const open = '<div class="sharedaddy">'.repeat(20_000);
      const started = performance.now();
      const article = only(parse([post({ content: { rendered: `<p>Isi</p>${open}Sisa`, protected: false } })]).feed.articles);
      expect(article.contentText).to.include('Sisa');
      expect(performance.now() - started).to.be.below(2000);
    });
  });

  describe('the size of the featured image', () => {
    const sizes = (names: string[]): Record<string, unknown> =>
      Object.fromEntries(names.map((name, index) => [name, { source_url: `https://desa.example/foto-${name}.jpg`, width: 300 * (index + 1), height: 200 * (index + 1) }]));
    const imageOf = (names: string[]): string | undefined =>
      only(parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [{ id: 12, media_type: 'image', mime_type: 'image/jpeg', source_url: 'https://desa.example/foto-asli.jpg', media_details: { width: 6000, height: 4000, sizes: sizes(names) } }] } })]).feed.articles).image?.url;

    it('is the mid-size rendition, else the next larger one before the original', () => {
      expect(imageOf(['thumbnail', 'medium', 'medium_large', 'large', 'full'])).to.equal('https://desa.example/foto-medium_large.jpg');
      expect(imageOf(['thumbnail', 'medium', '1536x1536', '2048x2048', 'full'])).to.equal('https://desa.example/foto-1536x1536.jpg');
      expect(imageOf(['thumbnail', 'medium'])).to.equal('https://desa.example/foto-asli.jpg');
    });

    it('passes over a rendition whose source_url an image plugin left empty', () => {
      const media = { id: 12, media_type: 'image', source_url: 'https://desa.example/foto-asli.jpg', media_details: { sizes: { medium_large: { source_url: '', width: 768, height: 512 }, large: { source_url: 'https://desa.example/foto-large.jpg', width: 1024, height: 683 } } } };
      expect(only(parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [media] } })]).feed.articles).image?.url).to.equal('https://desa.example/foto-large.jpg');
      const onlyEmpty = { ...media, media_details: { sizes: { medium_large: { source_url: ' ' } } } };
      expect(only(parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [onlyEmpty] } })]).feed.articles).image?.url).to.equal('https://desa.example/foto-asli.jpg');
    });

    it('has as sources the sizes of its shape with an http(s) address and a width, up to 1280 px', () => {
      const rendition = (url: unknown, width: unknown, height: unknown) => ({ source_url: url, width, height });
      const media = {
        id: 12,
        media_type: 'image',
        source_url: 'https://desa.example/foto.jpg',
        media_details: {
          width: 3000,
          height: 2000,
          sizes: {
            thumbnail: rendition('https://desa.example/foto-150x150.jpg', 150, 150),
            medium: rendition('https://desa.example/foto-300x200.jpg', 300, 200),
            medium_large: rendition('https://desa.example/foto-768x512.jpg', 768, 512),
            large: rendition('javascript:alert(1)', 1024, 683),
            'post-thumbnail': rendition('https://desa.example/foto-1200x400.jpg', 1200, 400),
            '1536x1536': rendition('https://desa.example/foto-1536x1024.jpg', '1536', 1024),
            '2048x2048': rendition('https://desa.example/foto-2048x1365.jpg', 2048, 1365),
            wide: rendition('https://desa.example/foto-1200x800.jpg', 1200, 800),
            odd: rendition(42, 500, 333),
          },
        },
      };
      const image = only(parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [media] } })]).feed.articles).image;
      expect(image?.url).to.equal('https://desa.example/foto-768x512.jpg');
      expect(image?.sources).to.deep.equal([
        { url: 'https://desa.example/foto-300x200.jpg', width: 300 },
        { url: 'https://desa.example/foto-768x512.jpg', width: 768 },
        { url: 'https://desa.example/foto-1200x800.jpg', width: 1200 },
      ]);
      // Without a size of its own, the picture's shape is not known: no sources.
      const unsized = { ...media, media_details: { sizes: { medium_large: { source_url: 'https://desa.example/foto-768x512.jpg' }, medium: media.media_details.sizes.medium } } };
      expect(only(parse([post({ featured_media: 12, _embedded: { 'wp:featuredmedia': [unsized] } })]).feed.articles).image?.sources).to.equal(undefined);
    });
  });

  describe('a hostile excerpt', () => {
    /** Milliseconds to read one post with `excerpt` as its excerpt. */
    function readTime(excerpt: string): number {
      const start = performance.now();
      parse([post({ excerpt: { rendered: excerpt, protected: false } })]);
      return performance.now() - start;
    }

    // Each took minutes as one `<tag class="more-link">…</tag>` pattern (80 KB: 414 s).
    const shapes = {
      'class value never closed': (n: number) => '<a class="more-link '.repeat(n),
      'tag never closed': (n: number) => '<a class="more-link" '.repeat(n),
      'link never closed': (n: number) => '<a class="more-link">x '.repeat(n),
      'nested theme links': (n: number) => '<span class="read-more"><a class="more-link">'.repeat(n / 2),
    };
    for (const [shape, make] of Object.entries(shapes)) {
      it(`is read about as fast as plain text of the same length: ${shape}`, () => {
        const hostile = make(1000);
        readTime('kata '.repeat(100)); // warm up
        const plain = readTime('kata '.repeat(hostile.length / 5));
        expect(readTime(hostile), `ms for ${String(hostile.length)} characters (plain text: ${plain.toFixed(1)} ms)`).to.be.below(Math.max(20 * plain, 100));
      });
    }

    it('still loses the theme link that is closed, and keeps the text around it', () => {
      const excerpt = `<p>Awal</p><a class="more-link" <p class="read-more">Baca</p><p>Akhir</p>`;
      expect(only(parse([post({ excerpt: { rendered: excerpt, protected: false } })]).feed.articles).summary).to.equal(htmlToText('<p>Awal</p><p>Akhir</p>'));
    });
  });

  describe('page-builder shortcodes the REST API leaves unrendered', () => {
    const read = (content: string, excerpt = '') =>
      parse([post({ content: { rendered: content, protected: false }, excerpt: { rendered: excerpt, protected: false } })], { baseUrl: REST_URL });
    const wpBakery = {
      content: '<p>[vc_row][vc_column][vc_column_text]</p>\n<p>Isi artikel tentang desa.</p>\n<p>[/vc_column_text][/vc_column][/vc_row]</p>',
      excerpt: '<p>[vc_row][vc_column][vc_column_text] Isi artikel tentang desa. [/vc_column_text][/vc_column][/vc_row]</p>',
    };

    it('are taken out of the summary and the body, keeping the text between them', () => {
      const article = only(read(wpBakery.content, wpBakery.excerpt).feed.articles);
      expect(article.summary).to.equal('Isi artikel tentang desa.');
      expect(article.contentText).to.equal('Isi artikel tentang desa.');
    });

    it('leave the summary to the content when WordPress cut the excerpt from their attributes (WPBakery, Salient)', () => {
      const attributes = 'type=&#8221;in_container&#8221; full_screen_row_position=&#8221;middle&#8221; scene_position=&#8221;center&#8221; text_color=&#8221;dark&#8221;';
      const content = `[vc_row ${attributes}][vc_column width=&#8221;1/1&#8243;][vc_column_text]Warga Desa Pondok membentuk komunitas pekerja migran. Mereka bertemu setiap bulan.[/vc_column_text][/vc_column][/vc_row]`;
      const excerpt = `<p>[vc_row ${attributes}][vc_column width=&#8221;1/1&#8243;][vc_column_text]Warga Desa Pondok membentuk&#8230;</p>`;
      expect(only(read(content, excerpt).feed.articles).summary).to.equal('Warga Desa Pondok membentuk komunitas pekerja migran. Mereka bertemu setiap bulan.');
    });

    it("give the post its picture from Divi's and Avada's image shortcodes when it has no other", () => {
      const divi = '<p>[et_pb_section fb_built=&#8221;1&#8243;][et_pb_row][et_pb_column type=&#8221;4_4&#8243;][et_pb_image src=&#8221;https://desa.example/wp-content/uploads/2022/03/balai-desa.jpg&#8221; alt=&#8221;Balai desa&#8221;][/et_pb_image][et_pb_text]</p>\n<p>Isi.</p>\n<p>[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]</p>';
      expect(only(read(divi).feed.articles).image).to.deep.equal({ url: 'https://desa.example/wp-content/uploads/2022/03/balai-desa.jpg', alt: 'Balai desa' });
      const avada = '<p>[fusion_imageframe image_id=&#8221;12|full&#8221; lightbox=&#8221;no&#8221;]/wp-content/uploads/sawah.jpg[/fusion_imageframe]Isi.</p>';
      expect(only(read(avada).feed.articles).image?.url).to.equal('https://site.example/wp-content/uploads/sawah.jpg');
      // An <img> in the content comes first; a shortcode naming no http(s) picture gives none.
      expect(only(read(`<p><img src="https://desa.example/a.jpg" width="800" height="600" alt=""></p>${divi}`).feed.articles).image?.url).to.equal('https://desa.example/a.jpg');
      expect(only(read('<p>[et_pb_image src=&#8221;javascript:alert(1)&#8221;]Isi.</p>').feed.articles).image).to.equal(undefined);
    });

    it('are reported once per post, where they are, saying that the REST API does not render them', () => {
      const { warnings } = read(wpBakery.content, wpBakery.excerpt);
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
      expect(warningAt(warnings, 'wrong-type', '$[0].content.rendered').message)
        .to.include('shortcodes such as')
        .and.include('"[vc_row]"')
        .and.include('removed')
        .and.include('REST API does not render them');
      warningAt(read('<p>Isi.</p>', wpBakery.excerpt).warnings, 'wrong-type', '$[0].excerpt.rendered');
      // WordPress texturizes the quotes of their attributes into references; the warning shows text.
      expect(warningAt(read('<p>[vc_row type=&#8221;in_container&#8221;]Isi.[/vc_row]</p>').warnings, 'wrong-type', '$[0].content.rendered').message).to.include('"[vc_row type=\u201din_container\u201d]"');
    });

    it("go in every builder's forms (attributes, closing and self-closing tags, texturized quotes), and only theirs", () => {
      const forms = [
        '[et_pb_section fb_built="1" _builder_version="4.9.2"][et_pb_row][et_pb_column type="4_4"][et_pb_text]',
        '[fusion_builder_container hundred_percent=&#8221;no&#8221;][fusion_builder_row][fusion_builder_column type=&#8221;1_1&#8243;]',
        "[av_section min_height=''][av_one_full first][av_textblock size='' font_color='']",
        '[cs_content][cs_section][themify_box style="orange"][su_spacer size="20"/][mk_page_section bg_image=""][tatsu_section][kc_row][ux_banner height="300px"][us_btn label="Baca"]',
        '[elementor-template id="905"][fl_builder_insert_layout slug="footer"][vc_empty_space height="32px" /][/vc_column_text]',
      ];
      for (const form of forms) {
        const article = only(read(`<p>${form}Teks desa.${form}</p>`).feed.articles);
        expect(article.contentText, form).to.equal('Teks desa.');
      }
      expect(only(read('<p>kata[/vc_column_text][vc_column_text]lain</p>').feed.articles).contentText).to.equal('kata lain');
      // WordPress's own, left by a theme or plugin gone (TieLabs' Jannah: [tie_list], [dropcap]).
      const core = '<p>[caption id="attachment_12" align="alignnone" width="640"]<img src="https://site.example/a.jpg" alt=""> Sawah di desa[/caption]</p>' +
        '<p>[embed]https://youtube.com/watch?v=abc[/embed]</p><p>[gallery ids="1,2,3"][dropcap]D[/dropcap]esa [tie_list type="checklist"]maju[/tie_list] [video src="https://site.example/v.mp4"][/video][audio mp3="x.mp3"][playlist ids="4"]</p>';
      // A caption's text goes, as <figcaption>'s does: a summary would open with it.
      expect(only(read(core).feed.articles).contentText).to.equal('Desa maju');
      // Other bracketed text is text.
      const text = 'Data BPS [1], [Foto: Desa Pondok], [vcard], [avatar], [su], [/catatan] dan [&hellip;] [x_vc_row] [Video] [captions] [embedded] [gallery-desa]';
      const { feed, warnings } = read(`<p>${text}</p>`, `<p>${text}</p>`);
      expect(only(feed.articles).contentText).to.equal(htmlToText(text));
      expect(only(feed.articles).summary).to.equal(htmlToText(text));
      expect(warnings, messagesOf(warnings)).to.deep.equal([]);
    });

    it('are found in time linear in the length of hostile text', () => {
      const SIZE = 30_000;
      /** Median milliseconds of three reads (after one to warm up) of a post with `text` as its content and excerpt. */
      const time = (text: string): number => {
        const runs = [0, 1, 2, 3].map(() => {
          const start = performance.now();
          expect(only(read(text, text).feed.articles).contentText).to.be.a('string');
          return performance.now() - start;
        });
        return runs.slice(1).sort((a, b) => a - b)[1]!;
      };
      const hostile = {
        'a name never closed': `[vc_${'a'.repeat(SIZE)}`,
        'only opening brackets': '['.repeat(SIZE),
        'tags with attributes never closed': '[vc_row a="b '.repeat(SIZE / 13),
        'closing tags never closed': '[/et_pb_text'.repeat(SIZE / 12),
        'image shortcodes never closed': '[et_pb_image src="a'.repeat(SIZE / 19),
        'image frames never closed': '[fusion_imageframe]a'.repeat(SIZE / 20),
      };
      for (const [shape, text] of Object.entries(hostile)) {
        const plain = time('kata '.repeat(text.length / 5));
        expect(time(text), `${shape}: ms for ${String(text.length)} characters (plain text: ${plain.toFixed(1)} ms)`).to.be.below(Math.max(20 * plain, 100));
      }
      // Still found after hostile text.
      expect(only(read(`${'['.repeat(SIZE)}[vc_row]Teks[/vc_row]`).feed.articles).contentText).to.equal(`${'['.repeat(200)}… Teks`);
    });
  });

  describe('the site a REST URL belongs to', () => {
    const cases = {
      'https://site.example/blog/wp-json/wp/v2/posts?_embed': 'https://site.example/blog/',
      'https://site.example/blog/index.php?rest_route=/wp/v2/posts': 'https://site.example/blog/',
      'https://site.example/?rest_route=%2Fwp%2Fv2%2Fposts&_embed': 'https://site.example/',
      'https://public-api.wordpress.com/wp/v2/sites/Kabar.wordpress.com/posts?_embed': 'https://kabar.wordpress.com/',
      'https://public-api.wordpress.com/wp/v2/sites/kabardesa.id/posts': 'https://kabardesa.id/',
    };
    for (const [baseUrl, home] of Object.entries(cases)) {
      it(`is ${home} for ${baseUrl}`, () => {
        const { feed } = parse([post()], { baseUrl });
        expect(feed.homePageUrl).to.equal(home);
        expect(feed.title).to.equal(new URL(home).hostname);
      });
    }

    it('is not known from a WordPress.com URL with a numeric site id', () => {
      const { feed } = parse([post()], { baseUrl: 'https://public-api.wordpress.com/wp/v2/sites/12345/posts' });
      expect(feed.homePageUrl).to.equal(undefined);
      expect(feed.title).to.equal('');
    });
  });

  describe('a post in several categories', () => {
    const term = (name: string, taxonomy = 'category') => ({ id: name.length, name, taxonomy });
    const inCategories = (id: number, names: string[], extension?: object) =>
      post({ id, link: `${LINK}${String(id)}/`, categories: names.map((name) => name.length), _embedded: { 'wp:term': [names.map((name) => term(name)), [term('Desa', 'post_tag')]] }, ...(extension ? { _infest: extension } : {}) });
    const { feed } = parse([
      inCategories(1, ['Berita', 'Pekerja Migran']),
      inCategories(2, ['Pekerja Migran']),
      inCategories(3, ['Berita', 'Kesehatan &amp; Lingkungan'], { category: 'Kesehatan & Lingkungan' }),
    ]);

    it('keeps every category, the _infest.category first and once', () => {
      expect(feed.articles.map((article) => article.categories)).to.deep.equal([['Berita', 'Pekerja Migran'], ['Pekerja Migran'], ['Kesehatan & Lingkungan', 'Berita']]);
    });

    it('is found by a category filter on any of them', () => {
      expect(filterArticles(feed.articles, filtersFrom({ category: 'pekerja migran' })).map((article) => article.id)).to.deep.equal(['1', '2']);
    });

    it('is related to a post that shares any category', () => {
      const [first, second] = feed.articles;
      const byCategoryOnly = { threshold: 1, weights: { tag: 0, keyword: 0 } };
      const relatedIds = (article: Article) => relatedArticles(feed, article, byCategoryOnly).items.map((scored) => scored.article.id);
      expect(relatedIds(second!)).to.deep.equal(['1']);
      expect(relatedIds(first!)).to.have.members(['2', '3']);
    });
  });

  describe("WordPress's default category (Uncategorized, Tak Berkategori)", () => {
    const term = (name: string, slug: string) => ({ id: 1, name, slug, taxonomy: 'category' });
    const posts = [
      post({ id: 1, link: `${LINK}1/`, categories: [1], _embedded: { 'wp:term': [[term('Tak Berkategori', 'tak-berkategori')]] } }),
      post({ id: 2, link: `${LINK}2/`, categories: [1], _embedded: { 'wp:term': [[term('Uncategorized', 'uncategorized')]] } }),
      post({ id: 3, link: `${LINK}3/`, categories: [1, 5], _embedded: { 'wp:term': [[term('Berita', 'berita'), term('Uncategorized', 'uncategorized')]] } }),
    ];
    const { feed } = parse(posts);

    it('is no category: it files posts that have none, so it is no topic they share', () => {
      expect(feed.articles.map((article) => article.categories)).to.deep.equal([[], [], ['Berita']]);
      const byCategoryOnly = { threshold: 1, weights: { tag: 0, keyword: 0 } };
      expect(relatedArticles(feed, feed.articles[0]!, byCategoryOnly).items).to.deep.equal([]);
    });
  });

  describe("Yoast's og_image in a response without _embedded", () => {
    const yoast = { og_site_name: 'Desa Maju', og_image: [{ url: 'https://site.example/wp-content/uploads/foto.jpg', width: 1200, height: 630, type: 'image/jpeg' }] };

    it('is the cover of a post that has a featured image, with its size', () => {
      const { feed } = parse(post({ featured_media: 55, yoast_head_json: yoast }));
      expect(feed.articles[0]!.image).to.deep.equal({ url: 'https://site.example/wp-content/uploads/foto.jpg', alt: '', width: 1200, height: 630 });
    });

    it('is not used for a post without a featured image (Yoast then gives the site default, often a logo)', () => {
      expect(parse(post({ featured_media: 0, yoast_head_json: yoast })).feed.articles[0]!.image).to.equal(undefined);
    });

    it("loses to Jetpack's URL and to the embedded media", () => {
      const jetpack = 'https://i0.wp.com/site.example/jetpack.jpg';
      expect(parse(post({ featured_media: 55, yoast_head_json: yoast, jetpack_featured_media_url: jetpack })).feed.articles[0]!.image?.url).to.equal(jetpack);
      const media = { id: 55, media_type: 'image', mime_type: 'image/jpeg', source_url: 'https://site.example/embedded.jpg', alt_text: '' };
      expect(parse(post({ featured_media: 55, yoast_head_json: yoast, _embedded: { 'wp:featuredmedia': [media] } })).feed.articles[0]!.image?.url).to.equal('https://site.example/embedded.jpg');
    });

    it('is dropped, with a warning at its path, when it is not an http(s) URL', () => {
      const { feed, warnings } = parse([post({ featured_media: 55, yoast_head_json: { og_image: [{ url: 'javascript:alert(1)' }] } })]);
      expect(feed.articles[0]!.image).to.equal(undefined);
      warningAt(warnings, 'unsafe-url', '$[0].yoast_head_json.og_image[0].url');
    });
  });

  describe('"Baca juga" lines: a link to another article between paragraphs (Indonesian news and NGO sites)', () => {
    const textOf = (content: string, excerpt = ''): { summary: string; contentText: string } =>
      only(parse([post({ content: { rendered: content, protected: false }, excerpt: { rendered: excerpt, protected: false } })]).feed.articles);

    it('leaves them out of the text, in the forms sites write them', () => {
      const forms = [
        '<p><strong>Baca juga:</strong> <a href="https://site.example/lain/">Korban Gempa Tidur Tanpa Atap</a></p>',
        '<p>Baca juga : <a href="/lain/">Korban Gempa</a></p>',
        '<p>BACA:&nbsp;<a href="/lain/">Korban Gempa</a></p>',
        '<p><b>BACA JUGA</b></p><p><a href="/lain/">Korban Gempa</a></p>',
        '<p>Simak juga:</p><ul><li><a href="/a/">Satu</a></li><li><a href="/b/">Dua</a></li></ul>',
        '<p>Lihat juga <a href="/lain/">Korban Gempa</a><br>',
      ];
      for (const form of forms) expect(textOf(`<p>Warga mengungsi.</p>${form}<p>Bantuan tiba.</p>`).contentText, form).to.equal('Warga mengungsi.\n\nBantuan tiba.');
      expect(textOf('<p>Warga mengungsi (Baca juga: <a href="/lain/">Korban Gempa</a>) ke balai desa.</p>').contentText).to.equal('Warga mengungsi ke balai desa.');
    });

    it("leaves them out of WordPress's automatic excerpt too, where the link is plain text", () => {
      const content = '<p>Warga mengungsi.</p><p><strong>Baca juga:</strong> <a href="/lain/">Korban Gempa Tidur Tanpa Atap</a></p><p>Bantuan tiba.</p>';
      expect(textOf(content, '<p>Warga mengungsi. Baca juga: Korban Gempa Tidur Tanpa Atap Bantuan tiba. [&hellip;]</p>').summary).to.equal('Warga mengungsi. Bantuan tiba.');
    });

    it('keeps the words where they are part of a sentence', () => {
      expect(textOf('<p>Silakan baca juga buku panduan kami.</p>').contentText).to.equal('Silakan baca juga buku panduan kami.');
      expect(textOf('<p>Lihat juga <a href="/peta/">peta desa</a> untuk detailnya.</p>').contentText).to.equal('Lihat juga peta desa untuk detailnya.');
      expect(textOf('<p>Baca juga: <a href="/x/">tidak ditutup <a href="/y/">y</a></p>').contentText).to.equal('Baca juga: tidak ditutup y');
    });
  });

  describe('blocks and plugins whose words are not the article’s', () => {
    const textOf = (content: string): string => only(parse([post({ content: { rendered: content, protected: false }, excerpt: { rendered: '', protected: false } })]).feed.articles).contentText;
    const around = (html: string): string => textOf(`<p>Pendaftaran dibuka.</p>${html}<p>Kuota terbatas.</p>`);

    it('leaves out buttons, file downloads, embeds, pull quotes and tables of contents', () => {
      const blocks = [
        '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link" href="https://forms.gle/x">Daftar sekarang</a></div></div>',
        '<div class="wp-block-file"><a href="https://site.example/lap.pdf">Laporan-Tahunan-2023</a><a href="https://site.example/lap.pdf" class="wp-block-file__button" download>Download</a></div>',
        '<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-button-wrapper"><a class="elementor-button" href="https://wa.me/62812"><span>Hubungi via WhatsApp</span></a></div></div>',
        '<figure class="wp-block-embed is-type-wp-embed wp-block-embed-desa"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="x"><a href="https://site.example/musdes/">Musdes 2023: Warga Pilih Jalan</a></blockquote></div></figure>',
        '<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"><div class="wp-block-embed__wrapper">\nhttps://www.instagram.com/p/C6abcdEF/\n</div></figure>',
        '<figure class="wp-block-pullquote"><blockquote><p>Pendaftaran dibuka.</p><cite>Ketua panitia</cite></blockquote></figure>',
        '<div id="ez-toc-container" class="ez-toc-v2_0_65 counter-hierarchy"><p class="ez-toc-title">Daftar Isi</p><nav><ul><li><a href="#Alat">Alat</a></li></ul></nav></div>',
        '<div class="wp-block-rank-math-toc-block"><h2>Daftar Isi</h2><nav><ul><li><a href="#a">Alat</a></li></ul></nav></div>',
        '<table class="linksisip"><tr><td>Baca juga:<a href="/x/">Warga Desa</a></td></tr></table>',
      ];
      for (const block of blocks) expect(around(block), block).to.equal('Pendaftaran dibuka.\n\nKuota terbatas.');
      expect(around('<div id="read-more">Isi lanjutan.</div>'), 'ids other than those of tables of contents do not count').to.include('Isi lanjutan.');
    });

    it("leaves out plugins' shortcodes, whatever their name, and a builder's raw code", () => {
      const shortcodes = ['[contact-form-7 id="123" title="Formulir kontak 1"]', "[adinserter block='3']", '[ez-toc]', '[ratemypost]', '[su_box title="Info"][/su_box]', '[vc_raw_html]JTNDZGl2JTIwY2xhc3M=[/vc_raw_html]'];
      for (const shortcode of shortcodes) expect(around(`<p>${shortcode}</p>`), shortcode).to.equal('Pendaftaran dibuka.\n\nKuota terbatas.');
      expect(around('<p>[caption id="attachment_52" width="640"]<img src="https://site.example/a.jpg" alt=""> Foto: Dok. Humas Desa[/caption]</p>')).to.equal('Pendaftaran dibuka.\n\nKuota terbatas.');
      expect(textOf('<p>Data BPS [1] dan [Foto: Desa] [lokasi Bantul]</p>')).to.equal('Data BPS [1] dan [Foto: Desa] [lokasi Bantul]');
    });
  });

  describe('what blocks, themes and plugins put into a post', () => {
    const read = (injected: string) =>
      only(parse([post({ content: { rendered: `<p>Isi artikel pertama.</p>${injected}<p>Isi kedua.</p>`, protected: false }, excerpt: { rendered: '', protected: false } })]).feed.articles);
    const cases: Record<string, string> = {
      'a "Baca Juga" heading over a list': '<h3>Baca Juga</h3><ul><li><a href="/b/">Musdes 2024</a></li><li><a href="/c/">Posyandu</a></li></ul>',
      'a "Baca Juga:" heading over a paragraph link': '<h4>Baca Juga:</h4><p><a href="/b/">Musdes 2024</a></p>',
      'an "Artikel Terkait:" line': '<p><strong>Artikel Terkait:</strong> <a href="/b/">Musdes 2024</a></p>',
      "Spectra's table of contents": '<div class="wp-block-uagb-table-of-contents"><div class="uagb-toc__title">Daftar Isi</div><ol class="uagb-toc__list"><li><a href="#alat">Alat dan Bahan</a></li></ol></div>',
      "Reading Time WP's line": '<span class="rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Waktu baca:</span> <span class="rt-time">3</span> <span class="rt-label rt-postfix">menit</span></span>',
      'a newsletter form': '<form class="mc4wp-form"><div class="mc4wp-form-fields"><label>Alamat email:</label><input type="email"><label style="display: none !important">Leave this field empty if you\'re human:</label></div></form>',
      'the Latest Posts block': '<ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="/b/">Musdes 2024</a><time class="wp-block-latest-posts__post-date">2 Januari 2024</time></li></ul>',
      'the Social Icons block': '<ul class="wp-block-social-links"><li class="wp-social-link"><a href="https://facebook.com/desa"><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li></ul>',
      'share buttons': '<div class="heateor_sss_sharing_container"><div class="heateor_sss_sharing_title">Bagikan ke:</div></div><div class="addtoany_share_save_container"><div class="addtoany_header">Bagikan:</div></div>',
      'an author box': '<div class="saboxplugin-wrap"><div class="saboxplugin-authorname">Ratna Sari</div><div class="saboxplugin-desc">Penulis lepas.</div></div>',
      'an ad with its label': "<div class='code-block code-block-2'><p>ADVERTISEMENT</p><a href=\"https://wa.me/62\"><img src=\"https://site.example/iklan-umkm.jpg\" width=\"300\" height=\"250\"></a></div>",
      'related posts with thumbnails': '<div class="yarpp yarpp-related yarpp-template-thumbnails"><h3>Artikel terkait:</h3><a class="yarpp-thumbnail" href="/b/"><img src="https://site.example/musdes-120x120.jpg" width="120" height="120"><span class="yarpp-thumbnail-title">Musdes 2024</span></a></div>',
      'Rank Math breadcrumbs': '<nav class="rank-math-breadcrumb"><p><a href="/">Beranda</a><span class="separator"> » </span><span class="last">Judul</span></p></nav>',
    };
    for (const [what, markup] of Object.entries(cases)) {
      it(`leaves ${what} out of the text, and its pictures out of the choice`, () => {
        const article = read(markup);
        expect(article.contentText).to.equal('Isi artikel pertama.\n\nIsi kedua.');
        expect(article.summary).to.equal('Isi artikel pertama. Isi kedua.');
        expect(article.image).to.equal(undefined);
      });
    }

    it('leaves out the paragraphs that ask readers to follow the site on Google News, WhatsApp or Telegram', () => {
      for (const line of [
        '<p><strong>Ikuti berita terkini dari Kabar Desa di <a href="https://news.google.com/publications/CAAqBwgKMI">Google News</a>, klik di sini.</strong></p>',
        '<p>Gabung di saluran WhatsApp Kabar Desa: <a href="https://whatsapp.com/channel/0029Va">klik di sini</a></p>',
        '<p>Dapatkan update berita pilihan di <a href="https://t.me/kabardesa">Telegram</a>.</p>',
      ]) {
        expect(read(line).contentText, line).to.equal('Isi artikel pertama.\n\nIsi kedua.');
      }
    });

    it('keeps "terkait" and "lihat" in the article\'s own sentences', () => {
      const article = read('<p>Berita terkait anggaran desa dibahas di <a href="/musdes/">musyawarah</a> bulan lalu.</p>');
      expect(article.contentText).to.include('Berita terkait anggaran desa dibahas di musyawarah bulan lalu.');
    });
  });

  describe("Elementor's counters on an NGO's post", () => {
    it('are not the text: their "0" is counted up by a script the REST API does not run', () => {
      const content = '<div class="elementor-element elementor-widget elementor-widget-counter"><div class="elementor-counter"><span class="elementor-counter-number" data-to-value="1250">0</span><div class="elementor-counter-title">Penerima Manfaat</div></div></div><p>Yayasan kami membangun sumur.</p>';
      const article = only(parse([post({ content: { rendered: content, protected: false }, excerpt: { rendered: '', protected: false } })]).feed.articles);
      expect(article.summary).to.equal('Yayasan kami membangun sumur.');
    });
  });

  describe("WordPress's footnotes block", () => {
    it('leaves the footnotes and their reference numbers out of the text', () => {
      const content = '<p>Kegiatan rutin setiap bulan.<sup data-fn="a1b2" class="fn"><a href="#a1b2" id="a1b2-link">1</a></sup> Warga hadir.</p>' +
        '<ol class="wp-block-footnotes"><li id="a1b2">Sumber: Kader Posyandu. <a href="#a1b2-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>';
      const article = only(parse([post({ content: { rendered: content, protected: false }, excerpt: { rendered: '', protected: false } })]).feed.articles);
      expect(article.contentText).to.equal('Kegiatan rutin setiap bulan. Warga hadir.');
      expect(article.summary).to.equal('Kegiatan rutin setiap bulan. Warga hadir.');
    });
  });

  describe('a logo heading a press release', () => {
    const read = (content: string) => only(parse([post({ content: { rendered: content, protected: false } })]).feed.articles);
    it('is not the article\'s picture; the photo after it is', () => {
      const logo = '<p><img src="https://site.example/wp-content/uploads/logo-kabupaten.png" alt="Logo Kabupaten Contoh" width="120" height="120"></p>';
      expect(read(`${logo}<p>Isi berita.</p>`).image).to.equal(undefined);
      expect(read(`${logo}<p><img src="https://site.example/wp-content/uploads/rapat.jpg" alt="" width="800" height="600"></p>`).image?.url).to.equal('https://site.example/wp-content/uploads/rapat.jpg');
      expect(read('<p><img src="https://site.example/uploads/a.png" alt="logo desa"></p>').image, 'by its alt text, size unknown').to.equal(undefined);
      expect(read('<p><img src="https://site.example/uploads/katalogo-produk.jpg" alt=""></p>').image?.url, '"logo" inside a word').to.equal('https://site.example/uploads/katalogo-produk.jpg');
    });
    it('is the picture when it is large: a post about a new logo', () => {
      expect(read('<p><img src="https://site.example/uploads/logo-baru-desa.png" alt="" width="1200" height="800"></p>').image?.url).to.equal('https://site.example/uploads/logo-baru-desa.png');
    });
  });

  describe('bylines and terms of plugins', () => {
    it("shows PublishPress Authors' bylines rather than the WordPress user who posted", () => {
      const authors = [{ term_id: 3, user_id: 0, is_guest: 1, slug: 'ratna', display_name: 'Ratna Sari' }, { term_id: 4, display_name: '' }];
      const embedded = { author: [{ id: 1, name: 'Redaksi', link: 'https://site.example/author/redaksi/' }] };
      expect(only(parse([post({ authors, _embedded: embedded })]).feed.articles).authors).to.deep.equal([{ name: 'Ratna Sari' }]);
      expect(only(parse([post({ authors: [], _embedded: embedded })]).feed.articles).authors.map((author) => author.name)).to.deep.equal(['Redaksi']);
    });

    it('shows no byline for the site\'s account names ("admin", "root"), which village sites post under', () => {
      for (const name of ['admin', 'Administrator', 'root', 'webmaster']) {
        const embedded = { author: [{ id: 1, name, link: 'https://site.example/author/admin/' }] };
        const { feed, warnings } = parse([post({ author: 1, _embedded: embedded, yoast_head_json: { author: name } })]);
        expect(only(feed.articles).authors, name).to.deep.equal([]);
        expect(warnings, messagesOf(warnings)).to.deep.equal([]);
      }
      const embedded = { author: [{ id: 1, name: 'Admin Desa Pondok', link: 'https://site.example/author/admin/' }] };
      expect(only(parse([post({ _embedded: embedded })]).feed.articles).authors.map((author) => author.name), 'a name the site chose').to.deep.equal(['Admin Desa Pondok']);
    });

    it('lists a tag or category once however it is capitalized', () => {
      const term = (name: string, taxonomy: string): Record<string, unknown> => ({ id: name.length, name, slug: name.toLowerCase().replace(/ /g, '-'), taxonomy });
      const embedded = { 'wp:term': [[term('Berita', 'category'), term('berita', 'category')], [term('air bersih', 'post_tag'), term('Air Bersih', 'post_tag')]] };
      const article = only(parse([post({ _embedded: embedded })]).feed.articles);
      expect(article.categories).to.deep.equal(['Berita']);
      expect(article.tags).to.deep.equal(['air bersih']);
    });

    it("takes WPML's locale over Yoast's site-wide one", () => {
      expect(only(parse([post({ wpml_current_locale: 'en_US', yoast_head_json: { og_locale: 'id_ID' } })]).feed.articles).language).to.equal('en-US');
    });
  });

  describe("a post's language, which the REST API does not say", () => {
    it("is Polylang's lang, or else Yoast's og_locale (id_ID), so that screen readers read it as such", () => {
      const languageOf = (fields: Record<string, unknown>): string | undefined => only(parse([post(fields)]).feed.articles).language;
      expect(languageOf({ yoast_head_json: { og_locale: 'it_IT' } })).to.equal('it-IT');
      expect(languageOf({ lang: 'en', yoast_head_json: { og_locale: 'id_ID' } })).to.equal('en');
      expect(languageOf({})).to.equal(undefined);
      const { feed, warnings } = parse([post({ yoast_head_json: { og_locale: 'not a locale!' } })]);
      expect(only(feed.articles).language).to.equal(undefined);
      warningAt(warnings, 'wrong-type', '$[0].yoast_head_json.og_locale');
    });
  });

  describe('a news post that opens with a captioned photo and embeds a social post', () => {
    const content =
      '<figure class="wp-block-image size-large"><img src="https://site.example/foto.jpg" alt="Rapat"/><figcaption class="wp-element-caption">Foto: Dok. Humas</figcaption></figure>' +
      '<p>JAKARTA &#8211; Warga desa menggelar rapat.</p>' +
      '<div class="wp-caption"><img src="https://site.example/b.jpg" alt=""><p class="wp-caption-text">Peserta rapat</p></div>' +
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><a href="https://www.instagram.com/p/x/">View this post on Instagram</a><p>A post shared by Desa (@desa)</p></div></blockquote>' +
      '<blockquote class="twitter-tweet"><p lang="in">Cuitan</p>&mdash; Desa (@desa)</blockquote><p>Rapat selesai sore.</p>';
    const article = only(parse([post({ content: { rendered: content, protected: false }, excerpt: { rendered: '', protected: false } })]).feed.articles);

    it('has a summary and text that begin with the first paragraph, without captions or the embeds’ fallback text', () => {
      expect(article.summary).to.equal('JAKARTA – Warga desa menggelar rapat. Rapat selesai sore.');
      expect(article.contentText).to.equal('JAKARTA – Warga desa menggelar rapat.\n\nRapat selesai sore.');
      expect(article.image?.url).to.equal('https://site.example/foto.jpg');
    });

    it('keeps a quotation that is not an embed', () => {
      const quoted = only(parse([post({ content: { rendered: '<blockquote class="wp-block-quote"><p>Kutipan kepala desa.</p></blockquote>', protected: false }, excerpt: { rendered: '', protected: false } })]).feed.articles);
      expect(quoted.contentText).to.equal('Kutipan kepala desa.');
    });
  });

  describe('a theme that puts the title first in the content, where the automatic excerpt copies it', () => {
    const title = { rendered: 'Warga Desa Sumberejo Menggelar Musyawarah &#8211; Hasilnya' };
    const heading = '<h3>Warga Desa Sumberejo Menggelar Musyawarah – Hasilnya</h3><p>Musyawarah dimulai pukul 09.00.</p>';

    it('shows the title once: neither the summary nor the text starts with it again', () => {
      const article = only(parse([post({ title, content: { rendered: heading, protected: false }, excerpt: { rendered: '<p>Warga Desa Sumberejo Menggelar Musyawarah – Hasilnya Musyawarah dimulai pukul 09.00.</p>', protected: false } })]).feed.articles);
      expect(article.title).to.equal('Warga Desa Sumberejo Menggelar Musyawarah – Hasilnya');
      expect(article.summary).to.equal('Musyawarah dimulai pukul 09.00.');
      expect(article.contentText).to.equal('Musyawarah dimulai pukul 09.00.');
      const fromContent = only(parse([post({ title, content: { rendered: `<div class="entry"><!--CusAdsVi1-->${heading}</div>`, protected: false }, excerpt: { rendered: '', protected: false } })]).feed.articles);
      expect(fromContent.summary).to.equal('Musyawarah dimulai pukul 09.00.');
    });

    it('leaves a summary that only starts with the title’s words, when the content does not open with the title', () => {
      const article = only(parse([post({ title: { rendered: 'Sekolah Desa' }, content: { rendered: '<p>Sekolah Desa dibuka hari ini.</p>', protected: false }, excerpt: { rendered: '<p>Sekolah Desa dibuka hari ini.</p>', protected: false } })]).feed.articles);
      expect(article.summary).to.equal('Sekolah Desa dibuka hari ini.');
      const longer = only(parse([post({ title: { rendered: 'Sekolah Desa' }, content: { rendered: '<h2>Sekolah Desa</h2><p>Sekolah Desawan dibuka.</p>', protected: false }, excerpt: { rendered: '<p>Sekolah Desawan dibuka.</p>', protected: false } })]).feed.articles);
      expect(longer.summary, 'a word that only starts like the title').to.equal('Sekolah Desawan dibuka.');
    });
  });
});
