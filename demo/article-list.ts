// The <infest-article-list> demo: the element from source, the form that configures the first one,
// and a paged feed for "load more".
import '../src/components/article-list/article-list.js';
import type { InfestArticleList } from '../src/components/article-list/article-list.js';
import { bindAttributeForm } from './attribute-form.js';

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

bindAttributeForm(
  document.querySelector<HTMLFormElement>('#controls'),
  document.querySelector<InfestArticleList>('#configurable'),
  (attributes) => `<infest-article-list ${attributes}>\n  <h2 slot="heading">Artikel terbaru</h2>\n</infest-article-list>`,
);
