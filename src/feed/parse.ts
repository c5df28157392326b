import { convertedFeedMessage } from './converted-feeds.js';
import { FeedError, jsonType, Warnings } from './errors.js';
import { looksLikeJsonFeed, parseJsonFeed } from './json-feed.js';
import { isObject } from './read.js';
import { looksLikeWordPressPost, parseWordPressPosts, wordPressComV1Message, wordPressErrorMessage, wordPressIndexMessage } from './wordpress.js';
import { noteLocalLinks } from './local-links.js';
import type { Feed, ParseOptions, ParseResult } from './types.js';

/**
 * Turns a JSON Feed (1.0 or 1.1, with the `_infest` extension) or a WordPress REST posts
 * response into the normalized model. Throws `FeedError` only when the input cannot be a
 * feed at all; everything repairable is repaired or dropped and listed in `warnings`.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const warnings = new Warnings();
  const feed = readFeed(input, options, warnings);
  noteLocalLinks(feed.articles, options.baseUrl, warnings);
  return { feed, warnings: warnings.list };
}

function readFeed(input: unknown, options: ParseOptions, warnings: Warnings): Feed {
  if (Array.isArray(input)) return parseWordPressPosts(input, options, warnings);
  if (!isObject(input)) {
    throw new FeedError('$', `expected a JSON Feed object or a WordPress posts array, got ${jsonType(input)}`);
  }
  const refusal = wordPressErrorMessage(input) ?? wordPressComV1Message(input, options.baseUrl) ?? wordPressIndexMessage(input) ?? convertedFeedMessage(input);
  if (refusal !== undefined) throw new FeedError('$', refusal);
  if (looksLikeJsonFeed(input)) return parseJsonFeed(input, options, warnings);
  if (looksLikeWordPressPost(input)) return parseWordPressPosts([input], options, warnings, () => '$');
  throw new FeedError(
    '$',
    'this JSON is neither a JSON Feed (it has no "version" or "items") nor a WordPress posts array; check the feed URL',
  );
}
