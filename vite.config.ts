import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyLiterals } from './build/minify-literals.js';
import { terserPass } from './build/terser-pass.js';
import { warningCodes } from './build/warning-codes.js';
import type { EmbedConfig } from './src/embed/config.js';

/**
 * `vite` serves the demo at /demo/ (the repository is the root, so demo pages import ../src).
 * `vite build` is the npm build: one ESM file per source module, lit external.
 * `vite build --mode cdn` is the self-contained, minified script-tag bundle.
 * `vite build --mode embed` is the iframe embed page, dist/embed/.
 */
const components = ['article-card', 'article-list', 'related-articles', 'program-timeline'];

const npmEntries = {
  index: 'src/index.ts',
  'feed/index': 'src/feed/index.ts',
  'cli/main': 'src/cli/main.ts',
  ...Object.fromEntries(components.map((name) => [`components/${name}/${name}`, `src/components/${name}/${name}.ts`])),
};

const npmBuild: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    lib: { entry: npmEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

/**
 * Lean browser variants of Node-grade modules, for the script-tag and embed builds only (the
 * npm build, the tests and the CLI keep the full ones): `x.js` → `x.browser.ts` beside it.
 */
// What the script-tag bundle and the embed page run on: ES2022, less what Safari 15 (iPhones
// that stopped at iOS 15) lacks: class static blocks are rewritten.
const browserTarget = ['es2022', 'safari15'];

const browserVariants = {
  alias: ['json-syntax', 'local-links'].map((name) => ({ find: new RegExp(`^\\./${name}\\.js$`), replacement: `./${name}.browser.ts` })),
};

const cdnBuild: UserConfig = {
  plugins: [minifyLiterals(), warningCodes(), terserPass()],
  resolve: browserVariants,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: browserTarget,
    minify: true,
    lib: {
      entry: 'src/cdn.ts',
      name: 'InfestWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'infest-widgets.js' : 'infest-widgets.iife.js'),
    },
    // No /* @__PURE__ */ annotations: nothing tree-shakes this bundle after us. Pure ASCII: a
    // script served without a charset is read in the page's encoding, and old pages are not
    // all UTF-8 (tagged templates are left as written: keep css`` and html`` ASCII, with
    // escapes and character references).
    rolldownOptions: { output: { minify: true, comments: false, charset: 'ascii' } },
  },
};

/**
 * Which feeds the embed page may show, fixed at build time so that nobody can make the
 * publisher's domain show someone else's content:
 *   INFEST_EMBED_FEEDS='{"infest":"https://infest.or.id/feed.json"}'  named feeds (src=infest)
 *   INFEST_EMBED_ORIGINS='https://infest.or.id https://partner.example' other allowed origins
 * The page's own origin is always allowed; the sample feed ships beside the page as "contoh".
 */
function embedConfig(): EmbedConfig {
  const feeds = JSON.parse(process.env.INFEST_EMBED_FEEDS ?? '{}') as Record<string, string>;
  const origins = (process.env.INFEST_EMBED_ORIGINS ?? '').split(/\s+/).filter(Boolean);
  return { feeds: { contoh: './feed.json', ...feeds }, origins };
}

/** Ships the sample feed and its images beside the embed page, for the "contoh" feed. */
const copySampleFeed: Plugin = {
  name: 'infest-sample-feed',
  writeBundle({ dir = 'dist/embed' }) {
    cpSync('demo/feed.json', join(dir, 'feed.json'));
    cpSync('demo/images', join(dir, 'images'), { recursive: true });
  },
};

/**
 * Vite marks the page's stylesheet crossorigin, which turns it into a CORS request: from an
 * iframe sandboxed without allow-same-origin (an opaque origin) it then needs
 * Access-Control-Allow-Origin, and the fallback text would show unstyled. A plain stylesheet
 * needs nothing.
 */
const plainStylesheet: Plugin = {
  name: 'infest-plain-stylesheet',
  enforce: 'post',
  transformIndexHtml: (html) => html.replace(/(<link rel="stylesheet") crossorigin/g, '$1'),
};

/**
 * The embed page's first script asks for the feed, then imports the page's chunk and its one
 * widget's: what those share (Lit, the data layer, the widgets' base) and the page's chunk are
 * named in the <head> as modulepreloads, so they download from the start, beside the first
 * script and then the feed, not after it. Each widget's own chunk (2–3 KB) comes when the
 * first script names it, alongside the feed.
 */
const preloadWidgets: Plugin = {
  name: 'infest-preload-widgets',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, { bundle = {}, chunk }) => {
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
      const preloaded = new Set<string>();
      const visit = (fileName: string): void => {
        const found = chunks.get(fileName);
        if (!found || preloaded.has(fileName) || fileName === chunk?.fileName) return;
        preloaded.add(fileName);
        found.imports.forEach(visit);
      };
      for (const name of chunk?.dynamicImports ?? []) {
        const dynamic = chunks.get(name);
        if (dynamic?.name === 'embed-page') visit(name);
        else dynamic?.imports.forEach(visit);
      }
      return [...preloaded].map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const }));
    },
  },
};

const embedBuild: UserConfig = {
  root: 'src/embed',
  base: './',
  publicDir: false,
  define: { __INFEST_EMBED_CONFIG__: JSON.stringify(embedConfig()) },
  plugins: [minifyLiterals(), warningCodes(), copySampleFeed, plainStylesheet, preloadWidgets],
  resolve: browserVariants,
  build: {
    outDir: '../../dist/embed',
    emptyOutDir: true,
    target: browserTarget,
    modulePreload: false,
    rolldownOptions: {
      input: { index: 'src/embed/index.html', resize: 'src/embed/resize.ts' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'resize' ? 'resize.js' : 'assets/[name]-[hash].js'),
        // What two or more widgets share, in one chunk (not one per combination of widgets);
        // the first script's own modules stay in it, which must not wait for that chunk.
        codeSplitting: { groups: [{ name: 'widgets', minShareCount: 2, includeDependenciesRecursively: false, test: (id: string) => !/[\\/]src[\\/](?:embed[\\/]|load[\\/]feed-request\.ts$)/.test(id) }] },
      },
    },
  },
};

/** The demo lives in demo/; send visitors of the bare address there. */
const openDemo: Plugin = {
  name: 'infest-open-demo',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url === '/' || request.url === '/index.html') {
        response.writeHead(302, { location: '/demo/' });
        response.end();
        return;
      }
      next();
    });
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return { plugins: [openDemo], server: { host: true } };
  if (mode === 'cdn') return cdnBuild;
  if (mode === 'embed') return embedBuild;
  return npmBuild;
});
