// The <infest-related-articles> demo: the element from source, and the form that configures the first one.
import '../src/components/related-articles/related-articles.js';
import type { InfestRelatedArticles } from '../src/components/related-articles/related-articles.js';
import { bindAttributeForm } from './attribute-form.js';

bindAttributeForm(
  document.querySelector<HTMLFormElement>('#controls'),
  document.querySelector<InfestRelatedArticles>('#configurable'),
  (attributes) => `<infest-related-articles ${attributes}></infest-related-articles>`,
);
