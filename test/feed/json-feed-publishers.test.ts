import { expect } from 'chai';
import type { FeedWarning } from '../../src/feed/index.js';
import { jsonFeed, only, parse, warningAt } from './helpers.js';

/** What WordPress-made JSON Feeds (the "JSON Feed" plugin and others) send in practice. */

const FEED_URL = 'https://site.example/feed/json/';
const LINK = 'https://site.example/p/';

/** An item as a WordPress JSON Feed plugin writes it; `fields` adds or overrides. */
function item(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'https://site.example/?p=7', url: LINK, title: 'Judul', content_html: '<p>Isi.</p>', ...fields };
}

function read(fields: Record<string, unknown>) {
  const { feed, warnings } = parse(jsonFeed([item(fields)]), { baseUrl: FEED_URL });
  return { article: only(feed.articles), warnings };
}

function messagesOf(warnings: readonly FeedWarning[]): string {
  return JSON.stringify(warnings, null, 1);
}

describe('JSON Feeds made by WordPress', () => {
  describe("the theme's \"Continue reading\" link and the [&hellip;] ending", () => {
    const moreLink = `<a class="more-link" href="${LINK}">Continue reading <span class="screen-reader-text">Judul</span></a>`;

    it('are left out of a summary made from content_html, and of the body', () => {
      const { article, warnings } = read({ content_html: `Lorem ipsum dolor sit amet&hellip; ${moreLink}` });
      expect(article.summary).to.equal('Lorem ipsum dolor sit amet…');
      expect(article.contentText).to.equal('Lorem ipsum dolor sit amet…');
      expect(warnings).to.deep.equal([]);
      expect(read({ content_html: 'Lorem ipsum dolor sit amet [&#8230;]' }).article.summary).to.equal('Lorem ipsum dolor sit amet…');
      expect(read({ content_html: '<p>Lorem ipsum dolor sit amet [&hellip;]</p>\n' }).article.contentText).to.equal('Lorem ipsum dolor sit amet…');
    });

    it('are left out of the summary field', () => {
      expect(read({ summary: `Lorem ipsum [&hellip;] ${moreLink}` }).article.summary).to.equal('Lorem ipsum…');
      expect(read({ summary: 'Lorem ipsum [&#8230;]' }).article.summary).to.equal('Lorem ipsum…');
      expect(read({ summary: `<p>Lorem ipsum</p><p class="link-more">${moreLink}</p>` }).article.summary).to.equal('Lorem ipsum');
    });

    it('go with a final link to the item itself, relative or not, but not with other links', () => {
      expect(read({ summary: `Lorem ipsum <a href="${LINK}">Baca selengkapnya</a>` }).article.summary).to.equal('Lorem ipsum');
      expect(read({ summary: 'Lorem ipsum <a href="/p/">Baca</a>' }).article.summary).to.equal('Lorem ipsum');
      expect(read({ summary: 'Data dari <a href="https://bps.example/">BPS</a>' }).article.summary).to.equal('Data dari BPS');
      expect(read({ content_html: `<p>Lihat <a href="${LINK}">tulisan ini</a> dan peta desa.</p>` }).article.contentText).to.equal('Lihat tulisan ini dan peta desa.');
    });

    it('leave "[…]" alone when it does not end the text, and "<" that starts no tag in the summary', () => {
      expect(read({ summary: 'Kutipan [&hellip;] lalu lanjut' }).article.summary).to.equal('Kutipan […] lalu lanjut');
      expect(read({ summary: 'if a<b [&hellip;]' }).article.summary).to.equal('if a<b…');
    });
  });

  describe("an SEO plugin's feed footer (Yoast, Rank Math)", () => {
    const footer = (text: [string, string]) => `<p>${text[0]} <a rel="nofollow" href="${LINK}">Judul</a> ${text[1]} <a rel="nofollow" href="https://site.example">Kabar Desa</a>.</p>\n`;

    it('is left out of the text and the summary made from it, in any language', () => {
      for (const words of [['The post', 'appeared first on'], ['Pos', 'muncul pertama kali di']] as [string, string][]) {
        const { article } = read({ content_html: `<p>Panen raya di desa.</p>\n${footer(words)}` });
        expect([article.contentText, article.summary]).to.deep.equal(['Panen raya di desa.', 'Panen raya di desa.']);
      }
    });

    it('is text when its links are not to the post and the home page, it has others, or it is all there is', () => {
      const other = `<p>Baca <a href="https://site.example/lain/">yang lain</a> di <a href="https://site.example">Kabar Desa</a>.</p>`;
      expect(read({ content_html: `<p>Isi.</p>${other}` }).article.contentText).to.equal('Isi.\n\nBaca yang lain di Kabar Desa.');
      const elsewhere = `<p>Lihat <a href="${LINK}">ini</a> dan <a href="https://bps.example/">BPS</a>.</p>`;
      expect(read({ content_html: `<p>Isi.</p>${elsewhere}` }).article.contentText).to.equal('Isi.\n\nLihat ini dan BPS.');
      expect(read({ content_html: footer(['The post', 'appeared first on']) }).article.contentText, 'all there is').to.equal('The post Judul appeared first on Kabar Desa.');
      const three = `<p>Lihat <a href="${LINK}">ini</a>, <a href="https://a.example/">a</a> dan <a href="https://b.example/">b</a>.</p>`;
      expect(read({ content_html: `<p>Isi.</p>${three}` }).article.contentText).to.equal('Isi.\n\nLihat ini, a dan b.');
    });
  });

  describe("a generator's footer under every item", () => {
    const medium = (n: number) =>
      `<p><a href="https://medium.com/p/${String(n)}">Tulisan ${String(n)}</a> was originally published in <a href="https://medium.com/kabar-desa">Kabar Desa</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>`;
    // leancrew.com's, as NetNewsWire's tests keep it.
    const oddFormatting = (n: number) => `<p>[If the formatting looks odd in your feed reader, <a href="https://site.example/${String(n)}/">visit the original article</a>]</p>`;
    const items = (footer: (n: number) => string, count: number, withFooter = count) =>
      Array.from({ length: count }, (_, n) => ({ id: String(n), url: `https://site.example/${String(n)}/`, content_html: `<p>Isi tulisan ${String(n)}.</p>\n${n < withFooter ? footer(n) : ''}` }));
    const texts = (feedItems: unknown[]) => parse(jsonFeed(feedItems), { baseUrl: FEED_URL }).feed.articles.map((article) => article.contentText);

    it('is left out of every text and summary, whatever its links say', () => {
      for (const footer of [medium, oddFormatting]) {
        const { feed, warnings } = parse(jsonFeed(items(footer, 4)), { baseUrl: FEED_URL });
        expect(warnings).to.deep.equal([]);
        expect(feed.articles.map((article) => [article.contentText, article.summary])).to.deep.equal([0, 1, 2, 3].map((n) => [`Isi tulisan ${String(n)}.`, `Isi tulisan ${String(n)}.`]));
      }
    });

    it('is text when fewer than three items or half of them end with it, or it is all an item has', () => {
      expect(texts(items(medium, 2))[0]).to.include('was originally published in');
      expect(texts(items(medium, 7, 3))[0]).to.include('was originally published in');
      expect(texts(items(medium, 6, 3))[0]).to.equal('Isi tulisan 0.');
      const alone = [...items(medium, 3), { id: 'x', content_html: medium(9) }];
      expect(texts(alone)[3]).to.include('was originally published in');
    });

    it('is text when it is under three words outside its links, or differs from item to item', () => {
      const source = (n: number) => `<p>Sumber: <a href="https://bps.example/${String(n)}">BPS ${String(n)}</a></p>`;
      expect(texts(items(source, 4))[0]).to.equal('Isi tulisan 0.\n\nSumber: BPS 0');
      const closing = (n: number) => `<p>Panen ke-${String(n)} dimulai pekan depan di desa.</p>`;
      expect(texts(items(closing, 4))[1]).to.equal('Isi tulisan 1.\n\nPanen ke-1 dimulai pekan depan di desa.');
    });
  });

  describe('page-builder shortcodes', () => {
    const wpBakery = '<p>[vc_row][vc_column][vc_column_text]</p>\n<p>Isi artikel tentang desa.</p>\n<p>[/vc_column_text][/vc_column][/vc_row]</p>';

    it('are taken out of content_html, summary and content_text, with one warning per item; other bracketed text stays', () => {
      const { article, warnings } = read({ content_html: wpBakery, summary: '[vc_row][vc_column_text] Ringkasan. [/vc_column_text][/vc_row]' });
      expect(article.contentText).to.equal('Isi artikel tentang desa.');
      expect(article.summary).to.equal('Ringkasan.');
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
      expect(warningAt(warnings, 'wrong-type', '$.items[0].content_html').message).to.include('shortcodes such as').and.include('"[vc_row]"').and.include('removed');
      const text = read({ content_html: undefined, content_text: '[et_pb_section][et_pb_text]Teks desa.[/et_pb_text][/et_pb_section]' });
      expect(text.article.contentText).to.equal('Teks desa.');
      warningAt(text.warnings, 'wrong-type', '$.items[0].content_text');
      expect(read({ content_html: wpBakery }).article.summary).to.equal('Isi artikel tentang desa.');
      warningAt(read({ summary: '[vc_row]Ringkasan.[/vc_row]' }).warnings, 'wrong-type', '$.items[0].summary');
      const other = read({ content_html: '<p>Data BPS [1] dan [Foto: Desa Pondok] [vcard]</p>' });
      expect(other.article.contentText).to.equal('Data BPS [1] dan [Foto: Desa Pondok] [vcard]');
      expect(other.warnings).to.deep.equal([]);
    });
  });
});

