export type UrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: 'unsafe' | 'relative' | 'invalid' };

const absolute = /^[A-Za-z][A-Za-z\d+.-]*:/;

/**
 * Resolves `raw` against `base` with the WHATWG URL parser (the one browsers use, so tricks
 * like "java\tscript:" or leading control characters are seen the way a browser would see
 * them) and keeps it only if it is http or https.
 */
export function checkUrl(raw: string, base?: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, reason: base === undefined && !absolute.test(raw.trim()) ? 'relative' : 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'unsafe' };
  return { ok: true, url: url.href };
}

/** `value` as an http(s) URL (resolved against `base` when given), else undefined. */
export function httpUrl(value: string | undefined, base?: string): string | undefined {
  if (value === undefined) return undefined;
  const result = checkUrl(value, base);
  return result.ok ? result.url : undefined;
}
