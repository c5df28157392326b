/** Why a URL was refused. */
export interface UrlProblem {
  readonly reason: 'unsafe' | 'relative' | 'invalid' | 'credentials';
}

const unsafe: UrlProblem = { reason: 'unsafe' };
const relative: UrlProblem = { reason: 'relative' };
const invalid: UrlProblem = { reason: 'invalid' };
const credentials: UrlProblem = { reason: 'credentials' };

const absolute = /^[A-Za-z][A-Za-z\d+.-]*:/;

/**
 * URLs the WHATWG parser would give back unchanged: http(s), a lower-case ASCII host without
 * port whose last label starts with a letter (so it is no IPv4 address), then a path, query
 * and fragment of plain printable ASCII with no dot segments and only well-formed escapes (no
 * quote: the parser escapes it in a query). Most feed URLs look like this, and recognising them
 * is far cheaper than parsing them (it matters for feeds of thousands of items); anything else
 * goes through the parser. A property test holds the two to the same answers.
 */
const plainHttpUrl = /^https?:\/\/(?:[a-z\d]+(?:-[a-z\d]+)*\.)*[a-z][a-z\d]*(?:-[a-z\d]+)*(?:\/[\w\-.~!$&()*+,;=:@/?#[\]%]*)?$/;
// …and that the parser would still rewrite: a broken escape, a "." or ".." path segment
// (also written "%2e").
const rewritten = /%(?![\dA-Fa-f]{2})|\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;
// A host of over 253 characters, which DNS has none of: the parser turns a non-ASCII host into
// punycode in time quadratic in its length (seconds for 20 000 characters, in every item).
const overlongHost = /^\s*(?:[A-Za-z][A-Za-z\d+.-]*:[\\/]*|[\\/]{2,})[^\\/?#]{254}/;

/**
 * Resolves `raw` against `base` with the WHATWG URL parser (the one browsers use, so tricks
 * like "java\tscript:" or leading control characters are seen the way a browser would see
 * them) and keeps it only if it is http or https: the URL when it is, else why not.
 */
export function checkUrl(raw: string, base?: string): string | UrlProblem {
  if (plainHttpUrl.test(raw) && !rewritten.test(raw)) {
    // The parser gives a bare host its path: "https://example.org" → "https://example.org/".
    return !raw.includes('/', raw.indexOf('//') + 2) ? `${raw}/` : raw;
  }
  if (overlongHost.test(raw)) return invalid;
  let url: URL;
  try {
    // "https:/host/path" (a URL joined as a file path) is that host without a base, but a path
    // on the base's host with one; its writer meant the host.
    url = new URL(raw.replace(/^(\s*https?:)\/(?![/\\])/i, '$1//'), base);
  } catch {
    return base === undefined && !absolute.test(raw.trim()) ? relative : invalid;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return unsafe;
  // "https://infest.or.id@evil.example/" goes to evil.example: a link that hides where it goes.
  return url.username === '' && url.password === '' ? url.href : credentials;
}

/** `value` as an http(s) URL (resolved against `base` when given), else undefined. */
export function httpUrl(value: string | undefined, base?: string): string | undefined {
  if (value === undefined) return undefined;
  const result = checkUrl(value, base);
  return typeof result === 'string' ? result : undefined;
}

/**
 * `text` without the slashes at its end. A loop, not /\/+$/: that pattern retries from every
 * slash of a long run and took seconds on a URL of many thousand slashes.
 */
export function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end -= 1;
  return text.slice(0, end);
}
