// Stands for another copy of infest-widgets, of another version, already on the page.
customElements.define(
  'infest-program-timeline',
  class extends HTMLElement {
    static version = '0.0.1';
  },
);
