/**
 * The types-only entries `infest-widgets/jsx` (React) and `infest-widgets/vue`, as an app's
 * TypeScript sees them: a folder whose node_modules/infest-widgets is this package (resolved
 * through its exports map, to the built .d.ts), checked with tsc (React 19 TSX) and vue-tsc
 * (single-file components). What the README shows compiles; each misuse fails with the error it
 * should. Run `npm run build` first.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../..', import.meta.url).pathname;

const reactApp = `import { useRef } from 'react';
import 'infest-widgets/article-list';
import type {} from 'infest-widgets/jsx';
import type { InfestArticleList, InfestLoadDetail } from 'infest-widgets';

export function Widgets() {
  const list = useRef<InfestArticleList>(null);
  const onLoad = (event: CustomEvent<InfestLoadDetail>): void => {
    console.log(event.detail.feed.articles.length, list.current?.limit);
  };
  return (
    <>
      <infest-article-list ref={list} src="https://example.org/feed.json" lang="id" limit={6} layout="grid" tag={['desa', 'data']}
        show-tags heading-level={3} className="news" oninfest-load={onLoad} oninfest-error={(event) => { console.warn(event.detail.kind); }}>
        <h2 slot="heading">Artikel terbaru</h2>
        <a href="https://infest.or.id/">Infest</a>
      </infest-article-list>
      <infest-article-card article={42} src={new URL('https://example.org/feed.json')} layout="compact" theme="dark" class="card" />
      <infest-related-articles feed={{ version: 'https://jsonfeed.org/version/1.1', items: [] }} limit={4} threshold={4} layout="grid" target="_blank" />
      <infest-program-timeline program="desa-digital" now={new Date('2022-06-01')} layout="auto" timeout={5000}
        ref={(element) => { console.log(element?.status); }} />
    </>
  );
}
`;

/** One misuse a line, and what tsc must say there. */
const reactMisuse: [jsx: string, error: string][] = [
  ['<infest-article-list limt={6} />', "Property 'limt' does not exist on type"],
  ['<infest-article-list limit={{}} />', "Type '{}' is not assignable to type 'number'."],
  ['<infest-article-list limit="6" />', "Type 'string' is not assignable to type 'number'."],
  ['<infest-article-list layout="diagonal" />', `Type '"diagonal"' is not assignable to type 'ArticleListLayout | undefined'.`],
  ['<infest-program-timeline layout="grid" />', `Type '"grid"' is not assignable to type '"auto" | ProgramTimelineLayout | undefined'.`],
  // React 19 listens to the event named by what follows "on", case and all: "InfestLoad" here.
  ['<infest-article-list onInfestLoad={() => undefined} />', "Property 'onInfestLoad' does not exist on type"],
  ['<infest-article-list oninfest-load={(event: CustomEvent<number>) => event.detail} />', "Type 'InfestLoadDetail' is not assignable to type 'number'."],
  ['<infest-article-card ref={useRef<InfestArticleList>(null)} />', "Type 'RefObject<InfestArticleList | null>' is not assignable to type 'Ref<InfestArticleCard> | undefined'."],
];
const reactHeader = ["import { useRef } from 'react';", "import type {} from 'infest-widgets/jsx';", "import type { InfestArticleList } from 'infest-widgets';"];

const vueApp = `<script setup lang="ts">
import { ref } from 'vue';
import 'infest-widgets/article-list';
import type { InfestArticleList, InfestErrorDetail, InfestLoadDetail } from 'infest-widgets';

const list = ref<InfestArticleList | null>(null);
function onLoad(event: CustomEvent<InfestLoadDetail>): void {
  console.log(event.detail.feed.articles.length, list.value?.limit);
}
function onError(event: CustomEvent<InfestErrorDetail>): void {
  console.warn(event.detail.kind);
}
</script>

<template>
  <infest-article-list ref="list" src="https://example.org/feed.json" lang="id" :limit="6" layout="grid" :tag="['desa', 'data']"
    :heading-level="3" show-tags class="news" @infest-load="onLoad" @infest-error="onError">
    <a href="/artikel/">Artikel</a>
  </infest-article-list>
  <infest-article-card :article="42" layout="compact" theme="dark" />
  <infest-related-articles :feed="{ version: 'https://jsonfeed.org/version/1.1', items: [] }" :limit="4" layout="grid" />
  <infest-program-timeline program="desa-digital" :now="new Date('2022-06-01')" layout="auto"
    @infest-load="(event) => event.detail.status" @infest-error="(event) => event.detail.kind" />
</template>
`;

const vueMisuse: [template: string, error: string][] = [
  // Flagged with vueCompilerOptions.checkUnknownProps (or strictTemplates), as in the README.
  ['<infest-article-list limt="6" />', "'limt' does not exist in type"],
  ['<infest-article-list :limit="{}" />', "Type '{}' is not assignable to type 'number'."],
  [`<infest-article-list :limit="'6'" />`, "Type 'string' is not assignable to type 'number'."],
  ['<infest-article-list layout="diagonal" />', `Type '"diagonal"' is not assignable to type 'ArticleListLayout | undefined'.`],
  ['<infest-program-timeline layout="grid" />', `Type '"grid"' is not assignable to type '"auto" | ProgramTimelineLayout | undefined'.`],
  ['<infest-article-list @infest-load="(event: CustomEvent<number>) => event.detail" />', "Type 'InfestLoadDetail' is not assignable to type 'number'."],
];

interface Check {
  /** Error messages (with their indented elaboration) by file name and line. */
  errors: Map<string, string[]>;
  files: string[];
}

