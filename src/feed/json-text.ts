import type { Warnings } from './errors.js';
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

// What PHP prints when display_errors is on, with or without html_errors: "<br />\n<b>Warning</b>:
// … in <b>/path/x.php</b> on line <b>12</b><br />" or "Deprecated: … on line 12".
const phpMessage =
  /^\s*(?:<br\s*\/?>\s*)?(?:<b>)?(?:PHP )?(?:Deprecated|Notice|Warning|Strict Standards|(?:Recoverable )?[Ff]atal error|Parse error)(?:<\/b>)?:[^\n]*? on line (?:<b>)?\d+(?:<\/b>)?(?:<br\s*\/?>)?/;

/**
 * JSON after the PHP messages a misconfigured server prints before it (common on shared
 * hosting), with a warning that quotes the first; undefined when the text does not start with
 * one. When no JSON follows (a fatal error), the error quotes the message.
 */
function afterPhpMessages(text: string, warnings?: Warnings): unknown {
  let rest = text;
  let first: string | undefined;
  for (let match = phpMessage.exec(rest); match; match = phpMessage.exec(rest)) {
    first ??= match[0].replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim();
    rest = rest.slice(match[0].length);
  }
  if (first === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(rest);
  } catch {
    throw new JsonSyntaxError(`it is a PHP error from the server, not JSON: "${first.slice(0, 160)}"`, 1, 1);
  }
  warnings?.add(
    'text-before-json',
    '$',
    `the server printed PHP messages before the JSON ("${first.slice(0, 160)}"); they were skipped. Turn display_errors off on the site (WordPress: WP_DEBUG_DISPLAY false)`,
  );
  return json;
}

// An XML declaration, a doctype, comments: what may come before a document's first element.
const prolog = /^(?:<\?[^>]*>|<!--[\s\S]*?-->|<![^>]*>|\s)*/;

/** What a text that starts with "<" is, by its first element: a page, a feed, an image. */
function markupKind(text: string): string {
  const start = text.slice(0, 2000);
  const root = /^<([A-Za-z][\w:.-]*)/.exec(start.slice(prolog.exec(start)?.[0].length ?? 0))?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'XML (an RSS or Atom feed?)';
  if (root === 'svg') return 'an SVG image';
  const page = root === 'html' || root === 'head' || root === 'body';
  return !page && /^<\?xml/i.test(start) ? 'XML' : 'HTML (a web page or an error page?)';
}

/**
 * `JSON.parse` with an error a publisher can act on: what is wrong and where (line and
 * column), worded the same in every runtime, and what the text is when it is not JSON at all.
 * JSON behind PHP messages is read, with a warning in `warnings`.
 */
export function parseJsonText(raw: string, warnings?: Warnings): unknown {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const recovered = afterPhpMessages(text, warnings);
    if (recovered !== undefined) return recovered;
    // UTF-16 read as UTF-8 (as fetch and the CLI read it): its byte order mark turns into two
    // U+FFFD, and every other byte of ASCII text into U+0000.
    if (/^(?:\uFFFD\uFFFD|[^\0]\0|\0[^\0])/.test(text)) {
      throw new JsonSyntaxError('it is UTF-16 text, not UTF-8 as JSON must be; save or serve the feed as UTF-8', 1, 1);
    }
    const trimmed = text.trimStart();
    if (trimmed === '') throw new JsonSyntaxError('it is empty', 1, 1);
    if (trimmed.startsWith('<')) {
      const where = lineAndColumn(text, text.length - trimmed.length);
      throw new JsonSyntaxError(`it is ${markupKind(trimmed)}, not JSON`, where.line, where.column);
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
