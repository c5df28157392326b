import { benchListRender } from './list-render.bench.js';
import { benchParse, type BenchRow } from './parse.bench.js';

/** Runs every benchmark, one after another, and prints one table. Numbers are printed, never asserted. */
const benches: (() => BenchRow | Promise<BenchRow>)[] = [() => benchParse(), () => benchListRender()];
const rows: BenchRow[] = [];
for (const bench of benches) rows.push(await bench());

const format = (value: number, unit: string): string => `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
console.log('| benchmark | subject | baseline | ratio | target |');
console.log('|---|---|---|---|---|');
for (const row of rows) {
  const ratio = row.subjectValue / row.baselineValue;
  console.log(
    `| ${row.name} | ${row.subject}: ${format(row.subjectValue, row.unit)} | ${row.baseline}: ${format(row.baselineValue, row.unit)} | ${ratio.toFixed(2)}× | ${row.target ?? ''} |`,
  );
}
