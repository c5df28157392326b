import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'chai';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/index.js';
import type { FeedWarning } from '../../src/feed/index.js';

/**
 * Infest staff check a feed against schema/infest-extension.schema.json in their editor before
 * publishing it, and the widgets read it: the two must agree. A feed the schema accepts gets no
 * warning about its `_infest` objects, and one it rejects gets one, but for what a schema cannot
 * express (listed in `beyondSchema`).
 */
const schema = JSON.parse(readFileSync(new URL('../../schema/infest-extension.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Relations between values, which a JSON Schema cannot state. */
const beyondSchema = new Set(['unknown-reference', 'date-order', 'duplicate-id']);
const extensionPath = /^\$(?:\.items\[\d+\])?\._infest(?:[.[]|$)/;

function extensionWarnings(feed: object): FeedWarning[] {
  const { warnings } = parseFeed(feed, { baseUrl: 'https://infest.or.id/feed.json' });
  return warnings.filter((warning) => extensionPath.test(warning.path) && !beyondSchema.has(warning.code));
}

function schemaErrors(feed: object): string[] {
  return validate(feed) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

const phase = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 'fase-1', title: 'Fase 1', start: '2018', ...fields });
const program = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 'pmi', title: 'PMI', phases: [phase()], ...fields });
function feedWith(programs: unknown, item: unknown = { program: 'pmi', phase: 'fase-1' }): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Infest',
    _infest: { programs },
    items: [{ id: '1', url: 'https://infest.or.id/a', title: 'A', content_text: 'Teks.', _infest: item }],
  };
}

/** Fails with both sides' reasons when the schema and the parser disagree about `feed`. */
function expectAgreement(feed: object, label: string): void {
  const errors = schemaErrors(feed);
  const warnings = extensionWarnings(feed).map((warning) => `${warning.path} ${warning.code}: ${warning.message}`);
  const verdict = (list: string[]): string => (list.length === 0 ? 'accepted' : `rejected:\n    ${list.join('\n    ')}`);
  expect(errors.length === 0, `${label}\n  schema ${verdict(errors)}\n  parser ${verdict(warnings)}\n  in ${JSON.stringify(feed)}`).to.equal(warnings.length === 0);
}

