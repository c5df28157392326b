/**
 * The last good copy of each feed, in localStorage, for readers on slow or dropping networks:
 * shown at once on the next visit while a fresh copy loads, and instead of an error when the
 * network fails. Namespaced and versioned, capped in size (oldest copies go first), and never
 * fatal: storage that is full, disabled or throws on access only means no copy.
 */

const PREFIX = 'infest-widgets:feed:v1:';
const INDEX_KEY = 'infest-widgets:index:v1';
/** Keys of older formats, removed when seen. */
const OLD_PREFIX = /^infest-widgets:(?:feed|index):v(?!1(?::|$))/;

/** One copy larger than this is not kept; together the copies stay under MAX_TOTAL_BYTES. */
export const MAX_COPY_BYTES = 512 * 1024;
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024;

export interface StoredFeed {
  readonly url: string;
  /** The feed's text exactly as the server sent it. */
  readonly text: string;
  /** When it was fetched (epoch ms). */
  readonly savedAt: number;
  /** Where the server served it from, when a redirect took the request elsewhere: its relative URLs resolve from there. */
  readonly baseUrl?: string;
  /** The next page its `Link` header named (WordPress), so the copy can page on as the fresh feed would. */
  readonly nextUrl?: string;
}

/** What was known about a copy besides its text. */
export type CopyContext = Pick<StoredFeed, 'baseUrl' | 'nextUrl'>;

interface IndexEntry {
  readonly url: string;
  readonly savedAt: number;
  readonly size: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Access itself throws when the reader blocks site data.
    return undefined;
  }
}

function readIndex(store: Storage): IndexEntry[] {
  try {
    let parsed: unknown = JSON.parse(store.getItem(INDEX_KEY) ?? '[]');
    // Prototype.js 1.6 gives arrays a toJSON that returns a string, so JSON.stringify wrote the
    // index as a JSON string of JSON; without reading it, no copy would ever be evicted.
    if (typeof parsed === 'string') parsed = JSON.parse(parsed);
    return Array.isArray(parsed) ? (parsed as IndexEntry[]).filter((entry) => typeof entry.url === 'string') : [];
  } catch {
    return [];
  }
}

/** The stored copy of `url`, if any. */
export function readStoredFeed(url: string): StoredFeed | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const raw = store.getItem(PREFIX + url);
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as Partial<StoredFeed>;
    if (typeof parsed.text !== 'string' || typeof parsed.savedAt !== 'number') return undefined;
    const { baseUrl, nextUrl } = parsed;
    return {
      url,
      text: parsed.text,
      savedAt: parsed.savedAt,
      ...(typeof baseUrl === 'string' ? { baseUrl } : {}),
      ...(typeof nextUrl === 'string' ? { nextUrl } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Keeps `text` as the last good copy of `url`, evicting the oldest copies to stay in budget. */
export function storeFeed(url: string, text: string, savedAt = Date.now(), context: CopyContext = {}): void {
  const store = storage();
  // Stored as UTF-16 in most browsers: two bytes per code unit.
  const size = text.length * 2;
  if (!store || size > MAX_COPY_BYTES) return;
  try {
    removeOldFormats(store);
    const others = readIndex(store).filter((entry) => entry.url !== url);
    const index = [...others, { url, savedAt, size }].sort((a, b) => b.savedAt - a.savedAt);
    let total = 0;
    const kept = index.filter((entry) => (total += entry.size) <= MAX_TOTAL_BYTES);
    for (const entry of index) if (!kept.includes(entry)) store.removeItem(PREFIX + entry.url);
    if (!kept.some((entry) => entry.url === url)) return;
    writeWithEviction(store, url, JSON.stringify({ text, savedAt, ...context }), kept);
  } catch {
    // Full, disabled or broken storage: the widget works without a copy.
  }
}

/** Writes one copy; when the browser's quota is hit, drops the oldest other copies and retries. */
function writeWithEviction(store: Storage, url: string, value: string, index: IndexEntry[]): void {
  const entries = [...index];
  for (;;) {
    try {
      store.setItem(PREFIX + url, value);
      store.setItem(INDEX_KEY, JSON.stringify(entries));
      return;
    } catch (error) {
      const oldest = entries.filter((entry) => entry.url !== url).pop();
      if (!oldest) throw error;
      entries.splice(entries.indexOf(oldest), 1);
      store.removeItem(PREFIX + oldest.url);
    }
  }
}

function removeOldFormats(store: Storage): void {
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key !== null && OLD_PREFIX.test(key)) store.removeItem(key);
  }
}
