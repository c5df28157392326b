// The <infest-article-list> demo: the element from source, the form that configures the first one,
// and a paged feed for "load more".
import '../src/components/article-list/article-list.js';
import type { InfestArticleList } from '../src/components/article-list/article-list.js';

/*
 * A feed in pages, for the demo only: /demo-pages/N.json are the sample feed cut in three, each
 * page's `next_url` pointing to the next, answered here instead of by a server. Page 2 fails
 * the first time, to show the inline error and its retry. Other requests go to the network.
 */
const PAGE_SIZE = 7;
let page2Failed = false;
const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const match = /^\/demo-pages\/(\d+)\.json$/.exec(url.pathname);
  if (!match) return realFetch(input, init);
  const page = Number(match[1]);
  await new Promise((resolve) => setTimeout(resolve, 600));
  if (page === 2 && !page2Failed) {
    page2Failed = true;
    return new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' });
  }
  const feed = (await (await realFetch(new URL('./feed.json', location.href))).json()) as { items: unknown[] };
  const items = feed.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const last = page * PAGE_SIZE >= feed.items.length;
  const body = {
    ...feed,
    // Relative URLs in a page resolve against it: keep the sample images where they are.
    home_page_url: new URL('./', location.href).href,
    feed_url: url.href,
    items: items.map((item) => {
      const withImage = item as { image?: string };
      return withImage.image ? { ...withImage, image: new URL(withImage.image, location.href).href } : item;
    }),
    ...(last ? {} : { next_url: new URL(`/demo-pages/${String(page + 1)}.json`, location.href).href }),
  };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/feed+json' } });
};

const form = document.querySelector<HTMLFormElement>('#controls');
const list = document.querySelector<InfestArticleList>('#configurable');
const snippet = document.querySelector('#snippet');

/** Attributes left at their default are not written, in the element or the snippet. */
const defaults: Record<string, string> = { layout: 'list', limit: '6', tag: '', author: '', program: '', category: '', lang: 'id', theme: 'auto' };

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function apply(): void {
  if (!form || !list) return;
  const data = new FormData(form);
  const attributes: string[] = ['src="https://example.org/feed.json"'];
  for (const [name, fallback] of Object.entries(defaults)) {
    const entry = data.get(name);
    const value = typeof entry === 'string' ? entry.trim() : '';
    if (value === '' || value === fallback) {
      list.removeAttribute(name);
    } else {
      list.setAttribute(name, value);
      attributes.push(`${name}="${escapeAttribute(value)}"`);
    }
  }
  const showTags = data.has('show-tags');
  list.toggleAttribute('show-tags', showTags);
  if (showTags) attributes.push('show-tags');
  if (snippet) {
    snippet.textContent = `<infest-article-list ${attributes.join(' ')}>\n  <h2 slot="heading">Artikel terbaru</h2>\n</infest-article-list>`;
  }
}

form?.addEventListener('input', apply);
form?.addEventListener('submit', (event) => {
  event.preventDefault();
});
apply();
