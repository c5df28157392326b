import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { child, Warnings } from '../feed/errors.js';
import { FeedError, formatWarning, parseFeed, type Feed, type FeedFormat, type FeedWarning } from '../feed/index.js';
import { JsonSyntaxError, parseJsonText } from '../feed/json-text.js';
import { wordPressErrorMessage } from '../feed/wordpress.js';
import { DEFAULT_TIMEOUT, MAX_FEED_BYTES } from '../load/feed-loader.js';

const usage = `Usage: infest-widgets validate <file-or-URL>

Checks a JSON Feed (with the _infest extension) or a WordPress REST posts response, in UTF-8.
A URL is also checked the way widgets on other sites fetch it: size, time to arrive, and the
Access-Control-Allow-Origin header (problems starting with "served:").
Exit status: 0 the feed is good, 1 it has problems (one line each, with its JSON path),
2 no widget can use it (missing file, HTTP error, not JSON, not a feed).`;

const formatNames: Record<FeedFormat, string> = {
  'json-feed-1.0': 'JSON Feed 1.0',
  'json-feed-1.1': 'JSON Feed 1.1',
  'wordpress-rest': 'WordPress REST posts',
};

/** Something the command could not read at all; exit status 2. */
class Unreadable extends Error {}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The origin the CLI says it asks from, so that a server shows what it would tell a partner's page. */
const PARTNER_ORIGIN = 'https://partner.example';

interface Source {
  readonly bytes: Uint8Array;
  readonly baseUrl?: string;
  /** How the server delivers it that would stop the widgets, said as problems. */
  readonly delivery: readonly string[];
  /** Problems with the bytes themselves that the data layer cannot see (a file's size; a URL's is a delivery problem). */
  readonly problems: readonly string[];
}

async function readSource(source: string): Promise<Source> {
  if (/^https?:/i.test(source)) return fetchSource(source);
  // Two letters at least: "C:\feed.json" is a Windows path, not a URL.
  const scheme = /^([a-z][a-z\d+.-]+):/i.exec(source)?.[1]?.toLowerCase();
  if (scheme === undefined) return readLocal(source, resolve(source));
  if (scheme !== 'file') {
    throw new Unreadable(`${scheme}: URLs are not read: the validator reads http(s) URLs and local files, and widgets can only fetch https (or http) feeds; give the feed's https URL, or save it to a file`);
  }
  let path: string;
  try {
    path = fileURLToPath(source);
  } catch (error) {
    throw new Unreadable(`not a file URL of this computer (${(error as Error).message}); give the file's path instead`);
  }
  return readLocal(path, path);
}

