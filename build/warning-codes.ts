/**
 * For the script-tag and embed builds: a feed warning keeps its code and JSON path, and its
 * sentence becomes the code. The sentences are for whoever fixes the feed, and they have the
 * validator (`npx infest-widgets validate <url>`, which the console warning names) and the
 * npm package; a village site's readers should not download them. React's production builds
 * do the same with their error messages.
 *
 * Rewritten: in modules under src/, a call `<…warnings>.add('some-code', path, message)`
 * whose first argument is a warning code literal; its third argument goes, and the warning's
 * message is then its code.
 * Kept whole: "item-dropped" in the modules that read a feed's items, whose sentence can end
 * up in an error (when every item of a feed was dropped, the error says why the first one was).
 */
import type { Plugin } from 'vite';
import { applyEdits, parseModule, projectModulePlugin, walk, type AstNode, type Edit, type SourceMapV3 } from './source-edits.js';

const itemReaders = /\/src\/feed\/(?:json-feed|wordpress)\.ts$/;
const warningCode = /^[a-z\d]+(?:-[a-z\d]+)+$/;

interface Literal extends AstNode {
  readonly value: unknown;
}

/** The code string of a literal argument (`'x-y'` or `` `x-y` `` without expressions). */
function codeOf(node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal') {
    const value = (node as Literal).value;
    return typeof value === 'string' && warningCode.test(value) ? value : undefined;
  }
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as { value: { cooked: string | null } }[];
    const cooked = quasis.length === 1 ? quasis[0]?.value.cooked : undefined;
    return cooked != null && warningCode.test(cooked) ? cooked : undefined;
  }
  return undefined;
}

/** Whether `callee` is `warnings.add`, `x.warnings.add` or `textWarnings.add` (optional chaining too). */
function isWarningsAdd(callee: AstNode, code: string): boolean {
  if (callee.type !== 'MemberExpression' || callee.computed === true) return false;
  const property = callee.property as AstNode & { name?: string };
  if (property.name !== 'add') return false;
  const object = callee.object as AstNode;
  return /warnings$/i.test(code.slice(object.start, object.end));
}

/** The edits that replace warning sentences by their codes; empty when there is none. */
function warningEdits(code: string, id: string): Edit[] {
  if (!code.includes('arnings')) return [];
  const keep = itemReaders.test(id) ? 'item-dropped' : undefined;
  const edits: Edit[] = [];
  walk(parseModule(code, id), (node) => {
    if (node.type !== 'CallExpression' || !isWarningsAdd(node.callee as AstNode, code)) return;
    const [first, path, message, extra] = node.arguments as AstNode[];
    const warning = codeOf(first);
    if (!warning || !path || !message || extra || warning === keep) return;
    // The message argument goes: Warnings.add takes the code as the message then.
    edits.push({ start: path.end, end: message.end, text: '' });
  });
  return edits.sort((a, b) => a.start - b.start);
}

/** Replaces warning sentences by their codes in one module; undefined when nothing changes. */
export function stripWarningText(code: string, id: string): { code: string; map: SourceMapV3 } | undefined {
  const edits = warningEdits(code, id);
  return edits.length === 0 ? undefined : applyEdits(code, edits, id);
}

/** The Vite/rolldown plugin, for the browser builds only. */
export function warningCodes(): Plugin {
  return projectModulePlugin('infest-warning-codes', (code, path) => (path.includes('/src/') ? stripWarningText(code, path) : undefined));
}
