import { expect } from 'chai';
import { stripWarningText } from '../../build/warning-codes.js';

const strip = (code: string): string => stripWarningText(code, '/repo/src/feed/x.ts')?.code ?? code;

describe('the warning-codes build step', () => {
  it('drops the sentence of a warning, keeping the code and the path (the code is the message then)', () => {
    expect(strip('warnings.add(\'invalid-date\', child(path, key), `${quote(raw)} is not a date`);')).to.equal("warnings.add('invalid-date', child(path, key));");
    expect(strip('reader.warnings.add(`unsafe-url`, path, "only http links");')).to.equal('reader.warnings.add(`unsafe-url`, path);');
    expect(strip("this.warnings.add('wrong-type', p, message);")).to.equal("this.warnings.add('wrong-type', p);");
    expect(strip("textWarnings?.add('text-before-json', '$', 'PHP said things');")).to.equal("textWarnings?.add('text-before-json', '$');");
  });

  it('keeps the sentence of a dropped feed item, which a widget can show as its error', () => {
    const code = "warnings.add('item-dropped', path, `an item must be an object, got ${quote(item)}`);";
    for (const module of ['json-feed', 'wordpress']) expect(stripWarningText(code, `/repo/src/feed/${module}.ts`), module).to.equal(undefined);
    expect(strip(code)).to.equal("warnings.add('item-dropped', path);");
  });

  it('leaves every other add call alone', () => {
    for (const code of [
      'ids.add(id);',
      "seen.add('a-b', path, 'c');",
      "warnings.add(code, path, 'a computed code');",
      "warnings.add('not a code', path, 'text');",
      "warnings['add']('wrong-type', path, 'text');",
      "warnings.add('wrong-type', path, 'text', extra);",
    ]) {
      expect(strip(code), code).to.equal(code);
    }
  });

  it('maps the rewritten module back to its source', () => {
    const result = stripWarningText("const a = 1;\nwarnings.add('wrong-type', p, 'long sentence');\nconst b = 2;", '/repo/src/feed/x.ts');
    expect(result?.map.sources).to.deep.equal(['/repo/src/feed/x.ts']);
    expect(result?.map.mappings.split(';')).to.have.length(3);
  });
});
