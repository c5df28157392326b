import { expect } from 'chai';
import { relatedArticles, titleKeywords } from '../../src/feed/index.js';
import { article, date } from './helpers.js';

// Default weights: 2 per shared tag, 2 for the same program, +2 for the same phase on top,
// 1 for the same category, 1 per shared title keyword (stop-words and short words removed).
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
