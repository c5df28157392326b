import { FeedError, Warnings } from '../feed/errors.js';
import { JsonSyntaxError, parseJsonText } from '../feed/json-text.js';
import { parseFeed } from '../feed/parse.js';
import type { Feed, FeedWarning } from '../feed/types.js';
import { WidgetError } from '../internal/widget-error.js';
import { absoluteFeedUrl, refusedByPolicy, requestFeed } from './feed-request.js';
import { readStoredFeed, storeFeed, type CopyContext, type StoredFeed } from './feed-store.js';

/** A feed as one URL served it. */
export interface FeedSnapshot {
  readonly url: string;
  readonly feed: Feed;
  readonly warnings: readonly FeedWarning[];
  /** When this copy was fetched (epoch ms). */
  readonly fetchedAt: number;
  /** Set when this is the stored copy, shown because loading a fresh one failed. */
  readonly offline?: WidgetError;
}

export interface LoadOptions {
  /** Aborts this caller's interest; the request itself stops when no caller is left. */
  readonly signal?: AbortSignal;
  /** Milliseconds before the request is given up (default 10 000). */
  readonly timeout?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
/** Larger answers are refused: a widget's feed is a few hundred kilobytes at most. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

interface InFlight {
  readonly promise: Promise<FeedSnapshot>;
  readonly controller: AbortController;
  waiting: number;
}

const inFlight = new Map<string, InFlight>();
const loaded = new Map<string, FeedSnapshot>();

/** The key of a feed URL: its absolute form (see absoluteFeedUrl). */
function feedKey(src: string): string {
  const url = absoluteFeedUrl(src);
  if (url === undefined) throw new WidgetError('no-source', `src="${src}" is not a URL; give the feed's address, e.g. https://example.org/feed.json`);
  return url;
}

/**
 * Loads and parses a feed. Every element asking for the same URL shares one request and,
 * once it has loaded, one parsed copy for the life of the page (see `forgetFeeds`). Each
 * caller gives up at its own `timeout`; the request stops when the last one has.
 */
export function loadFeed(src: string, { signal, timeout = DEFAULT_TIMEOUT }: LoadOptions = {}): Promise<FeedSnapshot> {
  const url = feedKey(src);
  // timeout="10s" is NaN; setTimeout fires at once past 2^31 - 1 ms.
  const limit = timeout > 0 && timeout < 2 ** 31 ? timeout : DEFAULT_TIMEOUT;
  const done = loaded.get(url);
  if (done) return Promise.resolve(done);
  let entry = inFlight.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: InFlight = {
      controller,
      waiting: 0,
      promise: fetchFeed(url, controller.signal).then(
        (snapshot) => {
          loaded.set(url, snapshot);
          return snapshot;
        },
      ).finally(() => {
        if (inFlight.get(url) === created) inFlight.delete(url);
      }),
    };
    entry = created;
    inFlight.set(url, entry);
  }
  return subscribe(url, entry, signal, limit);
}

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('aborted', 'AbortError');
}

