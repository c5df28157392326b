import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'chai';

/**
 * Runs the real validator command, `node --import tsx src/cli/main.ts …`, as a child process
 * from the repository root, the way a publisher would, and checks its exit status and output.
 */

const rootUrl = new URL('../../', import.meta.url);
const root = fileURLToPath(rootUrl);
const fixtures = 'test/fixtures/cli';
const TIMEOUT = 20_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Asynchronous on purpose: the HTTP tests serve the feed from this very process.
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** The lines of an output; every line the command writes ends in "\n". */
function lines(text: string): string[] {
  if (text === '') return [];
  expect(text.endsWith('\n'), `output should end with a newline: ${JSON.stringify(text)}`).to.equal(true);
  return text.slice(0, -1).split('\n');
}

interface RawFeed {
  title: string;
  items: unknown[];
  _infest: { programs: { phases: unknown[] }[] };
}

describe('infest-widgets validate (CLI)', function () {
  this.timeout(TIMEOUT);

  describe('the bundled demo feed', () => {
    it('is valid: exit 0 and a one-line summary with the right counts and 0 warnings', async () => {
      const feed = JSON.parse(await readFile(new URL('demo/feed.json', rootUrl), 'utf8')) as RawFeed;
      const phases = feed._infest.programs.reduce((sum, program) => sum + program.phases.length, 0);
      const result = await cli('validate', 'demo/feed.json');
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
      const output = lines(result.stdout);
      expect(output).to.have.length(1);
      const summary = output[0]!;
      expect(summary).to.match(/^ok · demo\/feed\.json · /);
      expect(summary).to.include('JSON Feed 1.1');
      expect(summary).to.include(`"${feed.title}"`);
      expect(summary).to.include(`${String(feed.items.length)} articles`);
      expect(summary).to.include(`${String(feed._infest.programs.length)} programs`);
      expect(summary).to.include(`${String(phases)} phases`);
      expect(summary).to.match(/\b0 warnings$/);
      // What the demo promises: one real article, many samples, two programs.
      expect(feed.items.length).to.be.at.least(18);
      expect(feed._infest.programs).to.have.length(2);
    });

    it('marks every invented article as a sample', async () => {
      const feed = JSON.parse(await readFile(new URL('demo/feed.json', rootUrl), 'utf8')) as {
        items: { id: string; url: string; summary: string }[];
      };
      const samples = feed.items.filter((item) => item.id !== 'kolaborasi-koordinasi-pelindungan-pmi-ponorogo');
      expect(samples).to.have.length(feed.items.length - 1);
      for (const item of samples) {
        expect(item.url, item.id).to.match(/^https:\/\/example\.org\/sampel\//);
        expect(item.summary, item.id).to.match(/^\[Contoh\] /);
      }
    });
  });

  describe('a feed with problems', () => {
    // One line per problem, each starting with the JSON path of the offending value.
    const problems: readonly (readonly [path: string, says: string])[] = [
      ['$._infest.programs[0].phases[1].end', 'phase "fase-2" ends (2021) before it starts (2023)'],
      ['$.items[1]', 'an item needs "content_html" or "content_text"'],
      ['$.items[2].url', '"javascript:alert(1)" is not an http or https URL'],
      ['$.items[3].date_published', '"2021-13-45" is not an RFC 3339 date'],
      ['$.items[4].id', 'item id 42 is a number'],
      ['$.items[5].id', 'the item has no id; its url is used instead'],
      ['$.items[6]._infest.phase', 'phase "fase-9" is not a phase of program "pmi-hulu-ponorogo"'],
      ['$.items[7].id', 'id "baik" is used by an earlier item'],
    ];

    it('exits 1 with exactly one line per problem, each starting with its JSON path, then the summary', async () => {
      const result = await cli('validate', `${fixtures}/problems.json`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(1);
      const output = lines(result.stdout);
      expect(output).to.have.length(problems.length + 1);
      const problemLines = output.slice(0, -1);
      for (const [path, says] of problems) {
        const matching = problemLines.filter((line) => line.startsWith(`${path}: `));
        expect(matching, `lines for ${path}`).to.have.length(1);
        expect(matching[0]).to.include(says);
      }
      // Every line is accounted for: none without a path, none about something else.
      for (const line of problemLines) {
        expect(problems.some(([path]) => line.startsWith(`${path}: `)), line).to.equal(true);
      }
      const summary = output.at(-1)!;
      expect(summary).to.match(/^problems · test\/fixtures\/cli\/problems\.json · JSON Feed 1\.1 /);
      expect(summary).to.include('7 articles');
      expect(summary).to.match(/\b8 warnings$/);
    });
  });

  describe('many problems of one kind', () => {
    it('counts every problem in the summary, also those the list leaves out past 100 of a kind', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'infest-cli-'));
      const file = join(dir, 'many.json');
      // 130 items without content: 130 warnings of one code, of which 100 are listed, then one line for the other 30.
      const items = Array.from({ length: 130 }, (_, index) => ({ id: `i${String(index)}`, url: `https://example.org/${String(index)}` }));
      await writeFile(file, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items }));
      try {
        const result = await cli('validate', file);
        expect(result.code).to.equal(1);
        const output = lines(result.stdout);
        expect(output).to.have.length(100 + 1 + 1);
        expect(output.at(-2)).to.equal('$: 30 more "missing-field" problems like the ones above were not listed');
        expect(output.at(-1)).to.match(/, 130 warnings \(100 listed\)$/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('a feed that is not UTF-8', () => {
    it('saved as Windows-1252: exit 1, one line with the path, the bad byte and where it is, and what to do', async () => {
      const bytes = await readFile(new URL(`${fixtures}/windows-1252.json`, rootUrl));
      // "Pekerja Migran – café" in Windows-1252: the dash is 0x96, the é 0xE9.
      const offset = bytes.indexOf(0x96);
      expect(bytes[offset + 5], 'the fixture must keep its Windows-1252 bytes').to.equal(0xe9);
      const result = await cli('validate', `${fixtures}/windows-1252.json`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(1);
      const output = lines(result.stdout);
      expect(output).to.deep.equal([
        `$.items[0].title: "Pekerja Migran \uFFFD caf\uFFFD": the feed is not UTF-8 (byte 0x96 at offset ${String(offset)}, line 23, column 32; saved as Windows-1252 or Latin-1?), and widgets would show \uFFFD there: save or serve the feed as UTF-8`,
        output[1],
      ]);
      expect(output[1]).to.match(/^problems · .*JSON Feed 1\.1 "Feed contoh kecil": 2 articles, .*\b1 warning$/);
    });

    it('a bad byte that starts like U+FFFD (0xEF, "ï" in Windows-1252): the offset of that byte, and how many more strings have such bytes', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'infest-cli-'));
      const file = join(dir, 'naive.json');
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'na\u00EFve', items: [{ id: '1', title: 'na\u00EFf', content_text: 'x' }] };
      const bytes = Buffer.from(JSON.stringify(feed), 'latin1');
      await writeFile(file, bytes);
      try {
        const result = await cli('validate', file);
        expect(result.code).to.equal(1);
        const [problem] = lines(result.stdout);
        const offset = bytes.indexOf(0xef);
        expect(problem!.startsWith(`$.title: "na\uFFFDve": the feed is not UTF-8 (byte 0xEF at offset ${String(offset)}, line 1, column ${String(offset + 1)};`), problem).to.equal(true);
        expect(problem).to.match(/; 1 more string like it$/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    for (const [name, encode] of [
      ['UTF-16 with a byte order mark', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['UTF-16 big-endian with a byte order mark', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
      ['UTF-16 without a byte order mark', (text: string) => Buffer.from(text, 'utf16le')],
    ] as const) {
      it(`${name}: exit 2 saying it is UTF-16, not UTF-8`, async () => {
        const dir = await mkdtemp(join(tmpdir(), 'infest-cli-'));
        const file = join(dir, 'utf16.json');
        await writeFile(file, encode(await readFile(new URL(`${fixtures}/good-feed.json`, rootUrl), 'utf8')));
        try {
          const result = await cli('validate', file);
          expect(result.stdout).to.equal('');
          expect(result.code).to.equal(2);
          expect(lines(result.stderr)).to.deep.equal([`${file}: it is UTF-16 text, not UTF-8 as JSON must be; save or serve the feed as UTF-8`]);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    }
  });

  describe('JSON that is not a feed', () => {
    const cases: readonly (readonly [file: string, says: RegExp])[] = [
      ['not-a-feed-string.json', /^\$: expected a JSON Feed object or a WordPress posts array, got a string$/],
      ['not-a-feed-object.json', /^\$: this JSON is neither a JSON Feed .* nor a WordPress posts array/],
      ['wordpress-error.json', /^\$: the site answered with a WordPress error instead of posts: rest_no_route \(HTTP 404\): No route was found/],
    ];
    for (const [file, says] of cases) {
      it(`${file}: exits 2 (no widget can use it) naming the path and what is wrong`, async () => {
        const result = await cli('validate', `${fixtures}/${file}`);
        expect(result.stdout).to.equal('');
        expect(result.code).to.equal(2);
        const output = lines(result.stderr);
        expect(output).to.have.length(2);
        expect(output[0]).to.match(says);
        expect(output[1]).to.equal(`not a feed · ${fixtures}/${file}`);
      });
    }
  });

  describe('a WordPress REST posts response', () => {
    it('is read: exit 0 and "WordPress REST posts" in the summary', async () => {
      const result = await cli('validate', `${fixtures}/wordpress-posts.json`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
      const output = lines(result.stdout);
      expect(output).to.have.length(1);
      expect(output[0]).to.match(/^ok · test\/fixtures\/cli\/wordpress-posts\.json · WordPress REST posts/);
      expect(output[0]).to.include('2 articles');
      expect(output[0]).to.match(/\b0 warnings$/);
    });
  });

  describe('input that cannot be read', () => {
    async function unreadable(file: string, lineCount = 1): Promise<string> {
      const result = await cli('validate', file);
      expect(result.code).to.equal(2);
      expect(result.stdout).to.equal('');
      const output = lines(result.stderr);
      expect(output, `${String(lineCount)} line(s) on stderr`).to.have.length(lineCount);
      if (lineCount > 1) return output.join('\n');
      expect(output[0]).to.match(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
      return output[0]!;
    }

    it('a missing file: exit 2 and "no such file"', async () => {
      expect(await unreadable(`${fixtures}/does-not-exist.json`)).to.include('no such file');
    });

    it('a directory: exit 2 and why it cannot be read', async () => {
      expect(await unreadable(fixtures)).to.equal(`${fixtures}: ${fixtures} is a directory; give the feed's file or URL`);
    });

    it('a JSON syntax error on line 3: exit 2 with its line and column', async () => {
      // Line 3 is `  "title": "Koma hilang" "items": []`: the comma is missing before column 26.
      const text = await readFile(new URL(`${fixtures}/syntax-error.json`, rootUrl), 'utf8');
      expect(text.split('\n')[2]!.indexOf('"items"') + 1).to.equal(26);
      const [message, shown, caret] = (await unreadable(`${fixtures}/syntax-error.json`, 3)).split('\n');
      expect(message).to.include('not valid JSON at line 3, column 26');
      expect([shown, caret]).to.deep.equal([`  ${text.split('\n')[2]!}`, `  ${' '.repeat(25)}^`]);
    });

    it('an unexpected token on line 3: exit 2, with that line and column, and the line with a caret under it', async () => {
      // Line 3 is `  "title": True,`: the bad token starts at column 12.
      const [message, shown, caret] = (await unreadable(`${fixtures}/syntax-error-literal.json`, 3)).split('\n');
      expect(message).to.include('line 3, column 12');
      expect([shown, caret]).to.deep.equal(['    "title": True,', `  ${' '.repeat(11)}^`]);
    });

    it('a syntax error far into a minified feed: the 72 characters around it, cut with "…"', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'infest-cli-'));
      const file = join(dir, 'min.json');
      const items = Array.from({ length: 200 }, (_, index) => ({ id: String(index), content_text: 'isi' }));
      const minified = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items }).replace('"id":"150"', '"id":"150",');
      await writeFile(file, minified);
      try {
        const [message, shown, caret] = (await unreadable(file, 3)).split('\n');
        const column = minified.indexOf('"id":"150",') + 12;
        expect(message).to.include(`line 1, column ${String(column)}`);
        expect(shown).to.equal(`  …${minified.slice(column - 37, column + 35)}…`);
        expect(caret!.indexOf('^')).to.equal(2 + 1 + 36);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('an HTML page saved as .json: exit 2 saying it is HTML', async () => {
      const message = await unreadable(`${fixtures}/page.html.json`);
      expect(message).to.include('HTML');
      expect(message).to.include('not JSON');
    });

    it('an RSS file: exit 2 saying it is XML', async () => {
      const message = await unreadable(`${fixtures}/rss.xml`);
      expect(message).to.include('XML');
      expect(message).to.include('not JSON');
    });

    it('an empty file: exit 2 saying it is empty', async () => {
      expect(await unreadable(`${fixtures}/empty.json`)).to.match(/: it is empty$/);
    });

    it('a good feed behind a PHP message: exit 1, one line quoting it and saying how to stop it, then the summary', async () => {
      const result = await cli('validate', `${fixtures}/php-notice.json`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(1);
      const output = lines(result.stdout);
      expect(output).to.have.length(2);
      expect(output[0]).to.match(/^\$: the server printed PHP messages before the JSON \("Deprecated: Creation of dynamic property/);
      expect(output[0]).to.include('Turn display_errors off');
      expect(output[1]).to.match(/^problems · .* 1 warning$/);
    });

    it('a file larger than widgets accept: exit 1 and the size, as for a URL', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'infest-cli-'));
      const file = join(dir, 'large.json');
      const feed = JSON.parse(await readFile(new URL(`${fixtures}/good-feed.json`, rootUrl), 'utf8')) as RawFeed;
      await writeFile(file, JSON.stringify({ ...feed, items: [...feed.items, { id: 'besar', content_text: 'kata '.repeat(1_100_000) }] }));
      try {
        const result = await cli('validate', file);
        expect(result.stderr).to.equal('');
        expect(result.code).to.equal(1);
        const output = lines(result.stdout);
        expect(output).to.have.length(2);
        expect(output[0]).to.equal('$: the feed is 5.5 MB; widgets refuse feeds over 5 MB: serve fewer items per page (next_url)');
        expect(output[1]).to.match(/^problems · .* 3 articles, .*\b1 warning$/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('a file: URL: read as the file it names', async () => {
      const url = pathToFileURL(fileURLToPath(new URL(`${fixtures}/good-feed.json`, rootUrl))).href;
      const result = await cli('validate', url);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
      expect(lines(result.stdout)[0]).to.match(new RegExp(`^ok · ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} · JSON Feed 1\\.1 "Feed contoh kecil"`));
      const missing = pathToFileURL(fileURLToPath(new URL(`${fixtures}/does-not-exist.json`, rootUrl))).href;
      expect(await unreadable(missing)).to.equal(`${missing}: no such file: ${fileURLToPath(missing)}`);
    });

    for (const url of ['ftp://example.org/feed.json', 'data:application/json,{}', 'mailto:redaksi@example.org']) {
      it(`${url.slice(0, url.indexOf(':') + 1)} URLs: exit 2 saying which sources the validator and the widgets read`, async () => {
        const scheme = url.slice(0, url.indexOf(':') + 1);
        expect(await unreadable(url)).to.equal(
          `${url}: ${scheme} URLs are not read: the validator reads http(s) URLs and local files, and widgets can only fetch https (or http) feeds; give the feed's https URL, or save it to a file`,
        );
      });
    }

    it('a good feed that starts with a UTF-8 byte order mark: exit 0', async () => {
      const bytes = await readFile(new URL(`${fixtures}/bom.json`, rootUrl));
      expect([...bytes.subarray(0, 3)], 'the fixture must keep its BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
      const result = await cli('validate', `${fixtures}/bom.json`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
      const output = lines(result.stdout);
      expect(output).to.have.length(1);
      expect(output[0]).to.match(/^ok · .*JSON Feed 1\.1 "Feed contoh kecil": 2 articles, .*\b0 warnings$/);
    });
  });

  describe('URLs', () => {
    let server: Server;
    let base = '';

    before(async () => {
      const goodFeed = await readFile(new URL(`${fixtures}/good-feed.json`, rootUrl), 'utf8');
      const page = await readFile(new URL(`${fixtures}/page.html.json`, rootUrl), 'utf8');
      const wordPressError = await readFile(new URL(`${fixtures}/wordpress-error.json`, rootUrl), 'utf8');
      const feed = JSON.parse(goodFeed) as RawFeed;
      const large = JSON.stringify({ ...feed, items: [...feed.items, { id: 'besar', content_text: 'kata '.repeat(1_100_000) }] });
      const windows1252 = await readFile(new URL(`${fixtures}/windows-1252.json`, rootUrl));
      const routes: Record<string, readonly [status: number, type: string, body: string | Buffer, delay?: number]> = {
        '/feed.json': [200, 'application/feed+json; charset=utf-8', goodFeed],
        '/no-cors.json': [200, 'application/feed+json; charset=utf-8', goodFeed],
        '/large.json': [200, 'application/feed+json; charset=utf-8', large],
        '/slow.json': [200, 'application/feed+json; charset=utf-8', goodFeed, 10_300],
        '/missing.json': [404, 'text/plain; charset=utf-8', 'Not Found'],
        '/error.json': [500, 'text/plain; charset=utf-8', 'Internal Server Error'],
        '/page.json': [200, 'text/html; charset=utf-8', page],
        '/wp-json/wp/v2/nothing': [404, 'application/json; charset=utf-8', wordPressError],
        '/windows-1252.json': [200, 'application/feed+json; charset=iso-8859-1', windows1252],
        '/declared-latin1.json': [200, 'application/json;charset=ISO-8859-1', goodFeed],
        '/quoted-utf8.json': [200, 'application/json; charset="UTF-8"', goodFeed],
      };
      server = createServer((request: IncomingMessage, response: ServerResponse) => {
        // http → https, a trailing slash: a redirect, which other sites' browsers follow only when it allows them too.
        if (request.url === '/moved.json' || request.url === '/moved-cors.json') {
          const cors = request.url === '/moved-cors.json' ? { 'access-control-allow-origin': '*' } : {};
          response.writeHead(301, { location: '/feed.json', ...cors });
          response.end();
          return;
        }
        if (request.url === '/endless.json') {
          // A body that never ends: megabytes of a JSON string, as fast as it is read.
          response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
          response.write('{"version": "https://jsonfeed.org/version/1.1", "title": "');
          const chunk = 'x'.repeat(1 << 20);
          const more = (): void => {
            while (response.write(chunk));
            response.once('drain', more);
          };
          more();
          return;
        }
        const [status, type, body, delay = 0] = routes[request.url ?? ''] ?? [404, 'text/plain; charset=utf-8', 'Not Found'];
        // As WordPress does: the caller's origin back, for every route but the one without CORS.
        const cors = request.url === '/no-cors.json' ? {} : { 'access-control-allow-origin': request.headers.origin ?? '*' };
        setTimeout(() => {
          response.writeHead(status, { 'content-type': type, ...cors });
          response.end(body);
        }, delay);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    });

    after(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('a good feed: exit 0 and the summary', async () => {
      const result = await cli('validate', `${base}/feed.json`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
      const output = lines(result.stdout);
      expect(output).to.have.length(1);
      expect(output[0]!.startsWith(`ok · ${base}/feed.json · JSON Feed 1.1 "Feed contoh kecil": 2 articles, `), output[0]).to.equal(true);
      expect(output[0]).to.match(/\b0 warnings$/);
    });

    it('a redirect: exit 0 when it allows other sites too, else 1, naming the address to give the widgets', async () => {
      expect((await cli('validate', `${base}/moved-cors.json`)).code).to.equal(0);
      const moved = await cli('validate', `${base}/moved.json`);
      expect(moved.code).to.equal(1);
      expect(lines(moved.stdout)[0]).to.equal(
        `served: ${base}/moved.json redirects to ${base}/feed.json without an Access-Control-Allow-Origin header, so browsers on other sites stop there and no widget can load the feed: give the widgets ${base}/feed.json itself`,
      );
    });

    const delivered: readonly (readonly [path: string, problem: string])[] = [
      ['/no-cors.json', 'served: no Access-Control-Allow-Origin header for other sites: widgets on partner or village sites cannot read this feed'],
      ['/large.json', 'served: the feed is 5.5 MB; widgets refuse feeds over 5 MB: serve fewer items per page (next_url)'],
      ['/slow.json', 'served: the feed took 10.'],
    ];
    for (const [path, problem] of delivered) {
      it(`${path}: exit 1 and the problem with how it is served, as widgets on other sites meet it`, async () => {
        const result = await cli('validate', `${base}${path}`);
        expect(result.code).to.equal(1);
        const output = lines(result.stdout);
        expect(output).to.have.length(2);
        expect(output[0]!.startsWith(problem), output[0]).to.equal(true);
        expect(output[1]).to.match(/^problems · .*, 0 warnings, 1 delivery problem$/);
      });
    }

    it('a charset other than UTF-8 in Content-Type: exit 1 and a served: problem, even when the bytes are UTF-8', async () => {
      expect((await cli('validate', `${base}/quoted-utf8.json`)).code).to.equal(0);
      const result = await cli('validate', `${base}/declared-latin1.json`);
      expect(result.code).to.equal(1);
      expect(lines(result.stdout)).to.deep.equal([
        "served: the Content-Type header declares charset=ISO-8859-1, but widgets read JSON as UTF-8 whatever it declares (browsers' fetch ignores it), and other readers may not: serve the feed as UTF-8 with charset=utf-8",
        `problems · ${base}/declared-latin1.json · JSON Feed 1.1 "Feed contoh kecil": 2 articles, 1 program, 2 phases, 0 warnings, 1 delivery problem`,
      ]);
    });

    it('a feed served as Windows-1252 with charset=iso-8859-1: exit 1, the charset and where the bytes are not UTF-8', async () => {
      const result = await cli('validate', `${base}/windows-1252.json`);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(1);
      const output = lines(result.stdout);
      expect(output).to.have.length(3);
      expect(output[0]).to.match(/^served: the Content-Type header declares charset=iso-8859-1, but widgets read JSON as UTF-8/);
      expect(output[1]).to.match(/^\$\.items\[0\]\.title: "Pekerja Migran \uFFFD caf\uFFFD": the feed is not UTF-8 \(byte 0x96 at offset \d+, line 23, column 32;/);
      expect(output[2]).to.match(/, 1 warning, 1 delivery problem$/);
    });

    const failures: readonly (readonly [path: string, says: string])[] = [
      ['/missing.json', 'HTTP 404'],
      ['/error.json', 'HTTP 500'],
      ['/wp-json/wp/v2/nothing', 'HTTP 404 Not Found: the site answered with a WordPress error instead of posts: rest_no_route'],
      ['/page.json', 'HTML'],
      ['/endless.json', 'sent more than 50 MB (or a body that does not end); widgets refuse feeds over 5 MB'],
    ];
    for (const [path, says] of failures) {
      it(`${path}: exit 2 and "${says}"`, async () => {
        const url = `${base}${path}`;
        const result = await cli('validate', url);
        expect(result.stdout).to.equal('');
        expect(result.code).to.equal(2);
        const output = lines(result.stderr);
        expect(output).to.have.length(1);
        expect(output[0]!.startsWith(`${url}: `), output[0]).to.equal(true);
        expect(output[0]).to.include(says);
      });
    }

    it('a server that is not there: exit 2 and "could not fetch"', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${String((closed.address() as AddressInfo).port)}/feed.json`;
      await new Promise((resolve) => closed.close(resolve));
      const result = await cli('validate', url);
      expect(result.stdout).to.equal('');
      expect(result.code).to.equal(2);
      const output = lines(result.stderr);
      expect(output).to.have.length(1);
      expect(output[0]).to.include(`could not fetch ${url}: nothing answers at 127.0.0.1:`).and.include('check the address and port');
    });

    it('https:// to a server that speaks plain HTTP on that port: exit 2, saying so and what to try, not that it is the certificate', async () => {
      const port = String((server.address() as AddressInfo).port);
      const url = `https://127.0.0.1:${port}/feed.json`;
      const result = await cli('validate', url);
      expect(result.stdout).to.equal('');
      expect(result.code).to.equal(2);
      expect(lines(result.stderr)).to.deep.equal([
        `${url}: could not fetch ${url}: the server does not speak HTTPS on port ${port} (ERR_SSL_WRONG_VERSION_NUMBER): try http://127.0.0.1:${port}/feed.json, or the port it serves HTTPS on`,
      ]);
    });

    it('a server whose HTTPS certificate browsers refuse (self-signed): exit 2 and that it is the certificate', async () => {
      // A certificate for localhost signed by nobody, made for this test (openssl req -x509), valid until 2126.
      const [key, cert] = await Promise.all(['key', 'cert'].map((kind) => readFile(new URL(`${fixtures}/self-signed-localhost.${kind}.pem`, rootUrl))));
      const https = createHttpsServer({ key, cert }, (_request, response) => response.end('{}'));
      await new Promise<void>((resolve) => https.listen(0, 'localhost', resolve));
      try {
        const url = `https://localhost:${String((https.address() as AddressInfo).port)}/feed.json`;
        const result = await cli('validate', url);
        expect(result.code).to.equal(2);
        const output = lines(result.stderr);
        expect(output).to.have.length(1);
        expect(output[0]).to.include(`could not fetch ${url}: its HTTPS certificate is not accepted (self-signed certificate)`).and.include('no widget can load the feed');
      } finally {
        https.closeAllConnections();
        await new Promise((resolve) => https.close(resolve));
      }
    });
  });

  describe('usage', () => {
    it('--help: exit 0 and the usage on stdout', async () => {
      const result = await cli('--help');
      expect(result.code).to.equal(0);
      expect(result.stderr).to.equal('');
      expect(result.stdout).to.match(/^Usage: infest-widgets validate <file-or-URL>/);
      expect(result.stdout).to.include('Exit status');
    });

    const misuses: readonly (readonly [args: readonly string[], says: string])[] = [
      [['check', 'demo/feed.json'], 'unknown command "check"'],
      [['validate'], 'validate needs a file or URL'],
      [['validate', 'a.json', 'b.json'], 'validate takes one file or URL'],
      [['validate', '--json', 'demo/feed.json'], 'unknown option "--json"'],
      [['validate', 'demo/feed.json', '--strict'], 'unknown option "--strict"'],
    ];
    for (const [args, says] of misuses) {
      it(`${JSON.stringify(args.join(' '))}: exit 2, what is wrong, and the usage on stderr`, async () => {
        const result = await cli(...args);
        expect(result.code).to.equal(2);
        expect(result.stdout).to.equal('');
        expect(result.stderr).to.match(new RegExp(`^infest-widgets: ${says}\nUsage: infest-widgets validate <file-or-URL>`));
      });
    }

    it('no arguments: exit 2 and the usage on stderr', async () => {
      const result = await cli();
      expect(result.code).to.equal(2);
      expect(result.stderr).to.match(/^Usage: infest-widgets validate <file-or-URL>/);
    });
  });
});
