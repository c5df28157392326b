import { dateSpan, parseDate } from './dates.js';
import { phaseArticleFinder, phaseStatus, type PhaseStatus } from './phases.js';
import type { Article, Feed, Phase, Program } from './types.js';

/** Which program a timeline shows, or why it shows none. */
export type ProgramSelection =
  | { readonly kind: 'program'; readonly program: Program }
  /** The feed has programs, but none with the requested id. */
  | { readonly kind: 'not-found'; readonly id: string }
  /** The feed has no programs at all. */
  | { readonly kind: 'no-programs' };

/**
 * The program with id `id` (trimmed), or the feed's first program when `id` is absent or
 * blank. A feed without programs is `no-programs` whatever `id` asks for.
 */
export function selectProgram(feed: Pick<Feed, 'programs'>, id?: string | null): ProgramSelection {
  const first = feed.programs[0];
  if (!first) return { kind: 'no-programs' };
  const wanted = id?.trim() ?? '';
  if (wanted === '') return { kind: 'program', program: first };
  const program = feed.programs.find((candidate) => candidate.id === wanted);
  return program ? { kind: 'program', program } : { kind: 'not-found', id: wanted };
}

export type NowParse = { readonly ok: true; readonly time: number } | { readonly ok: false };

/**
 * Reads a timeline's `now`: a year, month or day ("2022-06-01", the start of that day in
 * Asia/Jakarta) or an RFC 3339 date-time ("2023-12-31T23:59:59+07:00"; without an offset it
 * is read as Jakarta time). Returns epoch milliseconds, or `ok: false` for anything else.
 */
export function parseNow(text: string): NowParse {
  const parsed = parseDate(text);
  return parsed.ok ? { ok: true, time: dateSpan(parsed.date).start } : { ok: false };
}

/** One phase as a timeline shows it on a given day. */
export interface TimelinePhase {
  readonly phase: Phase;
  readonly status: PhaseStatus;
  /** Articles about this phase, newest first (see `phaseArticles`). */
  readonly articles: readonly Article[];
}

/**
 * The program's phases in the feed's order (by start), each with its own status on `now` and
 * its articles. Phases may overlap or leave gaps: each is judged on its own dates, so two can
 * be current at once.
 */
export function timelinePhases(feed: Pick<Feed, 'articles'>, program: Program, now: number): TimelinePhase[] {
  const articlesOf = phaseArticleFinder(feed, program);
  return program.phases.map((phase) => ({ phase, status: phaseStatus(phase, now), articles: articlesOf(phase) }));
}
