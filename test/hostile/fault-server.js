/**
 * Network faults for test/hostile/network.test.ts, served by the test server under
 * `/__faults/<fault>` (registered in web-test-runner.config.js). Every answer is written on the
 * raw Node response, so nothing (compression, caching) smooths the fault over.
 *
 *   ok                 a small, healthy JSON Feed
 *   404, 500           HTTP errors
 *   hang               never answers (not even headers) until the client gives up
 *   hang-body          headers and the start of a body, then nothing
 *   trickle            the healthy feed, 48 bytes every 20 ms (completes in well under a second)
 *   trickle-forever    the start of a feed, then one space every 50 ms, forever
 *   invalid-json       200, JSON with a syntax error
 *   cut-json           200, half of the feed, then a clean end of the body
 *   truncated          Content-Length of the whole feed, half of it sent, then the socket dies
 *   truncated-chunked  chunked, half of the feed, then the socket dies
 *   reset              the socket dies before any answer
 *   captive            200 text/html: a captive-portal login page
 *   redirect-captive   302 to the captive page
 *   not-feed           200 JSON that is not a feed
 *   huge               a 10 MB JSON Feed, generated while sent (chunked, no Content-Length): the
 *                      first 6 MB at full speed, the rest in 64 KB pieces every 50 ms, so the
 *                      server is still sending for seconds after a reader that stops at 5 MB
 *   huge-declared      the same with its Content-Length
 *   stats?id=…         what the server sent for the huge request with `?id=…`
 *   then/<fault>/<key> the healthy feed on the first request for <key>, <fault> afterwards
 *   after/<fault>/<key> <fault> on the first request for <key>, the healthy feed afterwards
 */
import { Buffer } from 'node:buffer';

const PREFIX = '/__faults/';

const HEALTHY_TITLE = 'Feed sehat dari server uji';

const healthyFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: HEALTHY_TITLE,
  home_page_url: 'https://example.org/',
  items: [
    {
      id: 'sehat-1',
      url: 'https://example.org/sehat/1/',
      title: 'Artikel sehat pertama',
      content_text: 'Isi artikel sehat pertama.',
      date_published: '2024-05-01T10:00:00+07:00',
      tags: ['desa'],
      _infest: { program: 'sehat', phase: 'fase-1' },
    },
    {
      id: 'sehat-2',
      url: 'https://example.org/sehat/2/',
      title: 'Artikel sehat kedua',
      content_text: 'Isi artikel sehat kedua.',
      date_published: '2024-04-01T10:00:00+07:00',
      tags: ['desa'],
      _infest: { program: 'sehat', phase: 'fase-1' },
    },
  ],
  _infest: { programs: [{ id: 'sehat', title: 'Program sehat', phases: [{ id: 'fase-1', title: 'Fase satu', start: '2024' }] }] },
});

const HUGE_BYTES = 10 * 1024 * 1024;
const HUGE_FAST_BYTES = 6 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;

