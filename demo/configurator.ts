// The snippet configurator: a form, a live preview, and the three snippets to copy.
import '../src/index.js';
import { loadFeed } from '../src/load/feed-loader.js';
import { widgetParameters, widgetTags, type WidgetName } from '../src/embed/params.js';
import { fallbackIframeProblems, iframeProblems, iframeSnippet, iframeUrl, npmSnippet, scriptSnippet, webAddressProblem, type SnippetOptions } from '../src/embed/snippets.js';
import type { HeightMessage } from '../src/embed/height.js';
import { VERSION } from '../src/version.js';

function required(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`configurator: ${selector} is missing from the page`);
  return element;
}

const form = required('#options') as HTMLFormElement;
const preview = required('#preview');
const field = (name: string): HTMLInputElement => required(`#options [name="${name}"]`) as HTMLInputElement;
const select = (name: string): HTMLSelectElement => required(`#options select[name="${name}"]`) as HTMLSelectElement;

const sampleFeed = new URL('./feed.json', location.href).href;
const layouts: Record<WidgetName, string[]> = {
  'article-card': ['vertical', 'horizontal', 'compact'],
  'article-list': ['list', 'grid', 'compact'],
  'related-articles': ['list', 'grid'],
  'program-timeline': ['', 'vertical', 'horizontal'],
};
const fallbackTexts: Record<WidgetName, Record<string, string>> = {
  'article-card': { id: 'Baca artikel di infest.or.id', en: 'Read the article on infest.or.id' },
  'article-list': { id: 'Baca artikel Infest Yogyakarta', en: 'Read Infest Yogyakarta’s articles' },
  'related-articles': { id: 'Artikel terkait di infest.or.id', en: 'Related articles on infest.or.id' },
  'program-timeline': { id: 'Lihat program di infest.or.id', en: 'See the program on infest.or.id' },
};

field('src').value = sampleFeed;
field('fallback-href').value = 'https://infest.or.id/';
field('script-url').value = `https://cdn.jsdelivr.net/npm/infest-widgets@${VERSION}/dist/cdn/infest-widgets.iife.js`;
field('embed-url').value = new URL('/src/embed/index.html', location.href).href;

const widget = (): WidgetName => select('widget').value as WidgetName;
let fallbackEdited = false;
field('fallback-text').addEventListener('input', () => {
  fallbackEdited = true;
});

/** Shows only the options the chosen widget has, and its layouts. */
function showWidgetOptions(): void {
  for (const label of form.querySelectorAll<HTMLLabelElement>('#widget-options label')) {
    const name = label.querySelector('select, input')?.getAttribute('name') ?? '';
    label.hidden = !widgetParameters[widget()].includes(name);
  }
  const layout = select('layout');
  const current = layout.value;
  layout.replaceChildren(...layouts[widget()].map((value) => new Option(value || 'auto (by width)', value)));
  if (layouts[widget()].includes(current)) layout.value = current;
  if (!fallbackEdited) field('fallback-text').value = fallbackTexts[widget()][field('lang').value] ?? '';
}

/** Fills the article and program choices from the feed. */
async function loadChoices(): Promise<void> {
  try {
    const { feed } = await loadFeed(field('src').value);
    const fill = (name: string, entries: [string, string][]): void => {
      const choice = select(name);
      const current = choice.value;
      choice.replaceChildren(new Option('(default)', ''), ...entries.map(([value, label]) => new Option(label, value)));
      choice.value = entries.some(([value]) => value === current) ? current : '';
    };
    fill('article', feed.articles.map((article) => [article.id, article.title]));
    fill('program', feed.programs.map((program) => [program.id, program.title]));
  } catch {
    // The preview shows what is wrong with the feed.
  }
}

/**
 * A feed URL as the preview reads it: a relative one ("/feed.json") would point at the site
 * the snippet is pasted into, where there is no such feed.
 */
function absolute(src: string): string {
  try {
    return src === '' ? src : new URL(src, location.href).href;
  } catch {
    return src;
  }
}

/** A feed URL's problem: a path on this site ("/feed.json") is fine, the preview reads it and the snippets carry it absolute. */
function feedProblem(value: string): string | undefined {
  if (value === '') return 'is empty: enter the feed’s address, e.g. https://infest.or.id/feed.json';
  const path = /^\.{0,2}\/(?!\/)/.test(value) && !/\s/.test(value);
  return webAddressProblem(path ? absolute(value) : value);
}

function wholeNumberProblem(input: HTMLInputElement, range: string): string | undefined {
  const fix = `enter a whole number ${range}, or leave it empty for the default`;
  const { validity, value } = input;
  if (validity.badInput) return `is not a number: ${fix}`;
  if (validity.rangeUnderflow) return `is ${value}, less than ${input.min}: ${fix}`;
  if (validity.rangeOverflow) return `is ${value}, more than ${input.max}: ${fix}`;
  if (validity.stepMismatch) return `is ${value}, not a whole number: ${fix}`;
  return undefined;
}

