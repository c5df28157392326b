import { parseFeed } from '../src/feed/index.js';
import { generateFeed } from './generate-feed.js';
import { median, spread, type BenchRow } from './row.js';

function time(run: () => unknown, rounds: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** JSON.parse + parseFeed of a 5,000-item feed against JSON.parse alone, on the same text. */
export function benchParse(count = 5000, rounds = 15): BenchRow {
  const text = JSON.stringify(generateFeed(count));
  // Warm both paths up so the JIT has compiled them before timing.
  for (let i = 0; i < 3; i++) parseFeed(JSON.parse(text));
  const { feed, warnings } = parseFeed(JSON.parse(text));
  if (feed.articles.length !== count || warnings.length > 0) {
    throw new Error(`bench feed read wrong: ${String(feed.articles.length)} articles, ${String(warnings.length)} warnings`);
  }
  const baseline = time(() => JSON.parse(text), rounds);
  const subject = time(() => parseFeed(JSON.parse(text)), rounds);
  return {
    name: `parse + validate, ${String(count)} items (${(text.length / 1e6).toFixed(1)} MB)`,
    subject: 'JSON.parse + parseFeed',
    baseline: 'JSON.parse',
    subjectValue: median(subject),
    baselineValue: median(baseline),
    unit: 'ms',
    target: '≤ 2×',
    details: [`JSON.parse + parseFeed: ${spread(subject)}`, `JSON.parse: ${spread(baseline)}`, 'Node, same text, 3 warm-up runs, JSON.parse timed first, then parseFeed.'],
  };
}
