import { expect } from 'chai';
import { parseNow, selectProgram, timelinePhases } from '../../src/feed/timeline-selection.js';
import type { Feed, Phase, Program } from '../../src/feed/index.js';
import { article, at, date } from './helpers.js';

function phase(id: string, start: string, end?: string): Phase {
  return { id, title: id, start: date(start), ...(end === undefined ? {} : { end: date(end) }), summary: '', villages: [], milestones: [] };
}

function program(id: string, phases: Phase[] = []): Program {
  return { id, title: id, summary: '', phases };
}

const pmi = program('pmi', [phase('fase-1', '2018', '2020'), phase('fase-2', '2021', '2023'), phase('fase-3', '2024')]);
const kip = program('kip', [phase('kip-1', '2022-03', '2023-08')]);
const feed: Pick<Feed, 'programs' | 'articles'> = { programs: [pmi, kip], articles: [] };

function nowOf(text: string): number {
  const parsed = parseNow(text);
  if (!parsed.ok) throw new Error(`test setup: ${text} is not a valid now`);
  return parsed.time;
}

const statuses = (value: Program, now: string): string[] => timelinePhases(feed, value, nowOf(now)).map((entry) => entry.status);

describe('selectProgram', () => {
  it('picks the first program when no id is given, or a blank one', () => {
    expect(selectProgram(feed)).to.deep.equal({ kind: 'program', program: pmi });
    expect(selectProgram(feed, null)).to.deep.equal({ kind: 'program', program: pmi });
    expect(selectProgram(feed, '  ')).to.deep.equal({ kind: 'program', program: pmi });
  });

  it('picks the program with the id, trimmed', () => {
    expect(selectProgram(feed, 'kip')).to.deep.equal({ kind: 'program', program: kip });
    expect(selectProgram(feed, ' kip\n')).to.deep.equal({ kind: 'program', program: kip });
  });

  it('says when the id is not in the feed', () => {
    expect(selectProgram(feed, 'nope')).to.deep.equal({ kind: 'not-found', id: 'nope' });
    expect(selectProgram(feed, 'PMI')).to.deep.equal({ kind: 'not-found', id: 'PMI' });
  });

  it('says when the feed has no programs, whatever the id', () => {
    expect(selectProgram({ programs: [] })).to.deep.equal({ kind: 'no-programs' });
    expect(selectProgram({ programs: [] }, 'pmi')).to.deep.equal({ kind: 'no-programs' });
  });
});

describe('parseNow', () => {
  it('reads a day as its start in Asia/Jakarta', () => {
    expect(parseNow('2022-06-01')).to.deep.equal({ ok: true, time: at('2022-06-01T00:00:00+07:00') });
  });

  it('reads a month and a year as their start', () => {
    expect(parseNow('2022-06')).to.deep.equal({ ok: true, time: at('2022-06-01T00:00:00+07:00') });
    expect(parseNow('2022')).to.deep.equal({ ok: true, time: at('2022-01-01T00:00:00+07:00') });
  });

  it('reads date-times with their offset, and Jakarta time without one', () => {
    expect(parseNow('2023-12-31T23:59:59+07:00')).to.deep.equal({ ok: true, time: at('2023-12-31T16:59:59Z') });
    expect(parseNow('2023-12-31T17:00:00Z')).to.deep.equal({ ok: true, time: at('2024-01-01T00:00:00+07:00') });
    expect(parseNow('2023-12-31T23:59:59')).to.deep.equal({ ok: true, time: at('2023-12-31T23:59:59+07:00') });
    expect(parseNow(' 2022-06-01 ')).to.deep.equal({ ok: true, time: at('2022-06-01T00:00:00+07:00') });
  });

  it('refuses what is not a date', () => {
    for (const text of ['', 'today', 'kemarin', '2022-13-01', '2022-02-30', '01/06/2022', '2022-06-01T25:00:00Z', 'NaN']) {
      expect(parseNow(text), text).to.deep.equal({ ok: false });
    }
  });
});

describe('timelinePhases', () => {
  it('keeps the phases in the feed order', () => {
    expect(timelinePhases(feed, pmi, 0).map((entry) => entry.phase.id)).to.deep.equal(['fase-1', 'fase-2', 'fase-3']);
  });

  it('gives each phase its status on several days', () => {
    expect(statuses(pmi, '2017-12-31')).to.deep.equal(['upcoming', 'upcoming', 'upcoming']);
    expect(statuses(pmi, '2018-01-01')).to.deep.equal(['current', 'upcoming', 'upcoming']);
    expect(statuses(pmi, '2022-06-01')).to.deep.equal(['completed', 'current', 'upcoming']);
    expect(statuses(pmi, '2030-01-01')).to.deep.equal(['completed', 'completed', 'current']);
  });

  it('turns the year in Asia/Jakarta: a phase ending 2023 is current on its last second', () => {
    expect(statuses(pmi, '2023-12-31T23:59:59+07:00')).to.deep.equal(['completed', 'current', 'upcoming']);
    expect(statuses(pmi, '2024-01-01T00:00:00+07:00')).to.deep.equal(['completed', 'completed', 'current']);
    // The same instants seen from UTC: still Jakarta's calendar that counts.
    expect(statuses(pmi, '2023-12-31T16:59:59Z')).to.deep.equal(['completed', 'current', 'upcoming']);
    expect(statuses(pmi, '2023-12-31T17:00:00Z')).to.deep.equal(['completed', 'completed', 'current']);
  });

  it('lets overlapping phases both be current', () => {
    // One source dates phase 1 to 2018–2021, and the new villages joined in 2020.
    const approximate = program('pmi', [phase('fase-1', '2018', '2021'), phase('fase-2', '2020', '2023')]);
    expect(statuses(approximate, '2019-06-01')).to.deep.equal(['current', 'upcoming']);
    expect(statuses(approximate, '2020-06-01')).to.deep.equal(['current', 'current']);
    expect(statuses(approximate, '2021-12-31T23:59:59+07:00')).to.deep.equal(['current', 'current']);
    expect(statuses(approximate, '2022-01-01')).to.deep.equal(['completed', 'current']);
  });

  it('copes with gaps between phases and a phase inside another', () => {
    const odd = program('odd', [phase('outer', '2018', '2025'), phase('inner', '2019-03', '2019-09'), phase('later', '2027-01-15')]);
    expect(statuses(odd, '2019-06-01')).to.deep.equal(['current', 'current', 'upcoming']);
    expect(statuses(odd, '2020-01-01')).to.deep.equal(['current', 'completed', 'upcoming']);
    expect(statuses(odd, '2026-06-01')).to.deep.equal(['completed', 'completed', 'upcoming']);
  });

  it('lists each phase’s articles by phase id, else by date within the program', () => {
    const articles = [
      article({ id: 'named', title: 'named', program: 'pmi', phase: 'fase-1', published: date('2022-05-01') }),
      article({ id: 'dated', title: 'dated', program: 'pmi', published: date('2019-07-22T09:30:00+07:00') }),
      article({ id: 'late', title: 'late', program: 'pmi', published: date('2022-10-04') }),
      article({ id: 'other', title: 'other', program: 'kip', published: date('2019-01-01') }),
      article({ id: 'none', title: 'none', published: date('2019-01-01') }),
    ];
    const entries = timelinePhases({ articles }, pmi, 0);
    expect(entries.map((entry) => entry.articles.map((item) => item.id))).to.deep.equal([['named', 'dated'], ['late'], []]);
  });
});
