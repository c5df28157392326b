/**
 * Build-time minification of Lit's template literals, for the script-tag and embed builds
 * (the npm build stays readable). The JavaScript minifier leaves template text alone, so
 * the indentation and comments of every `css` and `html` template would ship as written.
 *
 * - css`…`: comments go; whitespace runs become one space, and go entirely next to
 *   `{ } ; , )`, after `(` and `:`, and around `>` in a selector or at-rule prelude. A space
 *   anywhere else may be a descendant combinator (`a :is(b)`, `${host} .phases`) or needed
 *   by `calc(1rem + 2px)` and `and (min-width: …)`, so it stays. Strings, `url(…)` and
 *   escapes are copied as written, but for the quotes of an attribute selector's value that
 *   is a name (`[part~='title']`); the `;` after a block's last declaration goes.
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
import type { Plugin } from 'vite';
import { applyEdits, parseModule, projectModulePlugin, walk, type AstNode, type Edit, type SourceMapV3, type TemplateElementNode } from './source-edits.js';

const whitespace = /[ \t\n\r\f]/;

/** Thrown when a css template cannot be read with certainty; the template is left as written. */
class Unreadable extends Error {}

/** Where an attribute selector's value starts (`[part~=`), and a value that needs no quotes there. */
const attributeValueStart = /\[[\w-]+[~|^$*]?=$/;
const cssName = /^[A-Za-z_][\w-]*$/;

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
      const value = text.slice(at + 1, end - 1);
      // An attribute selector's value that is a name needs no quotes: [part~='title'] is [part~=title].
      const bare = !pending && attributeValueStart.test(out) && text.charAt(end) === ']' && cssName.test(value);
      emit(bare ? value : text.slice(at, end), OPAQUE, at);
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
  const program = parseModule(code, id);
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
  return projectModulePlugin('infest-minify-literals', minifyTemplates);
}
