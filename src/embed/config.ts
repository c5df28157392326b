/** Which feeds the embed page may load; see vite.config.ts for how a build sets it. */
export interface EmbedConfig {
  /** Short names usable as `src=`, e.g. `{ "infest": "https://infest.or.id/feed.json" }`. */
  readonly feeds: Readonly<Record<string, string>>;
  /** Origins whose feeds may be given as a URL, besides the page's own. */
  readonly origins: readonly string[];
}

declare const __INFEST_EMBED_CONFIG__: EmbedConfig | undefined;

/** Set by the embed build; the dev server and tests use the sample feed of the demo. */
export const embedConfig: EmbedConfig =
  typeof __INFEST_EMBED_CONFIG__ === 'undefined' ? { feeds: { contoh: '/demo/feed.json' }, origins: [] } : __INFEST_EMBED_CONFIG__;
