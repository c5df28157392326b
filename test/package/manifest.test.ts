/**
 * custom-elements.json (written by `npm run analyze`, the last step of `npm run build`)
 * documents every attribute, property, event, slot, CSS part and CSS custom property each
 * element's source has, each with a description, and nothing the source does not have.
 * What the source has is read by ./source-surface.ts. Runs in `npm run check:package`, or:
 *   npm run build && npx mocha --import=tsx test/package/manifest.test.ts
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourceSurface, type ElementSurface, type Where } from './source-surface.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifestPath = join(root, 'custom-elements.json');

type Kind = 'attributes' | 'properties' | 'events' | 'slots' | 'parts' | 'cssProperties';

/**
 * Names the source analysis finds in an element's reach that the element never shows, each with
 * the reason. The analysis reads whole functions, so a branch an element never takes still
 * counts. An entry that stops matching the source, or that gets documented, fails the test.
 */
const notShown: Partial<Record<string, Partial<Record<Kind, Record<string, string>>>>> = {};

interface Named {
  readonly name: string;
  readonly description?: string;
  readonly summary?: string;
}
interface ManifestAttribute extends Named {
  readonly fieldName?: string;
}
interface ManifestMember extends Named {
  readonly kind: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
interface ManifestClass extends Named {
  readonly kind: string;
  readonly customElement?: boolean;
  readonly tagName?: string;
  readonly attributes?: readonly ManifestAttribute[];
  readonly members?: readonly ManifestMember[];
  readonly events?: readonly Named[];
  readonly slots?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
}
interface ManifestModule {
  readonly path: string;
  readonly declarations?: readonly ManifestClass[];
  readonly exports?: readonly { readonly kind: string; readonly name: string; readonly declaration: { readonly name: string; readonly module?: string } }[];
}
interface Manifest {
  readonly modules: readonly ManifestModule[];
}

const manifest: Manifest | undefined = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : undefined;
const elements = readSourceSurface(root);

const documented = (entry: Named | undefined): boolean => (entry?.description ?? '').trim() !== '';

/** What the JSDoc of an element needs for each kind, to say so in failures. */
const how: Record<Kind, string> = {
  attributes: 'a JSDoc comment on the @property() field',
  properties: 'a JSDoc comment on the member',
  events: '`@fires name - description` on the class',
  slots: '`@slot name - description` on the class (`@slot - description` for the default slot)',
  parts: '`@csspart name - description` on the class',
  cssProperties: '`@cssproperty --name - description` on the class',
};

function manifestClass(tag: string): ManifestClass | undefined {
  return manifest?.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

/** The manifest's entries of one kind for an element. */
function manifestEntries(declaration: ManifestClass, kind: Kind): readonly Named[] {
  switch (kind) {
    case 'attributes':
      return declaration.attributes ?? [];
    case 'properties':
      return (declaration.members ?? []).filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && member.static !== true);
    case 'events':
      return declaration.events ?? [];
    case 'slots':
      return declaration.slots ?? [];
    case 'parts':
      return declaration.cssParts ?? [];
    case 'cssProperties':
      return declaration.cssProperties ?? [];
  }
}

function sourceNames(element: ElementSurface, kind: Kind): Map<string, Where> {
  if (kind === 'attributes') return new Map([...element.attributes].map(([name, attribute]) => [name, attribute.where]));
  return element[kind];
}

const show = (name: string): string => (name === '' ? '(default slot)' : name);

describe('custom-elements.json', function () {
  before(function () {
    if (!manifest) throw new Error(`${manifestPath} is missing: run \`npm run build\` (or \`npm run analyze\`) first`);
  });

  it('lists exactly the elements the source defines, each with its definition export', function () {
    const listed = (manifest?.modules ?? [])
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement === true)
      .map((declaration) => declaration.tagName ?? `(${declaration.name} without a tag name)`);
    expect(listed.sort(), 'custom elements in custom-elements.json').to.deep.equal(elements.map((element) => element.tag).sort());
    const definitions = (manifest?.modules ?? []).flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'));
    for (const element of elements) {
      const definition = definitions.find((entry) => entry.name === element.tag);
      expect(definition?.declaration.name, `customElements export of <${element.tag}>`).to.equal(element.className);
    }
  });

  for (const element of elements) {
    describe(`<${element.tag}> (${element.where})`, function () {
      it('has a summary', function () {
        const declaration = manifestClass(element.tag);
        expect(declaration, `<${element.tag}> in custom-elements.json`).to.not.equal(undefined);
        expect((declaration?.summary ?? '').trim(), `@summary of ${element.className}`).to.not.equal('');
      });

      it('uses only names the analysis can tell (string literals or literal union types)', function () {
        expect(element.unresolved, `<${element.tag}>: give these a literal or a literal union type`).to.deep.equal([]);
      });

      for (const kind of ['attributes', 'properties', 'events', 'slots', 'parts', 'cssProperties'] as const) {
        it(`documents every one of its ${kind}, with a description`, function () {
          const declaration = manifestClass(element.tag);
          if (!declaration) this.skip();
          const entries = manifestEntries(declaration, kind);
          const excused = notShown[element.tag]?.[kind] ?? {};
          const gaps = [...sourceNames(element, kind)]
            .filter(([name]) => !(name in excused))
            .filter(([name]) => !documented(entries.find((entry) => entry.name === name)))
            .map(([name, where]) => `${show(name)} (${where})`);
          expect(gaps, `<${element.tag}>: ${kind} in the source without a documented entry in custom-elements.json; add ${how[kind]}`).to.deep.equal([]);
        });
      }

      for (const kind of ['attributes', 'events', 'slots', 'parts', 'cssProperties'] as const) {
        it(`documents no ${kind} its source does not have`, function () {
          const declaration = manifestClass(element.tag);
          if (!declaration) this.skip();
          const names = sourceNames(element, kind);
          const stale = manifestEntries(declaration, kind)
            .map((entry) => entry.name)
            .filter((name) => !names.has(name));
          expect(stale.map(show), `<${element.tag}>: documented ${kind} the source no longer has (remove or fix the JSDoc)`).to.deep.equal([]);
        });
      }

      it('maps each attribute to the property it sets', function () {
        const declaration = manifestClass(element.tag);
        if (!declaration) this.skip();
        const wrong = [...element.attributes]
          .map(([name, attribute]) => ({ name, expected: attribute.property, actual: declaration.attributes?.find((entry) => entry.name === name)?.fieldName }))
          .filter((entry) => entry.actual !== undefined && entry.actual !== entry.expected);
        expect(wrong).to.deep.equal([]);
      });
    });
  }

  it('excuses only names the source has and the manifest leaves out', function () {
    const stale: string[] = [];
    for (const [tag, kinds] of Object.entries(notShown)) {
      const element = elements.find((candidate) => candidate.tag === tag);
      const declaration = manifestClass(tag);
      for (const [kind, names] of Object.entries(kinds ?? {}) as [Kind, Record<string, string>][]) {
        for (const name of Object.keys(names)) {
          if (!element || !sourceNames(element, kind).has(name)) stale.push(`${tag} ${kind} ${name}: not in the source any more`);
          else if (declaration && manifestEntries(declaration, kind).some((entry) => entry.name === name)) stale.push(`${tag} ${kind} ${name}: documented now`);
        }
      }
    }
    expect(stale, 'entries of notShown in test/package/manifest.test.ts to remove').to.deep.equal([]);
  });
});
