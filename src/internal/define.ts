import { VERSION } from '../version.js';

const warned = Symbol.for('infest-widgets.version-warning');

/** Elements carry the version that defined them, so a second copy of the library can tell. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Defines a custom element unless the tag is taken. Loading this library twice is harmless;
 * a different version already on the page keeps its elements and gets one console warning.
 */
export function define(tag: string, element: VersionedElement): void {
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  const store = globalThis as { [warned]?: boolean };
  if (existing.version !== VERSION && store[warned] !== true) {
    store[warned] = true;
    console.warn(
      `infest-widgets ${VERSION}: <${tag}> is already defined by ${existing.version ? `version ${existing.version}` : 'another script'}; the page keeps that one. Load infest-widgets once.`,
    );
  }
}
