import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repo } from './browser.js';
import { cdnBundle } from './cdn-bundle.js';
import type { BenchRow } from './row.js';

/** Same measure as scripts/size.ts: gzip level 9, 1 KB = 1000 bytes. */
const KB = 1000;
const gzip = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Bytes a reader downloads for the widget: our script-tag bundle (all four widgets, Lit and
 * their CSS in one file), built from the working tree, against TimelineJS3's timeline.js and
 * timeline.css as npm ships them (@knight-lab/timelinejs dist/). Measured from the files.
 */
export async function benchBytes(): Promise<BenchRow[]> {
  const bundle = await cdnBundle();
  const ours = readFileSync(bundle.esFile);
  const timelineDist = join(repo, 'node_modules/@knight-lab/timelinejs/dist');
  const tlJs = readFileSync(join(timelineDist, 'js/timeline.js'));
  const tlCss = readFileSync(join(timelineDist, 'css/timeline.css'));
  const tlVersion = (JSON.parse(readFileSync(join(repo, 'node_modules/@knight-lab/timelinejs/package.json'), 'utf8')) as { version: string }).version;
  const oursGzip = gzip(ours);
  const details = [
    `infest-widgets.js: ${kb(ours.length)} raw, ${kb(oursGzip)} gzip -9 (built now with \`vite build --mode cdn\` into a temporary folder; its CSS is inside the script).`,
    `TimelineJS ${tlVersion}: timeline.js ${kb(tlJs.length)} raw, ${kb(gzip(tlJs))} gzip; timeline.css ${kb(tlCss.length)} raw, ${kb(gzip(tlCss))} gzip. Not counted: its font CSS (loaded at run time unless \`font: null\`) and its icon font.`,
  ];
  const dist = join(repo, 'dist/cdn/infest-widgets.js');
  if (existsSync(dist)) {
    const distGzip = gzip(readFileSync(dist));
    if (distGzip !== oursGzip) details.push(`dist/cdn/infest-widgets.js (from the last \`npm run build\`) is ${kb(distGzip)} gzip: older than the working tree.`);
  }
  return [
    {
      name: 'script bytes shipped (gzip -9)',
      subject: 'infest-widgets.js (CDN bundle: 4 widgets + Lit)',
      baseline: 'TimelineJS3 timeline.js',
      subjectValue: oursGzip / KB,
      baselineValue: gzip(tlJs) / KB,
      unit: 'KB',
      target: '≤ 20 KB (size budget)',
      details,
    },
    {
      name: 'script + CSS bytes shipped (gzip -9)',
      subject: 'infest-widgets.js (CSS inside)',
      baseline: 'TimelineJS3 timeline.js + timeline.css',
      subjectValue: oursGzip / KB,
      baselineValue: (gzip(tlJs) + gzip(tlCss)) / KB,
      unit: 'KB',
      target: '≤ 20 KB (size budget)',
    },
  ];
}