/** The fields that can hold a value no snippet should carry: what is wrong, as the rest of a sentence after the field's name. */
const checks: Record<string, (value: string, input: HTMLInputElement) => string | undefined> = {
  src: feedProblem,
  limit: (_value, input) => wholeNumberProblem(input, 'from 1 to 50'),
  threshold: (_value, input) => wholeNumberProblem(input, '0 or more'),
  now: (_value, input) => (input.validity.badInput ? 'is not a complete date: finish it, or clear it to preview today' : undefined),
  'fallback-text': (value) => (value === '' ? 'is empty: enter the words readers see, e.g. “Baca artikel di infest.or.id”' : undefined),
  'fallback-href': webAddressProblem,
  'script-url': webAddressProblem,
  'embed-url': webAddressProblem,
};
type SnippetKind = 'script' | 'iframe' | 'npm';
const usedBy = (name: string): SnippetKind[] => (name === 'script-url' ? ['script'] : name === 'embed-url' ? ['iframe'] : ['script', 'iframe', 'npm']);

const labelText = (name: string): string => field(name).closest('label')?.firstChild?.textContent?.trim() ?? name;

/** The message element after a field's label (outside it, so the message is not part of the field's name). */
function errorFor(input: HTMLInputElement): HTMLElement {
  const id = `${input.name}-error`;
  let error = document.getElementById(id);
  if (!error) {
    error = document.createElement('p');
    error.id = id;
    error.className = 'field-error';
    input.closest('label')?.after(error);
  }
  return error;
}

/** Marks every shown field whose value is wrong, and says so under it; returns the messages by field name. */
function validate(): Map<string, string> {
  const problems = new Map<string, string>();
  for (const [name, check] of Object.entries(checks)) {
    const input = field(name);
    const problem = input.closest('label')?.hidden ? undefined : check(input.value.trim(), input);
    const message = problem === undefined ? '' : `“${labelText(name)}” ${problem}.`;
    const error = errorFor(input);
    input.setCustomValidity(message);
    error.textContent = message;
    error.hidden = message === '';
    if (message === '') {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    } else {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
      problems.set(name, message);
    }
  }
  return problems;
}

/** The form's values; a field with a problem counts as empty. */
function currentOptions(problems: ReadonlyMap<string, string> = new Map()): SnippetOptions {
  const data = new FormData(form);
  const text = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' && !problems.has(name) ? value.trim() : '';
  };
  const attributes: Record<string, string> = { theme: text('theme') };
  for (const name of widgetParameters[widget()]) attributes[name] = text(name);
  return {
    widget: widget(),
    src: absolute(text('src')),
    lang: text('lang'),
    attributes,
    fallback: { href: text('fallback-href'), text: text('fallback-text') },
  };
}

function renderPreview(options: SnippetOptions): void {
  const element = document.createElement(widgetTags[options.widget]);
  element.setAttribute('src', options.src);
  element.setAttribute('lang', options.lang);
  for (const [name, value] of Object.entries(options.attributes ?? {})) if (value !== '') element.setAttribute(name, value);
  const link = document.createElement('a');
  if (options.fallback.href !== '') link.href = options.fallback.href;
  link.textContent = options.fallback.text;
  element.append(link);
  preview.replaceChildren(element);
}

/** The height the embed page reports for these options at the preview's width. */
let measuring: HTMLIFrameElement | undefined;
function measureEmbedHeight(url: string, width: number): Promise<number> {
  measuring?.remove();
  const frame = document.createElement('iframe');
  measuring = frame;
  frame.width = String(width);
  frame.height = '200';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:absolute;left:-10000px;top:0;border:0';
  return new Promise((resolve) => {
    let latest = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onMessage = (event: MessageEvent<Partial<HeightMessage> | null>): void => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'infest-widgets:height') return;
      latest = event.data.height ?? latest;
      clearTimeout(settle);
      // The height settles once the feed has loaded and images have their boxes.
      settle = setTimeout(finish, 600);
    };
    const finish = (): void => {
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(latest);
    };
    window.addEventListener('message', onMessage);
    setTimeout(finish, 8000);
    frame.src = url;
    document.body.append(frame);
  });
}

const targets = (): { scriptUrl: string; embedUrl: string } => ({
  scriptUrl: field('script-url').value.trim(),
  embedUrl: field('embed-url').value.trim(),
});

let height = 600;
/** Counts updates: a measurement that a later update superseded is dropped. */
let iframeUpdates = 0;

/** The iframe's options: the sample feed travels by the short name the embed page knows it by. */
const carriedByIframe = (options: SnippetOptions): SnippetOptions => ({ ...options, src: options.src === sampleFeed ? 'contoh' : options.src });

/** A live region's text, set only when it changes, so it is not announced again on every keystroke. */
function say(region: HTMLElement, text: string): void {
  if (region.textContent !== text) region.textContent = text;
}