describe('schema/infest-extension.schema.json', () => {
  it('is a valid JSON Schema 2020-12 (strict mode: no unknown keywords or formats)', () => {
    expect(validate).to.be.a('function');
  });

  it('accepts the demo feed and the test fixture, which the parser reads without a warning', () => {
    for (const path of ['../../demo/feed.json', '../fixtures/infest-feed.json']) {
      const feed = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as object;
      expect(schemaErrors(feed), path).to.deep.equal([]);
      expectAgreement(feed, path);
    }
  });

  const dates = {
    silent: ['2018', '2018-03', '2018-03-05', '2020-02-29', '2021-11-02T10:00:00+07:00', '2021-11-02T10:00:00Z', '2021-11-02T10:00:00.5-03:30', '2021-11-02 10:00:00+07:00', '2021-11-02t10:00:00z', '2016-12-31T23:59:60Z'],
    warned: ['0000', '18', '2018-13', '2018-00', '2019-02-29', '2021-04-31', ' 2018 ', '2021-11-02T10:00+07:00', '2021-11-02T10:00:00', '2021-11-02T10:00:00+0700', '2021-11-02T24:00:00Z', '2021-11-02T10:60:00Z', 'Tue, 02 Nov 2021 10:00:00 +0700', '2 November 2021', ''],
  };

  it('takes the dates the parser takes without a word, and rejects the ones it warns about', () => {
    for (const start of [...dates.silent, ...dates.warned]) expectAgreement(feedWith([program({ phases: [phase({ start })] })]), `start ${JSON.stringify(start)}`);
    for (const end of [...dates.silent, ...dates.warned, null, 2018]) expectAgreement(feedWith([program({ phases: [phase({ start: '0001', end })] })]), `end ${JSON.stringify(end)}`);
    for (const date of [...dates.silent, ...dates.warned]) expectAgreement(feedWith([program({ phases: [phase({ milestones: [{ title: 'Rapat', date }] })] })]), `milestone date ${JSON.stringify(date)}`);
  });

  // Values each field is given: most often one that is fine, so that whole feeds often are.
  const values = {
    id: { fine: ['pmi', 'fase-1', '  pmi-2  '], wrong: ['', '   ', 7, true, ['pmi']] },
    title: { fine: ['Fase 1', '<b>Fase</b> 1', 'Ponorogo'], wrong: ['', '   ', '\u200b', 5, { rendered: 'Fase' }] },
    text: { fine: ['Kabupaten Ponorogo', '<p>Ringkasan</p>', '', null], wrong: [5, ['a'], { rendered: 'a' }] },
    url: { fine: ['https://infest.or.id/program/pmi', 'HTTP://infest.or.id', '/program/pmi', 'program pmi', '', null], wrong: ['javascript:alert(1)', 'ftp://infest.or.id', 'https://user:rahasia@infest.or.id', '//user@infest.or.id/', 'https://infest .or.id/', 5] },
    date: { fine: dates.silent, wrong: [...dates.warned, 2018, null] },
    villages: { fine: [['Pondok', 'Bringinan'], [{ name: 'Pondok' }, 'Pager'], [{ name: 'Pondok', kecamatan: 'Ponorogo' }], [], null, '', '  '], wrong: ['Pondok, Bringinan', [''], ['  '], [{}], [{ name: '' }], [5], {}] },
    milestones: { fine: [['Rapat desa'], [{ title: 'Rapat', date: '2019' }], [{ title: 'Rapat', date: null }], [], null], wrong: [[{ title: '' }], [{ title: 'Rapat', tanggal: '2019' }], [{ date: '2019' }], [5], [''], 'Rapat'] },
    phases: { fine: [[], null], wrong: ['fase-1', [5], {}] },
    unknownField: { fine: [], wrong: ['tambahan'] },
  };
  interface Pool { readonly fine: readonly unknown[]; readonly wrong: readonly unknown[] }
  /** Absent most often; else fine four times in five. */
  const field = ({ fine, wrong }: Pool, absent = 3): fc.Arbitrary<unknown> =>
    fc.oneof(
      { arbitrary: fc.constant(undefined), weight: absent },
      ...(fine.length > 0 ? [{ arbitrary: fc.constantFrom(...fine), weight: 8 }] : []),
      { arbitrary: fc.constantFrom(...wrong), weight: 2 },
    );
  const required = (pool: Pool): fc.Arbitrary<unknown> => field(pool, 1);
  const milestoneDate = { fine: [...dates.silent, null], wrong: dates.warned };
  const phaseArbitrary = fc.record({
    id: required(values.id), title: required(values.title), start: required(values.date), end: field({ ...values.date, fine: [...values.date.fine, null] }),
    summary: field(values.text), villages: field(values.villages), milestones: field(values.milestones), fase: field(values.unknownField, 12),
  }).chain((phase) =>
    // Now and then a milestone with each kind of date, for the date pattern's sake.
    fc.option(field(milestoneDate, 0), { nil: undefined, freq: 3 }).map((date) => (date === undefined ? phase : { ...phase, milestones: [{ title: 'Rapat', date }] })),
  );
  const programArbitrary = fc.record({
    id: required(values.id), title: required(values.title), region: field(values.text), summary: field(values.text), url: field(values.url),
    phases: fc.oneof({ arbitrary: fc.array(phaseArbitrary, { maxLength: 3 }), weight: 6 }, { arbitrary: field(values.phases), weight: 1 }),
    nama: field(values.unknownField, 12),
  });
  const reference = { fine: ['pmi', 'fase-1', 7, '', null], wrong: [true, ['pmi'], { id: 'pmi' }] };
  const itemArbitrary = fc.oneof(
    { arbitrary: fc.record({ program: field(reference), phase: field(reference), category: field({ fine: ['Desa', 5, '', null], wrong: [true, ['Desa']] }), image_alt: field(values.text), kategori: field(values.unknownField, 12) }), weight: 6 },
    { arbitrary: fc.constantFrom(null, 'pmi', 5, []), weight: 1 },
  );
  const programsArbitrary = fc.oneof({ arbitrary: fc.array(programArbitrary, { maxLength: 2 }), weight: 8 }, { arbitrary: fc.constantFrom(null, 'pmi', {}), weight: 1 });

  it('agrees with the parser on arbitrary programs, phases, milestones, villages and item links', () => {
    fc.assert(
      fc.property(programsArbitrary, itemArbitrary, (programs, item) => {
        // undefined fields are absent, as they would be in JSON.
        const feed = JSON.parse(JSON.stringify(feedWith(programs, item))) as object;
        // A program or phase dropped for its id's sake is not read further: the schema still checks it.
        fc.pre(!parseFeed(feed).warnings.some((warning) => warning.code === 'duplicate-id'));
        expectAgreement(feed, 'generated');
      }),
      { numRuns: 2000 },
    );
  });

  it('holds a program to 100 phases and a phase to 50 milestones, as the parser does', () => {
    const phases = (count: number) => Array.from({ length: count }, (_, index) => phase({ id: `fase-${String(index + 1)}` }));
    const milestones = (count: number) => Array.from({ length: count }, (_, index) => `Capaian ${String(index)}`);
    for (const count of [100, 101]) {
      expectAgreement(feedWith([program({ phases: phases(count) })]), `${String(count)} phases`);
    }
    for (const count of [50, 51]) {
      expectAgreement(feedWith([program({ phases: [phase({ milestones: milestones(count) })] })]), `${String(count)} milestones`);
    }
    expect(schemaErrors(feedWith([program({ phases: phases(101) })]))).to.include('/_infest/programs/0/phases must NOT have more than 100 items');
  });
});