describe('a password-protected post in a WordPress-made JSON Feed', () => {
  it('shows its title only: not the password form, nor WordPress\'s "no excerpt" notice', () => {
    const form =
      '<form action="https://site.example/wp-login.php?action=postpass" class="post-password-form" method="post"><p>This content is password protected. To view it please enter your password below:</p><p><label for="pwbox-7">Password: <input name="post_password" id="pwbox-7" type="password" size="20" /></label> <input type="submit" name="Submit" value="Enter" /></p></form>';
    const { article } = read({
      content_html: form,
      content_text: 'This content is password protected. To view it please enter your password below: Password:',
      summary: 'There is no excerpt because this is a protected post.',
    });
    expect([article.title, article.summary, article.contentText]).to.deep.equal(['Judul', '', '']);
  });
});

describe('a title or summary of only invisible characters', () => {
  for (const invisible of ['&#8203;', '\u200B\u200B', '&zwj;&zwnj;', '&shy;', '\u2060', '\u180E', '\u3164', ' \uFEFF ']) {
    it(`${JSON.stringify(invisible)} counts as none: the summary and then the text stand in`, () => {
      expect(read({ title: invisible }).article.title).to.equal('Isi.');
      expect(read({ title: invisible, summary: 'Ringkasan.' }).article.title).to.equal('Ringkasan.');
      expect(read({ summary: invisible }).article.summary).to.equal('Isi.');
    });
  }

  it('keeps a title that has visible characters among invisible ones', () => {
    expect(read({ title: '\u200BJudul\u200B' }).article.title).to.equal('\u200BJudul\u200B');
    expect(read({ title: '\u{1F469}\u200D\u{1F33E}' }).article.title).to.equal('\u{1F469}\u200D\u{1F33E}');
  });
});

