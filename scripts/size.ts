/**
 * `npm run size` (after `npm run build`): how many bytes each thing we ship costs a reader,
 * gzip level 9, 1 KB = 1000 bytes, and whether it is within budget:
 *   - the script-tag bundles dist/cdn/ (all four widgets and Lit): at most 20 KB, aim 16 KB;
 *   - the iframe embed page dist/embed/ with its script (HTML + CSS + JS): 50 KB; printed
 *     beside it with the sample feed ("src=contoh"), which a real embed swaps for its own;
 *   - every npm entry with everything it imports from dist/, `lit` and `@lit/*` external, and
 *     each widget alone as a script-tag bundle with Lit (what a per-widget script would weigh).
 * Then what costs the most in the CDN bundle, per group and per source module.
 * Exits 1 when a hard budget is exceeded, 2 when dist/ is missing.
 *
 * `--ceiling <KB>`: judge the CDN bundle against this ceiling instead of the 20 KB budget
 * (which is still printed, with how far off it is). CI uses it as a ratchet while the bundle is
 * over budget, so it cannot grow unnoticed; lower it as the bundle shrinks, drop it at 20 KB.
 *
 * SIZE_TOP=<n> in the environment lists the n costliest source modules instead of 20.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const KB = 1000;
const CDN_BUDGET = 20 * KB;
const ceilingArgument = process.argv.indexOf('--ceiling');
const CDN_CEILING = ceilingArgument === -1 ? undefined : Number(process.argv[ceilingArgument + 1]) * KB;
if (CDN_CEILING !== undefined && !(CDN_CEILING > 0)) {
  console.error('size: --ceiling needs a number of KB, e.g. --ceiling 31');
  process.exit(2);
}
const CDN_AIM = 16 * KB;
const EMBED_BUDGET = 50 * KB;

const gzip = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(2)} KB`;
const pad = (text: string, width: number): string => text.padEnd(width);
const padLeft = (text: string, width: number): string => text.padStart(width);

function fail(message: string, code: number): never {
  console.error(`size: ${message}`);
  process.exit(code);
}

for (const needed of ['cdn/infest-widgets.js', 'cdn/infest-widgets.iife.js', 'embed/index.html', 'index.js']) {
  if (!existsSync(join(dist, needed))) fail(`dist/${needed} is missing: run \`npm run build\` first.`, 2);
}

interface Row {
  readonly what: string;
  readonly raw: number;
  readonly gzip: number;
  readonly note: string;
}
const rows: Row[] = [];
const problems: string[] = [];

/**
 * Specifiers of static imports and re-exports (`from "…"`, `import "…"`) and of dynamic
 * imports (`import("…")`, which the minifier writes in backquotes too; a backquote after
 * "from" is a comment's or a template's, not an import).
 */
const importPattern = /\b(?:from|import)\s*["']([^"']+)["']|\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** `entry` and every file it reaches through relative imports, and the bare specifiers it imports. */
function closure(entry: string, skip: (file: string) => boolean = () => false): { files: string[]; external: Set<string> } {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || skip(file)) return;
    seen.add(file);
    for (const [, written, dynamic] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = written ?? dynamic ?? '';
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else external.add(specifier);
    }
  };
  visit(entry);
  return { files: [...seen].sort(), external };
}

// ── The script-tag bundles ───────────────────────────────────────────────────────────────
const cdnCode = readFileSync(join(dist, 'cdn/infest-widgets.js'), 'utf8');
for (const [file, kind] of [
  ['cdn/infest-widgets.js', 'ES module'],
  ['cdn/infest-widgets.iife.js', 'classic script'],
] as const) {
  const bytes = readFileSync(join(dist, file));
  const size = gzip(bytes);
  const toAim = size - CDN_AIM;
  const aim = `aim 16 KB: ${toAim > 0 ? `${kb(toAim)} to go` : `${kb(-toAim)} under`}`;
  const over = size > CDN_BUDGET;
  rows.push({ what: `CDN   dist/${file} (${kind})`, raw: bytes.length, gzip: size, note: `budget 20 KB: ${over ? `OVER by ${kb(size - CDN_BUDGET)}` : 'ok'}; ${aim}` });
  if (CDN_CEILING !== undefined) {
    if (size > CDN_CEILING) problems.push(`dist/${file} is ${kb(size)} gzip, over the CI ceiling of ${kb(CDN_CEILING)} (it grew)`);
  } else if (over) {
    problems.push(`dist/${file} is ${kb(size)} gzip, over the 20 KB budget by ${kb(size - CDN_BUDGET)}`);
  }
}

