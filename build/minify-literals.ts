/**
 * Build-time minification of Lit's template literals, for the script-tag and embed builds
 * (the npm build stays readable). The JavaScript minifier leaves template text alone, so
 * the indentation and comments of every `css` and `html` template would ship as written.
 *
 * - css`…`: comments go; whitespace runs become one space, and go entirely next to
 *   `{ } ; , )`, after `(` and `:`, and around `>` in a selector or at-rule prelude. A space
 *   anywhere else may be a descendant combinator (`a :is(b)`, `${host} .phases`) or needed
 *   by `calc(1rem + 2px)` and `and (min-width: …)`, so it stays. Strings, `url(…)` and
 *   escapes are copied as written; the `;` after a block's last declaration goes.
 * - html`…`: whitespace runs become one space (a run of whitespace renders as one space;
 *   whitespace-only text is never removed, since it may separate inline content), except
 *   inside <pre>, <textarea>, <script> and <style>.
 * - Expressions (`${…}`) are never touched; nested templates inside them are minified on
 *   their own. Whitespace next to an expression stays one space unless the character on
 *   this side makes it removable.
 * - Only templates whose tag is `css` or `html` imported from lit (lit, lit-html,
 *   lit-element, @lit/*) are changed. A template this cannot read with certainty (a comment
 *   or string that runs into an expression) is left as written.
 */
import { parseSync, type Plugin } from 'vite';

const whitespace = /[ \t\n\r\f]/;

/** Thrown when a css template cannot be read with certainty; the template is left as written. */
class Unreadable extends Error {}

/** Characters after which whitespace can go, and before which it can go. */
const removableAfter = new Set(['{', '}', ';', ',', '(', ':']);
const removableBefore = new Set(['{', '}', ';', ',', ')']);

/** Where a quoted CSS string starting at `start` ends (exclusive); throws if it does not end in this text. */
function stringEnd(text: string, start: number): number {
  const quote = text.charAt(start);
  for (let at = start + 1; at < text.length; at++) {
    const char = text.charAt(at);
    if (char === '\\') at++;
    else if (char === quote) return at + 1;
    else if (char === '\n') break;
  }
  throw new Unreadable('string');
}

/**
 * Where a backslash sequence starting at `start` ends (exclusive). In the raw template text
 * `\\` is one backslash for CSS, which escapes what follows it (up to six hex digits and one
 * whitespace character, or any one character); any other backslash escapes one character for
 * JavaScript.
 */
function escapeEnd(text: string, start: number): number {
  if (text.charAt(start + 1) !== '\\') return Math.min(text.length, start + 2);
  const hex = /[\dA-Fa-f]{1,6}[ \t\n\r\f]?/y;
  hex.lastIndex = start + 2;
  if (hex.test(text)) return hex.lastIndex;
  // `\\` then `\x`: the CSS escape of a character JavaScript escaped again.
  if (text.charAt(start + 2) === '\\') return Math.min(text.length, start + 4);
  return Math.min(text.length, start + 3);
}

/**
 * Whether the `>` next to a whitespace run at `at` is in a selector or an at-rule prelude:
 * the statement it is in reaches `{` before `;` or `}` (within this piece of the template).
 */
function inPrelude(text: string, at: number): boolean {
  for (let index = at; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '{') return true;
    if (char === ';' || char === '}') return false;
    if (char === '"' || char === "'") index = stringEnd(text, index) - 1;
  }
  return false;
}

/** `edge`: the start or end of the whole template; `expression`: a `${…}`; `opaque`: a string, escape or url(). */
type Neighbour = string;
const EDGE = 'edge';
const EXPRESSION = 'expression';
const OPAQUE = 'opaque';

function minifyCssPiece(text: string, first: boolean, last: boolean): string {
  let out = '';
  let previous: Neighbour = first ? EDGE : EXPRESSION;
  let pending = false;
  const spaceNeeded = (next: Neighbour, at: number): boolean => {
    if (previous === EDGE || next === EDGE) return false;
    if (removableAfter.has(previous) || removableBefore.has(next)) return false;
    if ((previous === '>' || next === '>') && inPrelude(text, at)) return false;
    return true;
  };
  const emit = (chunk: string, kind: Neighbour, at: number): void => {
    if (pending && spaceNeeded(kind === OPAQUE ? chunk.charAt(0) : kind, at)) out += ' ';
    pending = false;
    out += chunk;
    previous = kind;
  };
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (whitespace.test(char)) {
      pending = true;
      at++;
    } else if (char === '/' && text.charAt(at + 1) === '*') {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) throw new Unreadable('comment');
      // A comment separates tokens as whitespace would (`1px/**/solid` is not `1pxsolid`).
      pending = true;
      at = end + 2;
    } else if (char === '"' || char === "'") {
      const end = stringEnd(text, at);
      emit(text.slice(at, end), OPAQUE, at);
      at = end;
    } else if (char === '\\') {
      const end = escapeEnd(text, at);
      emit(text.slice(at, end), OPAQUE, at);
      at = end;
    } else if (/url\(/iy.test(text.slice(at, at + 4)) && !/[\w-]/.test(text.charAt(at - 1))) {
      const close = text.indexOf(')', at);
      const end = close < 0 ? text.length : close + 1;
      emit(text.slice(at, end), OPAQUE, at);
      at = end;
    } else {
      if (char === '}' && previous === ';') {
        // The last declaration needs no `;`; an at-rule statement (`@layer a;`) keeps it.
        const before = out.slice(0, -1);
        const statement = before.slice(Math.max(before.lastIndexOf('{'), before.lastIndexOf(';'), before.lastIndexOf('}')) + 1);
        if (!statement.startsWith('@')) out = before;
      }
      emit(char, char, at);
      at++;
    }
  }
  if (pending && spaceNeeded(last ? EDGE : EXPRESSION, text.length)) out += ' ';
  return out;
}

