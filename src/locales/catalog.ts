import type { WidgetErrorKind } from '../internal/widget-error.js';
import type { PhaseStatus } from '../feed/phases.js';

/** Every string the widgets show. A language that misses one fails to typecheck. */
export interface Catalog {
  /** Accessible name of the placeholder shown while loading. */
  readonly loading: string;
  /** Short messages for the error state; the full reason goes to the console and `infest-error`. */
  readonly errors: Readonly<Record<Exclude<WidgetErrorKind, 'http'>, string>> & {
    readonly http: (status: number) => string;
  };
  readonly retry: string;
  /** Shown with a stored copy when the network fails: "offline · updated 3 days ago". */
  readonly offline: (updated: string) => string;
  /** Shown with a stored copy when the server failed (slow, an error, a broken answer): "saved copy · updated 3 days ago". */
  readonly savedCopy: (updated: string) => string;
  readonly untitled: string;
  readonly readMore: string;
  /** Visually hidden, after links that open a new tab. */
  readonly opensInNewTab: string;
  readonly tags: string;
  readonly articleNotFound: (id: string) => string;
  readonly noArticles: string;
  /** A related block whose feed has no article besides the current one. */
  readonly noRelated: string;

  readonly loadMore: string;
  /** Announced after "load more": "Showing 20 of 35 articles". */
  /** Without `total` when it is not known yet (more pages of the feed to load). */
  readonly shown: (shown: number, total?: number) => string;
  readonly allShown: string;
  /** Beside "try again" when the list's next page failed: what failed, and for the network what to do. */
  readonly moreErrors: Readonly<Record<'network' | 'timeout' | 'other', string>> & {
    readonly http: (status: number) => string;
  };
  readonly filterNames: Readonly<Record<'tag' | 'author' | 'program' | 'category', string>>;
  /** `filters` is already a list in words: 'topik "desa" dan penulis "Sofwan Hadi"'. */
  readonly noMatches: (filters: string) => string;

  readonly relatedHeading: string;
  /** The total next to the heading, as on Infest's site: "total 12". */
  readonly relatedTotal: (total: number) => string;
  /** Heading when nothing is related enough and the newest of the same program are shown. */
  readonly latestFromProgram: (program: string) => string;
  /** Heading when the current article is unknown or has no program. */
  readonly latestArticles: string;

  readonly phaseStatus: Readonly<Record<PhaseStatus, string>>;
  /** End of an ongoing phase's date range: "2021 – sekarang". */
  readonly present: string;
  /** The dates of a phase that has not started and has no end yet: "Mulai 2027". */
  readonly startsFrom: (date: string) => string;
  readonly villages: (count: number) => string;
  /** The end of a long list of villages: "dan 30 desa lainnya". */
  readonly otherVillages: (count: number) => string;
  readonly milestones: string;
  readonly phaseArticles: (count: number) => string;
  /** The button under a phase's first articles, when it has more. */
  readonly showMore: string;
  readonly programNotFound: (id: string) => string;
  readonly noPrograms: string;
  readonly noPhases: string;
  readonly timeline: (program: string) => string;
}
