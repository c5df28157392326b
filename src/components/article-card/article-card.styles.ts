import { css } from 'lit';

export const articleCardStyles = css`
  :host {
    --_title-size: var(--infest-title-font-size, 1.2em);
    --_image-ratio: var(--infest-image-aspect-ratio, 16 / 9);
    /* The card is a panel already (border, padding): a chosen theme adds no inset around it. */
    --_panel-padding: 0;
  }

  [part~='card'] {
    display: grid;
    gap: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }

  [part~='body'] {
    gap: 0.5em;
  }

  /* In a wide column a 16:9 picture would be taller than a screen (and so would its bone while
     the card loads): cropped to a band instead. */
  :host(:not([layout='compact'])) :is([part~='image'], .bone.image) {
    max-block-size: var(--infest-image-max-height, 20em);
  }

  [part~='read-more'] {
    justify-self: start;
    font-weight: 600;
    padding-block: 0.5em;
  }

  /* Horizontal: image beside the text, when the element is wide enough for both. */
  @container (min-width: 34em) {
    :host([layout='horizontal']) [part~='card'].has-image {
      grid-template-columns: minmax(10em, 2fr) 3fr;
      align-items: start;
    }
  }

  /* Compact: a small thumbnail, the title and the date. */
  :host([layout='compact']) [part~='card'] {
    grid-template-columns: 4.5em 1fr;
    align-items: center;
    padding: 0.75em;
    --_image-ratio: 1;
    --_title-size: 1em;
  }

  :host([layout='compact']) [part~='card'].no-image {
    grid-template-columns: 1fr;
  }

  :host([layout='compact']) :is([part~='summary'], [part~='tags'], [part~='read-more']) {
    display: none;
  }

  /* Skeleton: as many lines as a title, a byline and a summary usually wrap to at this width
     (a 60-character title: three lines on a phone, two in a column, one across a page), and
     two rows of tags, one where the card is wider. */
  [part~='tags'] > .bone {
    height: 1.7em;
    width: 45%;
    border-radius: 999px;
  }

  [part~='tags'] > .bone:first-child {
    width: 60%;
  }

  [part~='read-more'].lines > .bone {
    width: 9em;
  }

  @container (min-width: 24em) {
    [part~='title'].lines > :nth-child(3),
    [part~='meta'].lines > :nth-child(2),
    [part~='tags'] > .bone:nth-child(2),
    /* Beside a thumbnail, a compact card is as tall as that. */
    :host([layout='compact']) [part~='title'].lines > :nth-child(2) {
      display: none;
    }
  }

  /* Across a page (but beside the picture of a horizontal card). */
  @container (min-width: 48em) {
    :host(:not([layout='horizontal'])) [part~='title'].lines > :nth-child(2) {
      display: none;
    }
  }

  @media (forced-colors: active) {
    [part~='card'] {
      border-color: CanvasText;
    }
  }
`;
