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

  .bone.line {
    height: 1em;
  }

  .bone.title {
    height: 1.3em;
    width: 85%;
    font-size: var(--_title-size);
  }

  .bone.tags {
    height: 1.75em;
    width: 60%;
  }

  .bone.short {
    width: 40%;
  }

  @media (forced-colors: active) {
    [part~='card'] {
      border-color: CanvasText;
    }
  }
`;
