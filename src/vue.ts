/**
 * `infest-widgets/vue`: types only, for Vue 3 + TypeScript (vue-tsc, Volar). Once in the app,
 * `import type {} from 'infest-widgets/vue';`, and `<infest-article-list :limit="6"
 * @infest-load="…">` is checked against the element's class and events.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ElementEvents, ElementProps, Elements } from './internal/element-props.js';

// Vue's guide for custom elements not built with Vue: templates read props from `$props`
// and events from `$emit`, which the elements don't have.
type AsComponent<Tag extends keyof ElementProps> = new () => Elements[Tag] & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: HTMLAttributes & ElementProps[Tag] & PublicProps;
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: EmitFn<{ [Name in keyof ElementEvents]: (event: ElementEvents[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'infest-article-card': AsComponent<'infest-article-card'>;
    'infest-article-list': AsComponent<'infest-article-list'>;
    'infest-related-articles': AsComponent<'infest-related-articles'>;
    'infest-program-timeline': AsComponent<'infest-program-timeline'>;
  }
}
