/**
 * Real network faults, served by the test server (fault-server.js, under /__faults/…), against
 * every widget at once (they share one request): each ends in a clear, localized error state
 * whose `infest-error` detail names the right kind; or, when an earlier visit kept a copy of
 * the same URL, in that copy with the offline notice; and the page stays responsive meanwhile.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { InfestElement, InfestErrorDetail, InfestLoadDetail } from '../../src/internal/infest-element.js';
import type { WidgetErrorKind } from '../../src/internal/widget-error.js';
import { forgetFeeds } from '../../src/load/feed-loader.js';
import { en } from '../../src/locales/en.js';
import { id } from '../../src/locales/id.js';
import { delay, longestPause, quietly, shadowText, untilStatus, widgetTags } from './support.js';

/** The healthy feed's title (fault-server.js). */
const HEALTHY_TITLE = 'Feed sehat dari server uji';
/** What widgets wait for before giving up on hanging routes. */
const TIMEOUT = 400;

interface Watched {
  readonly element: InfestElement;
  readonly errors: InfestErrorDetail[];
  readonly loads: InfestLoadDetail[];
}

let container: HTMLElement;

function unique(): string {
  return `${String(Date.now())}-${Math.random().toString(36).slice(2)}`;
}

/** All four widgets on `src`, their events recorded from the start. */
function widgetsOn(src: string, attributes: Record<string, string> = {}): Watched[] {
  return widgetTags.map((tag) => {
    const element = document.createElement(tag) as InfestElement;
    const watched: Watched = { element, errors: [], loads: [] };
    element.addEventListener('infest-error', (event) => watched.errors.push(event.detail));
    element.addEventListener('infest-load', (event) => watched.loads.push(event.detail));
    for (const [name, value] of Object.entries({ timeout: String(TIMEOUT), ...attributes })) element.setAttribute(name, value);
    element.setAttribute('src', src);
    container.append(element);
    return watched;
  });
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store' });
  return response.json();
}

const faults: { route: string; kind: WidgetErrorKind; what: string; status?: number }[] = [
  { route: '404', kind: 'http', status: 404, what: 'a 404 page' },
  { route: '500', kind: 'http', status: 500, what: 'a 500 error' },
  { route: 'hang', kind: 'timeout', what: 'a server that never answers' },
  { route: 'hang-body', kind: 'timeout', what: 'a body that stops half-way and stays open' },
  { route: 'trickle-forever', kind: 'timeout', what: 'a body that trickles forever' },
  { route: 'invalid-json', kind: 'not-json', what: 'invalid JSON' },
  { route: 'cut-json', kind: 'not-json', what: 'a body cut short that ends cleanly' },
  { route: 'truncated', kind: 'network', what: 'a connection closed before Content-Length bytes' },
  { route: 'truncated-chunked', kind: 'network', what: 'a chunked body whose connection dies' },
  { route: 'reset', kind: 'network', what: 'a connection reset before any answer' },
  { route: 'captive', kind: 'not-json', what: 'an HTML page instead of JSON (captive portal)' },
  { route: 'redirect-captive', kind: 'not-json', what: 'a redirect to a captive portal' },
  { route: 'not-feed', kind: 'not-feed', what: 'JSON that is not a feed' },
  { route: 'huge-declared', kind: 'too-large', what: 'a 10 MB feed with its Content-Length' },
];

const retryable = new Set<WidgetErrorKind>(['http', 'timeout', 'network']);

