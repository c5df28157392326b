/** The text is not JSON; `line` and `column` (1-based) say where it stopped making sense. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';

  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/**
 * `JSON.parse` with an error a publisher can act on: what is wrong and where (line and
 * column), worded the same in every runtime, and what the text is when it is not JSON at all.
 */
export function parseJsonText(raw: string): unknown {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const trimmed = text.trimStart();
    if (trimmed === '') throw new JsonSyntaxError('it is empty', 1, 1);
    if (trimmed.startsWith('<')) {
      const where = lineAndColumn(text, text.length - trimmed.length);
      const kind = /^<\?xml|^<(rss|feed)\b/i.test(trimmed) ? 'XML (an RSS or Atom feed?)' : 'HTML (a web page or an error page?)';
      throw new JsonSyntaxError(`it is ${kind}, not JSON`, where.line, where.column);
    }
    const { position, problem } = findSyntaxError(text);
    const where = lineAndColumn(text, position);
    throw new JsonSyntaxError(`not valid JSON at line ${String(where.line)}, column ${String(where.column)}: ${problem}`, where.line, where.column);
  }
}

const whitespace = /[ \t\n\r]*/y;
const literal = /true|false|null/y;
const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- raw control characters are what JSON forbids in strings
const stringBody = /(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[\dA-Fa-f]{4}))*/y;

interface SyntaxProblem {
  readonly position: number;
  readonly problem: string;
}

/**
 * Walks JSON that `JSON.parse` refused and says where and why, since engines word this
 * differently and often leave out the position.
 */
export function findSyntaxError(text: string): SyntaxProblem {
  let at = 0;
  const fail = (problem: string): never => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw { position: at, problem } satisfies SyntaxProblem;
  };
  const skip = (): void => {
    whitespace.lastIndex = at;
    whitespace.test(text);
    at = whitespace.lastIndex;
  };
  const unexpected = (expected: string): never => {
    if (at >= text.length) return fail(`the text ends too early (cut off?); expected ${expected}`);
    const found = text.charAt(at);
    if (found === "'") return fail('strings and names need double quotes (") in JSON');
    if (found === '/') return fail('JSON has no comments');
    if (found === '}' || found === ']') return fail(`unexpected "${found}": a comma before it, or a missing value (JSON allows no trailing commas)`);
    return fail(`unexpected ${JSON.stringify(found)}; expected ${expected}`);
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const string = (): void => {
    at++;
    match(stringBody);
    if (text.charAt(at) !== '"') unexpected(at >= text.length ? 'a closing quote' : 'a closing quote (control characters and lone backslashes must be escaped)');
    at++;
  };
  const member = (): void => {
    skip();
    if (text.charAt(at) !== '"') unexpected('a name in double quotes');
    string();
    skip();
    if (text.charAt(at) !== ':') unexpected('":" after the name');
    at++;
    value();
  };
  const value = (): void => {
    skip();
    const char = text.charAt(at);
    if (char === '{') members('}', member);
    else if (char === '[') members(']', value);
    else if (char === '"') string();
    else if (!match(literal) && !match(number)) {
      unexpected('a value (text in double quotes, a number, true, false, null, an object or an array)');
    }
  };
  const members = (close: string, member: () => void): void => {
    at++;
    skip();
    if (text.charAt(at) === close) {
      at++;
      return;
    }
    for (;;) {
      member();
      skip();
      if (text.charAt(at) === close) {
        at++;
        return;
      }
      if (text.charAt(at) !== ',') unexpected(`"," or "${close}"`);
      at++;
    }
  };
  try {
    value();
    skip();
    if (at < text.length) fail('more text after the end of the JSON value');
    return { position: text.length, problem: 'it is not valid JSON' };
  } catch (error) {
    if (error instanceof RangeError) return { position: at, problem: 'it is nested too deeply to read' };
    return error as SyntaxProblem;
  }
}
