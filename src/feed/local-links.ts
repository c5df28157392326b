import type { Warnings } from './errors.js';
import type { Article } from './types.js';
import { httpUrl } from './urls.js';

/**
 * Hosts no reader can reach: a development server (`localhost`, a private address, `.local`,
 * `.test`) and the placeholder domains generators start with (Hugo's `https://example.org/`).
 * A feed built before its site's address was set links every article there.
 */
const localHost = /^(?:localhost|.*\.localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2}|.*\.(?:local|test|internal))$/;
const placeholderHost = /^(?:.*\.)?example(?:\.(?:com|org|net))?$/;

// The host of a URL as the data layer writes them (a URL's href: lowercase host, no user name).
const hrefHost = /^https?:\/\/([^/?#]*?)(?::\d+)?(?:[/?#]|$)/;

function hostOf(url: string | undefined): string | undefined {
  return url === undefined ? undefined : hrefHost.exec(url)?.[1];
}

/**
 * Warns once when articles link to a host no reader can reach, unless the feed itself came
 * from such a host (a site in development, linking to itself, is as it should be).
 */
export function noteLocalLinks(articles: readonly Article[], baseUrl: string | undefined, warnings: Warnings): void {
  // Only where it was fetched from counts: a file read from disk has no address.
  const base = hostOf(httpUrl(baseUrl));
  if (base !== undefined && (localHost.test(base) || placeholderHost.test(base))) return;
  let first: string | undefined;
  let count = 0;
  // A feed's articles are on one or two hosts: each is judged once.
  const unreachable = new Map<string, boolean>();
  for (const article of articles) {
    const url = article.url ?? article.externalUrl;
    const host = hostOf(url);
    if (host === undefined) continue;
    let verdict = unreachable.get(host);
    if (verdict === undefined) {
      // A placeholder domain in a file checked without its address may be a sample on purpose.
      verdict = localHost.test(host) || (base !== undefined && placeholderHost.test(host));
      unreachable.set(host, verdict);
    }
    if (verdict) {
      first ??= url;
      count++;
    }
  }
  if (first === undefined) return;
  warnings.add(
    'local-url',
    '$',
    `${String(count)} article${count === 1 ? ' links' : 's link'} to a site readers cannot reach, such as ${first}; build the feed with the site's public address (Hugo: baseURL; WordPress: Settings › General › Site Address)`,
  );
}
