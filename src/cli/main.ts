import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Warnings } from '../feed/errors.js';
import { FeedError, formatWarning, parseFeed, type Feed, type FeedFormat } from '../feed/index.js';
import { JsonSyntaxError, parseJsonText } from '../feed/json-text.js';
import { wordPressErrorMessage } from '../feed/wordpress.js';
import { DEFAULT_TIMEOUT, MAX_FEED_BYTES } from '../load/feed-loader.js';

const usage = `Usage: infest-widgets validate <file-or-URL>

Checks a JSON Feed (with the _infest extension) or a WordPress REST posts response.
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
  readonly text: string;
  readonly baseUrl?: string;
  /** How the server delivers it that would stop the widgets, said as problems. */
  readonly delivery: readonly string[];
}

async function readSource(source: string): Promise<Source> {
  if (/^https?:\/\//i.test(source)) return fetchSource(source);
  try {
    return { text: await readFile(resolve(source), 'utf8'), delivery: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new Unreadable(`${source === '' ? 'the current directory' : source} is a directory; give the feed's file or URL`);
    throw new Unreadable(code === 'ENOENT' ? `no such file: ${source}` : `cannot read ${source}: ${(error as Error).message}`);
  }
}

/** Node's error codes for an HTTPS certificate that browsers refuse too. */
const certificateProblem = /^(?:CERT_|ERR_TLS_CERT|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT|ERR_SSL_)/;

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
  return reason;
}

/** What the validator reads of an answer at most: ten times what widgets accept, which it reports. */
const MAX_READ_BYTES = 10 * MAX_FEED_BYTES;

/** The body as text; undefined past MAX_READ_BYTES (a body that never ends would fill the memory). */
async function boundedText(response: Response): Promise<string | undefined> {
  if (!response.body) return response.text();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > MAX_READ_BYTES) {
      await response.body.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
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

async function fetchSource(source: string): Promise<Source> {
  const start = performance.now();
  let response: Response;
  let text: string | undefined;
  const refused: string[] = [];
  try {
    response = await fetchFollowing(source, AbortSignal.timeout(20_000), refused);
    text = await boundedText(response);
  } catch (error) {
    throw new Unreadable(`could not fetch ${source}: ${fetchFailure(error, new URL(source))}`);
  }
  if (text === undefined) {
    throw new Unreadable(`${source} sent more than ${String(MAX_READ_BYTES / 1024 / 1024)} MB (or a body that does not end); widgets refuse feeds over ${String(MAX_FEED_BYTES / 1024 / 1024)} MB: serve fewer items per page (next_url)`);
  }
  if (!response.ok) {
    // WordPress answers its errors as JSON with a 4xx status; what it says is the useful part.
    let advice: string | undefined;
    try {
      advice = wordPressErrorMessage(JSON.parse(text) as never);
    } catch {
      advice = undefined;
    }
    throw new Unreadable(`${source} answered HTTP ${String(response.status)} ${response.statusText}`.trim() + (advice === undefined ? '' : `: ${advice}`));
  }
  const seconds = (performance.now() - start) / 1000;
  const bytes = Buffer.byteLength(text);
  const delivery = [
    ...refused,
    bytes > MAX_FEED_BYTES
      ? `the feed is ${(bytes / 1e6).toFixed(1)} MB; widgets refuse feeds over ${String(MAX_FEED_BYTES / 1024 / 1024)} MB: serve fewer items per page (next_url)`
      : undefined,
    seconds > DEFAULT_TIMEOUT / 1000
      ? `the feed took ${seconds.toFixed(1)} s to arrive; widgets give up after ${String(DEFAULT_TIMEOUT / 1000)} s (unless their timeout attribute says more)`
      : undefined,
    !isAllowed(response)
      ? 'no Access-Control-Allow-Origin header for other sites: widgets on partner or village sites cannot read this feed, only pages on its own site; send Access-Control-Allow-Origin: *'
      : undefined,
  ].filter((problem) => problem !== undefined);
  return { text, baseUrl: response.url || source, delivery };
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

function summary(feed: Feed, warnings: number): string {
  const phases = feed.programs.reduce((total, program) => total + program.phases.length, 0);
  const title = feed.title ? ` "${feed.title}"` : '';
  return `${formatNames[feed.format]}${title}: ${count(feed.articles.length, 'article')}, ${count(feed.programs.length, 'program')}, ${count(phases, 'phase')}, ${count(warnings, 'warning')}`;
}

export async function validate(source: string, io: Output): Promise<number> {
  let input: unknown;
  let baseUrl: string | undefined;
  let delivery: readonly string[];
  const textWarnings = new Warnings();
  let text = '';
  try {
    const read = await readSource(source);
    ({ baseUrl, delivery, text } = read);
    input = parseJsonText(text, textWarnings);
  } catch (error) {
    io.err(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof JsonSyntaxError && error.message.startsWith('not valid JSON') && error.line > 0) {
      for (const line of pointAt(text, error.line, error.column)) io.err(line);
    }
    return 2;
  }
  try {
    const parsed = parseFeed(input, baseUrl ? { baseUrl } : {});
    const { feed } = parsed;
    const warnings = [...textWarnings.list, ...parsed.warnings].map(formatWarning);
    const problems = [...delivery.map((problem) => `served: ${problem}`), ...warnings];
    for (const problem of problems) io.out(problem);
    io.out(`${problems.length === 0 ? 'ok' : 'problems'} · ${source} · ${summary(feed, warnings.length)}${delivery.length > 0 ? `, ${count(delivery.length, 'delivery problem')}` : ''}`);
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
