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
  const start = dateSpan(phase.start).start;
  const end = phase.end ? dateSpan(phase.end).end : Infinity;
  return feed.articles
    .filter((article) => {
      if (article.program !== program.id) return false;
      if (article.phase !== undefined) return article.phase === phase.id;
      if (!article.published) return false;
      const published = dateSpan(article.published).start;
      return published >= start && published < end;
    })
    .sort(byNewest);
}

/** Newest first; articles without a date last, in feed order (the sort is stable). */
export function byNewest(a: Article, b: Article): number {
  const aTime = a.published ? dateSpan(a.published).start : -Infinity;
  const bTime = b.published ? dateSpan(b.published).start : -Infinity;
  if (aTime === bTime) return 0;
  return bTime - aTime > 0 ? 1 : -1;
}