describe('a JSON Feed item with an empty id', () => {
  it('is known by its url, as an item without an id is, and says so; without a url it is dropped', () => {
    for (const id of ['', '   ']) {
      const { feed, warnings } = parse(jsonFeed([{ id, url: 'https://site.example/a/', content_text: 'Isi' }]));
      expect(only(feed.articles).id).to.equal('https://site.example/a/');
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
      expect(warningAt(warnings, 'id-coerced', '$.items[0].id').message).to.include(`empty id ${JSON.stringify(id)}`).and.include('its url is used instead');
    }
    const { feed, warnings } = parse(jsonFeed([{ id: '', content_text: 'Isi' }, { id: 'b', content_text: 'Isi' }]));
    expect(feed.articles.map((article) => article.id)).to.deep.equal(['b']);
    expect(warningAt(warnings, 'item-dropped', '$.items[0]').message).to.include('unusable id ""');
  });
});

describe('a relative picture in the HTML of an article', () => {
  it("resolves against the article's own URL, as in its page (Hugo's page bundles), else the feed's", () => {
    const html = '<p>Teks.</p><img src="sawah.jpg" alt="Sawah">';
    expect(read({ url: 'https://blog.example/posts/panen/', content_html: html }).article.image).to.deep.equal({ url: 'https://blog.example/posts/panen/sawah.jpg', alt: 'Sawah' });
    expect(read({ url: undefined, content_html: html }).article.image?.url).to.equal('https://site.example/feed/json/sawah.jpg');
  });
});

