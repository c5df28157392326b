/**
 * Every payload of payloads.ts, in every string field of a JSON Feed and of a WordPress REST
 * `?_embed` answer, rendered by every widget, pointed at the poisoned items. For each:
 * - nothing runs (`window.__pwned` is never called: after rendering, after focus and hover
 *   events on every link and button and opening every <details>, and after a wait for lazy
 *   handlers such as image errors);
 * - no shadow root holds an element, attribute or URL feed data could have smuggled in
 *   (support.ts `auditWidget`);
 * - the text the data layer made of each field is on screen as text (a string rendered as
 *   markup would lose its tags from `textContent`).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { findArticle } from '../../src/feed/select.js';
import { selectRelated } from '../../src/feed/related-selection.js';
import { selectProgram, timelinePhases } from '../../src/feed/timeline-selection.js';
import type { Article, Feed } from '../../src/feed/types.js';
import type { InfestElement, WidgetStatus } from '../../src/internal/infest-element.js';
import { shownSummary } from '../../src/internal/article-parts.js';
import { id as indonesian } from '../../src/locales/id.js';
import { payloads } from './payloads.js';
import { describeCode, poisonedJsonFeed, poisonedWordPressPosts } from './poisoned-feeds.js';
import {
  auditWidget,
  delay,
  documentDangerCount,
  interactWith,
  normalize,
  pwnedTrap,
  quietly,
  settled,
  shadowText,
  widgetTags,
  type WidgetTag,
} from './support.js';

const trap = pwnedTrap();

// Images fail at once instead of asking the test server for hundreds of poisoned paths: an
// <img onerror> that feed data smuggled in still gets its error event (and so still fires).
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = "img-src 'none'";
document.head.append(csp);

/** Payloads rendered at a time: layout work grows with the number of widgets on the page. */
const BATCH = 12;

/** One widget to render: its properties, what it must end showing, and the text it must show. */
interface Render {
  readonly payload: number;
  readonly label: string;
  readonly properties: Record<string, unknown>;
  readonly status: WidgetStatus;
  /** Strings the widget must show as text (from the parsed feed, when one loaded). */
  readonly visible: (feed: Feed | undefined) => string[];
}

/** What a card (or a full list item) shows of an article. */
function articleText(article: Article | undefined): string[] {
  if (!article) return ['(article not found)'];
  // The summary as a widget shows it: none where it only repeats the title (an untitled item's, whose title is its start).
  return [article.title, shownSummary(article), ...article.tags, ...article.authors.map((author) => author.name)];
}

function cardRenders(payload: number, feed: unknown, articles: readonly string[]): Render[] {
  return articles.map((id) => ({
    payload,
    label: `article="${id.slice(0, 40)}"`,
    properties: { feed, article: id },
    status: 'loaded',
    visible: (parsed) => (parsed ? articleText(findArticle(parsed, id)) : []),
  }));
}

/** A card or timeline asked for an id the feed lacks: it names the id in its error, as text. */
function missingRender(payload: number, feed: unknown, name: 'article' | 'program', key: string, present: readonly string[]): Render {
  const found = present.some((id) => id.trim() === key.trim());
  return {
    payload,
    label: `${name}="${key.slice(0, 40)}" (not in the feed)`,
    properties: { feed, [name]: key },
    status: found ? 'loaded' : 'error',
    visible: () => (found ? [] : [name === 'article' ? indonesian.articleNotFound(key.trim()) : indonesian.programNotFound(key.trim())]),
  };
}

function listRenders(payload: number, feed: unknown): Render[] {
  return [
    {
      payload,
      label: 'layout=list show-tags',
      properties: { feed, limit: 100, showTags: true },
      status: 'loaded',
      visible: (parsed) => parsed?.articles.flatMap((article) => articleText(article)) ?? [],
    },
    {
      payload,
      label: 'layout=compact',
      properties: { feed, limit: 100, layout: 'compact' },
      status: 'loaded',
      visible: (parsed) => parsed?.articles.map((article) => article.title) ?? [],
    },
  ];
}

