/**
 * One line of the `npm run bench` table, and how the table is written. Numbers are printed,
 * never asserted: a benchmark that misses its target still exits 0.
 */
export interface BenchRow {
  readonly name: string;
  readonly subject: string;
  /** What the subject is measured against; absent when nothing is (CLS): printed "—". */
  readonly baseline?: string;
  readonly subjectValue: number;
  readonly baselineValue?: number;
  /** `ms`, `KB` (1000 bytes), or `''` for a score without a unit (CLS). */
  readonly unit: string;
  readonly target?: string;
  /** Printed under the table: spread of the samples, what shifted, how it was measured. */
  readonly details?: readonly string[];
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === '') return value.toFixed(3);
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  return `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
}

/** Table cells may not hold a bare `|`. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderTable(rows: readonly BenchRow[]): string {
  const lines = ['| benchmark | subject | baseline | ratio | target |', '|---|---|---|---|---|'];
  for (const row of rows) {
    const baseline = row.baseline !== undefined && row.baselineValue !== undefined ? `${row.baseline}: ${formatValue(row.baselineValue, row.unit)}` : '—';
    const ratio = row.baselineValue !== undefined && row.baselineValue !== 0 ? `${(row.subjectValue / row.baselineValue).toFixed(2)}×` : '—';
    lines.push(
      `| ${cell(row.name)} | ${cell(`${row.subject}: ${formatValue(row.subjectValue, row.unit)}`)} | ${cell(baseline)} | ${ratio} | ${cell(row.target ?? '')} |`,
    );
  }
  return lines.join('\n');
}

/** The rows' details as a markdown list, one heading per row that has any. */
export function renderDetails(rows: readonly BenchRow[]): string {
  const parts: string[] = [];
  for (const row of rows) {
    if (!row.details || row.details.length === 0) continue;
    parts.push(`### ${row.name}\n\n${row.details.map((line) => (line.startsWith('  ') ? line : `- ${line}`)).join('\n')}`);
  }
  return parts.join('\n\n');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** `median 12.3 ms, IQR 11.9–13.0, min 11.2, max 15.8 (n = 11)`: how noisy the samples were. */
export function spread(samples: readonly number[], unit = 'ms'): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? NaN;
  const f = (value: number): string => value.toFixed(value < 10 ? 2 : 1);
  return `median ${f(median(sorted))} ${unit}, IQR ${f(at(0.25))}–${f(at(0.75))}, min ${f(at(0))}, max ${f(at(1))} (n = ${String(sorted.length)})`;
}
