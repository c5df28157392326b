import { css, unsafeCSS } from 'lit';

/**
 * The horizontal layout: phases as columns of equal width along a line, scrolling inside the
 * element when there are more than fit. Written once for the placeholder host :host(.h) and
 * applied twice, under the real host selectors (see `horizontal`). Not interpolated into
 * css``: Lit joins interpolations with Array.prototype.reduce, which Prototype.js 1.6 replaces
 * on the old pages that still load it, and the timeline would have no styles at all.
 */
const horizontalRules = css`
    :host(.h) .phases {
      grid-auto-flow: column;
      grid-auto-columns: minmax(min(15em, 85%), 1fr);
      column-gap: var(--_column-gap);
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x proximity;
      padding-block-end: 0.5em;
      /* Room inside the scroll box for focus rings (2px, 2px out), which it would cut at its
         edges; the margin keeps the phases in line with the heading. */
      padding-inline: 4px;
      margin-inline: -4px;
      scroll-padding-inline: 4px;
    }

    /* The placeholder never scrolls (nothing to reach in it). */
    :host(.h) .bones .phases {
      overflow: hidden;
    }

    :host(.h) .phase {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0.75em;
      padding-block-end: 0;
      scroll-snap-align: start;
    }

    /* The line runs across, through the middle of the markers, spanning the gap to the next column. */
    :host(.h) .phase::before {
      inset-block: calc(var(--_marker) / 2 - 1px) auto;
      inset-inline: 0 calc(-1 * var(--_column-gap));
      width: auto;
      height: 2px;
    }

    :host(.h) .phase:first-child::before {
      inset-inline-start: calc(var(--_marker) / 2);
    }

    :host(.h) .phase:last-child::before {
      inset-inline-end: auto;
      width: calc(var(--_marker) / 2);
    }

    :host(.h) .phase:first-child:last-child::before {
      display: none;
    }
`.cssText;

/** The horizontal rules under `host`, the `:host(…)` selector they apply under. */
const horizontal = (host: string): string => horizontalRules.split(':host(.h)').join(host);


