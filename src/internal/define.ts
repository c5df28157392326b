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
  // On a server that renders the page (Next.js, Nuxt, Astro import the module there) there is
  // no document; Lit's DOM shim gives a registry, where the element is defined for server
  // rendering. Without one, there is nothing to define.
  if (typeof customElements === 'undefined') return;
  // A page served as XML (application/xhtml+xml): Lit cannot build its templates there (they
  // would have to be well-formed XML), so every widget would stay blank and throw. Left
  // undefined, each element shows its own content: the fallback link of the snippet.
  if (typeof document !== 'undefined' && document.contentType.includes('xml')) {
    warnOnce(`infest-widgets ${VERSION}: this page is an XML document (${document.contentType}); the widgets need an HTML page (text/html) and were not defined.`);
    return;
  }
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing.version !== VERSION) {
    warnOnce(
      `infest-widgets ${VERSION}: <${tag}> is already defined by ${existing.version ? `version ${existing.version}` : 'another script'}; the page keeps that one. Load infest-widgets once.`,
    );
  }
}

/** One console warning per page, however many elements (and copies of the library) meet the problem. */
function warnOnce(message: string): void {
  const store = globalThis as { [warned]?: boolean };
  if (store[warned] === true) return;
  store[warned] = true;
  console.warn(message);
}
