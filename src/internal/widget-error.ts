export type WidgetErrorKind =
  /** No `src`, no inline `<script type="application/json">` and no `feed` property, still after 1.5 s. */
  | 'no-source'
  /** The request failed before an answer (offline, DNS, CORS). */
  | 'network'
  | 'timeout'
  /** The server answered with an HTTP error status. */
  | 'http'
  /** The feed is larger than the loader accepts. */
  | 'too-large'
  /** The answer is not JSON (HTML error page, RSS, cut off). */
  | 'not-json'
  /** JSON, but not a feed (see `path`). */
  | 'not-feed'
  /** The feed URL is not allowed here: the embed page's allow-list, or the page's Content-Security-Policy (connect-src). */
  | 'blocked'
  /** The feed has no article or program with the requested id. */
  | 'not-found'
  /** Showing the feed failed: a script on the page replaced a built-in the widget uses. */
  | 'render';

export interface WidgetErrorDetails {
  /** The short, localized sentence the widget shows instead of its default for `kind`. */
  readonly display?: string;
  readonly url?: string;
  readonly status?: number;
  /** JSONPath of the offending value when the feed itself is wrong. */
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  readonly cause?: unknown;
}

/** Why a widget shows its error state; `message` is the full English reason for developers. */
export class WidgetError extends Error {
  override readonly name = 'WidgetError';

  constructor(
    readonly kind: WidgetErrorKind,
    message: string,
    readonly details: WidgetErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}

/** `error` as a WidgetError: itself when it is one, else wrapped as `kind`. */
export function toWidgetError(error: unknown, kind: WidgetErrorKind): WidgetError {
  if (error instanceof WidgetError) return error;
  return new WidgetError(kind, `unexpected failure: ${String(error)}`, { cause: error });
}
