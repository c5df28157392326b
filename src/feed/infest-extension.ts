import { compareDates, dateSpan } from './dates.js';
import { child, quote } from './errors.js';
import { cleanText, htmlToText, MAX_LENGTH, shownText } from './html-text.js';
import { isObject, withDefined, type FieldReader, type JsonObject } from './read.js';
import type { Article, Milestone, Phase, Program } from './types.js';

/**
 * Reads the `_infest` extension: programs and their phases at feed level, and the
 * program / phase / category of each item. See schema/infest-extension.schema.json.
 */

// The fields of each object of the extension.
const fields = {
  extension: ['programs'],
  program: ['id', 'title', 'region', 'summary', 'url', 'phases'],
  phase: ['id', 'title', 'start', 'end', 'summary', 'villages', 'milestones'],
  milestone: ['title', 'date'],
  item: ['program', 'phase', 'category', 'image_alt'],
} as const;

/** What to write instead of `key`: the field meant, for a known slip, else the list of fields. */
function fieldAdvice(key: string, known: readonly string[]): string {
  const meant = new Map([
    ['program', 'programs'], ['phase', 'phases'], ['programme', 'program'], ['fase', 'phase'], ['name', 'title'], ['judul', 'title'],
    ['description', 'summary'], ['ringkasan', 'summary'], ['start_date', 'start'], ['mulai', 'start'], ['begin', 'start'],
    ['end_date', 'end'], ['selesai', 'end'], ['finish', 'end'], ['desa', 'villages'], ['villages_list', 'villages'],
    ['milestone', 'milestones'], ['capaian', 'milestones'], ['tanggal', 'date'], ['kategori', 'category'], ['alt', 'image_alt'],
  ]).get(key.toLowerCase());
  return meant !== undefined && known.includes(meant) ? `did you mean "${meant}"?` : `the fields are ${known.map((name) => `"${name}"`).join(', ')}`;
}

/**
 * Warns of each key of `object` that is not one of the `kind`'s fields: a misspelt one is
 * otherwise silently unused ("selesai" for "end" leaves a phase ongoing for ever). The
 * message is built inside the call, so the script-tag build, which keeps only the warning's
 * code, drops `fieldAdvice` and its table.
 */
function noteUnknownFields(reader: FieldReader, object: JsonObject, path: string, kind: keyof typeof fields): void {
  const known: readonly string[] = fields[kind];
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const what = kind === 'item' ? "an item's _infest" : kind === 'extension' ? "a feed's _infest" : `a ${kind}`;
    reader.warnings.add('unknown-field', child(path, key), `"${key}" is not a field of ${what}, so it was not used; ${fieldAdvice(key, known)}`);
  }
}

/** A program's, phase's or milestone's title as shown: plain text, bounded; empty when it has none. */
function titleText(raw: string | undefined): string {
  return shownText(htmlToText(raw ?? '', { plain: true }), MAX_LENGTH.title);
}

/** A program's or phase's summary as shown: plain text keeping its paragraphs, bounded. */
function descriptionText(raw: string | undefined): string {
  return shownText(htmlToText(raw ?? '', { multiline: true, plain: true }), MAX_LENGTH.description);
}

/** An id as the JSON Feed spec treats ids: strings, with numbers coerced. */
export function readId(
  reader: FieldReader,
  object: JsonObject,
  path: string,
  what: string,
): string | undefined {
  const value = object.id;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      // JSON readers round integers past 2^53: two ids the publisher wrote apart can come out equal.
      reader.warnings.add('id-coerced', child(path, 'id'), `${what} id ${String(value)} is a number too large to read exactly (JSON readers round integers over 9007199254740991); write the id as a string, in quotes`);
    } else {
      reader.warnings.add('id-coerced', child(path, 'id'), `${what} id ${String(value)} is a number; ids should be strings ("${String(value)}")`);
    }
    return String(value);
  }
  const problem = value === undefined ? 'has no id' : `has an unusable id ${quote(value)}`;
  reader.warnings.add('item-dropped', path, `${what} ${problem}; it was dropped (every ${what} needs a unique string id)`);
  return undefined;
}

export function readPrograms(reader: FieldReader, extension: JsonObject, path: string): Program[] {
  noteUnknownFields(reader, extension, path, 'extension');
  const programs: Program[] = [];
  const ids = new Set<string>();
  const programsPath = child(path, 'programs');
  reader.array(extension, 'programs', path).forEach((entry, index) => {
    const entryPath = child(programsPath, index);
    if (!isObject(entry)) {
      reader.warnings.add('item-dropped', entryPath, `a program must be an object, got ${quote(entry)}; it was dropped`);
      return;
    }
    const id = readId(reader, entry, entryPath, 'program');
    if (id === undefined) return;
    if (ids.has(id)) {
      reader.warnings.add('duplicate-id', child(entryPath, 'id'), `program id "${id}" is used by an earlier program; this one was dropped (give each program its own id)`);
      return;
    }
    ids.add(id);
    programs.push(readProgram(reader, entry, entryPath, id));
  });
  return programs;
}

