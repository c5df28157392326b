// The <infest-program-timeline> demo: the element from source, and the form that configures the first one.
import '../src/components/program-timeline/program-timeline.js';
import type { InfestProgramTimeline } from '../src/components/program-timeline/program-timeline.js';

const form = document.querySelector<HTMLFormElement>('#controls');
const timeline = document.querySelector<InfestProgramTimeline>('#configurable');

function apply(): void {
  if (!form || !timeline) return;
  const data = new FormData(form);
  const value = (name: string): string => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry : '';
  };
  for (const name of ['program', 'now', 'layout', 'lang', 'theme']) {
    const entry = value(name);
    if (entry === '') timeline.removeAttribute(name);
    else timeline.setAttribute(name, entry);
  }
}

form?.addEventListener('input', apply);
form?.addEventListener('submit', (event) => {
  event.preventDefault();
});
apply();
