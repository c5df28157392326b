import { locateSyntaxError } from './json-syntax.js';

/**
 * The text is not JSON; `line` and `column` (1-based) say where it stopped making sense (0 when
 * the runtime does not say, which only the script-tag build's engine-based reading allows).
 */
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
  } catch (error) {
    const trimmed = text.trimStart();
    if (trimmed === '') throw new JsonSyntaxError('it is empty', 1, 1);
    if (trimmed.startsWith('<')) {
      const where = lineAndColumn(text, text.length - trimmed.length);
      const kind = /^<\?xml|^<(rss|feed)\b/i.test(trimmed) ? 'XML (an RSS or Atom feed?)' : 'HTML (a web page or an error page?)';
      throw new JsonSyntaxError(`it is ${kind}, not JSON`, where.line, where.column);
    }
    const { position, line, column, problem } = locateSyntaxError({ text, error });
    const where =
      line !== undefined && column !== undefined
        ? { line, column }
        : position !== undefined
          ? lineAndColumn(text, position)
          : { line: 0, column: 0 };
    const at = where.line > 0 ? ` at line ${String(where.line)}, column ${String(where.column)}` : '';
    throw new JsonSyntaxError(`not valid JSON${at}: ${problem}`, where.line, where.column);
  }
}