describe('a summary that says there is none ("N/a", a divider)', () => {
  it('counts as no summary: one is made from the content', () => {
    for (const summary of ['N/a', 'n/a', ' NULL ', '- · -', '* * *']) expect(read({ summary, content_html: '<p>Isi artikel.</p>' }).article.summary, summary).to.equal('Isi artikel.');
    expect(read({ summary: 'N/a: singkatan', content_html: '<p>Isi.</p>' }).article.summary).to.equal('N/a: singkatan');
    // Emoji alone are a post's text, not a divider.
    expect(read({ summary: '🎉🎉', content_html: '<p>Isi.</p>' }).article.summary).to.equal('🎉🎉');
    expect(read({ title: undefined, content_html: '<p>🎉</p>' }).article.title).to.equal('🎉');
  });

  it('counts as none in the content too: a photo post whose only text is a divider has no summary', () => {
    const { article } = read({ title: 'DSCF2641', content_html: '<div><img src="https://cdn.example/a.webp"/><p> - · - </p></div>' });
    expect(article.summary).to.equal('');
    expect(article.title).to.equal('DSCF2641');
  });
});

describe('items with the field names of RSS or a site\'s own JSON ("date", "link", "description")', () => {
  it('says once per name, for the whole feed, what JSON Feed calls it', () => {
    const items = [1, 2, 3].map((n) => ({ id: String(n), title: `Kabar ${String(n)}`, link: `https://desa.example/${String(n)}`, date: '2024-05-02T09:15:00+07:00', content_html: '<p>Isi.</p>' }));
    const { warnings } = parse(jsonFeed(items), { baseUrl: FEED_URL });
    const named = warnings.filter((warning) => warning.code === 'unknown-field');
    expect(named.map((warning) => [warning.path, warning.message]), messagesOf(warnings)).to.deep.equal([
      ['$.items[0].date', '"date" is not a JSON Feed field, so it was not used (3 item(s) have it); JSON Feed calls it "date_published"'],
      ['$.items[0].link', '"link" is not a JSON Feed field, so it was not used (3 item(s) have it); JSON Feed calls it "url"'],
    ]);
  });

  it('says nothing where the item has JSON Feed\'s field too', () => {
    const { warnings } = read({ date: '2024', date_published: '2024-05-02T09:15:00+07:00', link: 'x', url: 'https://desa.example/1' });
    expect(warnings.filter((warning) => warning.code === 'unknown-field'), messagesOf(warnings)).to.deep.equal([]);
  });
});

describe("a Jekyll feed whose author name is the whole site.author object", () => {
  it("takes that object's name, with a warning saying what to write", () => {
    const { article, warnings } = read({ author: { name: { name: 'Héctor Patricio', email: 'h@example.org', twitter: 'hectorip' } } });
    expect(article.authors).to.deep.equal([{ name: 'Héctor Patricio' }]);
    expect(warningAt(warnings, 'wrong-type', '$.items[0].author.name').message).to.include('{{ site.author.name | jsonify }}');
  });
});

describe("an item whose image is WordPress's emoji (a generator that took the post's first <img>)", () => {
  it('has no cover from it; the content\'s picture, if any, instead', () => {
    const emoji = 'https://s.w.org/images/core/emoji/13.0.1/svg/1f642.svg';
    expect(read({ image: emoji, content_html: '<p>Senang 🙂</p>' }).article.image).to.equal(undefined);
    expect(read({ image: emoji, content_html: '<p><img src="https://desa.example/foto.jpg" width="800" height="600" alt=""></p>' }).article.image?.url).to.equal('https://desa.example/foto.jpg');
    expect(read({ content_html: '<p><img src="https://cdn.example/twemoji/v/72x72/1f600.png" alt="😀"></p>' }).article.image, 'twemoji in the content').to.equal(undefined);
  });
});

