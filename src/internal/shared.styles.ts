import { css, unsafeCSS } from 'lit';

// Each colour token's default: its private name (--_…-default), its light value and its dark one.
// The public --infest-color-* properties are read in sharedStyles, where these are the fallback.
const colors = [
  ['text', '#1b1f24', '#e6e9ed'],
  ['muted', '#545d68', '#a3adb8'],
  ['background', '#ffffff', '#15191e'],
  ['surface', '#f3f5f7', '#1f252c'],
  ['border', '#d5dae0', '#3a434d'],
  ['accent', '#0a6a55', '#5fd3b1'],
  ['on-accent', '#ffffff', '#08261e'],
  ['focus', '#1f6feb', '#79b8ff'],
  ['danger', '#a4262c', '#ff8a80'],
  ['skeleton', '#e4e8ec', '#2a323a'],
] as const;

const declarations = (value: (light: string, dark: string, name: string) => string): string =>
  colors.map(([name, light, dark]) => `--_${name}-default: ${value(light, dark, name)};`).join('');

/**
 * The colour defaults: light, dark, and for "auto" light-dark(), which picks by the
 * color-scheme the widget inherits from the page; its background is the page's default one
 * (Canvas: white, or the browser's dark grey), not a dark block of another grey on a dark
 * page. Joined here, not interpolated into css``: Lit joins interpolations with
 * Array.prototype.reduce, which Prototype.js 1.6 replaces on the old pages that still load it,
 * and every widget would lose all of its shared styles.
 */
const colorDefaults = unsafeCSS(
  `:host{${declarations((light) => light)}}` +
    `:host([theme='dark']){${declarations((_light, dark) => dark)}}` +
    `@supports (color:light-dark(#000,#fff)){:host(:not([theme='light'],[theme='dark'])){${declarations((light, dark, name) => (name === 'background' ? 'Canvas' : `light-dark(${light}, ${dark})`))}}}`,
);

/**
 * Design tokens and states shared by every widget. Public `--infest-*` properties are read
 * through private `--_*` ones with literal fallbacks, so a widget looks right with no theme.
 * Every length is in em, never rem: the widget's text takes the size of the text around it
 * (or `--infest-font-size`), and themes that shrink the root (`html { font-size: 62.5% }`)
 * do not shrink the widget.
 */