function tsconfig(extra: Record<string, unknown>): string {
  const compilerOptions = {
    strict: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2023', 'dom', 'dom.iterable'],
    types: [],
    noEmit: true,
    skipLibCheck: false,
  };
  return JSON.stringify({ ...extra, compilerOptions: { ...compilerOptions, ...(extra.compilerOptions as object) } });
}

/** tsc or vue-tsc on a folder's tsconfig.json: its errors and the files of its program. */
async function typeCheck(tool: 'tsc' | 'vue-tsc', folder: string): Promise<Check> {
  const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin', tool), ['-p', '.', '--pretty', 'false', '--listFiles'], { cwd: folder, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: unknown) => {
      // Exit 2 means errors, printed on stdout.
      if (error instanceof Error && 'stdout' in error && typeof error.stdout === 'string') return { stdout: error.stdout };
      throw error;
    },
  );
  const errors = new Map<string, string[]>();
  const files: string[] = [];
  let last: string[] | undefined;
  for (const line of stdout.split('\n')) {
    const error = /^(\S+)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    if (error) {
      const key = `${error[1] ?? ''}:${error[2] ?? ''}`;
      last = errors.get(key) ?? [];
      errors.set(key, last);
      last.push(error[3] ?? '');
    } else if (line.startsWith(' ') && last) {
      // The elaboration of the error above.
      last.push(`${last.pop() ?? ''}\n${line}`);
    } else if (line.startsWith('/')) {
      files.push(line);
    }
  }
  return { errors, files };
}

function expectMisuse(check: Check, file: string, firstLine: number, cases: [string, string][]): void {
  cases.forEach(([code, message], index) => {
    const errors = check.errors.get(`${file}:${String(firstLine + index)}`) ?? [];
    expect(errors.join('\n'), `${code} must fail to compile`).to.include(message);
  });
  const lines = new Set(cases.map((_, index) => `${file}:${String(firstLine + index)}`));
  expect([...check.errors.keys()].filter((key) => key.startsWith(`${file}:`) && !lines.has(key)), 'errors on other lines').to.deep.equal([]);
}

describe('the React and Vue type entries, in an app', function () {
  this.timeout(120_000);
  let folder: string;
  let react: Check;
  let vue: Check;

  before(async () => {
    for (const file of ['dist/jsx.d.ts', 'dist/vue.d.ts']) {
      if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
    }
    folder = mkdtempSync(join(tmpdir(), 'infest-widgets-types-'));
    mkdirSync(join(folder, 'node_modules/@types'), { recursive: true });
    symlinkSync(root, join(folder, 'node_modules/infest-widgets'));
    symlinkSync(join(root, 'node_modules/@types/react'), join(folder, 'node_modules/@types/react'));
    symlinkSync(join(root, 'node_modules/vue'), join(folder, 'node_modules/vue'));

    mkdirSync(join(folder, 'react'));
    writeFileSync(join(folder, 'react/tsconfig.json'), tsconfig({ compilerOptions: { jsx: 'react-jsx' }, include: ['*.tsx'] }));
    writeFileSync(join(folder, 'react/app.tsx'), reactApp);
    writeFileSync(join(folder, 'react/misuse.tsx'), [...reactHeader, ...reactMisuse.map(([jsx], index) => `export const case${String(index)} = ${jsx};`)].join('\n'));

    mkdirSync(join(folder, 'vue'));
    writeFileSync(join(folder, 'vue/tsconfig.json'), tsconfig({ compilerOptions: { jsx: 'preserve' }, include: ['*.ts', '*.vue'], vueCompilerOptions: { checkUnknownProps: true } }));
    writeFileSync(join(folder, 'vue/env.d.ts'), "import type {} from 'infest-widgets/vue';\n");
    writeFileSync(join(folder, 'vue/App.vue'), vueApp);
    writeFileSync(join(folder, 'vue/Misuse.vue'), ['<script setup lang="ts"></script>', '<template>', ...vueMisuse.map(([template]) => `  ${template}`), '</template>', ''].join('\n'));

    [react, vue] = await Promise.all([typeCheck('tsc', join(folder, 'react')), typeCheck('vue-tsc', join(folder, 'vue'))]);
  });

  after(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('React 19: attributes, numbers, lists, refs typed as the element classes and oninfest-load / oninfest-error handlers compile', () => {
    expect([...react.errors].filter(([key]) => !key.includes('misuse.tsx'))).to.deep.equal([]);
    expect(react.files.some((file) => file.endsWith('/dist/jsx.d.ts'))).to.equal(true);
  });

  it('React 19: a misspelled attribute, a wrong type or layout, an event prop React ignores and a ref of another element fail', () => {
    expectMisuse(react, 'misuse.tsx', reactHeader.length + 1, reactMisuse);
  });

  it('Vue: props, ref, class and @infest-load / @infest-error handlers compile with vue-tsc', () => {
    expect([...vue.errors].filter(([key]) => !key.includes('Misuse.vue'))).to.deep.equal([]);
    expect(vue.files.some((file) => file.endsWith('/dist/vue.d.ts'))).to.equal(true);
  });

  it('Vue: a misspelled attribute, a wrong type or layout and a handler for another event type fail', () => {
    expectMisuse(vue, 'Misuse.vue', 3, vueMisuse);
  });

  it("each entry needs only its own framework's types", () => {
    expect(react.files.filter((file) => file.includes('/node_modules/vue/') || file.includes('/@vue/'))).to.deep.equal([]);
    expect(vue.files.filter((file) => file.includes('/@types/react/'))).to.deep.equal([]);
  });
});
