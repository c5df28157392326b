import { expect } from 'chai';
import { htmlToText } from '../../src/feed/html-text.js';

describe('htmlToText', () => {
  it('drops tags and script content and decodes references', () => {
    expect(htmlToText('<p>Kolaborasi &amp; <b>koordinasi</b><script>alert(1)</script></p>')).to.equal('Kolaborasi & koordinasi');
  });
});