function relatedRenders(payload: number, feed: unknown, current: readonly string[]): Render[] {
  return current.map((id) => ({
    payload,
    label: `article="${id.slice(0, 40)}"`,
    properties: { feed, article: id, limit: 20, threshold: 0 },
    status: 'loaded',
    visible: (parsed) => {
      if (!parsed) return [];
      const selection = selectRelated(parsed, findArticle(parsed, id), { limit: 20, threshold: 0 });
      return [
        ...selection.articles.map((article) => article.title),
        ...(selection.kind === 'program' ? [selection.program?.title ?? selection.programId] : []),
      ];
    },
  }));
}

function timelineRenders(payload: number, feed: unknown, program: string, status: WidgetStatus): Render[] {
  return [
    {
      payload,
      label: program ? `program="${program.slice(0, 40)}"` : 'no program',
      properties: program ? { feed, program } : { feed },
      status,
      visible: (parsed) => {
        if (!parsed) return [];
        const selection = selectProgram(parsed, program);
        if (selection.kind !== 'program') return status === 'empty' ? [] : ['(program not found)'];
        const shown = selection.program;
        return [
          shown.title,
          shown.region ?? '',
          ...timelinePhases(parsed, shown, Date.now()).flatMap(({ phase, articles }) => [
            phase.title,
            phase.summary,
            ...phase.villages,
            ...phase.milestones.map((milestone) => milestone.title),
            ...articles.map((article) => article.title),
          ]),
        ];
      },
    },
  ];
}

/** The renders of one widget for one payload, from a JSON Feed or from WordPress posts. */
function rendersFor(tag: WidgetTag, format: 'json-feed' | 'wordpress', payload: number): Render[] {
  const { feed, targets } = format === 'json-feed' ? poisonedJsonFeed(payload) : poisonedWordPressPosts(payload);
  const json = format === 'json-feed';
  switch (tag) {
    case 'infest-article-card':
      // The poisoned item, and the ones whose title and summary come from content_html / content_text.
      return [
        ...cardRenders(payload, feed, targets.articles.slice(0, json ? 3 : 2)),
        ...(json ? [missingRender(payload, feed, 'article', targets.missing, targets.articles)] : []),
      ];
    case 'infest-article-list':
      return listRenders(payload, feed).slice(0, json ? 2 : 1);
    case 'infest-related-articles':
      // The current article is the poisoned one.
      return relatedRenders(payload, feed, targets.articles.slice(0, 1));
    case 'infest-program-timeline':
      return json
        ? [...timelineRenders(payload, feed, targets.program, 'loaded'), missingRender(payload, feed, 'program', targets.missing, [targets.program])]
        : timelineRenders(payload, feed, '', 'empty');
  }
}

interface Rendered {
  readonly render: Render;
  readonly element: InfestElement;
  feed?: Feed;
}

/** Renders `renders` off screen and waits until all have settled. */
async function renderAll(tag: WidgetTag, renders: readonly Render[], container: HTMLElement): Promise<Rendered[]> {
  const rendered = renders.map((render) => {
    const element = document.createElement(tag) as InfestElement;
    Object.assign(element, render.properties);
    const entry: Rendered = { render, element };
    element.addEventListener('infest-load', (event) => {
      entry.feed = event.detail.feed;
    });
    container.append(element);
    return entry;
  });
  await settled(rendered.map(({ element }) => element), 20_000);
  return rendered;
}

function offscreenContainer(parent: HTMLElement = document.body): HTMLElement {
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;left:0;top:-30000px;width:900px';
  parent.append(container);
  return container;
}

