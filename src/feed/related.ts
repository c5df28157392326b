import { byNewest } from './phases.js';
import { stopWords } from './stopwords.js';
import type { Article, Feed } from './types.js';

/** Points each kind of match is worth (YARPP-style weighted relatedness). */
export interface RelatedWeights {
  /** Per shared tag. */
  readonly tag: number;
  /** Same `_infest.program`. */
  readonly program: number;
  /** Same program and the same phase (on top of `program`). */
  readonly phase: number;
  /** Same category. */
  readonly category: number;
  /** Per shared title keyword (stop-words removed). */
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

/** Scores every other article in the feed against `article` and keeps those at or above the threshold. */
export function relatedArticles(feed: Pick<Feed, 'articles'>, article: Article, options: RelatedOptions = {}): RelatedResult {
  const weights = { ...DEFAULT_RELATED_WEIGHTS, ...options.weights };
  const threshold = options.threshold ?? DEFAULT_RELATED_THRESHOLD;
  const tags = new Set(article.tags.map(normalizeTag));
  const keywords = titleKeywords(article.title);

  const scored: ScoredArticle[] = [];
  const categories = new Set(article.categories);
  for (const candidate of feed.articles) {
    if (candidate.id === article.id || (article.url !== undefined && candidate.url === article.url)) continue;
    const sharedTags = sharedTagsOf(candidate.tags, tags);
    const sharedKeywords = [...titleKeywords(candidate.title)].filter((word) => keywords.has(word));
    const sameProgram = article.program !== undefined && candidate.program === article.program;
    const samePhase = sameProgram && article.phase !== undefined && candidate.phase === article.phase;
    const sameCategory = candidate.categories.some((name) => categories.has(name));
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
