// The <infest-related-articles> demo: the element from source, and the form that configures the first one.
import '../src/components/related-articles/related-articles.js';
import type { InfestRelatedArticles } from '../src/components/related-articles/related-articles.js';

const form = document.querySelector<HTMLFormElement>('#controls');
const related = document.querySelector<InfestRelatedArticles>('#configurable');
const snippet = document.querySelector('#snippet');

/** Attributes left at their default are not written, in the element or the snippet. */
const defaults: Record<string, string> = { article: '', limit: '4', threshold: '2', layout: 'list', lang: 'id', theme: 'auto' };

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function apply(): void {
  if (!form || !related) return;
  const data = new FormData(form);
  const attributes: string[] = ['src="https://example.org/feed.json"'];
  for (const [name, fallback] of Object.entries(defaults)) {
    const entry = data.get(name);
    const value = typeof entry === 'string' ? entry.trim() : '';
    if (value === '' || value === fallback) {
      related.removeAttribute(name);
    } else {
      related.setAttribute(name, value);
      attributes.push(`${name}="${escapeAttribute(value)}"`);
    }
  }
  if (snippet) snippet.textContent = `<infest-related-articles ${attributes.join(' ')}></infest-related-articles>`;
}

form?.addEventListener('input', apply);
form?.addEventListener('submit', (event) => {
  event.preventDefault();
});
apply();
