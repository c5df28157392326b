import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { parseFeed as ParseFeed } from '../src/feed/index.js';
import { repo } from './browser.js';
import { generateFeed } from './generate-feed.js';
import { median, spread, type BenchRow } from './row.js';

/**
 * The data layer as it ships (src/feed built by Vite/rolldown into one module), not as tsx runs
 * it: tsx wraps every function it creates in a naming helper, which would add to each item.
 */
async function builtParseFeed(): Promise<{ parseFeed: typeof ParseFeed; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'infest-bench-feed-'));
  await build({
    configFile: false,
    root: repo,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: join(repo, 'src/feed/index.ts'), formats: ['es'], fileName: () => 'feed.js' },
    },
  });
  const module = (await import(pathToFileURL(join(dir, 'feed.js')).href)) as { parseFeed: typeof ParseFeed };
  return { parseFeed: module.parseFeed, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** JSON.parse + parseFeed of a 5,000-item feed against JSON.parse alone, on the same text. */
export async function benchParse(count = 5000, rounds = 15): Promise<BenchRow> {
  const { parseFeed, dispose } = await builtParseFeed();
  try {
    const text = JSON.stringify(generateFeed(count));
    // Warm both paths up so the JIT has compiled them before timing.
    for (let i = 0; i < 3; i++) parseFeed(JSON.parse(text));
    const { feed, warnings } = parseFeed(JSON.parse(text));
    if (feed.articles.length !== count || warnings.length > 0) {
      throw new Error(`bench feed read wrong: ${String(feed.articles.length)} articles, ${String(warnings.length)} warnings`);
    }
    // Alternating, so that a busy moment of the machine falls on both.
    const baseline: number[] = [];
    const subject: number[] = [];
    for (let i = 0; i < rounds; i++) {
      let start = performance.now();
      JSON.parse(text);
      baseline.push(performance.now() - start);
      start = performance.now();
      parseFeed(JSON.parse(text));
      subject.push(performance.now() - start);
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
        'Node, the data layer built as it ships (not through tsx), same text, 3 warm-up runs, then the two alternating.',
      ],
    };
  } finally {
    await dispose();
  }
}
