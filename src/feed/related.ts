import { byNewest } from './phases.js';
import { stopWords } from './stopwords.js';
import type { Article, Feed } from './types.js';

/**
 * Points each kind of match is worth (YARPP-style weighted relatedness). What most of the feed
 * shares says nothing about two articles (inverse document frequency, at its simplest): in a
 * feed of 5 articles or more, a title word or a category that more than half of them have
 * (the site's name in every title, "Read … Online", a rubric, "Berita") scores nothing, and so
 * does a tag that every one of them has. Tags are chosen one by one, so a broad one (most
 * articles of a village NGO tagged "desa") still counts: the threshold already needs more than
 * one tag.
 */
export interface RelatedWeights {
  /** Per shared tag, unless every article has it. */
  readonly tag: number;
  /** Same `_infest.program`. */
  readonly program: number;
  /** Same program and the same phase (on top of `program`). */
  readonly phase: number;
  /** Same category, unless more than half of the articles are in it. */
  readonly category: number;
  /** Per shared title keyword (stop-words removed), unless more than half of the titles have it. */
  readonly keyword: number;
}

export const DEFAULT_RELATED_WEIGHTS: RelatedWeights = { tag: 2, program: 2, phase: 2, category: 1, keyword: 1 };

export interface RelatedOptions {
  /** At most this many in `items` (default: all). `total` still counts every match. */
  readonly limit?: number;
  /**
   * Lowest score that counts as related (default 4: two shared tags, a tag and the program,
   * or the same program and phase; one tag that half the feed shares is not enough).
   */
  readonly threshold?: number;
  readonly weights?: Partial<RelatedWeights>;
}

/** An article that reaches the threshold, and what scored: words, tags and categories too common to score are left out. */
export interface ScoredArticle {
  readonly article: Article;
  readonly score: number;
  readonly sharedTags: readonly string[];
  readonly sharedKeywords: readonly string[];
  readonly sameProgram: boolean;
  readonly samePhase: boolean;
  readonly sameCategory: boolean;
}

export interface RelatedResult {
  /** Best first; equal scores newest first. */
  readonly items: readonly ScoredArticle[];
  /** How many articles reach the threshold, before `limit`. */
  readonly total: number;
}

export const DEFAULT_RELATED_THRESHOLD = 4;

const nonWord = /[^\p{L}\p{N}]+/u;
const combiningMarks = /\p{M}/gu;

/** Lower-case, accent-free title words that carry meaning. */
export function titleKeywords(title: string): Set<string> {
  const words = title.normalize('NFKD').replace(combiningMarks, '').toLowerCase().split(nonWord);
  return new Set(words.filter((word) => word.length >= 3 && !/^\d+$/.test(word) && !stopWords.has(word)));
}

const normalizeTag = (tag: string): string => tag.normalize('NFKC').trim().toLowerCase();

/** The candidate's tags found in `tags` (normalized), one per tag however it is spelled. */
function sharedTagsOf(candidateTags: readonly string[], tags: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  return candidateTags.filter((tag) => {
    const key = normalizeTag(tag);
    if (!tags.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Feeds smaller than this score every shared word, tag and category: in four articles, three
 * that share a word may well share a topic.
 */
const COMMON_FROM = 5;

/**
 * Scores every other article in the feed against `article` and keeps those at or above the
 * threshold. How many articles have each of `article`'s words, tags and categories is counted
 * in the same pass over the feed, so this stays linear in the feed's size.
 */
export function relatedArticles(feed: Pick<Feed, 'articles'>, article: Article, options: RelatedOptions = {}): RelatedResult {
  const weights = { ...DEFAULT_RELATED_WEIGHTS, ...options.weights };
  const threshold = options.threshold ?? DEFAULT_RELATED_THRESHOLD;
  const tags = new Set(article.tags.map(normalizeTag));
  const keywords = titleKeywords(article.title);
  const categories = new Set(article.categories);

  // Keys: "#tag", "@category", and title words as they are (letters and digits only).
  const counts = new Map<string, number>();
  const count = (keys: readonly string[]): void => {
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const candidates: [Article, string[], string[], string[]][] = [];
  for (const candidate of feed.articles) {
    const sharedTags = sharedTagsOf(candidate.tags, tags);
    const sharedKeywords = [...titleKeywords(candidate.title)].filter((word) => keywords.has(word));
    const sharedCategories = [...new Set(candidate.categories)].filter((name) => categories.has(name));
    count(sharedTags.map((tag) => `#${normalizeTag(tag)}`));
    count(sharedKeywords);
    count(sharedCategories.map((name) => `@${name}`));
    if (candidate.id === article.id || (article.url !== undefined && candidate.url === article.url)) continue;
    candidates.push([candidate, sharedTags, sharedKeywords, sharedCategories]);
  }
  const size = feed.articles.length;
  // Whether what `key` names is rare enough to score: at most `most` articles have it.
  const scores = (key: string, most: number): boolean => size < COMMON_FROM || (counts.get(key) ?? 0) <= most;

  const scored: ScoredArticle[] = [];
  for (const [candidate, tagsOfCandidate, keywordsOfCandidate, categoriesOfCandidate] of candidates) {
    const sharedTags = tagsOfCandidate.filter((tag) => scores(`#${normalizeTag(tag)}`, size - 1));
    const sharedKeywords = keywordsOfCandidate.filter((word) => scores(word, size / 2));
    const sameProgram = article.program !== undefined && candidate.program === article.program;
    const samePhase = sameProgram && article.phase !== undefined && candidate.phase === article.phase;
    const sameCategory = categoriesOfCandidate.some((name) => scores(`@${name}`, size / 2));
    const score =
      sharedTags.length * weights.tag +
      sharedKeywords.length * weights.keyword +
      (sameProgram ? weights.program : 0) +
      (samePhase ? weights.phase : 0) +
      (sameCategory ? weights.category : 0);
    if (score >= threshold && score > 0) {
      scored.push({ article: candidate, score, sharedTags, sharedKeywords, sameProgram, samePhase, sameCategory });
    }
  }
  scored.sort((a, b) => b.score - a.score || byNewest(a.article, b.article));
  const limit = options.limit ?? scored.length;
  return { items: scored.slice(0, Math.max(0, limit)), total: scored.length };
}