async function subscribe(url: string, entry: InFlight, signal: AbortSignal | undefined, timeout: number): Promise<FeedSnapshot> {
  // Not signal.throwIfAborted(): Safari before 15.4 and old Android WebViews lack it, as do
  // the AbortController polyfills some pages still load.
  if (signal?.aborted === true) throw abortReason(signal);
  entry.waiting++;
  let onAbort = (): void => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced against the request: a page's fetch polyfill (whatwg-fetch 2), or a wrapper that
  // passes on only the URL, ignores the signal and would leave the widget loading forever.
  const given = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      reject(abortReason(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(() => {
      reject(new WidgetError('timeout', `the feed ${url} did not answer within ${String(timeout / 1000)} s`, { url }));
    }, timeout);
  });
  try {
    return await Promise.race([entry.promise, given]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    entry.waiting--;
    // The last caller left before the answer came: stop the request.
    if (entry.waiting === 0 && inFlight.get(url) === entry) {
      inFlight.delete(url);
      entry.controller.abort();
    }
  }
}

/** Stored copies parsed on this page, with what they were parsed from. */
const storedSnapshots = new Map<string, { readonly snapshot: FeedSnapshot; readonly stored: StoredFeed }>();

/**
 * The last good copy of a feed kept on this device (see feed-store.ts), parsed; undefined
 * when there is none, it no longer reads as a feed, or this page has already loaded a fresh one.
 */
export function storedSnapshot(src: string): FeedSnapshot | undefined {
  const url = feedKey(src);
  if (loaded.has(url)) return undefined;
  const stored = readStoredFeed(url);
  if (!stored) return undefined;
  const known = storedSnapshots.get(url);
  if (known?.stored.savedAt === stored.savedAt) return known.snapshot;
  try {
    const snapshot = { ...parseSnapshot(stored.text, snapshotSource(url, stored)), fetchedAt: stored.savedAt };
    storedSnapshots.set(url, { snapshot, stored });
    return snapshot;
  } catch {
    return undefined;
  }
}

function snapshotSource(url: string, { baseUrl, nextUrl }: CopyContext): SnapshotSource {
  return { source: url, baseUrl: baseUrl ?? url, ...(nextUrl ? { nextUrl } : {}) };
}

/**
 * The stored copy as this page already parsed it, when the server sent the same text again
 * (a warm visit to a feed that has not changed): not parsed and rendered a second time, which
 * on a cheap phone is most of what a warm visit costs.
 */
function unchangedCopy(url: string, text: string, context: CopyContext): FeedSnapshot | undefined {
  const known = storedSnapshots.get(url);
  storedSnapshots.delete(url);
  const same = known?.stored.text === text && known.stored.baseUrl === context.baseUrl && known.stored.nextUrl === context.nextUrl;
  return same ? { ...known.snapshot, fetchedAt: Date.now() } : undefined;
}

/** Drops parsed copies kept in memory, so the next load asks the network again. */
export function forgetFeeds(): void {
  loaded.clear();
  storedSnapshots.clear();
}

/** The page's policy will not let the widget reach `url`: no request (it would be refused again), and no retry. */
function refusal(url: string): WidgetError | undefined {
  if (!refusedByPolicy(url)) return undefined;
  const { origin } = new URL(url);
  return new WidgetError(
    'blocked',
    `the page's Content-Security-Policy does not allow connecting to ${origin}, so the feed ${url} cannot be loaded: add ${origin} to its connect-src directive`,
    { url },
  );
}

/** The request every caller for `url` shares; `signal` aborts when the last one has left. */
async function fetchFeed(url: string, signal: AbortSignal): Promise<FeedSnapshot> {
  const refused = refusal(url);
  if (refused) throw refused;
  // Raced against each step too, for a fetch that ignores the signal (see subscribe).
  const stopped = new Promise<never>((_resolve, reject) => {
    signal.addEventListener('abort', () => { reject(abortReason(signal)); }, { once: true });
  });
  stopped.catch(() => undefined);
  const unlessStopped = <T>(step: Promise<T>): Promise<T> => Promise.race([step, stopped]);
  try {
    const response = await unlessStopped(requestFeed(url, signal));
    const { ok, status, statusText = '' } = response as Partial<Response>;
    if (!(ok ?? (status !== undefined && status >= 200 && status < 300))) {
      throw new WidgetError('http', `the feed ${url} answered HTTP ${String(status)} ${statusText}`.trim(), { url, status: Number(status) });
    }
    const text = await unlessStopped(readText(response, url));
    // An empty url (a synthetic Response) says nothing about where the feed came from.
    const served = (response as Partial<Response>).url || url; // eslint-disable-line @typescript-eslint/prefer-nullish-coalescing
    const next = nextLink(header(response, 'link'), served);
    const context: CopyContext = { ...(served === url ? {} : { baseUrl: served }), ...(next ? { nextUrl: next } : {}) };
    const snapshot = unchangedCopy(url, text, context) ?? parseSnapshot(text, snapshotSource(url, context));
    storeFeed(url, text, snapshot.fetchedAt, context);
    return snapshot;
  } catch (error) {
    if (signal.aborted) throw abortReason(signal);
    if (error instanceof WidgetError) throw error;
    // The browser reports the refusal in a task of its own, around the failed request.
    await new Promise((resolve) => setTimeout(resolve));
    const blocked = refusal(url);
    if (blocked) throw blocked;
    throw new WidgetError('network', `the feed ${url} could not be fetched (offline, or the server does not allow this site: CORS): ${String(error)}`, {
      url,
      cause: error,
    });
  }
}

/**
 * A response header, or null. Read defensively: what a page's fetch wrapper or polyfill
 * resolves with is not always a real Response (no `headers`, or a plain object of them).
 */
function header(response: Response, name: string): string | null {
  const { headers } = response as Partial<Response>;
  try {
    return typeof headers?.get === 'function' ? headers.get(name) : null;
  } catch {
    return null;
  }
}

/** The body as text, refusing more than MAX_FEED_BYTES without reading it all into memory. */
async function readText(response: Response, url: string): Promise<string> {
  const tooLarge = (): WidgetError =>
    new WidgetError('too-large', `the feed ${url} is larger than ${String(MAX_FEED_BYTES / 1024 / 1024)} MB; serve fewer items per page (next_url)`, { url });
  const declared = Number(header(response, 'content-length') ?? NaN);
  if (declared > MAX_FEED_BYTES) {
    void response.body?.cancel();
    throw tooLarge();
  }
  const { body } = response as Partial<Response>;
  if (typeof body?.getReader !== 'function') return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_FEED_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The `rel="next"` target of a `Link` header (WordPress pages its REST answers this way). */
function nextLink(header: string | null, base: string): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = /;\s*rel\s*=\s*"?([^";]*)/i.exec(match?.[2] ?? '')?.[1];
    if (match?.[1] !== undefined && rel?.toLowerCase().split(/\s+/).includes('next')) {
      try {
        return new URL(match[1], base).href;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface SnapshotSource {
  /** What the feed is called in messages and events: its URL, or "inline <script>". */
  readonly source: string;
  /** Where relative URLs in the feed resolve from. */
  readonly baseUrl?: string;
  readonly nextUrl?: string;
}

/** Parses feed text into a snapshot, turning every failure into a WidgetError that says why. */
export function parseSnapshot(text: string, from: SnapshotSource): FeedSnapshot {
  const textWarnings = new Warnings();
  let json: unknown;
  try {
    json = parseJsonText(text, textWarnings);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new WidgetError('not-json', `${from.source}: ${error.message}`, {
      url: from.source,
      line: error.line,
      column: error.column,
    });
  }
  const snapshot = snapshotOf(json, from);
  return textWarnings.list.length === 0 ? snapshot : { ...snapshot, warnings: [...textWarnings.list, ...snapshot.warnings] };
}

/** Parses already-decoded JSON (the `feed` property) into a snapshot. */
export function snapshotOf(json: unknown, { source, baseUrl, nextUrl }: SnapshotSource): FeedSnapshot {
  try {
    const { feed, warnings } = parseFeed(json, { ...(baseUrl ? { baseUrl } : {}), ...(nextUrl ? { nextUrl } : {}) });
    return { url: source, feed, warnings, fetchedAt: Date.now() };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new WidgetError('not-feed', `${source} is not a feed: ${error.message}`, { url: source, path: error.path });
  }
}
