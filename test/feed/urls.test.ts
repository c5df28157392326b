import { expect } from 'chai';
import fc from 'fast-check';
import { checkUrl } from '../../src/feed/urls.js';

/** What the WHATWG URL parser alone says of `raw`. */
function parsed(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unsafe';
    return url.username === '' && url.password === '' ? url.href : 'credentials';
  } catch {
    return 'invalid';
  }
}

function checked(raw: string): string {
  const result = checkUrl(raw);
  if (typeof result === 'string') return result;
  return result.reason === 'unsafe' || result.reason === 'credentials' ? result.reason : 'invalid';
}

describe('checkUrl', () => {
  it('refuses a host longer than any DNS name, before the parser spends seconds turning it into punycode', () => {
    const cjk = Array.from({ length: 20_000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    for (const raw of [`https://${cjk}/`, `//${cjk}/a`, `HTTPS:${cjk}`, `https://ü${'a'.repeat(300)}.example/`]) {
      const start = performance.now();
      expect(checkUrl(raw, 'https://infest.or.id/'), raw.slice(0, 20)).to.deep.equal({ reason: 'invalid' });
      expect(performance.now() - start, raw.slice(0, 20)).to.be.below(50);
    }
    // Hosts of up to 253 characters, international ones too, are read; so is a long path.
    expect(checkUrl(`https://${'a'.repeat(60)}.${'b'.repeat(60)}.example/`)).to.be.a('string');
    expect(checkUrl('https://bücher.example/buku')).to.equal('https://xn--bcher-kva.example/buku');
    expect(checkUrl(`https://infest.or.id/${'a'.repeat(2000)}`)).to.be.a('string');
    expect(checkUrl(`${'a'.repeat(2000)}.jpg`, 'https://infest.or.id/')).to.be.a('string');
  });

  it('gives plain http(s) URLs back exactly as the URL parser would', () => {
    for (const raw of [
      'https://example.org',
      'https://example.org/',
      'http://infest.or.id/2021/11/02/kolaborasi/?p=1&x=y#top',
      'https://example.org/a/./b',
      'https://example.org/a/../b',
      'https://example.org/%E2%80%9C',
      'https://example.org/%zz',
      'https://EXAMPLE.org/',
      'https://example.org:443/',
      'https://xn--bcher-kva.example/',
      'https://example.org/a/%2e%2E/b',
      'https://example.org/a/%2e/b',
      "https://example.org/x?q='quoted'",
    ]) {
      expect(checked(raw), raw).to.equal(parsed(raw));
    }
  });

  it('agrees with the URL parser on arbitrary http-like strings', () => {
    const pieces = [...Array.from('az09-._~!$&\'()*+,;=:@/?#[]%AF \t\\'), '%2e', '%2E', '..', '/.', '%2', '%zz'];
    const tail = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://', 'HTTP://', 'https:/', 'https:'), fc.stringMatching(/^[a-z0-9.-]{0,10}$/), tail, (scheme, host, rest) => {
        const raw = scheme + host + rest;
        expect(checked(raw), JSON.stringify(raw)).to.equal(parsed(raw));
      }),
      { numRuns: 20000 },
    );
  });

  it('drops other schemes, however they are spelled', () => {
    for (const raw of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      expect(checkUrl(raw)).to.deep.equal({ reason: 'unsafe' });
    }
  });

  it('drops a URL with a user name or password, which hides where it goes', () => {
    for (const raw of ['https://infest.or.id@evil.example/', 'https://user:pw@img.example/a.jpg', 'http://:pw@x.example/', 'https://infest.or.id%40x@evil.example/']) {
      expect(checkUrl(raw), raw).to.deep.equal({ reason: 'credentials' });
    }
    expect(checkUrl('https://example.org/@infest/post')).to.equal('https://example.org/@infest/post');
    expect(checkUrl('https://example.org/?by=a@b.example')).to.equal('https://example.org/?by=a@b.example');
  });
});
