import { expect } from '@open-wc/testing';

const testPage = location.href;
/** The configurator page as served (its markup and styles), with its script run on it at its own address. */
before(async () => {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/configurator.html')).text(), 'text/html');
  await Promise.all(
    ['/demo/demo.css', '/demo/configurator.css'].map((href) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      document.head.append(link);
      return new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
      });
    }),
  );
  document.body.append(...page.body.childNodes);
  // The configurator finds the sample feed and the embed page next to its own address.
  history.replaceState(null, '', '/demo/configurator.html');
  await import('../../demo/configurator.js');
});
after(() => {
  history.replaceState(null, '', testPage);
});

const form = (): HTMLFormElement => document.querySelector('#options')!;
const input = (name: string): HTMLInputElement => form().querySelector(`[name="${name}"]`)!;
function type(name: string, value: string): void {
  input(name).value = value;
  input(name).dispatchEvent(new Event('input', { bubbles: true }));
}
const snippets = (): string[] => ['script', 'iframe', 'npm'].map((kind) => document.getElementById(`${kind}-snippet`)!.textContent);
const copyButtons = (): HTMLButtonElement[] => [...document.querySelectorAll<HTMLButtonElement>('[data-copy]')];

/** The message a field points at with aria-describedby, when it is marked invalid and the message shows. */
function errorShown(name: string): string | undefined {
  const field = input(name);
  const message = document.getElementById(field.getAttribute('aria-describedby') ?? '');
  if (field.getAttribute('aria-invalid') !== 'true' || !message?.checkVisibility()) return undefined;
  return message.textContent;
}
function expectValid(name: string): void {
  expect(input(name).hasAttribute('aria-invalid'), `${name} aria-invalid`).to.equal(false);
  expect(input(name).hasAttribute('aria-describedby'), `${name} aria-describedby`).to.equal(false);
  expect(document.getElementById(`${name}-error`)?.checkVisibility() ?? false, `${name} message`).to.equal(false);
}

