/**
 * `infest-widgets/jsx`: types only, for React + TypeScript (@types/react 18.3 or 19). Once in the
 * app, `import type {} from 'infest-widgets/jsx';`, and `<infest-article-list limit={6} />` is
 * checked against the element's class.
 *
 * React 19 adds a listener for a prop named `on` + the event's exact name (`oninfest-load`);
 * React 18 sets every prop as an attribute: there, use the attribute names (`heading-level`)
 * and a ref for events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ElementEvents, ElementProps, Elements } from './internal/element-props.js';

type Props<Tag extends keyof ElementProps> = DetailedHTMLProps<HTMLAttributes<Elements[Tag]>, Elements[Tag]> &
  ElementProps[Tag] & {
    class?: string;
    'heading-level'?: number;
    'oninfest-load'?: (event: ElementEvents['infest-load']) => void;
    'oninfest-error'?: (event: ElementEvents['infest-error']) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how React's JSX types are extended
  namespace JSX {
    interface IntrinsicElements {
      'infest-article-card': Props<'infest-article-card'>;
      'infest-article-list': Props<'infest-article-list'> & { 'show-tags'?: boolean };
      'infest-related-articles': Props<'infest-related-articles'>;
      'infest-program-timeline': Props<'infest-program-timeline'>;
    }
  }
}
