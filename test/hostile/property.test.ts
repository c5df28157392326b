/**
 * Property-based: whatever JSON a widget is given (any JSON value, or the demo feed and a
 * WordPress answer bent by random mutations), through the `feed` property (as an object or as
 * JSON text) or an inline `<script type="application/json">` (whole or cut short), it
 * - throws nothing uncaught and leaves no rejected promise unhandled,
 * - ends in `loaded`, `empty` or `error`, never stuck in `loading`,
 * - stays quick (the page stays responsive) and its shadow root passes the same audit as the
 *   XSS corpus (mutations plant those payloads in random strings).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { NO_SOURCE_GRACE, type InfestElement } from '../../src/internal/infest-element.js';
import demoFeed from '../../demo/feed.json' with { type: 'json' };
import wordPressPosts from '../fixtures/wordpress-rest-embed.json' with { type: 'json' };
import { payloads } from './payloads.js';
import { auditWidget, longestPause, pwnedTrap, quietly, settled, widgetTags, type WidgetTag } from './support.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Delivery = 'property' | 'json-text' | 'inline-script';

const trap = pwnedTrap();
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = "img-src 'none'";
document.head.append(csp);

/** Longest a single render may take before the page counts as unresponsive. */
const MAX_RENDER_MS = 1000;

/** Attributes that make each widget show something of the demo feed (or say what is missing). */
const attributesFor: Record<WidgetTag, (pick: number) => Record<string, unknown>> = {
  'infest-article-card': (pick) => (pick % 2 === 0 ? {} : { article: demoFeed.items[pick % demoFeed.items.length]?.id }),
  'infest-article-list': (pick) => ({ limit: 1 + (pick % 30), showTags: pick % 2 === 0, layout: ['list', 'grid', 'compact'][pick % 3] }),
  'infest-related-articles': (pick) => ({ article: pick % 3 === 0 ? '123' : demoFeed.items[pick % demoFeed.items.length]?.id, threshold: pick % 4 }),
  'infest-program-timeline': (pick) => (pick % 2 === 0 ? {} : { program: demoFeed._infest.programs[pick % 2]?.id, now: '2022-06-01' }),
};

// ── mutations ────────────────────────────────────────────────────────────────────────────

type Path = (string | number)[];

function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((entry, index) => pathsOf(entry, [...at, index], out));
  else if (value !== null && typeof value === 'object') for (const [key, entry] of Object.entries(value)) pathsOf(entry, [...at, key], out);
  return out;
}

function getAt(root: Json, path: Path): Json | undefined {
  let current: Json | undefined = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[key as number] : current[key as string];
  }
  return current;
}

interface Mutation {
  readonly at: number;
  readonly op: 'replace' | 'delete' | 'duplicate' | 'retype' | 'text' | 'wrap';
  readonly value: Json;
  readonly text: string;
}

function retype(value: Json): Json {
  if (typeof value === 'string') return value === '' ? 0 : Number.isNaN(Number(value)) ? [value] : Number(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : null;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((entry, index) => [String(index), entry]));
  return Object.values(value);
}

/** `root` with `mutation` applied (in place; the root itself may be replaced). */
function mutate(root: Json, mutation: Mutation): Json {
  const paths = pathsOf(root);
  const path = paths[mutation.at % paths.length] ?? [];
  const current = getAt(root, path);
  let next: Json | undefined;
  switch (mutation.op) {
    case 'replace':
      next = mutation.value;
      break;
    case 'text':
      next = mutation.text;
      break;
    case 'retype':
      next = current === undefined ? null : retype(current);
      break;
    case 'wrap':
      next = current === undefined ? [] : [current];
      break;
    case 'delete':
    case 'duplicate':
      next = undefined;
      break;
  }
  if (path.length === 0) return next ?? (mutation.op === 'duplicate' ? [root, root] : {});
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent === null || typeof parent !== 'object' || key === undefined) return root;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (mutation.op === 'delete') parent.splice(key, 1);
    // The same id twice, the same program twice …
    else if (mutation.op === 'duplicate') parent.splice(key, 0, structuredClone(parent[key] ?? null));
    else if (next !== undefined) parent[key] = next;
  } else if (!Array.isArray(parent)) {
    if (mutation.op === 'delete') Reflect.deleteProperty(parent, key);
    else if (mutation.op === 'duplicate') parent[`${String(key)}_copy`] = structuredClone(parent[key] ?? null);
    else if (next !== undefined) parent[key] = next;
  }
  return root;
}

const payloadTexts = payloads.slice(0, 60).map((payload, index) => payload.make(index * 100 + 99));

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'duplicate', 'retype', 'text', 'text', 'wrap'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  text: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...payloadTexts),
    fc.constantFrom('', ' ', '2021-13-45', '0000-00-00', '9999', '2018-02-30T25:61:00Z', 'javascript:void 0', '../x', '#', '__proto__'),
  ),
});

