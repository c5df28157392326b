import { expect } from 'chai';
import { parseFeed, relatedArticles, titleKeywords } from '../../src/feed/index.js';
import type { Article } from '../../src/feed/index.js';
import demoFeed from '../../demo/feed.json' with { type: 'json' };
import { article, date } from './helpers.js';

// Default weights: 2 per shared tag, 2 for the same program, +2 for the same phase on top,
// 1 for the same category, 1 per shared title keyword (stop-words and short words removed).
// In this feed of 10 no word, tag or category is common enough to stop scoring: the most
// shared, the tag "air bersih", is on 5 articles, not more than half.
const target = article({
  id: 't',
  url: 'https://example.org/t/',
  // Keywords: pemetaan, sumber, air, sanitasi, sehat ("dan", "yang" are stop-words).
  title: 'Pemetaan sumber air dan sanitasi yang sehat',
  tags: ['Air Bersih', 'Sanitasi'],
  program: 'air-desa',
  phase: 'pemetaan',
  categories: ['Kegiatan'],
  published: date('2023-04-01T10:00:00+07:00'),
});

const feed = {
  articles: [
    target,
    // tag "air bersih" 2 (case differs) + program 2 + phase 2 + category 1 = 7
    article({ id: 'a', title: 'Laporan kegiatan bulanan', tags: ['air bersih'], program: 'air-desa', phase: 'pemetaan', categories: ['Kegiatan'], published: date('2023-01-01') }),
    // tags "SANITASI" + "Air Bersih" 4 + keyword "sanitasi" 1 = 5
    article({ id: 'b', title: 'Sanitasi di sekolah', tags: ['SANITASI', 'Air Bersih'], published: date('2023-02-01') }),
    // keywords "sumber", "air" 2 + program 2 + other phase 0 + category 1 = 5, newer than b
    article({ id: 'c', title: 'Sumber air desa', program: 'air-desa', phase: 'pembangunan', categories: ['Kegiatan'], published: date('2023-03-01') }),
    // keyword "air" 1 ("the", "and" are stop-words) + category 1 = 2
    article({ id: 'd', title: 'The air and the water', categories: ['Kegiatan'], published: date('2022-01-01') }),
    // one tag in two spellings counts once: 2, newer than d
    article({ id: 'h', title: 'Kabar', tags: ['AIR BERSIH', 'air bersih'], published: date('2022-06-01') }),
    // tag 2, no date: last among equals
    article({ id: 'u', title: 'Berita', tags: ['sanitasi'] }),
    // keyword "sehat" 1: below the threshold of 2
    article({ id: 'e', title: 'Dan yang the sehat', published: date('2023-03-15') }),
    // same phase id in another program counts for nothing: 0
    article({ id: 'i', title: 'Rapat warga', program: 'lain', phase: 'pemetaan', published: date('2023-03-20') }),
    // the article itself under another id but the same url: excluded
    article({ id: 'g', url: 'https://example.org/t/', title: 'Pemetaan sumber air', tags: ['Air Bersih'] }),
  ],
};

