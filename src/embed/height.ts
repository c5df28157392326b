/** What the embed page posts to its parent whenever its content height changes. */
export interface HeightMessage {
  readonly type: 'infest-widgets:height';
  readonly height: number;
}

/**
 * Posts the page's content height to the parent page now and after every change, so that a
 * host that allows scripts (see resize.ts) can size the iframe to fit.
 */
export function postHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const send = (): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: 'infest-widgets:height', height };
    // The height is not a secret, and the embedding page can be any site: any origin.
    window.parent.postMessage(message, '*');
  };
  // Its first report comes once the widget has rendered: sent now, the height of an empty
  // page would shrink the frame for a moment (and move the host page).
  new ResizeObserver(send).observe(document.body);
}
