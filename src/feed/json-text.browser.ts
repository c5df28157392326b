/**
 * The script-tag and embed builds' json-text.ts (chosen by `resolve.alias` in vite.config.ts):
 * the same API without the hand-written JSON scanner, which only the validator CLI needs to
 * word a syntax error the same in every runtime. A widget shows its own sentence for broken
 * feeds; the developer message here keeps the useful part — empty, HTML or XML instead of
 * JSON — and otherwise gives the engine's own words.
 */

/**
 * The text is not JSON; `line` and `column` (1-based) say where it stopped making sense,
 * when the engine says so (0 when it does not, as in Safari).
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

/** `JSON.parse` with an error that says what the text is when it is not JSON at all. */
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
    // Chromium: "… at position 12 (line 2 column 5)"; Firefox: "… at line 2 column 5 of the
    // JSON data"; every engine: "… end of …" or "EOF" when the text is cut off.
    const problem = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(problem);
    const position = /position (\d+)/.exec(problem);
    const where = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position || /end of|EOF/i.test(problem)
        ? lineAndColumn(text, position ? Number(position[1]) : text.length)
        : { line: 0, column: 0 };
    const at = where.line > 0 ? ` at line ${String(where.line)}, column ${String(where.column)}` : '';
    throw new JsonSyntaxError(`not valid JSON${at}: ${problem}`, where.line, where.column);
  }
}