/** What is wrong with one rendered widget: status, audit, text. */
function problemsOf({ render, element, feed }: Rendered): string[] {
  const problems: string[] = [];
  if (element.status !== render.status) problems.push(`status "${element.status}", expected "${render.status}" (${shadowText(element).slice(0, 100)})`);
  problems.push(...auditWidget(element));
  if (!feed && render.status !== 'error') problems.push('no infest-load event');
  const text = shadowText(element);
  for (const wanted of render.visible(feed).map(normalize).filter(Boolean)) {
    if (!text.includes(wanted)) problems.push(`does not show the text ${JSON.stringify(wanted.slice(0, 100))}`);
  }
  return problems;
}

function report(tag: string, format: string, failures: { rendered: Rendered; problems: string[] }[]): string {
  return failures
    .slice(0, 15)
    .map(({ rendered: { render }, problems }) => {
      const payload = payloads[render.payload];
      return `<${tag}> ${render.label} from ${format} with payload #${String(render.payload)} (${payload?.what ?? '?'}):\n    ${problems.slice(0, 6).join('\n    ')}`;
    })
    .join('\n');
}

describe('hostile feeds: XSS payloads in every field, rendered by every widget', function () {
  this.timeout(60_000);

  it('audits what it should: a shadow root with smuggled markup fails the audit', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const frame = document.createElement('div');
    frame.innerHTML = [
      '<a href="javascript:void 0">a</a>',
      '<a href=" JaVa\tScRiPt:void 0">b</a>',
      '<img src="data:image/png;base64,AA" srcset="https://example.org/a.png 1x, javascript:void(0) 2x">',
      '<svg><a xlink:href="javascript:void 0"><text>c</text></a></svg>',
      '<form action="javascript:void 0"><button formaction="vbscript:x">d</button></form>',
      '<p onclick="void 0" style="background:url(javascript:void 0)">e</p>',
      '<iframe srcdoc="x"></iframe><object data="https://example.org/"></object><embed src="https://example.org/">',
      '<style>p{}</style><base href="https://example.org/"><meta http-equiv="refresh" content="0">',
      '<a href="https://example.org/ok">fine</a><img src="/relative.png" alt="">',
    ].join('');
    root.append(...Array.from(frame.childNodes));
    const problems = auditWidget(host).join('\n');
    for (const expected of [
      '<a> href="javascript:void 0"',
      '<a> href=" JaVa\tScRiPt:void 0"',
      '<img> src="data:image/png;base64,AA"',
      '<img> srcset has a non-http(s) URL "javascript:void(0)"',
      '<a> xlink:href="javascript:void 0"',
      '<form> element',
      '<form> action="javascript:void 0"',
      '<button> formaction="vbscript:x"',
      '<p> has an event-handler attribute onclick',
      '<p> style="background:url(javascript:void 0)" runs code',
      '<iframe> element',
      '<iframe> has srcdoc',
      '<object> element',
      '<embed> element',
      '<style> element',
      '<base> element',
      '<meta> element',
      '<meta> has http-equiv',
    ]) {
      expect(problems).to.contain(expected);
    }
    expect(problems).not.to.contain('example.org/ok');
    expect(problems).not.to.contain('relative.png');
  });

  it(`has a corpus of at least 100 payloads (${String(payloads.length)})`, () => {
    expect(payloads.length).to.be.at.least(100);
    expect(new Set(payloads.map((payload) => payload.make(1))).size, 'payloads are distinct').to.equal(payloads.length);
  });

  for (const tag of widgetTags) {
    for (const format of ['json-feed', 'wordpress'] as const) {
      it(`<${tag}> runs nothing and shows ${format} text as text`, async () => {
        trap.length = 0;
        const before = documentDangerCount();
        const href = location.href;
        const page = document.createElement('div');
        document.body.append(page);
        try {
          const failures: { rendered: Rendered; problems: string[] }[] = [];
          let count = 0;
          for (let from = 0; from < payloads.length; from += BATCH) {
            const container = offscreenContainer(page);
            const renders = payloads.slice(from, from + BATCH).flatMap((_payload, offset) => rendersFor(tag, format, from + offset));
            const rendered = await quietly(() => renderAll(tag, renders, container));
            count += rendered.length;
            for (const entry of rendered) {
              const problems = problemsOf(entry);
              if (problems.length > 0) failures.push({ rendered: entry, problems });
              interactWith(entry.element);
            }
            // Out of layout, but still in the page: handlers that fire later still can.
            container.style.display = 'none';
          }
          // Handlers that fire later: image errors, toggle events, animations, focus changes.
          await delay(300);
          const ran = trap.map((code) => (typeof code === 'number' ? describeCode(code) : String(code)));
          expect(
            { ran: ran.length, widgetsWithProblems: failures.length },
            `of ${String(count)} <${tag}> elements:\n${report(tag, format, failures)}\npayloads that ran:\n    ${ran.slice(0, 40).join('\n    ')}`,
          ).to.deep.equal({ ran: 0, widgetsWithProblems: 0 });
          expect(documentDangerCount(), 'no base/meta/frame was added to the page').to.equal(before);
          expect(location.href).to.equal(href);
        } finally {
          page.remove();
        }
      });
    }
  }
});

