/**
 * `npm run check:package` (after `npm run build`): is the npm package what users should get?
 *   1. publint: no errors, no warnings (suggestions are printed);
 *   2. attw --pack . --profile esm-only: the types resolve for every entry point;
 *   3. the tarball (`npm pack --dry-run --json`): no tests, demo, bench, coverage, sources, source
 *      maps, node_modules or tool configs; prints its file count and size;
 *   4. package.json: every `exports` target, `main`/`types`, `bin` and the manifest exist in
 *      dist/ and in the tarball; one subpath export per component (types first); each
 *      self-defining module is listed in `sideEffects`;
 *   5. the packed tarball installed in a temporary folder, in plain Node (no DOM):
 *      `infest-widgets/feed` imports and parses a feed, the root and component entries import
 *      (Lit's Node build shims the DOM classes) or fail only for want of a DOM (types-only
 *      subpaths have nothing to import), the JSON
 *      subpaths resolve and the `infest-widgets` command validates a feed;
 *   6. custom-elements.json is fresh and documents everything the source has
 *      (test/package/manifest.test.ts);
 *   7. the README's API section is what custom-elements.json says (npm run docs:api -- --check).
 * Every check runs; the script exits 1 if any failed, 2 when dist/ is missing.
 * `--skip-install` leaves out 5 (it needs the npm registry for lit).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string): string => join(root, 'node_modules/.bin', name);
const args = new Set(process.argv.slice(2));

interface PackageJson {
  name: string;
  version: string;
  main?: string;
  module?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  files?: string[];
  sideEffects?: boolean | string[];
  customElements?: string;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

const failures: string[] = [];
let section = '';

function heading(title: string): void {
  section = title;
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 86 - title.length))}`);
}
function ok(message: string): void {
  console.log(`  ✔ ${message}`);
}
function note(message: string): void {
  console.log(`  · ${message}`);
}
function fail(message: string): void {
  console.log(`  ✘ ${message}`);
  failures.push(`${section}: ${message}`);
}

function run(command: string, commandArgs: readonly string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** `dist/**\/*.js` → a RegExp over package-relative paths (with or without `./`). */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/|\*\*|\*)/)
    .map((piece) => {
      if (piece === '**/') return '(?:.*/)?';
      if (piece === '**') return '.*';
      if (piece === '*') return '[^/]*';
      return piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

const strip = (path: string): string => path.replace(/^\.\//, '');

for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/feed/index.js', 'custom-elements.json']) {
  if (!existsSync(join(root, needed))) {
    console.error(`check:package: ${needed} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
}

// ── 1. publint ──────────────────────────────────────────────────────────────────────────────
heading('publint');
{
  const { messages, pkg: linted } = await publint({ pkgDir: root, level: 'suggestion', pack: 'npm' });
  for (const message of messages) {
    const text = formatMessage(message, linted, { color: false }) ?? message.code;
    if (message.type === 'suggestion') note(`suggestion: ${text}`);
    else fail(`${message.type}: ${text}`);
  }
  if (!messages.some((message) => message.type !== 'suggestion')) ok(`no errors or warnings (${String(messages.length)} suggestion(s))`);
}

// ── 2. attw ─────────────────────────────────────────────────────────────────────────────────
heading('attw --pack . --profile esm-only');
{
  const result = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji', '--no-color']);
  const output = `${result.stdout}${result.stderr}`.trim();
  console.log(output.replace(/^/gm, '    '));
  if (result.status === 0) ok('types resolve for every entry point (node16 from ESM, bundler)');
  else fail(`attw exited ${String(result.status)}`);
}

// ── 3. What the tarball holds ───────────────────────────────────────────────────────────────
heading('npm pack --dry-run --json');
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}
const packed = ((): PackResult => {
  const result = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed:\n${result.stderr}`);
  const [first] = JSON.parse(result.stdout) as PackResult[];
  if (!first) throw new Error('npm pack --dry-run printed no package');
  return first;
})();
const shipped = new Set(packed.files.map((file) => file.path));
{
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
  ok(`${packed.filename}: ${String(packed.entryCount)} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked`);
  const byFolder = new Map<string, { files: number; bytes: number }>();
  for (const file of packed.files) {
    const folder = file.path.split('/').slice(0, file.path.startsWith('dist/') ? 2 : 1).join('/');
    const entry = byFolder.get(folder) ?? { files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += file.size;
    byFolder.set(folder, entry);
  }
  for (const [folder, { files, bytes }] of [...byFolder].sort((a, b) => b[1].bytes - a[1].bytes)) {
    note(`${folder.padEnd(36)} ${String(files).padStart(3)} file(s) ${kb(bytes).padStart(9)}`);
  }

  /**
   * What must never ship. Sources stay out: dist/ is unminified ESM, one file per source module
   * with its .d.ts beside it, readable as it is, so neither src/ nor source maps are needed to
   * debug, and maps without sources would point nowhere.
   */
  const forbidden: [RegExp, string][] = [
    [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
    [/^test\//, 'the tests'],
    [/^(demo|bench|coverage|scripts|src|\.github)\//, 'not for users'],
    [/(^|\/)node_modules\//, 'node_modules'],
    [/\.map$/, 'a source map'],
    [/(?<!\.d)\.[cm]?tsx?$/, 'TypeScript source'],
    [/\.tsbuildinfo$/, 'a build cache'],
    [/(^|\/)\.env/, 'an environment file'],
    [/^(tsconfig.*\.json|vite\.config\.[jt]s|eslint\.config\.[jt]s|web-test-runner\.config\.[jt]s|custom-elements-manifest\.config\.[cm]?js|package-lock\.json)$/, 'a tool config'],
  ];
  const bad = packed.files.flatMap((file) => forbidden.filter(([pattern]) => pattern.test(file.path)).map(([, why]) => `${file.path} (${why})`));
  if (bad.length === 0) ok('no tests, demo, bench, coverage, sources, source maps, node_modules or tool configs');
  for (const entry of bad) fail(`ships ${entry}`);

  /**
   * The embed page's built-in sample feed ("contoh", see vite.config.ts) is a copy of
   * demo/feed.json and its images. It ships on purpose: dist/embed/ is a page to host as it is,
   * and `?src=contoh` (the configurator's preview) needs it.
   */
  const sample = packed.files.filter((file) => /^dist\/embed\/(feed\.json|images\/)/.test(file.path));
  if (sample.length > 0) {
    note(`dist/embed/ ships the sample feed "contoh" on purpose: ${String(sample.length)} file(s), ${kb(sample.reduce((sum, file) => sum + file.size, 0))}`);
  }
}

// ── 4. package.json against dist/ ───────────────────────────────────────────────────────────
heading('package.json entry points');
{
  /** Every file the exports map points at, with the subpath and conditions that lead there. */
  const targets: [string, string][] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') targets.push([path, value]);
    else if (Array.isArray(value)) value.forEach((item, index) => { walk(item, `${path}[${String(index)}]`); });
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, path === '' ? key : `${path} → ${key}`);
  };
  walk(pkg.exports, '');
  if (pkg.main) targets.push(['main', pkg.main]);
  if (pkg.module) targets.push(['module', pkg.module]);
  if (pkg.types) targets.push(['types', pkg.types]);
  if (pkg.customElements) targets.push(['customElements', pkg.customElements]);
  const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  for (const [name, file] of Object.entries(bins)) targets.push([`bin ${name}`, file]);
  // bin/infest-widgets.js is a stub that imports the CLI from dist/.
  for (const [name, file] of Object.entries(bins)) {
    const text = existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '';
    for (const match of text.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      targets.push([`bin ${name} imports`, join(dirname(file), match[1] ?? '')]);
    }
  }
  let missing = 0;
  for (const [where, target] of targets) {
    if (target.includes('*')) continue;
    const file = strip(target);
    if (!existsSync(join(root, file))) {
      missing += 1;
      fail(`${where}: ${target} does not exist after the build`);
    } else if (!shipped.has(file)) {
      missing += 1;
      fail(`${where}: ${target} is not in the tarball (see "files")`);
    }
  }
  if (missing === 0) ok(`${String(targets.length)} targets (exports, main, types, bin, customElements) exist and ship`);

  // One subpath per component, types first, pointing at the component's own module.
  const exportsMap = (pkg.exports ?? {}) as Record<string, unknown>;
  const components = readdirSync(join(root, 'src/components'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src/components', entry.name, `${entry.name}.ts`)))
    .map((entry) => entry.name);
  const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(globToRegExp) : [];
  for (const name of components) {
    const subpath = `./${name}`;
    const entry = exportsMap[subpath];
    const js = `./dist/components/${name}/${name}.js`;
    const dts = `./dist/components/${name}/${name}.d.ts`;
    if (!entry || typeof entry !== 'object') {
      fail(`no export "infest-widgets/${name}": npm pkg set 'exports[${subpath}].types=${dts}' 'exports[${subpath}].default=${js}'`);
      continue;
    }
    const conditions = Object.entries(entry as Record<string, unknown>);
    const problems: string[] = [];
    if (conditions[0]?.[0] !== 'types') problems.push('"types" must come first');
    if ((entry as Record<string, unknown>).types !== dts) problems.push(`"types" should be ${dts}`);
    if ((entry as Record<string, unknown>).default !== js) problems.push(`"default" should be ${js}`);
    if (conditions.at(-1)?.[0] !== 'default') problems.push('"default" must come last');
    if (problems.length > 0) fail(`exports["${subpath}"]: ${problems.join('; ')}`);
    else ok(`infest-widgets/${name} → ${js} (types first)`);
    if (pkg.sideEffects === false || (Array.isArray(pkg.sideEffects) && !sideEffects.some((pattern) => pattern.test(strip(js))))) {
      fail(`${js} defines <infest-${name}> when imported, but "sideEffects" does not list it: bundlers would drop the import`);
    }
  }
  for (const entry of ['./dist/index.js']) {
    if (Array.isArray(pkg.sideEffects) && !sideEffects.some((pattern) => pattern.test(strip(entry)))) {
      fail(`${entry} defines every element when imported, but "sideEffects" does not list it`);
    }
  }
}

// ── 5. The tarball, installed, in plain Node ────────────────────────────────────────────────
heading('installed from the tarball, in Node (no DOM)');
if (args.has('--skip-install')) {
  note('skipped (--skip-install)');
} else {
  const folder = mkdtempSync(join(tmpdir(), 'infest-widgets-pack-'));
  try {
    const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder]);
    if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
    const [tarball] = JSON.parse(pack.stdout) as PackResult[];
    if (!tarball) throw new Error('npm pack printed no package');
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
    const install = run('npm', ['install', `./${tarball.filename}`, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--no-package-lock'], { cwd: folder });
    if (install.status !== 0) {
      fail(`npm install of the tarball failed:\n${install.stderr}`);
    } else {
      ok(`npm install ${tarball.filename} (with its dependencies from the registry)`);
      const node = (code: string): { status: number | null; stdout: string; stderr: string } =>
        run(process.execPath, ['--input-type=module', '--eval', code], { cwd: folder });
      const report = (what: string, result: { status: number | null; stdout: string; stderr: string }): void => {
        const output = `${result.stdout}${result.stderr}`.trim();
        if (result.status === 0) ok(`${what}${output ? `: ${output}` : ''}`);
        else fail(`${what}: exit ${String(result.status)}\n${output.replace(/^/gm, '      ')}`);
      };

      report(
        "import('infest-widgets/feed') parses a feed",
        node(`
          if (typeof document !== 'undefined' || typeof HTMLElement !== 'undefined') throw new Error('this Node has a DOM');
          const { parseFeed } = await import('infest-widgets/feed');
          const { feed, warnings } = parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 1, title: 'A', content_text: 'A.', date_published: '2021-11-02T10:00:00+07:00' }] });
          if (feed.articles.length !== 1 || feed.articles[0].id !== '1') throw new Error('unexpected feed: ' + JSON.stringify(feed));
          console.log(feed.articles.length + ' article, ' + warnings.length + ' warning(s)');
        `),
      );

      // The elements are for browsers. In Node, Lit's "node" export condition shims HTMLElement
      // and customElements (for server rendering), so importing works; anything else must fail
      // only because there is no DOM.
      const domGlobals = ['document', 'window', 'HTMLElement', 'customElements', 'MutationObserver', 'ResizeObserver', 'CSSStyleSheet', 'ShadowRoot', 'Element', 'Node', 'location', 'navigator', 'localStorage'];
      // Types-only subpaths (./jsx, ./vue: framework typings) have no module to import.
      const exportsMap = (pkg.exports ?? {}) as Record<string, unknown>;
      const typesOnly = (entry: unknown): boolean => typeof entry === 'object' && entry !== null && Object.keys(entry).every((condition) => condition === 'types');
      const modules = Object.keys(exportsMap).filter((key) => !key.endsWith('.json') && key !== '.' && key !== './feed' && !typesOnly(exportsMap[key]));
      for (const specifier of ['infest-widgets', ...modules.map((key) => `infest-widgets/${key.slice(2)}`)]) {
        const result = node(`
          try {
            const module = await import(${JSON.stringify(specifier)});
            const tags = ['infest-article-card', 'infest-article-list', 'infest-related-articles', 'infest-program-timeline'].filter((tag) => globalThis.customElements?.get(tag));
            console.log('imports (' + Object.keys(module).length + ' exports; defined with Lit\\'s DOM shim: ' + (tags.join(', ') || 'none') + ')');
          } catch (error) {
            const dom = ${JSON.stringify(domGlobals)};
            if (error instanceof ReferenceError && dom.some((name) => error.message.startsWith(name + ' '))) {
              console.log('browser-only: ' + error.message);
            } else {
              console.error(error);
              process.exit(1);
            }
          }
        `);
        report(`import('${specifier}')`, result);
      }

      report(
        'JSON subpaths resolve',
        node(`
          const manifest = await import('infest-widgets/custom-elements.json', { with: { type: 'json' } });
          const schema = await import('infest-widgets/schema/infest-extension.schema.json', { with: { type: 'json' } });
          const pkg = await import('infest-widgets/package.json', { with: { type: 'json' } });
          const tags = manifest.default.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
          if (tags.length === 0) throw new Error('custom-elements.json lists no elements');
          console.log('custom-elements.json (' + tags.join(', ') + '), schema, package.json ' + pkg.default.version);
        `),
      );

      const good = join(folder, 'good-feed.json');
      writeFileSync(good, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 'a', title: 'A', url: 'https://example.org/a', content_text: 'A.', date_published: '2021-11-02T10:00:00+07:00' }] }));
      const bad = join(folder, 'bad-feed.json');
      writeFileSync(bad, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 'a', title: 'A', content_text: 'A.', date_published: '2021-13-45' }] }));
      const command = join(folder, 'node_modules/.bin/infest-widgets');
      const valid = run(command, ['validate', good], { cwd: folder });
      const invalid = run(command, ['validate', bad], { cwd: folder });
      if (valid.status === 0 && invalid.status === 1) {
        ok(`the infest-widgets command validates: good feed exit 0 ("${valid.stdout.trim().split('\n')[0] ?? ''}"), broken feed exit 1`);
      } else {
        fail(`infest-widgets validate: good feed exit ${String(valid.status)}, broken feed exit ${String(invalid.status)} (want 0 and 1)\n${valid.stdout}${valid.stderr}${invalid.stdout}${invalid.stderr}`);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// ── 6. The manifest against the source ──────────────────────────────────────────────────────
heading('custom-elements.json documents the source (test/package/manifest.test.ts)');
{
  // Fresh: what the analyzer writes from the source as it is now (not a build of older JSDoc).
  const folder = mkdtempSync(join(tmpdir(), 'infest-widgets-cem-'));
  try {
    // cem joins --outdir to the working directory, so it must be relative.
    const analyze = run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.js', '--quiet', '--outdir', relative(root, folder)]);
    if (analyze.status !== 0) fail(`cem analyze failed:\n${analyze.stdout}${analyze.stderr}`);
    else if (readFileSync(join(folder, 'custom-elements.json'), 'utf8') !== readFileSync(join(root, 'custom-elements.json'), 'utf8')) {
      fail('custom-elements.json is older than the source: run `npm run build` (or `npm run analyze`) again');
    } else ok('custom-elements.json is what `npm run analyze` writes from the source now');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const result = spawnSync(bin('mocha'), ['--import=tsx', '--timeout', '120000', 'test/package/manifest.test.ts'], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) ok('every attribute, property, event, slot, part and custom property is documented');
  else fail('the manifest has gaps (see the failures above)');
}

// ── 7. README's API section ─────────────────────────────────────────────────────────────────
heading('README API section (npm run docs:api -- --check)');
{
  const result = spawnSync(bin('tsx'), ['scripts/api-docs.ts', '--check'], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) ok('README.md matches custom-elements.json');
  else fail('README.md is out of date: run `npm run docs:api` and commit README.md');
}

console.log('');
if (failures.length > 0) {
  console.log(`check:package: ${String(failures.length)} problem(s):`);
  for (const failure of failures) console.log(`  - ${failure.split('\n')[0] ?? failure}`);
  process.exit(1);
}
console.log('check:package: all good');
