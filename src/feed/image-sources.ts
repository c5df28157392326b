import type { ImageSource } from './types.js';
import { httpUrl } from './urls.js';

/**
 * The widest source offered: a card across a desktop column is drawn about 1200 px wide, and
 * a sharper picture than this costs a reader several times the bytes for what a widget shows.
 */
const WIDEST = 1280;

/** Whether two width-to-height ratios are one shape, as WordPress's rounded sizes of a picture are. */
export function sameShape(aspect: number, other: number): boolean {
  return Math.abs(other / aspect - 1) < 0.02;
}

/**
 * `candidates` (an address as written and the width it says) as an image's sources: http(s)
 * URLs only (resolved against `base`; the rest are left out), one per width, up to WIDEST,
 * narrowest first. Undefined unless two remain: one width leaves the browser no choice.
 */
export function imageSources(candidates: Iterable<readonly [raw: string | undefined, width: unknown]>, base?: string): ImageSource[] | undefined {
  const byWidth = new Map<number, string>();
  for (const [raw, width] of candidates) {
    if (typeof width !== 'number' || !Number.isSafeInteger(width) || width <= 0 || width > WIDEST || byWidth.has(width)) continue;
    const url = httpUrl(raw, base);
    if (url !== undefined) byWidth.set(width, url);
  }
  return byWidth.size < 2 ? undefined : [...byWidth].sort(([a], [b]) => a - b).map(([width, url]) => ({ url, width }));
}
