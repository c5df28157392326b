import { expect } from 'chai';
import { byNewest, parseFeed, phaseArticles, phaseStatus } from '../../src/feed/index.js';
import type { Phase, Program } from '../../src/feed/index.js';
import { article, at, date } from './helpers.js';
import infestFeed from '../fixtures/infest-feed.json' with { type: 'json' };

function phase(id: string, start: string, end?: string): Phase {
  return { id, title: id, start: date(start), ...(end === undefined ? {} : { end: date(end) }), summary: '', villages: [], milestones: [] };
}

/** The status one millisecond before `boundary` and exactly at it. */
function around(value: Pick<Phase, 'start' | 'end'>, boundary: string): [string, string] {
  const time = at(boundary);
  return [phaseStatus(value, time - 1), phaseStatus(value, time)];
}

describe('phaseStatus', () => {
  it('ends a phase ending "2023" at the end of 2023 in Jakarta', () => {
    const value = phase('p', '2022', '2023');
    expect(around(value, '2023-12-31T17:00:00Z')).to.deep.equal(['current', 'completed']);
    expect(phaseStatus(value, new Date('2023-12-31T16:59:59.999Z'))).to.equal('current');
    expect(phaseStatus(value, new Date('2023-12-31T17:00:00Z'))).to.equal('completed');
  });

  it('starts a phase starting "2022" at the start of 2022 in Jakarta', () => {
    expect(around(phase('p', '2022', '2023'), '2021-12-31T17:00:00Z')).to.deep.equal(['upcoming', 'current']);
  });

  it('uses month boundaries, leap February included', () => {
    const value = phase('p', '2024-01', '2024-02');
    expect(around(value, '2023-12-31T17:00:00Z')).to.deep.equal(['upcoming', 'current']);
    expect(around(value, '2024-02-29T17:00:00Z')).to.deep.equal(['current', 'completed']);
  });

  it('uses day boundaries', () => {
    const value = phase('p', '2023-06-01', '2023-06-15');
    expect(around(value, '2023-05-31T17:00:00Z')).to.deep.equal(['upcoming', 'current']);
    expect(around(value, '2023-06-15T17:00:00Z')).to.deep.equal(['current', 'completed']);
  });

  it('uses the instants themselves', () => {
    const value = phase('p', '2023-06-01T09:00:00+07:00', '2023-06-15T10:00:00+07:00');
    expect(around(value, '2023-06-01T02:00:00Z')).to.deep.equal(['upcoming', 'current']);
    expect(around(value, '2023-06-15T03:00:00Z')).to.deep.equal(['current', 'completed']);
  });

  it('keeps a one-day phase current for that whole day', () => {
    const value = phase('p', '2023-06-15', '2023-06-15');
    expect(around(value, '2023-06-14T17:00:00Z')).to.deep.equal(['upcoming', 'current']);
    expect(around(value, '2023-06-15T17:00:00Z')).to.deep.equal(['current', 'completed']);
  });

  it('ends a phase at the end of its end date when its start is written more roughly', () => {
    expect(around(phase('p', '2021', '2021-06-30'), '2021-06-30T17:00:00Z')).to.deep.equal(['current', 'completed']);
    expect(around(phase('p', '2021-11', '2021-11-15'), '2021-11-15T17:00:00Z')).to.deep.equal(['current', 'completed']);
    expect(around(phase('p', '2018', '2018-03'), '2018-03-31T17:00:00Z')).to.deep.equal(['current', 'completed']);
    expect(around(phase('p', '2023-06-15', '2023-06-15T10:00:00+07:00'), '2023-06-15T03:00:00Z')).to.deep.equal(['current', 'completed']);
  });

  it('keeps an ongoing phase current from its start on', () => {
    const value = phase('p', '2023-07');
    expect(around(value, '2023-06-30T17:00:00Z')).to.deep.equal(['upcoming', 'current']);
    expect(phaseStatus(value, at('2999-01-01T00:00:00Z'))).to.equal('current');
  });

  it('defaults to now', () => {
    expect(phaseStatus(phase('p', '2000', '2001'))).to.equal('completed');
    expect(phaseStatus(phase('p', '2000'))).to.equal('current');
    expect(phaseStatus(phase('p', '9000'))).to.equal('upcoming');
  });
});

describe('phaseArticles', () => {
  const program: Program = {
    id: 'air-desa',
    title: 'Air Desa',
    summary: '',
    phases: [phase('pemetaan', '2021', '2022'), phase('pembangunan', '2023')],
  };
  const [mapping, building] = program.phases as [Phase, Phase];
  const feed = {
    articles: [
      // Named phase wins over the date.
      article({ id: 'named', title: 'named', program: 'air-desa', phase: 'pemetaan', published: date('2023-03-01T10:00:00+07:00') }),
      article({ id: 'dated-2021', title: 'dated-2021', program: 'air-desa', published: date('2021-06-01T10:00:00+07:00') }),
      // The last second of 2022 in Jakarta is still in "pemetaan"; the next one is not.
      article({ id: 'last-second', title: 'last-second', program: 'air-desa', published: date('2022-12-31T23:59:59+07:00') }),
      article({ id: 'first-second', title: 'first-second', program: 'air-desa', published: date('2023-01-01T00:00:00+07:00') }),
      article({ id: 'other-program', title: 'other-program', program: 'sekolah-data', published: date('2021-06-01T10:00:00+07:00') }),
      article({ id: 'no-program', title: 'no-program', published: date('2021-06-01T10:00:00+07:00') }),
      article({ id: 'undated', title: 'undated', program: 'air-desa' }),
      article({ id: 'named-other', title: 'named-other', program: 'air-desa', phase: 'pembangunan', published: date('2021-02-01T10:00:00+07:00') }),
      article({ id: 'before', title: 'before', program: 'air-desa', published: date('2020-12-31T23:59:59+07:00') }),
    ],
  };

  it('takes articles naming the phase, else those of the program published during it, newest first', () => {
    expect(phaseArticles(feed, program, mapping).map((item) => item.id)).to.deep.equal(['named', 'last-second', 'dated-2021']);
  });

  it('runs an ongoing phase to the present', () => {
    expect(phaseArticles(feed, program, building).map((item) => item.id)).to.deep.equal(['first-second', 'named-other']);
  });

  it('works on a parsed feed', () => {
    const { feed: parsed } = parseFeed(infestFeed);
    const school = parsed.programs.find((candidate) => candidate.id === 'sekolah-data')!;
    const ids = school.phases.map((value) => [value.id, phaseArticles(parsed, school, value).map((item) => item.id)]);
    expect(ids).to.deep.equal([
      ['angkatan-1', ['a2']],
      ['angkatan-2', ['a1']],
    ]);
  });
});

describe('byNewest', () => {
  it('puts newer articles first and undated ones last in feed order', () => {
    const list = [
      article({ id: 'u1', title: 'u1' }),
      article({ id: 'old', title: 'old', published: date('2020') }),
      article({ id: 'new', title: 'new', published: date('2023-01-02T00:00:00Z') }),
      article({ id: 'u2', title: 'u2' }),
      article({ id: 'mid', title: 'mid', published: date('2021-06-01') }),
    ];
    expect([...list].sort(byNewest).map((item) => item.id)).to.deep.equal(['new', 'mid', 'old', 'u1', 'u2']);
  });
});