describe('the snippet configurator', () => {
  const defaults = new Map<string, string>();
  before(() => {
    for (const name of ['widget', 'src', 'limit', 'threshold', 'fallback-href', 'fallback-text', 'script-url']) defaults.set(name, input(name).value);
  });
  afterEach(() => {
    for (const [name, value] of defaults) type(name, value);
  });

  for (const href of ['javascript:alert(1)', '  JaVaScRiPt:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    it(`refuses the fallback address ${JSON.stringify(href)}, and takes a web address again`, () => {
      type('fallback-href', href);
      expect(errorShown('fallback-href')).to.match(/^“Link address” uses “(javascript|data|vbscript):”, which is not a web page address: enter one that starts with https:\/\/ instead/);
      expect(input('fallback-href').validity.valid).to.equal(false);
      for (const snippet of snippets()) {
        expect(snippet).to.not.match(/javascript|data:|vbscript/i);
        expect(snippet).to.contain('Fix “Link address” first');
      }
      expect(copyButtons().map((button) => button.disabled)).to.deep.equal([true, true, true]);
      expect(document.querySelector('#preview a')?.getAttribute('href') ?? null).to.equal(null);

      type('fallback-href', 'https://infest.or.id/artikel/');
      expectValid('fallback-href');
      for (const snippet of snippets()) expect(snippet).to.contain('<a href="https://infest.or.id/artikel/">');
      expect(copyButtons().map((button) => button.disabled)).to.deep.equal([false, false, false]);
    });
  }

  it('asks for a full fallback address instead of a relative one, with the address to write', () => {
    type('fallback-href', 'infest.or.id/artikel/');
    expect(errorShown('fallback-href')).to.contain('start it with https://infest.or.id/artikel/');
    type('fallback-href', '/artikel/');
    expect(errorShown('fallback-href')).to.contain('is not a full address, so it would point at whatever site the snippet is pasted into');
    for (const snippet of snippets()) expect(snippet).to.not.contain('/artikel/');
  });

  it('says what is wrong with "How many" and keeps the value out of the snippets until it is fixed', () => {
    type('limit', '60');
    expect(errorShown('limit')).to.equal('“How many” is 60, more than 50: enter a whole number from 1 to 50, or leave it empty for the default.');
    type('limit', '2.5');
    expect(errorShown('limit')).to.contain('is 2.5, not a whole number');
    type('limit', '0');
    expect(errorShown('limit')).to.contain('is 0, less than 1');
    for (const snippet of snippets()) expect(snippet).to.equal('Fix “How many” first: what is wrong is said under the field.');

    type('fallback-href', 'javascript:void 0');
    expect(snippets()[0]).to.equal('Fix “How many” and “Link address” first: what is wrong is said under each field.');

    type('fallback-href', 'https://infest.or.id/');
    type('limit', '12');
    expectValid('limit');
    expect(snippets()[0]).to.contain('limit="12"');
  });

  it('checks the threshold only while the widget has one', () => {
    type('widget', 'related-articles');
    type('threshold', '-1');
    expect(errorShown('threshold')).to.equal('“Threshold” is -1, less than 0: enter a whole number 0 or more, or leave it empty for the default.');
    expect(snippets()[0]).to.contain('Fix “Threshold” first');
    type('widget', 'article-list');
    expectValid('threshold');
    expect(snippets()[0]).to.contain('<infest-article-list');
  });

  it('checks the feed URL: a web address or a path on this site', () => {
    type('src', 'ftp://infest.or.id/feed.json');
    expect(errorShown('src')).to.contain('“Feed URL” uses “ftp:”');
    type('src', 'infest.or.id/feed.json');
    expect(errorShown('src')).to.contain('start it with https://infest.or.id/feed.json');
    type('src', '');
    expect(errorShown('src')).to.contain('“Feed URL” is empty');
    type('src', '/demo/feed.json');
    expectValid('src');
    expect(snippets()[0]).to.contain(`src="${location.origin}/demo/feed.json"`);
  });

  it('blocks only the snippet that uses a wrong script address', () => {
    type('script-url', 'infest-widgets.js');
    expect(errorShown('script-url')).to.contain('“Script bundle” is not a full address');
    const [script, iframe, npm] = snippets();
    expect(script).to.equal('Fix “Script bundle” first: what is wrong is said under the field.');
    expect(iframe).to.contain('<iframe');
    expect(npm).to.contain('npm install');
  });

  it('warns, in the iframe note, about a fallback address OpenSID would break, and says what to do', () => {
    type('fallback-href', 'https://infest.or.id/?p=1&copy=2');
    expectValid('fallback-href');
    const note = document.getElementById('iframe-note')!;
    expect(note.textContent).to.contain('“Link address” has “&copy”, which OpenSID turns into “©”: leave out or rename that part of the address.');
    expect(note.classList.contains('warning')).to.equal(true);
    expect(snippets()[0]).to.contain('href="https://infest.or.id/?p=1&amp;copy=2"');
  });

  it('writes no iframe snippet whose address a village site would break, and says why', () => {
    type('src', 'https://infest.or.id/wp-json/wp/v2/posts?_embed');
    const [script, iframe] = snippets();
    expect(script).to.contain('src="https://infest.or.id/wp-json/wp/v2/posts?_embed"');
    expect(iframe).to.equal('No iframe snippet with these values: src cannot travel in its address (the note below says what to do).');
    expect(document.querySelector<HTMLButtonElement>('[data-copy="iframe-snippet"]')!.disabled).to.equal(true);
    expect(document.getElementById('iframe-note')!.textContent).to.contain('needs a short name');
  });

  it('reads a feed URL once its typing pauses, not at every keystroke', async () => {
    const shown = (): string | null => document.querySelector('#preview > *')!.getAttribute('src');
    const before = shown();
    type('src', 'https://i');
    type('src', 'https://infest.or.id/feed.json');
    expect(shown(), 'the preview waits').to.equal(before);
    expect(snippets()[0], 'the snippets do not').to.contain('src="https://infest.or.id/feed.json"');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(shown()).to.equal('https://infest.or.id/feed.json');
  });

  it('is accessible with an error showing', async () => {
    type('fallback-href', 'javascript:alert(1)');
    type('limit', '99');
    expect(errorShown('limit')).to.not.equal(undefined);
    await expect(form()).to.be.accessible();
  });
});