describe('an untitled item (a microblog post)', () => {
  it('is titled by its first sentence when its text is long and that sentence short', () => {
    const { article } = read({ title: undefined, content_html: undefined, content_text: 'Wee wooo this is some content. With a few sentences. Here is a third sentence, long enough to need cutting somewhere.' });
    expect(article.title).to.equal('Wee wooo this is some content.');
    expect(article.summary).to.equal('Wee wooo this is some content. With a few sentences. Here is a third sentence, long enough to need cutting somewhere.');
  });

  it('is titled by its text cut at a word when no sentence ends soon enough', () => {
    const text = 'Hari ini kami belajar membuat peta desa bersama warga Pondok, Bringinan dan Gelanglor, lalu menempelkannya di balai desa.';
    const { article } = read({ title: undefined, content_html: undefined, content_text: text });
    expect(article.title).to.equal('Hari ini kami belajar membuat peta desa bersama warga Pondok, Bringinan dan…');
    // "Dr." and "No." are not sentences.
    expect(read({ title: undefined, content_html: undefined, content_text: `Dr. Sofwan berbicara. ${text}` }).article.title).to.equal('Dr. Sofwan berbicara.');
  });
});

describe('a summary made from content with headings and lists', () => {
  it('ends a sentence where a line ended without punctuation, so that a heading does not run into the text', () => {
    const { article } = read({ content_html: '<h2>Latar Belakang</h2><p>Desa kekurangan air bersih.</p><ul><li>Isi formulir</li><li>Unggah KTP:</li><li>“Selesai”</li></ul><p>Terima kasih.</p>' });
    expect(article.summary).to.equal('Latar Belakang. Desa kekurangan air bersih. Isi formulir. Unggah KTP: “Selesai” Terima kasih.');
  });

  it('starts after the byline and photo-credit lines a news post opens with', () => {
    const { article } = read({ content_html: '<p><strong>Oleh: Admin Desa</strong></p><p><em>Foto: Dokumentasi Desa</em></p><p>Rombongan tiba pukul 10.00 WIB.</p>' });
    expect(article.summary).to.equal('Rombongan tiba pukul 10.00 WIB.');
    expect(article.contentText, 'the text keeps them').to.equal('Oleh: Admin Desa\n\nFoto: Dokumentasi Desa\n\nRombongan tiba pukul 10.00 WIB.');
    expect(read({ content_html: '<p>Foto: Dokumentasi Desa</p>' }).article.summary, 'all there is').to.equal('Foto: Dokumentasi Desa');
  });

  it('goes on after a line that ends in a dash or a closing guillemet', () => {
    expect(read({ content_html: '<p>– 2 tahun garansi –</p><p>Qoppel merek desain.</p>' }).article.summary).to.equal('– 2 tahun garansi – Qoppel merek desain.');
    expect(read({ content_html: '<p>«Bonjour»</p><p>Ensuite</p>' }).article.summary).to.equal('«Bonjour» Ensuite');
  });

  it('ends Japanese and Chinese lines with "。", without spaces between sentences', () => {
    const { article } = read({ content_html: '<p>初回の自動取得です。</p><h2>埼玉県オープンデータポータル</h2><ul><li>【追加】AED設置状況</li></ul>' });
    expect(article.summary).to.equal('初回の自動取得です。埼玉県オープンデータポータル。【追加】AED設置状況');
  });
});

describe('an item whose content_html opens with its own title as a heading', () => {
  it('does not show the title again at the start of its summary and text', () => {
    const { article } = read({ title: 'Panen Raya di Desa Sumberejo', content_html: '<h1>Panen Raya di Desa Sumberejo</h1><p>Warga memanen padi.</p>' });
    expect(article.summary).to.equal('Warga memanen padi.');
    expect(article.contentText).to.equal('Warga memanen padi.');
  });
});

