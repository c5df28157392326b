/**
 * Shared by the build plugins that rewrite a module's code: walking the ESTree AST Vite's
 * parser gives, and applying text edits with a source map back to the original, so that
 * later maps (and `npm run size`) still point home.
 */
import { parseSync, type Plugin } from 'vite';

export interface AstNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

export interface TemplateElementNode extends AstNode {
  readonly value: { readonly raw: string };
}

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

export function walk(node: AstNode, visit: (node: AstNode) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) walk(value, visit);
  }
}

/** The ESTree program of a module (`id` says whether it is TypeScript); throws on a syntax error. */
export function parseModule(code: string, id: string): AstNode {
  const lang = /\.tsx?$/.test(id) ? 'ts' : 'js';
  // astType 'js': template element spans without their delimiters, as in ESTree.
  const parsed = parseSync(id, code, { lang, astType: 'js', sourceType: 'module' });
  const error = parsed.errors.find((found) => found.severity === 'Error');
  if (error) throw new Error(`${id}: ${error.message}`);
  return parsed.program as unknown as AstNode;
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

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
export function applyEdits(code: string, edits: readonly Edit[], id: string): { code: string; map: SourceMapV3 } {
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
 * A post-transform plugin that rewrites the project's own script modules (never node_modules)
 * with `rewrite(code, path)`, which returns undefined when it changes nothing.
 */
export function projectModulePlugin(name: string, rewrite: (code: string, path: string) => { code: string; map: SourceMapV3 } | undefined): Plugin {
  return {
    name,
    enforce: 'post',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (path.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(path)) return null;
      return rewrite(code, path) ?? null;
    },
  };
}
