/**
 * Feeds with one payload in every string field a widget may read, each field with its own
 * code: `code = payloadIndex * 100 + fieldIndex`, so a payload that fires names its field.
 */
import { payloads } from './payloads.js';

/** JSON Feed fields, in code order (indices 0–49). */
export const jsonFeedFields = [
  'title',
  'language',
  'home_page_url',
  'items[0].id (also the card/related `article`)',
  'items[0].url',
  'items[0].external_url',
  'items[0].title',
  'items[0].summary',
  'items[0].content_html',
  'items[0].content_text',
  'items[0].image',
  'items[0].banner_image',
  'items[0].date_published',
  'items[0].date_modified',
  'items[0].authors[0].name',
  'items[0].authors[0].url',
  'items[0].authors[0].avatar',
  'items[0].tags[0]',
  'items[0].tags[1]',
  'items[0].language',
  'items[0]._infest.category',
  'items[0]._infest.image_alt',
  'items[1].content_html (no title, no summary: both come from it)',
  'items[2].content_text (no title, summary or HTML: all come from it)',
  'items[3].external_url (no url)',
  '_infest.programs[0].id (also items[0-2]._infest.program and the timeline `program`)',
  '_infest.programs[0].title',
  '_infest.programs[0].region',
  '_infest.programs[0].summary',
  '_infest.programs[0].url',
  '_infest.programs[0].phases[0].id (also items[0-2]._infest.phase)',
  '_infest.programs[0].phases[0].title',
  '_infest.programs[0].phases[0].summary',
  '_infest.programs[0].phases[0].villages[0]',
  '_infest.programs[0].phases[0].milestones[0] (a string)',
  '_infest.programs[0].phases[0].milestones[1].title',
  '_infest.programs[0].phases[0].milestones[2].date',
  '_infest.programs[0].phases[1].title',
  '_infest.programs[0].phases[1].start',
  '_infest.programs[0].phases[1].end',
  '_infest.programs[0].phases[1].summary',
  'items[0].authors[1].name (HTML-escaped form)',
  'the card `article` / timeline `program` attribute, not in the feed (echoed in the error)',
] as const;

/** WordPress REST fields, in code order (indices 50–99). */
export const wordPressFields = [
  '[0].title.rendered',
  '[0].excerpt.rendered',
  '[0].content.rendered',
  '[0].link',
  '[0].date_gmt',
  '[0].modified_gmt',
  '[0]._embedded.author[0].name',
  '[0]._embedded.author[0].link',
  '[0]._embedded.author[0].avatar_urls.96',
  '[0]._embedded.author[1].avatar_urls.48',
  '[0]._embedded.author[2].avatar_urls.24',
  "[0]._embedded['wp:featuredmedia'][0].source_url",
  "[0]._embedded['wp:featuredmedia'][0].alt_text",
  "[0]._embedded['wp:featuredmedia'][0].media_details.sizes.medium_large.source_url",
  "[0]._embedded['wp:term'][0][0].name (category)",
  "[0]._embedded['wp:term'][1][0].name (post_tag)",
  "[1].content.rendered (no title, no excerpt: both come from it)",
  "[1]._embedded['wp:featuredmedia'][0].media_details.sizes.large.source_url",
  "[2]._embedded['wp:featuredmedia'][0].media_details.sizes.full.source_url",
  "[3]._embedded['wp:featuredmedia'][0].source_url (no sizes)",
  "[3]._embedded['wp:featuredmedia'][0].alt_text",
  "[2]._embedded['wp:term'][1][0].name (post_tag, second post)",
] as const;

const WORDPRESS_OFFSET = 50;

export type JsonFeedField = (typeof jsonFeedFields)[number];
export type WordPressField = (typeof wordPressFields)[number];

/** Which payload and field a code names. */
export function describeCode(code: number): string {
  const payload = payloads[Math.floor(code / 100)];
  const field = code % 100;
  const name = field >= WORDPRESS_OFFSET ? `WordPress ${wordPressFields[field - WORDPRESS_OFFSET] ?? '?'}` : `JSON Feed ${jsonFeedFields[field] ?? '?'}`;
  return `payload #${String(Math.floor(code / 100))} (${payload?.what ?? '?'}) in ${name}`;
}

/** The ids a widget is pointed at to show the poisoned parts of a JSON Feed. */
export interface JsonFeedTargets {
  /** Articles to show in a card and as the current article of a related list. */
  readonly articles: readonly string[];
  readonly program: string;
  /** An article id / program id the feed does not have (the widget names it in its error). */
  readonly missing: string;
}

export interface PoisonedFeed<T> {
  readonly feed: T;
  readonly targets: JsonFeedTargets;
}

