/**
 * The script-tag and embed builds ship feed-warning codes, not sentences (build/warning-codes.ts),
 * but only for a call `<…warnings>.add('some-code', path, message)` whose sentence is written
 * inside it; anything else ships the English sentence silently. Run `npm run build` first.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule, walk, type AstNode, type TemplateElementNode } from '../../build/source-edits.js';

const root = new URL('../..', import.meta.url).pathname;
// Both as in build/warning-codes.ts, which does not export them.
const warningCode = /^[a-z\d]+(?:-[a-z\d]+)+$/;
const keptWhole = /^src\/feed\/(?:json-feed|wordpress)\.ts$/;
/**
 * Calls whose message is a call of a function of the same module, used only there: the plugin
 * replaces the call, so the bundler drops the function. Its text is checked in the bundles too.
 */
const helperMessages: Record<string, string> = {
  'src/feed/wordpress.ts:leftOutMessage': 'one sentence listing the fields a _fields request left out',
  'src/feed/wordpress.ts:missingGmtMessage': 'one sentence naming the missing *_gmt fields twice',
};
/** Fragments allowed in the bundles, and why. */
const sharedFragments: Record<string, string> = {
  'https://jsonfeed.org/version/1.1': 'the version URL that json-feed.ts compares "version" with',
};

/** The files under `dir` whose path (from the repository root) matches `pattern`. */
const files = (dir: string, pattern: RegExp): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => pattern.test(path));
const read = (dir: string, pattern: RegExp): string => files(dir, pattern).map((path) => readFileSync(join(root, path), 'utf8')).join('\n');

const isLiteralString = (node: AstNode): boolean =>
  (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral';
const isInline = (node: AstNode): boolean =>
  isLiteralString(node) ||
  (node.type === 'ParenthesizedExpression' && isInline(node.expression as AstNode)) ||
  (node.type === 'BinaryExpression' && node.operator === '+' && isInline(node.left as AstNode) && isInline(node.right as AstNode));
const codeOf = (node: AstNode | undefined): unknown =>
  node?.type === 'Literal' ? node.value : node?.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0 ? (node.quasis as TemplateElementNode[])[0]?.value.raw : undefined;

/**
 * The literal text of a message, as the minifier writes it: template quasis raw (the bundles
 * keep backtick templates), string values as they are. Split where the minifier may escape
 * (non-ASCII, e.g. "›" may become \u203A; backslashes; backticks) or, in a string, swap quotes.
 */
function fragmentsOf(node: AstNode): string[] {
  const found: string[] = [];
  // Keys of an object written in the message (the names of its phrases) are not text.
  const keys = new Set<unknown>();
  walk(node, (part) => {
    if (part.type === 'Property') keys.add(part.key);
  });
  walk(node, (part) => {
    if (keys.has(part)) return;
    const pieces =
      part.type === 'TemplateElement'
        ? (part as TemplateElementNode).value.raw.split(/[^\x20-\x7e]|[\\`]/)
        : part.type === 'Literal' && typeof part.value === 'string'
          ? part.value.split(/[^\x20-\x7e]|[\\`'"]/)
          : [];
    found.push(...pieces.map((piece) => piece.trim()).filter((piece) => piece.length >= 20));
  });
  return found;
}

interface Call {
  readonly at: string;
  readonly code: unknown;
  readonly fragments: string[];
}

const problems: string[] = [];
const calls: Call[] = [];
for (const file of files('src', /(?<!\.test)\.ts$/)) {
  const source = readFileSync(join(root, file), 'utf8');
  const program = parseModule(source, join(root, file));
  const functions = new Map<string, AstNode>();
  walk(program, (node) => {
    if (node.type === 'FunctionDeclaration') functions.set((node.id as { name: string }).name, node);
  });
  walk(program, (node) => {
    const callee = node.callee as AstNode | undefined;
    if (node.type !== 'CallExpression' || callee?.type !== 'MemberExpression' || callee.computed === true) return;
    const object = callee.object as AstNode;
    if ((callee.property as { name?: string }).name !== 'add' || !/warnings$/i.test(source.slice(object.start, object.end))) return;
    const at = `${file}:${String(source.slice(0, node.start).split('\n').length)}`;
    const [first, , message, extra] = node.arguments as AstNode[];
    const code = codeOf(first);
    if (typeof code !== 'string' || !warningCode.test(code)) problems.push(`${at}: the first argument must be a warning code literal such as 'missing-field'`);
    if (!message || extra) problems.push(`${at}: give exactly three arguments (code, path, message)`);
    if (!message) return;
    const helper = message.type === 'CallExpression' ? `${file}:${String((message.callee as { name?: string }).name)}` : '';
    const body = functions.get(helper.slice(file.length + 1));
    if (isInline(message)) calls.push({ at, code, fragments: keptWhole.test(file) && code === 'item-dropped' ? [] : fragmentsOf(message) });
    else if (helper in helperMessages && body) calls.push({ at, code, fragments: fragmentsOf(body) });
    else problems.push(`${at}: write the message inside the call (a string, a template or a + of them), or the script-tag build ships its sentence`);
  });
}

describe('feed-warning sentences in the script-tag and embed builds', () => {
  const fragments = [...new Set(calls.flatMap((call) => call.fragments))];

  it('every warnings.add call has a code literal and its message written inline', () => {
    expect(problems, problems.join('\n')).to.deep.equal([]);
    // 60 calls and 72 fragments when this was written: a much lower count means the search broke.
    expect(calls.length).to.be.greaterThan(50);
    expect(fragments.length).to.be.greaterThan(60);
  });

  it('the npm build keeps the sentences, so the search finds them', () => {
    const npm = read('dist', /^dist\/(?!cdn\/|embed\/).*\.js$/);
    expect(fragments.filter((fragment) => !npm.includes(fragment))).to.deep.equal([]);
  });

  for (const [name, dir, pattern] of [
    ['dist/cdn/infest-widgets.js', 'dist/cdn', /\/infest-widgets\.js$/],
    ['dist/cdn/infest-widgets.iife.js', 'dist/cdn', /\/infest-widgets\.iife\.js$/],
    ['dist/embed/assets/*.js', 'dist/embed/assets', /\.js$/],
  ] as const) {
    it(`${name} has no warning sentence`, () => {
      const text = read(dir, pattern);
      expect(text.length, 'run `npm run build` first').to.be.greaterThan(10_000);
      const leaks = calls.flatMap((call) =>
        call.fragments.filter((fragment) => !(fragment in sharedFragments) && text.includes(fragment)).map((fragment) => `${call.at} (${String(call.code)}): "${fragment}"`),
      );
      expect(leaks, `sentences shipped (see build/warning-codes.ts):\n${leaks.join('\n')}`).to.deep.equal([]);
    });
  }
});