describe('relatedArticles', () => {
  it('scores, orders by score then recency, and excludes the article itself', () => {
    const { items, total } = relatedArticles(feed, target, { threshold: 2 });
    expect(items.map((item) => [item.article.id, item.score])).to.deep.equal([
      ['a', 7],
      ['c', 5],
      ['b', 5],
      ['h', 2],
      ['d', 2],
      ['u', 2],
    ]);
    expect(total).to.equal(6);
  });

  it('says why each article matched', () => {
    const [a, c, b, h, d] = relatedArticles(feed, target, { threshold: 2 }).items;
    expect(a).to.deep.include({ sharedTags: ['air bersih'], sharedKeywords: [], sameProgram: true, samePhase: true, sameCategory: true });
    expect(b).to.deep.include({ sharedTags: ['SANITASI', 'Air Bersih'], sharedKeywords: ['sanitasi'], sameProgram: false });
    expect(c).to.deep.include({ sharedKeywords: ['sumber', 'air'], sameProgram: true, samePhase: false, sameCategory: true });
    expect(d!.sharedKeywords).to.deep.equal(['air']);
    expect(h!.sharedTags).to.deep.equal(['AIR BERSIH']);
  });

  it('limits the items but counts every match in total', () => {
    const limited = relatedArticles(feed, target, { limit: 2, threshold: 2 });
    expect(limited.items.map((item) => item.article.id)).to.deep.equal(['a', 'c']);
    expect(limited.total).to.equal(6);
    expect(relatedArticles(feed, target, { limit: 0, threshold: 2 })).to.deep.equal({ items: [], total: 6 });
  });

  it('applies the threshold, and never counts an article that shares nothing', () => {
    const strict = relatedArticles(feed, target, { threshold: 5 });
    expect(strict.items.map((item) => item.article.id)).to.deep.equal(['a', 'c', 'b']);
    expect(strict.total).to.equal(3);
    const loose = relatedArticles(feed, target, { threshold: 0 });
    expect(loose.items.map((item) => item.article.id)).to.include('e').and.not.include('i');
    expect(loose.total).to.equal(7);
  });

  it('takes other weights', () => {
    // Tags worth nothing: a = 2 + 2 + 1 = 5, c = 5, b = 1 (below 2), d = 2, h = u = 0.
    const { items } = relatedArticles(feed, target, { weights: { tag: 0 }, threshold: 2 });
    expect(items.map((item) => [item.article.id, item.score])).to.deep.equal([
      ['c', 5],
      ['a', 5],
      ['d', 2],
    ]);
  });

  it('finds nothing for an article without tags, program, category or keywords', () => {
    expect(relatedArticles(feed, article({ id: 'z', title: 'Dan yang the' }))).to.deep.equal({ items: [], total: 0 });
  });
});