async function readLocal(source: string, path: string): Promise<Source> {
  let bytes: Uint8Array | undefined;
  try {
    // Past MAX_READ_BYTES it stops: a device or a pipe (/dev/zero) would never end.
    bytes = await boundedBytes(createReadStream(path, { end: MAX_READ_BYTES }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new Unreadable(`${source === '' ? 'the current directory' : source} is a directory; give the feed's file or URL`);
    throw new Unreadable(code === 'ENOENT' ? `no such file: ${source}` : `cannot read ${source}: ${(error as Error).message}`);
  }
  if (bytes === undefined) throw new Unreadable(`${source} is more than ${megabytes(MAX_READ_BYTES)}; widgets refuse feeds over ${megabytes(MAX_FEED_BYTES)}: serve fewer items per page (next_url)`);
  const size = tooLarge(bytes);
  return { bytes, delivery: [], problems: size === undefined ? [] : [`$: ${size}`] };
}

/** Node's error codes for an HTTPS certificate that browsers refuse too (other ERR_SSL_ codes are not about it). */
const certificateProblem = /^(?:CERT_|ERR_TLS_CERT|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT|ERR_SSL_(?:EE_KEY_TOO_SMALL|CA_KEY_TOO_SMALL|CA_MD_TOO_WEAK)$)/;

/** What OpenSSL says when the answer to its hello is not TLS at all: plain HTTP on that port, most often. */
const notTls = (code: string, reason: string): boolean =>
  /^ERR_SSL_(?:WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG)$/.test(code) || (code === 'EPROTO' && reason.includes('wrong version number'));

/** Why a fetch failed, said as a publisher can act on it, with Node's own words in brackets. */
function fetchFailure(error: unknown, url: URL): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer within 20 s';
  const cause = error.cause instanceof Error ? (error.cause as NodeJS.ErrnoException) : undefined;
  const reason = cause?.message ?? error.message;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `no such host ${url.hostname} (${reason}): check the domain in the URL`;
  if (code === 'ECONNREFUSED') return `nothing answers at ${url.host} (${reason}): check the address and port, and that the server runs`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the server closed the connection before it answered (${reason})`;
  if (certificateProblem.test(code)) {
    return `its HTTPS certificate is not accepted (${reason}); browsers refuse it too, so no widget can load the feed: fix the certificate (renew it, or serve the full chain)`;
  }
  // OpenSSL's messages run over several lines of file names: its code says it.
  if (url.protocol === 'https:' && notTls(code, reason)) {
    const http = new URL(url);
    http.protocol = 'http:';
    return `the server does not speak HTTPS on port ${url.port || '443'} (${code}): try ${http.href}, or the port it serves HTTPS on`;
  }
  if (code.startsWith('ERR_SSL_')) return `no HTTPS connection could be made (${code})`;
  return reason;
}

/** What the validator reads of an answer at most: ten times what widgets accept, which it reports. */
const MAX_READ_BYTES = 10 * MAX_FEED_BYTES;

const megabytes = (bytes: number): string => `${String(bytes / 1024 / 1024)} MB`;

/** All the chunks; undefined past MAX_READ_BYTES (a body that never ends would fill the memory). */
async function boundedBytes(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array | undefined> {
  const parts: Uint8Array[] = [];
  let received = 0;
  // Leaving the loop early cancels the stream (or closes the file).
  for await (const chunk of chunks) {
    received += chunk.byteLength;
    if (received > MAX_READ_BYTES) return undefined;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

const isAllowed = (response: Response): boolean => ['*', PARTNER_ORIGIN].includes(response.headers.get('access-control-allow-origin') ?? '');

/**
 * The answer, following redirects as a browser on another site does: each redirect must allow
 * other sites too (http → https, www, a trailing slash WordPress adds), or the browser stops
 * there. `refused` collects those that do not.
 */
async function fetchFollowing(source: string, signal: AbortSignal, refused: string[]): Promise<Response> {
  let url = source;
  for (let hops = 0; ; hops++) {
    const response = await fetch(url, { signal, redirect: 'manual', headers: { accept: 'application/feed+json, application/json', origin: PARTNER_ORIGIN } });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null || hops === 10) return response;
    const next = new URL(location, url).href;
    if (!isAllowed(response)) refused.push(`${url} redirects to ${next} without an Access-Control-Allow-Origin header, so browsers on other sites stop there and no widget can load the feed: give the widgets ${next} itself`);
    url = next;
  }
}

/** The charset a Content-Type declares, when it is not UTF-8 under any of its names. */
function otherCharset(contentType: string | null): string | undefined {
  const label = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType ?? '')?.[1];
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label).encoding === 'utf-8' ? undefined : label;
  } catch {
    return label;
  }
}

async function fetchSource(source: string): Promise<Source> {
  const start = performance.now();
  let response: Response;
  let bytes: Uint8Array | undefined;
  const refused: string[] = [];
  try {
    response = await fetchFollowing(source, AbortSignal.timeout(20_000), refused);
    bytes = response.body ? await boundedBytes(response.body) : new Uint8Array();
  } catch (error) {
    throw new Unreadable(`could not fetch ${source}: ${fetchFailure(error, new URL(source))}`);
  }
  if (bytes === undefined) {
    throw new Unreadable(`${source} sent more than ${megabytes(MAX_READ_BYTES)} (or a body that does not end); widgets refuse feeds over ${megabytes(MAX_FEED_BYTES)}: serve fewer items per page (next_url)`);
  }
  if (!response.ok) {
    // WordPress answers its errors as JSON with a 4xx status; what it says is the useful part.
    let advice: string | undefined;
    try {
      advice = wordPressErrorMessage(JSON.parse(new TextDecoder().decode(bytes)) as never);
    } catch {
      advice = undefined;
    }
    throw new Unreadable(`${source} answered HTTP ${String(response.status)} ${response.statusText}`.trim() + (advice === undefined ? '' : `: ${advice}`));
  }
  const seconds = (performance.now() - start) / 1000;
  const charset = otherCharset(response.headers.get('content-type'));
  const delivery = [
    ...refused,
    tooLarge(bytes),
    seconds > DEFAULT_TIMEOUT / 1000
      ? `the feed took ${seconds.toFixed(1)} s to arrive; widgets give up after ${String(DEFAULT_TIMEOUT / 1000)} s (unless their timeout attribute says more)`
      : undefined,
    !isAllowed(response)
      ? 'no Access-Control-Allow-Origin header for other sites: widgets on partner or village sites cannot read this feed, only pages on its own site; send Access-Control-Allow-Origin: *'
      : undefined,
    charset !== undefined
      ? `the Content-Type header declares charset=${charset}, but widgets read JSON as UTF-8 whatever it declares (browsers' fetch ignores it), and other readers may not: serve the feed as UTF-8 with charset=utf-8`
      : undefined,
  ].filter((problem) => problem !== undefined);
  return { bytes, baseUrl: response.url || source, delivery, problems: [] };
}

/** The problem with a feed larger than widgets accept, or undefined. */
function tooLarge(bytes: Uint8Array): string | undefined {
  if (bytes.byteLength <= MAX_FEED_BYTES) return undefined;
  return `the feed is ${(bytes.byteLength / 1e6).toFixed(1)} MB; widgets refuse feeds over ${megabytes(MAX_FEED_BYTES)}: serve fewer items per page (next_url)`;
}

interface Decoded {
  readonly text: string;
  /** Where the first byte that is not UTF-8 is, when there is one. */
  readonly bad?: { readonly offset: number; readonly line: number; readonly column: number };
}

/** The bytes as UTF-8, as widgets read them (every bad byte a U+FFFD), and where the first bad one is. */
function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // Re-encoded, the text gives the same bytes back up to the first bad one, or a byte or two
    // past it when the bad sequence starts like U+FFFD's own EF BF BD; decoding up to there
    // while streaming holds back such an unfinished start.
    const again = Buffer.from(text);
    let differ = 0;
    while (differ < bytes.length && bytes[differ] === again[differ]) differ++;
    const before = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, differ), { stream: true });
    // Columns as editors count them, and as syntax errors say them: a byte order mark is none.
    const lines = before.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
    return { text, bad: { offset: Buffer.byteLength(before), line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 } };
  }
}

