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

let building: Promise<CdnBundle> | undefined;

/**
 * The script-tag bundle built from the working tree as it is now (`vite build --mode cdn`,
 * vite.config.ts, into a temporary folder), once per `npm run bench`. Not dist/cdn/: that is
 * whatever the last `npm run build` left, possibly older than src/, and the bench must not
 * need a build first nor write into dist/.
 */
export function cdnBundle(): Promise<CdnBundle> {
  building ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'infest-bench-cdn-'));
    // A Vite dev server started earlier in this process (list render, timeline) sets NODE_ENV to
    // "development", and a build then resolves Lit's dev-mode files. `npm run build` runs with
    // NODE_ENV unset, which Vite's build treats as production: so this one does too.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: join(repo, 'vite.config.ts'),
        root: repo,
        mode: 'cdn',
        logLevel: 'warn',
        build: { outDir: dir, emptyOutDir: true },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    const bundle = { dir, esFile: join(dir, 'infest-widgets.js'), iifeFile: join(dir, 'infest-widgets.iife.js') };
    if (!existsSync(bundle.esFile)) throw new Error(`vite build --mode cdn wrote no ${bundle.esFile}`);
    if (readFileSync(bundle.esFile, 'utf8').includes('Lit is in dev mode')) throw new Error('the CDN bundle built for the bench has Lit in dev mode');
    return bundle;
  })();
  return building;
}

/** Removes the temporary build, if one was made. */
export async function disposeCdnBundle(): Promise<void> {
  if (!building) return;
  const pending = building;
  building = undefined;
  const bundle = await pending.catch(() => undefined);
  if (bundle) await rm(bundle.dir, { recursive: true, force: true });
}
