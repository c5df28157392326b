import { css } from 'lit';

export const articleListStyles = css`
  :host {
    --_title-size: var(--infest-title-font-size, 1.05em);
    --_image-ratio: var(--infest-thumbnail-aspect-ratio, 16 / 9);
    --_thumbnail-width: var(--infest-thumbnail-width, clamp(5.5em, 30%, 12em));
  }

  ::slotted([slot='heading']) {
    margin-block: 0 0.75em;
  }

  /* grid: each article a card. */
  :host([layout='grid']) [part~='item'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }

  [part~='more'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: var(--_space);
  }

  [part~='load-more'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  [part~='more-error'] {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    margin: 0;
    font-size: max(0.875em, 12px);
  }

  [part~='more-error']::before {
    content: '\\26A0';
    color: var(--_danger);
  }

  .bone.more {
    width: 11em;
    max-width: 100%;
    height: 44px;
    margin-block-start: var(--_space);
    border-radius: var(--_radius);
  }

  /* As many lines as titles and summaries usually take at this width: on a phone a title
     beside its image wraps to four lines; grid cards, full width there, to three; a compact
     row's title, in a smaller font across the row, to two. */
  :host([layout='grid']) [part~='title'].lines > :nth-child(4),
  :host([layout='compact']) [part~='title'].lines > :nth-child(3) {
    display: none;
  }

  /* Columns are narrow (a grid's, the text beside a phone's thumbnail): a long title is cut
     (its whole text stays for screen readers and in the link), or one article would be three
     times as tall as its neighbours. */
  [part~='title']:not(.lines) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--infest-title-lines, 4);
    line-clamp: var(--infest-title-lines, 4);
    overflow: hidden;
  }

  /* That clip would cut the link's focus ring: the title's box wears it instead. */
  @supports selector(:has(a)) {
    [part~='title']:not(.lines):has([part~='title-link']:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
      border-radius: 2px;
    }

    [part~='title']:not(.lines) [part~='title-link']:focus-visible {
      outline: none;
    }
  }


  @container (min-width: 24em) {
    :host(:not([layout='grid'])) [part~='title'].lines > :nth-child(n + 3) {
      display: none;
    }
  }

  @container (min-width: 30em) {
    :host([layout='compact']) [part~='title'].lines > :nth-child(n + 2) {
      display: none;
    }
  }

  @container (min-width: 48em) {
    :host(:not([layout='grid'])) [part~='title'].lines > :nth-child(n + 2),
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