function readProgram(reader: FieldReader, entry: JsonObject, path: string, id: string): Program {
  noteUnknownFields(reader, entry, path, 'program');
  const dropped = new Map<string, string>();
  const title = titleText(reader.string(entry, 'title', path));
  if (title === '') reader.warnings.add('missing-field', child(path, 'title'), `program "${id}" has no title; its id is shown instead`);
  const region = shownText(cleanText(reader.string(entry, 'region', path) ?? ''), MAX_LENGTH.title);
  const url = reader.url(entry, 'url', path);
  const program: Program = {
    id,
    title: title || id,
    ...(region ? { region } : {}),
    summary: descriptionText(reader.string(entry, 'summary', path)),
    ...(url ? { url } : {}),
    phases: readPhases(reader, entry, path, dropped),
  };
  if (dropped.size > 0) droppedPhases.set(program, dropped);
  return program;
}

/** Phases a program may have, and milestones a phase: a timeline of more is past reading (and past rendering in time). */
export const MAX_PHASES = 100;
export const MAX_MILESTONES = 50;

/** The first `max` entries of the array at `key`, with a warning when there were more. */
function firstEntries(reader: FieldReader, object: JsonObject, key: 'phases' | 'milestones', path: string, max: number): readonly unknown[] {
  const entries = reader.array(object, key, path);
  if (entries.length <= max) return entries;
  reader.warnings.add(
    'item-dropped',
    child(child(path, key), max),
    `${String(entries.length)} ${key} were given; only the first ${String(max)} were read (${key === 'phases' ? 'a timeline of more is past reading: split the program' : 'keep the ones a reader needs'})`,
  );
  return entries.slice(0, max);
}

/**
 * Ids of the phases a program's entry gave but that were dropped (no start date, say), so an
 * article linked to one is told that, not that the id is unknown.
 */
const droppedPhases = new WeakMap<Program, ReadonlyMap<string, string>>();

function readPhases(reader: FieldReader, program: JsonObject, path: string, dropped: Map<string, string>): Phase[] {
  const phases: Phase[] = [];
  const ids = new Set<string>();
  const phasesPath = child(path, 'phases');
  firstEntries(reader, program, 'phases', path, MAX_PHASES).forEach((entry, index) => {
    const entryPath = child(phasesPath, index);
    if (!isObject(entry)) {
      reader.warnings.add('item-dropped', entryPath, `a phase must be an object, got ${quote(entry)}; it was dropped`);
      return;
    }
    const id = readId(reader, entry, entryPath, 'phase');
    if (id === undefined) return;
    if (ids.has(id)) {
      reader.warnings.add('duplicate-id', child(entryPath, 'id'), `phase id "${id}" is used by an earlier phase of this program; this one was dropped (give each phase its own id)`);
      return;
    }
    ids.add(id);
    const phase = readPhase(reader, entry, entryPath, id);
    if (phase) phases.push(phase);
    else dropped.set(id, entryPath);
  });
  // Stable: phases that start together keep the publisher's order.
  return phases.sort((a, b) => compareDates(a.start, b.start));
}

function readPhase(reader: FieldReader, entry: JsonObject, path: string, id: string): Phase | undefined {
  noteUnknownFields(reader, entry, path, 'phase');
  const start = reader.calendarDate(entry, 'start', path);
  if (!start) {
    if (entry.start === undefined || entry.start === null) {
      reader.warnings.add('item-dropped', path, `phase "${id}" has no start date; it was dropped (add "start", e.g. "2018")`);
    } else {
      reader.warnings.add('item-dropped', path, `phase "${id}" was dropped because its start date is unusable`);
    }
    return undefined;
  }
  const end = reader.calendarDate(entry, 'end', path, 'so the phase is shown as ongoing');
  if (end && dateSpan(end).end < dateSpan(start).start) {
    reader.warnings.add('date-order', child(path, 'end'), `phase "${id}" ends (${end.iso}) before it starts (${start.iso}); check the dates, or swap "start" and "end"`);
  }
  const title = titleText(reader.string(entry, 'title', path));
  if (title === '') reader.warnings.add('missing-field', child(path, 'title'), `phase "${id}" has no title; its id is shown instead`);
  return {
    id,
    title: title || id,
    start,
    ...(end ? { end } : {}),
    summary: descriptionText(reader.string(entry, 'summary', path)),
    villages: readVillages(reader, entry, path),
    milestones: readMilestones(reader, entry, path),
  };
}

function readVillages(reader: FieldReader, phase: JsonObject, path: string): string[] {
  // "Pondok, Bringinan" is read as tags are: a list, with a warning to write one.
  if (typeof phase.villages === 'string') return reader.strings(phase, 'villages', path, (name) => cleanText(name));
  const villages = new Set<string>();
  const villagesPath = child(path, 'villages');
  reader.array(phase, 'villages', path).forEach((entry, index) => {
    const name = typeof entry === 'string' ? entry : isObject(entry) ? entry.name : undefined;
    const text = typeof name === 'string' ? shownText(cleanText(name), MAX_LENGTH.name) : '';
    if (text === '') {
      reader.warnings.add('wrong-type', child(villagesPath, index), `a village must be a name or an object with a "name", got ${quote(entry)}; it was ignored`);
    } else {
      villages.add(text);
    }
  });
  return [...villages];
}

