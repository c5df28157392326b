import { expect } from 'chai';
import { FeedError, parseFeed } from '../../src/feed/index.js';
import { feedErrorOf } from './helpers.js';

describe('FeedError', () => {
  it('is an Error named FeedError whose message starts with its path', () => {
    const error = feedErrorOf('hello');
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('FeedError');
    expect(error.path).to.equal('$');
    expect(error.message).to.equal('$: expected a JSON Feed object or a WordPress posts array, got a string');
  });

  for (const [input, type] of [
    [42, 'a number'],
    [null, 'null'],
    [true, 'a boolean'],
    [undefined, 'undefined'],
  ] as const) {
    it(`rejects ${String(input)} at $ naming its type`, () => {
      const error = feedErrorOf(input);
      expect(error.path).to.equal('$');
      expect(error.message).to.equal(`$: expected a JSON Feed object or a WordPress posts array, got ${type}`);
    });
  }

  it('rejects an object that is neither a JSON Feed nor a post, and says what to check', () => {
    for (const input of [{}, { version: '1.1' }, { title: 'Kabar', entries: [] }]) {
      const error = feedErrorOf(input);
      expect(error.path).to.equal('$');
      expect(error.message).to.include('neither a JSON Feed').and.include('check the feed URL');
    }
  });

  it('rejects a JSON Feed without items at $.items', () => {
    const error = feedErrorOf({ version: 'https://jsonfeed.org/version/1.1', title: 'Kabar' });
    expect(error.path).to.equal('$.items');
    expect(error.message).to.include('needs an "items" array (it may be empty: "items": [])');
  });

  for (const [items, type] of [
    [{}, 'an object'],
    ['[]', 'a string'],
    [null, 'null'],
  ] as const) {
    it(`rejects items that are ${type}`, () => {
      const error = feedErrorOf({ version: 'https://jsonfeed.org/version/1', title: 'Kabar', items });
      expect(error.path).to.equal('$.items');
      expect(error.message).to.equal(`$.items: "items" must be an array of items, got ${type}`);
    });
  }

  it('rejects a WordPress error answer with its code, status and message', () => {
    const error = feedErrorOf({
      code: 'rest_no_route',
      message: 'No route was found matching the URL and request method.',
      data: { status: 404 },
    });
    expect(error.path).to.equal('$');
    expect(error.message).to.include('WordPress error').and.include('rest_no_route (HTTP 404)').and.include('No route was found');
    expect(error.message).to.include('posts are at /wp-json/wp/v2/posts?_embed');
  });

  it('says what to do when the site keeps visitors out of its REST API', () => {
    for (const code of ['rest_forbidden', 'rest_cannot_access', 'rest_not_logged_in']) {
      const message = feedErrorOf({ code, message: 'Only authenticated users can access the REST API.', data: { status: 401 } }).message;
      expect(message, code).to.include(`${code} (HTTP 401)`).and.include('security plugin').and.include('publish a JSON Feed');
    }
  });

  it('says why each parameter was refused', () => {
    const message = feedErrorOf({
      code: 'rest_invalid_param',
      message: 'Invalid parameter(s): per_page',
      data: { status: 400, params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' } },
    }).message;
    expect(message).to.include('Invalid parameter(s): per_page; per_page must be between 1 (inclusive) and 100 (inclusive)');
  });

  it('adds no advice for a code that names a property of every object', () => {
    for (const code of ['constructor', '__proto__', 'toString']) {
      expect(feedErrorOf({ code, message: 'x' }).message, code).to.match(new RegExp(`${code}: x$`));
    }
  });

  it("rejects WordPress.com's and Jetpack's { error, message } answers with both", () => {
    const message = feedErrorOf({ error: 'unknown_blog', message: 'Unknown blog' }).message;
    expect(message).to.include('WordPress error').and.include('unknown_blog: Unknown blog');
  });

  it('rejects an array whose first element is not a post, at $[0]', () => {
    for (const input of [[1, 2], ['a'], [{ code: 'rest_forbidden', message: 'Sorry.' }], [[]], [{ id: 5 }]]) {
      const error = feedErrorOf(input);
      expect(error.path, JSON.stringify(input)).to.equal('$[0]');
      expect(error.message).to.include('expected a WordPress post').and.include('give a JSON Feed, or /wp-json/wp/v2/posts?_embed');
    }
  });

  it('names the type of a value it cannot quote (a cycle; in Node, nesting too deep)', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(feedErrorOf([cyclic]).message).to.match(/got an array;/);
  });

  it('refuses RSS written as JSON (scripting.com), saying what it is', () => {
    const rss = { rss: { version: '2.0', channel: { title: 'Scripting News', link: 'http://scripting.com/', item: [{ title: 'x', link: 'http://scripting.com/x.html' }] } } };
    expect(feedErrorOf(rss).message).to.include('$: this is an RSS feed written as JSON ("rss", "channel"), not a JSON Feed;');
  });

  it("refuses Blogger's JSON (?alt=json), saying what it is and what to give instead", () => {
    const blogger = { version: '1.0', encoding: 'UTF-8', feed: { title: { type: 'text', $t: 'Kabar Desa' }, entry: [{ title: { $t: 'Judul' }, published: { $t: '2021-11-02T10:00:00.000+07:00' } }] } };
    expect(feedErrorOf(blogger).message).to.include("$: this is Blogger's JSON (?alt=json").and.include('Blogger makes no JSON Feed');
    expect(feedErrorOf({ ...blogger, feed: { title: { $t: 'Kosong' } } }).message, 'with no posts').to.include("Blogger's JSON");
  });

  it('refuses an RSS feed converted by rss2json, saying what it is and what to give instead', () => {
    const item = { title: 'Judul', pubDate: '2021-11-02 03:00:00', link: 'https://medium.com/@desa/judul-1', guid: 'https://medium.com/p/1', content: '<p>Isi</p>', categories: [] };
    const feed = { url: 'https://medium.com/feed/@desa', title: 'Desa', link: 'https://medium.com/@desa', description: '', image: '' };
    for (const items of [[item], []]) {
      const error = feedErrorOf({ status: 'ok', feed, items });
      expect([error.path, error.message]).to.deep.equal([
        '$',
        '$: this is an RSS feed converted by an RSS-to-JSON service (rss2json: "status", "feed", "items"), not a JSON Feed; give the widget the site\'s JSON Feed (JSON Feed 1.1) or its WordPress posts URL (/wp-json/wp/v2/posts?_embed)',
      ]);
    }
    expect(feedErrorOf({ status: 'error', message: 'Cannot download this RSS feed.' }).message).to.equal(
      '$: an RSS-to-JSON service answered with an error instead of a feed: "Cannot download this RSS feed."; give the widget a JSON Feed or a WordPress posts URL instead',
    );
    expect(parseFeed({ version: 'https://jsonfeed.org/version/1.1', status: 'ok', feed: {}, items: [] }).feed.format, 'a JSON Feed with such fields').to.equal('json-feed-1.1');
  });

  it('does not throw for inputs it can repair', () => {
    expect(parseFeed([]).feed.articles).to.deep.equal([]);
    expect(parseFeed({ items: [] }).feed.format).to.equal('json-feed-1.1');
    expect(parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: [null, { id: 'a', content_text: 'a' }, {}] }).feed.articles).to.have.lengthOf(1);
    expect(parseFeed([{ id: 1, link: 'x' }, null, 'x']).feed.articles).to.have.lengthOf(1);
  });

  it('rejects a JSON Feed none of whose items can be shown, saying why the first was dropped', () => {
    const error = feedErrorOf({ version: 'https://jsonfeed.org/version/1.1', items: [null, 1, 'x', [], {}] });
    expect(error.path).to.equal('$.items[0]');
    expect(error.message).to.include('none of the 5 items can be shown').and.include('an item must be an object, got null');
  });

  it('knows an item without an id by its url', () => {
    const { feed, warnings } = parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Umpan', items: [{ url: 'https://example.org/a/', content_text: 'Isi' }] });
    expect(feed.articles.map((article) => article.id)).to.deep.equal(['https://example.org/a/']);
    expect(warnings).to.deep.equal([{ code: 'id-coerced', path: '$.items[0].id', message: 'the item has no id; its url is used instead (give every item an "id", e.g. its url)' }]);
  });

  it('is exported as a class callers can construct and check', () => {
    const error = new FeedError('$.items[2]', 'broken');
    expect(error.path).to.equal('$.items[2]');
    expect(error.message).to.equal('$.items[2]: broken');
  });
});
