import { requestFeedEarly } from '../load/feed-request.js';
import { embedConfig } from './config.js';
import { planEmbed, type WidgetName } from './params.js';

/**
 * The embed page's first script, kept small: it asks for the feed at once, then loads the page
 * (embed-page.ts) and the one widget it shows, so that on a slow phone network the feed and
 * the widget's script arrive together instead of one after the other, and a reader downloads
 * one widget, not four. The build preloads what every widget shares from the page's <head>.
 */
const widgets: Record<WidgetName, () => Promise<unknown>> = {
  'article-card': () => import('../components/article-card/article-card.js'),
  'article-list': () => import('../components/article-list/article-list.js'),
  'related-articles': () => import('../components/related-articles/related-articles.js'),
  'program-timeline': () => import('../components/program-timeline/program-timeline.js'),
};

const plan = planEmbed(location.search, location.href, embedConfig);
const src = plan.ok ? plan.attributes.find(([name]) => name === 'src')?.[1] : undefined;
if (src !== undefined) requestFeedEarly(src);

Promise.all([import('./embed-page.js'), plan.ok ? widgets[plan.widget]() : undefined]).then(
  ([{ start }]) => { start(plan); },
  (error: unknown) => {
    // The page's fallback says, after a while, that the content cannot be shown here.
    console.warn(`infest-widgets embed: the widgets' script did not load (${String(error)})`);
  },
);
