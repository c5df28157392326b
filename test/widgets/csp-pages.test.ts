import { expect, waitUntil } from '@open-wc/testing';

/**
 * Pages with a Content-Security-Policy, for real: a policy in a `<meta>` that the parser reads
 * (one inserted by a script later is not enforced), in a same-origin iframe that loads the
 * widgets as its own modules.
 */

interface CspPage {
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  /** What the page's script wrote with console.error and console.warn. */
  readonly logged: string[];
  /** `effectiveDirective blockedURI` of every violation the page reported. */
  readonly violations: string[];
  readonly frame: HTMLIFrameElement;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens `body` under `policy`, with `entry` (a module of src/) loaded first. */
async function cspPage(policy: string, entry: string, body: string): Promise<CspPage> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.style.cssText = 'width: 400px; height: 600px';
  const entryUrl = new URL(`/src/${entry}`, location.href).href;
  frame.srcdoc = `<!doctype html><html lang="id"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script>
      window.logged = [];
      window.violations = [];
      for (const level of ['error', 'warn']) console[level] = (...args) => { window.logged.push(args.map(String).join(' ')); };
      document.addEventListener('securitypolicyviolation', (event) => { window.violations.push(event.effectiveDirective + ' ' + event.blockedURI); });
      window.started = import(${JSON.stringify(entryUrl)}).then(() => 'defined', (error) => String(error));
    </script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis & { logged: string[]; violations: string[]; started: Promise<string> };
  await view.started;
  return { window: view, document: frame.contentDocument!, logged: view.logged, violations: view.violations, frame };
}

const shadowPart = (element: Element, name: string): Element | null => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;

describe("a page whose Content-Security-Policy connect-src leaves out the feed's origin", () => {
  it('shows the blocked message without a retry, in every widget, after one refused request', async () => {
    const feed = new URL('/demo/feed.json', location.href).href;
    const page = await cspPage(
      "connect-src 'none'",
      'index.ts',
      ['infest-article-card', 'infest-article-list', 'infest-program-timeline'].map((tag) => `<div><${tag} src="${feed}"><a href="/">tautan</a></${tag}></div>`).join(''),
    );
    const widgets = [...page.document.querySelectorAll<HTMLElement & { status: string }>('infest-article-card, infest-article-list, infest-program-timeline')];
    await waitUntil(() => widgets.every((widget) => widget.status === 'error'), 'every widget shows its error', { timeout: 5000 });
    for (const widget of widgets) {
      expect(shadowPart(widget, 'error')?.textContent, widget.localName).to.include('Konten ini tidak diizinkan di sini.');
      expect(shadowPart(widget, 'retry'), widget.localName).to.equal(null);
    }
    // One added later is refused at once too, without asking again.
    const later = page.document.createElement('infest-article-card') as HTMLElement & { status: string };
    later.setAttribute('src', feed);
    page.document.body.append(later);
    await waitUntil(() => later.status === 'error', 'the later widget shows its error', { timeout: 5000 });
    expect(shadowPart(later, 'error')?.textContent).to.include('Konten ini tidak diizinkan di sini.');
    expect(page.violations.filter((violation) => violation.startsWith('connect-src')), 'one request, refused once').to.have.lengthOf(1);
    const warned = page.logged.filter((line) => line.startsWith('infest-widgets'));
    expect(warned[0]).to.include(`does not allow connecting to ${location.origin}`).and.include('connect-src');
  });
});

describe('a page whose connect-src allows one path of a host', () => {
  it('still loads a feed on that path after a feed elsewhere on the host was refused', async () => {
    const page = await cspPage(`connect-src ${location.origin}/demo/`, 'index.ts', '<div><infest-article-card src="/__faults/ok"></infest-article-card></div>');
    const refused = page.document.querySelector<HTMLElement & { status: string }>('infest-article-card')!;
    await waitUntil(() => refused.status === 'error', 'the feed off the path is refused', { timeout: 5000 });
    expect(shadowPart(refused, 'error')?.textContent).to.include('Konten ini tidak diizinkan di sini.');
    const allowed = page.document.createElement('infest-article-card') as HTMLElement & { status: string };
    allowed.setAttribute('src', '/demo/feed.json');
    page.document.body.append(allowed);
    await waitUntil(() => allowed.status === 'loaded', 'the feed on the allowed path loads', { timeout: 5000 });
  });
});

describe("a page whose Trusted Types list leaves out Lit's policy (trusted-types default)", () => {
  it('says in one console error what to add, and leaves the fallback content showing', async () => {
    const page = await cspPage(
      "require-trusted-types-for 'script'; trusted-types default",
      'cdn.ts',
      '<div><infest-article-card src="/demo/feed.json"><a href="https://infest.or.id/">Baca artikel</a></infest-article-card></div>',
    );
    await waitUntil(() => page.logged.some((line) => line.startsWith('infest-widgets:')), 'the widgets say why they did not start', { timeout: 3000 });
    const said = page.logged.filter((line) => line.startsWith('infest-widgets:'));
    expect(said).to.have.lengthOf(1);
    expect(said[0]).to.include('add lit-html to its trusted-types directive').and.include('trusted-types default lit-html');
    expect(page.window.customElements.get('infest-article-card')).to.equal(undefined);
    const link = page.document.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
