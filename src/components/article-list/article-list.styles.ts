import { css } from 'lit';

export const articleListStyles = css`
  :host {
    container-type: inline-size;
  }

  ::slotted([slot='heading']) {
    margin-block: 0 0.75rem;
  }

  /* Tracks of minmax(0, 1fr), never auto: auto tracks measure every item's text (500 of them) first. */
  [part~='list'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* list: the thumbnail beside the text (it comes last in the markup, so titles are read first). */
  [part~='item'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    align-items: start;
    min-width: 0;
  }

  [part~='item'].has-image {
    grid-template-columns: var(--infest-thumbnail-width, clamp(5.5rem, 30%, 12rem)) minmax(0, 1fr);
  }

  [part~='image'],
  .bone.image {
    order: -1;
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--infest-thumbnail-aspect-ratio, 16 / 9);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  [part~='body'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375rem;
    align-content: start;
    min-width: 0;
  }

  [part~='title'] {
    margin: 0;
    font-size: var(--infest-title-font-size, 1.05rem);
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

  [part~='meta'],
  [part~='date'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  [part~='summary'] {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--infest-summary-lines, 3);
    line-clamp: var(--infest-summary-lines, 3);
    overflow: hidden;
  }

  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='tag'] {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  /* grid: cards in as many columns as fit (one on a 360 px phone), the thumbnail on top. */
  :host([layout='grid']) [part~='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--infest-grid-min-column, 16rem)), 1fr));
  }

  :host([layout='grid']) [part~='item'] {
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }

  /* compact: title and date, one article a row. */
  :host([layout='compact']) [part~='list'] {
    gap: 0;
  }

  :host([layout='compact']) [part~='item'] {
    gap: 0.125rem;
    padding-block: 0.625rem;
    border-block-end: 1px solid var(--_border);
  }

  :host([layout='compact']) [part~='item']:first-child {
    padding-block-start: 0;
  }

  :host([layout='compact']) [part~='title'] {
    font-size: 1rem;
    font-weight: 600;
  }

  [part~='more'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: var(--_space);
  }

  [part~='load-more'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  [part~='more-error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-size: 0.875rem;
  }

  [part~='more-error']::before {
    content: '⚠';
    color: var(--_danger);
  }

  [part~='more-error'] [part~='retry'] {
    min-height: 44px;
  }

  /* Skeleton: bones in the text parts take one line of that text each (font and line height). */
  .lines > .bone {
    height: 0.75em;
    margin-block: calc((1lh - 0.75em) / 2);
  }

  .lines > .bone.short {
    width: 55%;
  }

  [part~='summary'].lines {
    display: block;
  }

  .bone.more {
    width: 11rem;
    max-width: 100%;
    height: 44px;
    margin-block-start: var(--_space);
    border-radius: var(--_radius);
  }

  /* As many lines as titles and summaries usually take at this width (grid cards: all three). */
  @container (min-width: 30rem) {
    :host(:not([layout='grid'])) [part~='title'].lines > :nth-child(3),
    :host([layout='compact']) [part~='title'].lines > :nth-child(2) {
      display: none;
    }
  }

  @container (min-width: 48rem) {
    :host(:not([layout='grid'])) [part~='title'].lines > :nth-child(2),
    :host(:not([layout='grid'])) [part~='summary'].lines > :nth-child(3) {
      display: none;
    }
  }

  @media (forced-colors: active) {
    :host([layout='grid']) [part~='item'] {
      border-color: CanvasText;
    }
  }
`;
