import { css } from 'lit';

/**
 * How the article pieces of article-parts.ts look, in every widget that shows articles, and
 * the list, grid and compact layouts of article lists. Widgets tune them through private
 * properties: --_title-size, --_title-weight, --_thumbnail-width, --_image-ratio, --_grid-min.
 */
export const articleStyles = css`
  [part~='body'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375em;
    align-content: start;
    min-width: 0;
  }

  [part~='title'] {
    margin: 0;
    font-size: var(--_title-size, 1.05em);
    font-weight: var(--_title-weight, 700);
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
    font-size: max(0.875em, 12px);
  }

  [part~='meta'] [part~='date'] {
    font-size: 1em;
  }

  /* A date reads as one: "Rabu, 18 Mei 2022", never "Rabu, 18 / Mei 2022". */
  time[part~='date'] {
    white-space: nowrap;
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
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='tag'] {
    padding: calc(2em / 13) calc(8em / 13);
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: max(0.8125em, 12px);
  }

  [part~='image'],
  .bone.image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--_image-ratio, 16 / 9);
    /* The box keeps its ratio whatever is inside: a picture still loading, or the alt text of
       one that failed (a grid item would otherwise grow to fit that text). */
    min-height: 0;
    overflow: hidden;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  /* Where an article has no picture: a tile of the accent's tint, so that it reads as chosen,
     not as a picture that failed or is still loading (the skeleton's grey). */
  @supports (color: color-mix(in srgb, red, blue)) {
    [part~='placeholder'] {
      background: linear-gradient(135deg, color-mix(in srgb, var(--_accent) 22%, var(--_surface)), color-mix(in srgb, var(--_accent) 6%, var(--_surface)));
    }
  }

  /* Lists of articles. Tracks are minmax(0, 1fr), never auto: auto tracks measure every
     item's text (hundreds of them) before laying out. */
  [part~='list'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='item'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    align-items: start;
    min-width: 0;
  }

  /* list: the image beside the text; it comes last in the markup, so titles are read first. */
  [part~='item'].has-image {
    grid-template-columns: var(--_thumbnail-width, clamp(5.5em, 30%, 12em)) minmax(0, 1fr);
  }

  [part~='item'] > :is([part~='image'], .bone.image) {
    order: -1;
  }

  /* Too narrow for text beside a thumbnail (a sidebar column): the image goes on top. */
  @container (max-width: 16em) {
    [part~='item'].has-image {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  /* grid: cards in as many columns as fit (one on a phone), the image on top; a grid of at
     most 3 (4, 5) articles has no more columns than that (gridFill in article-parts.ts): each
     is at least that share of the row, less a pixel for rounding. */
  :host([layout='grid']) [part~='list'] {
    --_share: calc((100% - (var(--_fill) - 1) * var(--_space)) / var(--_fill) - 1px);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(var(--infest-grid-min-column, var(--_grid-min, 16em)), var(--_share, 0px))), 1fr));
  }

  .fill-3 {
    --_fill: 3;
  }

  .fill-4 {
    --_fill: 4;
  }

  .fill-5 {
    --_fill: 5;
  }

  :host([layout='grid']) [part~='item'] {
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
  }

  /* Its skeleton's picture too: a widget whose thumbnails are 4:3 beside the text (related
     articles) has cards of 16:9 in a grid. */
  :host([layout='grid']) :is([part~='image'], .bone.image) {
    aspect-ratio: var(--infest-thumbnail-aspect-ratio, 16 / 9);
  }

  /* compact: title and date, an article a row. */
  :host([layout='compact']) [part~='list'] {
    gap: 0;
  }

  :host([layout='compact']) [part~='item'] {
    gap: 0.125em;
    padding-block: 0.625em;
    border-block-end: 1px solid var(--_border);
  }

  :host([layout='compact']) [part~='item']:first-child {
    padding-block-start: 0;
  }

  :host([layout='compact']) [part~='title'] {
    font-size: 1em;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    [part~='image'] {
      border: 1px solid CanvasText;
    }
  }
`;