export const sharedStyles = [
  css`
  :host {
    /* A CMS theme styles whatever it contains (text-align: center, white-space: pre, uppercase
       …); none of that is meant for the widget. Custom properties and a page's rules for the
       element itself still apply; visibility stays the page's to decide. Both of the widget's
       languages read left to right, also on a right-to-left page. */
    all: initial;
    visibility: inherit;
    direction: ltr;
    --_font: var(--infest-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--infest-color-text, var(--_text-default));
    --_muted: var(--infest-color-text-muted, var(--_muted-default));
    --_background: var(--infest-color-background, var(--_background-default));
    --_surface: var(--infest-color-surface, var(--_surface-default));
    --_border: var(--infest-color-border, var(--_border-default));
    --_accent: var(--infest-color-accent, var(--_accent-default));
    --_on-accent: var(--infest-color-on-accent, var(--_on-accent-default));
    --_focus: var(--infest-color-focus, var(--_focus-default));
    --_danger: var(--infest-color-danger, var(--_danger-default));
    --_skeleton: var(--infest-color-skeleton, var(--_skeleton-default));
    --_radius: var(--infest-radius, 0.5em);
    --_space: var(--infest-space, 1em);

    display: block;
    box-sizing: border-box;
    /* Layouts follow the widget's own width (container queries). A size container has no
       width of its own content, so where the page sizes the widget to its content (a table
       cell, a flex item, a float) it would shrink to nothing: it asks for 15em there instead
       (no more, or a flex row on a phone would overflow), and never more than its container has. */
    container-type: inline-size;
    contain-intrinsic-inline-size: 15em;
    max-inline-size: 100%;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    /* The surrounding text size, but never unreadable (themes set font-size: 0 on a row of
       inline blocks to hide the gaps between them). */
    font-size: var(--infest-font-size, max(1em, 12px));
    /* Smaller text (dates, bylines, badges) is smaller than that, but never under 12 px either:
       old Blogger templates set 12 px body text. */
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* "auto" follows the page: dark only where the page says it has a dark scheme (color-scheme:
     dark, or light dark under a dark system setting), never a dark block on a light page. Where
     light-dark() is missing (Chrome before 123: Android 7 phones) it stays light. */
  :host(:not([theme='light'], [theme='dark'])) {
    color-scheme: inherit;
  }

  /* A chosen theme makes the widget a panel in its own colours, which need not be the page's
     (theme="dark" on a white page): its text keeps off the panel's edges. */
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--_panel-padding, var(--_space));
    border-radius: var(--_radius);
  }


  :host([hidden]) {
    display: none;
  }

  /* A theme's rule that matches the element itself ("* { all: unset }", ".entry-content *")
     outranks :host, and the text styles it gives the element (uppercase, centred, a serif …)
     would pass into the widget; its own content takes them from here instead, with the two
     that keep its layout in its width (a long word, padding). */
  :host > * {
    box-sizing: border-box;
    overflow-wrap: anywhere;
    color: var(--_text);
    font-family: var(--_font);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    font-stretch: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    writing-mode: horizontal-tb;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke-width: 0;
    direction: ltr;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_accent);
  }

  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Feed text may carry bidi controls; keep them from reordering what surrounds it (its own
     direction comes from its content: dir="auto" in the templates). */
  .text {
    unicode-bidi: isolate;
  }

  /* The fallback (light-DOM children) sits over the bones, so it adds no height of its own. */
  [part~='skeleton'] {
    display: grid;
  }

  /* Bones in the text parts take one line of that text each (font and line height), so a
     placeholder is as tall as the lines it stands for (see boneLines in article-parts.ts). */
  [part].lines {
    /* A grid, where the bones' margins do not collapse into each other (and not a part's own
       display, such as a title's -webkit-box for its line clamp). */
    display: grid;
    align-content: start;
  }

  .lines > .bone {
    height: 0.75em;
    margin-block: calc((1lh - 0.75em) / 2);
  }

  .lines > .bone.short {
    width: 55%;
  }

  /* Focused only to keep a reader's place after "try again", for the moment it loads. */
  [part~='skeleton']:focus {
    outline: none;
  }

  [part~='skeleton'] > * {
    grid-area: 1 / 1;
  }

  /* Over the bones (pulsing, they paint above what is not positioned), on the widget's own
     background, or the bars would cross the link's text. The background is the slotted
     element's: on the box around the slot, it would count as a layout shift when the parser
     adds the link after the widget has drawn its placeholder. */
  .fallback {
    position: relative;
    align-self: center;
    justify-self: center;
    padding: var(--_space);
    text-align: center;
  }

  .fallback ::slotted(*) {
    display: inline-block;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .fallback-after {
    margin-block-start: 0.5em;
  }

  [part~='skeleton'] .bone {
    display: block;
    background: var(--_skeleton);
    border-radius: calc(var(--_radius) / 2);
    animation: infest-pulse 1.6s ease-in-out infinite;
  }

  @keyframes infest-pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='skeleton'] .bone {
      animation: none;
    }
  }

  [part~='message'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  /* The sentence and "try again" side by side where they fit; where they do not, the button
     goes under the sentence, never into its last line. */
  [part~='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 0.75em;
    border-color: var(--_danger);
    color: var(--_text);
  }

  /* In the sentence's own box, so that it wraps with it. */
  [part~='error'] > .text::before {
    /* ⚠ and a space, escaped: the script-tag bundle is pure ASCII (see vite.config.ts). The
       second says it has no text for screen readers, which read the status without "warning
       sign" where browsers know that form; the others keep the first. */
    content: '\\26A0  ';
    content: '\\26A0  ' / '';
    color: var(--_danger);
  }


  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.35em 1em;
    cursor: pointer;
    min-height: 44px;
  }

  button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  @media (forced-colors: active) {
    [part~='skeleton'] .bone {
      background: CanvasText;
      opacity: 0.2;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`,
  colorDefaults,
];