/** A JSON Feed 1.1 with `payloads[index]` in every string field. */
export function poisonedJsonFeed(index: number): PoisonedFeed<Record<string, unknown>> {
  const payload = payloads[index]!;
  const p = (field: JsonFeedField): string => payload.make(index * 100 + jsonFeedFields.indexOf(field));
  const programId = p('_infest.programs[0].id (also items[0-2]._infest.program and the timeline `program`)');
  const phaseId = p('_infest.programs[0].phases[0].id (also items[0-2]._infest.phase)');
  const itemId = p('items[0].id (also the card/related `article`)');
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: p('title'),
    home_page_url: p('home_page_url'),
    language: p('language'),
    items: [
      {
        id: itemId,
        url: p('items[0].url'),
        external_url: p('items[0].external_url'),
        title: p('items[0].title'),
        summary: p('items[0].summary'),
        content_html: p('items[0].content_html'),
        content_text: p('items[0].content_text'),
        image: p('items[0].image'),
        banner_image: p('items[0].banner_image'),
        date_published: p('items[0].date_published'),
        date_modified: p('items[0].date_modified'),
        authors: [
          { name: p('items[0].authors[0].name'), url: p('items[0].authors[0].url'), avatar: p('items[0].authors[0].avatar') },
          { name: p('items[0].authors[1].name (HTML-escaped form)').replace(/&/g, '&amp;').replace(/</g, '&lt;') },
        ],
        tags: [p('items[0].tags[0]'), p('items[0].tags[1]'), 'desa'],
        language: p('items[0].language'),
        _infest: { program: programId, phase: phaseId, category: p('items[0]._infest.category'), image_alt: p('items[0]._infest.image_alt') },
      },
      {
        id: 'content-html-item',
        url: 'https://example.org/sampel/content-html/',
        content_html: p('items[1].content_html (no title, no summary: both come from it)'),
        date_published: '2023-05-01T10:00:00+07:00',
        tags: ['desa'],
        _infest: { program: programId, phase: phaseId },
      },
      {
        id: 'content-text-item',
        url: 'https://example.org/sampel/content-text/',
        content_text: p('items[2].content_text (no title, summary or HTML: all come from it)'),
        date_published: '2023-04-01T10:00:00+07:00',
        tags: ['desa'],
        _infest: { program: programId, phase: phaseId },
      },
      {
        id: 'external-item',
        title: 'Tautan ke luar',
        external_url: p('items[3].external_url (no url)'),
        content_text: 'Artikel yang menaut ke situs lain.',
        date_published: '2023-03-01T10:00:00+07:00',
        tags: ['desa'],
      },
      {
        id: 'plain-item',
        url: 'https://example.org/sampel/biasa/',
        title: 'Artikel biasa',
        content_text: 'Tanpa apa-apa yang aneh.',
        image: 'https://example.org/images/biasa.jpg',
        date_published: '2023-02-01T10:00:00+07:00',
        authors: [{ name: 'Penulis Biasa' }],
        tags: ['desa'],
      },
    ],
    _infest: {
      programs: [
        {
          id: programId,
          title: p('_infest.programs[0].title'),
          region: p('_infest.programs[0].region'),
          summary: p('_infest.programs[0].summary'),
          url: p('_infest.programs[0].url'),
          phases: [
            {
              id: phaseId,
              title: p('_infest.programs[0].phases[0].title'),
              start: '2020',
              end: '2021-06',
              summary: p('_infest.programs[0].phases[0].summary'),
              villages: [p('_infest.programs[0].phases[0].villages[0]'), 'Pondok'],
              milestones: [
                p('_infest.programs[0].phases[0].milestones[0] (a string)'),
                { title: p('_infest.programs[0].phases[0].milestones[1].title'), date: '2020-08' },
                { title: 'Capaian biasa', date: p('_infest.programs[0].phases[0].milestones[2].date') },
              ],
            },
            {
              id: 'fase-aneh',
              title: p('_infest.programs[0].phases[1].title'),
              start: p('_infest.programs[0].phases[1].start'),
              end: p('_infest.programs[0].phases[1].end'),
              summary: p('_infest.programs[0].phases[1].summary'),
            },
            { id: 'fase-biasa', title: 'Fase biasa', start: '2022' },
          ],
        },
      ],
    },
  };
  const missing = p('the card `article` / timeline `program` attribute, not in the feed (echoed in the error)');
  return { feed, targets: { articles: [itemId, 'content-html-item', 'content-text-item', 'external-item'], program: programId, missing } };
}