describe('a Micro.blog photo post whose picture is only in content_text (its theme dropped the raw HTML)', () => {
  it('shows that picture, after any in content_html and any image attachment', () => {
    const photo = { url: 'https://leo.micro.blog/2018/08/23/checking-in/', content_html: '<!-- raw HTML omitted -->', content_text: '<img src="/uploads/2018/800601ef54.jpg" width="600" height="450" alt="Checking in">' };
    expect(read(photo).article.image).to.deep.equal({ url: 'https://leo.micro.blog/uploads/2018/800601ef54.jpg', alt: 'Checking in' });
    expect(read({ ...photo, attachments: [{ url: 'https://cdn.example/a.jpg', mime_type: 'image/jpeg' }] }).article.image?.url).to.equal('https://cdn.example/a.jpg');
    expect(read({ ...photo, content_html: '<p><img src="https://cdn.example/b.jpg"></p>' }).article.image?.url).to.equal('https://cdn.example/b.jpg');
  });
});

describe('an item whose only picture is an attachment (Mastodon bridges, photo posts)', () => {
  it('shows the first image attachment, with its title as the alternative text', () => {
    const attachments = [
      { url: 'https://files.example/klip.mp4', mime_type: 'video/mp4' },
      { url: 'javascript:alert(1)', mime_type: 'image/png' },
      { url: 'https://files.example/panen.jpg', mime_type: 'image/jpeg', title: 'Panen &amp; syukuran' },
    ];
    expect(read({ content_html: '<p>Isi.</p>', attachments }).article.image).to.deep.equal({ url: 'https://files.example/panen.jpg', alt: 'Panen & syukuran' });
    expect(read({ image: 'https://site.example/sampul.jpg', attachments }).article.image?.url, 'image comes first').to.equal('https://site.example/sampul.jpg');
    expect(read({ attachments: [{ url: 'https://files.example/a.pdf', mime_type: 'application/pdf' }] }).article, 'no image attachment').to.not.have.property('image');
  });

  it('checks attachments as JSON Feed defines them, and says which one is wrong and how', () => {
    const good = { url: 'https://files.example/siaran.mp3', mime_type: 'audio/mpeg', title: 'Siaran', size_in_bytes: 8_000_000, duration_in_seconds: 1800 };
    expect(read({ content_html: '<p>Isi.</p>', attachments: [good] }).warnings).to.deep.equal([]);
    const { article, warnings } = read({
      content_html: '<p>Isi.</p>',
      attachments: ['https://files.example/a.mp3', { mime_type: 'audio/mpeg' }, { url: 'https://files.example/b.jpg' }, { ...good, size_in_bytes: '8 MB', duration_in_seconds: -1 }, { url: 'data:image/png;base64,AAAA', mime_type: 'image/png' }],
    });
    expect(warningAt(warnings, 'wrong-type', '$.items[0].attachments[0]').message).to.include('expected an attachment object');
    expect(warningAt(warnings, 'missing-field', '$.items[0].attachments[1]').message).to.include('needs a "url"');
    expect(warningAt(warnings, 'missing-field', '$.items[0].attachments[2]').message).to.include('needs a "mime_type"').and.include('"image/jpeg"');
    expect(warningAt(warnings, 'wrong-type', '$.items[0].attachments[3].size_in_bytes').message).to.include('a number of zero or more').and.include('"8 MB"');
    warningAt(warnings, 'wrong-type', '$.items[0].attachments[3].duration_in_seconds');
    warningAt(warnings, 'unsafe-url', '$.items[0].attachments[4].url');
    expect(article, 'no image without a MIME type, none from a data: URL').to.not.have.property('image');
    expect(read({ content_html: '<p>Isi.</p>', attachments: { url: 'https://files.example/a.mp3' } }).warnings.map((warning) => `${warning.code} ${warning.path}`)).to.deep.equal(['wrong-type $.items[0].attachments']);
  });
});

