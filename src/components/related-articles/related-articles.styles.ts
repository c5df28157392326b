import { css } from 'lit';

export const relatedArticlesStyles = css`
  [part~='base'] {
    display: grid;
    gap: 0.5rem;
  }

  [part~='heading'] {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
  }

  [part~='total'] {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 400;
    white-space: nowrap;
  }

  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* List: one row per article, thumbnail on the left, a line between rows. */
  [part~='item'] {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    align-items: start;
    padding-block: 0.75rem;
    border-top: 1px solid var(--_border);
  }

  [part~='item']:first-child {
    border-top: 0;
    padding-block-start: 0.25rem;
  }

  .with-thumbnails > [part~='item'] {
    grid-template-columns: var(--infest-thumbnail-width, 5.5rem) minmax(0, 1fr);
    grid-template-areas: 'thumbnail body';
  }

  .body {
    grid-area: body;
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-width: 0;
  }

  .without-thumbnails .body {
    grid-area: auto;
  }

  [part~='thumbnail'] {
    grid-area: thumbnail;
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--infest-thumbnail-aspect-ratio, 4 / 3);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  [part~='title'] {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--infest-title-lines, 3);
    line-clamp: var(--infest-title-lines, 3);
    overflow: hidden;
  }

  [part~='title-link'] {
    color: var(--_text);
    text-decoration: none;
  }

  /* The whole item is the link's click target, with one tab stop per article. */
  [part~='title-link'][href]::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  [part~='item']:hover [part~='title-link'][href] {
    color: var(--_accent);
    text-decoration: underline;
  }

  [part~='date'] {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  /* Grid: small cards side by side, thumbnail on top. */
  :host([layout='grid']) [part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--infest-grid-min-width, 12rem)), 1fr));
    gap: var(--_space);
  }

  :host([layout='grid']) [part~='item'],
  :host([layout='grid']) [part~='item']:first-child {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'thumbnail' 'body';
    gap: 0.5rem;
    padding: 0;
    border-top: 0;
  }

  :host([layout='grid']) [part~='thumbnail'] {
    aspect-ratio: var(--infest-thumbnail-aspect-ratio, 16 / 9);
  }

  /* Skeleton bones, sized like what replaces them. */
  .bone.heading {
    height: 1.45rem;
    width: 14rem;
    max-width: 70%;
  }

  .bone.title {
    height: 2.7em;
  }

  .bone.date {
    height: 1em;
    width: 8rem;
    max-width: 50%;
  }

  @media (forced-colors: active) {
    [part~='item'] {
      border-color: CanvasText;
    }
    [part~='placeholder'] {
      border: 1px solid CanvasText;
    }
  }
`;
