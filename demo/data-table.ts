import { formatWarning, parseFeed, phaseStatus, type Feed, type FeedWarning } from '../src/feed/index.js';

/** A plain view of the sample feed as the data layer reads it: articles, programs, phases, warnings. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

function table(caption: string, headings: string[], rows: string[][]): HTMLTableElement {
  return element('table', undefined, [
    element('caption', caption),
    element('thead', undefined, [element('tr', undefined, headings.map((heading) => element('th', heading)))]),
    element('tbody', undefined, rows.map((row) => element('tr', undefined, row.map((cell) => element('td', cell))))),
  ]);
}

function render(feed: Feed, warnings: readonly FeedWarning[]): Node[] {
  const articles = table(
    `${String(feed.articles.length)} articles`,
    ['Published', 'Title', 'Authors', 'Tags', 'Program / phase'],
    feed.articles.map((article) => [
      article.published?.iso ?? '',
      article.title,
      article.authors.map((author) => author.name).join(', '),
      article.tags.join(', '),
      [article.program, article.phase].filter(Boolean).join(' / '),
    ]),
  );
  const phases = table(
    `${String(feed.programs.length)} programs`,
    ['Program', 'Phase', 'Start', 'End', 'Status today', 'Villages'],
    feed.programs.flatMap((program) =>
      program.phases.map((phase) => [
        program.title,
        phase.title,
        phase.start.iso,
        phase.end?.iso ?? 'ongoing',
        phaseStatus(phase),
        phase.villages.join(', '),
      ]),
    ),
  );
  const problems = element('section', undefined, [
    element('h2', `${String(warnings.length)} warnings`),
    element('ul', undefined, warnings.map((warning) => element('li', formatWarning(warning)))),
  ]);
  return [element('h2', feed.title), articles, phases, problems];
}

const main = document.querySelector('#data');
try {
  const response = await fetch(new URL('./feed.json', location.href));
  const { feed, warnings } = parseFeed(await response.json(), { baseUrl: response.url });
  main?.replaceChildren(...render(feed, warnings));
} catch (error) {
  main?.replaceChildren(element('p', `The sample feed could not be read: ${String(error)}`));
}
