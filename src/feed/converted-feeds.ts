import { quote } from './errors.js';
import { isObject, type JsonObject } from './read.js';

/**
 * Feeds of other formats written as JSON: RSS (rss.js), Blogger's Atom, and what rss2json.com
 * (and services copying its shape) answer, an RSS feed converted to `{ status, feed, items }`
 * whose items have `link` and `pubDate`, not JSON Feed's fields. Read as a JSON Feed it would
 * fail on every item ("no id"); refused instead, saying what it is.
 */
export function convertedFeedMessage(input: JsonObject): string | undefined {
  // RSS written as JSON (Dave Winer's rss.js, scripting.com): { rss: { version, channel } }.
  if (isObject(input.rss) && isObject(input.rss.channel)) {
    return 'this is an RSS feed written as JSON ("rss", "channel"), not a JSON Feed; give the widget the site\'s JSON Feed (JSON Feed 1.1) or its WordPress posts URL (/wp-json/wp/v2/posts?_embed)';
  }
  // Blogger's /feeds/posts/default?alt=json: Google's GData, Atom written as JSON ("$t" texts).
  if (isObject(input.feed) && (Array.isArray(input.feed.entry) || (isObject(input.feed.title) && '$t' in input.feed.title))) {
    return "this is Blogger's JSON (?alt=json: an Atom feed written as JSON, \"feed\", \"entry\"), not a JSON Feed; Blogger makes no JSON Feed, so give the widget a JSON Feed (JSON Feed 1.1) or a WordPress posts URL (/wp-json/wp/v2/posts?_embed)";
  }
  if (typeof input.status !== 'string' || 'version' in input) return undefined;
  if (input.status === 'error' && typeof input.message === 'string') {
    return `an RSS-to-JSON service answered with an error instead of a feed: ${quote(input.message)}; give the widget a JSON Feed or a WordPress posts URL instead`;
  }
  if (!isObject(input.feed) || !Array.isArray(input.items)) return undefined;
  return 'this is an RSS feed converted by an RSS-to-JSON service (rss2json: "status", "feed", "items"), not a JSON Feed; give the widget the site\'s JSON Feed (JSON Feed 1.1) or its WordPress posts URL (/wp-json/wp/v2/posts?_embed)';
}