/** A WordPress REST `?_embed` posts array with `payloads[index]` in every string field. */
export function poisonedWordPressPosts(index: number): PoisonedFeed<unknown[]> {
  const payload = payloads[index]!;
  const p = (field: WordPressField): string => payload.make(index * 100 + WORDPRESS_OFFSET + wordPressFields.indexOf(field));
  const media = (sizes: Record<string, string>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id: 900,
    source_url: 'https://example.org/wp-content/uploads/asli.jpg',
    alt_text: 'Gambar',
    media_details: {
      width: 1600,
      height: 900,
      // With a safe size beside the poisoned one, a srcset is drawn from both (see Image.sources).
      sizes: {
        medium: { source_url: 'https://example.org/wp-content/uploads/kecil.jpg', width: 300, height: 169 },
        ...Object.fromEntries(Object.entries(sizes).map(([size, url]) => [size, { source_url: url, width: 800, height: 450 }])),
      },
    },
    ...extra,
  });
  const post = (id: number, fields: Record<string, unknown>, embedded: Record<string, unknown>): Record<string, unknown> => ({
    id,
    date_gmt: '2023-01-01T03:00:00',
    link: `https://example.org/?p=${String(id)}`,
    title: { rendered: `Tulisan ${String(id)}` },
    excerpt: { rendered: '<p>Ringkasan biasa.</p>', protected: false },
    content: { rendered: '<p>Isi biasa.</p>', protected: false },
    ...fields,
    _embedded: {
      author: [{ id: 1, name: 'Admin', link: 'https://example.org/author/admin/' }],
      'wp:term': [[{ taxonomy: 'category', name: 'Berita' }], [{ taxonomy: 'post_tag', name: 'desa' }]],
      ...embedded,
    },
  });
  const posts = [
    post(
      101,
      {
        title: { rendered: p('[0].title.rendered') },
        excerpt: { rendered: p('[0].excerpt.rendered'), protected: false },
        content: { rendered: p('[0].content.rendered'), protected: false },
        link: p('[0].link'),
        date_gmt: p('[0].date_gmt'),
        modified_gmt: p('[0].modified_gmt'),
      },
      {
        author: [
          {
            id: 7,
            name: p('[0]._embedded.author[0].name'),
            link: p('[0]._embedded.author[0].link'),
            avatar_urls: { 24: 'https://example.org/a24.png', 48: 'https://example.org/a48.png', 96: p('[0]._embedded.author[0].avatar_urls.96') },
          },
          { id: 8, name: 'Kedua', avatar_urls: { 24: 'https://example.org/a24.png', 48: p('[0]._embedded.author[1].avatar_urls.48') } },
          { id: 9, name: 'Ketiga', avatar_urls: { 24: p('[0]._embedded.author[2].avatar_urls.24') } },
        ],
        'wp:featuredmedia': [
          media(
            {
              medium_large: p("[0]._embedded['wp:featuredmedia'][0].media_details.sizes.medium_large.source_url"),
              large: 'https://example.org/wp-content/uploads/besar.jpg',
              full: 'https://example.org/wp-content/uploads/penuh.jpg',
            },
            {
              source_url: p("[0]._embedded['wp:featuredmedia'][0].source_url"),
              alt_text: p("[0]._embedded['wp:featuredmedia'][0].alt_text"),
            },
          ),
        ],
        'wp:term': [
          [{ taxonomy: 'category', name: p("[0]._embedded['wp:term'][0][0].name (category)") }],
          [
            { taxonomy: 'post_tag', name: p("[0]._embedded['wp:term'][1][0].name (post_tag)") },
            { taxonomy: 'post_tag', name: 'desa' },
          ],
        ],
      },
    ),
    post(
      102,
      { title: { rendered: '' }, excerpt: { rendered: '', protected: false }, content: { rendered: p('[1].content.rendered (no title, no excerpt: both come from it)'), protected: false } },
      {
        'wp:featuredmedia': [
          media({
            large: p("[1]._embedded['wp:featuredmedia'][0].media_details.sizes.large.source_url"),
            full: 'https://example.org/wp-content/uploads/penuh.jpg',
          }),
        ],
      },
    ),
    post(
      103,
      {},
      {
        'wp:featuredmedia': [media({ full: p("[2]._embedded['wp:featuredmedia'][0].media_details.sizes.full.source_url") })],
        'wp:term': [[{ taxonomy: 'category', name: 'Berita' }], [{ taxonomy: 'post_tag', name: p("[2]._embedded['wp:term'][1][0].name (post_tag, second post)") }]],
      },
    ),
    post(
      104,
      {},
      {
        'wp:featuredmedia': [
          {
            id: 901,
            source_url: p("[3]._embedded['wp:featuredmedia'][0].source_url (no sizes)"),
            alt_text: p("[3]._embedded['wp:featuredmedia'][0].alt_text"),
          },
        ],
      },
    ),
    post(105, { title: { rendered: 'Tulisan biasa' } }, {}),
  ];
  return { feed: posts, targets: { articles: ['101', '102', '103', '104'], program: '', missing: '' } };
}
