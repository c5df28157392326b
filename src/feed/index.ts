/**
 * The Node-safe data API (`infest-widgets/feed`): no DOM, no Lit. Reads JSON Feed 1.0/1.1
 * (with the `_infest` extension) and WordPress REST posts into one model.
 */
export { parseFeed } from './parse.js';
export { FeedError, formatWarning } from './errors.js';
export { relatedArticles, titleKeywords, DEFAULT_RELATED_WEIGHTS, DEFAULT_RELATED_THRESHOLD } from './related.js';
export type { RelatedOptions, RelatedResult, RelatedWeights, ScoredArticle } from './related.js';
export { phaseStatus, phaseArticles, byNewest } from './phases.js';
export type { PhaseStatus } from './phases.js';
export { parseDate, dateSpan, compareDates } from './dates.js';
export { htmlToText } from './html-text.js';
export type * from './types.js';
