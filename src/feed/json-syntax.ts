/**
 * Where and why `JSON.parse` refused a text: the validator's version, a hand-written scanner,
 * so that the wording and position are the same in every runtime (engines word this
 * differently and often leave out the position). The script-tag and embed builds use
 * json-syntax.browser.ts instead (vite.config.ts), which reads the engine's own message.
 */

/** A text `JSON.parse` refused, and what it threw. */
export interface RefusedJson {
  readonly text: string;
  readonly error: unknown;
}

export interface SyntaxLocation {
  /** Offset in the text, when known… */
  readonly position?: number;
  /** …or line and column (1-based), when that is what is known. */
  readonly line?: number;
  readonly column?: number;
  readonly problem: string;
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

/** Walks JSON that `JSON.parse` refused and says where and why (its own words, not the engine's). */
export function locateSyntaxError({ text }: RefusedJson): SyntaxLocation {
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