describe('relatedArticles and what most of the feed shares', () => {
  const ids = (items: readonly { article: Article }[]): string[] => items.map((item) => item.article.id);

  it('does not count the words every title has (a comics site: "Read … Issue #3 Online - XoxoComics")', () => {
    const comic = (id: string, title: string) => article({ id, title: `Read ${title} Online - XoxoComics` });
    const articles = [comic('hb3', 'Hellboy Issue #3'), comic('hb2', 'Hellboy Issue #2'), comic('bm1', 'Batman Issue #1'), comic('sg12', 'Saga Issue #12'), comic('sp300', 'Spawn Issue #300')];
    // Before, "read", "issue", "online" and "xoxocomics" made every other article score 4.
    expect(relatedArticles({ articles }, articles[0]!)).to.deep.equal({ items: [], total: 0 });
    const loose = relatedArticles({ articles }, articles[0]!, { threshold: 1 });
    expect(ids(loose.items)).to.deep.equal(['hb2']);
    expect(loose.items[0]).to.deep.include({ score: 1, sharedKeywords: ['hellboy'] });
  });

  it('finds the two articles on one topic among titles that all end in " | Infest Yogyakarta", all in "Berita"', () => {
    const post = (id: string, title: string, tags: string[]) => article({ id, title: `${title} | Infest Yogyakarta`, tags, categories: ['Berita'] });
    const articles = [
      post('bank-sampah', 'Bank Sampah Desa Pager Mulai Beroperasi', ['desa', 'pengelolaan sampah']),
      post('memilah', 'Warga Pager Belajar Memilah Sampah Rumah Tangga', ['desa', 'pengelolaan sampah']),
      post('musdes', 'Musyawarah Desa Bringinan Membahas APBDes 2024', ['desa', 'APBDes']),
      post('jurnalisme', 'Pelatihan Jurnalisme Warga untuk Pemuda Ponorogo', ['jurnalisme warga']),
      post('dip', 'Desa Gelanglor Menerbitkan Daftar Informasi Publik', ['desa', 'keterbukaan informasi']),
      post('laporan', '[Rilis Pers] Laporan Tahunan Infest 2023', []),
      post('praktik-baik', 'Kelas Menulis Praktik Baik untuk Pendamping Desa', ['desa', 'pengelolaan pengetahuan']),
    ];
    // Before, "infest", "yogyakarta", "desa" (4 titles of 7) and "Berita" gave musdes, dip and
    // praktik-baik 6 with the tag "desa": 4 related. The tag still counts: not every article has it.
    const { items, total } = relatedArticles({ articles }, articles[0]!);
    expect(total).to.equal(1);
    expect(items[0]).to.deep.include({ score: 6, sharedTags: ['desa', 'pengelolaan sampah'], sharedKeywords: ['pager', 'sampah'], sameCategory: false });
  });

  it('does not count a tag every article has, nor a category more than half of them are in', () => {
    const post = (id: string, title: string, categories: string[]) => article({ id, title, tags: ['Infest Yogyakarta', 'Kabar'], categories });
    const articles = [
      post('a', 'Sekolah Lapang Petani', ['Kabar Desa']),
      post('b', 'Kunjungan ke Kulon Progo', ['Kabar Desa']),
      post('c', 'Lokakarya Data Desa', ['Kabar Desa', 'Jurnalisme Data']),
      post('d', 'Panen Raya di Pager', []),
      post('e', 'Pelatihan Jurnalisme Data', ['Jurnalisme Data']),
    ];
    // Before, the two tags on every article made every other article score 4 or 5.
    expect(relatedArticles({ articles }, articles[0]!).total).to.equal(0);
    // "Kabar Desa" (3 of 5) scores nothing; "Jurnalisme Data" (2 of 5) and "data" do.
    const loose = relatedArticles({ articles }, articles[2]!, { threshold: 1 });
    expect(loose.items.map((item) => [item.article.id, item.score, item.sameCategory])).to.deep.equal([['e', 2, true]]);
  });

  it('leaves a feed of fewer than 5 articles alone: there, three that share words may share a topic', () => {
    const articles = [
      article({ id: 'a', title: 'Air Bersih untuk Desa Pager', tags: ['air bersih'] }),
      article({ id: 'b', title: 'Pipa Air Bersih Sampai di Dusun Krajan', tags: ['air bersih'] }),
      article({ id: 'c', title: 'Iuran Air Bersih Warga' }),
      article({ id: 'd', title: 'Rapat Tahunan' }),
    ];
    expect(relatedArticles({ articles }, articles[0]!).items.map((item) => [item.article.id, item.score])).to.deep.equal([['b', 4]]);
  });

  describe('on the demo feed', () => {
    const { feed } = parseFeed(demoFeed);
    const find = (id: string): Article => feed.articles.find((candidate) => candidate.id === id)!;

    it('still finds the Ponorogo migrant-worker articles for the Ponorogo collaboration article', () => {
      const { items, total } = relatedArticles(feed, find('kolaborasi-koordinasi-pelindungan-pmi-ponorogo'), { limit: 4 });
      expect(ids(items)).to.deep.equal(['sampel-catatan-lapangan-lima-desa', 'sampel-replikasi-ke-desa-tetangga', 'sampel-kopi-terbentuk-di-tiga-desa', 'sampel-advokasi-perdes-pelindungan-pmi']);
      expect(total).to.equal(9);
    });

    it('no longer relates two articles by "desa", in 14 of its 19 titles ("Perangkat Lunak … Situs Desa", "… Perangkat Desa")', () => {
      const { items } = relatedArticles(feed, find('sampel-perangkat-lunak-situs-desa'));
      expect(ids(items)).to.deep.equal(['sampel-arsip-digital-desa', 'sampel-visualisasi-data-desa-spreadsheet', 'sampel-musyawarah-desa-disiarkan']);
      for (const current of feed.articles) {
        for (const item of relatedArticles(feed, current, { threshold: 0 }).items) expect(item.sharedKeywords, current.id).to.not.include('desa');
      }
    });
  });
});

describe('titleKeywords', () => {
  it('drops Indonesian and English stop-words, numbers and short words', () => {
    expect([...titleKeywords('Pemetaan sumber air dan sanitasi yang sehat di 2023')]).to.deep.equal(['pemetaan', 'sumber', 'air', 'sanitasi', 'sehat']);
    expect([...titleKeywords('The water and the village')]).to.deep.equal(['water', 'village']);
  });

  it('lower-cases and removes accents', () => {
    expect([...titleKeywords('CAFÉ Ekonomi—Kreatif')]).to.deep.equal(['cafe', 'ekonomi', 'kreatif']);
  });

  it('counts an article as related from 4 points by default: one shared tag is not enough', () => {
    const current = article({ id: 'x', title: 'Pertama', tags: ['desa', 'air'], program: 'p' });
    const oneTag = article({ id: 'one-tag', title: 'Kedua', tags: ['desa'] });
    const twoTags = article({ id: 'two-tags', title: 'Ketiga', tags: ['desa', 'air'] });
    const tagAndProgram = article({ id: 'tag-program', title: 'Keempat', tags: ['air'], program: 'p' });
    const { items } = relatedArticles({ articles: [current, oneTag, twoTags, tagAndProgram] }, current);
    expect(items.map((item) => item.article.id).sort()).to.deep.equal(['tag-program', 'two-tags']);
  });
});
