import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { repo } from './browser.js';
import { generateFeed } from './generate-feed.js';
import { median, spread, type BenchRow } from './row.js';

const run = promisify(execFile);

/**
 * The data layer as it ships (built by Vite/rolldown into one module with parse-timing.ts,
 * which times it), run in plain Node: see parse-timing.ts for why not here, under tsx.
 */
export async function benchParse(count = 5000, rounds = 15): Promise<BenchRow> {
  const dir = await mkdtemp(join(tmpdir(), 'infest-bench-feed-'));
  try {
    await build({
      configFile: false,
      root: repo,
      logLevel: 'warn',
      build: {
        outDir: dir,
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        ssr: true,
        rolldownOptions: { input: join(repo, 'bench/parse-timing.ts'), output: { entryFileNames: 'parse-timing.js' } },
      },
    });
    const text = JSON.stringify(generateFeed(count));
    await writeFile(join(dir, 'feed.json'), text);
    const env = { ...process.env, NODE_OPTIONS: '' };
    const { stdout } = await run(process.execPath, [join(dir, 'parse-timing.js'), join(dir, 'feed.json'), String(rounds)], { env });
    const { articles, warnings, baseline, subject } = JSON.parse(stdout) as { articles: number; warnings: number; baseline: number[]; subject: number[] };
    if (articles !== count || warnings > 0) {
      throw new Error(`bench feed read wrong: ${String(articles)} articles, ${String(warnings)} warnings`);
    }
    return {
      name: `parse + validate, ${String(count)} items (${(text.length / 1e6).toFixed(1)} MB)`,
      subject: 'JSON.parse + parseFeed',
      baseline: 'JSON.parse',
      subjectValue: median(subject),
      baselineValue: median(baseline),
      unit: 'ms',
      target: '≤ 2×',
      details: [
        `JSON.parse + parseFeed: ${spread(subject)}`,
        `JSON.parse: ${spread(baseline)}`,
        'Plain Node (not under tsx), the data layer built as it ships, same text, 3 warm-up runs, then the two alternating.',
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
