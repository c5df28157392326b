import { css } from 'lit';

export const relatedArticlesStyles = css`
  :host {
    --_title-size: 1em;
    --_title-weight: 600;
    --_thumbnail-width: var(--infest-thumbnail-width, 5.5em);
    --_image-ratio: var(--infest-thumbnail-aspect-ratio, 4 / 3);
    --_grid-min: 12em;
  }

  [part~='base'] {
    display: grid;
    gap: 0.5em;
  }

  [part~='heading'] {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  [part~='total'] {
    color: var(--_muted);
    /* Sizes are in em, of the text around them: 14/18 of the heading it sits in. */
    font-size: max(calc(14em / 18), 12px);
    font-weight: 400;
    white-space: nowrap;
  }

  /* List: compact rows with a line between them. */
  :host(:not([layout='grid'])) [part~='list'] {
    gap: 0;
  }

  :host(:not([layout='grid'])) [part~='item'] {
    padding-block: 0.75em;
    border-top: 1px solid var(--_border);
  }

  :host(:not([layout='grid'])) [part~='item']:first-child {
    border-top: 0;
    padding-block-start: 0.25em;
  }

  [part~='body'] {
    gap: 0.25em;
  }

  [part~='title'] {
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--infest-title-lines, 3);
    line-clamp: var(--infest-title-lines, 3);
    overflow: hidden;
  }

  /* The whole item is the link's click target, with one tab stop per article. */
  [part~='item'] {
    position: relative;
  }

  [part~='title-link'][href]::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  /* The focus ring goes around the whole item, its click target: on the link, the title's line
     clamp (overflow: hidden) would cut it off. */
  [part~='title-link']:focus-visible {
    outline: none;
  }

  [part~='title-link']:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: calc(var(--_radius) / 2);
  }

  [part~='item']:hover [part~='title-link'][href] {
    color: var(--_accent);
    text-decoration: underline;
  }

  [part~='date'] {
    font-size: max(0.8125em, 12px);
  }

  /* Skeleton bones, sized like what replaces them. */
  .bone.heading {
    height: 1.45em;
    width: 14em;
    max-width: 70%;
  }

  /* Titles take three lines beside a thumbnail on a phone (they are cut there), two in a
     column, one across a page. */
  @container (min-width: 24em) {
    :host(:not([layout='grid'])) [part~='title'].lines > :nth-child(3) {
      display: none;
    }
  }

  @container (min-width: 48em) {
    :host(:not([layout='grid'])) [part~='title'].lines > :nth-child(2) {
      display: none;
    }
  }

  @media (forced-colors: active) {
    [part~='item'] {
      border-color: CanvasText;
    }
  }
`;
