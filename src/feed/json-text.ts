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
 * `JSON.parse` with an error a publisher can act on: where it broke (line and column, in
 * every runtime), and what the text looks like when it is not JSON at all.
 */
export function parseJsonText(raw: string): unknown {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const trimmed = text.trimStart();
    if (trimmed === '') throw new JsonSyntaxError('the response is empty, not JSON', 1, 1);
    if (trimmed.startsWith('<')) {
      const where = lineAndColumn(text, text.length - trimmed.length);
      const kind = /^<\?xml|^<(rss|feed)\b/i.test(trimmed) ? 'XML (an RSS or Atom feed?)' : 'HTML (a web page or an error page?)';
      throw new JsonSyntaxError(`this is ${kind}, not JSON`, where.line, where.column);
    }
    const position = /at position (\d+)/.exec(reason)?.[1];
    const where = lineAndColumn(text, position === undefined ? text.length : Number(position));
    const detail = reason.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'the text ends too early (cut off?)');
    throw new JsonSyntaxError(`not valid JSON at line ${where.line}, column ${where.column}: ${detail}`, where.line, where.column);
  }
}
