/**
 * For the script-tag bundle, evaluated before Lit: a page whose Content-Security-Policy lists
 * its Trusted Types policies without Lit's (`trusted-types default`) makes Lit's
 * `createPolicy('lit-html')` throw as the bundle starts, so no widget is ever defined and the
 * browser's message names neither the widgets nor the fix. This says both.
 */
if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    // Once the widgets are defined, a later refusal is another Lit's (on the same page), not theirs.
    if (event.effectiveDirective !== 'trusted-types' || !event.sample.includes('lit-html') || customElements.get('infest-article-card')) return;
    console.error(
      "infest-widgets: this page's Content-Security-Policy does not allow Lit's Trusted Types policy, so the widgets cannot start: add lit-html to its trusted-types directive (e.g. trusted-types default lit-html 'allow-duplicates')",
    );
  });
}
