import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { transform } from 'lightningcss';
import { litTemplates, minifyCss, minifyHtml, minifyTemplates } from '../../build/minify-literals.js';

const root = new URL('../..', import.meta.url).pathname;

/** One css template with no expressions. */
const css1 = (text: string): string => minifyCss([text]).join('');

/**
 * What a browser-grade CSS engine (lightningcss, Vite's own) makes of the text, minified, with
 * each expression replaced by `placeholder`: equal output means equal meaning.
 */
function meaning(pieces: readonly string[], placeholder: string): string {
  const code = pieces.join(placeholder);
  const result = transform({ filename: 'x.css', code: Buffer.from(code), minify: true, errorRecovery: true }).code.toString();
  // Custom property values keep their whitespace as written; next to a comma or bracket it
  // means nothing once the value is substituted.
  return result.replace(/\s*([,()])\s*/g, '$1');
}

function expectSameMeaning(pieces: readonly string[]): void {
  const minified = minifyCss(pieces);
  // An identifier placeholder catches a lost space next to an expression (`${h} .x` → `${h}.x`);
  // an empty comment keeps the text around expressions valid CSS.
  for (const placeholder of ['p', '/**/']) {
    expect(meaning(minified, placeholder), `${pieces.join('${…}')}\n→ ${minified.join('${…}')}`).to.equal(meaning(pieces, placeholder));
  }
}

