/**
 * What Prototype.js 1.6.0 (still on old shop and CMS pages) does to every array: its own
 * `reduce`, which ignores the callback. Imported before the widgets, undone after them (see
 * reduce-restored.ts), so only the widgets' module code meets it, as it would on such a page.
 */
const arrayPrototype = Array.prototype as unknown as Record<string, unknown>;
export const nativeReduce = arrayPrototype.reduce;
arrayPrototype.reduce = function prototypeReduce(this: unknown[]): unknown {
  return this.length > 1 ? this : this[0];
};