/**
 * Minifies the raw text of a css template, given as the pieces between its expressions.
 * Returns as many pieces, or the same pieces when the template cannot be read with certainty.
 */
export function minifyCss(pieces: readonly string[]): string[] {
  try {
    return pieces.map((piece, index) => minifyCssPiece(piece, index === 0, index === pieces.length - 1));
  } catch (error) {
    if (error instanceof Unreadable) return [...pieces];
    throw error;
  }
}

/** Collapses whitespace runs to one space, leaving backslash sequences as written. */
function collapse(text: string): string {
  return text.replace(/\\[\s\S]|[ \t\n\r\f]+/g, (match) => (match.startsWith('\\') ? match : ' '));
}

/** Minifies the raw text of an html template, given as the pieces between its expressions. */
export function minifyHtml(pieces: readonly string[]): string[] {
  let closing: RegExp | undefined;
  return pieces.map((piece) => {
    let out = '';
    let at = 0;
    while (at < piece.length) {
      if (closing) {
        closing.lastIndex = at;
        const found = closing.exec(piece);
        const end = found ? found.index + found[0].length : piece.length;
        out += piece.slice(at, end);
        at = end;
        if (found) closing = undefined;
      } else {
        const opening = /<(pre|textarea|script|style)\b/gi;
        opening.lastIndex = at;
        const found = opening.exec(piece);
        const end = found ? found.index + found[0].length : piece.length;
        out += collapse(piece.slice(at, end));
        at = end;
        if (found) closing = new RegExp(`</${found[1] ?? ''}\\b`, 'gi');
      }
    }
    return out;
  });
}

// ── Finding Lit's templates in a module ───────────────────────────────────────────────────

interface AstNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

interface TemplateElementNode extends AstNode {
  readonly value: { readonly raw: string };
}

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

function walk(node: AstNode, visit: (node: AstNode) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) walk(value, visit);
  }
}

