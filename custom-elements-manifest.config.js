import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `cem analyze` configuration (npm run analyze, the last step of npm run build): writes
 * custom-elements.json, the manifest IDEs, Storybook and the README's API section
 * (scripts/api-docs.ts) read. test/package/manifest.test.ts checks it against the source.
 *
 * Inputs: one file per element (src/components/<name>/<name>.ts) and the base class, so the
 * analyzer can resolve what every element inherits (src, feed, lang, theme, heading-level,
 * target, timeout, status, the events). The base class is not an element.
 */

/** src/components/<name>/<name>.ts for every component folder. */
const elementFiles = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/components/${entry.name}/${entry.name}.ts`)
  .filter((file) => existsSync(file));

/** Classes the elements extend: analyzed for their members, never listed as elements. */
const baseClassFiles = ['src/internal/infest-element.ts'];

/**
 * Where the guarded `define()` helper (src/internal/define.ts) is imported from. Elements are
 * defined through it, not `customElements.define` or `@customElement`, which is all the
 * analyzer recognizes on its own.
 */
const DEFINE_MODULE = /(^|\/)define(\.js|\.ts)?$/;

/** Whether `sourceFile` imports `define` from the define helper. */
function importsDefineHelper(ts, sourceFile) {
  return sourceFile.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      DEFINE_MODULE.test(statement.moduleSpecifier.text) &&
      statement.importClause?.namedBindings !== undefined &&
      ts.isNamedImports(statement.importClause.namedBindings) &&
      statement.importClause.namedBindings.elements.some((element) => element.name.text === 'define'),
  );
}

/** `Theme | undefined` → `'light' | 'dark' | 'auto' | undefined`. */
function expandAliases(text, aliases) {
  return text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
}

/** `export const NAME = <literal>` in the module `specifier` imports, seen from `fromFile`. */
function importedLiteral(ts, fromFile, specifier, name) {
  if (!specifier.startsWith('.')) return undefined;
  const file = join(dirname(fromFile), specifier).replace(/\.js$/, '.ts');
  if (!existsSync(file)) return undefined;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name || !declaration.initializer) continue;
      const value = declaration.initializer;
      if (ts.isNumericLiteral(value)) return { text: String(Number(value.text)), type: 'number' };
      if (ts.isStringLiteralLike(value)) return { text: JSON.stringify(value.text).replace(/^"|"$/g, "'"), type: 'string' };
      if (value.kind === ts.SyntaxKind.TrueKeyword || value.kind === ts.SyntaxKind.FalseKeyword) return { text: value.getText(), type: 'boolean' };
    }
  }
  return undefined;
}

/**
 * `timeout = DEFAULT_TIMEOUT` (a constant imported from outside the analyzed files): the manifest
 * shows the constant's value (`10000`) and its type instead of the bare name.
 */
function resolveImportedDefaults(ts, classNode, classDoc) {
  const sourceFile = classNode.getSourceFile();
  const imports = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      imports.set(element.name.text, { specifier: statement.moduleSpecifier.text, name: (element.propertyName ?? element.name).text });
    }
  }
  for (const member of classNode.members) {
    if (!ts.isPropertyDeclaration(member) || !member.initializer || !ts.isIdentifier(member.initializer) || !ts.isIdentifier(member.name)) continue;
    const imported = imports.get(member.initializer.text);
    if (!imported) continue;
    const literal = importedLiteral(ts, sourceFile.fileName, imported.specifier, imported.name);
    if (!literal) continue;
    const fieldName = member.name.text;
    const entries = [
      ...(classDoc.members ?? []).filter((entry) => entry.name === fieldName && entry.kind === 'field'),
      ...(classDoc.attributes ?? []).filter((entry) => entry.fieldName === fieldName),
    ];
    for (const entry of entries) {
      entry.default = literal.text;
      entry.type ??= { text: literal.type };
    }
  }
}

/**
 * Tag names from `define('infest-…', Class)` calls and from `@tagname` / `@tag` JSDoc (either is
 * enough; when both are there they must agree), `customElements` exports for every element,
 * event types with their detail (`CustomEvent<InfestLoadDetail>`, not just `CustomEvent`),
 * literal union types spelled out (`'light' | 'dark' | 'auto'`, not `Theme`), no private
 * members, and classes without a tag name (the abstract base) not listed as elements.
 */
function infestElementsPlugin() {
  /** module path → [{ tag, className }] from define() calls */
  const defineCalls = new Map();
  /** type alias name → its values, for aliases of string literals */
  const literalAliases = new Map();
  return {
    name: 'infest-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'define' &&
        node.arguments.length >= 2 &&
        importsDefineHelper(ts, node.getSourceFile())
      ) {
        const [tagArgument, classArgument] = node.arguments;
        if (!ts.isStringLiteralLike(tagArgument) || !ts.isIdentifier(classArgument)) {
          throw new Error(
            `${moduleDoc.path}: define() must be called with a string literal tag and a class name, so the manifest can name the element (found define(${node.arguments.map((argument) => argument.getText()).join(', ')}))`,
          );
        }
        const calls = defineCalls.get(moduleDoc.path) ?? [];
        calls.push({ tag: tagArgument.text, className: classArgument.text });
        defineCalls.set(moduleDoc.path, calls);
        const exists = moduleDoc.exports?.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tagArgument.text);
        if (!exists) {
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tagArgument.text,
              declaration: { name: classArgument.text, module: moduleDoc.path },
            },
          ];
        }
      }

      if (ts.isClassDeclaration(node) && node.name) {
        const classDoc = moduleDoc.declarations?.find((declaration) => declaration.kind === 'class' && declaration.name === node.name.text);
        if (!classDoc) return;
        resolveImportedDefaults(ts, node, classDoc);
        if (!classDoc.events) return;
        // `new CustomEvent<Detail>('name', …)`: keep the detail type the analyzer drops.
        const visit = (child) => {
          if (
            ts.isNewExpression(child) &&
            ts.isIdentifier(child.expression) &&
            child.expression.text === 'CustomEvent' &&
            child.typeArguments?.length === 1 &&
            child.arguments?.[0] &&
            ts.isStringLiteralLike(child.arguments[0])
          ) {
            const event = classDoc.events.find((candidate) => candidate.name === child.arguments[0].text);
            if (event) event.type = { text: `CustomEvent<${child.typeArguments[0].getText()}>` };
          }
          ts.forEachChild(child, visit);
        };
        ts.forEachChild(node, visit);
      }
    },
    collectPhase({ ts, node }) {
      // `type Theme = 'light' | 'dark' | 'auto'`: remembered so attribute types can show the values.
      if (ts.isTypeAliasDeclaration(node)) {
        const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
        if (members.every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal))) {
          literalAliases.set(node.name.text, members.map((member) => member.getText()).join(' | '));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // Private members are no one's API; they would only make the manifest larger (×5, inherited).
          if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          for (const entry of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            if (entry.type?.text) entry.type.text = expandAliases(entry.type.text, literalAliases);
          }
        }
      }
      for (const module of customElementsManifest.modules) {
        const calls = defineCalls.get(module.path) ?? [];
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const defined = calls.filter((call) => call.className === declaration.name).map((call) => call.tag);
          // The core links define() tags to classes unless JSDoc named one: they must agree.
          if (declaration.tagName && defined.length > 0 && !defined.includes(declaration.tagName)) {
            throw new Error(
              `${module.path}: ${declaration.name} says @tagname ${declaration.tagName} but is defined as ${defined.join(', ')}; make them agree`,
            );
          }
          if (declaration.tagName) {
            declaration.customElement = true;
            const exported = module.exports?.some((entry) => entry.kind === 'custom-element-definition' && entry.name === declaration.tagName);
            if (!exported) {
              module.exports = [
                ...(module.exports ?? []),
                { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } },
              ];
            }
          } else {
            // A base class (LitElement subclass without a tag): documented, but not an element.
            delete declaration.customElement;
          }
        }
      }
    },
  };
}

export default {
  globs: [...elementFiles, ...baseClassFiles],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); never rewrite it during a build.
  packagejson: false,
  plugins: [infestElementsPlugin()],
};