// ── The embed page: HTML and the CSS and JS it loads for one widget; the sample feed beside it ──
// The page loads the chunk of the one widget it shows (embed.ts): each widget is counted with
// the page, the shared chunks and its own chunk, not the other widgets' chunks.
const embedDir = join(dist, 'embed');
const embedHtml = readFileSync(join(embedDir, 'index.html'), 'utf8');
const embedAssets = [...new Set([...embedHtml.matchAll(/\b(?:src|href)="(?:\.\/)?([^"]+\.(?:js|css))"/g)].map(([, path = '']) => join(embedDir, path)))];
const embedWidgets = ['article-card', 'article-list', 'related-articles', 'program-timeline'];
const chunkOf = (file: string): string | undefined => embedWidgets.find((widget) => basename(file).startsWith(`${widget}-`));
const embedSizes = embedWidgets.map((widget) => {
  const skip = (file: string): boolean => chunkOf(file) !== undefined && chunkOf(file) !== widget;
  const files = [join(embedDir, 'index.html'), ...new Set(embedAssets.flatMap((file) => (file.endsWith('.js') ? closure(file, skip).files : [file])))];
  const sizes = files.map((file) => ({ file, raw: readFileSync(file).length, gzip: gzip(readFileSync(file)) }));
  return { widget, raw: sizes.reduce((sum, size) => sum + size.raw, 0), gzip: sizes.reduce((sum, size) => sum + size.gzip, 0), sizes };
});
const largest = embedSizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const embedOver = largest.gzip > EMBED_BUDGET;
const shortName = (file: string): string => relative(embedDir, file).replace(/-[\w-]{8}\./, '.');
rows.push({
  what: `embed dist/embed/ page with its script, largest (${largest.widget}; each file gzipped)`,
  raw: largest.raw,
  gzip: largest.gzip,
  note: `budget 50 KB: ${embedOver ? `OVER by ${kb(largest.gzip - EMBED_BUDGET)}` : 'ok'} (${largest.sizes.map(({ file, gzip: size }) => `${shortName(file)} ${kb(size)}`).join(' + ')}); per widget: ${embedSizes.map(({ widget, gzip: size }) => `${widget} ${kb(size)}`).join(', ')}`,
});
if (embedOver) problems.push(`the embed page with ${largest.widget} is ${kb(largest.gzip)} gzip, over the 50 KB budget by ${kb(largest.gzip - EMBED_BUDGET)}`);
// The feed is the publisher's content, not the page's code: a village's embed reads Infest's.
const sampleFeed = readFileSync(join(embedDir, 'feed.json'));
rows.push({
  what: 'embed   + the sample feed, src=contoh (images excluded)',
  raw: largest.raw + sampleFeed.length,
  gzip: largest.gzip + gzip(sampleFeed),
  note: `what a reader of the demo embed loads (feed.json ${kb(gzip(sampleFeed))}); a real embed reads its own feed instead`,
});

// ── npm entries: the entry and everything it imports from dist/, lit and @lit/* external ──
/** The same entry bundled and minified the way an application's build would, lit external. */
async function minified(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rolldownOptions: { external: [/^lit(\/.*)?$/, /^@lit\//], output: { minify: true } },
    },
  })) as Rolldown.RolldownOutput[];
  return output.flatMap((result) => result.output).map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

/**
 * One widget alone as a script-tag bundle, Lit included (the CDN build's settings, this
 * component's source as the entry): what a per-widget script would weigh.
 */
async function aloneWithLit(component: string): Promise<string> {
  const output = (await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn',
    root,
    logLevel: 'silent',
    build: { write: false, emptyOutDir: false, lib: { entry: join(root, `src/components/${component}/${component}.ts`), formats: ['es'], name: 'X' } },
  })) as Rolldown.RolldownOutput[];
  const chunk = output.flatMap((result) => result.output).find((item) => item.type === 'chunk' && item.fileName === 'infest-widgets.js');
  return chunk?.type === 'chunk' ? chunk.code : '';
}

