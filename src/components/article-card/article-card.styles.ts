import { css } from 'lit';

export const articleCardStyles = css`
  :host {
    container-type: inline-size;
  }

  [part~='card'] {
    display: grid;
    gap: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }

  [part~='image'],
  .bone.image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--infest-image-aspect-ratio, 16 / 9);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  [part~='body'] {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    min-width: 0;
  }

  [part~='title'] {
    margin: 0;
    font-size: var(--infest-title-font-size, 1.2rem);
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

  [part~='meta'] {
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

  [part~='read-more'] {
    justify-self: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }

  /* Horizontal: image beside the text, when the element is wide enough for both. */
  @container (min-width: 34rem) {
    :host([layout='horizontal']) [part~='card'].has-image {
      grid-template-columns: minmax(10rem, 2fr) 3fr;
      align-items: start;
    }
  }

  /* Compact: a small thumbnail, the title and the date. */
  :host([layout='compact']) [part~='card'] {
    grid-template-columns: 4.5rem 1fr;
    align-items: center;
    padding: 0.75rem;
  }

  :host([layout='compact']) [part~='card'].no-image {
    grid-template-columns: 1fr;
  }

  :host([layout='compact']) [part~='image'],
  :host([layout='compact']) .bone.image {
    aspect-ratio: 1;
  }

  :host([layout='compact']) [part~='title'] {
    font-size: 1rem;
  }

  :host([layout='compact']) :is([part~='summary'], [part~='tags'], [part~='read-more']) {
    display: none;
  }

  .bone.line {
    height: 1em;
  }

  .bone.short {
    width: 40%;
  }

  .bone.title {
    height: 1.4em;
    width: 85%;
  }

  @media (forced-colors: active) {
    [part~='card'] {
      border-color: CanvasText;
    }
  }
`;