/** Local names of lit's `css` and `html` tags imported by this module. */
function litTags(program: AstNode): Map<string, 'css' | 'html'> {
  const tags = new Map<string, 'css' | 'html'>();
  for (const statement of program.body as AstNode[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    const source = (statement.source as { value?: unknown }).value;
    if (typeof source !== 'string' || !/^(lit|lit-html|lit-element)(\/.*)?$|^@lit\//.test(source)) continue;
    for (const specifier of statement.specifiers as AstNode[]) {
      const imported = specifier.imported as { name?: unknown; value?: unknown } | undefined;
      const name = imported?.name ?? imported?.value;
      const local = (specifier.local as { name: string }).name;
      if (specifier.type === 'ImportSpecifier' && (name === 'css' || name === 'html')) tags.set(local, name);
    }
  }
  return tags;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A lit template found in a module: which tag, and where each piece of its raw text is. */
export interface LitTemplate {
  readonly kind: 'css' | 'html';
  readonly pieces: readonly { readonly start: number; readonly end: number; readonly raw: string }[];
}

/**
 * Every `css` and `html` template in `code` whose tag is imported from lit (`id` says whether
 * it is TypeScript). Templates whose text cannot be located exactly are left out.
 */
export function litTemplates(code: string, id: string): LitTemplate[] {
  const lang = /\.tsx?$/.test(id) ? 'ts' : 'js';
  // astType 'js': template element spans without their delimiters, as in ESTree.
  const parsed = parseSync(id, code, { lang, astType: 'js', sourceType: 'module' });
  const error = parsed.errors.find((found) => found.severity === 'Error');
  if (error) throw new Error(`${id}: ${error.message}`);
  const program = parsed.program as unknown as AstNode;
  const tags = litTags(program);
  const templates: LitTemplate[] = [];
  if (tags.size === 0) return templates;
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const tag = node.tag as AstNode & { name?: string };
    const kind = tag.type === 'Identifier' ? tags.get(tag.name ?? '') : undefined;
    if (!kind) return;
    const quasis = (node.quasi as { quasis: TemplateElementNode[] }).quasis;
    const pieces = quasis.map((quasi) => {
      const raw = quasi.value.raw;
      const start = [quasi.start, quasi.start + 1].find((offset) => code.startsWith(raw, offset) && /[`}]/.test(code.charAt(offset - 1)));
      return start === undefined ? undefined : { start, end: start + raw.length, raw };
    });
    if (pieces.every((piece) => piece !== undefined)) templates.push({ kind, pieces });
  });
  return templates;
}

/** Edits that minify every lit css/html template in `code`, in order; empty when there is nothing to do. */
function templateEdits(code: string, id: string): Edit[] {
  const edits: Edit[] = [];
  for (const { kind, pieces } of litTemplates(code, id)) {
    const raw = pieces.map((piece) => piece.raw);
    const minified = kind === 'css' ? minifyCss(raw) : minifyHtml(raw);
    pieces.forEach((piece, index) => {
      const text = minified[index] ?? piece.raw;
      if (text !== piece.raw) edits.push({ start: piece.start, end: piece.end, text });
    });
  }
  return edits.sort((a, b) => a.start - b.start);
}

// ── A source map for the edits (so that later maps, and `npm run size`, still point home) ─

export interface SourceMapV3 {
  readonly version: 3;
  readonly file: string;
  readonly sourceRoot: string;
  readonly sources: string[];
  readonly sourcesContent: string[];
  readonly names: string[];
  readonly mappings: string;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += base64.charAt(digit);
  } while (rest > 0);
  return out;
}

/** Line and column of each offset in `offsets` (ascending) within `text`. */
function positions(text: string, offsets: readonly number[]): [number, number][] {
  const result: [number, number][] = [];
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  for (const offset of offsets) {
    for (; scanned < offset; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++;
        lineStart = scanned + 1;
      }
    }
    result.push([line, offset - lineStart]);
  }
  return result;
}

/**
 * Applies `edits` to `code` and maps the result back: one segment at each edit, and in the
 * unchanged text at each line start and word start, so that identifiers keep their position.
 */
function applyEdits(code: string, edits: readonly Edit[], id: string): { code: string; map: SourceMapV3 } {
  let out = '';
  const anchors: { generated: number; original: number }[] = [];
  const keep = (from: number, to: number): void => {
    const boundary = /\n|\b\w/g;
    anchors.push({ generated: out.length, original: from });
    for (const match of code.slice(from, to).matchAll(boundary)) {
      const offset = from + match.index + (match[0] === '\n' ? 1 : 0);
      if (offset < to && offset > from) anchors.push({ generated: out.length + offset - from, original: offset });
    }
    out += code.slice(from, to);
  };
  let at = 0;
  for (const edit of edits) {
    keep(at, edit.start);
    anchors.push({ generated: out.length, original: edit.start });
    for (const match of edit.text.matchAll(/\n/g)) anchors.push({ generated: out.length + match.index + 1, original: edit.start });
    out += edit.text;
    at = edit.end;
  }
  keep(at, code.length);

  const generated = positions(out, anchors.map((anchor) => anchor.generated));
  const original = positions(code, anchors.map((anchor) => anchor.original));
  const lines: string[] = [];
  let previousOriginal: [number, number] = [0, 0];
  let previousColumn = 0;
  let currentLine = -1;
  let previousGenerated = -1;
  anchors.forEach((anchor, index) => {
    const [line = 0, column = 0] = generated[index] ?? [];
    const [originalLine = 0, originalColumn = 0] = original[index] ?? [];
    if (anchor.generated === previousGenerated) return;
    previousGenerated = anchor.generated;
    while (currentLine < line) {
      lines.push('');
      currentLine++;
      previousColumn = 0;
    }
    const segment = vlq(column - previousColumn) + vlq(0) + vlq(originalLine - previousOriginal[0]) + vlq(originalColumn - previousOriginal[1]);
    lines[line] = lines[line] === '' ? segment : `${lines[line] ?? ''},${segment}`;
    previousColumn = column;
    previousOriginal = [originalLine, originalColumn];
  });
  return { code: out, map: { version: 3, file: id, sourceRoot: '', sources: [id], sourcesContent: [code], names: [], mappings: lines.join(';') } };
}

/**
 * Minifies every lit css/html template in a module's code. Returns undefined when nothing
 * changes; throws when the code does not parse.
 */
export function minifyTemplates(code: string, id: string): { code: string; map: SourceMapV3 } | undefined {
  if (!code.includes('`')) return undefined;
  const edits = templateEdits(code, id);
  return edits.length === 0 ? undefined : applyEdits(code, edits, id);
}

/** The Vite/rolldown plugin: minifies lit templates in the project's own modules. */
export function minifyLiterals(): Plugin {
  return {
    name: 'infest-minify-literals',
    enforce: 'post',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (path.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(path)) return null;
      return minifyTemplates(code, path) ?? null;
    },
  };
}