function readMilestones(reader: FieldReader, phase: JsonObject, path: string): Milestone[] {
  const milestones: Milestone[] = [];
  const milestonesPath = child(path, 'milestones');
  firstEntries(reader, phase, 'milestones', path, MAX_MILESTONES).forEach((entry, index) => {
    const entryPath = child(milestonesPath, index);
    const written = typeof entry === 'string' ? titleText(entry) : '';
    if (written !== '') {
      milestones.push({ title: written });
      return;
    }
    const title = isObject(entry) ? titleText(reader.string(entry, 'title', entryPath)) : '';
    if (!isObject(entry) || title === '') {
      reader.warnings.add('wrong-type', entryPath, `a milestone must be a text or an object with a "title", got ${quote(entry)}; it was ignored`);
      return;
    }
    noteUnknownFields(reader, entry, entryPath, 'milestone');
    const date = reader.calendarDate(entry, 'date', entryPath);
    milestones.push(date ? { title, date } : { title });
  });
  return milestones;
}

export interface ItemExtension {
  program?: string;
  phase?: string;
  category?: string;
  imageAlt?: string;
}

/** The per-item `_infest` object: `program`, `phase`, `category`, `image_alt`. */
export function readItemExtension(reader: FieldReader, item: JsonObject, path: string): ItemExtension {
  const extension = reader.object(item, '_infest', path);
  if (!extension) return {};
  const extensionPath = child(path, '_infest');
  noteUnknownFields(reader, extension, extensionPath, 'item');
  // Links to a program or phase are compared with its id as `readId` reads ids: trimmed only.
  const text = (key: string, clean: (raw: string) => string = cleanText): string | undefined => {
    const value = extension[key];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    const raw = reader.string(extension, key, extensionPath);
    const read = raw === undefined ? '' : clean(raw);
    return read === '' ? undefined : read;
  };
  const asId = (raw: string): string => raw.trim();
  const shown = (length: number) => (raw: string) => shownText(cleanText(raw), length);
  return withDefined({}, {
    program: text('program', asId),
    phase: text('phase', asId),
    category: text('category', shown(MAX_LENGTH.name)),
    imageAlt: text('image_alt', shown(MAX_LENGTH.alt)),
  });
}

/** The ids a message lists as the known ones: the first few, and how many more there are. */
function knownIds(ids: Iterable<string>, count: number, none: string): string {
  if (count === 0) return none;
  const shown: string[] = [];
  for (const id of ids) {
    if (shown.length === 10) break;
    shown.push(`"${id}"`);
  }
  return count > 10 ? `${shown.join(', ')} and ${String(count - 10)} more` : shown.join(', ');
}

const phaseIds = new WeakMap<Program, ReadonlySet<string>>();

/** The ids of a program's phases, gathered once: every article of a feed is checked against them. */
function phaseIdsOf(program: Program): ReadonlySet<string> {
  let ids = phaseIds.get(program);
  if (!ids) {
    ids = new Set(program.phases.map((phase) => phase.id));
    phaseIds.set(program, ids);
  }
  return ids;
}

/** Warns when an article names a program or phase the feed does not define. */
export function checkReferences(reader: FieldReader, article: Article, path: string, programs: ReadonlyMap<string, Program>): void {
  const extensionPath = `${path}._infest`;
  if (article.program === undefined) {
    if (article.phase !== undefined) {
      reader.warnings.add('unknown-reference', `${extensionPath}.phase`, `phase "${article.phase}" is given without a program; add "program" too`);
    }
    return;
  }
  const program = programs.get(article.program);
  const droppedAt = program && article.phase !== undefined ? droppedPhases.get(program)?.get(article.phase) : undefined;
  if (!program) {
    reader.warnings.add(
      'unknown-reference',
      `${extensionPath}.program`,
      `program "${article.program}" is not defined in _infest.programs (${knownIds(programs.keys(), programs.size, 'which is empty')}); fix the id or add the program`,
    );
  } else if (droppedAt !== undefined) {
    reader.warnings.add(
      'unknown-reference',
      `${extensionPath}.phase`,
      `phase "${article.phase ?? ''}" of program "${program.id}" was dropped (see the warning at ${droppedAt}), so the timeline cannot show this article under it; fix that phase`,
    );
  } else if (article.phase !== undefined && !phaseIdsOf(program).has(article.phase)) {
    reader.warnings.add(
      'unknown-reference',
      `${extensionPath}.phase`,
      `phase "${article.phase}" is not a phase of program "${program.id}" (${knownIds(phaseIdsOf(program), program.phases.length, 'it has none')}); fix the id or add the phase`,
    );
  }
}
