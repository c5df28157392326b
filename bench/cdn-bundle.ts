import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { repo } from './browser.js';

export interface CdnBundle {
  /** The temporary folder holding the build. */
  readonly dir: string;
  /** The ES module bundle, what the script snippet loads. */
  readonly esFile: string;
  readonly iifeFile: string;
}

const builds = new Map<string, Promise<string>>();

/**
 * `vite build --mode <mode>` (vite.config.ts) of the working tree as it is now, into a
 * temporary folder, once per `npm run bench`. Not dist/: that is whatever the last
 * `npm run build` left, possibly older than src/, and the bench must not need a build first
 * nor write into dist/.
 */
function buildMode(mode: 'cdn' | 'embed'): Promise<string> {
  let building = builds.get(mode);
  if (!building) {
    building = (async () => {
      const dir = await mkdtemp(join(tmpdir(), `infest-bench-${mode}-`));
      // A Vite dev server started earlier in this process (list render, timeline) sets NODE_ENV to
      // "development", and a build then resolves Lit's dev-mode files. `npm run build` runs with
      // NODE_ENV unset, which Vite's build treats as production: so this one does too.
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({ configFile: join(repo, 'vite.config.ts'), root: mode === 'embed' ? join(repo, 'src/embed') : repo, mode, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
      } finally {
        if (nodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = nodeEnv;
      }
      return dir;
    })();
    builds.set(mode, building);
  }
  return building;
}

/** The script-tag bundle built from the working tree. */
export async function cdnBundle(): Promise<CdnBundle> {
  const dir = await buildMode('cdn');
  const bundle = { dir, esFile: join(dir, 'infest-widgets.js'), iifeFile: join(dir, 'infest-widgets.iife.js') };
  if (!existsSync(bundle.esFile)) throw new Error(`vite build --mode cdn wrote no ${bundle.esFile}`);
  if (readFileSync(bundle.esFile, 'utf8').includes('Lit is in dev mode')) throw new Error('the CDN bundle built for the bench has Lit in dev mode');
  return bundle;
}

/** The iframe embed page built from the working tree: the folder holding index.html, its assets and the sample feed. */
export async function embedPage(): Promise<string> {
  const dir = await buildMode('embed');
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'feed.json'))) throw new Error(`vite build --mode embed wrote no index.html and feed.json into ${dir}`);
  return dir;
}

/** Removes the temporary builds, if any were made. */
export async function disposeCdnBundle(): Promise<void> {
  const pending = [...builds.values()];
  builds.clear();
  for (const dir of await Promise.all(pending.map((building) => building.catch(() => undefined)))) {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  }
}
