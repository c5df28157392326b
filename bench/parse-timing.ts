/**
 * Times JSON.parse against JSON.parse + parseFeed. parse.bench.ts bundles this file with the
 * data layer, as it ships, and runs it in plain Node: under tsx (which runs the benchmarks)
 * every module imported is transformed, its functions wrapped in a naming helper that slows
 * each item. Arguments: the feed file and the number of rounds. Prints JSON.
 */
import { readFileSync } from 'node:fs';
import { parseFeed } from '../src/feed/index.js';

const [feedPath = '', roundsArgument = '15'] = process.argv.slice(2);
const text = readFileSync(feedPath, 'utf8');
// Warm both paths up so the JIT has compiled them before timing.
for (let i = 0; i < 3; i++) parseFeed(JSON.parse(text));
const { feed, warnings } = parseFeed(JSON.parse(text));
// Alternating, so that a busy moment of the machine falls on both.
const baseline: number[] = [];
const subject: number[] = [];
for (let i = 0; i < Number(roundsArgument); i++) {
  let start = performance.now();
  JSON.parse(text);
  baseline.push(performance.now() - start);
  start = performance.now();
  parseFeed(JSON.parse(text));
  subject.push(performance.now() - start);
}
console.log(JSON.stringify({ articles: feed.articles.length, warnings: warnings.length, baseline, subject }));