describe('an image given as an object with a url (as the npm feed package can pass one through)', () => {
  it('shows its url, and says to write the URL itself', () => {
    const { article, warnings } = read({ image: { url: 'https://site.example/sampul.jpg', type: 'image/jpeg' }, banner_image: { url: 'javascript:alert(1)' } });
    expect(article.image).to.deep.equal({ url: 'https://site.example/sampul.jpg', alt: '' });
    expect(warningAt(warnings, 'wrong-type', '$.items[0].image').message).to.include('is an object; its "url" was used').and.include('"image": "https://…"');
    warningAt(warnings, 'wrong-type', '$.items[0].banner_image');
    warningAt(warnings, 'unsafe-url', '$.items[0].banner_image.url');
    expect(article).to.not.have.property('bannerImage');
  });

  it('reads an attachment whose MIME type is in capitals as an image (MIME types are case-insensitive)', () => {
    expect(read({ attachments: [{ url: 'https://files.example/panen.PNG', mime_type: 'IMAGE/PNG' }] }).article.image?.url).to.equal('https://files.example/panen.PNG');
  });
});

describe('a JSON Feed 1.0 item whose author has no name', () => {
  it("shows no byline rather than the feed's author: the item has an author of its own (\"If not specified in an item\", only then the feed's)", () => {
    const feed = jsonFeed(
      [
        { id: 'a', content_text: 'x', author: { avatar: 'https://site.example/a.png' } },
        { id: 'b', content_text: 'y', author: { name: 'Sari' } },
        { id: 'c', content_text: 'z', authors: [{ url: 'https://tamu.example/' }] },
        // A template's "no author of its own": an empty name and nothing else.
        { id: 'd', content_text: 'w', author: { name: '' } },
      ],
      { version: 'https://jsonfeed.org/version/1', author: { name: 'Infest Yogyakarta' } },
    );
    expect(parse(feed).feed.articles.map((article) => article.authors.map((author) => author.name))).to.deep.equal([[], ['Sari'], [], ['Infest Yogyakarta']]);
  });

  it('reads "author": "" (what Jekyll templates write for none) as no author of its own, without a warning', () => {
    const feed = jsonFeed([{ id: 'a', content_text: 'x', author: '' }, { id: 'b', content_text: 'y', author: ' ' }], { version: 'https://jsonfeed.org/version/1', author: { name: 'Infest Yogyakarta' } });
    const { feed: parsed, warnings } = parse(feed);
    expect(parsed.articles.map((article) => article.authors.map((author) => author.name))).to.deep.equal([['Infest Yogyakarta'], ['Infest Yogyakarta']]);
    expect(warnings).to.deep.equal([]);
  });
});

describe('"authors" written as one author rather than a list', () => {
  it('reads that author, and says to write a list', () => {
    for (const authors of [{ name: 'Sari', url: 'https://site.example/sari/' }, 'Sari']) {
      const { article, warnings } = read({ authors });
      expect(article.authors.map((author) => author.name), JSON.stringify(authors)).to.deep.equal(['Sari']);
      expect(warnings, messagesOf(warnings)).to.have.lengthOf(1);
      expect(warningAt(warnings, 'wrong-type', '$.items[0].authors').message).to.include('must be an array').and.include('"authors": [');
    }
  });

  it('at feed level too, for the items without their own', () => {
    const { feed } = parse(jsonFeed([item()], { authors: { name: 'Infest Yogyakarta' } }), { baseUrl: FEED_URL });
    expect(only(feed.articles).authors).to.deep.equal([{ name: 'Infest Yogyakarta' }]);
  });
});

