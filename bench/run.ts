import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { browserVersion, repo } from './browser.js';
import { benchBytes } from './bytes.bench.js';
import { disposeCdnBundle } from './cdn-bundle.js';
import { benchCls } from './cls.bench.js';
import { benchListRender } from './list-render.bench.js';
import { benchParse } from './parse.bench.js';
import { benchImageBytes } from './image-bytes.bench.js';
import { benchSlowNetwork } from './slow-network.bench.js';
import { renderDetails, renderTable, type BenchRow } from './row.js';
import { benchTimeline } from './timeline.bench.js';

/**
 * `npm run bench`: every benchmark, one after another; prints one table and writes it, with
 * the date, Node and Chromium versions and each row's details, to bench/results.md (committed,
 * so changes show in review). Numbers are printed, never asserted.
 */
const benches: [string, () => BenchRow | BenchRow[] | Promise<BenchRow | BenchRow[]>][] = [
  ['parse', () => benchParse()],
  ['list-render', () => benchListRender()],
  ['timeline', () => benchTimeline()],
  ['bytes', () => benchBytes()],
  ['image-bytes', () => benchImageBytes()],
  ['cls', () => benchCls()],
  ['slow-network', () => benchSlowNetwork()],
];

/** `npm run bench -- timeline cls` runs only those, prints their rows and leaves bench/results.md alone. */
const only = process.argv.slice(2);
const unknown = only.filter((name) => !benches.some(([known]) => known === name));
if (unknown.length > 0) throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${benches.map(([name]) => name).join(', ')}`);

const loadAtStart = loadavg()[0] ?? NaN;
const rows: BenchRow[] = [];
try {
  for (const [name, bench] of benches) {
    if (only.length > 0 && !only.includes(name)) continue;
    const started = performance.now();
    const result = await bench();
    rows.push(...(Array.isArray(result) ? result : [result]));
    console.error(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await disposeCdnBundle();
}

const table = renderTable(rows);
console.log(table);
if (only.length > 0) {
  console.log(`\n${renderDetails(rows)}`);
  process.exit(0);
}

const cpu = cpus();
const environment = [
  `- Date: ${new Date().toISOString()}`,
  `- Node: ${process.version}`,
  `- Chromium: ${browserVersion() ?? 'not run'}`,
  `- Machine: ${String(cpu.length)} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${process.platform}/${process.arch}; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end (other work on the machine makes the timings noisier)`,
].join('\n');

const results = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts); the numbers are printed, never asserted. The machine
may be shared: medians of alternating runs after warm-up; see each row's spread below.

${environment}

${table}

## Details

${renderDetails(rows)}
`;
writeFileSync(join(repo, 'bench/results.md'), results);
console.error('bench: wrote bench/results.md');
