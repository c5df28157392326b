/**
 * Keeps a demo element's attributes in step with a form: each field names an attribute; a
 * value left at its default (the field's `data-default`) is removed, a checkbox toggles a
 * boolean attribute. Shows the element's markup in #snippet, when `snippet` is given.
 */
export function bindAttributeForm(form: HTMLFormElement | null, element: Element | null, snippet?: (attributes: string) => string): void {
  if (!form || !element) return;
  const output = document.getElementById('snippet');
  const apply = (): void => {
    const attributes: string[] = ['src="https://example.org/feed.json"'];
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
      const { name } = field;
      if (field instanceof HTMLInputElement && field.type === 'checkbox') {
        element.toggleAttribute(name, field.checked);
        if (field.checked) attributes.push(name);
        continue;
      }
      const value = field.value.trim();
      const fallback = field.dataset.default ?? '';
      if (value === '' || value === fallback) {
        element.removeAttribute(name);
      } else {
        element.setAttribute(name, value);
        attributes.push(`${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
      }
    }
    if (output && snippet) output.textContent = snippet(attributes.join(' '));
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  apply();
}
