import { dateSpan } from './dates.js';
import type { Article, Feed, Phase, Program } from './types.js';

export type PhaseStatus = 'completed' | 'current' | 'upcoming';

/**
 * Where a phase stands on `now`, reading its dates at their own precision in Asia/Jakarta:
 * a phase ending "2023" is current until 2024-01-01T00:00+07:00. A phase without an end is
 * ongoing and stays current once started. The end alone says when it is over, however
 * roughly the start is written ("2021" to "2021-06-30" is over on 2021-07-01).
 */
export function phaseStatus(phase: Pick<Phase, 'start' | 'end'>, now: Date | number = Date.now()): PhaseStatus {
  const time = typeof now === 'number' ? now : now.getTime();
  if (time < dateSpan(phase.start).start) return 'upcoming';
  if (phase.end && time >= dateSpan(phase.end).end) return 'completed';
  return 'current';
}

/**
 * The articles about a phase: those that name it in `_infest.phase`, else those of the same
 * program published while the phase ran. Newest first.
 */
export function phaseArticles(feed: Pick<Feed, 'articles'>, program: Program, phase: Phase): Article[] {
  return phaseArticleFinder(feed, program)(phase);
}

interface Placed {
  readonly article: Article;
  /** Its start in epoch ms; -Infinity when undated. */
  readonly time: number;
  readonly index: number;
}

/**
 * `phaseArticles` for every phase of a program, reading the feed once: a program of
 * thousands of phases and a feed of thousands of articles costs each phase only its own
 * articles, not a pass over the feed.
 */
export function phaseArticleFinder(feed: Pick<Feed, 'articles'>, program: Program): (phase: Phase) => Article[] {
  const named = new Map<string, Placed[]>();
  const dated: Placed[] = [];
  feed.articles.forEach((article, index) => {
    if (article.program !== program.id) return;
    const placed = { article, time: article.published ? dateSpan(article.published).start : -Infinity, index };
    if (article.phase !== undefined) {
      const list = named.get(article.phase);
      if (list) list.push(placed);
      else named.set(article.phase, [placed]);
    } else if (article.published) {
      dated.push(placed);
    }
  });
  dated.sort(newestPlacedFirst);
  return (phase) => {
    const end = phase.end ? dateSpan(phase.end).end : Infinity;
    const during = dated.slice(firstBefore(dated, end), firstBefore(dated, dateSpan(phase.start).start));
    const own = named.get(phase.id);
    const placed = own ? [...own, ...during].sort(newestPlacedFirst) : during;
    return placed.map((entry) => entry.article);
  };
}

/** Newest first, then in feed order. */
function newestPlacedFirst(a: Placed, b: Placed): number {
  if (a.time !== b.time) return b.time > a.time ? 1 : -1;
  return a.index - b.index;
}

/** The index of the first entry of `newestFirst` older than `time` (its length if none is). */
function firstBefore(newestFirst: readonly Placed[], time: number): number {
  let low = 0;
  let high = newestFirst.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((newestFirst[middle]?.time ?? -Infinity) < time) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Newest first; articles without a date last, in feed order (the sort is stable). */
export function byNewest(a: Article, b: Article): number {
  const aTime = a.published ? dateSpan(a.published).start : -Infinity;
  const bTime = b.published ? dateSpan(b.published).start : -Infinity;
  if (aTime === bTime) return 0;
  return bTime - aTime > 0 ? 1 : -1;
}
