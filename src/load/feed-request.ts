/**
 * How a feed is asked for over the network, in a module small enough for the embed page to run
 * before the widgets' script has arrived: the request can start early (`requestFeedEarly`),
 * and the loader then takes it over instead of asking again.
 */

/** The absolute form of a feed URL, resolved against the page, without the #fragment (never sent); undefined when `src` is not a URL. */
export function absoluteFeedUrl(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * Feed URLs the page's Content-Security-Policy (`connect-src`) refused, as its reports name
 * them. By URL, not origin: a policy may allow one path of a host (`https://a.example/api/`).
 */
const refusedUrls = new Set<string>();
let watchingPolicy = false;

function watchPolicy(): void {
  if (watchingPolicy || typeof document === 'undefined') return;
  watchingPolicy = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    // A report-only policy lets the request through.
    if (event.disposition === 'enforce' && event.effectiveDirective === 'connect-src') refusedUrls.add(event.blockedURI);
  });
}

/** Whether the page's policy has refused a request to `url` (another would be refused again). */
export function refusedByPolicy(url: string): boolean {
  return refusedUrls.has(url);
}

interface EarlyRequest {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

const early = new Map<string, EarlyRequest>();

function ask(url: string, signal: AbortSignal): Promise<Response> {
  watchPolicy();
  return fetch(url, {
    signal,
    // What a `<link rel="preload" as="fetch" crossorigin>` asks with (the script snippet starts
    // the feed's download with one): with any other credentials mode the browser would not use
    // the preloaded answer, and would download the feed twice. Cookies go to the page's own
    // site only, never to another's feed.
    credentials: 'same-origin',
    headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
  });
}

/**
 * Starts the request for the feed at `src` now, for a widget that will load it soon: the embed
 * page does, before the widgets' script arrives, which on a slow phone network takes most of a
 * second. Its failure is the loader's to report.
 */
export function requestFeedEarly(src: string): void {
  const url = absoluteFeedUrl(src);
  if (url === undefined || early.has(url) || typeof fetch !== 'function') return;
  const controller = new AbortController();
  const response = ask(url, controller.signal);
  response.catch(() => undefined);
  early.set(url, { response, controller });
}

/** The response for `url`: the request started early, taken over once, or a new one. `signal` stops either. */
export function requestFeed(url: string, signal: AbortSignal): Promise<Response> {
  const started = early.get(url);
  if (!started) return ask(url, signal);
  early.delete(url);
  signal.addEventListener('abort', () => { started.controller.abort(signal.reason); }, { once: true });
  return started.response;
}
