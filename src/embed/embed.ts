import { requestFeedEarly } from '../load/feed-request.js';
import { embedConfig } from './config.js';
import { planEmbed } from './params.js';

/**
 * The embed page's first script, kept small: it asks for the feed at once, then loads the
 * widgets (embed-page.ts), so that on a slow phone network the two arrive together instead of
 * one after the other. The build preloads embed-page's chunk from the page's <head>.
 */
const plan = planEmbed(location.search, location.href, embedConfig);
const src = plan.ok ? plan.attributes.find(([name]) => name === 'src')?.[1] : undefined;
if (src !== undefined) requestFeedEarly(src);

import('./embed-page.js').then(
  ({ start }) => { start(plan); },
  (error: unknown) => {
    // The page's fallback says, after a while, that the content cannot be shown here.
    console.warn(`infest-widgets embed: the widgets' script did not load (${String(error)})`);
  },
);