describe('JSON Feeds made by other generators', () => {
  it('dates an item that has only date_modified by it (the npm feed package, Docusaurus, RSS-Bridge)', () => {
    const { article, warnings } = read({ date_modified: '2024-01-01T00:00:00Z' });
    expect(article.published).to.deep.include({ precision: 'instant', epochMs: Date.parse('2024-01-01T00:00:00Z') });
    expect(warnings).to.deep.equal([]);
  });

  it("reads Hugo's dates: an offset whose + html/template escaped, and {{ .Date }} with a numeric zone", () => {
    const escaped = read({ date_published: '2024-03-02T06:30:00&#43;07:00' });
    expect(escaped.article.published).to.deep.include({ epochMs: Date.parse('2024-03-01T23:30:00Z') });
    expect(warningAt(escaped.warnings, 'date-not-rfc3339', '$.items[0].date_published').message).to.include('character references');
    const spaced = read({ date_published: '2019-10-01 18:30:00 -0300 -03' });
    expect(spaced.article.published).to.deep.include({ epochMs: Date.parse('2019-10-01T21:30:00Z') });
    expect(read({ date_published: '2021-11-02 10:00:00 +0700 +07' }).article.published).to.deep.include({ epochMs: Date.parse('2021-11-02T03:00:00Z') });
  });

  it("drops Go's zero date, which Hugo writes for pages without one, and says so", () => {
    const { article, warnings } = read({ date_published: '0001-01-01T00:00:00Z' });
    expect(article).to.not.have.property('published');
    expect(warningAt(warnings, 'invalid-date', '$.items[0].date_published').message).to.include('zero date');
  });

  it("gives an item with \"authors\": [] the feed's authors (Hugo's template writes it for none of its own)", () => {
    const { feed } = parse(jsonFeed([item({ authors: [] })], { authors: [{ name: 'Redaksi' }] }));
    expect(only(feed.articles).authors).to.deep.equal([{ name: 'Redaksi' }]);
  });

  it('keeps an author with a mailto: URL, which JSON Feed allows, without the link and without a warning', () => {
    const { article, warnings } = read({ authors: [{ name: 'Jane', url: 'mailto:jane@example.org' }] });
    expect(article.authors).to.deep.equal([{ name: 'Jane' }]);
    expect(warnings).to.deep.equal([]);
  });

  it('reads the text inside CDATA that an RSS converter left in a title or the content', () => {
    const { article } = read({ title: '<![CDATA[Converted from RSS]]>', content_html: '<![CDATA[<p>Isi &amp; lagi</p>]]>' });
    expect(article.title).to.equal('Converted from RSS');
    expect(article.contentText).to.equal('Isi & lagi');
  });

  it('leaves out a permalink to the item ending its content in a block (Daring Fireball’s ★)', () => {
    expect(read({ content_html: `<p>Isi.</p><div><a href="${LINK}">&nbsp;★&nbsp;</a></div>` }).article.contentText).to.equal('Isi.');
  });

  it('keeps a tag once however it is capitalized, in its first spelling (filters compare them so)', () => {
    expect(read({ tags: ['desa', 'Desa', 'DESA', 'Ponorogo'] }).article.tags).to.deep.equal(['desa', 'Ponorogo']);
  });

  it('leaves out the default category among the tags ("Uncategorized", "Tak Berkategori"), which WordPress-made feeds can list', () => {
    expect(read({ tags: ['desa', 'Tak Berkategori', 'Uncategorized', 'tidak berkategori'] }).article.tags).to.deep.equal(['desa']);
  });

  it("reads HTML in content_text as text, as in the other plain fields (Hugo's {{ .Summary }}, Micro.blog), and keeps tag-like words", () => {
    const hugo = read({
      content_html: undefined,
      content_text: '<p>In order to add <a href="https://www.jsonfeed.org/">JSON Feed 1.1 support</a> to Hugo you need a <code>jsonfeed</code> output format:</p>\n<p>Then &amp; only then&hellip;</p>',
    });
    expect(hugo.article.contentText).to.equal('In order to add JSON Feed 1.1 support to Hugo you need a jsonfeed output format:\n\nThen & only then…');
    expect(hugo.article.summary).to.equal('In order to add JSON Feed 1.1 support to Hugo you need a jsonfeed output format: Then & only then…');
    const untitled = read({ title: undefined, content_html: undefined, content_text: '<p>Snuggliest Puggliest. 😍💞</p> <p><img src="http://pug.example/a.jpg" width="600" height="600" /></p>' });
    expect(untitled.article.title).to.equal('Snuggliest Puggliest. 😍💞');
    expect(read({ content_html: undefined, content_text: 'Stop using <div> for buttons' }).article.contentText).to.equal('Stop using <div> for buttons');
  });

  it('reads "https:/host/path" (a URL joined as a file path) as that host, with a base too', () => {
    expect(read({ url: 'https:/other.example/post/' }).article.url).to.equal('https://other.example/post/');
  });
});