describe('hostile network: faults served by the test server', function () {
  this.timeout(20_000);

  beforeEach(() => {
    forgetFeeds();
    localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    forgetFeeds();
    localStorage.clear();
  });

  it('serves a healthy feed that every widget shows (the routes work)', async () => {
    const watched = widgetsOn(`/__faults/ok?n=${unique()}`, { program: 'sehat' });
    await quietly(() => Promise.all(watched.map(({ element }) => untilStatus(element, 'loaded'))));
    expect(watched.every(({ loads }) => loads[0]?.feed.title === HEALTHY_TITLE)).to.equal(true);
  });

  for (const { route, kind, what, status } of faults) {
    it(`says "${kind}" for ${what}`, async () => {
      const src = `/__faults/${route}?n=${unique()}`;
      const watched = widgetsOn(src);
      await quietly(() => Promise.all(watched.map(({ element }) => untilStatus(element, 'error', 5000))));
      // As shadowText reads it: white space (the no-break one before the status too) as one space.
      const message = (kind === 'http' ? id.errors.http(status ?? 0) : id.errors[kind]).replace(/\s+/g, ' ');
      for (const { element, errors, loads } of watched) {
        const label = `<${element.localName}>`;
        expect(errors.map((detail) => detail.kind), `${label} infest-error kinds`).to.deep.equal([kind]);
        const [detail] = errors;
        expect(detail?.url, label).to.equal(new URL(src, location.href).href);
        if (status !== undefined) expect(detail?.status, label).to.equal(status);
        if (kind === 'not-json' && route === 'invalid-json') expect(detail?.line, `${label} line of the syntax error`).to.equal(2);
        expect(loads, `${label} infest-load events`).to.deep.equal([]);
        expect(shadowText(element), label).to.contain(message);
        expect(element.shadowRoot!.querySelector('[part~="retry"]') !== null, `${label} retry button`).to.equal(retryable.has(kind));
      }
    });
  }

  it('says it in the reader\'s language (en)', async () => {
    const watched = widgetsOn(`/__faults/500?n=${unique()}`, { lang: 'en' });
    await quietly(() => Promise.all(watched.map(({ element }) => untilStatus(element, 'error'))));
    for (const { element } of watched) expect(shadowText(element)).to.contain(en.errors.http(500).replace(/\s+/g, ' '));
  });

  it('refuses a 10 MB streamed feed at 5 MB, without reading it all, and the page stays responsive', async () => {
    const statsId = unique();
    const src = `/__faults/huge?id=${statsId}`;
    let watched: Watched[] = [];
    const pause = await longestPause(async () => {
      watched = widgetsOn(src, { timeout: '8000' });
      await quietly(() => Promise.all(watched.map(({ element }) => untilStatus(element, 'error', 7000))));
    });
    const stats = (await fetchJson(`/__faults/stats?id=${statsId}`)) as { bytesSent: number; total: number; finished: boolean };
    for (const { element, errors } of watched) {
      expect(errors.map((detail) => detail.kind), `<${element.localName}>`).to.deep.equal(['too-large']);
      expect(shadowText(element)).to.contain(id.errors['too-large']);
    }
    expect(stats.total, 'the server had 10 MB to send').to.be.at.least(10 * 1024 * 1024);
    expect(stats.finished, `the widget gave up before the server finished (${String(stats.bytesSent)} bytes sent)`).to.equal(false);
    expect(pause.timer, 'longest pause of a 0 ms timer (ms)').to.be.below(200);
    expect(pause.frame, 'longest pause between animation frames (ms)').to.be.below(200);
  });

  it('shows a slow trickle once it completes, and the page stays responsive meanwhile', async () => {
    let watched: Watched[] = [];
    const pause = await longestPause(async () => {
      watched = widgetsOn(`/__faults/trickle?n=${unique()}`, { timeout: '8000', program: 'sehat' });
      await quietly(() => Promise.all(watched.map(({ element }) => untilStatus(element, 'loaded', 7000))));
    });
    for (const { element, errors } of watched) expect(errors, `<${element.localName}>`).to.deep.equal([]);
    expect(pause.timer, 'longest pause of a 0 ms timer (ms)').to.be.below(200);
  });

  it('recovers when "try again" is pressed after a failure', async () => {
    const watched = widgetsOn(`/__faults/after/500/${unique()}`, { program: 'sehat' });
    await quietly(async () => {
      await Promise.all(watched.map(({ element }) => untilStatus(element, 'error')));
      for (const { element } of watched) element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await Promise.all(watched.map(({ element }) => untilStatus(element, 'loaded')));
    });
    for (const { element } of watched) expect(shadowText(element)).not.to.contain(id.errors.http(500));
  });

  // "Offline" when the connection failed; "saved copy" when the server answered badly or late.
  const offline = id.offline('').trim();
  const savedCopy = id.savedCopy('').trim();
  const noticeAfter: Record<string, string[]> = { reset: [offline], truncated: [offline, savedCopy] };

  for (const route of ['404', '500', 'hang', 'invalid-json', 'truncated', 'reset', 'captive', 'huge']) {
    it(`shows the copy kept from an earlier visit when the same URL later fails (${route})`, async () => {
      const src = `/__faults/then/${route}/${unique()}`;
      const notices = noticeAfter[route] ?? [savedCopy];
      const absolute = new URL(src, location.href).href;

      // First visit: the feed loads, and the widget keeps a copy on the device.
      const first = widgetsOn(src);
      await quietly(() => Promise.all(first.map(({ element }) => untilStatus(element, 'loaded'))));
      expect(localStorage.getItem(`infest-widgets:feed:v1:${absolute}`), 'copy kept in localStorage').to.not.equal(null);
      container.replaceChildren();
      forgetFeeds(); // a new page: nothing in memory, only what localStorage kept

      // Second visit: the same URL now fails.
      const second = widgetsOn(src, { timeout: '8000', ...(route === 'hang' ? { timeout: String(TIMEOUT) } : {}) });
      await quietly(async () => {
        await Promise.all(second.map(({ element }) => untilStatus(element, 'loaded')));
        const start = performance.now();
        while (!second.every(({ element }) => notices.some((notice) => shadowText(element).includes(notice))) && performance.now() - start < 8000) await delay(20);
      });
      for (const { element, errors, loads } of second) {
        const label = `<${element.localName}>`;
        expect(element.status, label).to.equal('loaded');
        expect(notices.some((notice) => shadowText(element).includes(notice)), `${label}: ${shadowText(element).slice(0, 60)}`).to.equal(true);
        expect(errors, `${label} infest-error events`).to.deep.equal([]);
        expect(loads.length, `${label} infest-load events`).to.be.at.least(1);
        expect(loads.every((detail) => detail.stored && detail.feed.title === HEALTHY_TITLE), `${label} every load is the stored copy`).to.equal(true);
      }
    });
  }
});