const componentDirs = readdirSync(join(dist, 'components'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
const npmEntries = ['index.js', ...componentDirs.map((entry) => `components/${entry.name}/${entry.name}.js`), 'feed/index.js'].filter((file) =>
  existsSync(join(dist, file)),
);
const externals = new Set<string>();
const bundled = await Promise.all(npmEntries.map((file) => minified(join(dist, file))));
const alone = new Map<string, number>();
for (const entry of componentDirs) alone.set(`components/${entry.name}/${entry.name}.js`, gzip(await aloneWithLit(entry.name)));
for (const [index, file] of npmEntries.entries()) {
  const { files, external } = closure(join(dist, file));
  const text = files.map((path) => readFileSync(path, 'utf8')).join('\n');
  external.forEach((name) => externals.add(name));
  const unexpected = [...external].filter((name) => !/^(lit(\/.*)?|@lit\/.*)$/.test(name));
  if (unexpected.length > 0) problems.push(`dist/${file} imports ${unexpected.join(', ')}, which is neither in dist/ nor lit`);
  rows.push({
    what: `npm   dist/${file} + ${String(files.length - 1)} files`,
    raw: Buffer.byteLength(text),
    gzip: gzip(text),
    note: `bundled and minified: ${kb(gzip(bundled[index] ?? ''))}${alone.has(file) ? `; alone as a script tag, Lit included: ${kb(alone.get(file) ?? 0)}` : ''}`,
  });
}

// ── The table ─────────────────────────────────────────────────────────────────────────────
const width = Math.max(...rows.map((row) => row.what.length)) + 2;
console.log(`${pad('', width)}${padLeft('raw', 11)}${padLeft('gzip -9', 11)}`);
for (const row of rows) console.log(`${pad(row.what, width)}${padLeft(kb(row.raw), 11)}${padLeft(kb(row.gzip), 11)}  ${row.note}`);
console.log(
  `\ngzip -9, 1 KB = 1000 bytes. npm rows: the entry and every file it reaches through relative imports in dist/ (as published,` +
    `\nunminified), gzipped together; external: ${[...externals].sort().join(', ')}. "bundled and minified": the same entry through` +
    `\nVite/rolldown with lit and @lit/* external, as an application's build would ship it. (The issue: TimelineJS3 alone ships 64 KB of script.)`,
);

// ── What costs the most: attribute the CDN bundle to its sources through a source map ─────
interface Mapping {
  readonly line: number;
  readonly column: number;
  readonly source: number;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes the generated positions and sources of a v3 source map's `mappings`. */
function decodeMappings(mappings: string): Mapping[] {
  const result: Mapping[] = [];
  let source = 0;
  let line = 0;
  for (const lineText of mappings.split(';')) {
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (segment === '') continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        result.push({ line, column, source });
      } else result.push({ line, column, source: -1 });
    }
    line++;
  }
  return result;
}

/** Which group a source module belongs to. */
function groupOf(source: string): string {
  const path = source.replace(/^(\.\.\/)+/, '');
  if (path.includes('node_modules/@lit/task/')) return '@lit/task';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'lit (lit-html, lit-element, reactive-element)';
  if (path.includes('node_modules/')) return 'other packages';
  if (path.endsWith('.styles.ts')) return 'styles (src/**/*.styles.ts)';
  const component = /^src\/components\/([^/]+)\//.exec(path);
  if (component) return `component ${component[1] ?? ''}`;
  if (path.startsWith('src/feed/')) return 'data layer (src/feed)';
  if (path.startsWith('src/load/')) return 'loader (src/load)';
  if (path.startsWith('src/internal/')) return 'base (src/internal)';
  if (path.startsWith('src/locales/')) return 'strings (src/locales)';
  if (path === '(bundler glue)') return path;
  return 'entry (src/cdn.ts, index.ts, version.ts)';
}

async function attribute(): Promise<{ byModule: Map<string, string[]>; code: string }> {
  const output = (await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn',
    root,
    logLevel: 'silent',
    build: { write: false, sourcemap: 'hidden', emptyOutDir: false },
  })) as Rolldown.RolldownOutput[];
  const chunk = output
    .flatMap((result) => result.output)
    .find((item): item is Rolldown.OutputChunk => item.type === 'chunk' && item.fileName === 'infest-widgets.js');
  if (!chunk?.map) throw new Error('the CDN build gave no source map');
  const sources = chunk.map.sources.map((source) => relative(root, resolve(root, 'dist/cdn', source)).replace(/^.*node_modules\//, 'node_modules/'));
  const lines = chunk.code.split('\n');
  const mappings = decodeMappings(chunk.map.mappings);
  const byModule = new Map<string, string[]>();
  const add = (module: string, text: string): void => {
    if (text === '') return;
    const list = byModule.get(module) ?? [];
    list.push(text);
    byModule.set(module, list);
  };
  const byLine = new Map<number, Mapping[]>();
  for (const mapping of mappings) byLine.set(mapping.line, [...(byLine.get(mapping.line) ?? []), mapping]);
  // A mapping's bytes run to the next mapping, across line ends (template literals span lines);
  // a mapping without a source (generated code) stays with the module it sits in.
  let current = '(bundler glue)';
  for (const [index, text] of lines.entries()) {
    const onLine = byLine.get(index) ?? [];
    add(current, text.slice(0, onLine[0]?.column ?? text.length));
    onLine.forEach((mapping, position) => {
      if (mapping.source >= 0) current = sources[mapping.source] ?? '(bundler glue)';
      add(current, text.slice(mapping.column, onLine[position + 1]?.column ?? text.length));
    });
    if (index < lines.length - 1) add(current, '\n');
  }
  return { byModule, code: chunk.code };
}

interface Cost {
  readonly name: string;
  readonly raw: number;
  readonly alone: number;
  readonly marginal: number;
}

/** Marginal gzip cost: gzip(bundle) − gzip(bundle without these bytes), plus raw and standalone gzip. */
function costs(byName: Map<string, Set<string>>, byModule: Map<string, string[]>, total: number): Cost[] {
  const modules = [...byModule.keys()];
  return [...byName]
    .map(([name, members]) => {
      const mine = modules.filter((module) => members.has(module)).flatMap((module) => byModule.get(module) ?? []).join('');
      const rest = modules.filter((module) => !members.has(module)).map((module) => (byModule.get(module) ?? []).join('')).join('');
      return { name, raw: Buffer.byteLength(mine), alone: gzip(mine), marginal: total - gzip(rest) };
    })
    .sort((a, b) => b.marginal - a.marginal);
}

try {
  const { byModule, code } = await attribute();
  const total = gzip(code);
  if (code !== cdnCode) console.log('\nnote: dist/cdn/infest-widgets.js differs from a fresh build of the sources; the breakdown is of the fresh build.');
  const groups = new Map<string, Set<string>>();
  for (const module of byModule.keys()) {
    const group = groupOf(module);
    groups.set(group, (groups.get(group) ?? new Set()).add(module));
  }
  const groupCosts = costs(groups, byModule, total);
  const moduleCosts = costs(new Map([...byModule.keys()].map((module) => [module, new Set([module])])), byModule, total);
  const line = (cost: Cost, width: number): string =>
    `  ${pad(cost.name, width)}${padLeft(kb(cost.raw), 11)}${padLeft(kb(cost.alone), 11)}${padLeft(kb(cost.marginal), 11)}${padLeft(`${((100 * cost.marginal) / total).toFixed(1)} %`, 9)}`;
  console.log(`\nWhat costs the most in the CDN module bundle (${kb(total)} gzip), per group:`);
  console.log(`  ${pad('group', 48)}${padLeft('minified', 11)}${padLeft('gzip alone', 11)}${padLeft('marginal', 11)}${padLeft('share', 9)}`);
  for (const cost of groupCosts) console.log(line(cost, 48));
  const sum = groupCosts.reduce((all, cost) => all + cost.marginal, 0);
  console.log(`  ${pad('(shared: what gzip saves across groups)', 48)}${padLeft('', 22)}${padLeft(kb(total - sum), 11)}`);
  console.log('\nTop 20 source modules:');
  for (const cost of moduleCosts.slice(0, Number(process.env.SIZE_TOP ?? 20))) console.log(line(cost, 70));
  console.log(
    '\nMethod: a fresh CDN build with a source map; each byte of minified output belongs to the source module of the mapping it' +
      '\nfollows. "marginal" = gzip(bundle) − gzip(bundle with that group\'s bytes cut out): what the bundle would lose if that' +
      '\ncode were gone but everything else stayed. Limits: gzip is not additive (marginals do not sum to the total; the shared' +
      '\nline is the rest); code that would fall away only by tree-shaking (Lit features used by one component) stays with lit;' +
      '\nand minifier glue (commas, `var`) goes to whichever module precedes it.',
  );
} catch (error) {
  console.log(`\n(no breakdown: ${error instanceof Error ? error.message : String(error)})`);
}

// ── Verdict ───────────────────────────────────────────────────────────────────────────────
console.log('');
if (problems.length > 0) {
  for (const problem of problems) console.error(`OVER BUDGET: ${problem}`);
  process.exit(1);
}
console.log(
  CDN_CEILING === undefined
    ? 'Within budget: CDN bundle ≤ 20 KB gzip, embed page ≤ 50 KB gzip.'
    : `Within the CI ceiling (CDN bundle ≤ ${kb(CDN_CEILING)}) and the embed budget; the 20 KB CDN budget is not met yet (see above).`,
);
