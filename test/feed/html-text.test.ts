import { expect } from 'chai';
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { namedEntities } from '../../src/feed/entities.js';
import { cleanText, decodeEntities, excerpt, htmlToText } from '../../src/feed/html-text.js';

describe('htmlToText', () => {
  it('drops tags and script content and decodes references', () => {
    expect(htmlToText('<p>Kolaborasi &amp; <b>koordinasi</b><script>alert(1)</script></p>')).to.equal('Kolaborasi & koordinasi');
  });

  describe('elements that are not reader-facing text', () => {
    const cases: [string, string][] = [
      ['a<script>var s = "<p>x</p>";</script>b', 'ab'],
      ['a<style>p { color: red }</style>b', 'ab'],
      ['a<svg viewBox="0 0 1 1"><title>Logo</title><text>SVG</text></svg>b', 'ab'],
      ['a<template><p>nanti</p></template>b', 'ab'],
      ['a<iframe src="https://example.com/embed">Browser Anda tidak mendukung iframe</iframe>b', 'ab'],
      ['a<noscript>Aktifkan JavaScript</noscript>b', 'ab'],
      // What a browser without the player shows; WordPress's [audio] and [video] put the file's URL there.
      ['a<audio controls src="x.mp3"><source src="x.mp3"><a href="x.mp3">https://example.org/x.mp3</a></audio>b', 'ab'],
      ['a<video controls><track kind="captions" src="x.vtt">Unduh <a href="x.mp4">videonya</a></video> b', 'a b'],
      ['a<canvas width="300">Grafik anggaran</canvas>b', 'ab'],
      ['a<SCRIPT type="text/javascript">x()</SCRIPT >b', 'ab'],
      ['a<script>x()</script\n>b', 'ab'],
      ['a<script>s = "</scripts>"; t()</script>b', 'ab'],
      ['a<ScRiPt>x()</sCrIpT>b', 'ab'],
      // HTML ignores "/>" on a script start tag: the script still runs to </script>.
      ['a<script/>alert(1)</script>b', 'ab'],
      // SVG honours "/>": nothing follows to drop.
      ['a<svg/>b', 'ab'],
    ];
    for (const [html, text] of cases) {
      it(`${JSON.stringify(html)} → ${JSON.stringify(text)}`, () => {
        expect(htmlToText(html)).to.equal(text);
      });
    }

    it('drops everything after an unclosed script or style', () => {
      expect(htmlToText('Sebelum<script>alert(1); document.write("<p>x</p>")')).to.equal('Sebelum');
      expect(htmlToText('Sebelum <style>p{}')).to.equal('Sebelum');
      expect(htmlToText('Sebelum <script')).to.equal('Sebelum');
    });
  });

  it('drops comments, also unclosed ones', () => {
    expect(htmlToText('a<!-- <script>alert(1)</script> <p>b</p> -->c')).to.equal('ac');
    expect(htmlToText('a<!-- sampai akhir')).to.equal('a');
    expect(htmlToText('a<!DOCTYPE html><?xml version="1.0"?>b')).to.equal('ab');
  });

  it('reads ">" inside quoted attribute values as part of the tag', () => {
    expect(htmlToText('<a title="1 > 0" data-x=\'a>b\' href="https://example.org/">tautan</a>')).to.equal('tautan');
    expect(htmlToText('<img alt="x > y" src="a.png">sesudah')).to.equal('sesudah');
  });

  it('keeps "<" that does not start a tag', () => {
    expect(htmlToText('a < b')).to.equal('a < b');
    expect(htmlToText('<p>3 <5 dan 5 > 3</p>')).to.equal('3 <5 dan 5 > 3');
    expect(htmlToText('x &lt; y')).to.equal('x < y');
  });

  describe('plain-text fields written with some HTML', () => {
    const cases: [string, string][] = [
      ['Belajar tag <script> di HTML', 'Belajar tag <script> di HTML'],
      ['Tag <style> dan <title> di halaman', 'Tag <style> dan <title> di halaman'],
      ['The <dialog> element is finally usable', 'The <dialog> element is finally usable'],
      ['Swift generics: Array<Element> vs. [Element]', 'Swift generics: Array<Element> vs. [Element]'],
      ['Using <picture> and <source> for art direction', 'Using <picture> and <source> for art direction'],
      ['Why x<y and y>z matters', 'Why x<y and y>z matters'],
      ['if a<b then', 'if a<b then'],
      ['Catatan <!-- tanpa akhir', 'Catatan <!-- tanpa akhir'],
      ['Tautan <a href="https://example.org/', 'Tautan'],
      ['<p>Kami memindahkan <a href="https://github.com/features/act...', 'Kami memindahkan'],
      ['<em>Kopi</em> &amp; <b>teh</b>', 'Kopi & teh'],
      ['<p>Kopi <span class="x">desa</span><br>Wonosobo</p>', 'Kopi desa Wonosobo'],
      ['<script>alert(1)</script>Judul', '<script>alert(1)</script>Judul'],
      // Formatting tags that format nothing are the text's subject (a WordPress title typed as
      // &lt;div&gt;, which jsonfeed-wp and Hugo write out decoded).
      ['Stop using <div> for buttons', 'Stop using <div> for buttons'],
      ['Why <b> is not <strong>', 'Why <b> is not <strong>'],
      ['The <a> element &amp; its href', 'The <a> element & its href'],
      ['Lazy-loading with <img loading=lazy>', 'Lazy-loading with <img loading=lazy>'],
      ['<b>Baru</b>: kapan memakai <b>', 'Baru: kapan memakai <b>'],
      ['Ya </em> tanpa awal', 'Ya </em> tanpa awal'],
      ['Kopi <span class="x">desa', 'Kopi desa'],
      ['<p>Paragraf tanpa akhir<p>dan satu lagi', 'Paragraf tanpa akhir dan satu lagi'],
      ['Foto <img src="/a.jpg" alt="sawah"> desa', 'Foto desa'],
    ];
    for (const [text, shown] of cases) {
      it(`${JSON.stringify(text)} → ${JSON.stringify(shown)}`, () => {
        expect(htmlToText(text, { plain: true })).to.equal(shown);
      });
    }

    it('is read in time linear in its length, however many elements never close', () => {
      const time = (text: string): number => {
        const start = performance.now();
        htmlToText(text, { plain: true });
        return performance.now() - start;
      };
      time('kata '.repeat(1000)); // warm up
      const words = time('kata '.repeat(16_000));
      expect(time('<script>'.repeat(10_000)), `ms (plain words: ${words.toFixed(1)} ms)`).to.be.below(Math.max(20 * words, 100));
      // Each unpaired <b> looks for its end tag: once per name, not once per tag.
      expect(time('<b>x '.repeat(10_000)), `ms (plain words: ${words.toFixed(1)} ms)`).to.be.below(Math.max(20 * words, 100));
    });

    it('gives the same text as HTML reading when every tag is complete and closed', () => {
      const text = fc.stringMatching(/^[^<&]*$/);
      const element = fc.tuple(fc.constantFrom(['<b>', '</b>'], ['<em class="x">', '</em>'], ['<p>', '</p>'], ['<a href="/x">', '</a>'], ['<span>', '</span>']), text);
      const piece = fc.oneof(element.map(([[start, end], inner]) => `${start}${inner}${end}`), fc.constantFrom('<br>', '<!-- c -->', '&amp;'), text);
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
          const text = parts.join('');
          expect(htmlToText(text, { plain: true })).to.equal(htmlToText(text));
        }),
      );
    });
  });

  describe('character references', () => {
    const cases: [string, string][] = [
      ['Jum&#8217;at', 'Jum’at'],
      ['Jum&#x2019;at', 'Jum’at'],
      ['Jum&#X2019;at', 'Jum’at'],
      ['Jum&#8217at', 'Jum’at'],
      ['&#0000000065;&#x0000000041;', 'AA'],
      ['a&#0;b', 'a\uFFFDb'],
      ['a&#xD800;b&#57343;c', 'a\uFFFDb\uFFFDc'],
      ['a&#x110000;b&#99999999999999;c', 'a\uFFFDb\uFFFDc'],
      ['1990&#150;2000', '1990–2000'],
      ['&#128;5 &#153;', '€5 ™'],
      ['&#x1F600;', '😀'],
      ['tunggu&hellip; &ldquo;ya&rdquo; &amp; &nbsp;selesai', 'tunggu… “ya” & selesai'],
      ['Made with &hearts; &amp; &check; &le; 5 &ne; 6, &minus;1 &alpha;', 'Made with ♥ & ✓ ≤ 5 ≠ 6, −1 α'],
      ['Rp&period;5&comma;000 &lpar;PHP ENT_HTML5&rpar;', 'Rp.5,000 (PHP ENT_HTML5)'],
      ['&foo; &NotEqualTilde; &amp', '&foo; &NotEqualTilde; &amp'],
      ['AT&T &', 'AT&T &'],
    ];
    for (const [html, text] of cases) {
      it(`${JSON.stringify(html)} → ${JSON.stringify(text)}`, () => {
        expect(htmlToText(html)).to.equal(text);
      });
    }

    it('decodes every named reference in the table to what the entities package says', () => {
      // HTML 4's 253 (the XML five among them), 25 ASCII names of HTML5 and five symbols.
      expect(namedEntities.size).to.equal(283);
      for (const [name, character] of namedEntities) {
        expect(character, name).to.equal(decodeHTML(`&${name};`));
        expect(decodeEntities(`&${name};`), name).to.equal(character);
      }
    });

    it('decodes numeric references as the entities package does', () => {
      const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x11_0000 }), fc.integer({ min: 0, max: 0x9f }), fc.integer({ min: 0xd7f0, max: 0xe010 }));
      fc.assert(
        fc.property(codePoint, fc.nat({ max: 6 }), fc.boolean(), fc.boolean(), (value, zeros, hex, semicolon) => {
          const digits = '0'.repeat(zeros) + (hex ? value.toString(16) : String(value));
          const reference = `&#${hex ? 'x' : ''}${digits}${semicolon ? ';' : ''}`;
          expect(decodeEntities(`a${reference}b`), reference).to.equal(decodeHTML(`a${reference}b`));
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('whitespace', () => {
    it('separates paragraphs with a blank line and keeps line breaks in multiline mode', () => {
      const html = '<h2>Judul</h2>\n<p>Satu\n  baris</p>\n\n\n<p>Dua<br>Tiga<br/>Empat</p><blockquote>Kutipan</blockquote>';
      expect(htmlToText(html, { multiline: true })).to.equal('Judul\n\nSatu baris\n\nDua\nTiga\nEmpat\n\nKutipan');
    });

    it('collapses all whitespace to single spaces otherwise', () => {
      expect(htmlToText('<h2>Judul</h2>\n<p>Satu\n  baris</p>\t<p>Dua<br>Tiga</p>')).to.equal('Judul Satu baris Dua Tiga');
      expect(htmlToText('  a \r\n\t b&nbsp;&nbsp;c  ')).to.equal('a b c');
    });

    it('keeps the cells of a table apart', () => {
      const table = '<table><tr><th>Desa</th><th>Jumlah</th></tr><tr><td>Pondok</td><td>120</td></tr></table>';
      expect(htmlToText(table)).to.equal('Desa Jumlah Pondok 120');
      expect(htmlToText(table, { multiline: true })).to.equal('Desa Jumlah\nPondok 120');
    });

    it('puts each item of a list, and each block after another, on a line of its own', () => {
      expect(htmlToText('<p>Desa:</p>\n<ul>\n  <li>Pondok</li>\n  <li><a href="/b">Bringinan</a></li>\n</ul><p>Lalu</p>', { multiline: true })).to.equal('Desa:\n\nPondok\nBringinan\n\nLalu');
      expect(htmlToText('<div>Satu</div><div><div>Dua</div></div><div><br></div><div>Tiga</div>', { multiline: true })).to.equal('Satu\nDua\n\nTiga');
      expect(htmlToText('Satu<br><br>Dua', { multiline: true })).to.equal('Satu\n\nDua');
      expect(htmlToText('<ul><li>a</li><li>b</li></ul>')).to.equal('a b');
    });

    it('keeps the line breaks of preformatted text in multiline mode, and a <pre> in another one', () => {
      const html = '<p>Kode:</p><pre class="wp-block-code"><code>baris satu\r\nbaris <b>dua</b>\n  baris tiga</code></pre><p>Lalu <pre>a\nb</pre> selesai.</p>';
      expect(htmlToText(html, { multiline: true })).to.equal('Kode:\n\nbaris satu\nbaris dua\nbaris tiga\n\nLalu\n\na\nb\n\nselesai.');
      expect(htmlToText(html)).to.equal('Kode: baris satu baris dua baris tiga Lalu a b selesai.');
      expect(htmlToText('<pre>a\nb</pre>\n\n<p>c\nd</p>', { multiline: true })).to.equal('a\nb\n\nc d');
    });

    it('never leaves more than one blank line', () => {
      expect(htmlToText('<p>a</p><p></p><p>&nbsp;</p><br><br><br><p>b</p>', { multiline: true })).to.equal('a\n\nb');
    });
  });

  describe('footnotes', () => {
    // Gutenberg's core/footnotes, kramdown / Hugo / Jekyll, Markdown-it, and a WordPress plugin.
    const cases: [string, string][] = [
      [
        '<p>Kalimat.<sup data-fn="a1b2" class="fn"><a href="#a1b2" id="a1b2-link">1</a></sup> Lanjut.</p><ol class="wp-block-footnotes"><li id="a1b2">Catatan. <a href="#a1b2-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>',
        'Kalimat. Lanjut. Catatan.',
      ],
      [
        '<p>Kalimat<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>.</p><div class="footnotes" role="doc-endnotes"><ol><li id="fn:1"><p>Catatan.&nbsp;<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;&#xfe0e;</a></p></li></ol></div>',
        'Kalimat. Catatan.',
      ],
      ['<p>Kalimat<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>.</p><p>Catatan. <a href="#fnref1" class="footnote-backref">↩</a></p>', 'Kalimat. Catatan.'],
      ['<p>Kalimat<sup>2</sup> dan m<sup>2</sup>, <a href="#bagian">↑ ke atas</a>.</p>', 'Kalimat2 dan m2, ↑ ke atas.'],
    ];
    for (const [html, text] of cases) {
      it(`${JSON.stringify(html.slice(0, 60))}… → ${JSON.stringify(text)}`, () => {
        expect(htmlToText(html)).to.equal(text);
      });
    }
  });

  it("keeps WordPress's emoji and smilies, which it sends as images, as their text; drops other images", () => {
    const html = '<p>Selamat <img draggable="false" role="img" class="emoji" alt="🎉" src="https://s.w.org/images/core/emoji/14.0.0/svg/1f389.svg"> Infest! ' +
      "<img src='s.gif' alt=':)' class='wp-smiley' style='height: 1em'> <img src=\"foto.jpg\" alt=\"Foto rapat\"></p>";
    expect(htmlToText(html)).to.equal('Selamat 🎉 Infest! :)');
    expect(htmlToText('Ya <img class="emoji" alt="&#x1F44D;">', { plain: true })).to.equal('Ya 👍');
  });

  it('removes control characters, also from references', () => {
    expect(htmlToText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f')).to.equal('abcdef');
    expect(htmlToText('a&#7;b&#x1b;c&#129;d')).to.equal('abcd');
    expect(htmlToText('a\tb\nc', { multiline: true })).to.equal('a b\nc');
  });
});

describe('struck-out text', () => {
  it('leaves out what the publisher struck through (<del>, <s>, <strike>): without its line it would read as still true', () => {
    expect(htmlToText('<p>Sudah tersedia.</p><strike>Masih ada satu masalah.</strike><p>Pembaruan: sudah diperbaiki.</p>', { multiline: true })).to.equal('Sudah tersedia.\n\nPembaruan: sudah diperbaiki.');
    expect(htmlToText('Biaya <del datetime="2021-11-02">Rp 50.000</del> Rp 35.000')).to.equal('Biaya Rp 35.000');
    expect(htmlToText('Harga <S>lama</S> baru', { plain: true })).to.equal('Harga baru');
    expect(htmlToText('<s>a</s>b<span>c</span><strong>d</strong><sup>1</sup><small>e</small>'), 'other inline tags starting with "s" are kept').to.equal('bcd1e');
  });

  it('keeps the text after a strike-through that is never closed, as browsers show it', () => {
    expect(htmlToText('Harga <s>lama dan baru')).to.equal('Harga lama dan baru');
  });
});

describe('overlong words', () => {
  it('cuts a run of more than 200 characters without a space, in every kind of text', () => {
    const word = 'AV'.repeat(2000);
    expect(htmlToText(`Judul ${word} akhir`)).to.equal(`Judul ${word.slice(0, 200)}… akhir`);
    expect(htmlToText(`<p>${word}</p><p>dua</p>`, { multiline: true })).to.equal(`${word.slice(0, 200)}…\n\ndua`);
    const url = `https://example.org/${'a'.repeat(150)}`;
    expect(htmlToText(`Lihat ${url}`)).to.equal(`Lihat ${url}`);
  });

  it('keeps text written without spaces, which lines break inside (Chinese, Japanese, Thai): only a long Latin run in it is cut', () => {
    const chinese = '印度尼西亚的村庄正在建立自己的信息系统，'.repeat(20);
    const thai = 'หมู่บ้านในอินโดนีเซียกำลังสร้างระบบข้อมูลของตนเอง'.repeat(10);
    const japanese = 'インドネシアの村は、独自の情報システムを作っています。'.repeat(10);
    for (const text of [chinese, thai, japanese]) expect(htmlToText(`<p>${text}</p>`), text.slice(0, 10)).to.equal(text);
    const word = 'a'.repeat(300);
    expect(htmlToText(`${chinese}村${word}`)).to.equal(`${chinese}村${word.slice(0, 200)}…`);
  });
});

describe('cleanText', () => {
  it('gives the same line as dropping controls, cutting long words and collapsing white space would', () => {
    // What cleanText does to a line that needs it; its shortcut for clean lines must agree.
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
    const slowly = (text: string): string =>
      text.replace(controls, '').replace(/\S{201,}/gu, (word) => `${Array.from(word).slice(0, 200).join('')}…`).replace(/\s+/g, ' ').trim();
    const pieces = ['kata', 'a', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\u0000', '\u200b', 'é', '\u{1F600}', 'x'.repeat(199), 'y'.repeat(201)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(cleanText(text)).to.equal(slowly(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cleanText and the direction of text', () => {
  it("closes the bidi embeddings, overrides and isolates a text leaves open, so they end with it", () => {
    expect(cleanText('\u202Enilam')).to.equal('\u202Enilam\u202C');
    expect(cleanText('\u2067abc \u202Bdef')).to.equal('\u2067abc \u202Bdef\u2069\u202C');
    for (const balanced of ['a\u202Eb\u202Cc', '\u2068نام\u2069 x', 'a\u202C\u2069 b']) expect(cleanText(balanced)).to.equal(balanced);
  });

  it('cuts a long word of emoji between two of them, never inside one', () => {
    const cut = cleanText(`a${'😀'.repeat(300)}`);
    expect(cut).to.equal(`a${'😀'.repeat(199)}…`);
    expect(cut).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('excerpt', () => {
  it('never cuts an emoji in half', () => {
    const text = `${'x'.repeat(79)}😀😀😀`;
    expect(excerpt(text, 80)).to.equal(`${'x'.repeat(79)}…`);
    expect(excerpt(`${'x'.repeat(78)}😀😀😀`, 80)).to.equal(`${'x'.repeat(78)}😀…`);
  });

  it('never cuts inside a grapheme: an emoji sequence, a flag, a letter and its accent', () => {
    const family = '👨‍👩‍👧';
    expect(excerpt(`${'x'.repeat(76)}${family}${family}`, 80)).to.equal(`${'x'.repeat(76)}…`);
    expect(excerpt(`${'x'.repeat(76)}🇮🇩🇮🇩`, 80)).to.equal(`${'x'.repeat(76)}🇮🇩…`);
    expect(excerpt(`${'x'.repeat(79)}e\u0301e`, 80)).to.equal(`${'x'.repeat(79)}…`);
  });

  it('still cuts one grapheme longer than the limit (a stack of accents), never inside a surrogate pair', () => {
    const zalgo = `a${'\u0301'.repeat(500)}`;
    expect(excerpt(zalgo, 80)).to.have.length(81);
    expect(excerpt(`${'\u0301'.repeat(79)}😀😀`, 80)).to.equal(`${'\u0301'.repeat(79)}…`);
  });
});

describe('long words', () => {
  it('cuts a long word of emoji sequences between two of them', () => {
    const family = '👨‍👩‍👧';
    const cut = cleanText(`a${family.repeat(60)}`);
    expect(cut.endsWith(`${family}…`)).to.equal(true);
    expect(cut.slice(1, -1)).to.equal(family.repeat((cut.length - 2) / family.length));
  });
});