describe('hostile feeds: markup-looking text stays text', () => {
  const markup = '<img src=x onerror=__pwned(-1)>';
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Teks',
    items: [
      {
        id: 'a',
        url: 'https://example.org/a/',
        // HTML fields: the data layer decodes the references, leaving the markup as text.
        title: '&lt;img src=x onerror=__pwned(-1)&gt;',
        summary: 'Ringkasan &lt;img src=x onerror=__pwned(-1)&gt;',
        content_text: markup,
        date_published: '2023-01-01T10:00:00+07:00',
        tags: ['&lt;img src=x onerror=__pwned(-1)&gt;'],
        authors: [{ name: '&lt;img src=x onerror=__pwned(-1)&gt;' }],
        _infest: { program: 'p', phase: 'f' },
      },
      // content_text is read as titles are: a tag that formats (an <img> with a src) goes, so
      // the text to show is the escaped one.
      { id: 'b', url: 'https://example.org/b/', title: '&lt;img src=x onerror=__pwned(-1)&gt;', content_text: markup, date_published: '2022-01-01T10:00:00+07:00', tags: ['x'], _infest: { program: 'p', phase: 'f' } },
    ],
    _infest: {
      programs: [
        {
          id: 'p',
          title: '&lt;img src=x onerror=__pwned(-1)&gt;',
          // `region` is plain text: the "<" stays.
          region: markup,
          phases: [{ id: 'f', title: 'Fase', start: '2020', villages: [markup], milestones: [markup] }],
        },
      ],
    },
  };
  const properties: Record<WidgetTag, Record<string, unknown>> = {
    'infest-article-card': { article: 'a' },
    'infest-article-list': { showTags: true },
    'infest-related-articles': { article: 'a', threshold: 0 },
    'infest-program-timeline': { program: 'p' },
  };

  for (const tag of widgetTags) {
    it(`<${tag}> shows "${markup}" literally, and no img with a handler`, async () => {
      trap.length = 0;
      const container = offscreenContainer();
      try {
        const element = document.createElement(tag) as InfestElement;
        Object.assign(element, { feed: structuredClone(feed), ...properties[tag] });
        container.append(element);
        await quietly(() => settled([element]));
        expect(element.status).to.equal('loaded');
        const text = shadowText(element);
        expect(text).to.contain(markup);
        // The text "<img …>" is a text node, never an element.
        const root = element.shadowRoot!;
        expect(root.querySelector('img[onerror]')).to.equal(null);
        const textNodes: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node.nodeValue ?? '');
        expect(textNodes.some((value) => value.includes(markup)), 'a text node holds the markup').to.equal(true);
        interactWith(element);
        await delay(100);
        expect(trap).to.deep.equal([]);
      } finally {
        container.remove();
      }
    });
  }
});
