import { forgetFeeds } from '../../src/load/feed-loader.js';
import type { InfestElement, WidgetStatus } from '../../src/internal/infest-element.js';

/** A small JSON Feed with the `_infest` extension, fresh for every call. */
export function widgetFeed(): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Contoh feed uji',
    home_page_url: 'https://example.org/',
    language: 'id',
    items: [
      {
        id: 'kolaborasi-ponorogo',
        url: 'https://example.org/sampel/kolaborasi-ponorogo/',
        title: 'Kolaborasi dan Koordinasi Pelindungan Pekerja Migran Indonesia di Kabupaten Ponorogo',
        summary: 'Kolaborasi lintas aktor dalam pemberdayaan pekerja migran di Ponorogo perlu terus didorong.',
        content_text: 'Kolaborasi lintas aktor…',
        // Served by the test server, so it loads (a picture that fails is drawn as a placeholder).
        image: '/demo/images/kolaborasi-ponorogo.svg',
        date_published: '2021-11-02T10:00:00+07:00',
        authors: [{ name: 'Sofwan Hadi' }],
        tags: ['pekerja migran', 'Ponorogo', 'desa'],
        _infest: { program: 'pmi', phase: 'fase-2', category: 'Pekerja Migran', image_alt: 'Pertemuan di kantor Infest' },
      },
      {
        id: 'kopi-tiga-desa',
        url: 'https://example.org/sampel/kopi-tiga-desa/',
        title: 'Komunitas Pekerja Migran Terbentuk di Tiga Desa',
        content_text: 'Contoh artikel tentang KOPI.',
        date_published: '2019-05-20T09:00:00+07:00',
        authors: [{ name: 'Penulis Contoh' }, { name: 'Penulis Kedua' }],
        tags: ['pekerja migran', 'desa'],
        _infest: { program: 'pmi', phase: 'fase-1', category: 'Pekerja Migran' },
      },
      {
        id: 'data-desa',
        url: 'https://example.org/sampel/data-desa/',
        title: 'Jurnalisme Data untuk Desa',
        content_text: 'Contoh artikel tentang data desa.',
        date_published: '2023-02-14T08:00:00+07:00',
        authors: [{ name: 'Penulis Contoh' }],
        tags: ['jurnalisme data', 'desa'],
        _infest: { program: 'kip', category: 'Keterbukaan Informasi' },
      },
    ],
    _infest: {
      programs: [
        {
          id: 'pmi',
          title: 'Pelindungan Pekerja Migran Indonesia dari Hulu',
          region: 'Kabupaten Ponorogo',
          phases: [
            { id: 'fase-1', title: 'Fase 1', start: '2018', end: '2020', villages: ['Pondok', 'Bringinan', 'Gelanglor'] },
            { id: 'fase-2', title: 'Fase 2', start: '2021', end: '2023', villages: ['Pondok', 'Bringinan', 'Gelanglor', 'Pager', 'Karangpatihan'] },
            { id: 'fase-3', title: 'Fase 3', start: '2024' },
          ],
        },
        { id: 'kip', title: 'Keterbukaan Informasi Desa', phases: [{ id: 'kip-1', title: 'Rintisan', start: '2022-03', end: '2023-08' }] },
      ],
    },
  };
}

type Handler = (url: string, init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * Replaces `fetch` (every URL goes to `handler`) and records every call. Restore it in
 * `afterEach`.
 */
export function mockFetch(handler: Handler): { calls: string[]; restore: () => void } {
  // Each test starts without copies kept by earlier ones (memory and localStorage).
  forgetFeeds();
  localStorage.clear();
  const original = window.fetch.bind(window);
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    return Promise.resolve(handler(url, init));
  };
  return {
    calls,
    restore: () => {
      window.fetch = original;
      forgetFeeds();
      localStorage.clear();
    },
  };
}

/** A JSON response, optionally held back until `delay` ms pass or the request is aborted. */
export function jsonResponse(body: unknown, { status = 200, delay = 0, signal }: { status?: number; delay?: number; signal?: AbortSignal | null } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    }, delay);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
}

/** The detail of the next `infest-load` or `infest-error` event of `element`. */
export function nextEvent<K extends 'infest-load' | 'infest-error'>(
  element: Element,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]['detail']> {
  return new Promise((resolve) => {
    element.addEventListener(type, (event) => { resolve((event as GlobalEventHandlersEventMap[K]).detail); }, { once: true });
  });
}

/** Waits until the widget shows `status` (or fails the test after `timeout` ms). */
export async function untilStatus(element: InfestElement, status: WidgetStatus, timeout = 3000): Promise<void> {
  const start = performance.now();
  for (;;) {
    await element.updateComplete;
    if (element.status === status) return;
    if (performance.now() - start > timeout) throw new Error(`<${element.localName}> stayed "${element.status}", expected "${status}"`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The visible text of a widget's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
