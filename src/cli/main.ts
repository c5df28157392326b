import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Warnings } from '../feed/errors.js';
import { FeedError, formatWarning, parseFeed, type Feed, type FeedFormat } from '../feed/index.js';
import { parseJsonText } from '../feed/json-text.js';

const usage = `Usage: infest-widgets validate <file-or-URL>

Checks a JSON Feed (with the _infest extension) or a WordPress REST posts response.
Exit status: 0 the feed is good, 1 it has problems (one line each, with its JSON path),
2 it could not be read (missing file, HTTP error, not JSON).`;

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

async function readSource(source: string): Promise<{ text: string; baseUrl?: string }> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(20_000), headers: { accept: 'application/feed+json, application/json' } });
    } catch (error) {
      throw new Unreadable(`could not fetch ${source}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
    }
    if (!response.ok) throw new Unreadable(`${source} answered HTTP ${response.status} ${response.statusText}`.trim());
    return { text: await response.text(), baseUrl: response.url || source };
  }
  try {
    return { text: await readFile(resolve(source), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Unreadable(code === 'ENOENT' ? `no such file: ${source}` : `cannot read ${source}: ${(error as Error).message}`);
  }
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
  const textWarnings = new Warnings();
  try {
    const read = await readSource(source);
    baseUrl = read.baseUrl;
    input = parseJsonText(read.text, textWarnings);
  } catch (error) {
    io.err(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    const parsed = parseFeed(input, baseUrl ? { baseUrl } : {});
    const { feed } = parsed;
    const warnings = [...textWarnings.list, ...parsed.warnings];
    for (const warning of warnings) io.out(formatWarning(warning));
    io.out(`${warnings.length === 0 ? 'ok' : 'problems'} · ${source} · ${summary(feed, warnings.length)}`);
    return warnings.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    io.out(error.message);
    io.out(`not a feed · ${source}`);
    return 1;
  }
}

export async function main(args: readonly string[], io: Output): Promise<number> {
  const [command, source, ...rest] = args;
  if (args.some((arg) => arg === '--help' || arg === '-h') || command === 'help') {
    io.out(usage);
    return 0;
  }
  if (command !== 'validate' || source === undefined || rest.length > 0) {
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
