import { expect } from 'chai';
import * as full from '../../src/feed/json-syntax.js';
import * as lean from '../../src/feed/json-syntax.browser.js';

/** What JSON.parse threw for `text`. */
function refused(text: string): { text: string; error: unknown } {
  try {
    JSON.parse(text);
  } catch (error) {
    return { text, error };
  }
  throw new Error(`${text} is valid JSON`);
}

describe('json-syntax.browser.ts (the script-tag and embed builds’ json-syntax.ts)', () => {
  it('has the same API as json-syntax.ts', () => {
    expect(Object.keys(lean)).to.deep.equal(Object.keys(full).filter((name) => name === 'locateSyntaxError'));
  });

  it('gives the engine’s words, and where the engine says it broke', () => {
    const broken = refused('{\n  "a": 1\n  "b": 2}');
    const location = lean.locateSyntaxError(broken);
    expect(location.problem).to.equal((broken.error as Error).message);
    // Chromium says line and column, Node the position: either points at the same place.
    if (location.line !== undefined) expect(location).to.include({ line: 3, column: 3 });
    else expect(location.position).to.equal(full.locateSyntaxError(broken).position);
  });

  it('points at the end of a text that is cut off', () => {
    const cut = refused('{"items": [');
    const location = lean.locateSyntaxError(cut);
    if (location.line !== undefined) expect(location).to.include({ line: 1, column: 12 });
    else expect(location.position).to.equal(cut.text.length);
  });

  it('says nothing of where when the engine does not', () => {
    expect(lean.locateSyntaxError({ text: '{', error: new SyntaxError('Unexpected token') })).to.deep.equal({ problem: 'Unexpected token' });
  });
});
