/**
 * `npm run docs:api`: writes the README's API section, between `<!-- api:start -->` and
 * `<!-- api:end -->`, from custom-elements.json (run `npm run build` or `npm run analyze` first):
 * per element its tag, summary, attributes, other public properties and methods, events,
 * slots, CSS parts and CSS custom properties. Adds the markers before "## License" when
 * README.md has none. Edit the JSDoc in src/, never the generated section.
 *
 * `npm run docs:api -- --check` writes nothing and exits 1 when README.md differs from what it
 * would write (CI: the docs drifted from the source), 2 when custom-elements.json is missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const manifestPath = join(root, 'custom-elements.json');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

interface Typed {
  readonly name: string;
  readonly description?: string;
  readonly summary?: string;
  readonly type?: { readonly text?: string };
  readonly default?: string;
}
interface Attribute extends Typed {
  readonly fieldName?: string;
}
interface Member extends Typed {
  readonly kind: 'field' | 'method';
  readonly privacy?: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly attribute?: string;
  readonly parameters?: readonly Typed[];
  readonly return?: { readonly type?: { readonly text?: string } };
}
interface Declaration extends Typed {
  readonly kind: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly attributes?: readonly Attribute[];
  readonly members?: readonly Member[];
  readonly events?: readonly Typed[];
  readonly slots?: readonly Typed[];
  readonly cssParts?: readonly Typed[];
  readonly cssProperties?: readonly Typed[];
}
interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
}

if (!existsSync(manifestPath)) {
  console.error('docs:api: custom-elements.json is missing: run `npm run build` (or `npm run analyze`) first.');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const packageExports = Object.keys(
  ((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> }).exports ?? {}),
);

/** One line, safe in a table cell. */
const cell = (text: string | undefined): string =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text: string | undefined): string => (text === undefined || text.trim() === '' ? '—' : `\`${cell(text)}\``);

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function section(title: string, rows: readonly (readonly string[])[], headers: readonly string[]): string[] {
  return rows.length === 0 ? [] : [`#### ${title}`, '', ...table(headers, rows), ''];
}

function elementDocs(modulePath: string, element: Declaration): string[] {
  const tag = element.tagName ?? '';
  const folder = /^src\/components\/([^/]+)\//.exec(modulePath)?.[1];
  const subpath = folder && packageExports.includes(`./${folder}`) ? `infest-widgets/${folder}` : undefined;
  const attributes = element.attributes ?? [];
  const publicMembers = (element.members ?? []).filter((member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected');
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = publicMembers.filter((member) => member.kind === 'field' && !attributeFields.has(member.name));
  const methods = publicMembers.filter((member) => member.kind === 'method');
  const lines = [`### \`<${tag}>\``, ''];
  if (element.summary) lines.push(cell(element.summary), '');
  if (element.description) lines.push(element.description.trim(), '');
  lines.push(
    `Class \`${element.name}\`${subpath ? `; \`import '${subpath}';\` defines it (\`import 'infest-widgets';\` defines every element)` : ''}.`,
    '',
  );
  lines.push(
    ...section(
      'Attributes',
      attributes.map((attribute) => {
        const member = publicMembers.find((candidate) => candidate.name === attribute.fieldName);
        return [code(attribute.name), code(attribute.fieldName), code(attribute.type?.text ?? member?.type?.text), code(attribute.default ?? member?.default), cell(attribute.description ?? member?.description)];
      }),
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    ),
    ...section(
      'Properties (no attribute)',
      properties.map((property) => [code(property.name), code(property.type?.text), cell(`${property.readonly ? 'Read-only. ' : ''}${property.description ?? ''}`)]),
      ['Property', 'Type', 'Description'],
    ),
    ...section(
      'Methods',
      methods.map((method) => [
        code(`${method.name}(${(method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.type?.text ? `: ${parameter.type.text}` : ''}`).join(', ')})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`),
        cell(method.description),
      ]),
      ['Method', 'Description'],
    ),
    ...section(
      'Events',
      (element.events ?? []).map((event) => [code(event.name), code(/^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1] ?? event.type?.text), cell(event.description)]),
      ['Event', 'Detail', 'Description'],
    ),
    ...section(
      'Slots',
      (element.slots ?? []).map((slot) => [slot.name === '' ? '(default)' : code(slot.name), cell(slot.description)]),
      ['Slot', 'Description'],
    ),
    ...section('CSS parts', (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]), ['Part', 'Description']),
    // A Default column only when the JSDoc gives defaults as `@cssproperty [--name=value]`.
    ...((element.cssProperties ?? []).some((property) => property.default !== undefined)
      ? section(
          'CSS custom properties',
          (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), cell(property.description)]),
          ['Property', 'Default', 'Description'],
        )
      : section('CSS custom properties', (element.cssProperties ?? []).map((property) => [code(property.name), cell(property.description)]), ['Property', 'Description'])),
  );
  return lines;
}

function apiSection(): string {
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ path: module.path, declaration })))
    .filter(({ declaration }) => declaration.customElement === true && declaration.tagName !== undefined)
    .sort((a, b) => (a.declaration.tagName ?? '').localeCompare(b.declaration.tagName ?? ''));
  const lines = [
    START,
    '<!-- Generated from custom-elements.json by `npm run docs:api`: edit the JSDoc in src/, not this section. -->',
    '',
    '## API',
    '',
    'Every element reads its feed from `src`, a `<script type="application/json">` child or the `feed` property, and',
    'fires `infest-load` / `infest-error` (both bubble and are composed). The same API, machine-readable for editors',
    'and tools, ships in the package as `infest-widgets/custom-elements.json`.',
    '',
    ...elements.map(({ declaration }) => `- [\`<${declaration.tagName ?? ''}>\`](#${(declaration.tagName ?? '').replace(/[^a-z0-9-]/g, '')})`),
    '',
    ...elements.flatMap(({ path, declaration }) => elementDocs(path, declaration)),
    END,
  ];
  return lines.join('\n');
}

const readme = readFileSync(readmePath, 'utf8');
const generated = apiSection();
let updated: string;
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start !== -1 && end > start) {
  updated = readme.slice(0, start) + generated + readme.slice(end + END.length);
} else if (start !== -1 || end !== -1) {
  console.error(`docs:api: README.md has only one of ${START} and ${END}, or them in the wrong order; fix the markers.`);
  process.exit(1);
} else {
  const license = readme.search(/^## License\b/m);
  updated = license === -1 ? `${readme.trimEnd()}\n\n${generated}\n` : `${readme.slice(0, license)}${generated}\n\n${readme.slice(license)}`;
}

if (check) {
  if (updated !== readme) {
    const before = readme.split('\n');
    const after = updated.split('\n');
    let line = 0;
    while (line < before.length && before[line] === after[line]) line += 1;
    console.error(`docs:api: README.md's API section is out of date (first difference at line ${String(line + 1)}):`);
    console.error(`  README.md:  ${before[line] ?? '(end of file)'}`);
    console.error(`  generated:  ${after[line] ?? '(end of file)'}`);
    console.error('Run `npm run docs:api` after `npm run build` and commit README.md.');
    process.exit(1);
  }
  console.log('docs:api: README.md is up to date.');
} else if (updated === readme) {
  console.log('docs:api: README.md is up to date.');
} else {
  writeFileSync(readmePath, updated);
  console.log('docs:api: wrote the API section of README.md.');
}
