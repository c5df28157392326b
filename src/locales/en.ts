import type { Catalog } from './catalog.js';

const plural = (count: number, one: string, other: string): string => `${String(count)} ${count === 1 ? one : other}`;

export const en: Catalog = {
  loading: 'Loading…',
  errors: {
    'no-source': 'There is no content to show yet.',
    network: 'The content could not be loaded. Check your internet connection.',
    timeout: 'The server took too long to answer. Try again later.',
    http: (status) => `The content is unavailable (HTTP\u00a0${String(status)}).`,
    'too-large': 'The content is too large to show.',
    'not-json': 'The content could not be read.',
    'not-feed': 'The content could not be read.',
    blocked: 'This content is not allowed here.',
    'not-found': 'The requested content was not found.',
    render: 'The content could not be shown on this page.',
  },
  retry: 'Try again',
  offline: (updated) => `offline · updated ${updated}`,
  savedCopy: (updated) => `saved copy · updated ${updated}`,
  untitled: 'Untitled',
  readMore: 'Read more',
  opensInNewTab: '(opens in a new tab)',
  tags: 'Topics',
  articleNotFound: (id) => `Article “${id}” was not found.`,
  noArticles: 'No articles yet.',
  noRelated: 'No related articles yet.',

  loadMore: 'Load more',
  shown: (shown, total) => (total === undefined ? `Showing ${plural(shown, 'article', 'articles')}` : `Showing ${String(shown)} of ${plural(total, 'article', 'articles')}`),
  allShown: 'All articles are shown.',
  moreErrors: {
    http: (status) => `The next articles could not be loaded (HTTP\u00a0${String(status)}).`,
    network: 'The next articles could not be loaded. Check your internet connection.',
    timeout: 'The server took too long to send the next articles. Try again later.',
    other: 'The next articles could not be loaded.',
  },
  filterNames: { tag: 'topic', author: 'author', program: 'program', category: 'category' },
  noMatches: (filters) => `No articles with ${filters}.`,

  relatedHeading: 'Related articles',
  relatedTotal: (total) => `${String(total)} in total`,
  latestFromProgram: (program) => `Latest articles from ${program}`,
  latestArticles: 'Latest articles',

  phaseStatus: { completed: 'Completed', current: 'In progress', upcoming: 'Upcoming' },
  present: 'present',
  startsFrom: (date) => `From ${date}`,
  villages: (count) => plural(count, 'village', 'villages'),
  otherVillages: (count) => `${String(count)} more`,
  milestones: 'Milestones',
  phaseArticles: (count) => plural(count, 'article', 'articles'),
  showMore: 'Show more',
  programNotFound: (id) => `Program “${id}” was not found.`,
  noPrograms: 'There are no programs to show yet.',
  noPhases: 'This program has no phases yet.',
  timeline: (program) => `${program} timeline`,
};