/** A 10 MB JSON Feed as a header, `count` identical-length items and a footer. */
function hugeFeedParts() {
  const head = '{"version":"https://jsonfeed.org/version/1.1","title":"Feed raksasa","items":[';
  const foot = ']}';
  const item = (index) =>
    JSON.stringify({ id: `item-${String(index).padStart(7, '0')}`, title: 'Artikel', content_text: 'isi '.repeat(240) });
  const itemLength = Buffer.byteLength(item(0));
  const count = Math.ceil((HUGE_BYTES - head.length - foot.length) / (itemLength + 1));
  const total = head.length + count * itemLength + (count - 1) + foot.length;
  return { head, foot, item, count, total };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes `data`, waiting for the socket to drain when its buffer is full. */
async function write(res, data) {
  if (res.destroyed) return false;
  if (!res.write(data)) {
    await new Promise((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
  return !res.destroyed;
}

/** Resolves when the client has gone away. */
function closed(res) {
  return new Promise((resolve) => {
    if (res.destroyed) resolve();
    else res.on('close', resolve);
  });
}

const jsonHeaders = { 'content-type': 'application/feed+json; charset=utf-8', 'cache-control': 'no-store' };

export function networkFaults() {
  /** `then/` and `after/` keys already asked for. */
  const seen = new Set();
  /** What was sent for each huge request, by its `?id=`. */
  const stats = new Map();

  const faults = {
    ok: (res) => {
      res.writeHead(200, { ...jsonHeaders, 'content-length': Buffer.byteLength(healthyFeed) });
      res.end(healthyFeed);
    },
    404: (res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
    },
    500: (res) => {
      res.writeHead(500, jsonHeaders);
      res.end('{"code":"internal_server_error","message":"Terjadi kesalahan."}');
    },
    hang: async (res) => {
      await closed(res);
    },
    'hang-body': async (res) => {
      res.writeHead(200, jsonHeaders);
      res.write('{"version":"https://jsonfeed.org/version/1.1","items":[');
      await closed(res);
    },
    trickle: async (res) => {
      res.writeHead(200, jsonHeaders);
      for (let at = 0; at < healthyFeed.length; at += 48) {
        if (!(await write(res, healthyFeed.slice(at, at + 48)))) return;
        await sleep(20);
      }
      res.end();
    },
    'trickle-forever': async (res) => {
      res.writeHead(200, jsonHeaders);
      await write(res, '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[');
      while (!res.destroyed) {
        // Whitespace is valid JSON: the body never ends and never becomes wrong.
        await write(res, ' ');
        await sleep(50);
      }
    },
    'invalid-json': (res) => {
      res.writeHead(200, jsonHeaders);
      res.end('{"version": "https://jsonfeed.org/version/1.1", "title": "x",\n "items": [{"id": "a", "title": "b",}]}');
    },
    'cut-json': (res) => {
      res.writeHead(200, { ...jsonHeaders, connection: 'close' });
      res.end(healthyFeed.slice(0, Math.floor(healthyFeed.length / 2)));
    },
    truncated: async (res) => {
      res.writeHead(200, { ...jsonHeaders, 'content-length': Buffer.byteLength(healthyFeed) });
      await write(res, healthyFeed.slice(0, Math.floor(healthyFeed.length / 2)));
      await sleep(20);
      res.socket?.destroy();
    },
    'truncated-chunked': async (res) => {
      res.writeHead(200, jsonHeaders);
      await write(res, healthyFeed.slice(0, Math.floor(healthyFeed.length / 2)));
      await sleep(20);
      res.socket?.destroy();
    },
    reset: (res) => {
      res.socket?.destroy();
    },
    captive: (res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(
        '<!doctype html><html lang="id"><head><title>Masuk ke Wi-Fi Desa</title></head><body><form method="post"><label>Kode voucher <input name="voucher"></label><button>Masuk</button></form></body></html>',
      );
    },
    'redirect-captive': (res) => {
      res.writeHead(302, { location: `${PREFIX}captive`, 'cache-control': 'no-store' });
      res.end();
    },
    'not-feed': (res) => {
      res.writeHead(200, jsonHeaders);
      res.end('{"message":"Terlalu banyak permintaan, coba lagi nanti."}');
    },
    huge: (res, url) => sendHuge(res, url, false),
    'huge-declared': (res, url) => sendHuge(res, url, true),
  };

  async function sendHuge(res, url, declare) {
    const { head, foot, item, count, total } = hugeFeedParts();
    const record = { bytesSent: 0, total, finished: false, closed: false };
    stats.set(url.searchParams.get('id') ?? '', record);
    res.on('close', () => {
      record.closed = true;
    });
    res.writeHead(200, { ...jsonHeaders, ...(declare ? { 'content-length': total } : {}) });
    let chunk = head;
    for (let index = 0; index < count; index++) {
      chunk += (index > 0 ? ',' : '') + item(index);
      if (chunk.length >= CHUNK_BYTES || index === count - 1) {
        if (index === count - 1) chunk += foot;
        if (!(await write(res, chunk))) return;
        record.bytesSent += Buffer.byteLength(chunk);
        chunk = '';
        if (record.bytesSent > HUGE_FAST_BYTES) await sleep(50);
      }
    }
    res.end();
    record.finished = true;
  }

  return async function networkFaultsMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const url = new URL(ctx.url, 'http://localhost');
    const [name = '', fault = '', key = ''] = ctx.path.slice(PREFIX.length).split('/');
    // Koa's status is 404 until something answers, and the runner lists 404s as missing files:
    // without this, routes that never answer would be listed. (The 404 route is listed anyway.)
    ctx.status = 200;
    ctx.respond = false;
    const res = ctx.res;
    if (name === 'stats') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(stats.get(url.searchParams.get('id') ?? '') ?? null));
      return;
    }
    let chosen = name;
    if (name === 'then' || name === 'after') {
      const first = !seen.has(key);
      seen.add(key);
      chosen = (name === 'then') === first ? 'ok' : fault;
    }
    const handler = faults[chosen];
    if (!handler) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`unknown fault "${chosen}"`);
      return;
    }
    await handler(res, url);
  };
}
