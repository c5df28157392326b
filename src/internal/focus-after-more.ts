/**
 * Where focus goes after a "show more" button, as a reader expects: to the first new item,
 * `items[before]` (its link, or the item itself). When nothing new came, focus stays on the button; if the
 * button went away, to `fallback` (the button drawn again) or else the last item. Only while
 * focus is still on the button pressed (or fell to the page when it went away), never pulled
 * from elsewhere.
 */
export function focusAfterMore(
  root: ShadowRoot,
  trigger: HTMLElement,
  items: ArrayLike<HTMLElement>,
  before: number,
  shown: number,
  fallback?: HTMLElement | null,
): void {
  const active = root.activeElement;
  const fell = active === null && (document.activeElement === null || document.activeElement === document.body);
  if (active !== trigger && !fell) return;
  let item: HTMLElement | undefined;
  if (shown > before) {
    item = items[before];
  } else {
    if (!fell) return;
    if (fallback) {
      fallback.focus();
      return;
    }
    item = items[shown - 1];
  }
  if (!item) return;
  const link = item.querySelector<HTMLElement>('a[href]');
  if (link) {
    link.focus();
    return;
  }
  item.tabIndex = -1;
  item.focus();
}
