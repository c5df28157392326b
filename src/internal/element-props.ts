/**
 * What a framework template may set on each element, for the types-only entries `jsx.ts`
 * (React) and `vue.ts`: the public properties, typed as the classes type them, and the events.
 */
import type { InfestArticleCard } from '../components/article-card/article-card.js';
import type { InfestArticleList } from '../components/article-list/article-list.js';
import type { InfestRelatedArticles } from '../components/related-articles/related-articles.js';
import type { InfestProgramTimeline } from '../components/program-timeline/program-timeline.js';
import type { InfestErrorDetail, InfestLoadDetail } from './infest-element.js';

export interface Elements {
  'infest-article-card': InfestArticleCard;
  'infest-article-list': InfestArticleList;
  'infest-related-articles': InfestRelatedArticles;
  'infest-program-timeline': InfestProgramTimeline;
}

type Common = 'src' | 'feed' | 'lang' | 'theme' | 'headingLevel' | 'target' | 'timeout';

/** Text properties also take what the widget turns into text (see `propertyText`). */
interface AsText {
  src: URL;
  article: number;
  now: Date;
}
interface AsList {
  tag: readonly string[];
  author: readonly string[];
  program: readonly string[];
  category: readonly string[];
}

type Settable<Tag extends keyof Elements, Key extends keyof Elements[Tag], Also = AsText> = {
  [P in Key]?: Elements[Tag][P] | (P extends keyof Also ? Also[P] : never);
};

export interface ElementProps {
  'infest-article-card': Settable<'infest-article-card', Common | 'article' | 'layout'>;
  'infest-article-list': Settable<'infest-article-list', Common | 'limit' | 'layout' | 'tag' | 'author' | 'program' | 'category' | 'showTags', AsText & AsList>;
  'infest-related-articles': Settable<'infest-related-articles', Common | 'article' | 'limit' | 'threshold' | 'layout'>;
  'infest-program-timeline': Settable<'infest-program-timeline', Common | 'program' | 'now' | 'layout'>;
}

/** Every element fires both (see the classes' `@fires`). */
export interface ElementEvents {
  'infest-load': CustomEvent<InfestLoadDetail>;
  'infest-error': CustomEvent<InfestErrorDetail>;
}
