/**
 * A deterministic JSON Feed 1.1 of `count` articles shaped like what WordPress's JSON Feed
 * plugin publishes: HTML content with entities and inline markup, tags, authors, images and
 * the `_infest` extension. Used by the benchmarks.
 */
const topics = ['pekerja migran', 'desa', 'keterbukaan informasi', 'jurnalisme data', 'pengelolaan pengetahuan', 'teknologi informasi', 'Ponorogo', 'Wonosobo', 'kolaborasi', 'pemberdayaan'];
const words = 'kolaborasi koordinasi pelindungan pekerja migran desa kabupaten komunitas pemberdayaan ekonomi advokasi perencanaan pembangunan informasi publik data pengetahuan warga pemerintah program fase'.split(' ');

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

export function sentence(seed: number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(pick(words, seed * 7 + i * 13));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function contentHtml(seed: number): string {
  const paragraphs = [];
  for (let p = 0; p < 5; p++) {
    paragraphs.push(
      `<p>${sentence(seed + p, 18)} &#8220;<em>${sentence(seed + p + 1, 6)}</em>&#8221; &mdash; ${sentence(seed + p + 2, 12)} <a href="https://example.org/sampel/${String(seed)}">${sentence(seed + 3, 3)}</a>&hellip;</p>`,
    );
  }
  return `${paragraphs.join('\n')}\n<figure><img src="https://example.org/img/${String(seed)}.jpg" alt=""><figcaption>${sentence(seed, 5)}</figcaption></figure>`;
}

export function generateFeed(count: number): object {
  const items = [];
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    items.push({
      id: `https://example.org/?p=${String(i + 1)}`,
      url: `https://example.org/sampel/${String(2018 + (i % 8))}/${month}/artikel-${String(i + 1)}/`,
      title: `${sentence(i, 8)} &#8211; Contoh ${String(i + 1)}`,
      content_html: contentHtml(i),
      ...(i % 3 === 0 ? { summary: sentence(i + 5, 24) } : {}),
      image: `https://example.org/img/${String(i)}.jpg`,
      date_published: `${String(2018 + (i % 8))}-${month}-${day}T09:30:00+07:00`,
      date_modified: `${String(2018 + (i % 8))}-${month}-${day}T10:00:00+07:00`,
      authors: [{ name: `Penulis ${String(i % 17)}`, url: `https://example.org/author/${String(i % 17)}/`, avatar: `https://example.org/avatar/${String(i % 17)}.png` }],
      tags: [pick(topics, i), pick(topics, i * 3 + 1), pick(topics, i * 5 + 2)],
      _infest: { program: i % 2 === 0 ? 'pmi' : 'kip', phase: `fase-${String((i % 3) + 1)}`, category: pick(topics, i) },
    });
  }
  const phases = [1, 2, 3].map((n) => ({ id: `fase-${String(n)}`, title: `Fase ${String(n)}`, start: String(2016 + n * 3), end: String(2018 + n * 3) }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Contoh feed besar',
    home_page_url: 'https://example.org/',
    feed_url: 'https://example.org/feed.json',
    language: 'id',
    _infest: { programs: [{ id: 'pmi', title: 'PMI', phases }, { id: 'kip', title: 'KIP', phases }] },
    items,
  };
}
