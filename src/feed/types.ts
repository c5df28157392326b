/**
 * The normalized model every supported input (JSON Feed 1.0/1.1, WordPress REST) turns into.
 * Components only ever see these shapes.
 */

/**
 * A date that keeps the precision it was written with: "2018" is a whole year, not the
 * instant 2018-01-01T00:00:00Z. Calendar values (year, month, day) belong to no time zone;
 * only `instant` is a point in time.
 */
export type FeedDate =
  | { readonly precision: 'year'; readonly year: number; readonly iso: string }
  | { readonly precision: 'month'; readonly year: number; readonly month: number; readonly iso: string }
  | {
      readonly precision: 'day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly iso: string;
    }
  | {
      readonly precision: 'instant';
      readonly epochMs: number;
      /** As written when it is a valid HTML date-time ("2021-11-02T10:00:00+07:00"), else in UTC. */
      readonly iso: string;
    };

export type DatePrecision = FeedDate['precision'];

export interface Image {
  readonly url: string;
  /** Alternative text; empty when the publisher gave none (the image is then decorative). */
  readonly alt: string;
  /** Intrinsic size in pixels, when the source says (WordPress does; JSON Feed does not). */
  readonly width?: number;
  readonly height?: number;
  /**
   * The same picture at several widths, narrowest first, when the source has them (WordPress's
   * image sizes, an `<img>`'s `srcset`): the widgets give them to the browser as a `srcset`, so
   * a phone's thumbnail downloads a small one, not the card-sized `url`.
   */
  readonly sources?: readonly ImageSource[];
}

/** One width of an image (a `srcset` candidate): its http(s) URL and its width in pixels. */
export interface ImageSource {
  readonly url: string;
  readonly width: number;
}

export interface Author {
  readonly name: string;
  readonly url?: string;
  readonly avatar?: string;
}

export interface Article {
  readonly id: string;
  /** The article's own page (only http/https). */
  readonly url?: string;
  /** A page the article is about, when it links out (JSON Feed `external_url`). */
  readonly externalUrl?: string;
  readonly title: string;
  /** Plain text, never HTML. */
  readonly summary: string;
  /**
   * Plain text, never HTML; paragraphs separated by a blank line. Without what is not the
   * article's own words: picture captions, social embeds' fallback text, "read more" links.
   */
  readonly contentText: string;
  readonly image?: Image;
  readonly bannerImage?: Image;
  /** When it was published; for a JSON Feed item with only `date_modified`, that date. */
  readonly published?: FeedDate;
  readonly modified?: FeedDate;
  readonly authors: readonly Author[];
  readonly tags: readonly string[];
  /** Its language (BCP 47), else the feed's (JSON Feed `language`). */
  readonly language?: string;
  /** Infest extension: the program id this article belongs to. */
  readonly program?: string;
  /** Infest extension: the phase id (within `program`) this article is about. */
  readonly phase?: string;
  /** Categories, the main one first (`_infest.category`; a WordPress post's categories). */
  readonly categories: readonly string[];
}

export interface Milestone {
  readonly title: string;
  readonly date?: FeedDate;
}

export interface Phase {
  readonly id: string;
  readonly title: string;
  readonly start: FeedDate;
  /** Absent while the phase is ongoing. */
  readonly end?: FeedDate;
  readonly summary: string;
  readonly villages: readonly string[];
  readonly milestones: readonly Milestone[];
}

export interface Program {
  readonly id: string;
  readonly title: string;
  readonly region?: string;
  readonly summary: string;
  readonly url?: string;
  /** In chronological order of their start. */
  readonly phases: readonly Phase[];
}

export type FeedFormat = 'json-feed-1.0' | 'json-feed-1.1' | 'wordpress-rest';

export interface Feed {
  readonly format: FeedFormat;
  readonly title: string;
  readonly homePageUrl?: string;
  readonly feedUrl?: string;
  readonly language?: string;
  /** The next page of this feed (JSON Feed `next_url`, or WordPress's next page). */
  readonly nextUrl?: string;
  readonly articles: readonly Article[];
  readonly programs: readonly Program[];
}

export type WarningCode =
  | 'item-dropped'
  | 'id-coerced'
  | 'duplicate-id'
  | 'invalid-date'
  | 'date-without-time'
  | 'date-without-offset'
  | 'date-not-rfc3339'
  | 'unsafe-url'
  | 'relative-url'
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-version'
  | 'unknown-reference'
  | 'unknown-field'
  | 'date-order'
  | 'text-before-json'
  | 'text-after-json'
  | 'local-url';

/** Something in the input that was repaired or dropped, with where it was. */
export interface FeedWarning {
  readonly code: WarningCode;
  /** JSONPath of the offending value, e.g. `$.items[3].date_published`. */
  readonly path: string;
  /**
   * What was wrong and what to do, in English. The script-tag bundle and the embed page ship
   * the code here instead (a reader's page need not download the sentences); the npm package
   * and `npx infest-widgets validate` give the sentence.
   */
  readonly message: string;
}

export interface ParseOptions {
  /**
   * The URL the feed was fetched from. Relative URLs in the feed resolve against it first,
   * then against the feed's own `feed_url` or `home_page_url`.
   */
  readonly baseUrl?: string;
  /**
   * The next page when the format keeps paging outside the body (WordPress sends it in the
   * `Link: <…>; rel="next"` response header). JSON Feed's own `next_url` wins over it.
   */
  readonly nextUrl?: string;
}

export interface ParseResult {
  readonly feed: Feed;
  readonly warnings: readonly FeedWarning[];
}