/** Writes the iframe note and returns the iframe snippet. */
function iframeText(options: SnippetOptions): string {
  const carried = carriedByIframe(options);
  const problems = iframeProblems(carried).filter((name) => !name.startsWith('fallback-'));
  const linkProblems = fallbackIframeProblems(carried.fallback).map(({ field: name, message }) => `“${labelText(name)}” ${message}.`);
  const note = required('#iframe-note');
  note.classList.toggle('warning', problems.length + linkProblems.length > 0);
  say(note, [
    ...(linkProblems.length > 0 ? ['The fallback link below the iframe would break in OpenSID:', ...linkProblems] : []),
    problems.length > 0
      ? `These values cannot travel in an iframe address as they are: ${problems.join(', ')}. A feed URL with “?”, “&”, “#”, “%” or “+” needs a short name, defined when the embed page is built (INFEST_EMBED_FEEDS); other values must avoid those characters.`
      : 'Height measured from the embed page 320 px wide, what a page’s column leaves on a 360 px phone, where most readers are; content longer than that scrolls inside the frame, and wider screens have room to spare.',
  ].join(' '));
  const title = fallbackTexts[options.widget][options.lang] ?? 'Infest Yogyakarta';
  return iframeSnippet(carried, { ...targets(), height, title });
}

async function measureIframe(options: SnippetOptions): Promise<void> {
  const update = iframeUpdates;
  const measured = await measureEmbedHeight(iframeUrl(carriedByIframe(options), targets().embedUrl), 320);
  if (measured > 0 && update === iframeUpdates) {
    height = Math.min(2400, Math.max(240, measured + 16));
    required('#iframe-snippet').textContent = iframeText(options);
  }
}

const fieldList = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Shows a snippet, or, while a field it carries is wrong, which fields to fix: a snippet that
 * quietly left out what the user typed would look right and be copied. True when shown.
 */
function showSnippet(kind: SnippetKind, problems: ReadonlyMap<string, string>, snippet: () => string): boolean {
  const blocking = [...problems.keys()].filter((name) => usedBy(name).includes(kind)).map((name) => `“${labelText(name)}”`);
  const why = blocking.length > 0 ? `Fix ${fieldList.format(blocking)} first: what is wrong is said under ${blocking.length > 1 ? 'each field' : 'the field'}.` : undefined;
  showCode(kind, why ?? snippet(), why !== undefined);
  return why === undefined;
}

/** Writes a snippet's box: the snippet, or (`blocked`) why there is none, with Copy disabled. */
function showCode(kind: SnippetKind, text: string, blocked: boolean): void {
  const code = required(`#${kind}-snippet`);
  code.parentElement?.classList.toggle('blocked', blocked);
  code.textContent = text;
  const copy = document.querySelector<HTMLButtonElement>(`[data-copy="${kind}-snippet"]`);
  if (copy) copy.disabled = blocked;
}

let timer: ReturnType<typeof setTimeout> | undefined;
/** Checks the fields and writes the snippets; `preview` (which fetches the feed) too, unless told not to. */
function update({ preview = true } = {}): void {
  const problems = validate();
  const options = currentOptions(problems);
  if (preview) renderPreview(options);
  showSnippet('script', problems, () => scriptSnippet(options, targets()));
  showSnippet('npm', problems, () => npmSnippet(options));
  clearTimeout(timer);
  iframeUpdates += 1;
  const untravelled = iframeProblems(carriedByIframe(options)).filter((name) => !name.startsWith('fallback-'));
  if (!showSnippet('iframe', problems, () => iframeText(options))) say(required('#iframe-note'), '');
  // A snippet whose address the village site's sanitizer would break is no snippet to copy.
  else if (untravelled.length > 0) showCode('iframe', `No iframe snippet with these values: ${untravelled.join(', ')} cannot travel in its address (the note below says what to do).`, true);
  else timer = setTimeout(() => void measureIframe(options), 300);
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (event) => {
  const name = (event.target as HTMLInputElement).name;
  if (name === 'widget' || name === 'lang') showWidgetOptions();
  clearTimeout(typing);
  update({ preview: name !== 'src' });
  // A feed URL is read once its typing pauses, not at every keystroke ("https://i", "https://in" …).
  if (name === 'src') {
    typing = setTimeout(() => {
      update();
      if (field('src').validity.valid) void loadChoices().then(() => { update(); });
    }, 500);
  }
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-width]')) {
  button.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[data-width]')) other.setAttribute('aria-pressed', String(other === button));
    preview.classList.toggle('phone', button.dataset.width !== '');
    update();
  });
}
preview.classList.add('phone');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => {
    const text = document.getElementById(button.dataset.copy ?? '')?.textContent ?? '';
    const done = (message: string): void => {
      required('#copied').textContent = message;
      button.textContent = message;
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    };
    navigator.clipboard.writeText(text).then(
      () => { done('Copied'); },
      () => { done('Select the text and copy it'); },
    );
  });
}

showWidgetOptions();
void loadChoices().then(() => { update(); });