const bases = { 'demo feed': demoFeed, 'WordPress answer': wordPressPosts } as const;

/** What a widget is given: a JSON value, or a known feed with mutations (printed as such when a run fails). */
type Input = { readonly json: Json } | { readonly base: keyof typeof bases; readonly mutations: readonly Mutation[] };

function jsonOf(input: Input): Json {
  if ('json' in input) return input.json;
  return input.mutations.reduce<Json>((root, mutation) => mutate(root, mutation), structuredClone(bases[input.base]) as Json);
}

/** `base` with 1–8 mutations. */
function mutated(base: keyof typeof bases): fc.Arbitrary<Input> {
  return fc.record({ base: fc.constant(base), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 8 }) });
}

// ── rendering ────────────────────────────────────────────────────────────────────────────

const uncaught: string[] = [];
const onError = (event: ErrorEvent): void => {
  uncaught.push(`error: ${event.message}`);
};
const onRejection = (event: PromiseRejectionEvent): void => {
  uncaught.push(`unhandled rejection: ${String(event.reason)}`);
};

interface Case {
  readonly input: Input;
  readonly delivery: Delivery;
  /** For text deliveries: cut the JSON text to this fraction of its length (1 = whole). */
  readonly cut: number;
  readonly pick: number;
}

function caseArbitrary(input: fc.Arbitrary<Input>): fc.Arbitrary<Case> {
  return fc.record({
    input,
    delivery: fc.constantFrom<Delivery>('property', 'json-text', 'inline-script'),
    cut: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }),
    pick: fc.nat(1000),
  });
}

async function renderCase(tag: WidgetTag, input: Case, container: HTMLElement): Promise<void> {
  uncaught.length = 0;
  trap.length = 0;
  const element = document.createElement(tag) as InfestElement;
  Object.assign(element, attributesFor[tag](input.pick));
  const json = jsonOf(input.input);
  const text = JSON.stringify(json);
  const cutText = text.slice(0, Math.round(text.length * input.cut));
  if (input.delivery === 'property') element.feed = json;
  else if (input.delivery === 'json-text') element.feed = cutText;
  else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = cutText;
    element.append(script);
  }
  const start = performance.now();
  container.append(element);
  try {
    await settled([element], 3000);
    // One more turn of the event loop, for anything thrown after the update.
    await new Promise((resolve) => setTimeout(resolve));
    const elapsed = performance.now() - start;
    expect(['loaded', 'empty', 'error']).to.include(element.status);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    expect(auditWidget(element), 'audit').to.deep.equal([]);
    expect(trap, 'payloads that ran').to.deep.equal([]);
    // A feed property of null is no source yet: the widget waits for one before saying so.
    const waited = input.delivery === 'property' && json == null ? NO_SOURCE_GRACE : 0;
    expect(elapsed - waited, 'milliseconds to render').to.be.below(MAX_RENDER_MS);
  } finally {
    element.remove();
  }
}

describe('hostile feeds: arbitrary and mutated JSON given to every widget', function () {
  this.timeout(60_000);
  let container: HTMLElement;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    container = document.createElement('div');
    container.style.cssText = 'position:absolute;left:0;top:-30000px;width:800px';
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
  });

  const sources: [string, fc.Arbitrary<Input>, number][] = [
    ['any JSON value', fc.record({ json: fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json> }), 40],
    ['the demo JSON Feed, mutated', mutated('demo feed'), 50],
    ['a WordPress REST answer, mutated', mutated('WordPress answer'), 25],
  ];

  for (const tag of widgetTags) {
    for (const [name, json, numRuns] of sources) {
      it(`<${tag}> settles on ${name}, without uncaught errors`, async () => {
        await quietly(() =>
          fc.assert(
            fc.asyncProperty(caseArbitrary(json), (input) => renderCase(tag, input, container)),
            { numRuns },
          ),
        );
      });
    }
  }

  it('the page stays responsive while all four widgets parse and show a 300-article feed', async () => {
    // The demo feed with its items repeated to ~300 (a feed rarely holds more than 50).
    const big = structuredClone(demoFeed) as unknown as { items: Record<string, unknown>[] };
    big.items = Array.from({ length: 16 }, (_, round) => demoFeed.items.map((item) => ({ ...item, id: `${item.id}-${String(round)}` }))).flat();
    const elements = widgetTags.map((tag) => Object.assign(document.createElement(tag) as InfestElement, { feed: big }));
    const pause = await longestPause(() =>
      quietly(async () => {
        container.append(...elements);
        await settled(elements, 5000);
      }),
    );
    expect(elements.map((element) => element.status)).to.deep.equal(['loaded', 'loaded', 'loaded', 'loaded']);
    expect(pause.timer, 'longest pause of a 0 ms timer (ms)').to.be.below(400);
  });
});