/** The JSON paths of the strings (and names) in `value` that hold U+FFFD, in document order (but for index-like names). */
function replacedStrings(value: unknown): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  // A stack, not recursion: JSON.parse accepts nesting deeper than the call stack.
  const stack: [path: string, value: unknown][] = [['$', value]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [path, item] = next;
    if (typeof item === 'string') {
      if (item.includes('\uFFFD')) found.push({ path, text: item });
    } else if (typeof item === 'object' && item !== null) {
      const entries = Array.isArray(item) ? item.map((element, index) => [index, element] as const) : Object.entries(item);
      for (const [key, element] of entries.reverse()) {
        stack.push([child(path, key), element]);
        if (typeof key === 'string' && key.includes('\uFFFD')) stack.push([child(path, key), key]);
      }
    }
  }
  return found;
}

/** The problem with text that is not UTF-8, at the first string where widgets would show "�". */
function notUtf8(bytes: Uint8Array, bad: NonNullable<Decoded['bad']>, input: unknown): string {
  // None when the bad bytes are only in text that was skipped (PHP messages before the JSON).
  const [first, ...others] = replacedStrings(input);
  const at = first?.text.indexOf('\uFFFD') ?? 0;
  const shown = first ? `${at > 30 ? '…' : ''}${first.text.slice(Math.max(0, at - 30), at + 30)}${at + 30 < first.text.length ? '…' : ''}` : undefined;
  const byte = `0x${(bytes[bad.offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return (
    `${first?.path ?? '$'}: ${shown === undefined ? '' : `${JSON.stringify(shown)}: `}the feed is not UTF-8 (byte ${byte} at offset ${String(bad.offset)}, ` +
    `line ${String(bad.line)}, column ${String(bad.column)}; saved as Windows-1252 or Latin-1?), and widgets would show � there: save or serve the feed as UTF-8` +
    (others.length > 0 ? `; ${count(others.length, 'more string')} like it` : '')
  );
}

/**
 * The line of `text` a JSON syntax error is on, cut to 72 characters around `column` (a
 * minified feed is one line of megabytes), and a caret under the column.
 */
function pointAt(text: string, line: number, column: number): string[] {
  const whole = text.split(/\r\n?|\n/)[line - 1] ?? '';
  const start = Math.max(0, column - 1 - 36);
  const cutBefore = start > 0 ? '…' : '';
  const shown = whole.slice(start, start + 72).replace(/\t/g, ' ');
  return [`  ${cutBefore}${shown}${start + 72 < whole.length ? '…' : ''}`, `  ${' '.repeat(cutBefore.length + column - 1 - start)}^`];
}

const count = (n: number, noun: string): string => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;

// Warnings lists at most MAX_WARNINGS_PER_CODE of a code, then one line like this for the rest.
const leftOut = /^(\d+) more "[^"]*" problems? like the ones above were not listed$/;

/** How many problems the warnings are, and how many of them are listed (not left out past the cap). */
function countWarnings(warnings: readonly FeedWarning[]): { total: number; listed: number } {
  let total = 0;
  let listed = 0;
  for (const warning of warnings) {
    const more = warning.path === '$' ? leftOut.exec(warning.message) : null;
    total += more ? Number(more[1]) : 1;
    listed += more ? 0 : 1;
  }
  return { total, listed };
}

function summary(feed: Feed, warnings: number, listed: number): string {
  const phases = feed.programs.reduce((total, program) => total + program.phases.length, 0);
  const title = feed.title ? ` "${feed.title}"` : '';
  const shown = listed < warnings ? ` (${String(listed)} listed)` : '';
  return `${formatNames[feed.format]}${title}: ${count(feed.articles.length, 'article')}, ${count(feed.programs.length, 'program')}, ${count(phases, 'phase')}, ${count(warnings, 'warning')}${shown}`;
}

export async function validate(source: string, io: Output): Promise<number> {
  let input: unknown;
  let read: Source;
  let decoded: Decoded = { text: '' };
  const textWarnings = new Warnings();
  try {
    read = await readSource(source);
    decoded = decodeUtf8(read.bytes);
    input = parseJsonText(decoded.text, textWarnings);
  } catch (error) {
    io.err(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof JsonSyntaxError && error.message.startsWith('not valid JSON') && error.line > 0) {
      for (const line of pointAt(decoded.text, error.line, error.column)) io.err(line);
    }
    return 2;
  }
  const { bytes, baseUrl, delivery } = read;
  try {
    const parsed = parseFeed(input, baseUrl ? { baseUrl } : {});
    const { feed } = parsed;
    const own = decoded.bad ? [notUtf8(bytes, decoded.bad, input), ...read.problems] : read.problems;
    const listed = [...textWarnings.list, ...parsed.warnings];
    const warnings = [...own, ...listed.map(formatWarning)];
    const problems = [...delivery.map((problem) => `served: ${problem}`), ...warnings];
    for (const problem of problems) io.out(problem);
    const counted = countWarnings(listed);
    const summed = summary(feed, own.length + counted.total, own.length + counted.listed);
    io.out(`${problems.length === 0 ? 'ok' : 'problems'} · ${source} · ${summed}${delivery.length > 0 ? `, ${count(delivery.length, 'delivery problem')}` : ''}`);
    return problems.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    io.err(error.message);
    io.err(`not a feed · ${source}`);
    return 2;
  }
}

/** What is wrong with the arguments, or undefined when they are `validate <file-or-URL>`. */
function misuse([command, ...rest]: readonly string[]): string | undefined {
  if (command === undefined) return 'no command given';
  if (command !== 'validate') return `unknown command ${JSON.stringify(command)}`;
  const option = rest.find((arg) => arg.startsWith('-'));
  if (option !== undefined) return `unknown option ${JSON.stringify(option)}`;
  if (rest.length === 0) return 'validate needs a file or URL';
  return rest.length > 1 ? 'validate takes one file or URL' : undefined;
}

export async function main(args: readonly string[], io: Output): Promise<number> {
  if (args.some((arg) => arg === '--help' || arg === '-h') || args[0] === 'help') {
    io.out(usage);
    return 0;
  }
  const problem = misuse(args);
  const source = args[1];
  if (problem !== undefined || source === undefined) {
    if (args.length > 0) io.err(`infest-widgets: ${problem ?? ''}`);
    io.err(usage);
    return 2;
  }
  return validate(source, io);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (line) => { process.stdout.write(`${line}\n`); },
    err: (line) => { process.stderr.write(`${line}\n`); },
  });
}
