import { expect } from 'chai';
import * as full from '../../src/feed/json-text.js';
import * as lean from '../../src/feed/json-text.browser.js';

/** What parseJsonText made of `text`: the value, or the error's line, column and message. */
function outcome(parse: (text: string) => unknown, text: string): { value?: unknown; line?: number; column?: number; message?: string } {
  try {
    return { value: parse(text) };
  } catch (error) {
    if (!(error instanceof full.JsonSyntaxError || error instanceof lean.JsonSyntaxError)) throw error;
    return { line: error.line, column: error.column, message: error.message };
  }
}

describe('json-text.browser.ts (the script-tag and embed builds’ json-text.ts)', () => {
  it('exports what the browser imports from json-text.ts', () => {
    // The loader imports JsonSyntaxError and parseJsonText; findSyntaxError is the CLI's.
    expect(Object.keys(lean).sort()).to.deep.equal(['JsonSyntaxError', 'parseJsonText']);
    expect(Object.keys(full)).to.include.members(Object.keys(lean));
  });

  it('reads JSON, with or without a byte order mark, as json-text.ts does', () => {
    for (const text of ['{"a":1}', '\uFEFF{"a":[1,"b",null]}', ' [] ', '"x"']) {
      expect(outcome(lean.parseJsonText, text)).to.deep.equal(outcome(full.parseJsonText, text));
    }
  });

  it('says the same as json-text.ts when the text is empty, HTML or XML', () => {
    for (const text of ['', ' \n\t', '  \n <html><body>502</body></html>', '<!doctype html>', '<?xml version="1.0"?><rss>', '\n<feed xmlns="http://www.w3.org/2005/Atom">']) {
      const result = outcome(lean.parseJsonText, text);
      expect(result, JSON.stringify(text)).to.deep.equal(outcome(full.parseJsonText, text));
      expect(result.message).to.match(/^it is /);
    }
  });

  it('otherwise gives the engine’s words, and the line and column when the engine says where', () => {
    const text = '{\n  "a": 1\n  "b": 2}';
    const broken = outcome(lean.parseJsonText, text);
    const { line, column } = outcome(full.parseJsonText, text);
    expect(broken).to.include({ line, column }).and.to.include({ line: 3, column: 3 });
    expect(broken.message).to.match(/^not valid JSON at line 3, column 3: \S/);

    const cut = outcome(lean.parseJsonText, '{"items": [');
    expect(cut).to.include({ line: 1, column: 12 });
    expect(cut.message).to.match(/^not valid JSON at line 1, column 12: /);
  });

  it('throws its own JsonSyntaxError, with line and column', () => {
    expect(() => lean.parseJsonText('{,}')).to.throw(lean.JsonSyntaxError).with.property('name', 'JsonSyntaxError');
  });
});
