/**
 * Frameworks that render pages on a server (Next.js, Nuxt, Astro, SvelteKit) import a
 * client-side component's modules there too, where there is no document. Every entry of the
 * npm package, as built, imports in plain Node without an error (Lit's DOM shim gives a
 * registry, where the elements are defined). Run `npm run build` first.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const root = new URL('../..', import.meta.url).pathname;
const entries = ['index', 'feed/index', ...['article-card', 'article-list', 'related-articles', 'program-timeline'].map((name) => `components/${name}/${name}`)];

describe('the npm package on a server', () => {
  it('imports every entry in Node, without a document, and defines the elements there', async () => {
    // A child Node process without tsx: what a framework's server runs.
    const script = `for (const entry of ${JSON.stringify(entries)}) await import('./dist/' + entry + '.js');
      console.log(JSON.stringify(['infest-article-card', 'infest-article-list', 'infest-related-articles', 'infest-program-timeline'].map((tag) => customElements.get(tag)?.name ?? null)));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } });
    expect(JSON.parse(stdout)).to.deep.equal(['InfestArticleCard', 'InfestArticleList', 'InfestRelatedArticles', 'InfestProgramTimeline']);
  });
});
