/**
 * Every public class and type. Importing this module defines every element.
 */
export * from './feed/index.js';
export { InfestArticleCard, type ArticleCardLayout } from './components/article-card/article-card.js';
export { InfestArticleList, type ArticleListLayout } from './components/article-list/article-list.js';
export { InfestRelatedArticles, type RelatedArticlesLayout } from './components/related-articles/related-articles.js';
export { InfestProgramTimeline, type ProgramTimelineLayout } from './components/program-timeline/program-timeline.js';
export { InfestElement, type Theme, type WidgetStatus, type InfestLoadDetail, type InfestErrorDetail } from './internal/infest-element.js';
export { WidgetError, type WidgetErrorKind } from './internal/widget-error.js';
export { loadFeed, forgetFeeds, type FeedSnapshot } from './load/feed-loader.js';
export { VERSION } from './version.js';