describe('minifying lit templates at build time', () => {
  describe('css', () => {
    const cases: [string, string][] = [
      [":host(:not([theme='light'])) {\n  color: red;\n}\n", ':host(:not([theme=light])){color:red}'],
      // A space before `:` or `(` is a descendant combinator: it stays.
      ['a :is(b) {\n  c: d;\n}', 'a :is(b){c:d}'],
      ['a :hover, b ::before { x: y }', 'a :hover,b ::before{x:y}'],
      ['@media (min-width: 34rem) {\n  a { b: c; }\n}', '@media (min-width:34rem){a{b:c}}'],
      ['@media screen and (min-width: 34rem) and (max-width: 50rem) { a { b: c } }', '@media screen and (min-width:34rem) and (max-width:50rem){a{b:c}}'],
      ['a { width: calc(1rem + 2px); margin: calc( 100%  -  (2 * 1rem) ); }', 'a{width:calc(1rem + 2px);margin:calc(100% - (2 * 1rem))}'],
      ["a::before { content: ' · '; }", "a::before{content:' · '}"],
      ['a::before { content: "a  ;  { } b"; }', 'a::before{content:"a  ;  { } b"}'],
      ['a { background: url( "a b.png" ) no-repeat, url(data:image/svg+xml;utf8,<svg  x>) ; }', 'a{background:url( "a b.png" ) no-repeat,url(data:image/svg+xml;utf8,<svg  x>)}'],
      ['a   b  >  c ,\n  d ~ e + f { x: y }', 'a b>c,d ~ e + f{x:y}'],
      // `>` in a value is left alone; in an at-rule prelude it may go.
      ['a { --arrow: a > b; }', 'a{--arrow:a > b}'],
      ['@media (width > 30rem) { a { b: c } }', '@media (width>30rem){a{b:c}}'],
      ['/* a comment */\na /* inside */ b { c: d; /* last */ }', 'a b{c:d}'],
      ['a { border: 1px/**/solid red; }', 'a{border:1px solid red}'],
      ['a { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif !important; }', 'a{font:1rem/1.5 system-ui,-apple-system,"Segoe UI",sans-serif !important}'],
      ['a { grid-area: 1 / 1; color: color-mix(in srgb, red 10%, transparent); }', 'a{grid-area:1 / 1;color:color-mix(in srgb,red 10%,transparent)}'],
      ['@keyframes pulse {\n  50% {\n    opacity: 0.55;\n  }\n}', '@keyframes pulse{50%{opacity:0.55}}'],
      ['@container (min-width: 48rem) { a { b: c } }', '@container (min-width:48rem){a{b:c}}'],
      ["[part~='skeleton'] > * { grid-area: 1 / 1; }", '[part~=skeleton]>*{grid-area:1 / 1}'],
      // Quotes stay around a value that is not a name, or when a space comes before or after it.
      ["[lang|='x-1'], [a='1b'], [a= 'b'], [a='b' i], a::before { content: 'b' }", "[lang|=x-1],[a='1b'],[a= 'b'],[a='b' i],a::before{content:'b'}"],
      // Backslashes: `\\:` is an escaped colon in a class name (the space after it is a combinator).
      ['.md\\\\:flex :hover { a: b }', '.md\\\\:flex :hover{a:b}'],
      ['a::before { content: "\\\\2014  x"; }', 'a::before{content:"\\\\2014  x"}'],
      ['.a\\\\31 23 b { c: d }', '.a\\\\31 23 b{c:d}'],
      ['@media print { @layer base; a { b: c; } }', '@media print{@layer base;a{b:c}}'],
      ['\n  \n', ''],
    ];
    for (const [input, output] of cases) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
        expect(css1(input)).to.equal(output);
        expectSameMeaning([input]);
      });
    }

    it('never touches expressions, and keeps one space next to one unless this side allows none', () => {
      const pieces = ['\n  ', ' .phases {\n    color: red;\n  }\n  :host([x]) {\n    ', '\n  }\n  ', ' @container (min-width: 48rem) {\n    ', '\n  }\n'];
      expect(minifyCss(pieces)).to.deep.equal(['', ' .phases{color:red}:host([x]){', '}', ' @container (min-width:48rem){', '}']);
      expectSameMeaning(pieces);
      expect(minifyCss(['a { color: ', '; margin: ', ' 1rem; }'])).to.deep.equal(['a{color:', ';margin:', ' 1rem}']);
      expect(minifyCss(['a ', ' b'])).to.deep.equal(['a ', ' b']);
    });

    it('leaves a template alone when a comment or string runs into an expression', () => {
      const comment = ['a { /* ', ' */ b: c; }'];
      expect(minifyCss(comment)).to.deep.equal(comment);
      const string = ["a { content: '", "'; }"];
      expect(minifyCss(string)).to.deep.equal(string);
    });

    it('keeps the meaning of every css template in src/', () => {
      let count = 0;
      for (const file of sourceFiles()) {
        const code = readFileSync(file, 'utf8');
        for (const template of litTemplates(code, file).filter((found) => found.kind === 'css')) {
          expectSameMeaning(template.pieces.map((piece) => piece.raw));
          count++;
        }
      }
      expect(count).to.be.greaterThan(3);
    });
  });

  describe('html', () => {
    it('collapses whitespace runs to one space and never removes whitespace-only text', () => {
      expect(minifyHtml(['\n  <ul part="list">\n    <li>a</li>\n    <li>b</li>\n  </ul>\n'])).to.deep.equal([' <ul part="list"> <li>a</li> <li>b</li> </ul> ']);
      expect(minifyHtml(['<a\n    href=', '\n    class="x   y"\n  >', '</a>  ', ''])).to.deep.equal(['<a href=', ' class="x y" >', '</a> ', '']);
    });

    it('never touches expressions; whitespace between two stays one space', () => {
      expect(minifyHtml(['<p>', '\n\n', '</p>'])).to.deep.equal(['<p>', ' ', '</p>']);
    });

    it('leaves <pre>, <textarea>, <script> and <style> content as written, across expressions', () => {
      const pieces = ['<div>\n  <pre class="a">\n  line 1\n    ', '\n</pre>\n  <textarea>  x  </TEXTAREA>  <style> a  { } </style> </div>'];
      expect(minifyHtml(pieces)).to.deep.equal(['<div> <pre class="a">\n  line 1\n    ', '\n</pre> <textarea>  x  </TEXTAREA> <style> a  { } </style> </div>']);
    });

    it('keeps backslash sequences (a line continuation stays one)', () => {
      expect(minifyHtml(['a \\\n   b \\n  c'])).to.deep.equal(['a \\\n b \\n c']);
    });
  });

  describe('in a module', () => {
    const module = [
      "import { css as style, html, type TemplateResult } from 'lit';",
      "import { html as testHtml } from '@open-wc/testing';",
      '',
      'const styles = style`',
      '  :host {',
      '    display: block;',
      '  }',
      '`;',
      'export function list(items: readonly string[]): TemplateResult {',
      '  return html`',
      '    <ul>',
      "      ${items.map((item) => html`<li>  ${item + '  two  spaces  '}  </li>`)}",
      '    </ul>',
      '  `;',
      '}',
      'const plain = `  not   a   template   tag  `;',
      'const other = testHtml`  <p>  x  </p>  `;',
      'export const marker = [styles, plain, other];',
    ].join('\n');

    it('minifies templates tagged with lit’s css and html only, nested ones too', () => {
      const result = minifyTemplates(module, 'module.ts');
      expect(result?.code).to.contain('style`:host{display:block}`');
      expect(result?.code).to.contain("html` <ul> ${items.map((item) => html`<li> ${item + '  two  spaces  '} </li>`)} </ul> `");
      expect(result?.code).to.contain('`  not   a   template   tag  `');
      expect(result?.code).to.contain('testHtml`  <p>  x  </p>  `');
    });

    it('returns nothing when there is nothing to minify', () => {
      expect(minifyTemplates("import { html } from 'lit';\nexport const a = html`<p>x</p>`;", 'a.ts')).to.equal(undefined);
      expect(minifyTemplates('export const a = 1;', 'a.ts')).to.equal(undefined);
    });

    it('maps the code after the templates back to where it was', () => {
      const result = minifyTemplates(module, 'module.ts');
      if (!result) throw new Error('nothing minified');
      const map = new SourceMap(result.map);
      const generated = result.code.split('\n');
      const line = generated.findIndex((text) => text.startsWith('export const marker'));
      const entry = map.findEntry(line, 'export const '.length);
      const original = module.split('\n');
      expect('originalLine' in entry && original[entry.originalLine]?.slice(entry.originalColumn)).to.equal('marker = [styles, plain, other];');
    });
  });
});

function sourceFiles(directory = join(root, 'src')): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative(process.cwd(), path)] : [];
  });
}
