/**
 * Entry of the self-contained script-tag bundle: defines every element. It exports only the
 * element classes and VERSION (a script tag cannot import anything, and every other export
 * would stay alive in the bundle); the whole API is in the npm package.
 */
// First, so that it runs before Lit: it explains a page's Trusted Types policy that stops Lit.
import './internal/policy-note.js';
export { InfestArticleCard } from './components/article-card/article-card.js';
export { InfestArticleList } from './components/article-list/article-list.js';
export { InfestRelatedArticles } from './components/related-articles/related-articles.js';
export { InfestProgramTimeline } from './components/program-timeline/program-timeline.js';
export { VERSION } from './version.js';