export const programTimelineStyles = [
  css`
  :host {
    --_marker: var(--infest-marker-size, 1.5em);
    --_line: var(--infest-color-line, var(--_border));
    --_column-gap: 1.5em;
  }

  [part~='timeline'],
  .timeline {
    display: grid;
    gap: 1em;
    min-width: 0;
  }

  [part~='header'] {
    display: grid;
    gap: 0.125em;
  }

  [part~='title'] {
    margin: 0;
    font-size: var(--infest-title-font-size, 1.3em);
    font-weight: 700;
    line-height: 1.3;
  }

  [part~='title-link'] {
    color: var(--_text);
    text-decoration: none;
  }

  [part~='title-link']:hover {
    color: var(--_accent);
    text-decoration: underline;
  }

  [part~='region'] {
    margin: 0;
    color: var(--_muted);
  }

  /* Vertical (default): a line with markers down the inline-start side. */
  .phases {
    position: relative;
    display: grid;
    grid-auto-flow: row;
    margin: 0;
    padding: 0;
    list-style: none;
    min-width: 0;
  }

  /* Focusable only when it scrolls sideways (see the element), so arrow keys can scroll it. */
  .phases:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .phase {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr);
    column-gap: 0.75em;
    align-items: start;
    align-content: start;
    padding-block-end: 1.5em;
    min-width: 0;
  }

  .phase:last-child {
    padding-block-end: 0;
  }

  .phase::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    width: 2px;
    background: var(--_line);
  }

  .phase:first-child::before {
    inset-block-start: calc(var(--_marker) / 2);
  }

  .phase:last-child::before {
    inset-block-end: auto;
    height: calc(var(--_marker) / 2);
  }

  .phase:first-child:last-child::before {
    display: none;
  }

`,
  // Forced by layout="horizontal", and chosen by the width where no layout is set.
  unsafeCSS(`${horizontal(":host([layout='horizontal'])")}@container (min-width:48em){${horizontal(":host(:not([layout='vertical'],[layout='horizontal']))")}}`),
  css`
  /* Status by shape, not colour alone: filled check, ring with a dot, dashed empty ring. */
  .marker {
    position: relative;
    z-index: 1;
    display: block;
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_background);
  }

  [part~='marker'] {
    margin-block-start: 0.05em;
  }

  .completed .marker {
    background: var(--_accent);
  }

  .completed .marker::after {
    content: '';
    position: absolute;
    inset-block-start: 45%;
    inset-inline-start: 50%;
    width: 28%;
    height: 52%;
    border: solid var(--_on-accent);
    border-width: 0 2px 2px 0;
    transform: translate(-50%, -50%) rotate(45deg);
  }

  .current .marker {
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 25%, transparent);
  }

  .current .marker::after {
    content: '';
    position: absolute;
    inset: 22%;
    border-radius: 50%;
    background: var(--_accent);
  }

  .upcoming .marker {
    border-style: dashed;
    border-color: var(--_muted);
  }

  [part~='phase-body'] {
    display: grid;
    gap: 0.375em;
    align-content: start;
    min-width: 0;
  }

  [part~='phase-title'] {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.35;
  }

  [part~='phase-meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0;
  }

  [part~='dates'] {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  [part~='status'] {
    padding: 0 calc(8em / 13);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: max(0.8125em, 12px);
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
  }

  .completed [part~='status'] {
    color: var(--_text);
  }

  .current [part~='status'] {
    color: var(--_accent);
  }

  .upcoming [part~='status'] {
    color: var(--_muted);
    border-style: dashed;
  }

  [part~='summary'],
  [part~='villages'] {
    margin: 0;
  }

  [part~='villages-count'] {
    font-weight: 600;
  }

  .label {
    margin: 0;
    font-weight: 600;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }

  [part~='milestones'],
  [part~='article-list'] {
    display: grid;
    /* Not auto: a column as wide as its widest date would push past a narrow phone. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* A date stays whole on its line, or moves to the next as a whole; only where even a line
     of its own is too narrow (a large text size on a phone) does it wrap. */
  [part~='milestone-date'],
  [part~='article-date'] {
    display: inline-block;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
  }

  [part~='articles'] {
    margin-block-start: 0.25em;
  }

  [part~='articles-summary'] {
    display: list-item;
    width: fit-content;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    padding-block: 0.5em;
  }

  [part~='article-list'] {
    gap: 0.5em;
  }

  [part~='article-link'] {
    margin-inline-end: 0.375em;
  }

  [part~='show-more'] {
    margin-block-start: 0.5em;
  }

  /* Skeleton: the same rows or columns as the loaded timeline. */
  /* A program's title wraps to three lines on a phone, two in a column, one across a page; a
     phase's to two, but where a vertical timeline has room. */
  @container (min-width: 24em) {
    [part~='title'].lines > :nth-child(3) {
      display: none;
    }
    :host(:not(.h)) [part~='phase-title'].lines > :nth-child(2) {
      display: none;
    }
  }

  @container (min-width: 48em) {
    [part~='title'].lines > :nth-child(2) {
      display: none;
    }
  }

  .bone.marker {
    border: 0;
    border-radius: 50%;
  }

  .bone.line {
    height: 1em;
  }

  .bone.short {
    width: 45%;
  }

  /* Blocks as tall as a typical phase's text in a column about 20em wide (a phone, or a
     column of the horizontal layout); shorter where a vertical timeline has room. */
  .bone.block {
    height: calc(var(--_lines) * 1lh - 0.25lh);
  }

  .bone.summary {
    --_lines: 6;
  }

  .bone.villages {
    --_lines: 3;
  }

  .bone.milestones {
    --_lines: 8;
  }

  @container (min-width: 40em) {
    :host([layout='vertical']) .bone.summary {
      --_lines: 3;
    }
    :host([layout='vertical']) :is(.bone.villages, .bone.milestones) {
      --_lines: 2;
    }
  }

  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .completed .marker {
      background: CanvasText;
    }
    .completed .marker::after {
      border-color: Canvas;
    }
    .current .marker {
      border-color: Highlight;
      box-shadow: none;
    }
    .current .marker::after {
      background: Highlight;
    }
    .phase::before {
      forced-color-adjust: none;
      background: GrayText;
    }
    [part~='status'] {
      border-color: CanvasText;
    }
  }
`,
];
