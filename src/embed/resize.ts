/**
 * Optional helper for host pages that allow scripts: sizes every infest-widgets iframe to
 * the height its embed page reports. Load it once anywhere on the page:
 *   <script src="https://…/embed/resize.js" defer></script>
 */
const MIN_HEIGHT = 80;
const MAX_HEIGHT = 20_000;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'infest-widgets:height') return;
  if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
  for (const frame of document.querySelectorAll('iframe')) {
    // Only the frame that sent the message, whatever its origin.
    if (frame.contentWindow === event.source) frame.setAttribute('height', String(height));
  }
});
